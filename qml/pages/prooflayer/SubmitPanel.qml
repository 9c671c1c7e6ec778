// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Lightwork
import Lightwork.Backend

// The result of a claimed task: the answer as a JSON object (checked as it is typed, with the
// line of the first mistake; Prettify lays it out), how sure the worker is (0 to 1) and an
// https proof link, then Submit with its progress and the market's answer.
ColumnLayout {
    id: root

    required property ProofLayerSubmitForm form

    readonly property bool submitting: root.form.state === ProofLayerSubmitForm.Submitting

    spacing: Theme.spacing

    Label {
        Layout.fillWidth: true
        //: Heading of the result form; %1 is the task's title
        text: qsTr("Result for “%1”").arg(root.form.taskTitle)
        textFormat: Text.PlainText
        elide: Text.ElideRight
        font.pixelSize: Theme.subtitleSize
        font.weight: Font.DemiBold
        color: Theme.text
    }
    RowLayout {
        Layout.fillWidth: true
        Label {
            Layout.fillWidth: true
            //: Label of the answer editor (a JSON object)
            text: qsTr("Answer (JSON object)")
            color: Theme.text
        }
        ActionButton {
            objectName: "prettifyButton"
            enabled: root.form.answerError.length === 0
            //: Button: lay the answer JSON out with indents
            text: qsTr("Prettify")
            onClicked: root.form.prettify()
        }
    }
    ScrollView {
        Layout.fillWidth: true
        Layout.preferredHeight: 140
        TextArea {
            id: answerArea
            objectName: "answerEditor"
            font.family: "monospace"
            font.pixelSize: Theme.bodySize
            wrapMode: TextEdit.NoWrap
            selectByMouse: true
            //: Accessible name of the answer editor
            Accessible.name: qsTr("Answer as JSON")
            background: Rectangle {
                color: Theme.surface
                radius: Theme.radiusSmall
                border.width: answerArea.activeFocus ? Theme.focusWidth : 1
                border.color: root.form.answerError.length > 0 ? Theme.danger
                              : answerArea.activeFocus ? Theme.focusRing : Theme.separator
            }
            KeyNavigation.priority: KeyNavigation.BeforeItem
            KeyNavigation.tab: confidenceSlider
            onTextChanged: if (text !== root.form.answerText) root.form.answerText = text
            Component.onCompleted: text = root.form.answerText
        }
    }
    // Prettify and a new task change the form's text: the editor follows (typing does not
    // loop back, the texts are equal by then).
    Connections {
        target: root.form
        function onAnswerChanged() {
            if (answerArea.text !== root.form.answerText)
                answerArea.text = root.form.answerText;
        }
    }
    Label {
        objectName: "answerErrorLabel"
        Layout.fillWidth: true
        visible: root.form.answerError.length > 0
        text: root.form.answerError
        textFormat: Text.PlainText
        wrapMode: Text.Wrap
        color: Theme.danger
    }
    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacing
        Label {
            //: Label of the confidence slider (how sure the worker is of the answer)
            text: qsTr("Confidence")
            color: Theme.text
        }
        Slider {
            id: confidenceSlider
            objectName: "confidenceSlider"
            Layout.fillWidth: true
            from: 0
            to: 1
            stepSize: 0.05
            value: root.form.confidence
            Accessible.name: qsTr("Confidence")
            onMoved: root.form.confidence = value
        }
        Label {
            objectName: "confidenceLabel"
            text: Number(root.form.confidence).toLocaleString(Qt.locale(), "f", 2)
            color: Theme.text
        }
    }
    TextField {
        objectName: "proofUrlField"
        Layout.fillWidth: true
        text: root.form.proofUrl
        inputMethodHints: Qt.ImhUrlCharactersOnly | Qt.ImhNoAutoUppercase
        placeholderText: root.form.proofRequired
                         //: Placeholder of the proof URL field when the task needs proof
                         ? qsTr("Proof URL (required), https://…")
                         //: Placeholder of the proof URL field when proof is optional
                         : qsTr("Proof URL (optional), https://…")
        //: Accessible name of the proof URL field
        Accessible.name: qsTr("Proof URL")
        onTextEdited: root.form.proofUrl = text
    }
    Label {
        objectName: "proofUrlErrorLabel"
        Layout.fillWidth: true
        visible: root.form.proofUrlError.length > 0
        text: root.form.proofUrlError
        wrapMode: Text.Wrap
        color: Theme.danger
    }
    RowLayout {
        spacing: Theme.spacing
        ActionButton {
            objectName: "submitButton"
            highlighted: true
            enabled: root.form.canSubmit
            //: Button: send the result to ProofLayer
            text: root.submitting ? qsTr("Submitting…") : qsTr("Submit")
            onClicked: root.form.submit()
        }
        BusyIndicator {
            running: root.submitting
            visible: running
            Layout.preferredHeight: 28
            Layout.preferredWidth: 28
        }
    }
    Label {
        objectName: "submitResultLabel"
        Layout.fillWidth: true
        visible: text.length > 0
        text: root.form.state === ProofLayerSubmitForm.Failed ? root.form.errorText : root.form.resultText
        textFormat: Text.PlainText
        wrapMode: Text.Wrap
        color: root.form.state === ProofLayerSubmitForm.Failed ? Theme.danger : Theme.success
    }
}
