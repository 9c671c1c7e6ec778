// SPDX-License-Identifier: GPL-3.0-or-later
// The Wallet page with no data folder: every kind offered by name with the fields it needs,
// the secret typed into a password field and never read back, Save disabled until a test
// passes (a failed test says why), the empty lists, and "Pay an invoice…" opening the Pay
// dialog empty; the balance section first. Screenshots in light and dark.
import QtQuick
import QtQuick.Controls
import QtTest
import Lightwork
import Lightwork.Backend
import LightworkTest

Item {
    id: top
    width: 1024
    height: 1000

    ThemedSurface {
        id: frame
        anchors.fill: parent
    }
    Component {
        id: pageComponent
        WalletPage {
            anchors.fill: parent
        }
    }

    TestCase {
        name: "WalletPage"
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

        function shoot(page, name) {
            for (const dark of [false, true]) {
                Theme.scheme = dark ? Theme.Dark : Theme.Light;
                waitForRendering(page);
                FeedBench.saveShot(top, "walletpage-" + name + (dark ? "-dark" : "-light"));
            }
        }

        function typeText(field, text) {
            field.forceActiveFocus();
            for (const ch of text)
                keyClick(ch);
        }

        function choose(box, index) {
            box.forceActiveFocus();
            box.currentIndex = index;
            box.activated(index);
        }

        function test_everyKindIsOfferedWithItsFields() {
            const page = makePage();
            const box = findChild(page, "kindBox");
            compare(box.count, 6);
            const names = [];
            for (let i = 0; i < box.count; ++i)
                names.push(box.textAt(i));
            compare(names, ["phoenixd", "LND", "Core Lightning", "LNbits", "Nostr Wallet Connect",
                            "Phone (QR)"]);
            compare(page.setup.kinds.length, 6);
            for (let i = 0; i < box.count; ++i) {
                choose(box, i);
                compare(page.setup.kind, page.setup.kinds[i]);
                compare(findChild(page, "urlField").visible, page.setup.needsUrl);
                compare(findChild(page, "secretField").visible, page.setup.needsSecret);
                compare(findChild(page, "certificateField").visible, page.setup.takesCertificate);
            }
            // LND takes a certificate; a phone needs no address and no secret.
            choose(box, 1);
            verify(findChild(page, "certificateField").visible);
            choose(box, 5);
            verify(!findChild(page, "urlField").visible);
            verify(!findChild(page, "secretField").visible);
            for (const name of ["kindBox", "networkBox", "receiveOnlyBox", "testButton", "nameField",
                                "makeDefaultBox", "saveButton", "payInvoiceButton"]) {
                const control = findChild(page, name);
                verify(control, name);
                verify(control.Accessible.name.length > 0, name);
            }
        }

        function test_secretIsHiddenAndSaveWaitsForAPassingTest() {
            const page = makePage();
            choose(findChild(page, "kindBox"), 0); // phoenixd
            const save = findChild(page, "saveButton");
            const test = findChild(page, "testButton");
            verify(!save.enabled);
            verify(!test.enabled); // nothing filled in
            verify(findChild(page, "saveHint").visible);

            typeText(findChild(page, "urlField"), "http://localhost:9740");
            compare(page.setup.url, "http://localhost:9740");
            const secret = findChild(page, "secretField");
            compare(secret.echoMode, TextInput.Password);
            typeText(secret, "hunter22");
            verify(page.setup.hasSecret);
            compare(page.setup.secret, ""); // never read back
            verify(secret.displayText !== "hunter22");
            verify(secret.displayText.indexOf("hunter") < 0);
            typeText(findChild(page, "nameField"), "My node");
            verify(test.enabled);
            verify(!save.enabled); // named, filled in, but not tested
            shoot(page, "form");

            // No data folder here: the test fails with a reason, and Save stays disabled.
            mouseClick(test);
            tryCompare(page.setup, "state", WalletSetup.Failed);
            const error = findChild(page, "testError");
            verify(error.visible);
            const why = findChild(error, "errorText").text;
            verify(why.length > 0);
            verify(page.setup.errorText.length === 0 || why === page.setup.errorText);
            verify(why.indexOf("hunter22") < 0); // the secret is never shown back
            verify(!save.enabled);
            verify(!findChild(page, "testResult").visible);
            shoot(page, "failed-test");
        }

        function test_emptyListsAndPayButton() {
            const page = makePage();
            verify(findChild(page, "noWallets").visible);
            verify(findChild(page, "noPayments").visible);
            compare(page.wallets.count, 0);
            shoot(page, "empty");
            mouseClick(findChild(page, "payInvoiceButton"));
            const dialog = page.payDialog;
            tryVerify(() => dialog.opened);
            verify(!dialog.confirming);
            compare(dialog.flowState, PayFlow.Idle);
            const field = findChild(dialog.contentItem, "requestField");
            verify(field.visible);
            compare(field.text, "");
            keyClick(Qt.Key_Escape);
            tryVerify(() => !dialog.visible);
        }

        function test_balanceSectionComesFirst() {
            const page = makePage();
            const section = findChild(page, "balanceSection");
            verify(section && section.visible);
            // Above the connections, right under the title.
            verify(section.mapToItem(page, 0, 0).y < findChild(page, "connectionsSection").mapToItem(page, 0, 0).y);
            compare(page.balance.state, WalletBalance.NoWallet);
            compare(findChild(page, "balanceLabel").text, "–");
            verify(findChild(page, "balanceLabel").Accessible.name.length > 0);
            const refresh = findChild(page, "refreshBalanceButton");
            verify(refresh.visible && !refresh.enabled); // no wallet to ask
            verify(!findChild(page, "balanceRefreshed").visible);
            verify(!findChild(page, "balanceError").visible);
            verify(!findChild(page, "autoTopUpStatus").visible); // off by default
            verify(!findChild(page, "balanceWalletBox").visible); // one wallet or none
        }
    }
}
