// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Lightwork

// One task in the feed: title, budget, market, status, type, quotes, age and a "new" dot.
// Everything shown came from a market server, so it is plain text.
ItemDelegate {
    id: root

    required property int index
    required property string taskId
    //! The Lightwork account the task was synced for (an int64, hence var).
    required property var accountId
    required property string title
    required property string market
    required property string status
    required property string taskType
    required property string budgetText
    required property int quoteCount
    required property date createdAt
    required property bool isNew
    //! The row has the list's keyboard focus.
    property bool current
    property date now: RelativeTime.now

    readonly property string age: RelativeTime.ago(root.createdAt, root.now)
    //: A task row's number of quotes received so far, e.g. "Quotes: 3".
    readonly property string quotesText: qsTr("Quotes: %n", "", root.quoteCount)

    topPadding: Theme.spacingMedium
    bottomPadding: Theme.spacingMedium
    leftPadding: 0
    rightPadding: Theme.spacingLarge
    focusPolicy: Qt.StrongFocus
    Accessible.role: Accessible.ListItem
    //: What a screen reader says for a task row: title, market, status, budget, quotes, age.
    Accessible.name: qsTr("%1, %2, %3, %4, %5, %6").arg(root.title).arg(root.market)
                     .arg(root.status).arg(root.budgetText).arg(root.quotesText).arg(root.age)
                     //: Appended to a task row's accessible name when the task arrived recently.
                     + (root.isNew ? ", " + qsTr("new") : "")
    Keys.onReturnPressed: root.clicked()
    Keys.onEnterPressed: root.clicked()

    // No ids inside: contentItem is deferred, and an id would make it immediate.
    contentItem: Column {
        spacing: Theme.spacingSmall

        RowLayout {
            width: parent.width
            spacing: 0
            Item {
                Layout.preferredWidth: Theme.margin
                Layout.fillHeight: true
                Rectangle {
                    objectName: "newDot"
                    anchors.centerIn: parent
                    visible: root.isNew
                    width: Theme.spacing
                    height: Theme.spacing
                    radius: width / 2
                    color: Theme.accent
                }
            }
            Label {
                objectName: "title"
                Layout.fillWidth: true
                Layout.rightMargin: Theme.spacingLarge
                text: root.title
                textFormat: Text.PlainText
                elide: Text.ElideRight
                maximumLineCount: 1
                font.pixelSize: Theme.subtitleSize
                font.weight: Font.DemiBold
                color: Theme.text
            }
            Label {
                objectName: "budget"
                text: root.budgetText
                textFormat: Text.PlainText
                font.pixelSize: Theme.subtitleSize
                font.weight: Font.DemiBold
                color: Theme.text
            }
        }
        Row {
            leftPadding: Theme.margin
            spacing: Theme.spacing
            Label {
                objectName: "market"
                anchors.verticalCenter: parent.verticalCenter
                text: root.market
                textFormat: Text.PlainText
                font.pixelSize: Theme.captionSize
                font.weight: Font.DemiBold
                color: Theme.accentText
            }
            StatusChip {
                anchors.verticalCenter: parent.verticalCenter
                status: root.status
            }
            Label {
                anchors.verticalCenter: parent.verticalCenter
                visible: root.taskType.length > 0
                text: root.taskType
                textFormat: Text.PlainText
                font.pixelSize: Theme.captionSize
                color: Theme.mutedText
            }
            Label {
                objectName: "quotes"
                anchors.verticalCenter: parent.verticalCenter
                text: root.quotesText
                textFormat: Text.PlainText
                font.pixelSize: Theme.captionSize
                color: Theme.mutedText
            }
            Label {
                anchors.verticalCenter: parent.verticalCenter
                visible: root.age.length > 0
                text: root.age
                textFormat: Text.PlainText
                font.pixelSize: Theme.captionSize
                color: Theme.mutedText
            }
        }
    }

    background: Rectangle {
        color: root.isNew ? Theme.newHighlight : root.hovered ? Theme.raisedSurface : Theme.surface
        border.color: Theme.focusRing
        border.width: root.current || root.visualFocus ? Theme.focusWidth : 0
        Rectangle {
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.bottom: parent.bottom
            height: 1
            color: Theme.separator
        }
    }
}
