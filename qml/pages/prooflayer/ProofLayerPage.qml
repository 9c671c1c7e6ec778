// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Lightwork
import Lightwork.Backend

// ProofLayer: register as a worker (the Lightning Address checked first), the task feed with
// its filters, Claim (free: nothing is paid), the result form, payouts and reputation. The
// ProofLayerController does the work; this page shows its state and passes the user's intents.
FocusScope {
    id: root

    //! The app's Session (`session: Session`); without one the page waits.
    property var session: null
    //: ProofLayer page heading (a product name)
    property string title: qsTr("ProofLayer")
    readonly property alias controller: controller

    ProofLayerController {
        id: controller
        session: root.session
    }
    Binding {
        target: controller.feed
        property: "taskType"
        value: filterBar.taskType
    }
    Binding {
        target: controller.feed
        property: "status"
        value: filterBar.status
    }
    Binding {
        target: controller.feed
        property: "minRewardSats"
        value: filterBar.minRewardSats
    }
    Binding {
        target: controller.feed
        property: "maxRewardSats"
        value: filterBar.maxRewardSats
    }
    onVisibleChanged: {
        if (root.visible && controller.accountState !== ProofLayerController.Loading)
            controller.refresh();
    }

    readonly property int accountState: controller.accountState
    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.spacingMedium

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingMedium
            Label {
                Layout.fillWidth: true
                text: root.title
                font.pixelSize: Theme.titleSize
                font.weight: Font.DemiBold
                color: Theme.text
            }
            BusyIndicator {
                objectName: "busyIndicator"
                running: controller.busy
                visible: running
                Layout.preferredWidth: 28
                Layout.preferredHeight: 28
            }
            ActionButton {
                objectName: "refreshButton"
                visible: root.accountState === ProofLayerController.Registered
                         || root.accountState === ProofLayerController.Unregistered
                enabled: !controller.busy
                //: Button: ask ProofLayer for the feed, payouts and reputation now
                text: qsTr("Refresh")
                onClicked: controller.refresh()
            }
        }
        ErrorBanner {
            objectName: "errorBanner"
            Layout.fillWidth: true
            visible: controller.errorText.length > 0
            text: controller.errorText
            onRetryRequested: controller.refresh()
        }
        EmptyState {
            objectName: "loadingState"
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: root.accountState === ProofLayerController.Loading
            //: ProofLayer page while the data folder is not open yet
            title: qsTr("Opening…")
            //: ProofLayer page while the data folder is not open yet
            detail: qsTr("The ProofLayer screen is ready once Lightwork is set up.")
        }
        EmptyState {
            objectName: "noAccountState"
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: root.accountState === ProofLayerController.NoAccount
            //: ProofLayer page when the profile has no ProofLayer account
            title: qsTr("No ProofLayer account")
            detail: controller.accountText
        }
        ScrollView {
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: root.accountState === ProofLayerController.Unregistered
            contentWidth: availableWidth
            RegistrationPanel {
                objectName: "registrationPanel"
                width: parent ? parent.width : implicitWidth
                displayName: controller.displayName
                lightningAddress: controller.lightningAddress
                addressState: controller.addressState
                payeeText: controller.payeeText
                payeeRangeText: controller.payeeRangeText
                addressError: controller.addressError
                registering: controller.registering
                registerError: controller.registerError
                onDisplayNameEdited: text => controller.displayName = text
                onAddressEdited: text => controller.lightningAddress = text
                onCheckRequested: controller.checkAddress()
                onRegisterRequested: controller.registerWorker()
            }
        }
        RowLayout {
            objectName: "workerArea"
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: root.accountState === ProofLayerController.Registered
            spacing: Theme.margin

            ColumnLayout {
                Layout.fillWidth: true
                Layout.fillHeight: true
                spacing: Theme.spacing
                ProofLayerFilterBar {
                    id: filterBar
                    Layout.fillWidth: true
                    taskTypes: controller.feed.taskTypes
                    statuses: controller.feed.statuses
                }
                Label {
                    objectName: "claimPriceLabel"
                    Layout.fillWidth: true
                    text: controller.claimPriceText
                    wrapMode: Text.Wrap
                    color: Theme.mutedText
                    font.pixelSize: Theme.captionSize
                }
                Label {
                    objectName: "claimResultLabel"
                    Layout.fillWidth: true
                    visible: text.length > 0
                    text: controller.claimError.length > 0 ? controller.claimError : controller.claimText
                    textFormat: Text.PlainText
                    wrapMode: Text.Wrap
                    color: controller.claimError.length > 0 ? Theme.danger : Theme.success
                }
                ListView {
                    id: feedList
                    objectName: "feedList"
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    clip: true
                    model: controller.feed
                    activeFocusOnTab: true
                    spacing: 1
                    Accessible.role: Accessible.List
                    //: Accessible name of the ProofLayer task list
                    Accessible.name: qsTr("ProofLayer tasks")
                    delegate: ProofLayerTaskDelegate {
                        canClaim: controller.claimingTaskId.length === 0
                        claiming: controller.claimingTaskId === taskId
                        chosen: controller.submitForm.taskId === taskId
                        onClaimRequested: id => controller.claim(id)
                        onSubmitRequested: id => controller.chooseForSubmit(id)
                    }
                    ScrollBar.vertical: ScrollBar {}
                }
                Label {
                    objectName: "emptyFeedLabel"
                    visible: feedList.count === 0
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                    color: Theme.mutedText
                    text: controller.feed.totalCount > 0
                          //: Every ProofLayer task is hidden by the filters
                          ? qsTr("No task matches the filters.")
                          //: The ProofLayer feed is empty
                          : qsTr("No open tasks right now. Refresh, or come back later.")
                }
            }
            ScrollView {
                Layout.preferredWidth: 420
                Layout.fillHeight: true
                contentWidth: availableWidth
                ColumnLayout {
                    width: parent ? parent.width : implicitWidth
                    spacing: Theme.margin
                    WorkerPanel {
                        objectName: "workerPanel"
                        Layout.fillWidth: true
                        workerId: controller.workerId
                        workerName: controller.workerName
                        payoutAddress: controller.payoutAddress
                        hasReputation: controller.hasReputation
                        reputationText: controller.reputationText
                        reputationFraction: controller.reputationFraction
                        tierText: controller.tierText
                        completedJobsText: controller.completedJobsText
                        multiplierText: controller.multiplierText
                        totalEarnedText: controller.totalEarnedText
                        payoutsModel: controller.payouts
                    }
                    SubmitPanel {
                        objectName: "submitPanel"
                        Layout.fillWidth: true
                        visible: controller.submitForm.taskId.length > 0
                        form: controller.submitForm
                    }
                }
            }
        }
    }
}
