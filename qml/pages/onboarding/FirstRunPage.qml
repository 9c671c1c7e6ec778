// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Lightwork

// The first screen: where secrets will be kept, then "Try the sandbox" (the default) or
// "Connect my market and wallet". It only shows what it is given and asks for actions.
FocusScope {
    id: root

    // Same values, in the same order, as Session's KeychainState and SetupState.
    enum KeychainState {
        Probing,
        Available,
        Missing,
        SessionOnly
    }
    enum SetupState {
        Starting,
        NeedsSetup,
        SettingUp,
        Ready,
        Failed
    }

    property string appName
    property string versionText
    property string tagline
    property int keychainState: FirstRunPage.Probing
    //! What the keychain answered, in the user's words.
    property string keychainMessage
    property bool sandboxAvailable
    property int setupState: FirstRunPage.Starting
    //! Why the set-up failed (translated).
    property string errorText

    signal trySandboxRequested()
    signal connectOwnRequested()
    signal retryKeychainRequested()
    signal sessionOnlyRequested()

    //! Secrets have a place to go (the keychain, or memory by the user's choice).
    readonly property bool storeReady: root.keychainState === FirstRunPage.Available
                                       || root.keychainState === FirstRunPage.SessionOnly
    readonly property bool settingUp: root.setupState === FirstRunPage.SettingUp
    readonly property bool canStart: root.storeReady && !root.settingUp
                                     && root.setupState !== FirstRunPage.Starting

    //! Puts the keyboard on the action that makes sense now.
    function focusDefault(): void {
        if (root.keychainState === FirstRunPage.Missing)
            keychain.focusRetry();
        else
            sandboxButton.forceActiveFocus();
    }

    onCanStartChanged: if (root.activeFocus) root.focusDefault()
    onKeychainStateChanged: if (root.activeFocus) root.focusDefault()

    Flickable {
        anchors.fill: parent
        contentHeight: Math.max(height, column.implicitHeight + 2 * Theme.margin)
        boundsBehavior: Flickable.StopAtBounds
        clip: true

        ColumnLayout {
            id: column
            width: Math.min(Theme.readableWidth, root.width - 2 * Theme.margin)
            x: (root.width - width) / 2
            y: Math.max(Theme.margin, (parent.height - implicitHeight) / 2)
            spacing: Theme.spacing

            Label {
                objectName: "appName"
                text: root.appName
                textFormat: Text.PlainText
                font.pixelSize: Theme.titleSize
                font.bold: true
                color: Theme.text
            }
            Label {
                objectName: "appVersion"
                text: root.versionText
                textFormat: Text.PlainText
                font.pixelSize: Theme.captionSize
                color: Theme.mutedText
            }
            Label {
                objectName: "tagline"
                Layout.fillWidth: true
                Layout.bottomMargin: Theme.spacingLarge
                text: root.tagline
                textFormat: Text.PlainText
                wrapMode: Text.Wrap
                font.pixelSize: Theme.subtitleSize
                color: Theme.text
            }
            KeychainPanel {
                id: keychain
                Layout.fillWidth: true
                keychainState: root.keychainState
                message: root.keychainMessage
                onRetryRequested: root.retryKeychainRequested()
                onSessionOnlyRequested: root.sessionOnlyRequested()
            }
            ErrorBanner {
                objectName: "setupError"
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacing
                visible: root.setupState === FirstRunPage.Failed
                //: First run: the set-up failed without a reason from the backend.
                text: root.errorText.length > 0 ? root.errorText : qsTr("Setting up failed.")
                onRetryRequested: root.trySandboxRequested()
            }
            RowLayout {
                objectName: "setupProgress"
                Layout.topMargin: Theme.spacing
                visible: root.settingUp
                spacing: Theme.spacing
                BusyIndicator {
                    running: root.settingUp
                    Layout.preferredWidth: Theme.headingSize
                    Layout.preferredHeight: Theme.headingSize
                    Accessible.name: progressLabel.text
                }
                Label {
                    id: progressLabel
                    //: First run: shown while the sandbox market and wallets are created.
                    text: qsTr("Setting up the sandbox…")
                    textFormat: Text.PlainText
                    color: Theme.text
                    font.pixelSize: Theme.bodySize
                }
            }
            Label {
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacingLarge
                text: root.sandboxAvailable
                      //: First run: what "Try the sandbox" gives.
                      ? qsTr("The sandbox is a practice market with test wallets and play money: nothing real is paid.")
                      //: First run: the app was started without a sandbox.
                      : qsTr("The sandbox is not available in this installation.")
                textFormat: Text.PlainText
                wrapMode: Text.Wrap
                color: Theme.mutedText
                font.pixelSize: Theme.bodySize
            }
            RowLayout {
                spacing: Theme.spacing
                ActionButton {
                    id: sandboxButton
                    objectName: "trySandboxButton"
                    focus: true
                    highlighted: true
                    enabled: root.canStart && root.sandboxAvailable
                    //: First run: the default choice; sets up a practice market and wallets.
                    text: qsTr("Try the sandbox")
                    onClicked: root.trySandboxRequested()
                }
                ActionButton {
                    objectName: "connectOwnButton"
                    enabled: root.canStart
                    //: First run: connect a real market account and a Lightning wallet.
                    text: qsTr("Connect my market and wallet")
                    onClicked: root.connectOwnRequested()
                }
            }
        }
    }
}
