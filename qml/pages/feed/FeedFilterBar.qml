// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Lightwork
import Lightwork.Backend

// The feed's search box and sort order, and (behind "Filters") market, status, type, budget
// range and age. It only collects the choices; FeedPage hands them to its TaskFilterModel.
// "Saved" stores and applies named searches, "Blocked" lists the hidden buyers and tasks.
ColumnLayout {
    id: root

    //! The profile's saved searches and block list (FeedSource's); null hides their buttons.
    property SavedSearchModel savedSearches
    property BlockList blockList

    readonly property alias searchText: search.text
    readonly property int sortOrder: sort.currentIndex
    readonly property string market: marketField.text.trim()
    readonly property string status: statusField.text.trim()
    readonly property string taskType: typeField.text.trim()
    readonly property int minBudgetSats: minBudget.value
    readonly property int maxBudgetSats: maxBudget.value
    readonly property int maxAgeDays: age.currentValue === undefined ? 0 : age.currentValue
    property bool filtersShown: false

    function focusSearch(): void {
        search.forceActiveFocus();
        search.selectAll();
    }

    //! The current search and filters, as SavedSearchModel.save() takes them.
    function currentFilters(): var {
        return {
            searchText: search.text,
            market: root.market,
            status: root.status,
            taskType: root.taskType,
            minBudgetSats: root.minBudgetSats,
            maxBudgetSats: root.maxBudgetSats,
            maxAgeDays: root.maxAgeDays
        };
    }

    //! Sets the search and every filter from a saved search (SavedSearchModel.filters()).
    function applyFilters(filters: var): void {
        search.text = filters.searchText ?? "";
        marketField.text = filters.market ?? "";
        statusField.text = filters.status ?? "";
        typeField.text = filters.taskType ?? "";
        minBudget.value = filters.minBudgetSats ?? 0;
        maxBudget.value = filters.maxBudgetSats ?? 0;
        const ageIndex = age.indexOfValue(filters.maxAgeDays ?? 0);
        age.currentIndex = ageIndex < 0 ? 0 : ageIndex;
        if (root.market !== "" || root.status !== "" || root.taskType !== ""
                || root.minBudgetSats > 0 || root.maxBudgetSats > 0 || root.maxAgeDays > 0)
            root.filtersShown = true;
    }

    function openSavedSearches(): void {
        savedPopup.currentFilters = root.currentFilters();
        savedPopup.open();
    }

    function openBlocked(): void {
        blockedPopup.open();
    }

    function clearFilters(): void {
        search.clear();
        marketField.clear();
        statusField.clear();
        typeField.clear();
        minBudget.value = 0;
        maxBudget.value = 0;
        age.currentIndex = 0;
    }

    spacing: Theme.spacing

    RowLayout {
        spacing: Theme.spacing
        SearchField {
            id: search
            objectName: "searchField"
            Layout.fillWidth: true
            //: Placeholder of the feed's search box.
            placeholderText: qsTr("Search tasks")
        }
        ComboBox {
            id: sort
            objectName: "sortBox"
            Layout.preferredWidth: implicitWidth
            //: Sort orders of the feed, in TaskFilterModel.SortOrder order.
            model: [qsTr("Newest first"), qsTr("Highest budget"), qsTr("Fewest quotes")]
            //: Accessible name of the feed's sort order box.
            Accessible.name: qsTr("Sort by")
        }
        Button {
            objectName: "filtersButton"
            checkable: true
            checked: root.filtersShown
            //: Shows or hides the feed's filters (market, status, type, budget, age).
            text: qsTr("Filters")
            Accessible.name: text
            onToggled: root.filtersShown = checked
        }
        Button {
            id: savedButton
            objectName: "savedSearchesButton"
            visible: root.savedSearches !== null
            //: Opens the feed's saved searches: save the current one, apply or delete one.
            text: qsTr("Saved searches…")
            Accessible.name: text
            onClicked: root.openSavedSearches()
            SavedSearchesPopup {
                id: savedPopup
                objectName: "savedSearchesPopup"
                y: savedButton.height + Theme.spacingSmall
                x: savedButton.width - width
                searches: root.savedSearches
                onApplyRequested: filters => root.applyFilters(filters)
            }
        }
        Button {
            id: blockedButton
            objectName: "blockedButton"
            visible: root.blockList !== null
            text: root.blockList && root.blockList.count > 0
                  //: Opens the feed's block list; %1 is how many entries it has.
                  ? qsTr("Blocked (%1)").arg(root.blockList.count)
                  //: Opens the feed's (empty) block list.
                  : qsTr("Blocked")
            Accessible.name: text
            onClicked: root.openBlocked()
            BlockedPopup {
                id: blockedPopup
                objectName: "blockedPopup"
                y: blockedButton.height + Theme.spacingSmall
                x: blockedButton.width - width
                blockList: root.blockList
            }
        }
    }
    Flow {
        objectName: "filterRow"
        Layout.fillWidth: true
        visible: root.filtersShown
        spacing: Theme.spacing

        TextField {
            id: marketField
            placeholderTextColor: Theme.mutedText
            objectName: "marketField"
            //: Feed filter: a market's name, e.g. 402ai; empty for every market.
            placeholderText: qsTr("Any market")
            Accessible.name: qsTr("Market")
        }
        TextField {
            id: statusField
            placeholderTextColor: Theme.mutedText
            objectName: "statusField"
            //: Feed filter: a status word such as "open"; empty for any.
            placeholderText: qsTr("Any status")
            Accessible.name: qsTr("Status")
        }
        TextField {
            id: typeField
            placeholderTextColor: Theme.mutedText
            objectName: "typeField"
            //: Feed filter: a task type; empty for any.
            placeholderText: qsTr("Any type")
            Accessible.name: qsTr("Task type")
        }
        Label {
            height: minBudget.height
            verticalAlignment: Text.AlignVCenter
            //: Feed filter: label before the budget range boxes.
            text: qsTr("Budget (sat)")
            textFormat: Text.PlainText
            color: Theme.mutedText
        }
        SpinBox {
            id: minBudget
            objectName: "minBudget"
            from: 0
            to: 2000000000
            stepSize: 1000
            editable: true
            //: Feed filter: lowest budget in sats; 0 means no lower bound.
            Accessible.name: qsTr("Lowest budget in sats")
        }
        SpinBox {
            id: maxBudget
            objectName: "maxBudget"
            from: 0
            to: 2000000000
            stepSize: 1000
            editable: true
            //: Feed filter: highest budget in sats; 0 means no upper bound.
            Accessible.name: qsTr("Highest budget in sats")
        }
        ComboBox {
            id: age
            objectName: "ageBox"
            textRole: "text"
            valueRole: "days"
            model: [
                //: Feed filter: tasks of any age.
                { text: qsTr("Any age"), days: 0 },
                //: Feed filter: tasks from the last day.
                { text: qsTr("Last 24 hours"), days: 1 },
                //: Feed filter: tasks from the last week.
                { text: qsTr("Last 7 days"), days: 7 },
                //: Feed filter: tasks from the last month.
                { text: qsTr("Last 30 days"), days: 30 }
            ]
            //: Accessible name of the feed's age filter.
            Accessible.name: qsTr("Age")
        }
        Button {
            objectName: "clearFilters"
            //: Resets the feed's search and every filter.
            text: qsTr("Clear filters")
            Accessible.name: text
            onClicked: root.clearFilters()
        }
    }
}
