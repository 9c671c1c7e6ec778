// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Lightwork

// One ProofLayer payout: amount, status, when it was made and last changed, and why it failed.
ItemDelegate {
    id: root

    required property int index
    required property string taskId
    required property string amountText
    required property string status
    required property string statusText
    required property date createdAt
    required property date updatedAt
    required property string reason
    property date now: RelativeTime.now

    width: ListView.view ? ListView.view.width : implicitWidth
    focusPolicy: Qt.StrongFocus
    Accessible.role: Accessible.ListItem
    //: What a screen reader says for a payout row: amount, status, when
    Accessible.name: qsTr("%1, %2, %3").arg(root.amountText).arg(root.statusText)
                     .arg(RelativeTime.ago(root.createdAt, root.now))

    contentItem: RowLayout {
        spacing: Theme.spacingMedium
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 2
            Label {
                text: root.amountText
                font.weight: Font.DemiBold
                color: Theme.text
            }
            Label {
                Layout.fillWidth: true
                //: When a payout was made and when it last changed, e.g. "made 5 min ago · updated just now"
                text: qsTr("made %1 · updated %2").arg(RelativeTime.ago(root.createdAt, root.now))
                      .arg(RelativeTime.ago(root.updatedAt, root.now))
                color: Theme.mutedText
                font.pixelSize: Theme.captionSize
                elide: Text.ElideRight
            }
            Label {
                Layout.fillWidth: true
                visible: root.reason.length > 0
                text: root.reason
                textFormat: Text.PlainText
                wrapMode: Text.Wrap
                color: Theme.danger
                font.pixelSize: Theme.captionSize
            }
        }
        StatusChip {
            status: root.status
            Accessible.name: root.statusText
        }
    }
}
