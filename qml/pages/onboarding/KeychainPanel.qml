// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Lightwork

// Where secrets will be kept: the system keychain, or (the user's explicit choice) memory for
// this session only. When there is no keychain it explains why and offers both ways out.
Rectangle {
    id: root

    //! A FirstRunPage.KeychainState value.
    property int keychainState: FirstRunPage.Probing
    //! What the keychain answered, in the user's words; plain text.
    property string message

    signal retryRequested()
    signal sessionOnlyRequested()

    //! Gives the keyboard to Retry (when it is shown).
    function focusRetry(): void {
        retryButton.forceActiveFocus();
    }

    readonly property bool missing: root.keychainState === FirstRunPage.Missing
    readonly property color tone: root.missing ? Theme.warning
                                  : root.keychainState === FirstRunPage.Available ? Theme.success
                                  : Theme.mutedText

    implicitHeight: column.implicitHeight + 2 * Theme.spacingLarge
    radius: Theme.radiusLarge
    color: Theme.surface
    border.color: root.missing ? Theme.warning : Theme.separator
    border.width: 1

    ColumnLayout {
        id: column
        anchors.fill: parent
        anchors.margins: Theme.spacingLarge
        spacing: Theme.spacing

        RowLayout {
            spacing: Theme.spacing
            BusyIndicator {
                visible: root.keychainState === FirstRunPage.Probing
                running: visible
                Layout.preferredWidth: Theme.headingSize
                Layout.preferredHeight: Theme.headingSize
                //: Accessible name of the spinner while the keychain is checked.
                Accessible.name: qsTr("Checking the keychain")
            }
            Rectangle {
                visible: root.keychainState !== FirstRunPage.Probing
                implicitWidth: Theme.spacingMedium
                implicitHeight: Theme.spacingMedium
                radius: width / 2
                color: root.tone
            }
            Label {
                objectName: "keychainHeadline"
                Layout.fillWidth: true
                text: root.keychainState === FirstRunPage.Available
                      //: First run: the system keychain works.
                      ? qsTr("Your keys and passwords will be kept in the system keychain.")
                      : root.keychainState === FirstRunPage.SessionOnly
                        //: First run: the user chose to keep secrets in memory only.
                        ? qsTr("Keys and passwords are kept for this session only.")
                        : root.missing
                          //: First run: no usable system keychain was found.
                          ? qsTr("No system keychain is available")
                          //: First run: the keychain is being checked.
                          : qsTr("Checking the system keychain…")
                textFormat: Text.PlainText
                wrapMode: Text.Wrap
                font.pixelSize: Theme.bodySize
                font.weight: Font.DemiBold
                color: Theme.text
            }
        }
        Label {
            objectName: "keychainMessage"
            Layout.fillWidth: true
            visible: root.message.length > 0 && root.keychainState !== FirstRunPage.Available
            text: root.message
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
            color: Theme.mutedText
            font.pixelSize: Theme.bodySize
        }
        Label {
            objectName: "consequence"
            Layout.fillWidth: true
            visible: root.missing || root.keychainState === FirstRunPage.SessionOnly
            //: First run, no keychain: what choosing "this session only" means.
            text: qsTr("Lightwork never writes secrets to disk without a keychain. If you keep them for this session only, they are forgotten when you quit and you will enter them again next time.")
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
            color: Theme.mutedText
            font.pixelSize: Theme.bodySize
        }
        RowLayout {
            visible: root.missing
            spacing: Theme.spacing
            ActionButton {
                id: retryButton
                objectName: "retryKeychainButton"
                //: First run, no keychain: check for the keychain again (e.g. after unlocking it).
                text: qsTr("Retry")
                onClicked: root.retryRequested()
            }
            ActionButton {
                objectName: "sessionOnlyButton"
                //: First run, no keychain: keep secrets in memory until the app quits.
                text: qsTr("Keep secrets for this session only")
                onClicked: root.sessionOnlyRequested()
            }
        }
    }
}
