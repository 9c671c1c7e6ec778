// SPDX-License-Identifier: GPL-3.0-or-later
// The feed's saved searches and block list on the feed page over a real feed (FeedBench):
// save the current search under a name, apply and delete it; hide a task and block a buyer
// from a row's menu (right-click, Menu key, Shift+F10) and unblock them from "Blocked".
// Screenshots of both popups in light and dark.
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

    TestCase {
        name: "FeedExtras"
        when: windowShown

        function cleanupTestCase() {
            Theme.scheme = Theme.System;
        }

        //! Six tasks; t0 and t1 share a buyer, logos are every other one.
        function make() {
            verify(FeedBench.reset());
            const list = [];
            for (let i = 0; i < 6; ++i)
                list.push({ id: "t" + i, sats: (i + 1) * 1000, minutesAgo: 60 - i,
                            title: (i % 2 === 0 ? "Logo design " : "Translate text ") + i });
            FeedBench.add(list);
            const model = createTemporaryObject(modelComponent, top, { source: FeedBench.source });
            verify(model);
            const page = createTemporaryObject(pageComponent, frame, { sourceModel: model });
            verify(page);
            tryCompare(page, "visibleCount", 6);
            const view = child(page, "feedList");
            tryVerify(() => view.height > 0 && view.itemAtIndex(5) !== null);
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

        function shoot(item, name) {
            waitForRendering(item);
            verify(FeedBench.saveShot(item, name), "saved " + name);
        }

        function rowIndexOf(list, taskId) {
            for (let i = 0; i < list.count; ++i) {
                const item = list.itemAtIndex(i);
                if (item && item.taskId === taskId)
                    return i;
            }
            return -1;
        }

        function test_saveApplyAndDeleteASearch() {
            const page = make();
            const search = child(page, "searchField");
            search.text = "logo";
            tryCompare(page, "visibleCount", 3);
            mouseClick(child(page, "savedSearchesButton"));
            const popup = child(page, "savedSearchesPopup");
            tryCompare(popup, "opened", true);
            const name = child(popup.contentItem, "savedSearchName");
            tryVerify(() => name.activeFocus);
            typeText("Logos");
            keyClick(Qt.Key_Return);
            const searches = FeedBench.source.savedSearches;
            compare(searches.count, 1);
            compare(searches.filters(0).searchText, "logo");
            compare(name.text, "");

            // Cleared, then applied from the list: the search comes back.
            popup.close();
            search.text = "";
            tryCompare(page, "visibleCount", 6);
            mouseClick(child(page, "savedSearchesButton"));
            tryCompare(popup, "opened", true);
            tryVerify(() => findChild(popup.contentItem, "applySearch_0") !== null);
            const apply = child(popup.contentItem, "applySearch_0");
            compare(apply.text, "Logos");
            // The list sizes itself to its rows once they are made: click where it settled.
            tryVerify(() => apply.visible && apply.height > 0 && apply.width > 0);
            waitForRendering(popup.contentItem);
            mouseClick(apply);
            tryCompare(search, "text", "logo");
            tryCompare(page, "visibleCount", 3);
            tryCompare(popup, "opened", false);

            mouseClick(child(page, "savedSearchesButton"));
            tryCompare(popup, "opened", true);
            mouseClick(child(popup.contentItem, "deleteSearch_0"));
            compare(searches.count, 0);
            popup.close();
        }

        function test_savedSearchKeepsEveryFilter() {
            const page = make();
            child(page, "filtersButton").checked = true;
            child(page, "minBudget").value = 3000;
            child(page, "ageBox").currentIndex = 2; // 7 days
            tryCompare(page, "visibleCount", 4);
            const searches = FeedBench.source.savedSearches;
            verify(searches.save("Big", child(page, "feedFilterBar").currentFilters()));
            compare(searches.filters(0).minBudgetSats, 3000);
            compare(searches.filters(0).maxAgeDays, 7);
        }

        function test_blockAndUnblockFromTheRowMenu() {
            const page = make();
            const list = child(page, "feedList");
            const menu = child(page, "feedRowMenu");
            // Right-click on t3: "Hide this task".
            let row = list.itemAtIndex(rowIndexOf(list, "t3"));
            verify(row);
            mouseClick(row, row.width / 2, row.height / 2, Qt.RightButton);
            tryCompare(menu, "opened", true);
            compare(menu.taskId, "t3");
            mouseClick(child(menu.contentItem, "hideTaskItem"));
            tryCompare(page, "visibleCount", 5);
            compare(rowIndexOf(list, "t3"), -1);
            const blocks = FeedBench.source.blockList;
            compare(blocks.count, 1);

            // The keyboard: the Menu key on the current row, then Shift+F10.
            list.forceActiveFocus();
            list.currentIndex = rowIndexOf(list, "t4");
            keyClick(Qt.Key_Menu);
            tryCompare(menu, "opened", true);
            compare(menu.taskId, "t4");
            keyClick(Qt.Key_Escape);
            tryCompare(menu, "opened", false);
            list.forceActiveFocus();
            keyClick(Qt.Key_F10, Qt.ShiftModifier);
            tryCompare(menu, "opened", true);
            compare(menu.taskId, "t4");
            mouseClick(child(menu.contentItem, "blockBuyerItem"));
            tryCompare(page, "visibleCount", 4);
            compare(blocks.count, 2);
            compare(child(page, "blockedButton").text, "Blocked (2)");

            // "Blocked" lists both; unblocking brings the rows back.
            mouseClick(child(page, "blockedButton"));
            const popup = child(page, "blockedPopup");
            tryCompare(popup, "opened", true);
            const blockedList = child(popup.contentItem, "blockedList");
            tryCompare(blockedList, "count", 2);
            tryVerify(() => blockedList.itemAtIndex(1) !== null);
            mouseClick(child(popup.contentItem, "unblock_0"));
            tryCompare(page, "visibleCount", 5);
            verify(rowIndexOf(list, "t3") >= 0);
            tryVerify(() => findChild(popup.contentItem, "unblock_0") !== null);
            mouseClick(child(popup.contentItem, "unblock_0"));
            tryCompare(page, "visibleCount", 6);
            compare(blocks.count, 0);
            popup.close();
        }

        function test_screenshots() {
            for (const scheme of [Theme.Light, Theme.Dark]) {
                Theme.scheme = scheme;
                const suffix = scheme === Theme.Dark ? "-dark" : "-light";
                const page = make();
                FeedBench.source.savedSearches.save("Logos", { searchText: "logo" });
                FeedBench.source.savedSearches.save("Big budgets", { minBudgetSats: 5000 });
                const list = child(page, "feedList");
                const row = list.itemAtIndex(0);
                mouseClick(row, row.width / 2, row.height / 2, Qt.RightButton);
                const menu = child(page, "feedRowMenu");
                tryCompare(menu, "opened", true);
                shoot(frame, "feed-rowmenu" + suffix);
                mouseClick(child(menu.contentItem, "hideTaskItem"));
                tryCompare(page, "visibleCount", 5);
                mouseClick(child(page, "savedSearchesButton"));
                const saved = child(page, "savedSearchesPopup");
                tryCompare(saved, "opened", true);
                shoot(frame, "feed-savedsearches" + suffix);
                saved.close();
                tryCompare(saved, "opened", false);
                mouseClick(child(page, "blockedButton"));
                const blocked = child(page, "blockedPopup");
                tryCompare(blocked, "opened", true);
                shoot(frame, "feed-blocked" + suffix);
                blocked.close();
                page.destroy();
                wait(0);
            }
        }
    }
}
