// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Lightwork

// One quote on a task: price, status, the worker, their message and when it came, with Accept
// when the user may accept it. Everything shown came from a market server: plain text.
Rectangle {
    id: root

    required property string quoteId
    required property string priceText
    required property string status
    required property string worker
    required property string message
    required property var created
    required property int messageCount
    required property bool mine
    required property bool acceptable
    //! The user posted the task: only then is Accept offered, whatever the row says.
    property bool mayAccept
    //! An action is under way: Accept waits.
    property bool busy
    property date now: RelativeTime.now

    readonly property string age: root.created instanceof Date ? RelativeTime.ago(root.created, root.now) : ""

    signal acceptRequested(string quoteId)

    implicitHeight: column.implicitHeight + 2 * Theme.spacingMedium
    radius: Theme.radius
    color: Theme.raisedSurface
    border.color: root.status === "accepted" ? Theme.accent : Theme.separator
    border.width: 1
    Accessible.role: Accessible.ListItem
    //: What a screen reader says for a quote: price, status, worker, age.
    Accessible.name: qsTr("Quote of %1, %2, from %3, %4").arg(root.priceText).arg(root.status)
                     .arg(root.worker).arg(root.age)

    ColumnLayout {
        id: column
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: Theme.spacingMedium
        spacing: Theme.spacingSmall

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            Label {
                objectName: "quotePrice"
                text: root.priceText
                textFormat: Text.PlainText
                font.pixelSize: Theme.subtitleSize
                font.weight: Font.DemiBold
                color: Theme.text
            }
            StatusChip {
                status: root.status
            }
            Label {
                visible: root.mine
                //: A quote list: marks the quote the user sent.
                text: qsTr("Yours")
                textFormat: Text.PlainText
                font.pixelSize: Theme.captionSize
                font.weight: Font.DemiBold
                color: Theme.accentText
            }
            Item {
                Layout.fillWidth: true
            }
            Label {
                text: root.age
                textFormat: Text.PlainText
                font.pixelSize: Theme.captionSize
                color: Theme.mutedText
            }
            ActionButton {
                objectName: "acceptButton"
                visible: root.acceptable && root.mayAccept
                enabled: !root.busy
                highlighted: true
                //: Button on a quote: accept it and lock its price in escrow.
                text: qsTr("Accept")
                onClicked: root.acceptRequested(root.quoteId)
            }
        }
        Label {
            Layout.fillWidth: true
            //: A quote: who sent it (the market's account id, plain text).
            text: qsTr("From %1").arg(root.worker)
            textFormat: Text.PlainText
            elide: Text.ElideMiddle
            font.pixelSize: Theme.captionSize
            color: Theme.mutedText
        }
        Label {
            objectName: "quoteMessage"
            Layout.fillWidth: true
            visible: root.message.length > 0
            text: root.message
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
            maximumLineCount: 8
            elide: Text.ElideRight
            font.pixelSize: Theme.bodySize
            color: Theme.text
        }
        Label {
            visible: root.messageCount > 0
            //: A quote: how many messages its thread has.
            text: qsTr("%n message(s)", "", root.messageCount)
            textFormat: Text.PlainText
            font.pixelSize: Theme.captionSize
            color: Theme.mutedText
        }
    }
}
