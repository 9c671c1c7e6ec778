// SPDX-License-Identifier: GPL-3.0-or-later
// The delivery panel over stand-ins for its DeliveryController: the worker picks a file,
// writes notes, delivers, watches progress and stops, and retries after an error; the buyer
// sees the deliveries as plain text and gets Save as only for served content. A real
// controller without a session keeps the panel hidden. Screenshots in light and dark.
import QtQuick
import QtQuick.Controls
import QtTest
import Lightwork
import Lightwork.Backend
import LightworkTest

Item {
    id: top
    width: 760
    height: 820

    ThemedSurface {
        id: frame
        anchors.fill: parent
    }
    ListModel {
        id: noDeliveries
    }
    ListModel {
        id: served
        ListElement {
            deliveryId: "d1"; fileName: "summary <b>final</b>.txt"; safeName: "summary _b_final__b_.txt"
            notes: "Two paragraphs, as asked.\n<img src=\"https://evil.example/x.png\">"
            created: ""; sizeBytes: 482113; sizeText: "470.8 KiB"
            sha256: "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"
            hasContent: true; mine: false; savedPath: ""; saveCheck: 0
        }
    }
    ListModel {
        id: listed
        ListElement {
            deliveryId: "d2"; fileName: "report.pdf"; safeName: "report.pdf"; notes: ""
            created: ""; sizeBytes: -1; sizeText: ""; sha256: ""; hasContent: false
            mine: true; savedPath: ""; saveCheck: 0
        }
    }
    Component {
        id: fakeComponent
        QtObject {
            id: fake
            property int state: 2
            property string errorText: ""
            property bool isBuyer: false
            property bool canDeliver: true
            property bool contentServed: false
            property string saveText: ""
            property var deliveries: noDeliveries
            property var calls: []
            property QtObject upload: QtObject {
                property int state: 0
                property string fileName: ""
                property string fileSizeText: ""
                property string sha256: ""
                property string notes: ""
                property real progress: 0
                property string progressText: ""
                property string capText: "At most 3 MB"
                property string errorText: ""
                property string resultText: ""
                property bool canDeliver: fileName.length > 0 && (state === 2 || state === 5)
                function clearFile() { fake.calls.push("clear"); fileName = ""; state = 0; }
            }
            signal delivered()
            function reload() { calls.push("reload"); }
            function setFile(url) {
                calls.push("setFile " + url);
                upload.fileName = "summary.txt";
                upload.fileSizeText = "470.8 KiB";
                upload.sha256 = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
                upload.state = 2;
                return true;
            }
            function deliver() { calls.push("deliver"); upload.state = 3; }
            function cancel() { calls.push("cancel"); upload.state = 2; }
            function proposedSaveUrl(row) { return "file:///tmp/" + deliveries.get(row).safeName; }
            function saveDelivery(row, url) { calls.push("save " + row); return true; }
        }
    }
    Component {
        id: panelComponent
        Item {
            property alias panel: thePanel
            anchors.fill: parent
            DeliveryPanel {
                id: thePanel
                anchors.left: parent.left
                anchors.right: parent.right
                anchors.top: parent.top
                anchors.margins: 24
            }
        }
    }
    Component {
        id: realController
        DeliveryController {}
    }

    TestCase {
        name: "DeliveryPanel"
        when: windowShown

        function cleanup() {
            Theme.scheme = Theme.System;
        }

        function child(item, name) {
            const found = findChild(item, name);
            verify(found, name);
            return found;
        }

        function makePanel(controllerProps) {
            const controller = createTemporaryObject(fakeComponent, top, controllerProps || {});
            verify(controller);
            const holder = createTemporaryObject(panelComponent, frame);
            verify(holder);
            holder.panel.controller = controller;
            waitForRendering(holder);
            return { holder: holder, panel: holder.panel, controller: controller };
        }

        function test_workerPicksAndDelivers() {
            const t = makePanel();
            const panel = t.panel;
            verify(panel.visible);
            verify(child(panel, "uploadSection").visible);
            verify(child(panel, "dropZone").visible);
            verify(!child(panel, "fileInfo").visible);
            const deliver = child(panel, "deliverButton");
            verify(!deliver.enabled); // no file yet
            verify(child(panel, "chooseFileButton").Accessible.name.length > 0);

            verify(t.controller.setFile("file:///tmp/summary.txt"));
            waitForRendering(panel);
            verify(child(panel, "fileInfo").visible);
            compare(child(panel, "uploadFileName").text, "summary.txt");
            compare(child(panel, "uploadFileSize").text, "470.8 KiB");
            compare(child(panel, "uploadSha256").text.length, 64);

            const notes = child(panel, "notesField");
            notes.forceActiveFocus();
            for (const c of "Done")
                keyClick(c);
            compare(t.controller.upload.notes, "Done");

            verify(deliver.enabled);
            mouseClick(deliver);
            compare(t.controller.calls[t.controller.calls.length - 1], "deliver");
            // Uploading: progress and Stop; no second Deliver, notes locked.
            t.controller.upload.progress = 0.4;
            t.controller.upload.progressText = "188 KiB of 470.8 KiB sent";
            waitForRendering(panel);
            verify(child(panel, "uploadProgress").visible);
            compare(child(panel, "uploadProgressBar").value, 0.4);
            verify(!child(panel, "dropZone").visible);
            verify(!deliver.visible);
            verify(!notes.enabled);
            mouseClick(child(panel, "cancelUploadButton"));
            compare(t.controller.calls[t.controller.calls.length - 1], "cancel");
            compare(child(panel, "uploadFileName").text, "summary.txt"); // kept
        }

        function test_errorKeepsFileAndRetries() {
            const t = makePanel();
            t.controller.setFile("file:///tmp/summary.txt");
            t.controller.upload.notes = "Summary attached";
            t.controller.upload.state = 5;
            t.controller.upload.errorText = "The delivery did not go through: connection refused";
            waitForRendering(t.panel);
            const banner = child(t.panel, "uploadError");
            verify(banner.visible);
            compare(child(t.panel, "uploadFileName").text, "summary.txt");
            compare(child(t.panel, "notesField").text, "Summary attached");
            mouseClick(child(banner, "retryButton"));
            compare(t.controller.calls[t.controller.calls.length - 1], "deliver");
            child(t.panel, "removeFileButton"); // offered while not uploading
        }

        function test_buyerSavesServedContent() {
            const t = makePanel({ isBuyer: true, canDeliver: false, contentServed: true,
                                  deliveries: served });
            const panel = t.panel;
            verify(panel.visible);
            verify(!child(panel, "uploadSection").visible);
            const repeater = child(panel, "deliveryRepeater");
            compare(repeater.count, 1);
            const row = repeater.itemAt(0);
            const name = child(row, "deliveryFileName");
            compare(name.textFormat, Text.PlainText);
            compare(name.text, "summary <b>final</b>.txt");
            compare(child(row, "deliveryNotes").textFormat, Text.PlainText);
            verify(child(row, "deliverySha256").text.indexOf(served.get(0).sha256) >= 0);
            const save = child(row, "saveAsButton");
            verify(save.visible);
            verify(!child(panel, "noContentNote").visible);
            t.controller.saveText = "Saved as /tmp/summary.txt. Its SHA-256 matches the delivery.";
            waitForRendering(panel);
            verify(child(panel, "saveResult").visible);
        }

        function test_listedWithoutContent() {
            const t = makePanel({ isBuyer: true, canDeliver: false, deliveries: listed });
            const row = child(t.panel, "deliveryRepeater").itemAt(0);
            verify(!child(row, "saveAsButton").visible);
            verify(child(t.panel, "noContentNote").visible);
            verify(child(row, "deliverySha256").text.indexOf("not known") >= 0);
            // The worker sees their own past delivery, never Save as.
            const w = makePanel({ isBuyer: false, canDeliver: false, deliveries: listed });
            verify(w.panel.visible);
            verify(!child(w.panel, "uploadSection").visible);
            verify(!child(child(w.panel, "deliveryRepeater").itemAt(0), "saveAsButton").visible);
        }

        function test_hiddenWithoutAnything() {
            const holder = createTemporaryObject(panelComponent, frame);
            verify(!holder.panel.visible); // no controller
            const real = createTemporaryObject(realController, top);
            holder.panel.controller = real;
            real.taskId = "t1";
            wait(50);
            compare(real.state, DeliveryController.Idle);
            verify(!holder.panel.visible);
            verify(!real.upload.canDeliver);
            verify(!real.setFile("https://example.com/x"));
            verify(real.upload.errorText.length > 0);
        }

        function test_screenshots() {
            const w = makePanel();
            w.controller.setFile("file:///tmp/summary.txt");
            w.controller.upload.notes = "Two paragraphs, plain text, as asked.";
            for (const scheme of [Theme.Light, Theme.Dark]) {
                Theme.scheme = scheme;
                waitForRendering(w.holder);
                const name = "delivery-worker-" + (scheme === Theme.Dark ? "dark" : "light");
                verify(FeedBench.saveShot(w.holder, name), "saved " + name);
            }
            w.controller.upload.state = 3;
            w.controller.upload.progress = 0.4;
            w.controller.upload.progressText = "188 KiB of 470.8 KiB sent";
            for (const scheme of [Theme.Light, Theme.Dark]) {
                Theme.scheme = scheme;
                waitForRendering(w.holder);
                const name = "delivery-uploading-" + (scheme === Theme.Dark ? "dark" : "light");
                verify(FeedBench.saveShot(w.holder, name), "saved " + name);
            }
            w.holder.destroy();
            const b = makePanel({ isBuyer: true, canDeliver: false, contentServed: true,
                                  deliveries: served,
                                  saveText: "Saved as /home/me/Downloads/summary _b_final__b_.txt. Its SHA-256 matches the delivery." });
            for (const scheme of [Theme.Light, Theme.Dark]) {
                Theme.scheme = scheme;
                waitForRendering(b.holder);
                const name = "delivery-buyer-" + (scheme === Theme.Dark ? "dark" : "light");
                verify(FeedBench.saveShot(b.holder, name), "saved " + name);
            }
        }
    }
}
