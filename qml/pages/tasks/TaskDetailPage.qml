// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import Lightwork
import Lightwork.Backend

// A task's detail over a TaskDetail controller: what the controller knows in, the user's
// intents out to it. The view itself is TaskDetailView.
FocusScope {
    id: root

    required property TaskDetail detail

    signal backRequested()

    TaskDetailView {
        id: view
        objectName: "taskDetailView"
        anchors.fill: parent
        focus: true
        title: root.detail.title
        description: root.detail.description
        descriptionShortened: root.detail.descriptionShortened
        status: root.detail.status
        budgetText: root.detail.budgetText
        market: root.detail.market
        buyerId: root.detail.buyerId
        workerId: root.detail.workerId
        isBuyer: root.detail.role === TaskDetail.Buyer
        quotesModel: root.detail.quotes
        quoteCount: root.detail.quotes ? root.detail.quotes.count : 0
        timelineModel: root.detail.timeline
        escrowWaitingText: root.detail.escrowWaitingText
        errorText: root.detail.errorText
        actionText: root.detail.actionText
        paymentPending: root.detail.paymentPending
        busy: root.detail.busy
        loading: root.detail.state === TaskDetail.Loading
        canQuote: root.detail.canQuote
        canConfirm: root.detail.canConfirm
        quoteFeeText: root.detail.quoteFeeText
        onBackRequested: root.backRequested()
        onRetryRequested: root.detail.reload()
        onAcceptRequested: (quoteId) => root.detail.acceptQuote(quoteId)
        onConfirmRequested: root.detail.confirm()
        onQuoteRequested: (priceSats, message) => root.detail.sendQuote(priceSats, message)
        // The delivery panel reads the task itself.
        session: root.detail.session
        taskId: root.detail.taskId
    }
    // The linter of Qt 6.4 does not know int64 properties: the account is read and set
    // untyped.
    readonly property var untypedDetail: root.detail
    Binding {
        target: view
        property: "accountId"
        value: root.untypedDetail.accountId
    }
}
