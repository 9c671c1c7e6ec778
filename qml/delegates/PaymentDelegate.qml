// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Lightwork

// One payment of the journal: what it was for, how much, how it stands and when.
ItemDelegate {
    id: root

    required property string reason
    required property string amountText
    required property string feeText
    required property string state
    required property string stateName
    required property bool isPending
    required property date time
    required property string paymentHash
    required property string error
    property date now: RelativeTime.now

    topPadding: Theme.spacing
    bottomPadding: Theme.spacing
    leftPadding: 0
    rightPadding: 0
    hoverEnabled: false
    focusPolicy: Qt.NoFocus
    background: null
    Accessible.role: Accessible.ListItem
    //: What a screen reader says for a payment: purpose, amount, state, age.
    Accessible.name: qsTr("%1, %2, %3, %4").arg(root.reason).arg(root.amountText)
                     .arg(root.state).arg(RelativeTime.ago(root.time, root.now))

    contentItem: RowLayout {
        spacing: Theme.spacingMedium

        Column {
            Layout.fillWidth: true
            spacing: 2
            Label {
                width: parent.width
                text: root.reason
                textFormat: Text.PlainText
                elide: Text.ElideRight
                font.pixelSize: Theme.bodySize
                color: Theme.text
            }
            Label {
                width: parent.width
                text: root.error.length > 0 ? root.error
                                            : RelativeTime.ago(root.time, root.now)
                textFormat: Text.PlainText
                elide: Text.ElideRight
                font.pixelSize: Theme.captionSize
                color: root.error.length > 0 ? Theme.danger : Theme.mutedText
            }
        }
        Label {
            text: root.amountText
            textFormat: Text.PlainText
            font.pixelSize: Theme.bodySize
            font.weight: Font.DemiBold
            color: Theme.text
        }
        Label {
            objectName: "paymentState"
            Layout.preferredWidth: 110
            horizontalAlignment: Text.AlignRight
            text: root.state
            textFormat: Text.PlainText
            elide: Text.ElideRight
            font.pixelSize: Theme.captionSize
            color: root.stateName === "done" ? Theme.success
                   : root.isPending ? Theme.warning
                   : root.stateName === "failed" ? Theme.danger : Theme.mutedText
        }
    }
}
