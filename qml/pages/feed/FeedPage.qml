// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Lightwork
import Lightwork.Backend

// The live task list of every connected market, narrowed by search and filters. Rows arrive
// as inserts from the model, so what is on screen stays where it is.
FocusScope {
    id: root

    required property TaskFeedModel sourceModel
    //! Rows shown after search and filters (the view's count follows every insert and removal).
    readonly property int visibleCount: list.count
    readonly property int newCount: root.sourceModel ? root.sourceModel.newCount : 0
    readonly property int totalCount: root.sourceModel ? root.sourceModel.count : 0

    //! A row was chosen (click or Enter).
    signal taskActivated(string taskId, var accountId)
    //! The user asks every market now rather than at the next poll (F5 or the button).
    signal refreshRequested()

    function focusSearch(): void {
        filterBar.focusSearch();
    }

    Shortcut {
        sequence: "F5"
        enabled: root.visible
        onActivated: root.refreshRequested()
    }

    TaskFilterModel {
        id: filterModel
        sourceModel: root.sourceModel
        searchText: filterBar.searchText
        market: filterBar.market
        status: filterBar.status
        taskType: filterBar.taskType
        maxAgeDays: filterBar.maxAgeDays
        sortOrder: filterBar.sortOrder
    }

    // Bound by name: qmllint 6.4 does not know the qint64 type of these two properties.
    Binding {
        target: filterModel
        property: "minBudgetSats"
        value: filterBar.minBudgetSats
    }
    Binding {
        target: filterModel
        property: "maxBudgetSats"
        value: filterBar.maxBudgetSats
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.spacingMedium

        RowLayout {
            // As tall with the "new" buttons as without, so the list never shifts.
            Layout.minimumHeight: markSeenButton.implicitHeight
            spacing: Theme.spacingMedium
            Label {
                //: Heading of the feed page.
                text: qsTr("Feed")
                textFormat: Text.PlainText
                font.pixelSize: Theme.headingSize
                font.weight: Font.DemiBold
                color: Theme.text
            }
            SyncedLabel {
                objectName: "syncedLabel"
                Layout.alignment: Qt.AlignBaseline
                lastSynced: root.sourceModel ? root.sourceModel.lastSynced : new Date(NaN)
            }
            Item {
                Layout.fillWidth: true
            }
            Button {
                objectName: "newButton"
                visible: root.newCount > 0
                highlighted: true
                //: Feed: how many tasks arrived since the user last looked; scrolls to them.
                text: qsTr("%n new", "", root.newCount)
                Accessible.name: text
                onClicked: list.positionViewAtBeginning()
            }
            Button {
                id: markSeenButton
                objectName: "markSeenButton"
                visible: root.newCount > 0
                //: Feed: stop highlighting the new tasks.
                text: qsTr("Mark all seen")
                Accessible.name: text
                onClicked: root.sourceModel?.markAllSeen()
            }
            Button {
                objectName: "feedRefreshButton"
                flat: true
                //: Feed: asks every market for its tasks now.
                text: qsTr("Refresh")
                Accessible.name: text
                ToolTip.visible: hovered
                ToolTip.delay: 600
                //: Tooltip of the feed's Refresh button; F5 is the keyboard shortcut.
                ToolTip.text: qsTr("Ask the markets now (F5)")
                onClicked: root.refreshRequested()
            }
        }
        FeedFilterBar {
            id: filterBar
            objectName: "feedFilterBar"
            Layout.fillWidth: true
            savedSearches: root.sourceModel?.source?.savedSearches ?? null
            blockList: root.sourceModel?.source?.blockList ?? null
        }
        ErrorBanner {
            Layout.fillWidth: true
            text: root.sourceModel?.source?.errorText ?? ""
            retryVisible: false
        }
        Rectangle {
            Layout.fillWidth: true
            Layout.fillHeight: true
            color: Theme.surface
            radius: Theme.radius
            border.color: Theme.separator
            border.width: 1
            clip: true

            ListView {
                id: list
                objectName: "feedList"
                anchors.fill: parent
                anchors.margins: 1

                //! The row held at the top while rows arrive above it (see below); -1: none.
                property int heldRow: -1

                function restoreHeldRow(): void {
                    list.positionViewAtIndex(list.heldRow, ListView.Beginning);
                    // The view settles the rows above on its next layout; align once more then.
                    alignTimer.restart();
                }

                function alignHeldRow(): void {
                    list.forceLayout();
                    const held = list.itemAtIndex(list.heldRow);
                    if (held)
                        list.contentY = held.y;
                    list.heldRow = -1;
                }

                Timer {
                    id: alignTimer
                    interval: 0
                    onTriggered: list.alignHeldRow()
                }

                model: filterModel
                reuseItems: true
                cacheBuffer: 600
                clip: true
                focus: true
                activeFocusOnTab: true
                keyNavigationEnabled: true
                boundsBehavior: Flickable.StopAtBounds
                highlightMoveDuration: 0
                //: Accessible name of the feed's task list.
                Accessible.name: qsTr("Tasks")
                Accessible.role: Accessible.List
                ScrollBar.vertical: ScrollBar {}

                // The current row's menu from the keyboard: the Menu key or Shift+F10.
                Keys.onPressed: event => {
                    const menuKey = event.key === Qt.Key_Menu
                        || (event.key === Qt.Key_F10 && (event.modifiers & Qt.ShiftModifier));
                    if (!menuKey || !list.currentItem)
                        return;
                    const current = list.currentItem as TaskDelegate;
                    if (current)
                        rowMenu.openFor(current.taskId, current.accountId, current);
                    event.accepted = true;
                }

                // Rows arriving above a scrolled view leave it in place, but at the very top
                // ListView pushes what the user reads down; hold that row instead and let
                // "N new" lead up to the arrivals.
                Connections {
                    target: filterModel
                    function onRowsInserted(parent, first, last) {
                        const added = last - first + 1;
                        if (list.heldRow < 0) {
                            if (!list.atYBeginning || filterModel.rowCount() === added)
                                return;
                            list.heldRow = 0;
                            // After the view has taken in every insert of this change.
                            Qt.callLater(list.restoreHeldRow);
                        }
                        if (first <= list.heldRow)
                            list.heldRow += added;
                    }
                }

                delegate: TaskDelegate {
                    id: row
                    width: list.width
                    current: row.ListView.isCurrentItem && list.activeFocus
                    onClicked: {
                        list.currentIndex = row.index;
                        root.taskActivated(row.taskId, row.accountId);
                    }
                    TapHandler {
                        acceptedButtons: Qt.RightButton
                        onTapped: {
                            list.currentIndex = row.index;
                            rowMenu.openFor(row.taskId, row.accountId, null);
                        }
                    }
                }
            }
            FeedRowMenu {
                id: rowMenu
                objectName: "feedRowMenu"
                source: root.sourceModel?.source ?? null
            }
            EmptyState {
                objectName: "emptyState"
                anchors.fill: parent
                visible: list.count === 0
                title: root.totalCount === 0
                       //: Feed: nothing has been synced from any market yet.
                       ? qsTr("No tasks yet")
                       //: Feed: the search and filters hide every task.
                       : qsTr("No tasks match")
                detail: root.totalCount === 0
                        //: Feed, empty: where the tasks will come from.
                        ? qsTr("Tasks from your markets appear here as soon as they sync.")
                        //: Feed, nothing matches: what the user can do.
                        : qsTr("Try other words or clear the filters.")
                //: Feed, nothing matches: resets the search and filters.
                actionText: root.totalCount === 0 ? "" : qsTr("Clear filters")
                onActionTriggered: filterBar.clearFilters()
            }
        }
    }
}
