// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Lightwork
import Lightwork.Backend

// The connect flow's market step: the kind and address, then for 402ai either a new account
// (its top-up paid in the Pay dialog, from the wallet or a phone) or a pasted X-Token; for
// ProofLayer and tools the address alone. The token field is cleared once handed over.
ColumnLayout {
    id: root

    required property Onboarding flow
    property var session: null
    readonly property list<string> kinds: ["402ai", "prooflayer", "tools"]
    readonly property bool hire: root.flow.marketKind === "402ai"

    spacing: Theme.spacing

    Label {
        Layout.fillWidth: true
        //: First-run connect flow, step 3.
        text: qsTr("Add the markets you work or hire on. Tokens go to the system keychain, never to Lightwork's files.")
        textFormat: Text.PlainText
        wrapMode: Text.Wrap
        color: Theme.text
        font.pixelSize: Theme.bodySize
    }

    GridLayout {
        Layout.fillWidth: true
        columns: 2
        columnSpacing: Theme.spacingMedium
        rowSpacing: Theme.spacing

        Label {
            //: Connect flow: which market.
            text: qsTr("Market")
            textFormat: Text.PlainText
            color: Theme.mutedText
        }
        ComboBox {
            objectName: "marketKindBox"
            Layout.fillWidth: true
            //: Market kinds: 402ai, ProofLayer and tools paid by Lightning (product names).
            model: [qsTr("402ai"), qsTr("ProofLayer"), qsTr("Tools by Lightning (L402)")]
            currentIndex: root.kinds.indexOf(root.flow.marketKind)
            //: Accessible name of the market kind box.
            Accessible.name: qsTr("Market")
            onActivated: index => root.flow.marketKind = root.kinds[index]
        }

        Label {
            //: Connect flow: the market's address.
            text: qsTr("Address")
            textFormat: Text.PlainText
            color: Theme.mutedText
        }
        TextField {
            objectName: "marketUrlField"
            Layout.fillWidth: true
            text: root.flow.marketUrl
            selectByMouse: true
            //: Placeholder of the market address field.
            placeholderText: qsTr("https://…")
            placeholderTextColor: Theme.mutedText
            //: Accessible name of the market address field.
            Accessible.name: qsTr("Market address")
            onTextEdited: root.flow.marketUrl = text
        }

        Label {
            //: Connect flow: the user's name for the account.
            text: qsTr("Name")
            textFormat: Text.PlainText
            color: Theme.mutedText
        }
        TextField {
            objectName: "accountNameField"
            Layout.fillWidth: true
            text: root.flow.accountName
            selectByMouse: true
            //: Placeholder of the account name field.
            placeholderText: qsTr("Optional, e.g. main")
            placeholderTextColor: Theme.mutedText
            //: Accessible name of the account name field.
            Accessible.name: qsTr("Account name")
            onTextEdited: root.flow.accountName = text
        }
    }

    // 402ai: a new account, its first top-up paid in the Pay dialog.
    WalletSection {
        objectName: "createAccountSection"
        Layout.fillWidth: true
        visible: root.hire
        //: Connect flow, 402ai: create an account.
        title: qsTr("New 402ai account")

        Label {
            Layout.fillWidth: true
            //: Connect flow, 402ai: how a new account is made.
            text: qsTr("402ai accounts are prepaid: Lightwork creates one and you pay its first top-up, from your wallet or with a phone.")
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
            color: Theme.mutedText
            font.pixelSize: Theme.bodySize
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            TextField {
                id: topupField
                objectName: "topupField"
                Layout.preferredWidth: Theme.headingSize * 5
                text: String(root.flow.topupSats)
                inputMethodHints: Qt.ImhDigitsOnly
                horizontalAlignment: TextInput.AlignRight
                selectByMouse: true
                //: Accessible name of the first top-up amount field.
                Accessible.name: qsTr("First top-up in sat")
                onTextEdited: root.flow.topupSats = Number.isInteger(Number(text)) ? Number(text) : 0
            }
            Label {
                Layout.fillWidth: true
                //: After the first top-up amount field.
                text: qsTr("sat")
                textFormat: Text.PlainText
                color: Theme.mutedText
            }
            ActionButton {
                objectName: "createAccountButton"
                highlighted: true
                enabled: !root.flow.busy && root.flow.marketUrl.length > 0
                         && root.flow.topupInvoice.length === 0
                //: Connect flow, 402ai: create the account and show its top-up invoice.
                text: qsTr("Create and top up…")
                onClicked: root.flow.createHireAccount()
            }
        }
        RowLayout {
            Layout.fillWidth: true
            visible: root.flow.topupInvoice.length > 0
            spacing: Theme.spacing
            Label {
                objectName: "topupWaiting"
                Layout.fillWidth: true
                //: Connect flow, 402ai: the top-up invoice waits to be paid.
                text: qsTr("The account is created. Pay its top-up to use it.")
                textFormat: Text.PlainText
                wrapMode: Text.Wrap
                color: Theme.text
            }
            ActionButton {
                objectName: "payTopupButton"
                highlighted: true
                enabled: !root.flow.busy
                //: Connect flow, 402ai: open the Pay dialog for the top-up.
                text: qsTr("Pay the top-up…")
                onClicked: topupDialog.openRequest(root.flow.topupInvoice)
            }
        }
    }

    // An existing account by token (402ai), or ProofLayer and tools by address.
    WalletSection {
        objectName: "existingAccountSection"
        Layout.fillWidth: true
        title: root.hire
               //: Connect flow, 402ai: an account made before.
               ? qsTr("Existing 402ai account")
               //: Connect flow: add a ProofLayer or tools market.
               : qsTr("Add this market")

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            PasswordField {
                id: tokenField
                objectName: "tokenField"
                Layout.fillWidth: true
                visible: root.hire
                //: Placeholder of the X-Token field (402ai's account token).
                placeholderText: qsTr("Paste the account's X-Token")
                //: Accessible name of the X-Token field.
                label: qsTr("Account token")
            }
            ActionButton {
                objectName: "addAccountButton"
                enabled: !root.flow.busy && root.flow.marketUrl.length > 0
                         && (!root.hire || tokenField.text.length > 0)
                //: Connect flow: check the market with a test request and add the account.
                text: qsTr("Test and add")
                onClicked: {
                    if (root.hire) {
                        // Handed to the backend and cleared: QML keeps no copy.
                        root.flow.setToken(tokenField.text);
                        tokenField.clear();
                    }
                    root.flow.addAccount();
                }
            }
        }
    }

    Label {
        Layout.fillWidth: true
        visible: root.flow.accounts.length > 0
        //: Connect flow: heading of the accounts added so far.
        text: qsTr("Added")
        textFormat: Text.PlainText
        font.weight: Font.DemiBold
        color: Theme.text
    }
    Repeater {
        objectName: "accountsList"
        model: root.flow.accounts
        delegate: Label {
            required property string modelData
            Layout.fillWidth: true
            text: "✓ " + modelData
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
            color: Theme.success
            font.pixelSize: Theme.bodySize
        }
    }

    PayDialog {
        id: topupDialog
        objectName: "topupPayDialog"
        session: root.session
        onPaid: preimage => root.flow.claimTopup(preimage)
    }
}
