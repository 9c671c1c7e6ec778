// SPDX-License-Identifier: GPL-3.0-or-later
// The ProofLayer screen: the page over a real controller with no data folder (it waits), the
// registration panel in each address state, the task rows (Claim on open tasks, Submit result
// on claimed ones, hostile text as plain text), the result form over a real
// ProofLayerSubmitForm (bad JSON shows its line, Prettify, https-only proof links) and the
// worker's reputation and payouts; screenshots in light and dark.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtTest
import Lightwork
import Lightwork.Backend
import LightworkTest

Item {
    id: top
    width: 1200
    height: 820

    ThemedSurface {
        id: frame
        anchors.fill: parent
    }
    ListModel {
        id: tasks
        ListElement {
            taskId: "t1"; title: "Is https://example.org up?"; question: "Does it return 200?"
            taskType: "verify"; rewardText: "200 sat"; workerShareText: "140 sat to you"
            trustMode: "proof_required"; proofRequired: true; status: "open"; deadlineText: "No deadline"
            mine: false; postedAt: "2026-11-20T10:00:00Z"
        }
        ListElement {
            taskId: "t2"; title: "<b>Resize</b> an image <img src=\"https://evil.example/x.png\">"
            question: "Make it 512 px wide."; taskType: "execute"; rewardText: "600 sat"
            workerShareText: "420 sat to you"; trustMode: "result_only"; proofRequired: false
            status: "claimed"; deadlineText: "No deadline"; mine: true
            postedAt: "2026-11-21T08:30:00Z"
        }
    }
    ListModel {
        id: payouts
        ListElement {
            taskId: "t0"; amountText: "140 sat"; status: "paid"; statusText: "Paid"; reason: ""
            createdAt: "2026-11-21T09:00:00Z"; updatedAt: "2026-11-21T09:00:02Z"
        }
        ListElement {
            taskId: "t9"; amountText: "70 sat"; status: "failed"; statusText: "Failed"
            reason: "The address did not answer"
            createdAt: "2026-11-19T12:00:00Z"; updatedAt: "2026-11-19T12:05:00Z"
        }
    }
    Component {
        id: pageComponent
        ProofLayerPage {
            anchors.fill: parent
        }
    }
    Component {
        id: registrationComponent
        RegistrationPanel {
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.top: parent.top
            anchors.margins: Theme.margin
        }
    }
    Component {
        id: workerViewComponent
        RowLayout {
            id: view
            readonly property alias form: submitForm
            ProofLayerSubmitForm {
                id: submitForm
            }
            anchors.fill: parent
            anchors.margins: Theme.margin
            spacing: Theme.margin
            ColumnLayout {
                Layout.fillWidth: true
                Layout.fillHeight: true
                ProofLayerFilterBar {
                    objectName: "filterBar"
                    taskTypes: ["verify", "execute", "judge", "recover", "agent_to_agent"]
                    statuses: ["open", "claimed", "submitted", "completed"]
                }
                ListView {
                    objectName: "feedList"
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    model: tasks
                    delegate: ProofLayerTaskDelegate {
                        chosen: taskId === "t2"
                    }
                }
            }
            ColumnLayout {
                Layout.preferredWidth: 420
                Layout.fillHeight: true
                spacing: Theme.margin
                WorkerPanel {
                    objectName: "workerPanel"
                    Layout.fillWidth: true
                    workerId: "3f2b9c1e-0d4a-4c55-9a61-5b0e7d2f8a10"
                    workerName: "Wendy"
                    payoutAddress: "wendy@sandbox.test"
                    hasReputation: true
                    reputationText: "5.1"
                    reputationFraction: 0.51
                    tierText: "Trusted (5/10)"
                    completedJobsText: "4 completed tasks"
                    multiplierText: "Payout bonus ×1.1 above a score of 10"
                    totalEarnedText: "560 sat"
                    payoutsModel: payouts
                }
                SubmitPanel {
                    objectName: "submitPanel"
                    Layout.fillWidth: true
                    form: view.form
                }
                Item { Layout.fillHeight: true }
            }
        }
    }

    TestCase {
        name: "ProofLayerPage"
        when: windowShown

        function cleanup() {
            Theme.scheme = Theme.System;
        }

        function shoot(item, name) {
            for (const dark of [false, true]) {
                Theme.scheme = dark ? Theme.Dark : Theme.Light;
                waitForRendering(item);
                FeedBench.saveShot(top, "prooflayerpage-" + name + (dark ? "-dark" : "-light"));
            }
        }

        function typeText(field, text) {
            field.forceActiveFocus();
            field.selectAll();
            for (const ch of text)
                keyClick(ch);
        }

        function test_pageWaitsWithoutAnEngine() {
            const page = createTemporaryObject(pageComponent, frame);
            verify(page);
            waitForRendering(page);
            compare(page.controller.accountState, ProofLayerController.Loading);
            verify(findChild(page, "loadingState").visible);
            verify(!findChild(page, "refreshButton").visible);
            verify(!findChild(page, "registrationPanel").visible);
            verify(!findChild(page, "workerArea").visible);
            compare(page.controller.feed.count, 0);
            verify(page.controller.claimPriceText.length > 0);
            shoot(page, "waiting");
        }

        function test_registrationStates() {
            const panel = createTemporaryObject(registrationComponent, frame,
                                                { displayName: "Wendy" });
            verify(panel);
            const checkSpy = createTemporaryObject(signalSpy, top, { target: panel,
                                                                      signalName: "checkRequested" });
            const registerSpy = createTemporaryObject(signalSpy, top, { target: panel,
                                                                         signalName: "registerRequested" });
            const addressSpy = createTemporaryObject(signalSpy, top, { target: panel,
                                                                        signalName: "addressEdited" });
            const register = findChild(panel, "registerButton");
            verify(!register.enabled); // not checked yet
            typeText(findChild(panel, "addressField"), "ghost@example.org");
            compare(addressSpy.count, "ghost@example.org".length);
            keyClick(Qt.Key_Return);
            compare(checkSpy.count, 1);

            panel.addressState = ProofLayerController.Invalid;
            panel.addressError = "The Lightning Address ghost@example.org cannot receive payments: <b>404</b>";
            verify(findChild(panel, "addressErrorLabel").visible);
            compare(findChild(panel, "addressErrorLabel").textFormat, Text.PlainText);
            verify(!register.enabled);
            shoot(panel, "registration-invalid");

            panel.addressState = ProofLayerController.Valid;
            panel.payeeText = "Pays “wendy@sandbox.test” at sandbox.test";
            panel.payeeRangeText = "Accepts 1 to 100,000 sat per payment";
            verify(findChild(panel, "payeeLabel").visible);
            verify(!findChild(panel, "addressErrorLabel").visible);
            verify(register.enabled);
            register.clicked();
            compare(registerSpy.count, 1);
            panel.displayName = "";
            verify(!register.enabled);
            panel.displayName = "Wendy";
            shoot(panel, "registration-valid");
        }

        function test_submitFormChecksBeforeSending() {
            const view = createTemporaryObject(workerViewComponent, frame);
            verify(view);
            const form = view.form;
            waitForRendering(view);
            const submit = findChild(view, "submitButton");
            verify(!submit.enabled); // no task chosen
            form.taskId = "t2";
            form.taskTitle = "Resize an image";
            verify(submit.enabled);

            const editor = findChild(view, "answerEditor");
            editor.text = "{\n  \"answer\": \"yes\",\n}";
            compare(form.answerText, editor.text);
            const error = findChild(view, "answerErrorLabel");
            verify(error.visible);
            verify(error.text.indexOf("3") >= 0, error.text);
            compare(form.answerErrorLine, 3);
            verify(!submit.enabled);
            verify(!findChild(view, "prettifyButton").enabled);

            editor.text = "{\"answer\":\"yes\",\"notes\":\"512 px\"}";
            verify(!error.visible);
            findChild(view, "prettifyButton").clicked();
            compare(editor.text, "{\n  \"answer\": \"yes\",\n  \"notes\": \"512 px\"\n}");

            const proof = findChild(view, "proofUrlField");
            typeText(proof, "http://example.org/p.png");
            verify(findChild(view, "proofUrlErrorLabel").visible);
            verify(!submit.enabled);
            typeText(proof, "https://example.org/p.png");
            verify(!findChild(view, "proofUrlErrorLabel").visible);
            verify(submit.enabled);

            const slider = findChild(view, "confidenceSlider");
            slider.forceActiveFocus();
            const before = form.confidence;
            keyClick(Qt.Key_Right);
            verify(form.confidence > before);
            verify(form.confidence <= 1);

            form.proofRequired = true;
            typeText(proof, "");
            proof.clear();
            form.proofUrl = "";
            verify(findChild(view, "proofUrlErrorLabel").visible);
            verify(!submit.enabled);
            form.proofUrl = "https://example.org/p.png";
            shoot(view, "worker");
        }

        function test_taskRowsOfferTheirAction() {
            const view = createTemporaryObject(workerViewComponent, frame);
            const list = findChild(view, "feedList");
            tryCompare(list, "count", 2);
            waitForRendering(view);
            tryVerify(() => list.itemAtIndex(1) !== null);
            const open = list.itemAtIndex(0);
            const mine = list.itemAtIndex(1);
            verify(findChild(open.contentItem, "claimButton").visible);
            verify(!findChild(open.contentItem, "submitResultButton").visible);
            verify(!findChild(mine.contentItem, "claimButton").visible);
            verify(findChild(mine.contentItem, "submitResultButton").visible);
            const claimSpy = createTemporaryObject(signalSpy, top, { target: open,
                                                                      signalName: "claimRequested" });
            findChild(open.contentItem, "claimButton").clicked();
            compare(claimSpy.count, 1);
            compare(claimSpy.signalArguments[0][0], "t1");
            verify(mine.title.indexOf("<b>") === 0); // shown as typed, not as markup
            verify(mine.Accessible.name.indexOf("execute") >= 0);
            const payoutList = findChild(view, "payoutList");
            compare(payoutList.count, 2);
        }

        Component {
            id: signalSpy
            SignalSpy {}
        }
    }
}
