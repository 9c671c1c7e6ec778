// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Lightwork
import Lightwork.Backend

// Settings: the current profile's spending limits and auto top-up, then polling,
// notifications, theme and language. Amounts are whole sats; each field's error shows under
// it and keeps Save disabled. Theme and language apply at once; the rest on Save.
FocusScope {
    id: root

    required property SettingsController controller
    //: Settings page heading.
    property string title: qsTr("Settings")

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        Flickable {
            id: flick
            objectName: "settingsFlick"
            Layout.fillWidth: true
            Layout.fillHeight: true
            contentHeight: column.implicitHeight + 2 * Theme.margin
            boundsBehavior: Flickable.StopAtBounds
            clip: true
            ScrollBar.vertical: ScrollBar {}

            ColumnLayout {
                id: column
                x: Theme.margin
                y: Theme.margin
                width: Math.min(Theme.readableWidth + 80, flick.width - 2 * Theme.margin)
                spacing: Theme.spacingLarge

                Label {
                    objectName: "settingsTitle"
                    text: root.title
                    textFormat: Text.PlainText
                    font.pixelSize: Theme.headingSize
                    font.weight: Font.DemiBold
                    color: Theme.text
                }
                Label {
                    Layout.fillWidth: true
                    visible: root.controller.profileName.length > 0
                    //: Settings: which profile the money settings below belong to; %1 is its name.
                    text: qsTr("Payments and sync settings of the profile “%1”.").arg(root.controller.profileName)
                    textFormat: Text.PlainText
                    wrapMode: Text.Wrap
                    font.pixelSize: Theme.bodySize
                    color: Theme.mutedText
                }

                SettingsSection {
                    objectName: "paymentsSection"
                    Layout.fillWidth: true
                    //: Settings section: spending limits.
                    title: qsTr("Payments")

                    SatsField {
                        objectName: "confirmAboveField"
                        Layout.fillWidth: true
                        //: Settings: amount above which a payment needs the user's confirmation.
                        label: qsTr("Ask before paying more than")
                        //: Settings: explains the confirmation threshold.
                        explanation: qsTr("Smaller payments go through without a question.")
                        value: root.controller.limits.confirmAboveSats
                        errorText: root.controller.limits.confirmAboveError
                        onEdited: value => root.controller.limits.confirmAboveSats = value
                    }
                    SatsField {
                        objectName: "perPaymentCapField"
                        Layout.fillWidth: true
                        //: Settings: the largest single payment allowed.
                        label: qsTr("Largest single payment")
                        //: Settings: explains the per-payment cap.
                        explanation: qsTr("A payment above this is refused, even if you confirm it.")
                        value: root.controller.limits.perPaymentCapSats
                        errorText: root.controller.limits.perPaymentCapError
                        onEdited: value => root.controller.limits.perPaymentCapSats = value
                    }
                    SatsField {
                        objectName: "dailyCapField"
                        Layout.fillWidth: true
                        //: Settings: the most that may be paid in 24 hours.
                        label: qsTr("Daily cap")
                        //: Settings: explains the daily cap.
                        explanation: qsTr("Never more than this in any 24 hours, fees included.")
                        value: root.controller.limits.dailyCapSats
                        errorText: root.controller.limits.dailyCapError
                        onEdited: value => root.controller.limits.dailyCapSats = value
                    }
                    SatsField {
                        objectName: "maxRoutingFeeField"
                        Layout.fillWidth: true
                        //: Settings: the most a payment's Lightning routing may cost.
                        label: qsTr("Maximum routing fee")
                        //: Settings: explains the routing fee limit.
                        explanation: qsTr("The most the Lightning network may charge to deliver one payment.")
                        value: root.controller.limits.maxRoutingFeeSats
                        errorText: root.controller.limits.maxRoutingFeeError
                        onEdited: value => root.controller.limits.maxRoutingFeeSats = value
                    }
                }

                AutoTopUpSection {
                    objectName: "autoTopUpSection"
                    Layout.fillWidth: true
                    form: root.controller.autoTopUp
                }

                PreferenceSections {
                    Layout.fillWidth: true
                    controller: root.controller
                }
            }
        }

        Rectangle {
            Layout.fillWidth: true
            implicitHeight: footer.implicitHeight + 2 * Theme.spacingMedium
            color: Theme.surface

            Rectangle {
                width: parent.width
                height: 1
                color: Theme.separator
            }
            ColumnLayout {
                id: footer
                anchors.fill: parent
                anchors.leftMargin: Theme.margin
                anchors.rightMargin: Theme.margin
                anchors.topMargin: Theme.spacingMedium
                anchors.bottomMargin: Theme.spacingMedium
                spacing: Theme.spacing

                ErrorBanner {
                    objectName: "saveError"
                    Layout.fillWidth: true
                    text: root.controller.errorText
                    onRetryRequested: root.controller.save()
                }
                RowLayout {
                    spacing: Theme.spacing
                    ActionButton {
                        objectName: "saveButton"
                        highlighted: true
                        enabled: root.controller.canSave
                        //: Settings: store the changed settings.
                        text: qsTr("Save")
                        onClicked: root.controller.save()
                    }
                    ActionButton {
                        objectName: "revertButton"
                        enabled: root.controller.dirty
                        //: Settings: drop the unsaved changes.
                        text: qsTr("Revert")
                        onClicked: root.controller.revert()
                    }
                    Label {
                        Layout.fillWidth: true
                        visible: root.controller.dirty && !root.controller.canSave
                        //: Settings: shown beside a disabled Save button.
                        text: qsTr("Fix the fields marked in red to save.")
                        textFormat: Text.PlainText
                        wrapMode: Text.Wrap
                        font.pixelSize: Theme.captionSize
                        color: Theme.danger
                    }
                }
            }
        }
    }
}
