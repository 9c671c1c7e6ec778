// SPDX-License-Identifier: GPL-3.0-or-later
// A task's detail: the view over small fakes (a buyer with quotes to accept and a long escrow
// wait, a worker who may quote, a buyer who may confirm; hostile text shown as plain text),
// the page over a real TaskDetail with no data folder, the feed opening a row's detail and
// Back returning, and screenshots in light and dark.
import QtQuick
import QtQuick.Controls
import QtTest
import Lightwork
import Lightwork.Backend
import LightworkTest

Item {
    id: top
    width: 1100
    height: 860

    ThemedSurface {
        id: frame
        anchors.fill: parent
    }
    ListModel {
        id: quotes
        ListElement {
            quoteId: "q1"; priceText: "300 sat"; status: "pending"; worker: "7f3e-worker-one"
            message: "Native speaker, done by Friday."; created: ""; messageCount: 2
            mine: false; acceptable: true
        }
        ListElement {
            quoteId: "q2"; priceText: "450 sat"; status: "pending"; worker: "b2c1-worker-two"
            message: "<b>Best</b> price <img src=\"https://evil.example/x.png\">"; created: ""
            messageCount: 0; mine: false; acceptable: true
        }
    }
    ListModel {
        id: steps
        ListElement { kind: "posted"; title: "Posted"; done: true; current: false; at: ""; detail: "" }
        ListElement { kind: "quoted"; title: "Quoted"; done: true; current: false; at: ""; detail: "2 quotes" }
        ListElement { kind: "escrow_locked"; title: "Escrow locked 300 sat"; done: true; current: false; at: ""; detail: "" }
        ListElement { kind: "delivered"; title: "Delivered"; done: false; current: true; at: ""; detail: "" }
        ListElement { kind: "released"; title: "Released 300 sat"; done: false; current: false; at: ""; detail: "" }
        ListElement { kind: "collected"; title: "Collected"; done: false; current: false; at: ""; detail: "Earnings are moved to a wallet from Earnings." }
    }
    Component {
        id: viewComponent
        TaskDetailView {
            anchors.fill: parent
            title: "Translate a poem"
            description: "<h1>Not a heading</h1>\nKeep the rhyme.\nAbout 20 lines."
            status: "in_escrow"
            budgetText: "500 sat"
            market: "402ai"
            buyerId: "buyer-account"
            quotesModel: quotes
            quoteCount: quotes.count
            timelineModel: steps
            quoteFeeText: "Quoting costs 10 sat."
        }
    }
    Component {
        id: pageComponent
        TaskDetailPage {
            anchors.fill: parent
            detail: TaskDetail {}
        }
    }
    Component {
        id: areaComponent
        FeedArea {
            anchors.fill: parent
        }
    }
    Component {
        id: modelComponent
        TaskFeedModel {}
    }
    SignalSpy { id: spy }

    TestCase {
        name: "TaskDetailPage"
        when: windowShown

        function cleanup() {
            Theme.scheme = Theme.System;
        }

        function child(item, name) {
            const found = findChild(item, name);
            verify(found, name);
            return found;
        }

        function makeView(props) {
            const view = createTemporaryObject(viewComponent, frame, props);
            verify(view);
            waitForRendering(view);
            return view;
        }

        function acceptButtons(view) {
            const repeater = child(view, "quoteRepeater");
            const buttons = [];
            for (let i = 0; i < repeater.count; ++i)
                buttons.push(findChild(repeater.itemAt(i), "acceptButton"));
            return buttons;
        }

        function test_buyerAcceptsAQuote() {
            const view = makeView({ isBuyer: true,
                                    escrowWaitingText: "The escrow has waited 4 days without a delivery." });
            compare(child(view, "quoteRepeater").count, 2);
            verify(child(view, "escrowWarning").visible);
            verify(!child(view, "quoteForm").visible);
            verify(!child(view, "confirmButton").visible);
            const buttons = acceptButtons(view);
            verify(buttons[1].visible);
            verify(buttons[1].Accessible.name.length > 0);
            spy.target = view;
            spy.signalName = "acceptRequested";
            spy.clear();
            mouseClick(buttons[1]);
            compare(spy.count, 1);
            compare(spy.signalArguments[0][0], "q2");
            // While an action runs, Accept waits.
            view.busy = true;
            verify(!acceptButtons(view)[0].enabled);
        }

        function test_textIsPlain() {
            const view = makeView({ isBuyer: true });
            const description = child(view, "description");
            compare(description.textFormat, TextEdit.PlainText);
            compare(description.text, "<h1>Not a heading</h1>\nKeep the rhyme.\nAbout 20 lines.");
            const message = findChild(child(view, "quoteRepeater").itemAt(1), "quoteMessage");
            compare(message.textFormat, Text.PlainText);
            verify(message.text.indexOf("<img") === 0 || message.text.indexOf("<b>") === 0);
            compare(child(view, "taskTitle").textFormat, Text.PlainText);
        }

        function test_timelineShowsEveryStep() {
            const view = makeView({ isBuyer: true });
            const titles = [];
            const timeline = child(view, "timeline");
            for (let i = 0; i < timeline.children.length; ++i) {
                const step = timeline.children[i];
                if (step.title !== undefined)
                    titles.push(step.title);
            }
            verify(titles.indexOf("Escrow locked 300 sat") >= 0, titles.join("|"));
            compare(titles.length, 6);
        }

        function test_workerSendsAQuote() {
            const view = makeView({ isBuyer: false, canQuote: true, status: "open" });
            const form = child(view, "quoteForm");
            verify(form.visible);
            for (const a of acceptButtons(view))
                verify(!a.visible);
            const send = child(view, "sendQuoteButton");
            verify(!send.enabled); // no price yet
            const price = child(view, "quotePriceField");
            price.forceActiveFocus();
            for (const c of "3x00")
                keyClick(c); // the field takes digits only
            compare(price.text, "300");
            const message = child(view, "quoteMessageField");
            message.forceActiveFocus();
            for (const c of "Soon")
                keyClick(c);
            spy.target = view;
            spy.signalName = "quoteRequested";
            spy.clear();
            verify(send.enabled);
            mouseClick(send);
            compare(spy.count, 1);
            compare(spy.signalArguments[0][0], "300");
            compare(spy.signalArguments[0][1], "Soon");
        }

        function test_buyerConfirmsAndGoesBack() {
            const view = makeView({ isBuyer: true, canConfirm: true, status: "delivered" });
            const confirm = child(view, "confirmButton");
            verify(confirm.visible);
            spy.target = view;
            spy.signalName = "confirmRequested";
            spy.clear();
            mouseClick(confirm);
            compare(spy.count, 1);
            spy.signalName = "backRequested";
            spy.clear();
            view.forceActiveFocus();
            keyClick(Qt.Key_Escape);
            compare(spy.count, 1);
        }

        function test_actionOutcomeAndPendingPayment() {
            const view = makeView({ isBuyer: true, actionText: "Quote accepted: 300 sat locked in escrow." });
            const banner = child(view, "actionBanner");
            verify(banner.visible);
            view.paymentPending = true;
            compare(banner.tone, Theme.warning);
            view.errorText = "The market could not be reached.";
            verify(child(view, "errorBanner").visible);
        }

        function test_pageOverAnIdleDetail() {
            const page = createTemporaryObject(pageComponent, frame);
            verify(page);
            page.detail.taskId = "t1";
            waitForRendering(page);
            compare(page.detail.state, TaskDetail.Idle);
            const view = child(page, "taskDetailView");
            compare(view.title, "");
            compare(child(view, "quoteRepeater").count, 0);
            verify(!child(view, "quoteForm").visible);
            verify(!child(view, "confirmButton").visible);
        }

        function test_feedOpensTheDetail() {
            verify(FeedBench.reset());
            FeedBench.add([{ id: "t00001", title: "Logo design", sats: 800 }]);
            const model = createTemporaryObject(modelComponent, top, { source: FeedBench.source });
            const area = createTemporaryObject(areaComponent, frame, { sourceModel: model });
            verify(area);
            const list = child(area, "feedList");
            tryCompare(list, "count", 1);
            waitForRendering(area);
            mouseClick(list.itemAtIndex(0));
            tryVerify(() => area.detailPage !== null);
            tryCompare(child(area, "feedStack"), "busy", false); // the push has settled
            compare(area.detailPage.detail.taskId, "t00001");
            const back = child(area.detailPage, "backButton");
            mouseClick(back);
            tryVerify(() => area.detailPage === null);
            verify(list.visible);
        }

        function test_screenshots() {
            const buyer = makeView({ isBuyer: true,
                                     escrowWaitingText: "The escrow has waited 4 days without a delivery. 402ai has no deadline or refund: ask the worker on the quote's thread.",
                                     actionText: "Quote accepted: 300 sat locked in escrow." });
            for (const scheme of [Theme.Light, Theme.Dark]) {
                Theme.scheme = scheme;
                waitForRendering(buyer);
                const name = "taskdetail-buyer-" + (scheme === Theme.Dark ? "dark" : "light");
                verify(FeedBench.saveShot(buyer, name), "saved " + name);
            }
            buyer.destroy();
            const worker = makeView({ isBuyer: false, canQuote: true, status: "open" });
            for (const scheme of [Theme.Light, Theme.Dark]) {
                Theme.scheme = scheme;
                waitForRendering(worker);
                const name = "taskdetail-worker-" + (scheme === Theme.Dark ? "dark" : "light");
                verify(FeedBench.saveShot(worker, name), "saved " + name);
            }
        }
    }
}
