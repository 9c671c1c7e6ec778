// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Lightwork

// One recent run of a tool: which tool, how it stands, what it cost, when.
ItemDelegate {
    id: root

    required property string tool
    required property string status
    required property string statusText
    required property string amountText
    required property date when
    required property string note
    required property var journalId
    property date now: RelativeTime.now

    //! Claim the refund this run left to claim.
    signal claimRequested(var journalId)

    width: ListView.view ? ListView.view.width : implicitWidth
    topPadding: Theme.spacing
    bottomPadding: Theme.spacing
    leftPadding: 0
    rightPadding: 0
    hoverEnabled: false
    background: null
    Accessible.role: Accessible.ListItem
    //: What a screen reader says for a tool run: tool, state, amount, age.
    Accessible.name: qsTr("%1, %2, %3, %4").arg(root.tool).arg(root.statusText)
                     .arg(root.amountText).arg(RelativeTime.ago(root.when, root.now))

    contentItem: RowLayout {
        spacing: Theme.spacingMedium
        Column {
            Layout.fillWidth: true
            spacing: 2
            Label {
                width: parent.width
                text: root.tool
                textFormat: Text.PlainText
                elide: Text.ElideRight
                font.pixelSize: Theme.bodySize
                color: Theme.text
            }
            Label {
                width: parent.width
                text: root.note.length > 0 ? root.note : RelativeTime.ago(root.when, root.now)
                textFormat: Text.PlainText
                elide: Text.ElideRight
                font.pixelSize: Theme.captionSize
                color: Theme.mutedText
            }
        }
        Label {
            text: root.amountText
            textFormat: Text.PlainText
            font.pixelSize: Theme.bodySize
            color: Theme.text
        }
        StatusChip {
            status: root.statusText
        }
        ActionButton {
            objectName: "claimLaterButton"
            visible: root.status === "refund_pending"
            //: Claim the refund of a past tool run into the wallet.
            text: qsTr("Claim refund")
            onClicked: root.claimRequested(root.journalId)
        }
    }
}
