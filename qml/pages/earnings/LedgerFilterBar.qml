// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Lightwork
import Lightwork.Backend

// The ledger's filters: kind, market, period and words, straight onto the LedgerModel.
RowLayout {
    id: root

    required property LedgerModel ledger

    function clear(): void {
        root.ledger.clearFilters();
        kindBox.currentIndex = 0;
        marketBox.currentIndex = 0;
        periodBox.currentIndex = 0;
        search.text = "";
    }

    spacing: Theme.spacing

    ComboBox {
        id: kindBox
        objectName: "kindBox"
        textRole: "text"
        valueRole: "value"
        model: root.ledger.kindChoices
        //: Accessible name of the ledger's kind filter.
        Accessible.name: qsTr("Kind")
        onActivated: root.ledger.kind = kindBox.currentValue
    }
    ComboBox {
        id: marketBox
        objectName: "marketBox"
        textRole: "text"
        valueRole: "value"
        model: root.ledger.marketChoices
        //: Accessible name of the ledger's market filter.
        Accessible.name: qsTr("Market")
        onActivated: root.ledger.market = marketBox.currentValue
    }
    ComboBox {
        id: periodBox
        objectName: "periodBox"
        textRole: "text"
        valueRole: "days"
        model: [
            //: Ledger filter: rows of any date.
            { text: qsTr("Any time"), days: 0 },
            //: Ledger filter: rows of the last week.
            { text: qsTr("Last 7 days"), days: 7 },
            //: Ledger filter: rows of the last month.
            { text: qsTr("Last 30 days"), days: 30 },
            //: Ledger filter: rows of the last year.
            { text: qsTr("Last 12 months"), days: 365 }
        ]
        //: Accessible name of the ledger's period filter.
        Accessible.name: qsTr("Period")
        onActivated: root.ledger.showLastDays(periodBox.currentValue)
    }
    SearchField {
        id: search
        objectName: "ledgerSearch"
        Layout.fillWidth: true
        //: Placeholder of the ledger's search box.
        placeholderText: qsTr("Search the ledger")
        onTextChanged: root.ledger.searchText = search.text
    }
    Button {
        objectName: "clearLedgerFilters"
        //: Resets the ledger's filters.
        text: qsTr("Clear")
        Accessible.name: text
        onClicked: root.clear()
    }
}
