// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Lightwork
import Lightwork.Backend

// "Connect a wallet": the kind, what it asks for (address, certificate, secret), Test
// connection and, only after a passing test, Save. The secret is typed into a password field
// and handed to the WalletSetup, which never gives it back.
ColumnLayout {
    id: root

    required property WalletSetup setup
    //! The kinds as people name them, by WalletSetup's keys.
    readonly property var kindNames: ({
        //: Wallet kind (a product name).
        "phoenixd": qsTr("phoenixd"),
        //: Wallet kind: Lightning Network Daemon (a product name).
        "lnd": qsTr("LND"),
        //: Wallet kind (a product name).
        "cln": qsTr("Core Lightning"),
        //: Wallet kind (a product name).
        "lnbits": qsTr("LNbits"),
        //: Wallet kind: Nostr Wallet Connect (NIP-47).
        "nwc": qsTr("Nostr Wallet Connect"),
        //: Wallet kind: a wallet app on a phone, paid by scanning QR codes.
        "qr": qsTr("Phone (QR)")
    })
    readonly property list<string> networks: ["bitcoin", "testnet", "signet", "regtest"]
    //! WalletSetup's kinds as a JavaScript array.
    readonly property var kinds: root.setup.kinds

    function kindName(kind: string): string {
        return root.kindNames[kind] !== undefined ? root.kindNames[kind] : kind;
    }

    spacing: Theme.spacingMedium

    GridLayout {
        Layout.fillWidth: true
        columns: 2
        columnSpacing: Theme.spacingMedium
        rowSpacing: Theme.spacing

        Label {
            //: Connect a wallet: which kind of wallet.
            text: qsTr("Kind")
            textFormat: Text.PlainText
            color: Theme.mutedText
        }
        ComboBox {
            objectName: "kindBox"
            Layout.fillWidth: true
            model: root.kinds.map(k => root.kindName(k))
            currentIndex: root.kinds.indexOf(root.setup.kind)
            Accessible.name: qsTr("Kind")
            onActivated: index => root.setup.kind = root.kinds[index]
        }

        Label {
            visible: root.setup.needsUrl
            //: Connect a wallet: the wallet's API address.
            text: qsTr("Address")
            textFormat: Text.PlainText
            color: Theme.mutedText
        }
        TextField {
            objectName: "urlField"
            Layout.fillWidth: true
            visible: root.setup.needsUrl
            text: root.setup.url
            selectByMouse: true
            //: Placeholder of the wallet address field.
            placeholderText: qsTr("https://… or http://localhost:9740")
            placeholderTextColor: Theme.mutedText
            Accessible.name: qsTr("Address")
            onTextEdited: root.setup.url = text
        }

        Label {
            visible: root.setup.takesCertificate
            //: Connect a wallet: a TLS certificate file to trust (for a self-signed node).
            text: qsTr("TLS certificate")
            textFormat: Text.PlainText
            color: Theme.mutedText
        }
        TextField {
            objectName: "certificateField"
            Layout.fillWidth: true
            visible: root.setup.takesCertificate
            text: root.setup.certificateFile
            selectByMouse: true
            //: Placeholder of the certificate field: a file path such as ~/.lnd/tls.cert.
            placeholderText: qsTr("Path to tls.cert (optional)")
            placeholderTextColor: Theme.mutedText
            Accessible.name: qsTr("TLS certificate")
            onTextEdited: root.setup.certificateFile = text
        }

        Label {
            visible: root.setup.needsSecret
            text: root.setup.secretName
            textFormat: Text.PlainText
            color: Theme.mutedText
        }
        PasswordField {
            id: secretField
            objectName: "secretField"
            Layout.fillWidth: true
            visible: root.setup.needsSecret
            label: root.setup.secretName
            placeholderText: root.setup.secretName
            onTextEdited: root.setup.secret = text
        }

        Label {
            //: Connect a wallet: the Bitcoin network the wallet must be on.
            text: qsTr("Network")
            textFormat: Text.PlainText
            color: Theme.mutedText
        }
        ComboBox {
            objectName: "networkBox"
            Layout.fillWidth: true
            model: [
                //: Network name.
                qsTr("Bitcoin"),
                //: Network name.
                qsTr("Testnet"),
                //: Network name.
                qsTr("Signet"),
                //: Network name.
                qsTr("Regtest")
            ]
            currentIndex: root.networks.indexOf(root.setup.network)
            Accessible.name: qsTr("Network")
            onActivated: index => root.setup.network = root.networks[index]
        }
    }
    CheckBox {
        objectName: "receiveOnlyBox"
        checked: root.setup.receiveOnly
        //: Connect a wallet: accept credentials that can only receive.
        text: qsTr("Receive only (an invoice key or limited password)")
        Accessible.name: text
        onToggled: root.setup.receiveOnly = checked
    }

    RowLayout {
        spacing: Theme.spacing
        ActionButton {
            objectName: "testButton"
            // canTest also follows the fields, which WalletSetup announces as fieldsChanged.
            enabled: root.setup.url, root.setup.hasSecret, root.setup.kind, root.setup.canTest
            //: Connect a wallet: check the fields against the wallet (nothing is stored).
            text: qsTr("Test connection")
            onClicked: root.setup.test()
        }
        BusyIndicator {
            visible: root.setup.state === WalletSetup.Testing || root.setup.state === WalletSetup.Saving
            running: visible
            implicitWidth: 28
            implicitHeight: 28
        }
    }
    Label {
        objectName: "testResult"
        Layout.fillWidth: true
        visible: root.setup.state === WalletSetup.Tested || root.setup.state === WalletSetup.Saved
        //: Connect a wallet, after a passing test; %1 network, %2 the node's alias, %3 its balance.
        text: qsTr("Connected: %1, “%2”, balance %3.").arg(root.setup.testedNetwork)
              .arg(root.setup.alias).arg(root.setup.balanceText)
        textFormat: Text.PlainText
        wrapMode: Text.Wrap
        color: Theme.success
    }
    ErrorBanner {
        objectName: "testError"
        Layout.fillWidth: true
        text: root.setup.state !== WalletSetup.Failed ? ""
              : root.setup.errorText.length > 0 ? root.setup.errorText
              //: Connect a wallet: a failed test without a reason; %1 is a code such as "no_keychain".
              : qsTr("The connection test failed (%1).").arg(root.setup.errorCode)
        retryVisible: false
    }

    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacing
        TextField {
            id: nameField
            objectName: "nameField"
            Layout.fillWidth: true
            selectByMouse: true
            //: Connect a wallet: the user's name for the connection.
            placeholderText: qsTr("Name, e.g. My node")
            placeholderTextColor: Theme.mutedText
            Accessible.name: qsTr("Name of the connection")
        }
        CheckBox {
            id: defaultBox
            objectName: "makeDefaultBox"
            checked: true
            //: Connect a wallet: pay from the new connection from now on.
            text: qsTr("Make default")
            Accessible.name: text
        }
        ActionButton {
            objectName: "saveButton"
            highlighted: true
            enabled: root.setup.canSave && nameField.text.trim().length > 0
            //: Connect a wallet: store the tested connection.
            text: qsTr("Save")
            onClicked: root.setup.save(nameField.text.trim(), defaultBox.checked)
        }
    }
    Label {
        objectName: "saveHint"
        Layout.fillWidth: true
        visible: !root.setup.canSave && root.setup.state !== WalletSetup.Saved
        //: Connect a wallet: why Save is not available yet.
        text: qsTr("Save is possible after a passing test with these exact fields.")
        textFormat: Text.PlainText
        wrapMode: Text.Wrap
        color: Theme.mutedText
        font.pixelSize: Theme.captionSize
    }

    Connections {
        target: root.setup
        function onSaved(name: string) {
            secretField.clear();
            nameField.clear();
        }
    }
}
