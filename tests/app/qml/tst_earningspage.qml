// SPDX-License-Identifier: GPL-3.0-or-later
// The Earnings page over a real LedgerModel filled by LedgerBench: the filters change the list
// and the totals, the chart draws the wallet's sats over time, Collect is disabled with nothing
// to collect, and screenshots in light and dark.
import QtQuick
import QtQuick.Controls
import QtTest
import Lightwork
import Lightwork.Backend
import LightworkTest
import LightworkEarningsTest

Item {
    id: top
    width: 1040
    height: 760

    ThemedSurface {
        id: frame
        anchors.fill: parent
    }
    Component {
        id: pageComponent
        EarningsPage {
            anchors.fill: parent
        }
    }

    TestCase {
        name: "EarningsPage"
        when: windowShown

        //! A worker's month: a top-up, a quote fee, escrow released, a collect, a hostile note.
        readonly property var rows: [
            { kind: "top_up", incoming: false, sats: 1000, source: "wallet", market: "402ai",
              account: "ai", daysAgo: 20 },
            { kind: "top_up", incoming: true, sats: 1000, source: "market", market: "402ai",
              account: "ai", daysAgo: 20 },
            { kind: "quote_fee", incoming: false, sats: 10, source: "market", market: "402ai",
              account: "ai", daysAgo: 12, reference: "task-7" },
            { kind: "l402_call", incoming: false, sats: 21, source: "wallet", market: "tools",
              account: "sats4ai", daysAgo: 9, note: "tools.image" },
            { kind: "collected", incoming: true, sats: 1290, source: "wallet", market: "402ai",
              account: "ai", daysAgo: 2, note: "=cmd|' /C calc'!A0" }
        ]

        function make(rows) {
            const page = createTemporaryObject(pageComponent, frame);
            verify(page);
            LedgerBench.fill(page.ledger, rows);
            tryCompare(page.ledger, "count", rows.length);
            return page;
        }

        function child(item, name) {
            const found = findChild(item, name);
            verify(found, name);
            return found;
        }

        function test_listShowsNewestFirst() {
            const page = make(rows);
            const list = child(page, "ledgerList");
            tryCompare(list, "count", 5);
            tryVerify(() => list.itemAtIndex(0) !== null);
            compare(list.itemAtIndex(0).kindText, "Earnings collected");
            compare(list.itemAtIndex(0).amountText, "+1290 sat");
            compare(list.itemAtIndex(4).kindText, "Top-up");
            // Text from outside is shown as it is, never run.
            compare(list.itemAtIndex(0).note, "=cmd|' /C calc'!A0");
            compare(child(page, "totals").text, "In: 2290 sat · Out: 1031 sat");
            verify(!child(page, "ledgerEmpty").visible);
        }

        function test_filtersChangeTheList() {
            const page = make(rows);
            const list = child(page, "ledgerList");
            const kindBox = child(page, "kindBox");
            const collected = kindBox.indexOfValue("collected");
            verify(collected > 0);
            kindBox.currentIndex = collected;
            kindBox.activated(collected);
            tryCompare(list, "count", 1);
            compare(child(page, "totals").text, "In: 1290 sat · Out: 0 sat");

            child(page, "clearLedgerFilters").clicked();
            tryCompare(list, "count", 5);

            const marketBox = child(page, "marketBox");
            const tools = marketBox.indexOfValue("tools");
            verify(tools > 0);
            marketBox.currentIndex = tools;
            marketBox.activated(tools);
            tryCompare(list, "count", 1);
            compare(list.itemAtIndex(0).kindText, "Paid call");
            child(page, "clearLedgerFilters").clicked();

            const periodBox = child(page, "periodBox");
            periodBox.currentIndex = 1; // last 7 days
            periodBox.activated(1);
            tryCompare(list, "count", 1);
            periodBox.currentIndex = 2; // last 30 days
            periodBox.activated(2);
            tryCompare(list, "count", 5);
            child(page, "clearLedgerFilters").clicked();

            const search = child(page, "ledgerSearch");
            search.text = "task-7";
            tryCompare(list, "count", 1);
            compare(list.itemAtIndex(0).kindText, "Quote fee");
            search.text = "nothing says this";
            tryCompare(list, "count", 0);
            const empty = child(page, "ledgerEmpty");
            verify(empty.visible);
            compare(child(empty, "emptyTitle").text, "No rows match");
            empty.actionTriggered();
            tryCompare(list, "count", 5);
            compare(search.text, "");
        }

        function test_chartDraws() {
            const page = make(rows);
            const chart = child(page, "satsChart");
            const canvas = child(chart, "satsCanvas");
            // Wallet rows on three days: out 1000, out 21, in 1290 (after a zero point).
            compare(page.series.count, 4);
            tryVerify(() => chart.drawnSegments === 3);
            compare(child(chart, "chartSummary").text, "Earned 269 sat over 19 days");
            compare(chart.Accessible.name, "Earned 269 sat over 19 days");
            waitForRendering(canvas);
            const image = grabImage(canvas);
            let inked = 0;
            for (let x = 0; x < image.width; x += 2)
                for (let y = 0; y < image.height; y += 2)
                    if (!Qt.colorEqual(image.pixel(x, y), "transparent")
                            && !Qt.colorEqual(image.pixel(x, y), Theme.surface))
                        ++inked;
            verify(inked > 20, "pixels drawn: " + inked);
        }

        function test_emptyLedgerAndNothingToCollect() {
            const page = make([]);
            const empty = child(page, "ledgerEmpty");
            verify(empty.visible);
            compare(child(empty, "emptyTitle").text, "No sats moved yet");
            compare(page.series.count, 0);
            compare(child(page, "satsChart").drawnSegments, 0);
            const collect = child(page, "collectButton");
            verify(!collect.enabled);
            verify(!page.earnings.canCollect);
            compare(child(page, "collectableLabel").text, "Ready to collect: 0 sat");
            verify(!child(page, "exportButton").enabled);
            mouseClick(collect);
            compare(page.earnings.state, EarningsController.Idle);
        }

        function test_screenshots_data() {
            return [{ tag: "light", scheme: Theme.Light }, { tag: "dark", scheme: Theme.Dark }];
        }

        function test_screenshots(data) {
            const before = Theme.scheme;
            Theme.scheme = data.scheme;
            const page = make(rows);
            waitForRendering(page);
            tryVerify(() => child(page, "satsChart").drawnSegments === 3);
            wait(50);
            FeedBench.saveShot(page, "earnings-" + data.tag);
            Theme.scheme = before;
        }
    }
}
