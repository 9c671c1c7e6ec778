// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Lightwork
import Lightwork.Backend

// Wallet: the profile's wallet connections (Make default, Remove), Connect a wallet (Test
// connection, then Save), the payments the app made, and "Pay an invoice…" (the Pay dialog).
FocusScope {
    id: root

    //! The app's Session (`session: Session`); without one the lists are empty.
    property var session: null
    //: Wallet page heading.
    property string title: qsTr("Wallet")
    readonly property alias setup: walletSetup
    readonly property alias wallets: walletList
    readonly property alias payDialog: payDialog
    readonly property alias balance: walletBalance

    WalletListModel {
        id: walletList
        session: root.session
    }
    RecentPaymentsModel {
        id: payments
        session: root.session
        limit: 20
    }
    WalletSetup {
        id: walletSetup
        session: root.session
        onSaved: {
            walletList.refresh();
            walletBalance.refresh();
        }
    }
    WalletBalance {
        id: walletBalance
        session: root.session
    }
    onVisibleChanged: {
        if (root.visible) {
            payments.refresh();
            walletBalance.refresh();
        }
    }

    Flickable {
        id: flick
        objectName: "walletFlick"
        anchors.fill: parent
        contentHeight: column.implicitHeight + 2 * Theme.margin
        boundsBehavior: Flickable.StopAtBounds
        clip: true
        ScrollBar.vertical: ScrollBar {}

        ColumnLayout {
            id: column
            x: Theme.margin
            y: Theme.margin
            width: Math.min(Theme.readableWidth + 160, flick.width - 2 * Theme.margin)
            spacing: Theme.spacingLarge

            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacingMedium
                Label {
                    objectName: "walletTitle"
                    Layout.fillWidth: true
                    text: root.title
                    textFormat: Text.PlainText
                    font.pixelSize: Theme.headingSize
                    font.weight: Font.DemiBold
                    color: Theme.text
                }
                ActionButton {
                    objectName: "payInvoiceButton"
                    highlighted: true
                    //: Wallet page: open the Pay dialog to paste an invoice or address.
                    text: qsTr("Pay an invoice…")
                    onClicked: payDialog.openRequest("")
                }
            }

            WalletSection {
                objectName: "balanceSection"
                Layout.fillWidth: true
                //: Wallet page section: what the wallet holds.
                title: qsTr("Balance")

                RowLayout {
                    Layout.fillWidth: true
                    spacing: Theme.spacingMedium
                    Label {
                        objectName: "balanceLabel"
                        text: walletBalance.balanceText.length > 0 ? walletBalance.balanceText : "–"
                        textFormat: Text.PlainText
                        font.pixelSize: Theme.titleSize
                        font.weight: Font.DemiBold
                        color: Theme.text
                        Accessible.role: Accessible.StaticText
                        //: Accessible name of the Wallet page's balance; %1 is e.g. "1500 sat".
                        Accessible.name: qsTr("Balance: %1").arg(text)
                    }
                    BusyIndicator {
                        running: walletBalance.state === WalletBalance.Loading
                        visible: running
                        Layout.preferredWidth: Theme.headingSize
                        Layout.preferredHeight: Theme.headingSize
                        //: Accessible name of the indicator while the balance is read.
                        Accessible.name: qsTr("Reading the balance")
                    }
                    Item {
                        Layout.fillWidth: true
                    }
                    ComboBox {
                        id: balanceWalletBox
                        objectName: "balanceWalletBox"
                        visible: walletList.count > 1
                        model: walletList
                        textRole: "name"
                        valueRole: "isDefault"
                        //: Accessible name of the box that picks whose balance is shown.
                        Accessible.name: qsTr("Wallet whose balance is shown")
                        onActivated: walletBalance.walletName = balanceWalletBox.currentValue ? "" : balanceWalletBox.currentText
                    }
                    ActionButton {
                        objectName: "refreshBalanceButton"
                        enabled: walletBalance.state !== WalletBalance.Loading && walletList.count > 0
                        //: Wallet page: ask the wallet for its balance again.
                        text: qsTr("Refresh")
                        onClicked: walletBalance.refresh()
                    }
                }
                Label {
                    objectName: "balanceRefreshed"
                    Layout.fillWidth: true
                    visible: walletBalance.balanceText.length > 0
                    text: walletBalance.shownWallet.length > 0
                          //: Wallet page, under the balance; %1 a wallet's name, %2 e.g. "5 min ago".
                          ? qsTr("%1, updated %2").arg(walletBalance.shownWallet).arg(RelativeTime.ago(walletBalance.refreshedAt, RelativeTime.now))
                          : ""
                    textFormat: Text.PlainText
                    wrapMode: Text.Wrap
                    color: Theme.mutedText
                    font.pixelSize: Theme.captionSize
                }
                Label {
                    objectName: "balanceError"
                    Layout.fillWidth: true
                    visible: walletBalance.errorText.length > 0
                    text: walletBalance.errorText
                    textFormat: Text.PlainText
                    wrapMode: Text.Wrap
                    color: walletBalance.state === WalletBalance.Failed ? Theme.danger : Theme.mutedText
                    font.pixelSize: Theme.bodySize
                    Accessible.role: Accessible.AlertMessage
                    Accessible.name: text
                }
                Label {
                    objectName: "autoTopUpStatus"
                    Layout.fillWidth: true
                    visible: walletBalance.autoTopUpText.length > 0
                    text: walletBalance.autoTopUpText
                    textFormat: Text.PlainText
                    wrapMode: Text.Wrap
                    color: Theme.text
                    font.pixelSize: Theme.bodySize
                }
            }

            WalletSection {
                objectName: "connectionsSection"
                Layout.fillWidth: true
                //: Wallet page section: the profile's wallet connections.
                title: qsTr("Connections")

                Label {
                    objectName: "noWallets"
                    Layout.fillWidth: true
                    visible: walletList.count === 0
                    //: Wallet page, before any wallet is connected.
                    text: qsTr("No wallet is connected to this profile yet. Connect one below, or pay with a phone from the Pay dialog.")
                    textFormat: Text.PlainText
                    wrapMode: Text.Wrap
                    color: Theme.mutedText
                }
                Repeater {
                    model: walletList
                    delegate: WalletDelegate {
                        Layout.fillWidth: true
                        kindText: connectForm.kindName(kind)
                        onMakeDefaultRequested: index => walletList.makeDefault(index)
                        onRemoveRequested: index => removeDialog.ask(index, name)
                    }
                }
                ErrorBanner {
                    objectName: "walletListError"
                    Layout.fillWidth: true
                    text: walletList.errorText
                    retryVisible: false
                }
            }

            WalletSection {
                objectName: "connectSection"
                Layout.fillWidth: true
                //: Wallet page section: the form that adds a wallet connection.
                title: qsTr("Connect a wallet")

                WalletConnectForm {
                    id: connectForm
                    Layout.fillWidth: true
                    setup: walletSetup
                }
            }

            WalletSection {
                objectName: "paymentsSection"
                Layout.fillWidth: true
                //: Wallet page section: the payments the app made or tried, newest first.
                title: qsTr("Recent payments")

                Label {
                    objectName: "noPayments"
                    Layout.fillWidth: true
                    visible: payments.count === 0
                    //: Wallet page, when the app has made no payment yet.
                    text: qsTr("No payments yet.")
                    textFormat: Text.PlainText
                    color: Theme.mutedText
                }
                Repeater {
                    model: payments
                    delegate: PaymentDelegate {
                        Layout.fillWidth: true
                    }
                }
            }
        }
    }

    PayDialog {
        id: payDialog
        objectName: "walletPayDialog"
        session: root.session
        onClosed: payments.refresh()
    }

    Dialog {
        id: removeDialog
        objectName: "removeDialog"

        property int row: -1
        property string walletName

        function ask(row: int, name: string): void {
            removeDialog.row = row;
            removeDialog.walletName = name;
            removeDialog.open();
        }

        parent: Overlay.overlay
        anchors.centerIn: parent
        modal: true
        //: Title of the dialog that confirms removing a wallet connection.
        title: qsTr("Remove this wallet?")
        standardButtons: Dialog.Cancel | Dialog.Ok
        onAccepted: walletList.remove(removeDialog.row)

        Label {
            width: Math.min(Theme.readableWidth, root.width - 2 * Theme.margin)
            //: Body of the remove dialog; %1 is the connection's name.
            text: qsTr("“%1” is removed from this profile and its secret deleted from the keychain. The wallet itself and its money are not touched.").arg(removeDialog.walletName)
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
        }
    }
}
