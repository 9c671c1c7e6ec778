// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Lightwork

// The chosen tool: its form, the price before paying, the run's progress, its result (plain
// text or an image made in C++), the market's questions before a paid call goes on, and the
// refund of a failed run.
ColumnLayout {
    id: root

    property string name
    property string description
    property bool async: false
    property var formModel: null
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

    signal fieldEdited(int row, var value)
    signal runRequested()
    signal refundRequested()
    signal copyRequested()
    signal answerEdited(int row, string text)
    signal answersRequested()

    spacing: Theme.spacingLarge

    ColumnLayout {
        Layout.fillWidth: true
        spacing: Theme.spacingSmall
        Label {
            objectName: "toolName"
            Layout.fillWidth: true
            text: root.name
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
            font.pixelSize: Theme.subtitleSize
            font.weight: Font.DemiBold
            color: Theme.text
        }
        Label {
            Layout.fillWidth: true
            text: root.description
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
            font.pixelSize: Theme.bodySize
            color: Theme.mutedText
        }
    }
    Repeater {
        objectName: "toolFields"
        model: root.formModel
        delegate: ToolFieldDelegate {
            Layout.fillWidth: true
            onEdited: (row, value) => root.fieldEdited(row, value)
        }
    }
    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacingMedium
        ActionButton {
            objectName: "runToolButton"
            highlighted: true
            enabled: root.canRun
            text: root.priceText.length > 0
                  //: Run a tool: pay its price (e.g. "100 sat") and run it.
                  ? qsTr("Pay %1 and run").arg(root.priceText)
                  //: Run a tool whose price is not known yet.
                  : qsTr("Run")
            onClicked: root.runRequested()
        }
        Label {
            objectName: "toolPriceSource"
            Layout.fillWidth: true
            text: root.priceSourceText
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
            font.pixelSize: Theme.captionSize
            color: Theme.mutedText
        }
    }
    RowLayout {
        Layout.fillWidth: true
        visible: root.runStatusText.length > 0
        spacing: Theme.spacing
        BusyIndicator {
            running: root.running
            visible: running
            Layout.preferredWidth: Theme.headingSize
            Layout.preferredHeight: Theme.headingSize
            //: Accessible name of the indicator while a tool runs.
            Accessible.name: qsTr("The tool is running")
        }
        Label {
            objectName: "toolRunStatus"
            Layout.fillWidth: true
            text: root.runStatusText
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
            color: Theme.text
            Accessible.role: Accessible.StaticText
            Accessible.name: root.runStatusText
        }
        Label {
            objectName: "toolElapsed"
            text: root.elapsedText
            textFormat: Text.PlainText
            font.pixelSize: Theme.captionSize
            color: Theme.mutedText
        }
    }
    ToolQuestionsPane {
        objectName: "toolQuestionsPane"
        Layout.fillWidth: true
        visible: root.questionCount > 0
        model: root.questionsModel
        message: root.questionsMessage
        canSend: root.canSendAnswers
        sending: root.running
        errorText: root.answersErrorText
        onAnswerEdited: (row, text) => root.answerEdited(row, text)
        onSendRequested: root.answersRequested()
    }
    Image {
        objectName: "toolResultImage"
        Layout.fillWidth: true
        // Small images are scaled up (sharp), large ones down.
        Layout.preferredHeight: visible ? Math.max(128, Math.min(implicitHeight, 360)) : 0
        visible: root.resultImage.length > 0
        // A data URL built in C++ from decoded pixels; never a remote address.
        source: root.resultImage
        fillMode: Image.PreserveAspectFit
        horizontalAlignment: Image.AlignLeft
        smooth: implicitHeight >= 128
        //: Accessible name of a tool's image result.
        Accessible.name: qsTr("The tool's image")
        Accessible.role: Accessible.Graphic
    }
    ColumnLayout {
        Layout.fillWidth: true
        visible: root.resultText.length > 0
        spacing: Theme.spacingSmall
        RowLayout {
            Layout.fillWidth: true
            Label {
                Layout.fillWidth: true
                //: Heading above a tool's result.
                text: qsTr("Result")
                textFormat: Text.PlainText
                font.weight: Font.DemiBold
                color: Theme.text
            }
            ActionButton {
                objectName: "copyResultButton"
                flat: true
                //: Copy a tool's result text to the clipboard.
                text: qsTr("Copy")
                onClicked: root.copyRequested()
            }
        }
        TextArea {
            objectName: "toolResultText"
            Layout.fillWidth: true
            readOnly: true
            selectByMouse: true
            textFormat: TextEdit.PlainText
            wrapMode: TextEdit.Wrap
            text: root.resultText
            background: Rectangle {
                color: Theme.surface
                radius: Theme.radiusSmall
                border.width: 1
                border.color: Theme.separator
            }
            //: Accessible name of a tool's result text.
            Accessible.name: qsTr("The tool's result")
        }
    }
    Label {
        objectName: "toolResultNote"
        Layout.fillWidth: true
        visible: root.resultNote.length > 0
        text: root.resultNote
        textFormat: Text.PlainText
        wrapMode: Text.Wrap
        font.pixelSize: Theme.captionSize
        color: Theme.mutedText
    }
    RowLayout {
        Layout.fillWidth: true
        visible: root.refundText.length > 0
        spacing: Theme.spacingMedium
        Label {
            objectName: "toolRefundText"
            Layout.fillWidth: true
            text: root.refundText
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
            color: Theme.text
        }
        ActionButton {
            objectName: "claimRefundButton"
            visible: root.canClaimRefund
            //: Claim a failed tool run's refund into the wallet.
            text: qsTr("Claim refund")
            onClicked: root.refundRequested()
        }
    }
}
