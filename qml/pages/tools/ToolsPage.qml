// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import Lightwork
import Lightwork.Backend

// Tools: the profile's L402 tool market through a ToolsController. The page stays alive when
// another area is shown, so a run goes on and its result waits.
ToolsView {
    id: root

    //! The app's Session (`session: Session`); without one the page is empty.
    property var session: null
    readonly property alias controller: tools

    ToolsController {
        id: tools
        session: root.session
    }
    onVisibleChanged: {
        if (root.visible)
            tools.refreshRuns();
    }

    marketName: tools.marketName
    errorText: tools.errorText
    loading: tools.state === ToolsController.Loading
    noAccount: tools.state === ToolsController.NoAccount
    catalogModel: tools.catalog
    formModel: tools.form
    runsModel: tools.runs
    runCount: tools.runs.count
    selectedSlug: tools.selectedSlug
    selectedName: tools.selectedName
    selectedDescription: tools.selectedDescription
    selectedAsync: tools.selectedAsync
    priceText: tools.priceText
    priceSourceText: tools.priceSourceText
    canRun: tools.canRun
    running: tools.runState === ToolsController.Paying || tools.runState === ToolsController.Following
             || tools.runState === ToolsController.Claiming
    runStatusText: tools.runStatusText
    elapsedText: tools.elapsedText
    resultText: tools.resultText
    resultImage: tools.resultImage
    resultNote: tools.resultNote
    canClaimRefund: tools.canClaimRefund
    refundText: tools.refundText
    questionsModel: tools.questions
    questionCount: tools.questions.count
    questionsMessage: tools.questions.message
    canSendAnswers: tools.canSendAnswers
    answersErrorText: tools.answersErrorText

    onSearchEdited: text => tools.catalog.filterText = text
    onToolChosen: slug => tools.selectTool(slug)
    onFieldEdited: (row, value) => tools.form.setValue(row, value)
    onRunRequested: tools.run()
    onRefundRequested: tools.claimRefund()
    onCopyRequested: tools.copyResult()
    onRetryRequested: tools.reload()
    onLaterRefundRequested: journalId => tools.claimLaterRefund(journalId)
    onAnswerEdited: (row, text) => tools.questions.setAnswer(row, text)
    onAnswersRequested: tools.sendAnswers()
}
