// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Lightwork
import Lightwork.Backend

// "Connect my market and wallet": name the profile, connect a wallet (or skip), add market
// accounts, then the app. Every step is a C++ call on the Onboarding controller; tokens and
// wallet secrets are handed over and the fields cleared at once.
FocusScope {
    id: root

    //! The app's Session (`session: Session`).
    property var session: null
    readonly property alias flow: onboarding

    //! Back from the first step: the first-run screen again.
    signal cancelRequested()
    //! The flow ended with a profile and at least one market account.
    signal finished()

    Onboarding {
        id: onboarding
        session: root.session
        onFinished: root.finished()
    }
    WalletSetup {
        id: walletSetup
        session: root.session
        onSaved: onboarding.continueToMarket()
    }

    function focusStep(): void {
        if (onboarding.step === Onboarding.Profile)
            profileField.forceActiveFocus();
    }
    Component.onCompleted: root.focusStep()
    onVisibleChanged: if (root.visible) root.focusStep()

    Flickable {
        id: flick
        anchors.fill: parent
        contentHeight: Math.max(height, column.implicitHeight + 2 * Theme.margin)
        boundsBehavior: Flickable.StopAtBounds
        clip: true
        ScrollBar.vertical: ScrollBar {}

        ColumnLayout {
            id: column
            width: Math.min(Theme.readableWidth, root.width - 2 * Theme.margin)
            x: (root.width - width) / 2
            y: Theme.margin
            spacing: Theme.spacing

            Label {
                objectName: "connectTitle"
                Layout.fillWidth: true
                //: Title of the first-run connect flow.
                text: qsTr("Connect my market and wallet")
                textFormat: Text.PlainText
                font.pixelSize: Theme.titleSize
                font.bold: true
                color: Theme.text
                wrapMode: Text.Wrap
            }
            Label {
                objectName: "connectStepLabel"
                Layout.fillWidth: true
                text: onboarding.step === Onboarding.Profile
                      //: First-run connect flow: which step of three.
                      ? qsTr("Step 1 of 3: your profile")
                      : onboarding.step === Onboarding.Wallet
                        //: First-run connect flow: which step of three.
                        ? qsTr("Step 2 of 3: a Lightning wallet")
                        //: First-run connect flow: which step of three.
                        : qsTr("Step 3 of 3: market accounts")
                textFormat: Text.PlainText
                font.pixelSize: Theme.subtitleSize
                color: Theme.mutedText
            }

            ErrorBanner {
                objectName: "connectError"
                Layout.fillWidth: true
                text: onboarding.errorText
                retryVisible: false
            }

            // Step 1: the profile's name.
            ColumnLayout {
                objectName: "profileStep"
                Layout.fillWidth: true
                visible: onboarding.step === Onboarding.Profile
                spacing: Theme.spacing
                Label {
                    Layout.fillWidth: true
                    //: First-run connect flow, step 1.
                    text: qsTr("A profile keeps its own market accounts, wallets and spending limits. Name it after what you use it for.")
                    textFormat: Text.PlainText
                    wrapMode: Text.Wrap
                    color: Theme.text
                    font.pixelSize: Theme.bodySize
                }
                TextField {
                    id: profileField
                    objectName: "profileNameField"
                    Layout.fillWidth: true
                    text: onboarding.profileName
                    selectByMouse: true
                    //: Placeholder of the profile name field.
                    placeholderText: qsTr("Profile name, e.g. Work")
                    placeholderTextColor: Theme.mutedText
                    //: Accessible name of the profile name field.
                    Accessible.name: qsTr("Profile name")
                    onTextEdited: onboarding.profileName = text
                    onAccepted: onboarding.saveProfile()
                }
            }

            // Step 2: a wallet, tested before it is saved; or skipped.
            ColumnLayout {
                objectName: "walletStep"
                Layout.fillWidth: true
                visible: onboarding.step === Onboarding.Wallet
                spacing: Theme.spacing
                Label {
                    Layout.fillWidth: true
                    //: First-run connect flow, step 2.
                    text: qsTr("Connect the wallet Lightwork pays from. You can skip this and pay each invoice with a phone instead.")
                    textFormat: Text.PlainText
                    wrapMode: Text.Wrap
                    color: Theme.text
                    font.pixelSize: Theme.bodySize
                }
                WalletConnectForm {
                    Layout.fillWidth: true
                    setup: walletSetup
                }
            }

            // Step 3: market accounts.
            ConnectMarketStep {
                objectName: "marketStep"
                Layout.fillWidth: true
                visible: onboarding.step === Onboarding.Market
                flow: onboarding
                session: root.session
            }

            RowLayout {
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacingLarge
                spacing: Theme.spacing
                BusyIndicator {
                    running: onboarding.busy
                    visible: onboarding.busy
                    Layout.preferredWidth: Theme.headingSize
                    Layout.preferredHeight: Theme.headingSize
                    //: Accessible name of the connect flow's progress indicator.
                    Accessible.name: qsTr("Working…")
                }
                ActionButton {
                    objectName: "connectBackButton"
                    enabled: !onboarding.busy
                    //: First-run connect flow: one step back.
                    text: qsTr("Back")
                    onClicked: {
                        if (onboarding.step === Onboarding.Profile)
                            root.cancelRequested();
                        else
                            onboarding.back();
                    }
                }
                Item {
                    Layout.fillWidth: true
                }
                ActionButton {
                    objectName: "skipWalletButton"
                    visible: onboarding.step === Onboarding.Wallet
                    enabled: !onboarding.busy
                    text: onboarding.hasWallet
                          //: First-run connect flow: on to the market step with the saved wallet.
                          ? qsTr("Continue")
                          //: First-run connect flow: no wallet now.
                          : qsTr("Skip")
                    onClicked: onboarding.continueToMarket()
                }
                ActionButton {
                    objectName: "profileNextButton"
                    visible: onboarding.step === Onboarding.Profile
                    highlighted: true
                    enabled: !onboarding.busy && onboarding.profileName.trim().length > 0
                    //: First-run connect flow: store the profile and go on.
                    text: qsTr("Next")
                    onClicked: onboarding.saveProfile()
                }
                ActionButton {
                    objectName: "finishButton"
                    visible: onboarding.step === Onboarding.Market
                    highlighted: true
                    enabled: !onboarding.busy && onboarding.accounts.length > 0
                    //: First-run connect flow: done, open the app.
                    text: qsTr("Finish")
                    onClicked: onboarding.finish()
                }
            }
        }
    }
}
