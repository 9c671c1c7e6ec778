// SPDX-License-Identifier: GPL-3.0-or-later
// The Tools screen: the view over small fakes (a catalogue, a form of every simple kind, a
// finished run with an image, a failed run with a refund to claim, the market's questions
// answered from the keyboard; hostile text shown as plain text), the page over a real
// ToolsController without a session, and screenshots in light and dark.
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
        id: catalog
        ListElement {
            slug: "translate-text"; name: "translate-text"; priceText: "2 sat"; async: false
            description: "Translate text into another language."
        }
        ListElement {
            slug: "generate-image"; name: "generate-image"; priceText: "100 sat"; async: true
            description: "Image from a text prompt (asynchronous)."
        }
        ListElement {
            slug: "evil"; name: "<b>Bold</b> <img src=\"https://evil.example/x.png\">"
            priceText: "1–10 sat"; async: false; description: "<a href=\"x\">click</a>"
        }
    }
    ListModel {
        id: fields
        dynamicRoles: true
    }
    ListModel {
        id: runs
        dynamicRoles: true
    }
    ListModel {
        id: questions
        dynamicRoles: true
    }
    Component {
        id: viewComponent
        ToolsView {
            anchors.fill: parent
            marketName: "Sats4AI (Lightwork sandbox)"
            catalogModel: catalog
            formModel: fields
            runsModel: runs
            runCount: runs.count
        }
    }
    Component {
        id: pageComponent
        ToolsPage {
            anchors.fill: parent
        }
    }
    SignalSpy { id: spy }

    TestCase {
        name: "ToolsPage"
        when: windowShown

        readonly property string png: "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAABAAAAAQCAIAAACQkWg2AAAAN0lEQVR42mOQltciCTFQQcP3yVJwREADslJc2hgIqkbTQ64G/KqR9QxeDbQPJXIijpykQZPUCgDw0fABVKD4ggAAAABJRU5ErkJggg=="

        function init() {
            fields.clear();
            fields.append({ kind: "longtext", label: "Text", help: "Text to translate",
                            isRequired: true, value: "", options: [], maxLength: 5000,
                            errorText: "Required." });
            fields.append({ kind: "text", label: "Target language", help: "ISO 639-1 code, e.g. es",
                            isRequired: true, value: "fr", options: [], maxLength: 5,
                            errorText: "" });
            fields.append({ kind: "integer", label: "Duration minutes", help: "",
                            isRequired: false, value: "3", options: [], maxLength: 0,
                            errorText: "At most 10." });
            fields.append({ kind: "boolean", label: "Loud", help: "Speak up",
                            isRequired: false, value: true, options: [], maxLength: 0,
                            errorText: "" });
            fields.append({ kind: "json", label: "Extra", help: "Anything else, as JSON",
                            isRequired: false, value: "{\"a\": 1}", options: [], maxLength: 0,
                            errorText: "" });
            runs.clear();
            runs.append({ tool: "translate-text", status: "finished", statusText: "Finished",
                          amountText: "2 sat", when: new Date(), note: "", journalId: 7 });
            runs.append({ tool: "generate-text", status: "refund_pending",
                          statusText: "Refund to claim", amountText: "10 sat",
                          when: new Date(Date.now() - 3600 * 1000), note: "SERVICE_ERROR",
                          journalId: 8 });
            questions.clear();
            questions.append({ question: "What date should the call be about?", answer: "Friday",
                               errorText: "" });
            questions.append({ question: "What time would you prefer?", answer: "",
                               errorText: "Answer this question." });
            questions.append({ question: "<b>How many</b> people? \\u{202e}", answer: "",
                               errorText: "" });
        }

        function cleanup() {
            Theme.scheme = Theme.System;
        }

        function makeView(props) {
            const view = createTemporaryObject(viewComponent, frame, props || {});
            verify(view);
            waitForRendering(view);
            return view;
        }

        // Pressed from the keyboard: the control may be scrolled out of the window.
        function press(item) {
            verify(item.visible);
            item.forceActiveFocus();
            keyClick(Qt.Key_Space);
        }

        function shoot(item, name) {
            for (const dark of [false, true]) {
                Theme.scheme = dark ? Theme.Dark : Theme.Light;
                waitForRendering(item);
                FeedBench.saveShot(top, "toolspage-" + name + (dark ? "-dark" : "-light"));
            }
        }

        function test_catalogueSearchAndChoice() {
            const view = makeView({});
            const list = findChild(view, "toolList");
            verify(list);
            compare(list.count, 3);
            spy.target = view;
            spy.signalName = "toolChosen";
            spy.clear();
            list.currentIndex = 1;
            const row = list.currentItem;
            verify(row);
            mouseClick(row);
            compare(spy.count, 1);
            compare(spy.signalArguments[0][0], "generate-image");
            // Hostile names are shown as text.
            list.currentIndex = 2;
            compare(list.currentItem.name, "<b>Bold</b> <img src=\"https://evil.example/x.png\">");
            spy.signalName = "searchEdited";
            spy.clear();
            const search = findChild(view, "toolSearch");
            search.forceActiveFocus();
            keyClick(Qt.Key_I);
            compare(spy.count, 1);
            compare(spy.signalArguments[0][0], "i");
            const empty = makeView({ selectedSlug: "" });
            verify(findChild(empty, "toolRunPane").visible === false);
        }

        function test_formDrawsEachKindAndSendsEdits() {
            const view = makeView({ selectedSlug: "translate-text", selectedName: "translate-text",
                                    priceText: "2 sat", canRun: true,
                                    priceSourceText: "The market's estimate." });
            verify(findChild(view, "toolArea_0").visible);
            verify(findChild(view, "toolField_1").visible);
            compare(findChild(view, "toolField_1").text, "fr");
            verify(!findChild(view, "toolField_3").visible);
            verify(findChild(view, "toolField_2").visible);
            verify(findChild(view, "toolSwitch_3").visible);
            verify(findChild(view, "toolSwitch_3").checked);
            verify(findChild(view, "toolArea_4").visible);
            compare(findChild(view, "toolArea_4").text, "{\"a\": 1}");
            spy.target = view;
            spy.signalName = "fieldEdited";
            spy.clear();
            const field = findChild(view, "toolField_1");
            field.forceActiveFocus();
            keyClick(Qt.Key_R);
            compare(spy.count, 1);
            compare(spy.signalArguments[0][0], 1);
            compare(spy.signalArguments[0][1], "frr");
            spy.clear();
            press(findChild(view, "toolSwitch_3"));
            compare(spy.count, 1);
            compare(spy.signalArguments[0][1], false);
            const run = findChild(view, "runToolButton");
            compare(run.text, "Pay 2 sat and run");
            spy.signalName = "runRequested";
            spy.clear();
            press(run);
            compare(spy.count, 1);
            shoot(view, "form");
        }

        function test_resultTextAndImage() {
            const view = makeView({
                selectedSlug: "generate-image", selectedName: "generate-image",
                selectedDescription: "Image from a text prompt (asynchronous).",
                selectedAsync: true, priceText: "100 sat", running: false,
                runStatusText: "Done. Paid 100 sat.", elapsedText: "4 s",
                resultText: "<b>not bold</b>\nhttp://127.0.0.1/api/l402/files/1.png",
                resultImage: png });
            const image = findChild(view, "toolResultImage");
            verify(image.visible);
            tryCompare(image, "status", Image.Ready);
            compare(image.sourceSize.width, 16);
            const text = findChild(view, "toolResultText");
            compare(text.textFormat, TextEdit.PlainText);
            compare(text.text, "<b>not bold</b>\nhttp://127.0.0.1/api/l402/files/1.png");
            spy.target = view;
            spy.signalName = "copyRequested";
            spy.clear();
            press(findChild(view, "copyResultButton"));
            compare(spy.count, 1);
            verify(!findChild(view, "claimRefundButton").visible);
            shoot(view, "image");
        }

        function test_failedRunOffersItsRefund() {
            const failed = makeView({
                selectedSlug: "generate-text", selectedName: "generate-text",
                runStatusText: "The tool failed (SERVICE_ERROR). Paid 10 sat.",
                resultText: "Upstream model unavailable", canClaimRefund: true,
                refundText: "Refund offered: 10 sat for charge 42." });
            const claim = findChild(failed, "claimRefundButton");
            verify(claim.visible);
            spy.target = failed;
            spy.signalName = "refundRequested";
            spy.clear();
            press(claim);
            compare(spy.count, 1);
            const flick = findChild(failed, "toolDetailFlick");
            flick.contentY = Math.max(0, flick.contentHeight - flick.height);
            shoot(failed, "refund");
            // A past run's refund is claimed from the recent runs.
            const list = findChild(failed, "toolRuns");
            compare(list.count, 2);
            const later = findChild(list.itemAtIndex(1), "claimLaterButton");
            verify(later.visible);
            verify(!findChild(list.itemAtIndex(0), "claimLaterButton").visible);
            spy.signalName = "laterRefundRequested";
            spy.clear();
            press(later);
            compare(spy.count, 1);
            compare(spy.signalArguments[0][0], 8);
        }

        function test_questionsAreAnsweredFromTheKeyboard() {
            const view = makeView({
                selectedSlug: "ai-call", selectedName: "ai-call", formModel: null,
                selectedDescription: "AI voice agent phone call.", priceText: "100 sat",
                runStatusText: "The market asks for more details first. Answering costs nothing "
                               + "more. Paid 100 sat.",
                questionsModel: questions, questionCount: questions.count,
                questionsMessage: "Task is missing some details.", canSendAnswers: true,
                answersErrorText: "Answer every question first." });
            const pane = findChild(view, "toolQuestionsPane");
            verify(pane.visible);
            compare(findChild(view, "toolQuestions").count, 3);
            const hostile = findChild(view, "toolQuestion_2");
            compare(hostile.textFormat, Text.PlainText);
            compare(hostile.text, "<b>How many</b> people? \\u{202e}");
            const first = findChild(view, "toolAnswer_0");
            const second = findChild(view, "toolAnswer_1");
            compare(first.text, "Friday");
            compare(second.Accessible.name, "What time would you prefer?");
            compare(second.Accessible.description, "Answer this question.");
            const error = findChild(view, "toolAnswersError");
            verify(error.visible);
            compare(error.text, "Answer every question first.");
            compare(error.textFormat, Text.PlainText);
            // Typed answers go out row by row; Tab moves on to the next question.
            spy.target = view;
            spy.signalName = "answerEdited";
            spy.clear();
            first.forceActiveFocus();
            keyClick(Qt.Key_Tab);
            verify(second.activeFocus);
            keyClick(Qt.Key_8);
            compare(spy.count, 1);
            compare(spy.signalArguments[0][0], 1);
            compare(spy.signalArguments[0][1], "8");
            // Return in an answer, or the button, sends them.
            spy.signalName = "answersRequested";
            spy.clear();
            keyClick(Qt.Key_Return);
            compare(spy.count, 1);
            const send = findChild(view, "toolAnswersSend");
            compare(send.text, "Send answers");
            verify(send.enabled);
            press(send);
            compare(spy.count, 2);
            shoot(view, "questions");
            // While they are on their way nothing more can be sent or typed.
            view.running = true;
            verify(!send.enabled);
            verify(!second.enabled);
            view.running = false;
            view.canSendAnswers = false;
            verify(!send.enabled);
            view.questionCount = 0;
            verify(!pane.visible);
        }

        function test_pageWithoutSession() {
            const page = createTemporaryObject(pageComponent, frame);
            verify(page);
            compare(page.controller.state, ToolsController.Idle);
            compare(page.runCount, 0);
            compare(findChild(page, "toolList").count, 0);
            verify(!findChild(page, "runToolButton").enabled);
            page.controller.selectTool("nothing"); // no catalogue: ignored
            compare(page.selectedSlug, "");
            page.controller.run(); // nothing chosen: nothing happens
            compare(page.controller.runState, ToolsController.None);
            compare(page.controller.questions.count, 0);
            verify(!findChild(page, "toolQuestionsPane").visible);
            verify(!page.controller.canSendAnswers);
            page.controller.sendAnswers(); // nothing was asked: nothing happens
            compare(page.controller.runState, ToolsController.None);
            compare(page.controller.answersErrorText, "");
        }
    }
}
