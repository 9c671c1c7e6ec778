// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Lightwork

// The registered worker: id, payout address, reputation as the market gives it (score, tier,
// completed tasks, payout multiplier, total earned) and the payouts.
ColumnLayout {
    id: root

    property string workerId
    property string workerName
    property string payoutAddress
    property bool hasReputation: false
    property string reputationText
    property real reputationFraction: 0
    property string tierText
    property string completedJobsText
    property string multiplierText
    property string totalEarnedText
    property var payoutsModel: null

    spacing: Theme.spacing

    Label {
        text: root.workerName.length > 0 ? root.workerName
                                         //: Heading of the worker panel before the profile is read
                                         : qsTr("Your worker")
        textFormat: Text.PlainText
        font.pixelSize: Theme.subtitleSize
        font.weight: Font.DemiBold
        color: Theme.text
    }
    Label {
        objectName: "workerIdLabel"
        Layout.fillWidth: true
        //: The registered ProofLayer worker id
        text: qsTr("Worker %1").arg(root.workerId)
        textFormat: Text.PlainText
        elide: Text.ElideMiddle
        color: Theme.mutedText
        font.pixelSize: Theme.captionSize
    }
    Label {
        Layout.fillWidth: true
        visible: root.payoutAddress.length > 0
        //: Where ProofLayer pays this worker
        text: qsTr("Paid at %1").arg(root.payoutAddress)
        textFormat: Text.PlainText
        elide: Text.ElideRight
        color: Theme.mutedText
        font.pixelSize: Theme.captionSize
    }
    RowLayout {
        Layout.fillWidth: true
        Label {
            //: Label before the worker's reputation score
            text: qsTr("Reputation")
            color: Theme.text
        }
        Label {
            objectName: "reputationLabel"
            text: root.hasReputation ? root.reputationText
                                     //: No reputation score was read yet
                                     : qsTr("not read yet")
            font.weight: Font.DemiBold
            color: Theme.text
        }
        Label {
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignRight
            text: root.tierText
            textFormat: Text.PlainText
            color: Theme.accentText
        }
    }
    ProgressBar {
        Layout.fillWidth: true
        value: root.reputationFraction
        //: Accessible name of the reputation bar (score out of 10)
        Accessible.name: qsTr("Reputation %1 of 10").arg(root.reputationText)
    }
    Label {
        objectName: "completedJobsLabel"
        text: root.completedJobsText
        color: Theme.mutedText
    }
    Label {
        Layout.fillWidth: true
        text: root.multiplierText
        textFormat: Text.PlainText
        wrapMode: Text.Wrap
        color: Theme.mutedText
    }
    Label {
        objectName: "totalEarnedLabel"
        visible: root.totalEarnedText.length > 0
        //: The worker's total ProofLayer earnings, e.g. "Earned 140 sat"
        text: qsTr("Earned %1").arg(root.totalEarnedText)
        font.weight: Font.DemiBold
        color: Theme.success
    }
    Label {
        Layout.topMargin: Theme.spacingMedium
        //: Heading of the payout list
        text: qsTr("Payouts")
        font.pixelSize: Theme.subtitleSize
        font.weight: Font.DemiBold
        color: Theme.text
    }
    ListView {
        id: payoutList
        objectName: "payoutList"
        Layout.fillWidth: true
        Layout.preferredHeight: Math.min(contentHeight, 240)
        clip: true
        model: root.payoutsModel
        activeFocusOnTab: true
        Accessible.role: Accessible.List
        //: Accessible name of the payout list
        Accessible.name: qsTr("Payouts")
        delegate: ProofLayerPayoutDelegate {}
    }
    Label {
        visible: payoutList.count === 0
        //: The worker has no payouts yet
        text: qsTr("No payouts yet. They appear here once a result is released.")
        wrapMode: Text.Wrap
        Layout.fillWidth: true
        color: Theme.mutedText
    }
}
