// SPDX-License-Identifier: GPL-3.0-or-later
// The Quotes area: a thread row (unread mark, "You:" preview), the chat over small fakes
// (Enter sends, Shift+Enter breaks the line, the length limit, Retry on a failed message, the
// worker's counter-offer, Open task, a rejected quote that takes no more messages), the page
// over real controllers without a data folder (empty states), and screenshots in light and dark.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtTest
import Lightwork
import Lightwork.Backend
import LightworkTest

Item {
    id: top
    width: 1100
    height: 760

    ThemedSurface {
        id: frame
        anchors.fill: parent
    }
    ListModel {
        id: messages
    }
    ListModel {
        id: threads
    }
    function minutesAgo(n) {
        return new Date(Date.now() - n * 60000);
    }
    function fill() {
        messages.clear();
        messages.append({ key: "r:1", localId: "", sender: "buyer-7f3e", body: "Can you start today? The poem is about 20 lines.", at: minutesAgo(42), mine: false, sendState: "sent", errorText: "" });
        messages.append({ key: "l:a", localId: "a", sender: "me", body: "Yes, starting now.\nYou will have it tonight.", at: minutesAgo(30), mine: true, sendState: "sent", errorText: "" });
        messages.append({ key: "r:3", localId: "", sender: "buyer-7f3e", body: "<b>Great</b> <img src=\"https://evil.example/x.png\">", at: minutesAgo(12), mine: false, sendState: "sent", errorText: "" });
        messages.append({ key: "l:b", localId: "b", sender: "me", body: "Can you lower the budget?", at: minutesAgo(3), mine: true, sendState: "failed", errorText: "cannot message on a rejected quote" });
        messages.append({ key: "l:c", localId: "c", sender: "me", body: "Sent while offline", at: minutesAgo(0), mine: true, sendState: "pending", errorText: "" });
        threads.clear();
        threads.append({ accountId: 1, taskId: "t1", quoteId: "q1", title: "Translate a poem", counterparty: "buyer-7f3e", priceSats: 300, quoteStatus: "pending", lastMessage: "Sent while offline", lastFromMe: true, activity: minutesAgo(0), unread: false, asBuyer: false });
        threads.append({ accountId: 1, taskId: "t2", quoteId: "q2", title: "Summarise a PDF", counterparty: "worker-b2c1", priceSats: 450, quoteStatus: "pending", lastMessage: "Done within the hour", lastFromMe: false, activity: minutesAgo(25), unread: true, asBuyer: true });
        threads.append({ accountId: 1, taskId: "t3", quoteId: "q3", title: "Logo in SVG", counterparty: "worker-91aa", priceSats: 1200, quoteStatus: "rejected", lastMessage: "", lastFromMe: false, activity: minutesAgo(60 * 26), unread: false, asBuyer: true });
    }

    Component {
        id: chatComponent
        QuoteChat {
            anchors.fill: parent
            title: "Translate a poem"
            counterparty: "buyer-7f3e"
            priceText: "300 sat"
            quoteStatus: "pending"
            asBuyer: false
            canCounter: true
            counterFeeText: "Changing your quote is free on 402ai; the buyer sees the new price at once."
            maxLength: 40
            messagesModel: messages
        }
    }
    // The page's layout over fakes, for the screenshots.
    Component {
        id: fakePageComponent
        RowLayout {
            anchors.fill: parent
            spacing: 0
            property alias chat: fakeChat
            ListView {
                objectName: "fakeThreads"
                Layout.preferredWidth: 360
                Layout.fillHeight: true
                Layout.margins: Theme.spacing
                spacing: Theme.spacingSmall
                model: threads
                delegate: QuoteThreadDelegate {
                    selected: index === 0
                }
            }
            Rectangle {
                Layout.fillHeight: true
                implicitWidth: 1
                color: Theme.separator
            }
            QuoteChat {
                id: fakeChat
                Layout.fillWidth: true
                Layout.fillHeight: true
                title: "Translate a poem"
                counterparty: "buyer-7f3e"
                priceText: "300 sat"
                quoteStatus: "pending"
                quoteDescription: "Native speaker, done by tonight."
                canCounter: true
                counterFeeText: "Changing your quote is free on 402ai; the buyer sees the new price at once."
                actionText: "Your quote is now 300 sat."
                maxLength: 100000
                messagesModel: messages
            }
        }
    }
    Component {
        id: pageComponent
        QuotesPage {
            anchors.fill: parent
        }
    }
    SignalSpy { id: spy }

    TestCase {
        name: "QuotesPage"
        when: windowShown

        function init() {
            top.fill();
        }

        function cleanup() {
            Theme.scheme = Theme.System;
        }

        function child(item, name) {
            const found = findChild(item, name);
            verify(found, name);
            return found;
        }

        function makeChat(props) {
            const chat = createTemporaryObject(chatComponent, frame, props || {});
            verify(chat);
            waitForRendering(chat);
            return chat;
        }

        function test_enterSendsAndShiftEnterBreaksTheLine() {
            const chat = makeChat();
            const composer = child(chat, "composer");
            composer.forceActiveFocus();
            spy.target = chat;
            spy.signalName = "sendRequested";
            spy.clear();
            verify(!child(chat, "sendButton").enabled); // nothing typed
            keyClick(Qt.Key_Return); // an empty message is not sent
            compare(spy.count, 0);
            keyClick(Qt.Key_H);
            keyClick(Qt.Key_I);
            keyClick(Qt.Key_Return, Qt.ShiftModifier);
            keyClick(Qt.Key_X);
            compare(composer.text, "hi\nx");
            compare(spy.count, 0);
            compare(child(chat, "lengthLabel").text, "4 / 40");
            keyClick(Qt.Key_Return);
            compare(spy.count, 1);
            compare(spy.signalArguments[0][0], "hi\nx");
            chat.clearDraft();
            compare(composer.text, "");
        }

        function test_lengthLimitBlocksSending() {
            const chat = makeChat({ maxLength: 5 });
            const composer = child(chat, "composer");
            composer.text = "far too long";
            verify(chat.draftTooLong);
            verify(!child(chat, "sendButton").enabled);
            spy.target = chat;
            spy.signalName = "sendRequested";
            spy.clear();
            chat.submit();
            compare(spy.count, 0);
            compare(child(chat, "lengthLabel").color, Theme.danger);
        }

        function test_messagesShowTheirStateAndRetry() {
            const chat = makeChat();
            const list = child(chat, "messageList");
            compare(list.count, 5);
            tryVerify(() => list.itemAtIndex(3) !== null);
            const failed = list.itemAtIndex(3);
            verify(child(failed, "messageState").text.indexOf("rejected") >= 0);
            const retry = child(failed, "retryMessageButton");
            verify(retry.visible);
            spy.target = chat;
            spy.signalName = "retryRequested";
            spy.clear();
            mouseClick(retry);
            compare(spy.count, 1);
            compare(spy.signalArguments[0][0], "b");
            const pending = list.itemAtIndex(4);
            verify(child(pending, "messageState").visible);
            verify(!child(pending, "retryMessageButton").visible);
            // Someone else's message has no state and no Retry; markup is shown as text.
            const hostile = list.itemAtIndex(2);
            verify(!child(hostile, "messageState").visible);
            compare(child(hostile, "messageBody").textFormat, Text.PlainText);
            verify(child(hostile, "messageBody").text.indexOf("<img") >= 0);
        }

        function test_workerCounterOffers() {
            const chat = makeChat();
            verify(child(chat, "counterPanel").visible);
            verify(child(chat, "counterFee").text.length > 0);
            const button = child(chat, "counterButton");
            verify(!button.enabled); // no price yet
            child(chat, "counterPrice").text = "250";
            child(chat, "counterDescription").text = "Today";
            verify(button.enabled);
            spy.target = chat;
            spy.signalName = "counterOfferRequested";
            spy.clear();
            mouseClick(button);
            compare(spy.count, 1);
            compare(spy.signalArguments[0][0], "250");
            compare(spy.signalArguments[0][1], "Today");
        }

        function test_buyerSeesNoCounterOfferAndOpensTheTask() {
            const chat = makeChat({ asBuyer: true, canCounter: false });
            verify(!child(chat, "counterPanel").visible);
            compare(child(chat, "chatPrice").text, "300 sat");
            spy.target = chat;
            spy.signalName = "openTaskRequested";
            spy.clear();
            mouseClick(child(chat, "openTaskButton"));
            compare(spy.count, 1);
        }

        function test_rejectedQuoteTakesNoMessages() {
            const chat = makeChat({ canWrite: false, canCounter: false, quoteStatus: "rejected" });
            const composer = child(chat, "composer");
            verify(!composer.enabled);
            verify(!child(chat, "sendButton").enabled);
        }

        function test_threadRows() {
            const page = createTemporaryObject(fakePageComponent, frame);
            verify(page);
            waitForRendering(page);
            const list = child(page, "fakeThreads");
            compare(list.count, 3);
            tryVerify(() => list.itemAtIndex(1) !== null);
            const own = list.itemAtIndex(0);
            verify(!child(own, "unreadMark").visible);
            verify(child(own, "threadPreview").text.indexOf("Sent while offline") > 0); // "You: …"
            compare(child(own, "threadPrice").text, "300 sat");
            const unread = list.itemAtIndex(1);
            verify(child(unread, "unreadMark").visible);
            verify(unread.Accessible.name.indexOf("Summarise a PDF") >= 0);
            const empty = list.itemAtIndex(2);
            verify(child(empty, "threadPreview").text.length > 0); // "No messages yet"
        }

        function test_pageWithoutDataIsEmpty() {
            const page = createTemporaryObject(pageComponent, frame);
            verify(page);
            waitForRendering(page);
            verify(child(page, "threadsEmpty").visible);
            verify(child(page, "chatEmpty").visible);
            verify(!child(page, "quoteChat").visible);
            compare(page.inbox.threads.count, 0);
            verify(!page.inbox.hasAccount);
            page.select(1, "t1", "q1");
            verify(page.chat.visible); // a thread is chosen, even before its copy is read
            compare(page.thread.quoteId, "q1");
        }

        function test_screenshots() {
            const page = createTemporaryObject(fakePageComponent, frame);
            verify(page);
            for (const scheme of [Theme.Light, Theme.Dark]) {
                Theme.scheme = scheme;
                waitForRendering(page);
                const name = "quotes-" + (scheme === Theme.Dark ? "dark" : "light");
                verify(FeedBench.saveShot(page, name), "saved " + name);
            }
            page.destroy();
            const empty = createTemporaryObject(pageComponent, frame);
            for (const scheme of [Theme.Light, Theme.Dark]) {
                Theme.scheme = scheme;
                waitForRendering(empty);
                const name = "quotes-empty-" + (scheme === Theme.Dark ? "dark" : "light");
                verify(FeedBench.saveShot(empty, name), "saved " + name);
            }
        }
    }
}
