// SPDX-License-Identifier: GPL-3.0-or-later
// The shell: every area in the rail with a name, Ctrl+1…8 and clicks switch areas, Ctrl+F
// puts the keyboard in the feed's search box.
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
        name: "AppShell"
        when: windowShown

        function make() {
            const shell = createTemporaryObject(shellComponent, frame);
            verify(shell);
            shell.forceActiveFocus();
            return shell;
        }

        function test_railNamesEveryArea() {
            const shell = make();
            const expected = ["Feed", "Post a task", "Quotes", "Earnings", "Wallet", "ProofLayer",
                              "Tools", "Settings"];
            for (let i = 0; i < expected.length; ++i) {
                const nav = findChild(shell, "nav" + i);
                verify(nav, "nav" + i);
                compare(nav.Accessible.name, expected[i]);
                compare(nav.current, i === 0);
            }
            compare(findChild(shell, "aboutLine").text, "Lightwork · Version 0.1.0");
        }

        function test_areasAreMadeWhenFirstShown() {
            const shell = make();
            for (let i = 1; i < 8; ++i)
                verify(!findChild(shell, "area" + i).item, "area " + i + " not made yet");
            keyClick(Qt.Key_7, Qt.ControlModifier);
            verify(findChild(shell, "area6").item, "Tools made when shown");
            keyClick(Qt.Key_1, Qt.ControlModifier);
            verify(findChild(shell, "area6").item, "and kept");
            verify(!findChild(shell, "area5").item);
        }

        function test_shortcutsAndClicksSwitchAreas() {
            const shell = make();
            const areas = findChild(shell, "areas");
            keyClick(Qt.Key_3, Qt.ControlModifier);
            compare(shell.currentIndex, 2);
            compare(areas.currentIndex, 2);
            verify(findChild(shell, "nav2").current);
            keyClick(Qt.Key_8, Qt.ControlModifier);
            compare(shell.currentIndex, 7);
            mouseClick(findChild(shell, "nav4"));
            compare(shell.currentIndex, 4);
            keyClick(Qt.Key_1, Qt.ControlModifier);
            compare(shell.currentIndex, 0);
        }

        function test_ctrlFSearchesTheFeed() {
            const shell = make();
            keyClick(Qt.Key_5, Qt.ControlModifier);
            compare(shell.currentIndex, 4);
            keyClick(Qt.Key_F, Qt.ControlModifier);
            compare(shell.currentIndex, 0);
            tryVerify(() => findChild(shell, "searchField").activeFocus, 1000, "search focused");
        }

        function test_aQuoteThreadOpensItsTaskOverTheFeed() {
            const shell = make();
            keyClick(Qt.Key_3, Qt.ControlModifier);
            const quotes = findChild(shell, "area2").item;
            verify(quotes.openTaskRequested, "the Quotes page offers its task");
            quotes.openTaskRequested(7, "t42");
            compare(shell.currentIndex, 0);
            const stack = findChild(shell, "feedStack");
            compare(stack.depth, 2);
            compare(stack.currentItem.taskId, "t42");
            compare(stack.currentItem.accountId, 7);
        }
    }
}
