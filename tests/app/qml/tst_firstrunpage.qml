// SPDX-License-Identifier: GPL-3.0-or-later
// The first-run page in each keychain and set-up state: what is offered, what is enabled,
// which intent each button (and Enter) sends, and that every button has a name. Then the
// "Connect my market and wallet" flow before the data folder is open: the profile step, Back,
// the errors from the backend and the market step. Screenshots in light and dark.
import QtQuick
import QtQuick.Controls
import QtTest
import Lightwork
import Lightwork.Backend
import LightworkTest

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
    Component {
        id: connectComponent
        ConnectPage {
            anchors.fill: parent
        }
    }
    Component {
        id: marketComponent
        ConnectMarketStep {
            width: 720
            flow: Onboarding {}
        }
    }
    SignalSpy { id: cancelSpy; signalName: "cancelRequested" }
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

        function shoot(item, name) {
            for (const dark of [false, true]) {
                Theme.scheme = dark ? Theme.Dark : Theme.Light;
                waitForRendering(item);
                FeedBench.saveShot(top, "connect-" + name + (dark ? "-dark" : "-light"));
            }
            Theme.scheme = Theme.System;
        }

        function test_connect_profileStepNamesAndGoesBack() {
            const page = createTemporaryObject(connectComponent, frame);
            verify(page);
            cancelSpy.target = page;
            cancelSpy.clear();
            compare(page.flow.step, Onboarding.Profile);
            verify(shown(child(page, "profileStep")));
            verify(!child(page, "walletStep").visible);
            verify(!child(page, "marketStep").visible);
            const next = child(page, "profileNextButton");
            verify(!next.enabled); // no name yet
            const field = child(page, "profileNameField");
            tryVerify(() => field.activeFocus);
            for (const ch of "Work")
                keyClick(ch);
            compare(page.flow.profileName, "Work");
            verify(next.enabled);
            verify(next.Accessible.name.length > 0);
            shoot(page, "profile");
            // Before the data folder is open the backend says why, and the step stays.
            keyClick(Qt.Key_Return);
            const error = child(page, "connectError");
            tryVerify(() => error.visible);
            compare(error.text, page.flow.errorText);
            verify(error.text.length > 0);
            compare(page.flow.step, Onboarding.Profile);
            shoot(page, "profile-error");
            // Back from the first step leaves the flow.
            mouseClick(child(page, "connectBackButton"));
            compare(cancelSpy.count, 1);
        }

        function test_connect_marketStepOffersCreateAndToken() {
            const step = createTemporaryObject(marketComponent, frame);
            verify(step);
            const flow = step.flow;
            verify(shown(child(step, "createAccountSection")));
            const create = child(step, "createAccountButton");
            verify(!create.enabled); // no address yet
            const url = child(step, "marketUrlField");
            url.forceActiveFocus();
            for (const ch of "https://402ai.example")
                keyClick(ch);
            compare(flow.marketUrl, "https://402ai.example");
            verify(create.enabled);
            const add = child(step, "addAccountButton");
            verify(!add.enabled); // 402ai needs a token
            const token = child(step, "tokenField");
            compare(token.echoMode, TextInput.Password);
            token.forceActiveFocus();
            for (const ch of "abl_secret")
                keyClick(ch);
            verify(add.enabled);
            shoot(step, "market");
            mouseClick(add);
            // Handed to the backend and cleared at once; the backend keeps it for one try.
            compare(token.text, "");
            verify(flow.errorText.length > 0); // no data folder here
            verify(flow.hasToken);
            flow.clearToken();
            verify(!flow.hasToken);
            // ProofLayer and tools take the address alone.
            const kind = child(step, "marketKindBox");
            kind.currentIndex = 1;
            kind.activated(1);
            compare(flow.marketKind, "prooflayer");
            verify(!child(step, "createAccountSection").visible);
            verify(!token.visible);
            verify(add.enabled);
            shoot(step, "market-prooflayer");
        }

        function test_hostileKeychainMessageIsPlainText() {
            const page = make({ keychainState: FirstRunPage.Missing,
                                keychainMessage: "<img src=x>locked</img>" });
            compare(child(page, "keychainMessage").textFormat, Text.PlainText);
            compare(child(page, "keychainMessage").text, "<img src=x>locked</img>");
        }
    }
}
