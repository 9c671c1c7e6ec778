// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import Lightwork
import Lightwork.Backend

// The Feed area: the feed, and a task's detail pushed over it when a row is opened (Back or
// Escape returns to the feed where it was).
FocusScope {
    id: root

    required property TaskFeedModel sourceModel
    //! The detail shown, or null while the feed is.
    readonly property Item detailPage: stack.depth > 1 ? stack.currentItem : null

    function focusSearch(): void {
        root.showFeed();
        feedPage.focusSearch();
    }

    function showFeed(): void {
        if (stack.depth > 1)
            stack.pop(null, StackView.Immediate);
        feedPage.forceActiveFocus();
    }

    //! Shows a task's detail; without an account (0) it is found by the task's id in the
    //! offline copy, which is ambiguous when two accounts see the same market.
    function openTask(taskId: string, accountId: var): void {
        stack.push(detailComponent, { taskId: taskId, accountId: accountId || 0 });
        stack.currentItem.forceActiveFocus();
    }

    StackView {
        id: stack
        objectName: "feedStack"
        anchors.fill: parent
        focus: true
        initialItem: FeedPage {
            id: feedPage
            focus: true
            sourceModel: root.sourceModel
            onTaskActivated: (taskId, accountId) => root.openTask(taskId, accountId)
            onRefreshRequested: Session.syncNow()
        }
    }
    Component {
        id: detailComponent
        TaskDetailPage {
            id: page
            objectName: "taskDetailPage"
            property string taskId
            property var accountId: 0
            detail: TaskDetail {
                id: detail
                session: Session
                taskId: page.taskId
            }
            // The linter of Qt 6.4 does not know int64 properties; a Binding sets it untyped.
            Binding {
                target: detail
                property: "accountId"
                value: page.accountId
            }
            onBackRequested: root.showFeed()
        }
    }
}
