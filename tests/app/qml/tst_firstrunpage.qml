// SPDX-License-Identifier: GPL-3.0-or-later
// The first-run page in each keychain and set-up state: what is offered, what is enabled,
// which intent each button (and Enter) sends, and that every button has a name.
import QtQuick
import QtQuick.Controls
import QtTest
import Lightwork

Item {
    id: top
    width: 960
    height: 640

    ThemedSurface {
        id: frame
        anchors.fill: parent
    }
    Component {
        id: pageComponent
        FirstRunPage {
            anchors.fill: parent
            appName: "Lightwork"
            versionText: "Version 0.1.0"
            tagline: "Work, hire and pay"
        }
    }
    SignalSpy { id: sandboxSpy; signalName: "trySandboxRequested" }
    SignalSpy { id: connectSpy; signalName: "connectOwnRequested" }
    SignalSpy { id: retrySpy; signalName: "retryKeychainRequested" }
    SignalSpy { id: sessionSpy; signalName: "sessionOnlyRequested" }

    TestCase {
        name: "FirstRunPage"
        when: windowShown

        function make(props) {
            const page = createTemporaryObject(pageComponent, frame, props);
            verify(page);
            for (const spy of [sandboxSpy, connectSpy, retrySpy, sessionSpy]) {
                spy.target = page;
                spy.clear();
            }
            return page;
        }

        function child(page, name) {
            const item = findChild(page, name);
            verify(item, name);
            return item;
        }

        function shown(item) {
            return item.visible && item.width > 0 && item.height > 0;
        }

        function test_available_sandboxIsTheDefaultAndEnterStartsIt() {
            const page = make({ keychainState: FirstRunPage.Available, sandboxAvailable: true,
                                setupState: FirstRunPage.NeedsSetup });
            const sandbox = child(page, "trySandboxButton");
            const connect = child(page, "connectOwnButton");
            page.forceActiveFocus();
            tryVerify(() => sandbox.activeFocus, 1000, "Try the sandbox has the keyboard");
            verify(sandbox.enabled && connect.enabled);
            verify(!shown(child(page, "retryKeychainButton")));
            verify(!shown(child(page, "setupError")));

            keyClick(Qt.Key_Return);
            compare(sandboxSpy.count, 1);
            keyClick(Qt.Key_Enter);
            compare(sandboxSpy.count, 2);
            mouseClick(sandbox);
            compare(sandboxSpy.count, 3);
            mouseClick(connect);
            compare(connectSpy.count, 1);
            compare(sandboxSpy.count, 3);

            compare(sandbox.Accessible.name, "Try the sandbox");
            compare(connect.Accessible.name, "Connect my market and wallet");
            compare(child(page, "appName").text, "Lightwork");
            compare(child(page, "appVersion").text, "Version 0.1.0");
        }

        function test_missing_explainsAndOffersRetryAndSessionOnly() {
            const page = make({ keychainState: FirstRunPage.Missing, sandboxAvailable: true,
                                keychainMessage: "The keyring is locked.",
                                setupState: FirstRunPage.Starting });
            const retry = child(page, "retryKeychainButton");
            const sessionOnly = child(page, "sessionOnlyButton");
            verify(shown(retry) && retry.enabled);
            verify(shown(sessionOnly) && sessionOnly.enabled);
            // Nothing starts until the user picks where secrets go: no silent fallback.
            verify(!child(page, "trySandboxButton").enabled);
            verify(!child(page, "connectOwnButton").enabled);
            compare(child(page, "keychainHeadline").text, "No system keychain is available");
            compare(child(page, "keychainMessage").text, "The keyring is locked.");
            verify(shown(child(page, "keychainMessage")));
            verify(shown(child(page, "consequence")));
            verify(child(page, "consequence").text.indexOf("forgotten when you quit") >= 0);

            mouseClick(retry);
            compare(retrySpy.count, 1);
            mouseClick(sessionOnly);
            compare(sessionSpy.count, 1);
            compare(sandboxSpy.count + connectSpy.count, 0);

            page.forceActiveFocus();
            page.focusDefault();
            tryVerify(() => retry.activeFocus, 1000, "Retry has the keyboard");
            keyClick(Qt.Key_Return);
            compare(retrySpy.count, 2);
            compare(retry.Accessible.name, "Retry");
            compare(sessionOnly.Accessible.name, "Keep secrets for this session only");
        }

        function test_probing_waitsWithEverythingDisabled() {
            const page = make({ keychainState: FirstRunPage.Probing, sandboxAvailable: true,
                                setupState: FirstRunPage.Starting });
            compare(child(page, "keychainHeadline").text, "Checking the system keychain…");
            verify(!child(page, "trySandboxButton").enabled);
            verify(!child(page, "connectOwnButton").enabled);
            verify(!shown(child(page, "retryKeychainButton")));
        }

        function test_sessionOnly_startsAndKeepsTheConsequenceInView() {
            const page = make({ keychainState: FirstRunPage.SessionOnly, sandboxAvailable: true,
                                setupState: FirstRunPage.NeedsSetup });
            verify(child(page, "trySandboxButton").enabled);
            verify(child(page, "connectOwnButton").enabled);
            verify(shown(child(page, "consequence")));
            verify(!shown(child(page, "retryKeychainButton")));
            // The keychain can turn up later (Retry → Available): the hint goes.
            page.keychainState = FirstRunPage.Available;
            verify(!shown(child(page, "consequence")));
        }

        function test_settingUp_showsProgressAndBlocksASecondStart() {
            const page = make({ keychainState: FirstRunPage.Available, sandboxAvailable: true,
                                setupState: FirstRunPage.SettingUp });
            verify(shown(child(page, "setupProgress")));
            verify(!child(page, "trySandboxButton").enabled);
            verify(!child(page, "connectOwnButton").enabled);
            page.setupState = FirstRunPage.NeedsSetup;
            verify(!shown(child(page, "setupProgress")));
            verify(child(page, "trySandboxButton").enabled);
        }

        function test_failed_showsTheErrorWithRetry() {
            const page = make({ keychainState: FirstRunPage.Available, sandboxAvailable: true,
                                setupState: FirstRunPage.Failed,
                                errorText: "The sandbox did not answer." });
            const banner = child(page, "setupError");
            verify(shown(banner));
            compare(child(banner, "errorText").text, "The sandbox did not answer.");
            compare(child(banner, "errorText").textFormat, Text.PlainText);
            const retry = child(banner, "retryButton");
            compare(retry.Accessible.name, "Retry");
            mouseClick(retry);
            compare(sandboxSpy.count, 1);
            verify(child(page, "trySandboxButton").enabled);
        }

        function test_noSandbox_onlyConnectingIsOffered() {
            const page = make({ keychainState: FirstRunPage.Available, sandboxAvailable: false,
                                setupState: FirstRunPage.NeedsSetup });
            verify(!child(page, "trySandboxButton").enabled);
            verify(child(page, "connectOwnButton").enabled);
        }

        function test_hostileKeychainMessageIsPlainText() {
            const page = make({ keychainState: FirstRunPage.Missing,
                                keychainMessage: "<img src=x>locked</img>" });
            compare(child(page, "keychainMessage").textFormat, Text.PlainText);
            compare(child(page, "keychainMessage").text, "<img src=x>locked</img>");
        }
    }
}
