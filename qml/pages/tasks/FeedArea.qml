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

    //! Shows a task's detail (the account is found by the task's id in the offline copy).
    function openTask(taskId: string): void {
        stack.push(detailComponent, { taskId: taskId });
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
            onTaskActivated: (taskId) => root.openTask(taskId)
        }
    }
    Component {
        id: detailComponent
        TaskDetailPage {
            id: page
            objectName: "taskDetailPage"
            property string taskId
            detail: TaskDetail {
                session: Session
                taskId: page.taskId
            }
            onBackRequested: root.showFeed()
        }
    }
}
