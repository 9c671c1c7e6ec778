// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Lightwork

// Paying with a phone: the invoice as a QR code and as text to copy, how long it stays payable,
// and a field for the preimage the phone shows after paying (the proof the payment was made).
ColumnLayout {
    id: root

    //! A data: URL of the QR code, one pixel per module.
    property string qrImageUrl
    property string invoiceText
    property int secondsLeft: -1
    //! Why the last preimage was refused; plain text.
    property string errorText
    readonly property alias preimageText: preimageField.text

    signal preimageSubmitted(string text)

    spacing: Theme.spacing

    Label {
        Layout.fillWidth: true
        //: Pay dialog, phone tab: what to do with the QR code.
        text: qsTr("Scan this code with the wallet on your phone and pay it there. Then paste the preimage your phone shows.")
        textFormat: Text.PlainText
        wrapMode: Text.Wrap
        color: Theme.text
        font.pixelSize: Theme.bodySize
    }
    Rectangle {
        Layout.alignment: Qt.AlignHCenter
        implicitWidth: 232
        implicitHeight: 232
        // Always dark modules on white: phones read that, whatever the theme.
        color: "#ffffff"
        radius: Theme.radiusSmall
        Image {
            objectName: "qrImage"
            anchors.fill: parent
            anchors.margins: Theme.spacingSmall
            source: root.qrImageUrl
            smooth: false
            fillMode: Image.PreserveAspectFit
            //: Accessible name of the QR code in the Pay dialog.
            Accessible.name: qsTr("QR code of the invoice")
            Accessible.role: Accessible.Graphic
        }
    }
    Label {
        objectName: "qrCountdown"
        Layout.alignment: Qt.AlignHCenter
        visible: root.secondsLeft >= 0
        text: root.secondsLeft > 0
              //: Pay dialog, phone tab; %1 is minutes and seconds such as 9:58.
              ? qsTr("Payable for %1").arg(Math.floor(root.secondsLeft / 60) + ":" + (root.secondsLeft % 60 < 10 ? "0" : "") + root.secondsLeft % 60)
              //: Pay dialog, phone tab: the invoice can no longer be paid.
              : qsTr("Expired")
        textFormat: Text.PlainText
        color: root.secondsLeft > 60 ? Theme.mutedText : Theme.danger
        font.pixelSize: Theme.captionSize
    }
    CopyableText {
        objectName: "invoiceText"
        Layout.fillWidth: true
        text: root.invoiceText
        buttonName: "copyInvoiceButton"
        //: What the Copy button beside the invoice copies.
        name: qsTr("Invoice")
    }
    Label {
        Layout.topMargin: Theme.spacing
        //: Label of the field for the preimage a phone wallet shows after paying.
        text: qsTr("Preimage from your phone")
        textFormat: Text.PlainText
        font.pixelSize: Theme.bodySize
        font.weight: Font.DemiBold
        color: Theme.text
    }
    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacing
        TextField {
            id: preimageField
            objectName: "preimageField"
            Layout.fillWidth: true
            selectByMouse: true
            font.family: "monospace"
            //: Placeholder of the preimage field (64 hexadecimal digits).
            placeholderText: qsTr("64 hex digits")
            placeholderTextColor: Theme.mutedText
            Accessible.name: qsTr("Preimage from your phone")
            Accessible.description: root.errorText
            onAccepted: root.preimageSubmitted(preimageField.text)
        }
        ActionButton {
            objectName: "submitPreimageButton"
            enabled: preimageField.text.trim().length > 0
            //: Button: check the pasted preimage and finish the payment.
            text: qsTr("Submit")
            onClicked: root.preimageSubmitted(preimageField.text)
        }
    }
    Label {
        objectName: "preimageError"
        Layout.fillWidth: true
        visible: root.errorText.length > 0
        text: root.errorText
        textFormat: Text.PlainText
        wrapMode: Text.Wrap
        color: Theme.danger
        font.pixelSize: Theme.bodySize
        Accessible.role: Accessible.AlertMessage
        Accessible.name: root.errorText
    }
}
