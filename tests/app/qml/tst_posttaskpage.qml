// SPDX-License-Identifier: GPL-3.0-or-later
// The Post a task page over a real PostTaskForm with no data folder: every control named for
// screen readers, the fee shown before paying, each field's error under it once touched (and
// all of them after a submit attempt), nothing posted without an account, and screenshots in
// light and dark.
import QtQuick
import QtQuick.Controls
import QtTest
import Lightwork
import Lightwork.Backend
import LightworkTest

Item {
    id: top
    width: 1024
    height: 900

    ThemedSurface {
        id: frame
        anchors.fill: parent
    }
    Component {
        id: pageComponent
        PostTaskPage {
            anchors.fill: parent
            form: PostTaskForm {}
        }
    }

    TestCase {
        name: "PostTaskPage"
        when: windowShown

        function cleanup() {
            Theme.scheme = Theme.System;
        }

        function makePage() {
            const page = createTemporaryObject(pageComponent, frame);
            verify(page);
            waitForRendering(page);
            return page;
        }

        function child(item, name) {
            const found = findChild(item, name);
            verify(found, name);
            return found;
        }

        function typeInto(field, text) {
            field.forceActiveFocus();
            keySequence(StandardKey.SelectAll);
            keyClick(Qt.Key_Delete);
            for (const c of text)
                keyClick(c);
        }

        function test_everyControlHasAnAccessibleName() {
            const page = makePage();
            for (const name of ["titleField", "descriptionField", "budgetField", "payBalance",
                                "payWallet", "submitButton"]) {
                const control = child(page, name);
                verify(control.Accessible.name.length > 0, name);
            }
            // No data folder, so no account: said so, and nothing can be posted.
            verify(child(page, "noAccount").visible);
            verify(!child(page, "submitButton").enabled);
            // ProofLayer needs a ProofLayer account: its fields stay hidden.
            verify(!child(page, "proofLayerFields").visible);
        }

        function test_feeIsShownBeforePaying() {
            const page = makePage();
            const fee = child(page, "feeText");
            verify(fee.visible);
            verify(fee.text.indexOf("50 sat") >= 0, fee.text);
        }

        function test_fieldErrorsShowOnceTouched() {
            const page = makePage();
            const titleError = child(page, "titleError");
            const budgetError = child(page, "budgetError");
            verify(!titleError.visible);
            verify(!budgetError.visible);

            typeInto(child(page, "titleField"), "Logo");
            compare(page.form.title, "Logo");
            verify(!titleError.visible);
            typeInto(child(page, "titleField"), "");
            tryVerify(() => titleError.visible);
            verify(titleError.text.length > 0);

            typeInto(child(page, "budgetField"), "0");
            compare(page.form.budget, "0");
            tryVerify(() => budgetError.visible);
            typeInto(child(page, "budgetField"), "20000"); // above the 10 000 sat cap
            tryVerify(() => budgetError.text.indexOf("10000") >= 0);
            typeInto(child(page, "budgetField"), "500");
            tryVerify(() => !budgetError.visible);
            verify(!child(page, "descriptionError").visible); // still untouched
        }

        function test_submitAttemptShowsEveryError() {
            const page = makePage();
            page.form.submit();
            tryVerify(() => child(page, "titleError").visible);
            verify(child(page, "descriptionError").visible);
            verify(child(page, "budgetError").visible);
            compare(page.form.state, PostTaskForm.Idle); // nothing was posted
            verify(!child(page, "busyIndicator").visible);
        }

        function test_payByWallet() {
            const page = makePage();
            const wallet = child(page, "payWallet");
            verify(child(page, "payBalance").checked);
            mouseClick(wallet);
            compare(page.form.payBy, PostTaskForm.Wallet);
            verify(wallet.checked);
        }

        function test_screenshots() {
            const page = makePage();
            page.form.title = "Translate a poem into Spanish";
            page.form.description = "Keep the rhyme.\nAbout 20 lines.";
            page.form.budget = "0"; // one inline error in the shot
            for (const scheme of [Theme.Light, Theme.Dark]) {
                Theme.scheme = scheme;
                waitForRendering(page);
                const name = "posttask-" + (scheme === Theme.Dark ? "dark" : "light");
                verify(FeedBench.saveShot(page, name), "saved " + name);
            }
        }
    }
}
