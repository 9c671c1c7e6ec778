// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import Lightwork
import Lightwork.Backend

// A feed row's context menu: hide the task or block its buyer.
Menu {
    id: root

    property FeedSource source
    property string taskId
    property var accountId: 0

    // Its own colours: a popup lives in the window's overlay, outside ThemedSurface.
    palette.window: Theme.raisedSurface
    palette.windowText: Theme.text
    palette.base: Theme.surface
    palette.text: Theme.text
    palette.button: Theme.raisedSurface
    palette.buttonText: Theme.text
    palette.highlight: Theme.accent
    palette.highlightedText: Theme.textOnAccent
    palette.mid: Theme.separator
    palette.light: Theme.raisedSurface
    palette.midlight: Theme.raisedSurface
    palette.disabled.text: Theme.mutedText
    palette.disabled.buttonText: Theme.mutedText

    //! Opens the menu for a row, at the pointer or (from the keyboard) over `item`.
    function openFor(taskId: string, accountId: var, item: Item): void {
        root.taskId = taskId;
        root.accountId = accountId;
        if (item)
            root.popup(item, item.width / 3, item.height / 2);
        else
            root.popup();
    }

    MenuItem {
        objectName: "hideTaskItem"
        //: Feed row menu: hides this one task from the feed.
        text: qsTr("Hide this task")
        Accessible.name: text
        onTriggered: root.source?.hideTask(root.accountId, root.taskId)
    }
    MenuItem {
        objectName: "blockBuyerItem"
        //: Feed row menu: hides every task of this task's buyer from the feed.
        text: qsTr("Block this buyer")
        Accessible.name: text
        onTriggered: root.source?.blockBuyer(root.accountId, root.taskId)
    }
}
