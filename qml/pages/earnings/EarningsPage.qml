// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Lightwork
import Lightwork.Backend

// What the user earned: the 402ai balance with Collect (an invoice of exactly the balance from
// the wallet, paid by the market), the wallet's sats over time, and the ledger with filters and
// CSV export. Money moves only in EarningsController; this page shows and asks.
FocusScope {
    id: root

    //! The app's Session; null shows an empty ledger and nothing to collect.
    property Session session: null
    readonly property LedgerModel ledger: ledgerModel
    readonly property EarningsController earnings: controller
    readonly property SatsSeries series: satsSeries
    readonly property bool collecting: controller.state === EarningsController.Collecting

    //! Reads balances and ledger again (when the page is shown).
    function refresh(): void {
        ledgerModel.refresh();
        controller.refresh();
    }

    LedgerModel {
        id: ledgerModel
        session: root.session
    }
    EarningsController {
        id: controller
        session: root.session
        ledger: ledgerModel
    }
    SatsSeries {
        id: satsSeries
        model: ledgerModel
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.spacingMedium

        RowLayout {
            spacing: Theme.spacingMedium
            Label {
                //: Heading of the earnings page.
                text: qsTr("Earnings")
                textFormat: Text.PlainText
                font.pixelSize: Theme.headingSize
                font.weight: Font.DemiBold
                color: Theme.text
            }
            Item {
                Layout.fillWidth: true
            }
            ActionButton {
                objectName: "refreshButton"
                //: Earnings: reads the balance and the ledger again.
                text: qsTr("Refresh")
                onClicked: root.refresh()
            }
            ActionButton {
                objectName: "exportButton"
                enabled: ledgerModel.count > 0
                //: Earnings: writes the listed ledger rows to a CSV file (opens a small form).
                text: qsTr("Export CSV…")
                onClicked: exportPopup.open()
            }
        }

        BalanceCard {
            Layout.fillWidth: true
            controller: controller
            onCollectRequested: controller.collect()
            onCheckRequested: controller.checkPending()
        }
        ErrorBanner {
            Layout.fillWidth: true
            text: controller.balanceErrorText.length > 0 ? controller.balanceErrorText
                                                         : ledgerModel.errorText
            onRetryRequested: root.refresh()
        }
        SatsChart {
            objectName: "satsChart"
            Layout.fillWidth: true
            Layout.preferredHeight: implicitHeight
            series: satsSeries
        }
        LedgerFilterBar {
            id: filterBar
            Layout.fillWidth: true
            ledger: ledgerModel
        }
        Label {
            objectName: "totals"
            Layout.fillWidth: true
            //: Earnings: what the listed ledger rows brought in and took out.
            text: qsTr("In: %1 · Out: %2").arg(ledgerModel.totalInText).arg(ledgerModel.totalOutText)
            textFormat: Text.PlainText
            font.pixelSize: Theme.captionSize
            color: Theme.mutedText
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
                objectName: "ledgerList"
                anchors.fill: parent
                anchors.margins: 1
                model: ledgerModel
                clip: true
                activeFocusOnTab: true
                keyNavigationEnabled: true
                boundsBehavior: Flickable.StopAtBounds
                highlightMoveDuration: 0
                //: Accessible name of the earnings page's ledger list.
                Accessible.name: qsTr("Ledger")
                Accessible.role: Accessible.List
                ScrollBar.vertical: ScrollBar {}
                delegate: LedgerDelegate {
                    id: row
                    width: list.width
                    current: row.ListView.isCurrentItem && list.activeFocus
                    onClicked: list.currentIndex = row.index
                }
            }
            EmptyState {
                objectName: "ledgerEmpty"
                anchors.fill: parent
                visible: list.count === 0
                title: ledgerModel.totalCount === 0
                       //: Earnings: the ledger has no rows yet.
                       ? qsTr("No sats moved yet")
                       //: Earnings: the filters hide every ledger row.
                       : qsTr("No rows match")
                detail: ledgerModel.totalCount === 0
                        //: Earnings, empty ledger: what will appear here.
                        ? qsTr("Fees, escrow, top-ups and collected earnings appear here.")
                        //: Earnings, nothing matches: what the user can do.
                        : qsTr("Try other words or clear the filters.")
                //: Earnings, nothing matches: resets the filters.
                actionText: ledgerModel.totalCount === 0 ? "" : qsTr("Clear filters")
                onActionTriggered: filterBar.clear()
            }
        }
    }

    ExportPopup {
        id: exportPopup
        anchors.centerIn: parent
        controller: controller
        rowCount: ledgerModel.count
    }
}
