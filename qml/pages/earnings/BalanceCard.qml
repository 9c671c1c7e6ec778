// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Lightwork
import Lightwork.Backend

// The 402ai balance (with one line per account when there are several), what Collect would
// move, the Collect button with its progress, and how the last collect ended.
Rectangle {
    id: root

    required property EarningsController controller
    readonly property bool collecting: root.controller.state === EarningsController.Collecting

    signal collectRequested()
    signal checkRequested()

    color: Theme.surface
    radius: Theme.radius
    border.color: Theme.separator
    border.width: 1
    implicitHeight: content.implicitHeight + 2 * Theme.spacingLarge

    RowLayout {
        id: content
        anchors.fill: parent
        anchors.margins: Theme.spacingLarge
        spacing: Theme.spacingLarge

        ColumnLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingSmall
            Label {
                //: Earnings: caption above the market balance.
                text: qsTr("Balance at 402ai")
                textFormat: Text.PlainText
                font.pixelSize: Theme.captionSize
                color: Theme.mutedText
            }
            Label {
                objectName: "balanceLabel"
                text: root.controller.balanceText.length > 0 ? root.controller.balanceText : "–"
                textFormat: Text.PlainText
                font.pixelSize: Theme.titleSize
                font.weight: Font.DemiBold
                color: Theme.text
                Accessible.role: Accessible.StaticText
                //: Accessible name of the balance; %1 is e.g. "370 sat".
                Accessible.name: qsTr("Balance: %1").arg(text)
            }
            Repeater {
                model: root.controller.balanceBreakdown
                delegate: Label {
                    required property string modelData
                    text: modelData
                    textFormat: Text.PlainText
                    font.pixelSize: Theme.captionSize
                    color: Theme.mutedText
                }
            }
            Label {
                objectName: "noAccountLabel"
                visible: root.controller.balanceText.length === 0
                //: Earnings: the profile has no 402ai account, so there is no balance to show.
                text: qsTr("This profile has no 402ai account.")
                textFormat: Text.PlainText
                font.pixelSize: Theme.bodySize
                color: Theme.mutedText
            }
            Label {
                objectName: "collectableLabel"
                //: Earnings: how many whole sats Collect would move to the wallet.
                text: qsTr("Ready to collect: %1").arg(root.controller.collectableText)
                textFormat: Text.PlainText
                font.pixelSize: Theme.bodySize
                color: Theme.mutedText
            }
        }
        ColumnLayout {
            Layout.alignment: Qt.AlignRight | Qt.AlignVCenter
            Layout.maximumWidth: Theme.readableWidth / 2 + Theme.margin
            spacing: Theme.spacing
            RowLayout {
                Layout.alignment: Qt.AlignRight
                spacing: Theme.spacing
                BusyIndicator {
                    objectName: "collectBusy"
                    visible: root.collecting || root.controller.loading
                    running: visible
                    Layout.preferredHeight: collectButton.implicitHeight
                    Layout.preferredWidth: collectButton.implicitHeight
                    //: Accessible name of the spinner while earnings are collected or read.
                    Accessible.name: qsTr("Working")
                }
                ActionButton {
                    id: collectButton
                    objectName: "collectButton"
                    highlighted: true
                    enabled: root.controller.canCollect
                    //: Earnings: moves the balance into the user's wallet.
                    text: qsTr("Collect to wallet")
                    onClicked: root.collectRequested()
                }
            }
            Label {
                objectName: "collectState"
                Layout.fillWidth: true
                visible: text.length > 0
                text: root.controller.stateText
                textFormat: Text.PlainText
                wrapMode: Text.Wrap
                horizontalAlignment: Text.AlignRight
                font.pixelSize: Theme.bodySize
                color: root.controller.state === EarningsController.Failed ? Theme.danger
                       : root.controller.state === EarningsController.Pending ? Theme.warning
                       : root.controller.state === EarningsController.Collected ? Theme.success
                       : Theme.mutedText
                Accessible.role: Accessible.StaticText
                Accessible.name: text
            }
            ActionButton {
                objectName: "checkPendingButton"
                Layout.alignment: Qt.AlignRight
                visible: root.controller.state === EarningsController.Pending
                //: Earnings: asks the wallet whether a pending collect has arrived.
                text: qsTr("Check again")
                onClicked: root.checkRequested()
            }
        }
    }
}
