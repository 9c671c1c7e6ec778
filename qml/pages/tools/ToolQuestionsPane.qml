// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import Lightwork

// The market's questions before a paid tool call goes on: one answer field per question, the
// answers sent together (they cost nothing more), and why they were not taken. The questions
// are the market's text, shown plain; the answers are checked and sent in C++.
Pane {
    id: root

    property var model: null
    property string message
    property bool canSend: false
    property bool sending: false
    property string errorText

    signal answerEdited(int row, string text)
    signal sendRequested()

    padding: Theme.spacingLarge
    background: Rectangle {
        color: Theme.surface
        radius: Theme.radiusSmall
        border.width: 1
        border.color: Theme.separator
    }

    // Positioners with set widths: wrapped text then always has its height before placing.
    Column {
        width: root.availableWidth
        spacing: Theme.spacingMedium

        Label {
            width: root.availableWidth
            //: Heading above the questions a tool's market asks before it goes on.
            text: qsTr("The market asks")
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
            font.pixelSize: Theme.subtitleSize
            font.weight: Font.DemiBold
            color: Theme.text
        }
        Label {
            objectName: "toolQuestionsMessage"
            width: root.availableWidth
            visible: root.message.length > 0
            text: root.message
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
            font.pixelSize: Theme.captionSize
            color: Theme.mutedText
        }
        Repeater {
            objectName: "toolQuestions"
            model: root.model
            delegate: Column {
                id: row

                required property int index
                required property string question
                required property string answer
                required property string errorText

                width: root.availableWidth
                spacing: Theme.spacingSmall

                Label {
                    objectName: "toolQuestion_" + row.index
                    width: root.availableWidth
                    text: row.question
                    textFormat: Text.PlainText
                    wrapMode: Text.Wrap
                    font.pixelSize: Theme.bodySize
                    font.weight: Font.DemiBold
                    color: Theme.text
                }
                TextField {
                    objectName: "toolAnswer_" + row.index
                    width: root.availableWidth
                    text: row.answer
                    selectByMouse: true
                    maximumLength: 2000
                    enabled: !root.sending
                    //: Placeholder of the answer field under a market's question.
                    placeholderText: qsTr("Your answer")
                    placeholderTextColor: Theme.mutedText
                    Accessible.name: row.question
                    Accessible.description: row.errorText
                    onTextEdited: root.answerEdited(row.index, text)
                    Keys.onReturnPressed: root.sendRequested()
                    Keys.onEnterPressed: root.sendRequested()
                }
                Label {
                    width: root.availableWidth
                    visible: row.errorText.length > 0
                    text: row.errorText
                    textFormat: Text.PlainText
                    wrapMode: Text.Wrap
                    font.pixelSize: Theme.captionSize
                    color: Theme.danger
                    Accessible.role: Accessible.AlertMessage
                    Accessible.name: row.errorText
                }
            }
        }
        Label {
            objectName: "toolAnswersError"
            width: root.availableWidth
            visible: root.errorText.length > 0
            text: root.errorText
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
            color: Theme.danger
            Accessible.role: Accessible.AlertMessage
            Accessible.name: root.errorText
        }
        ActionButton {
            objectName: "toolAnswersSend"
            highlighted: true
            enabled: root.canSend && !root.sending
            //: Send the answers to the questions a tool's market asked (no further payment).
            text: qsTr("Send answers")
            onClicked: root.sendRequested()
        }
    }
}
