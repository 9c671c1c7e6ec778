// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Lightwork

// The Tools screen as data in and intents out: the catalogue on the left, the chosen tool
// (form, price, run, the market's questions, result, refund) and the recent runs on the right.
FocusScope {
    id: root

    //: Tools page heading.
    property string title: qsTr("Tools")
    property string marketName
    property string errorText
    property bool loading: false
    property bool noAccount: false
    property var catalogModel: null
    property var formModel: null
    property var runsModel: null
    property int runCount: 0
    property string selectedSlug
    property string selectedName
    property string selectedDescription
    property bool selectedAsync: false
    property string priceText
    property string priceSourceText
    property bool canRun: false
    property bool running: false
    property string runStatusText
    property string elapsedText
    property string resultText
    property string resultImage
    property string resultNote
    property bool canClaimRefund: false
    property string refundText
    property var questionsModel: null
    property int questionCount: 0
    property string questionsMessage
    property bool canSendAnswers: false
    property string answersErrorText

    signal searchEdited(string text)
    signal toolChosen(string slug)
    signal fieldEdited(int row, var value)
    signal runRequested()
    signal refundRequested()
    signal copyRequested()
    signal retryRequested()
    signal laterRefundRequested(var journalId)
    signal answerEdited(int row, string text)
    signal answersRequested()

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.spacingLarge

        RowLayout {
            Layout.fillWidth: true
            Label {
                objectName: "toolsTitle"
                Layout.fillWidth: true
                text: root.title
                textFormat: Text.PlainText
                font.pixelSize: Theme.headingSize
                font.weight: Font.DemiBold
                color: Theme.text
            }
            BusyIndicator {
                running: root.loading
                visible: running
                Layout.preferredWidth: Theme.headingSize
                Layout.preferredHeight: Theme.headingSize
                //: Accessible name of the indicator while the tool catalogue is read.
                Accessible.name: qsTr("Reading the tool catalogue")
            }
        }
        ErrorBanner {
            objectName: "toolsError"
            Layout.fillWidth: true
            visible: root.errorText.length > 0 && !root.noAccount
            text: root.errorText
            onRetryRequested: root.retryRequested()
        }
        EmptyState {
            objectName: "toolsNoAccount"
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: root.noAccount
            //: The profile has no tool market set up.
            title: qsTr("No tool market yet")
            detail: root.errorText
        }
        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: !root.noAccount
            spacing: Theme.margin

            ToolCatalogPane {
                objectName: "toolCatalog"
                Layout.preferredWidth: 320
                Layout.maximumWidth: 320
                Layout.fillWidth: false
                Layout.fillHeight: true
                model: root.catalogModel
                marketName: root.marketName
                selectedSlug: root.selectedSlug
                onSearchEdited: text => root.searchEdited(text)
                onChosen: slug => root.toolChosen(slug)
            }
            Flickable {
                id: flick
                objectName: "toolDetailFlick"
                Layout.fillWidth: true
                Layout.fillHeight: true
                contentHeight: detail.implicitHeight
                boundsBehavior: Flickable.StopAtBounds
                clip: true
                ScrollBar.vertical: ScrollBar {}

                ColumnLayout {
                    id: detail
                    width: Math.min(Theme.readableWidth + 120, flick.width - Theme.spacingMedium)
                    spacing: Theme.margin

                    Label {
                        Layout.fillWidth: true
                        visible: root.selectedSlug.length === 0
                        //: Tools page: what to do before a tool is chosen.
                        text: qsTr("Choose a tool on the left to see what it needs and costs.")
                        textFormat: Text.PlainText
                        wrapMode: Text.Wrap
                        color: Theme.mutedText
                    }
                    ToolRunPane {
                        objectName: "toolRunPane"
                        Layout.fillWidth: true
                        visible: root.selectedSlug.length > 0 || root.runStatusText.length > 0
                        name: root.selectedName
                        description: root.selectedDescription
                        async: root.selectedAsync
                        formModel: root.formModel
                        priceText: root.priceText
                        priceSourceText: root.priceSourceText
                        canRun: root.canRun
                        running: root.running
                        runStatusText: root.runStatusText
                        elapsedText: root.elapsedText
                        resultText: root.resultText
                        resultImage: root.resultImage
                        resultNote: root.resultNote
                        canClaimRefund: root.canClaimRefund
                        refundText: root.refundText
                        questionsModel: root.questionsModel
                        questionCount: root.questionCount
                        questionsMessage: root.questionsMessage
                        canSendAnswers: root.canSendAnswers
                        answersErrorText: root.answersErrorText
                        onFieldEdited: (row, value) => root.fieldEdited(row, value)
                        onRunRequested: root.runRequested()
                        onRefundRequested: root.refundRequested()
                        onCopyRequested: root.copyRequested()
                        onAnswerEdited: (row, text) => root.answerEdited(row, text)
                        onAnswersRequested: root.answersRequested()
                    }
                    Label {
                        Layout.fillWidth: true
                        //: Tools page section: the profile's recent tool runs.
                        text: qsTr("Recent runs")
                        textFormat: Text.PlainText
                        font.pixelSize: Theme.subtitleSize
                        font.weight: Font.DemiBold
                        color: Theme.text
                    }
                    Label {
                        Layout.fillWidth: true
                        visible: root.runCount === 0
                        //: Tools page: no tool was run in this profile yet.
                        text: qsTr("No runs yet.")
                        textFormat: Text.PlainText
                        color: Theme.mutedText
                    }
                    ListView {
                        objectName: "toolRuns"
                        Layout.fillWidth: true
                        Layout.preferredHeight: contentHeight
                        interactive: false
                        model: root.runsModel
                        //: Accessible name of the list of recent tool runs.
                        Accessible.name: qsTr("Recent runs")
                        Accessible.role: Accessible.List
                        delegate: ToolRunDelegate {
                            onClaimRequested: journalId => root.laterRefundRequested(journalId)
                        }
                    }
                }
            }
        }
    }
}
