// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Lightwork
import Lightwork.Backend

// What the app finished on start of the payments an interruption left open (Session.recovery),
// with the ones that wait for the user: nothing is paid unless they press Finish.
Rectangle {
    id: root

    property RecoveryStatus recovery: null

    signal showPaymentsRequested()

    visible: root.recovery !== null && root.recovery.shown
    implicitHeight: column.implicitHeight + 2 * Theme.spacingMedium
    radius: Theme.radius
    color: Theme.raisedSurface
    border.color: Theme.warning
    border.width: 1

    ColumnLayout {
        id: column
        anchors.fill: parent
        anchors.margins: Theme.spacingMedium
        spacing: Theme.spacingSmall

        Label {
            objectName: "recoverySummary"
            Layout.fillWidth: true
            text: root.recovery ? root.recovery.summaryText : ""
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
            color: Theme.text
            font.pixelSize: Theme.bodySize
            Accessible.role: Accessible.AlertMessage
            Accessible.name: text
        }
        Repeater {
            model: root.recovery ? root.recovery.entries : []
            delegate: Label {
                required property string modelData
                Layout.fillWidth: true
                text: "• " + modelData
                textFormat: Text.PlainText
                elide: Text.ElideRight
                color: Theme.mutedText
                font.pixelSize: Theme.captionSize
            }
        }
        RowLayout {
            Layout.alignment: Qt.AlignRight
            spacing: Theme.spacing

            ActionButton {
                objectName: "recoveryFinish"
                visible: root.recovery !== null && root.recovery.entries.length > 0
                enabled: root.recovery !== null && !root.recovery.busy
                //: Banner after an interrupted run: pay the payments listed, which stopped before paying.
                text: qsTr("Finish them")
                onClicked: root.recovery.finishNow()
            }
            ActionButton {
                objectName: "recoveryShowPayments"
                //: Banner after an interrupted run: opens the Wallet area's recent payments.
                text: qsTr("Show payments")
                onClicked: root.showPaymentsRequested()
            }
            ActionButton {
                objectName: "recoveryDismiss"
                //: Banner after an interrupted run: hides the banner.
                text: qsTr("Dismiss")
                onClicked: root.recovery.dismiss()
            }
        }
    }
}
