// SPDX-License-Identifier: GPL-3.0-or-later
// One feed row: server text shown as plain text, long titles elided beside a visible budget,
// the "new" dot, a spoken summary, and Enter as a click.
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
        id: delegateComponent
        TaskDelegate {
            width: 600
        }
    }
    Text {
        id: plainReference
        visible: false
        textFormat: Text.PlainText
    }
    Text {
        id: richReference
        visible: false
        textFormat: Text.RichText
    }
    SignalSpy { id: clickSpy; signalName: "clicked" }

    TestCase {
        name: "TaskDelegate"
        when: windowShown

        function make(props) {
            const defaults = { index: 0, taskId: "t1", accountId: 7, title: "Design a logo",
                               market: "402ai", status: "open", taskType: "design",
                               budgetText: "1500 sat", quoteCount: 2,
                               createdAt: new Date(Date.now() - 5 * 60000), isNew: false };
            const d = createTemporaryObject(delegateComponent, frame,
                                            Object.assign(defaults, props || {}));
            verify(d);
            return d;
        }

        function child(item, name) {
            const found = findChild(item, name);
            verify(found, name);
            return found;
        }

        function test_markupInATitleIsShownAsText() {
            const d = make({ title: "<b>x</b>" });
            const title = child(d, "title");
            compare(title.text, "<b>x</b>");
            compare(title.textFormat, Text.PlainText);
            plainReference.font = title.font;
            richReference.font = title.font;
            plainReference.text = "<b>x</b>";
            richReference.text = "<b>x</b>";
            // Rendered literally, the tags take their own width; as markup only "x" would show.
            fuzzyCompare(title.contentWidth, plainReference.contentWidth, 1);
            verify(title.contentWidth > 3 * richReference.contentWidth);
            for (const name of ["market", "budget", "quotes"])
                compare(child(d, name).textFormat, Text.PlainText);
        }

        function test_longTitleElidesAndKeepsTheBudgetInView() {
            const d = make({ title: "A very long title ".repeat(30), budgetText: "2100000 sat" });
            const title = child(d, "title");
            const budget = child(d, "budget");
            tryVerify(() => title.truncated, 1000, "the title is elided");
            compare(title.lineCount, 1);
            verify(budget.visible);
            const right = budget.mapToItem(d, budget.width, 0).x;
            verify(right <= d.width, "budget ends inside the row: " + right);
            verify(title.mapToItem(d, title.width, 0).x <= budget.mapToItem(d, 0, 0).x);
        }

        function test_newDotFollowsIsNew() {
            const d = make({ isNew: false });
            const dot = child(d, "newDot");
            verify(!dot.visible);
            verify(!d.Accessible.name.endsWith(", new"));
            d.isNew = true;
            verify(dot.visible);
            verify(dot.width > 0 && dot.height > 0);
            verify(d.Accessible.name.endsWith(", new"));
        }

        function test_accessibleNameSummarisesTheRow() {
            const d = make({});
            compare(d.Accessible.name,
                    "Design a logo, 402ai, open, 1500 sat, Quotes: 2, 5 min ago");
            d.quoteCount = 1;
            verify(d.Accessible.name.indexOf("Quotes: 1,") >= 0, d.Accessible.name);
        }

        function test_enterAndClickActivate() {
            const d = make({});
            clickSpy.target = d;
            clickSpy.clear();
            d.forceActiveFocus();
            verify(d.activeFocus);
            keyClick(Qt.Key_Return);
            compare(clickSpy.count, 1);
            mouseClick(d);
            compare(clickSpy.count, 2);
        }

        function test_unreadableDateShowsNoAge() {
            const d = make({ createdAt: new Date(NaN) });
            compare(d.age, "");
            verify(d.Accessible.name.startsWith("Design a logo, 402ai"));
        }
    }
}
