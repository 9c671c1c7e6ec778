// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Lightwork

// One message of a quote's thread: the user's own on the right with where it stands (waiting
// to be sent, sent, or failed with Retry), the other side's on the left. Plain text only.
Item {
    id: root

    required property int index
    required property string key
    required property string localId
    required property string sender
    required property string body
    required property var at
    required property bool mine
    required property string sendState
    required property string errorText
    property date now: RelativeTime.now

    readonly property string age: root.at instanceof Date ? RelativeTime.ago(root.at, root.now) : ""
    readonly property string stateText: {
        switch (root.sendState) {
        case "pending":
            //: A message of the user's that is queued and not confirmed by the market yet.
            return qsTr("Sending…");
        case "failed":
            //: A message the market refused; %1 is its reason (plain text, may be empty).
            return root.errorText.length > 0 ? qsTr("Not sent: %1").arg(root.errorText) : qsTr("Not sent");
        default:
            return "";
        }
    }

    signal retryRequested(string localId)

    objectName: "message_" + root.index
    width: ListView.view ? ListView.view.width : implicitWidth
    implicitHeight: column.implicitHeight + Theme.spacing
    Accessible.role: Accessible.ListItem
    Accessible.name: (root.mine
                      //: What a screen reader says for the user's own message: text, age, state.
                      ? qsTr("You: %1, %2 %3").arg(root.body).arg(root.age).arg(root.stateText)
                      //: What a screen reader says for the other side's message: text and age.
                      : qsTr("%1, %2").arg(root.body).arg(root.age))

    ColumnLayout {
        id: column
        width: Math.min(root.width * 0.75, Theme.readableWidth)
        anchors.right: root.mine ? parent.right : undefined
        anchors.left: root.mine ? undefined : parent.left
        spacing: Theme.spacingSmall

        Rectangle {
            Layout.alignment: root.mine ? Qt.AlignRight : Qt.AlignLeft
            Layout.maximumWidth: column.width
            implicitWidth: bodyText.implicitWidth + 2 * Theme.spacingMedium
            implicitHeight: bodyText.implicitHeight + 2 * Theme.spacing
            radius: Theme.radiusLarge
            color: root.mine ? Qt.rgba(Theme.accent.r, Theme.accent.g, Theme.accent.b, Theme.dark ? 0.22 : 0.16)
                             : Theme.raisedSurface
            border.color: root.sendState === "failed" ? Theme.danger : Theme.separator
            border.width: 1
            opacity: root.sendState === "pending" ? 0.75 : 1

            Label {
                id: bodyText
                objectName: "messageBody"
                anchors.fill: parent
                anchors.leftMargin: Theme.spacingMedium
                anchors.rightMargin: Theme.spacingMedium
                anchors.topMargin: Theme.spacing
                anchors.bottomMargin: Theme.spacing
                text: root.body
                textFormat: Text.PlainText
                wrapMode: Text.Wrap
                font.pixelSize: Theme.bodySize
                color: Theme.text
            }
        }
        RowLayout {
            Layout.alignment: root.mine ? Qt.AlignRight : Qt.AlignLeft
            spacing: Theme.spacing
            Label {
                text: root.age
                textFormat: Text.PlainText
                font.pixelSize: Theme.captionSize
                color: Theme.mutedText
            }
            Label {
                objectName: "messageState"
                visible: root.stateText.length > 0
                Layout.maximumWidth: column.width * 0.7
                text: root.stateText
                textFormat: Text.PlainText
                elide: Text.ElideRight
                font.pixelSize: Theme.captionSize
                color: root.sendState === "failed" ? Theme.danger : Theme.mutedText
            }
            Button {
                objectName: "retryMessageButton"
                visible: root.sendState === "failed" && root.localId.length > 0
                flat: true
                //: Button under a message the market refused: send it again.
                text: qsTr("Retry")
                Accessible.name: qsTr("Retry sending this message")
                onClicked: root.retryRequested(root.localId)
            }
        }
    }
}
