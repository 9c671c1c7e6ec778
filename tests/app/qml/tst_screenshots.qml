// SPDX-License-Identifier: GPL-3.0-or-later
// Saves each screen in light and dark to LW_SCREENSHOT_DIR, for eyes: the first-run page in
// each keychain state, the feed with about 30 rows, and the whole shell.
import QtQuick
import QtQuick.Controls
import QtTest
import Lightwork
import Lightwork.Backend
import LightworkTest

Item {
    id: top
    width: 1024
    height: 680

    ThemedSurface {
        id: frame
        anchors.fill: parent
    }
    Component {
        id: firstRunComponent
        FirstRunPage {
            anchors.fill: parent
            appName: "Lightwork"
            versionText: "Version 0.1.0"
            tagline: "Work, hire and pay on Lightning-paid task markets"
            sandboxAvailable: true
        }
    }
    Component {
        id: shellComponent
        AppShell {
            anchors.fill: parent
            appName: "Lightwork"
            versionText: "Version 0.1.0"
            feedModel: TaskFeedModel {
                source: FeedBench.source
            }
        }
    }

    TestCase {
        name: "Screenshots"
        when: windowShown

        readonly property var titles: [
            "Translate a product page from English to German",
            "Logo for a bakery in Lisbon",
            "Summarise 40 customer interviews",
            "Fix a flaky CI job (GitHub Actions)",
            "<b>Bold</b> claims: verify this press release",
            "Write alt text for 120 images",
            "Transcribe a 30-minute podcast episode with timestamps and speaker names for each section",
            "Review a Rust pull request",
            "Label 500 photos of street signs",
            "Proofread a short story (Spanish)"
        ]
        readonly property var statuses: ["open", "open", "assigned", "open", "delivered",
                                         "open", "disputed", "open", "cancelled", "open"]

        function cleanupTestCase() {
            Theme.scheme = Theme.System;
        }

        function feedTasks(from, to) {
            const list = [];
            for (let i = from; i < to; ++i) {
                list.push({ id: "s" + i, title: titles[i % titles.length],
                            sats: i % 7 === 3 ? -1 : 500 + (i * 3700) % 42000,
                            status: statuses[i % statuses.length],
                            type: i % 3 === 0 ? "translation" : (i % 3 === 1 ? "design" : ""),
                            quotes: i % 5, market: i % 4 === 0 ? "proof" : "hire",
                            minutesAgo: 5 + (30 - i) * 47 });
            }
            return list;
        }

        function shoot(item, name) {
            waitForRendering(item);
            verify(FeedBench.saveShot(item, name), "saved " + name);
        }

        function test_firstRun_data() {
            return [
                { tag: "probing", keychainState: FirstRunPage.Probing,
                  setupState: FirstRunPage.Starting, errorText: "", message: "" },
                { tag: "missing", keychainState: FirstRunPage.Missing,
                  setupState: FirstRunPage.Starting, errorText: "",
                  message: "The system keychain did not answer (no Secret Service on the session bus)." },
                { tag: "sessiononly", keychainState: FirstRunPage.SessionOnly,
                  setupState: FirstRunPage.NeedsSetup, errorText: "", message: "" },
                { tag: "available", keychainState: FirstRunPage.Available,
                  setupState: FirstRunPage.NeedsSetup, errorText: "", message: "" },
                { tag: "settingup", keychainState: FirstRunPage.Available,
                  setupState: FirstRunPage.SettingUp, errorText: "", message: "" },
                { tag: "failed", keychainState: FirstRunPage.Available,
                  setupState: FirstRunPage.Failed, message: "",
                  errorText: "The sandbox at http://127.0.0.1:8080 did not answer." }
            ];
        }

        function test_firstRun(data) {
            for (const scheme of [Theme.Light, Theme.Dark]) {
                Theme.scheme = scheme;
                const page = createTemporaryObject(firstRunComponent, frame, {
                    keychainState: data.keychainState, setupState: data.setupState,
                    errorText: data.errorText, keychainMessage: data.message });
                verify(page);
                page.forceActiveFocus();
                shoot(frame, "firstrun-" + data.tag + (scheme === Theme.Dark ? "-dark" : "-light"));
                page.destroy();
                wait(0);
            }
        }

        function test_feed() {
            verify(FeedBench.reset());
            FeedBench.add(feedTasks(0, 27));
            for (const scheme of [Theme.Light, Theme.Dark]) {
                Theme.scheme = scheme;
                const shell = createTemporaryObject(shellComponent, frame);
                verify(shell);
                if (scheme === Theme.Light)
                    FeedBench.add(feedTasks(27, 30)); // three new ones
                FeedBench.markSynced(2);
                tryCompare(findChild(shell, "feedList"), "count", 30);
                shell.forceActiveFocus();
                const suffix = scheme === Theme.Dark ? "-dark" : "-light";
                shoot(frame, "feed" + suffix);
                mouseClick(findChild(shell, "filtersButton"));
                findChild(shell, "searchField").text = "logo";
                shoot(frame, "feed-filtered" + suffix);
                findChild(shell, "searchField").text = "nothing matches this";
                shoot(frame, "feed-empty" + suffix);
                shell.show(6);
                shoot(frame, "placeholder" + suffix);
                shell.destroy();
                wait(0);
            }
        }
    }
}
