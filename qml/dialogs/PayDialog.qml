// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Lightwork
import Lightwork.Backend

// The one Pay dialog. Mode A pays what the user brings (a pasted invoice, a lightning: link,
// an LNURL or a Lightning Address) through a PayFlow: the review shows the money first, and
// only Confirm (or the phone's QR code) pays. Mode B asks about a market action's payment (a
// question from PaymentConfirmations) with the same review, Approve and Decline. The dialog
// never pays by itself.
Dialog {
    id: root

    //! Mode A's flow: the dialog's own PayFlow, or a stand-in with the same properties.
    property var flow: ownFlow
    //! The Session the dialog's own flow acts in (`session: Session`).
    property alias session: ownFlow.session
    //! Mode B: the question to answer (PaymentConfirmations.current), or null.
    //! (A PaymentQuestion, or a stand-in with the same properties.)
    property var confirmation: null
    readonly property bool confirming: !!root.confirmation
    readonly property int flowState: root.flow ? root.flow.state : PayFlow.Idle
    //! Mode A was opened and not closed since (mode B shows on top of it).
    property bool requestOpen: false
    //! Now, for mode B's countdown.
    property date now: new Date()

    //! The user answered mode B's question.
    signal approveRequested()
    signal declineRequested()
    //! Mode A's payment succeeded; `preimage` (hex) proves it (a top-up claims with it).
    signal paid(string preimage)

    //! Opens mode A over `text` (empty: an empty field to paste into).
    function openRequest(text: string): void {
        root.flow.request = text;
        tabs.currentIndex = 0;
        root.requestOpen = true;
        root.open();
        if (text.length === 0)
            requestField.forceActiveFocus();
    }

    function closeRequest(): void {
        const s = root.flowState;
        // Before paying: nothing happens. Showing the code: the phone may still pay (Pending).
        if (s === PayFlow.Idle || s === PayFlow.Resolving || s === PayFlow.Review
                || s === PayFlow.WaitingForPhone)
            root.flow.cancel();
        root.requestOpen = false;
        root.close();
    }

    function clock(seconds: int): string {
        return Math.floor(seconds / 60) + ":" + (seconds % 60 < 10 ? "0" : "") + seconds % 60;
    }

    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(Theme.readableWidth + 2 * Theme.margin, parent ? parent.width - 2 * Theme.margin : 600)
    height: Math.min(implicitHeight, parent ? parent.height - 2 * Theme.margin : 800)
    modal: true
    focus: true
    padding: Theme.margin
    closePolicy: Popup.CloseOnEscape
    title: root.confirming
           //: Title of the Pay dialog when a market action needs the user's approval to pay.
           ? qsTr("Allow this payment?")
           //: Title of the Pay dialog.
           : qsTr("Pay")

    onConfirmingChanged: {
        if (root.confirming)
            root.open();
        else if (!root.requestOpen)
            root.close();
    }
    onFlowStateChanged: {
        if (root.flowState === PayFlow.WaitingForPhone)
            tabs.currentIndex = 1;
        else if (root.flowState === PayFlow.Succeeded && root.flow)
            root.paid(root.flow.preimage);
    }
    // Escape: a question is declined, a request dropped as Cancel does.
    onClosed: {
        if (root.confirming)
            root.declineRequested();
        else if (root.requestOpen)
            root.closeRequest();
    }

    PayFlow {
        id: ownFlow
    }
    Timer {
        interval: 1000
        repeat: true
        running: root.visible && root.confirming
        onTriggered: root.now = new Date()
    }

    background: Rectangle {
        color: Theme.surface
        border.color: Theme.separator
        radius: Theme.radiusLarge
    }
    header: Label {
        objectName: "payTitle"
        text: root.title
        textFormat: Text.PlainText
        leftPadding: Theme.margin
        rightPadding: Theme.margin
        topPadding: Theme.margin
        font.pixelSize: Theme.headingSize
        font.weight: Font.DemiBold
        color: Theme.text
    }

    // A plain child, not `contentItem:`: that property is deferred, and the ids inside would
    // make it immediate. As the only child it sets the dialog's size.
    ScrollView {
        id: scroll
        anchors.fill: parent
        clip: true
        contentWidth: availableWidth
        // A popup does not take the page's palette (Qt 6.4): the Theme's colours, set here.
        palette.window: Theme.surface
        palette.windowText: Theme.text
        palette.base: Theme.background
        palette.text: Theme.text
        palette.button: Theme.raisedSurface
        palette.buttonText: Theme.text
        palette.highlight: Theme.accent
        palette.highlightedText: Theme.textOnAccent
        palette.mid: Theme.separator
        palette.light: Theme.raisedSurface
        palette.midlight: Theme.raisedSurface
        palette.dark: Theme.separator
        palette.disabled.text: Theme.mutedText
        palette.disabled.buttonText: Theme.mutedText

        ColumnLayout {
            width: scroll.availableWidth
            spacing: Theme.spacingMedium

            // Mode B: a market action's payment -----------------------------------------
            ColumnLayout {
                objectName: "confirmationPane"
                Layout.fillWidth: true
                visible: root.confirming
                spacing: Theme.spacingMedium

                PayReview {
                    objectName: "confirmationReview"
                    Layout.fillWidth: true
                    amountText: root.confirmation ? root.confirmation.amountText : ""
                    description: root.confirmation ? root.confirmation.description : ""
                    serviceText: root.confirmation ? root.confirmation.host : ""
                    feeLimitText: root.confirmation ? root.confirmation.maxFeeText : ""
                    reason: root.confirmation ? root.confirmation.action : ""
                    reasonEditable: false
                    secondsLeft: root.confirmation
                                 ? Math.max(0, Math.floor((root.confirmation.expiresAt.getTime() - root.now.getTime()) / 1000))
                                 : -1
                }
                Label {
                    Layout.fillWidth: true
                    //: Pay dialog, a market action's payment: why the user is asked.
                    text: qsTr("This is above the amount Lightwork pays without asking. Nothing is paid unless you approve; unanswered, it is declined when the time runs out.")
                    textFormat: Text.PlainText
                    wrapMode: Text.Wrap
                    color: Theme.mutedText
                    font.pixelSize: Theme.captionSize
                }
                RowLayout {
                    Layout.fillWidth: true
                    spacing: Theme.spacing
                    Item {
                        Layout.fillWidth: true
                    }
                    ActionButton {
                        objectName: "declineButton"
                        //: Pay dialog: refuse a market action's payment (nothing is paid).
                        text: qsTr("Decline")
                        onClicked: root.declineRequested()
                    }
                    ActionButton {
                        objectName: "approveButton"
                        highlighted: true
                        //: Pay dialog: allow a market action's payment; %1 is e.g. "50 sat".
                        text: qsTr("Approve %1").arg(root.confirmation ? root.confirmation.amountText : "")
                        onClicked: root.approveRequested()
                    }
                }
            }

            // Mode A: what to pay -----------------------------------------------------------
            ColumnLayout {
                objectName: "requestPane"
                Layout.fillWidth: true
                visible: !root.confirming
                spacing: Theme.spacingMedium

                ColumnLayout {
                    Layout.fillWidth: true
                    visible: root.flowState === PayFlow.Idle || root.flowState === PayFlow.Resolving
                             || root.flowState === PayFlow.Review
                    spacing: Theme.spacingSmall

                    Label {
                        //: Label of the Pay dialog's input field.
                        text: qsTr("Invoice, lightning: link, LNURL or Lightning Address")
                        textFormat: Text.PlainText
                        color: Theme.mutedText
                        font.pixelSize: Theme.captionSize
                    }
                    RowLayout {
                        Layout.fillWidth: true
                        spacing: Theme.spacing
                        TextField {
                            id: requestField
                            objectName: "requestField"
                            Layout.fillWidth: true
                            text: root.flow ? root.flow.request : ""
                            selectByMouse: true
                            font.family: "monospace"
                            font.pixelSize: Theme.captionSize
                            //: Placeholder of the Pay dialog's input field.
                            placeholderText: qsTr("lnbc… or name@example.com")
                            placeholderTextColor: Theme.mutedText
                            Accessible.name: qsTr("Invoice, lightning: link, LNURL or Lightning Address")
                            onAccepted: root.flow.request = requestField.text.trim()
                        }
                        ActionButton {
                            objectName: "readButton"
                            visible: requestField.text.trim() !== (root.flow ? root.flow.request : "")
                            enabled: requestField.text.trim().length > 0
                            //: Pay dialog: read the pasted invoice or address and show what it asks.
                            text: qsTr("Review")
                            onClicked: root.flow.request = requestField.text.trim()
                        }
                    }
                    Label {
                        objectName: "requestError"
                        Layout.fillWidth: true
                        visible: root.flowState === PayFlow.Idle && root.flow && root.flow.errorText.length > 0
                        text: root.flow ? root.flow.errorText : ""
                        textFormat: Text.PlainText
                        wrapMode: Text.Wrap
                        color: Theme.danger
                        font.pixelSize: Theme.bodySize
                        Accessible.role: Accessible.AlertMessage
                        Accessible.name: text
                    }
                }

                RowLayout {
                    objectName: "resolvingRow"
                    visible: root.flowState === PayFlow.Resolving
                    spacing: Theme.spacing
                    BusyIndicator {
                        running: visible
                        implicitWidth: 32
                        implicitHeight: 32
                    }
                    Label {
                        //: Pay dialog: waiting for an LNURL service or Lightning Address to answer.
                        text: qsTr("Asking the service for an invoice…")
                        textFormat: Text.PlainText
                        color: Theme.text
                        font.pixelSize: Theme.bodySize
                    }
                }

                // An LNURL or address: the user says how much.
                RowLayout {
                    objectName: "amountRow"
                    Layout.fillWidth: true
                    visible: root.flowState === PayFlow.Review && root.flow && root.flow.needsAmount
                    spacing: Theme.spacing
                    TextField {
                        id: amountField
                        objectName: "amountField"
                        Layout.preferredWidth: 160
                        validator: IntValidator { bottom: 1 }
                        selectByMouse: true
                        //: Placeholder of the amount field for an LNURL; %1 and %2 are the service's limits in sats.
                        placeholderText: root.flow ? qsTr("%1 – %2 sat").arg(root.flow.minSats).arg(root.flow.maxSats) : ""
                        placeholderTextColor: Theme.mutedText
                        //: Accessible name of the amount field (sats) for an LNURL or address.
                        Accessible.name: qsTr("Amount in sat")
                        onAccepted: root.flow.amountSats = Number(amountField.text)
                    }
                    ActionButton {
                        objectName: "amountButton"
                        enabled: amountField.acceptableInput
                        //: Pay dialog: ask the LNURL service for an invoice of the amount typed.
                        text: qsTr("Get invoice")
                        onClicked: root.flow.amountSats = Number(amountField.text)
                    }
                }

                TabBar {
                    id: tabs
                    objectName: "payTabs"
                    Layout.fillWidth: true
                    visible: (root.flowState === PayFlow.Review && root.flow && !root.flow.needsAmount)
                             || root.flowState === PayFlow.WaitingForPhone
                    TabButton {
                        objectName: "walletTab"
                        enabled: root.flowState !== PayFlow.WaitingForPhone
                        //: Pay dialog tab: pay from the wallet connected to Lightwork.
                        text: qsTr("This wallet")
                        Accessible.name: text
                    }
                    TabButton {
                        objectName: "phoneTab"
                        //: Pay dialog tab: pay with a phone wallet by scanning a QR code.
                        text: qsTr("Phone (QR)")
                        Accessible.name: text
                    }
                }

                PayReview {
                    objectName: "review"
                    Layout.fillWidth: true
                    visible: root.flowState === PayFlow.Review && root.flow && !root.flow.needsAmount
                    amountText: root.flow ? root.flow.amountText : ""
                    description: root.flow ? root.flow.description : ""
                    payeeText: root.flow ? root.flow.payeeShort : ""
                    payeeCopy: root.flow ? root.flow.payee : ""
                    serviceText: root.flow ? root.flow.serviceDomain : ""
                    network: root.flow ? root.flow.network : ""
                    networkMismatch: root.flow ? root.flow.networkMismatch : false
                    secondsLeft: root.flow && root.flow.amountText.length > 0 ? root.flow.secondsLeft : -1
                    feeLimitText: root.flow ? root.flow.feeLimitText : ""
                    feeEditable: true
                    maxFeeSats: root.flow ? root.flow.maxFeeSats : 0
                    maxFeeCeilingSats: root.flow ? root.flow.maxFeeCeilingSats : 0
                    maxFeeError: root.flow ? root.flow.maxFeeError : ""
                    totalText: root.flow ? root.flow.totalText : ""
                    reason: root.flow ? root.flow.reason : ""
                    reasonEditable: true
                    onReasonEdited: text => root.flow.reason = text
                    onMaxFeeEdited: sats => root.flow.maxFeeSats = sats
                }

                // This wallet: Confirm, or why not.
                ColumnLayout {
                    objectName: "walletPane"
                    Layout.fillWidth: true
                    visible: tabs.visible && tabs.currentIndex === 0
                    spacing: Theme.spacing
                    Label {
                        objectName: "blockReason"
                        Layout.fillWidth: true
                        visible: root.flow && !root.flow.canConfirm && root.flow.blockReason.length > 0
                        text: root.flow ? root.flow.blockReason : ""
                        textFormat: Text.PlainText
                        wrapMode: Text.Wrap
                        color: Theme.danger
                        font.pixelSize: Theme.bodySize
                        Accessible.role: Accessible.AlertMessage
                        Accessible.name: text
                    }
                    ActionButton {
                        objectName: "confirmButton"
                        Layout.alignment: Qt.AlignRight
                        highlighted: true
                        enabled: root.flow ? root.flow.canConfirm : false
                        //: Pay dialog's primary button; %1 is the amount, e.g. "1500 sat".
                        text: qsTr("Pay %1").arg(root.flow ? root.flow.amountText : "")
                        Accessible.description: root.flow && !root.flow.canConfirm ? root.flow.blockReason : ""
                        onClicked: root.flow.confirm()
                    }
                }

                // Phone: show the code, then take the preimage.
                ColumnLayout {
                    objectName: "phonePane"
                    Layout.fillWidth: true
                    visible: tabs.visible && tabs.currentIndex === 1
                    spacing: Theme.spacing
                    Label {
                        Layout.fillWidth: true
                        visible: root.flowState === PayFlow.Review
                        //: Pay dialog, phone tab before the code is shown.
                        text: qsTr("Pay this invoice from a wallet on your phone: Lightwork shows a QR code and checks the preimage your phone gives back.")
                        textFormat: Text.PlainText
                        wrapMode: Text.Wrap
                        color: Theme.text
                        font.pixelSize: Theme.bodySize
                    }
                    ActionButton {
                        objectName: "showQrButton"
                        Layout.alignment: Qt.AlignRight
                        visible: root.flowState === PayFlow.Review
                        highlighted: true
                        enabled: root.flow ? root.flow.canPayWithPhone : false
                        //: Pay dialog, phone tab: show the invoice as a QR code.
                        text: qsTr("Show QR code")
                        onClicked: root.flow.payWithPhone()
                    }
                    PayPhonePanel {
                        objectName: "phonePanel"
                        Layout.fillWidth: true
                        visible: root.flowState === PayFlow.WaitingForPhone
                        qrImageUrl: root.flow ? root.flow.qrImageUrl : ""
                        invoiceText: root.flow ? root.flow.qrInvoice : ""
                        secondsLeft: root.flow ? root.flow.secondsLeft : -1
                        errorText: root.flow ? root.flow.errorText : ""
                        onPreimageSubmitted: text => root.flow.submitPreimage(text.trim())
                    }
                }

                RowLayout {
                    objectName: "payingRow"
                    visible: root.flowState === PayFlow.Paying
                    spacing: Theme.spacing
                    BusyIndicator {
                        running: visible
                        implicitWidth: 32
                        implicitHeight: 32
                    }
                    Label {
                        //: Pay dialog while the wallet pays; %1 is the amount.
                        text: qsTr("Paying %1…").arg(root.flow ? root.flow.amountText : "")
                        textFormat: Text.PlainText
                        color: Theme.text
                        font.pixelSize: Theme.bodySize
                    }
                }

                // How it ended.
                ColumnLayout {
                    objectName: "resultPane"
                    Layout.fillWidth: true
                    visible: root.flowState === PayFlow.Succeeded || root.flowState === PayFlow.Pending
                             || root.flowState === PayFlow.Failed
                    spacing: Theme.spacing
                    Label {
                        objectName: "resultTitle"
                        Layout.fillWidth: true
                        text: root.flowState === PayFlow.Succeeded
                              //: Pay dialog result heading; %1 is the amount.
                              ? qsTr("Paid %1").arg(root.flow.amountText)
                              : root.flowState === PayFlow.Pending
                                //: Pay dialog result heading: the outcome is not known yet.
                                ? qsTr("Payment pending")
                                //: Pay dialog result heading.
                                : qsTr("Not paid")
                        textFormat: Text.PlainText
                        wrapMode: Text.Wrap
                        font.pixelSize: Theme.headingSize
                        font.weight: Font.DemiBold
                        color: root.flowState === PayFlow.Succeeded ? Theme.success
                               : root.flowState === PayFlow.Pending ? Theme.warning : Theme.danger
                    }
                    Label {
                        objectName: "resultText"
                        Layout.fillWidth: true
                        visible: text.length > 0
                        text: root.flow ? root.flow.resultText : ""
                        textFormat: Text.PlainText
                        wrapMode: Text.Wrap
                        color: Theme.text
                        font.pixelSize: Theme.bodySize
                    }
                    Label {
                        objectName: "failureText"
                        Layout.fillWidth: true
                        visible: root.flowState === PayFlow.Failed && text.length > 0
                        text: root.flow ? root.flow.errorText : ""
                        textFormat: Text.PlainText
                        wrapMode: Text.Wrap
                        color: Theme.danger
                        font.pixelSize: Theme.bodySize
                        Accessible.role: Accessible.AlertMessage
                        Accessible.name: text
                    }
                    Label {
                        Layout.fillWidth: true
                        visible: root.flowState === PayFlow.Succeeded
                        //: Pay dialog: the routing fee paid; %1 is an amount such as "1 sat".
                        text: qsTr("Routing fee: %1").arg(root.flow ? root.flow.feeText : "")
                        textFormat: Text.PlainText
                        color: Theme.mutedText
                        font.pixelSize: Theme.bodySize
                    }
                    Label {
                        visible: root.flowState === PayFlow.Succeeded
                        //: Label above the preimage: the proof that the payment was made.
                        text: qsTr("Preimage (proof of payment)")
                        textFormat: Text.PlainText
                        color: Theme.mutedText
                        font.pixelSize: Theme.captionSize
                    }
                    CopyableText {
                        objectName: "preimageText"
                        Layout.fillWidth: true
                        visible: root.flowState === PayFlow.Succeeded
                        text: root.flow ? root.flow.preimage : ""
                        buttonName: "copyPreimageButton"
                        //: What the Copy button beside the preimage copies.
                        name: qsTr("Preimage")
                    }
                    ActionButton {
                        objectName: "checkAgainButton"
                        Layout.alignment: Qt.AlignRight
                        visible: root.flowState === PayFlow.Pending
                        //: Pay dialog: look a pending payment up again (it is never paid twice).
                        text: qsTr("Check again")
                        onClicked: root.flow.resume()
                    }
                }

                RowLayout {
                    Layout.fillWidth: true
                    Layout.topMargin: Theme.spacing
                    Item {
                        Layout.fillWidth: true
                    }
                    ActionButton {
                        objectName: "closeButton"
                        text: root.flowState === PayFlow.Paying || root.flowState === PayFlow.Succeeded
                              || root.flowState === PayFlow.Pending || root.flowState === PayFlow.Failed
                              //: Pay dialog: close it (a payment under way goes on).
                              ? qsTr("Close")
                              //: Pay dialog: close it without paying.
                              : qsTr("Cancel")
                        onClicked: root.closeRequest()
                    }
                }
            }
        }
    }
}
