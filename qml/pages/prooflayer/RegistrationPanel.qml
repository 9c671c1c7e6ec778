// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Lightwork
import Lightwork.Backend

// Becoming a ProofLayer worker: a name and the Lightning Address payouts go to, checked
// through LNURL (the payee and what it accepts are shown) before Register is offered.
ColumnLayout {
    id: root

    property string displayName
    property string lightningAddress
    property int addressState: ProofLayerController.Unchecked
    property string payeeText
    property string payeeRangeText
    property string addressError
    property bool registering: false
    property string registerError

    signal displayNameEdited(string text)
    signal addressEdited(string text)
    signal checkRequested()
    signal registerRequested()

    readonly property bool checking: root.addressState === ProofLayerController.Checking
    readonly property bool valid: root.addressState === ProofLayerController.Valid

    spacing: Theme.spacingMedium

    Label {
        //: Heading of the ProofLayer worker registration form
        text: qsTr("Become a ProofLayer worker")
        font.pixelSize: Theme.headingSize
        font.weight: Font.DemiBold
        color: Theme.text
    }
    Label {
        Layout.fillWidth: true
        Layout.maximumWidth: Theme.readableWidth
        wrapMode: Text.Wrap
        color: Theme.mutedText
        //: Explains the ProofLayer registration form
        text: qsTr("Workers claim tasks, submit a result and are paid 70 % of the budget at their Lightning Address. The address is checked before you register.")
    }
    Label {
        //: Label of the worker's display name field
        text: qsTr("Name buyers see")
        color: Theme.text
    }
    TextField {
        objectName: "displayNameField"
        Layout.fillWidth: true
        Layout.maximumWidth: Theme.readableWidth
        text: root.displayName
        maximumLength: 80
        //: Placeholder of the worker's display name field
        placeholderText: qsTr("e.g. Alice")
        Accessible.name: qsTr("Name buyers see")
        onTextEdited: root.displayNameEdited(text)
    }
    Label {
        //: Label of the Lightning Address field (where ProofLayer payouts go)
        text: qsTr("Lightning Address for payouts")
        color: Theme.text
    }
    RowLayout {
        Layout.maximumWidth: Theme.readableWidth
        spacing: Theme.spacing
        TextField {
            id: addressField
            objectName: "addressField"
            Layout.fillWidth: true
            text: root.lightningAddress
            inputMethodHints: Qt.ImhEmailCharactersOnly | Qt.ImhNoAutoUppercase
            //: Placeholder of the Lightning Address field
            placeholderText: qsTr("name@domain")
            Accessible.name: qsTr("Lightning Address for payouts")
            onTextEdited: root.addressEdited(text)
            onAccepted: root.checkRequested()
        }
        ActionButton {
            objectName: "checkAddressButton"
            enabled: !root.checking && addressField.text.length > 0
            //: Button: ask the Lightning Address's service whether it can receive payments
            text: root.checking ? qsTr("Checking…") : qsTr("Check address")
            onClicked: root.checkRequested()
        }
    }
    Label {
        objectName: "payeeLabel"
        Layout.fillWidth: true
        Layout.maximumWidth: Theme.readableWidth
        visible: root.valid
        text: root.payeeText + "\n" + root.payeeRangeText
        textFormat: Text.PlainText
        wrapMode: Text.Wrap
        color: Theme.success
    }
    Label {
        objectName: "addressErrorLabel"
        Layout.fillWidth: true
        Layout.maximumWidth: Theme.readableWidth
        visible: root.addressState === ProofLayerController.Invalid
        text: root.addressError
        textFormat: Text.PlainText
        wrapMode: Text.Wrap
        color: Theme.danger
    }
    ActionButton {
        objectName: "registerButton"
        highlighted: true
        enabled: root.valid && !root.registering && root.displayName.trim().length > 0
        //: Button: register as a ProofLayer worker with the checked Lightning Address
        text: root.registering ? qsTr("Registering…") : qsTr("Register")
        onClicked: root.registerRequested()
    }
    Label {
        objectName: "registerErrorLabel"
        Layout.fillWidth: true
        Layout.maximumWidth: Theme.readableWidth
        visible: root.registerError.length > 0
        text: root.registerError
        textFormat: Text.PlainText
        wrapMode: Text.Wrap
        color: Theme.danger
    }
}
