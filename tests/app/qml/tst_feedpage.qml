// SPDX-License-Identifier: GPL-3.0-or-later
// The feed page over a real TaskFeedModel (FeedBench's cache): search and budget filters change
// what is listed, rows arriving above do not move what the user is reading, the empty states,
// "N new" with "Mark all seen", the last-synced line, sorting and the keyboard.
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
        FeedPage {
            anchors.fill: parent
        }
    }
    Component {
        id: modelComponent
        TaskFeedModel {}
    }
    SignalSpy { id: activatedSpy; signalName: "taskActivated" }
    SignalSpy { id: refreshSpy; signalName: "refreshRequested" }

    TestCase {
        name: "FeedPage"
        when: windowShown

        //! Tasks t00000…: every third a logo job, budgets 100, 200, … sats.
        function tasks(from, to) {
            const list = [];
            for (let i = from; i < to; ++i) {
                const id = "t" + String(i).padStart(5, "0");
                list.push({ id: id, sats: (i + 1) * 100, quotes: i % 4, minutesAgo: 90 - i,
                            title: (i % 3 === 0 ? "Logo design " : "Translate text ") + i });
            }
            return list;
        }

        function make(initial) {
            verify(FeedBench.reset());
            if (initial > 0)
                FeedBench.add(tasks(0, initial));
            const model = createTemporaryObject(modelComponent, top, { source: FeedBench.source });
            verify(model);
            const page = createTemporaryObject(pageComponent, frame, { sourceModel: model });
            verify(page);
            activatedSpy.target = page;
            activatedSpy.clear();
            refreshSpy.target = page;
            refreshSpy.clear();
            tryCompare(page, "visibleCount", initial);
            return page;
        }

        function child(item, name) {
            const found = findChild(item, name);
            verify(found, name);
            return found;
        }

        function typeText(text) {
            for (const c of text)
                keyClick(c);
        }

        function test_searchNarrowsTheList() {
            const page = make(30);
            const list = child(page, "feedList");
            tryCompare(list, "count", 30);
            page.focusSearch();
            verify(child(page, "searchField").activeFocus);
            typeText("logo");
            tryCompare(page, "visibleCount", 10);
            compare(list.count, 10);
            keyClick(Qt.Key_Escape); // clears the search
            tryCompare(page, "visibleCount", 30);
        }

        function test_budgetRangeNarrowsTheList() {
            const page = make(30);
            mouseClick(child(page, "filtersButton"));
            verify(child(page, "filterRow").visible);
            child(page, "minBudget").value = 2000;
            tryCompare(page, "visibleCount", 11); // 2000…3000 sats
            child(page, "maxBudget").value = 2500;
            tryCompare(page, "visibleCount", 6);  // 2000…2500 sats
            mouseClick(child(page, "clearFilters"));
            tryCompare(page, "visibleCount", 30);
        }

        function test_emptyStates() {
            const page = make(0);
            const empty = child(page, "emptyState");
            verify(empty.visible);
            compare(child(empty, "emptyTitle").text, "No tasks yet");
            FeedBench.add(tasks(0, 5));
            tryCompare(page, "visibleCount", 5);
            verify(!empty.visible);
            child(page, "searchField").text = "nothing like this";
            tryCompare(page, "visibleCount", 0);
            verify(empty.visible);
            compare(child(empty, "emptyTitle").text, "No tasks match");
            compare(empty.actionText, "Clear filters");
            empty.actionTriggered();
            tryCompare(page, "visibleCount", 5);
            compare(child(page, "searchField").text, "");
        }

        // Where row `index` sits on screen (in the window, so a shifting layout counts too),
        // or NaN when it has no delegate.
        function viewY(list, index) {
            const item = list.itemAtIndex(index);
            return item ? item.mapToItem(top, 0, 0).y : NaN;
        }

        function test_rowsArrivingAboveDoNotMoveTheRowsInView() {
            const page = make(40);
            const list = child(page, "feedList");
            list.positionViewAtIndex(12, ListView.Beginning);
            waitForRendering(list);
            const first = list.indexAt(10, list.contentY + 1);
            verify(first >= 10, "scrolled into the list: " + first);
            const title = list.itemAtIndex(first).title;
            const before = viewY(list, first);

            FeedBench.add(tasks(40, 43));
            tryCompare(list, "count", 43);
            waitForRendering(list);
            compare(list.itemAtIndex(first + 3).title, title);
            compare(viewY(list, first + 3), before);
            compare(list.indexAt(10, list.contentY + 1), first + 3);
        }

        function test_rowsArrivingAtTheTopDoNotPushTheFirstRow() {
            const page = make(20);
            const list = child(page, "feedList");
            waitForRendering(list);
            const title = list.itemAtIndex(0).title;
            const before = viewY(list, 0);
            FeedBench.add(tasks(20, 22));
            tryCompare(list, "count", 22);
            waitForRendering(list);
            compare(list.itemAtIndex(2).title, title);
            compare(viewY(list, 2), before);
            // "2 new" takes the reader to them.
            const newButton = child(page, "newButton");
            verify(newButton.visible);
            compare(newButton.text, "2 new");
            mouseClick(newButton);
            tryCompare(list, "contentY", list.originY);
            tryCompare(list.itemAtIndex(0), "title", "Logo design 21");
        }

        function test_newRowsAndMarkAllSeen() {
            const page = make(5);
            const list = child(page, "feedList");
            verify(!child(page, "newButton").visible);
            FeedBench.add(tasks(5, 8));
            tryCompare(page.sourceModel, "newCount", 3);
            verify(child(page, "newButton").visible);
            list.positionViewAtBeginning();
            tryVerify(() => list.itemAtIndex(0) && list.itemAtIndex(0).isNew);
            verify(list.itemAtIndex(2).isNew);
            verify(!list.itemAtIndex(3).isNew);
            mouseClick(child(page, "markSeenButton"));
            tryCompare(page.sourceModel, "newCount", 0);
            verify(!child(page, "newButton").visible);
            verify(!list.itemAtIndex(0).isNew);
        }

        function test_lastSyncedLine() {
            const page = make(0);
            const label = child(page, "syncedLabel");
            compare(label.text, "Not synced yet");
            FeedBench.markSynced(2);
            label.now = new Date();
            tryCompare(label, "text", "Synced 2 min ago");
        }

        function test_sortByBudget() {
            const page = make(10);
            const list = child(page, "feedList");
            compare(list.itemAtIndex(0).title, "Logo design 9"); // newest first
            child(page, "sortBox").currentIndex = 1;
            tryCompare(list.itemAtIndex(0), "budgetText", "1000 sat");
            child(page, "sortBox").currentIndex = 2; // fewest quotes first
            tryVerify(() => list.itemAtIndex(0).quoteCount === 0);
        }

        function test_keyboardMovesAndOpensRows() {
            const page = make(10);
            const list = child(page, "feedList");
            list.forceActiveFocus();
            list.currentIndex = 0;
            keyClick(Qt.Key_Down);
            compare(list.currentIndex, 1);
            verify(list.currentItem.current);
            keyClick(Qt.Key_Return);
            compare(activatedSpy.count, 1);
            compare(activatedSpy.signalArguments[0][0], list.currentItem.taskId);
            // The row's account goes along, so the detail never guesses between two accounts.
            compare(activatedSpy.signalArguments[0][1], list.currentItem.accountId);
            verify(list.currentItem.accountId > 0);
            compare(list.Accessible.name, "Tasks");
        }

        function test_refreshAsksTheMarketsByButtonAndF5() {
            const page = make(3);
            mouseClick(child(page, "feedRefreshButton"));
            compare(refreshSpy.count, 1);
            compare(child(page, "feedRefreshButton").Accessible.name, "Refresh");
            keyClick(Qt.Key_F5);
            compare(refreshSpy.count, 2);
        }
    }
}
