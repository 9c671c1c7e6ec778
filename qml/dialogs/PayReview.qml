// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Lightwork

// Everything about a payment before the money moves, the amount first and largest: what it is
// for, the payee, the network, how long the invoice stays payable and the fee limit. Shared by
// both modes of the Pay dialog; every text is plain text from the backend.
ColumnLayout {
    id: root

    property string amountText
    property string description
    //! Who is paid: a node id in short form, or the host that asked.
    property string payeeText
    //! The whole value behind payeeText, to copy; empty hides the Copy button.
    property string payeeCopy
    //! The service that asked for it (an LNURL domain or a market host); empty hides the row.
    property string serviceText
    property string network
    property bool networkMismatch
    //! Seconds until the invoice expires; negative hides the countdown.
    property int secondsLeft: -1
    property string feeLimitText
    //! The fee limit can be changed for this payment (the Pay dialog's own payments).
    property bool feeEditable
    property int maxFeeSats
    property int maxFeeCeilingSats
    //! Why the fee limit typed was refused (translated); empty when it was taken.
    property string maxFeeError
    //! The most the payment can cost, amount plus fee limit; empty hides the row.
    property string totalText
    //! What the payment is for, as the caller named it.
    property string reason
    //! The reason can be typed (a payment the user starts) or only read (a market action's).
    property bool reasonEditable

    signal reasonEdited(string text)
    //! A fee limit typed for this payment, in sats (checked by the backend).
    signal maxFeeEdited(int sats)

    function clock(seconds: int): string {
        const minutes = Math.floor(seconds / 60);
        const rest = seconds % 60;
        return minutes + ":" + (rest < 10 ? "0" : "") + rest;
    }

    spacing: Theme.spacing

    Label {
        objectName: "amountLabel"
        Layout.fillWidth: true
        text: root.amountText
        textFormat: Text.PlainText
        font.pixelSize: Theme.titleSize
        font.weight: Font.DemiBold
        color: Theme.text
        wrapMode: Text.Wrap
        Accessible.role: Accessible.StaticText
        //: Accessible name of the amount in the Pay dialog; %1 is e.g. "1500 sat".
        Accessible.name: qsTr("Amount: %1").arg(root.amountText)
    }
    Label {
        objectName: "descriptionLabel"
        Layout.fillWidth: true
        visible: root.description.length > 0
        text: root.description
        textFormat: Text.PlainText
        wrapMode: Text.Wrap
        maximumLineCount: 6
        elide: Text.ElideRight
        font.pixelSize: Theme.bodySize
        color: Theme.text
        Accessible.role: Accessible.StaticText
        Accessible.name: root.description
    }

    GridLayout {
        Layout.fillWidth: true
        Layout.topMargin: Theme.spacing
        columns: 2
        columnSpacing: Theme.spacingMedium
        rowSpacing: Theme.spacingSmall

        Label {
            visible: root.serviceText.length > 0
            //: Pay dialog row label: the service or market that asked for the payment.
            text: qsTr("Asked by")
            textFormat: Text.PlainText
            color: Theme.mutedText
            font.pixelSize: Theme.bodySize
        }
        Label {
            objectName: "serviceLabel"
            Layout.fillWidth: true
            visible: root.serviceText.length > 0
            text: root.serviceText
            textFormat: Text.PlainText
            elide: Text.ElideMiddle
            color: Theme.text
            font.pixelSize: Theme.bodySize
        }

        Label {
            visible: root.payeeText.length > 0
            //: Pay dialog row label: the node that receives the money.
            text: qsTr("Payee")
            textFormat: Text.PlainText
            color: Theme.mutedText
            font.pixelSize: Theme.bodySize
        }
        RowLayout {
            Layout.fillWidth: true
            visible: root.payeeText.length > 0
            spacing: Theme.spacing
            Label {
                objectName: "payeeLabel"
                Layout.fillWidth: true
                text: root.payeeText
                textFormat: Text.PlainText
                elide: Text.ElideMiddle
                font.family: "monospace"
                color: Theme.text
                font.pixelSize: Theme.bodySize
            }
            ActionButton {
                id: copyPayee
                objectName: "copyPayeeButton"
                visible: root.payeeCopy.length > 0
                //: Button: copy the payee's full node id to the clipboard.
                text: qsTr("Copy")
                //: Accessible name of the button that copies the payee's node id.
                Accessible.name: qsTr("Copy the payee's node id")
                onClicked: {
                    payeeBuffer.text = root.payeeCopy;
                    payeeBuffer.selectAll();
                    payeeBuffer.copy();
                }
            }
            // Copy goes through a text control: QML has no clipboard of its own.
            TextEdit {
                id: payeeBuffer
                visible: false
                textFormat: TextEdit.PlainText
            }
        }

        Label {
            visible: root.network.length > 0
            //: Pay dialog row label: the Bitcoin network of the invoice.
            text: qsTr("Network")
            textFormat: Text.PlainText
            color: Theme.mutedText
            font.pixelSize: Theme.bodySize
        }
        Label {
            objectName: "networkLabel"
            Layout.fillWidth: true
            visible: root.network.length > 0
            text: root.networkMismatch
                  //: Pay dialog: the invoice is for another network than the wallet; %1 is e.g. "Bitcoin".
                  ? qsTr("%1 — not your wallet's network").arg(root.network)
                  : root.network
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
            color: root.networkMismatch ? Theme.danger : Theme.text
            font.pixelSize: Theme.bodySize
            font.weight: root.networkMismatch ? Font.DemiBold : Font.Normal
        }

        Label {
            visible: root.secondsLeft >= 0
            //: Pay dialog row label: how long the invoice can still be paid.
            text: qsTr("Expires")
            textFormat: Text.PlainText
            color: Theme.mutedText
            font.pixelSize: Theme.bodySize
        }
        Label {
            objectName: "countdownLabel"
            Layout.fillWidth: true
            visible: root.secondsLeft >= 0
            text: root.secondsLeft > 0
                  //: Pay dialog countdown; %1 is minutes and seconds such as 9:58.
                  ? qsTr("in %1").arg(root.clock(root.secondsLeft))
                  //: Pay dialog: the invoice can no longer be paid.
                  : qsTr("Expired")
            textFormat: Text.PlainText
            color: root.secondsLeft > 60 ? Theme.text : Theme.danger
            font.pixelSize: Theme.bodySize
        }

        Label {
            visible: root.feeLimitText.length > 0
            //: Pay dialog row label: the most the routing may cost.
            text: qsTr("Fee limit")
            textFormat: Text.PlainText
            color: Theme.mutedText
            font.pixelSize: Theme.bodySize
        }
        Label {
            objectName: "feeLimitLabel"
            Layout.fillWidth: true
            visible: root.feeLimitText.length > 0 && !root.feeEditable
            text: root.feeLimitText
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
            color: Theme.text
            font.pixelSize: Theme.bodySize
        }
        RowLayout {
            Layout.fillWidth: true
            visible: root.feeLimitText.length > 0 && root.feeEditable
            spacing: Theme.spacingSmall
            TextField {
                id: feeField
                objectName: "maxFeeField"
                Layout.preferredWidth: Theme.headingSize * 4
                text: String(root.maxFeeSats)
                selectByMouse: true
                inputMethodHints: Qt.ImhDigitsOnly
                horizontalAlignment: TextInput.AlignRight
                //: Accessible name of the Pay dialog's fee limit field; %1 is the highest value.
                Accessible.name: qsTr("Fee limit in sat, at most %1").arg(root.maxFeeCeilingSats)
                onEditingFinished: {
                    const value = Number(text.trim());
                    // Anything that is not a whole number goes to the backend as -1: refused there.
                    root.maxFeeEdited(text.trim().length > 0 && Number.isInteger(value) ? value : -1);
                }
            }
            Label {
                Layout.fillWidth: true
                //: Pay dialog, after the fee limit field; %1 is the highest limit in sats.
                text: qsTr("sat (up to %1)").arg(root.maxFeeCeilingSats)
                textFormat: Text.PlainText
                wrapMode: Text.Wrap
                color: Theme.mutedText
                font.pixelSize: Theme.bodySize
            }
        }
        Item {
            visible: root.maxFeeError.length > 0
            implicitWidth: 1
            implicitHeight: 1
        }
        Label {
            objectName: "maxFeeError"
            Layout.fillWidth: true
            visible: root.maxFeeError.length > 0
            text: root.maxFeeError
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
            color: Theme.danger
            font.pixelSize: Theme.bodySize
            Accessible.role: Accessible.AlertMessage
            Accessible.name: text
        }

        Label {
            visible: root.totalText.length > 0
            //: Pay dialog row label: the amount plus the most the routing may cost.
            text: qsTr("Total")
            textFormat: Text.PlainText
            color: Theme.mutedText
            font.pixelSize: Theme.bodySize
        }
        Label {
            objectName: "totalLabel"
            Layout.fillWidth: true
            visible: root.totalText.length > 0
            text: root.totalText
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
            color: Theme.text
            font.pixelSize: Theme.bodySize
            font.weight: Font.DemiBold
        }

        Label {
            visible: root.reasonEditable || root.reason.length > 0
            //: Pay dialog row label: what the payment is for.
            text: qsTr("For")
            textFormat: Text.PlainText
            color: Theme.mutedText
            font.pixelSize: Theme.bodySize
        }
        Label {
            objectName: "reasonLabel"
            Layout.fillWidth: true
            visible: !root.reasonEditable && root.reason.length > 0
            text: root.reason
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
            color: Theme.text
            font.pixelSize: Theme.bodySize
        }
        TextField {
            objectName: "reasonField"
            Layout.fillWidth: true
            visible: root.reasonEditable
            text: root.reason
            selectByMouse: true
            //: Placeholder of the Pay dialog's reason field; kept with the payment.
            placeholderText: qsTr("What is this payment for? (optional)")
            placeholderTextColor: Theme.mutedText
            //: Accessible name of the Pay dialog's reason field.
            Accessible.name: qsTr("Reason for the payment")
            onTextEdited: root.reasonEdited(text)
        }
    }
}
