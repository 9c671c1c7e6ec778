// SPDX-License-Identifier: GPL-3.0-or-later
// The one Pay dialog: opened empty it asks for an invoice; over a real PayFlow it reviews an
// invoice with the amount first and Confirm disabled with the reason; over a stand-in flow it
// shows every later state (QR code and preimage, paying, paid with the preimage to copy,
// pending, failed); mode B asks about a market action's payment. Screenshots light and dark.
import QtQuick
import QtQuick.Controls
import QtTest
import Lightwork
import Lightwork.Backend
import LightworkTest

Item {
    id: top
    width: 800
    height: 900

    // A regtest invoice for 50 sat (tests/app/tst_singleinstance.cpp); long expired.
    readonly property string invoice: "lnbcrt500n1p4szustpp5fcfprx89fvaar0xua8vgak40m0j5x397ntc3e82t2dfdxyqa4a2qsp5d9q6amehzgvy0d4"
        + "stj7t2czfrvn4r6rmdz4d34sefyp0d85c630sdqhdp5hyef6wphhxazlw3shx6cxqrrsscqzys9qrsgqy2uu7up3hunw"
        + "95y506974qexzt5acqd8xfh4g03frzclfhyq9mg92d2qyf5smur53h8rd8e4ddlewz6gtur07f8anwawn566esx3afg"
        + "pdkz70p"
    readonly property string qrUrl: "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAB0AAAAdCAAAAABz+DjTAAAAkUlEQVR4nLWSWQKAIAhE5/6XpjQei1Z/8pHksAwjsj/TWVS6z/EZNhyyHtSea/eMECpH0ER7rnkaXeQh3ESpcexo69D7Cos8dXQGK3/7vJaTKTXKyjBHnTIXrcTYVWenUwg0tF5vuaEk/joRnLzGqmShtWjlwfm4pYmjqFkeCVZsxysriKnI1pWM2rmJh/f50y7A4FnDEyAdOQAAAABJRU5ErkJggg=="
    readonly property string preimage: "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"

    ThemedSurface {
        id: frame
        anchors.fill: parent
    }
    // Pastes the clipboard, to check what a Copy button put there.
    TextField {
        id: pasteTarget
        visible: false
    }
    Component {
        id: dialogComponent
        PayDialog {}
    }
    // What PayFlow shows, settable state by state; counts the calls the dialog makes.
    Component {
        id: fakeFlowComponent
        QtObject {
            property int state: PayFlow.Review
            property string request: top.invoice
            property string errorText
            property bool needsAmount: false
            property int minSats: 0
            property int maxSats: 0
            property int amountSats: 1500
            property string amountText: "1500 sat"
            property string description: "<b>Two coffees</b> & a croissant"
            property string payee: "02a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6e7f8a9b0c1d2e3f4a5b6c7d8e9f0a1b2"
            property string payeeShort: "02a1b2c3…f0a1b2"
            property string serviceDomain
            property string network: "Regtest"
            property bool networkMismatch: false
            property int secondsLeft: 598
            property string feeLimitText: "at most 10 sat in routing fees"
            property int maxFeeSats: 10
            property int maxFeeCeilingSats: 75
            property string maxFeeError
            property string totalText: "at most 1510 sat in all"
            property bool canConfirm: true
            property string blockReason
            property bool canPayWithPhone: true
            property string reason
            property string preimage
            property string feeText: "0 sat"
            property string resultText
            property string qrInvoice: "LIGHTNING:" + top.invoice.toUpperCase()
            property string qrImageUrl: top.qrUrl
            property int confirms: 0
            property int phoneCalls: 0
            property int cancels: 0
            property int resumes: 0
            property int submits: 0
            property string submitted
            function confirm() { confirms += 1; }
            function payWithPhone() { phoneCalls += 1; state = PayFlow.WaitingForPhone; }
            function submitPreimage(text) { submits += 1; submitted = text; errorText = "This preimage is not this invoice's."; return false; }
            function cancel() { cancels += 1; }
            function resume() { resumes += 1; }
        }
    }
    Component {
        id: questionComponent
        QtObject {
            property string action: "Task posting fee"
            property string host: "402ai.example"
            property string amountText: "50 sat"
            property int amountSats: 50
            property string maxFeeText: "at most 10 sat in routing fees"
            property string description: "Post a task on 402ai"
            property date expiresAt: new Date(Date.now() + 299000)
        }
    }

    TestCase {
        name: "PayDialog"
        when: windowShown

        function cleanup() {
            Theme.scheme = Theme.System;
        }

        function make(flow) {
            const dialog = createTemporaryObject(dialogComponent, frame);
            verify(dialog);
            if (flow)
                dialog.flow = flow;
            return dialog;
        }

        function fake(props) {
            const flow = createTemporaryObject(fakeFlowComponent, top, props || {});
            verify(flow);
            return flow;
        }

        function open(dialog, text) {
            dialog.openRequest(text);
            tryVerify(() => dialog.opened);
            waitForRendering(dialog.contentItem);
        }

        function item(dialog, name) {
            const found = findChild(dialog.contentItem, name);
            verify(found, name);
            return found;
        }

        // In mode A's review (mode B's has the same names).
        function reviewed(dialog, name) {
            const found = findChild(item(dialog, "review"), name);
            verify(found, name);
            return found;
        }

        function shoot(dialog, name) {
            for (const dark of [false, true]) {
                Theme.scheme = dark ? Theme.Dark : Theme.Light;
                waitForRendering(dialog.contentItem);
                FeedBench.saveShot(top, "paydialog-" + name + (dark ? "-dark" : "-light"));
            }
        }

        function test_openedEmptyAsksForAnInvoice() {
            const dialog = make();
            open(dialog, "");
            compare(dialog.flowState, PayFlow.Idle);
            verify(!dialog.confirming);
            const field = item(dialog, "requestField");
            verify(field.visible);
            tryVerify(() => field.activeFocus);
            verify(!item(dialog, "review").visible);
            verify(!item(dialog, "confirmButton").visible);
            compare(item(dialog, "closeButton").text, "Cancel");
            shoot(dialog, "empty");

            // Something that is not an invoice: it says why, and nothing can be paid.
            keyClick("x");
            keyClick("y");
            keyClick(Qt.Key_Return);
            compare(dialog.flow.request, "xy");
            const error = item(dialog, "requestError");
            tryVerify(() => error.visible);
            compare(error.text, dialog.flow.errorText);
            verify(error.text.length > 0);

            mouseClick(item(dialog, "closeButton"));
            tryVerify(() => !dialog.visible);
        }

        function test_realInvoiceShowsAmountFirstAndWhyItCannotBePaid() {
            const dialog = make();
            open(dialog, "lightning:" + top.invoice);
            tryCompare(dialog, "flowState", PayFlow.Review);
            compare(item(dialog, "requestField").text, "lightning:" + top.invoice);
            const review = item(dialog, "review");
            verify(review.visible);
            const amount = reviewed(dialog, "amountLabel");
            compare(amount.text, "50 sat");
            compare(amount.textFormat, Text.PlainText);
            // The amount is the first and largest thing in the review.
            for (const name of ["descriptionLabel", "networkLabel", "feeLimitLabel", "countdownLabel"]) {
                const other = reviewed(dialog, name);
                if (!other.visible)
                    continue;
                verify(amount.mapToItem(review, 0, 0).y < other.mapToItem(review, 0, 0).y, name);
                verify(amount.font.pixelSize > other.font.pixelSize, name);
            }
            compare(reviewed(dialog, "networkLabel").text.indexOf("Regtest"), 0);
            // Expired, and no wallet: Confirm is disabled and says why.
            compare(reviewed(dialog, "countdownLabel").text, "Expired");
            const confirm = item(dialog, "confirmButton");
            verify(confirm.visible);
            verify(!confirm.enabled);
            const reason = item(dialog, "blockReason");
            verify(reason.visible);
            compare(reason.text, dialog.flow.blockReason);
            verify(reason.text.length > 0);
            compare(confirm.Accessible.description, reason.text);
            mouseClick(confirm);
            compare(dialog.flowState, PayFlow.Review);
            shoot(dialog, "review-blocked");
        }

        function test_reviewShowsUntrustedTextAsPlainText() {
            const flow = fake({ networkMismatch: true, network: "Bitcoin", reason: "Lunch" });
            const dialog = make(flow);
            open(dialog, top.invoice);
            const description = reviewed(dialog, "descriptionLabel");
            compare(description.text, "<b>Two coffees</b> & a croissant");
            compare(description.textFormat, Text.PlainText);
            compare(reviewed(dialog, "amountLabel").text, "1500 sat");
            compare(reviewed(dialog, "payeeLabel").text, "02a1b2c3…f0a1b2");
            verify(reviewed(dialog, "copyPayeeButton").visible);
            const network = reviewed(dialog, "networkLabel");
            verify(network.text.indexOf("Bitcoin") === 0 && network.text.length > "Bitcoin".length);
            compare(network.color, Theme.danger);
            compare(reviewed(dialog, "countdownLabel").text, "in 9:58");
            compare(reviewed(dialog, "feeLimitLabel").text, "at most 10 sat in routing fees");
            compare(reviewed(dialog, "reasonField").text, "Lunch");
            const confirm = item(dialog, "confirmButton");
            verify(confirm.enabled);
            verify(!item(dialog, "blockReason").visible);
            shoot(dialog, "review");
            mouseClick(confirm);
            compare(flow.confirms, 1);
        }

        function test_feeLimitIsEditedForThisPayment() {
            const flow = fake();
            const dialog = make(flow);
            open(dialog, top.invoice);
            const field = reviewed(dialog, "maxFeeField");
            verify(field.visible);
            compare(field.text, "10");
            verify(field.Accessible.name.indexOf("75") >= 0);
            compare(reviewed(dialog, "totalLabel").text, "at most 1510 sat in all");
            verify(!reviewed(dialog, "maxFeeError").visible);
            field.forceActiveFocus();
            field.selectAll();
            keyClick(Qt.Key_5);
            keyClick(Qt.Key_Tab);
            compare(flow.maxFeeSats, 5);
            // Not a number: handed on as -1, for the backend to refuse.
            field.forceActiveFocus();
            field.selectAll();
            keyClick(Qt.Key_A);
            keyClick(Qt.Key_Tab);
            compare(flow.maxFeeSats, -1);
            flow.maxFeeError = "The fee limit must be between 0 and 75 sat.";
            const error = reviewed(dialog, "maxFeeError");
            tryVerify(() => error.visible);
            compare(error.text, flow.maxFeeError);
            shoot(dialog, "fee-limit-refused");
        }

        function test_realFlowRefusesAFeeLimitAboveItsCeiling() {
            const dialog = make();
            open(dialog, "lightning:" + top.invoice);
            tryCompare(dialog, "flowState", PayFlow.Review);
            const field = reviewed(dialog, "maxFeeField");
            compare(field.text, "10");
            compare(dialog.flow.maxFeeCeilingSats, 10); // the default limit; 5 % of 50 sat is less
            verify(reviewed(dialog, "totalLabel").text.indexOf("60 sat") >= 0);
            field.forceActiveFocus();
            field.selectAll();
            keyClick(Qt.Key_1);
            keyClick(Qt.Key_1);
            keyClick(Qt.Key_Tab);
            const error = reviewed(dialog, "maxFeeError");
            tryVerify(() => error.visible);
            verify(error.text.indexOf("10 sat") >= 0);
            compare(dialog.flow.maxFeeSats, 10);
            field.forceActiveFocus();
            field.selectAll();
            keyClick(Qt.Key_3);
            keyClick(Qt.Key_Tab);
            tryVerify(() => !error.visible);
            compare(dialog.flow.maxFeeSats, 3);
            verify(reviewed(dialog, "totalLabel").text.indexOf("53 sat") >= 0);
        }

        function test_phoneTabShowsCodeAndTakesThePreimage() {
            const flow = fake();
            const dialog = make(flow);
            open(dialog, top.invoice);
            const tabs = item(dialog, "payTabs");
            mouseClick(item(dialog, "phoneTab"));
            compare(tabs.currentIndex, 1);
            verify(!item(dialog, "confirmButton").visible);
            mouseClick(item(dialog, "showQrButton"));
            compare(flow.phoneCalls, 1);
            compare(dialog.flowState, PayFlow.WaitingForPhone);
            const image = item(dialog, "qrImage");
            tryVerify(() => image.visible && image.status === Image.Ready);
            verify(image.sourceSize.width > 0);
            verify(!image.smooth);
            compare(item(dialog, "invoiceText").text, flow.qrInvoice);
            verify(item(dialog, "qrCountdown").text.indexOf("9:58") >= 0);
            const field = item(dialog, "preimageField");
            verify(field.visible);
            const submit = item(dialog, "submitPreimageButton");
            verify(!submit.enabled);
            field.forceActiveFocus();
            field.text = "  " + top.preimage + " ";
            verify(submit.enabled);
            keyClick(Qt.Key_Return); // in the field
            compare(flow.submits, 1);
            compare(flow.submitted, top.preimage);
            submit.forceActiveFocus();
            keyClick(Qt.Key_Return);
            compare(flow.submits, 2);
            const error = item(dialog, "preimageError");
            tryVerify(() => error.visible);
            compare(error.text, "This preimage is not this invoice's.");
            // The wallet tab cannot be used while the phone has the payment.
            verify(!item(dialog, "walletTab").enabled);
            shoot(dialog, "phone");
            // Cancel closes the code (the flow leaves the payment pending).
            mouseClick(item(dialog, "closeButton"));
            compare(flow.cancels, 1);
        }

        function test_successShowsPreimageToCopy() {
            const flow = fake({ state: PayFlow.Succeeded, preimage: top.preimage, feeText: "1 sat",
                                resultText: "Paid. The preimage proves it." });
            const dialog = make(flow);
            open(dialog, top.invoice);
            compare(item(dialog, "resultTitle").text, "Paid 1500 sat");
            compare(item(dialog, "resultText").text, "Paid. The preimage proves it.");
            const shown = item(dialog, "preimageText");
            verify(shown.visible);
            compare(shown.text, top.preimage);
            compare(shown.field.text, top.preimage);
            verify(!item(dialog, "review").visible);
            verify(!item(dialog, "requestField").visible);
            compare(item(dialog, "closeButton").text, "Close");
            mouseClick(item(dialog, "copyPreimageButton"));
            pasteTarget.text = "";
            pasteTarget.paste();
            compare(pasteTarget.text, top.preimage);
            shoot(dialog, "succeeded");
            // Closing after the payment changes nothing.
            mouseClick(item(dialog, "closeButton"));
            compare(flow.cancels, 0);
        }

        function test_pendingOffersCheckAgain() {
            const flow = fake({ state: PayFlow.Pending,
                                resultText: "The wallet has not confirmed this payment yet." });
            const dialog = make(flow);
            open(dialog, top.invoice);
            compare(item(dialog, "resultTitle").text, "Payment pending");
            compare(item(dialog, "resultText").text, "The wallet has not confirmed this payment yet.");
            verify(!item(dialog, "preimageText").visible);
            const again = item(dialog, "checkAgainButton");
            verify(again.visible);
            mouseClick(again);
            compare(flow.resumes, 1);
            shoot(dialog, "pending");
        }

        function test_failedSaysWhy() {
            const flow = fake({ state: PayFlow.Failed, resultText: "Nothing was paid.",
                                errorText: "No route to the payee." });
            const dialog = make(flow);
            open(dialog, top.invoice);
            compare(item(dialog, "resultTitle").text, "Not paid");
            const why = item(dialog, "failureText");
            verify(why.visible);
            compare(why.text, "No route to the payee.");
            verify(!item(dialog, "checkAgainButton").visible);
            shoot(dialog, "failed");
        }

        function test_payingShowsProgress() {
            const dialog = make(fake({ state: PayFlow.Paying }));
            open(dialog, top.invoice);
            verify(item(dialog, "payingRow").visible);
            verify(!item(dialog, "confirmButton").visible);
            compare(item(dialog, "closeButton").text, "Close");
        }

        function test_marketActionAsksApproveOrDecline() {
            const dialog = make(fake());
            const approved = createTemporaryObject(spyComponent, top, { target: dialog, signalName: "approveRequested" });
            const declined = createTemporaryObject(spyComponent, top, { target: dialog, signalName: "declineRequested" });
            const question = createTemporaryObject(questionComponent, top);
            dialog.confirmation = question;
            tryVerify(() => dialog.opened);
            waitForRendering(dialog.contentItem);
            verify(dialog.confirming);
            compare(dialog.title, "Allow this payment?");
            verify(item(dialog, "confirmationPane").visible);
            verify(!item(dialog, "requestPane").visible);
            const review = item(dialog, "confirmationReview");
            compare(findChild(review, "amountLabel").text, "50 sat");
            compare(findChild(review, "reasonLabel").text, "Task posting fee");
            compare(findChild(review, "serviceLabel").text, "402ai.example");
            compare(findChild(review, "descriptionLabel").text, "Post a task on 402ai");
            verify(findChild(review, "countdownLabel").text.indexOf("in 4:") === 0);
            shoot(dialog, "approve");

            mouseClick(item(dialog, "approveButton"));
            compare(approved.count, 1);
            compare(declined.count, 0);
            mouseClick(item(dialog, "declineButton"));
            compare(declined.count, 1);
            // Answered: the question goes, and the dialog with it (no request was open).
            dialog.confirmation = null;
            tryVerify(() => !dialog.visible);
            compare(declined.count, 1);

            // Escape declines.
            dialog.confirmation = createTemporaryObject(questionComponent, top);
            tryVerify(() => dialog.opened);
            keyClick(Qt.Key_Escape);
            tryVerify(() => !dialog.visible);
            compare(declined.count, 2);
            compare(approved.count, 1);
        }
    }
    Component {
        id: spyComponent
        SignalSpy {}
    }
}
