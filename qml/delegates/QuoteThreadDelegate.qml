// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Lightwork

// One quote thread in the Quotes list: the task, the other side, the price and the quote's
// status, the newest message and a mark when the other side wrote since the user last read it.
// Everything shown came from a market server: plain text.
ItemDelegate {
    id: root

    required property int index
    required property string quoteId
    required property string title
    required property string counterparty
    required property double priceSats
    required property string quoteStatus
    required property string lastMessage
    required property bool lastFromMe
    required property var activity
    required property bool unread
    required property bool asBuyer
    property bool selected
    property date now: RelativeTime.now

    readonly property string age: root.activity instanceof Date ? RelativeTime.ago(root.activity, root.now) : ""
    //: Quotes list: a quote's price, e.g. "300 sat".
    readonly property string priceText: qsTr("%1 sat").arg(root.priceSats)
    readonly property string preview: root.lastMessage.length === 0
        //: Quotes list: a thread without messages yet.
        ? qsTr("No messages yet")
        //: Quotes list: the newest message was written by the user; %1 is its text.
        : (root.lastFromMe ? qsTr("You: %1").arg(root.lastMessage) : root.lastMessage)

    objectName: "thread_" + root.quoteId
    width: ListView.view ? ListView.view.width : implicitWidth
    padding: Theme.spacingMedium
    highlighted: root.selected
    Accessible.role: Accessible.ListItem
    //: What a screen reader says for a quote thread: task, price, status, unread, last message.
    Accessible.name: qsTr("%1, %2, %3%4. %5").arg(root.title).arg(root.priceText).arg(root.quoteStatus)
                     //: Quotes list: spoken after the status when the thread has unread messages.
                     .arg(root.unread ? qsTr(", new messages") : "").arg(root.preview)

    background: Rectangle {
        color: root.selected ? Theme.raisedSurface : (root.hovered ? Qt.rgba(Theme.text.r, Theme.text.g, Theme.text.b, 0.04) : "transparent")
        border.color: root.visualFocus ? Theme.focusRing : "transparent"
        border.width: Theme.focusWidth
        radius: Theme.radius
        Rectangle {
            visible: root.selected
            width: 3
            height: parent.height - 2 * Theme.spacing
            anchors.left: parent.left
            anchors.verticalCenter: parent.verticalCenter
            radius: 1
            color: Theme.accent
        }
    }

    contentItem: ColumnLayout {
        spacing: Theme.spacingSmall

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            Rectangle {
                objectName: "unreadMark"
                visible: root.unread
                implicitWidth: 8
                implicitHeight: 8
                radius: 4
                color: Theme.accent
            }
            Label {
                objectName: "threadTitle"
                Layout.fillWidth: true
                text: root.title
                textFormat: Text.PlainText
                elide: Text.ElideRight
                font.pixelSize: Theme.bodySize
                font.weight: root.unread ? Font.Bold : Font.DemiBold
                color: Theme.text
            }
            Label {
                text: root.age
                textFormat: Text.PlainText
                font.pixelSize: Theme.captionSize
                color: root.unread ? Theme.accentText : Theme.mutedText
            }
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            Label {
                objectName: "threadPrice"
                text: root.priceText
                textFormat: Text.PlainText
                font.pixelSize: Theme.captionSize
                font.weight: Font.DemiBold
                color: Theme.text
            }
            StatusChip {
                status: root.quoteStatus
            }
            Label {
                Layout.fillWidth: true
                text: root.asBuyer
                      //: Quotes list: the quote came from this worker (a market id).
                      ? qsTr("from %1").arg(root.counterparty)
                      //: Quotes list: the user's quote on this buyer's task (a market id).
                      : qsTr("to %1").arg(root.counterparty)
                textFormat: Text.PlainText
                elide: Text.ElideMiddle
                font.pixelSize: Theme.captionSize
                color: Theme.mutedText
            }
        }
        Label {
            objectName: "threadPreview"
            Layout.fillWidth: true
            text: root.preview
            textFormat: Text.PlainText
            elide: Text.ElideRight
            maximumLineCount: 1
            font.pixelSize: Theme.captionSize
            font.italic: root.lastMessage.length === 0
            color: root.unread ? Theme.text : Theme.mutedText
        }
    }
}
