// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Lightwork
import Lightwork.Backend

// Post a task: the market, title, description and budget (and ProofLayer's own fields), what
// posting costs before anything is paid, how to pay, then progress and the new task's id.
// Every check is the form's (PostTaskForm); each field's error shows under it.
FocusScope {
    id: root

    required property PostTaskForm form
    //: Post a task page heading.
    property string title: qsTr("Post a task")
    readonly property bool proofLayer: root.form.market === PostTaskForm.ProofLayer

    component FieldError: Label {
        objectName: "fieldError"
        Layout.fillWidth: true
        visible: text.length > 0
        textFormat: Text.PlainText
        wrapMode: Text.Wrap
        font.pixelSize: Theme.captionSize
        color: Theme.danger
        Accessible.role: Accessible.AlertMessage
        Accessible.name: text
    }
    component InputArea: TextArea {
        id: area
        wrapMode: TextEdit.Wrap
        selectByMouse: true
        placeholderTextColor: Theme.mutedText
        color: Theme.text
        background: Rectangle {
            color: Theme.surface
            radius: Theme.radiusSmall
            border.width: area.activeFocus ? Theme.focusWidth : 1
            border.color: area.activeFocus ? Theme.focusRing : Theme.separator
        }
    }
    component FieldLabel: Label {
        textFormat: Text.PlainText
        font.pixelSize: Theme.bodySize
        font.weight: Font.DemiBold
        color: Theme.text
    }

    Flickable {
        id: flick
        anchors.fill: parent
        contentHeight: column.implicitHeight + 2 * Theme.margin
        boundsBehavior: Flickable.StopAtBounds
        clip: true
        ScrollBar.vertical: ScrollBar {}

        ColumnLayout {
            id: column
            x: Theme.margin
            y: Theme.margin
            width: Math.min(Theme.readableWidth + 80, flick.width - 2 * Theme.margin)
            spacing: Theme.spacingMedium

            Label {
                objectName: "postTitle"
                text: root.title
                textFormat: Text.PlainText
                font.pixelSize: Theme.headingSize
                font.weight: Font.DemiBold
                color: Theme.text
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            Label {
                objectName: "noAccount"
                Layout.fillWidth: true
                visible: !root.form.hireAvailable
                //: Post a task: the profile has no 402ai account to post with.
                text: qsTr("This profile has no 402ai account yet. Set one up (or try the sandbox) to post tasks.")
                textFormat: Text.PlainText
                wrapMode: Text.Wrap
                font.pixelSize: Theme.bodySize
                color: Theme.mutedText
            }

            RowLayout {
                visible: root.form.proofLayerAvailable
                spacing: Theme.spacingMedium
                FieldLabel {
                    //: Post a task: which market to post on.
                    text: qsTr("Market")
                }
                RadioButton {
                    objectName: "market402ai"
                    //: Post a task: the 402ai market (a product name).
                    text: qsTr("402ai")
                    checked: !root.proofLayer
                    Accessible.name: text
                    onClicked: root.form.market = PostTaskForm.AiForHire
                }
                RadioButton {
                    objectName: "marketProofLayer"
                    //: Post a task: the ProofLayer market (a product name).
                    text: qsTr("ProofLayer")
                    checked: root.proofLayer
                    Accessible.name: text
                    onClicked: root.form.market = PostTaskForm.ProofLayer
                }
            }

            FieldLabel {
                //: Post a task: label of the title field.
                text: qsTr("Title")
            }
            TextField {
                objectName: "titleField"
                Layout.fillWidth: true
                focus: true
                text: root.form.title
                maximumLength: 400
                //: Post a task: placeholder of the title field.
                placeholderText: qsTr("What needs doing, in one line")
                placeholderTextColor: Theme.mutedText
                //: Post a task: accessible name of the title field.
                Accessible.name: qsTr("Title")
                onTextEdited: root.form.title = text
            }
            FieldError {
                objectName: "titleError"
                text: root.form.titleError
            }

            FieldLabel {
                text: root.proofLayer
                      //: Post a task (ProofLayer): label of the optional context field.
                      ? qsTr("Context (optional)")
                      //: Post a task: label of the description field.
                      : qsTr("Description")
            }
            InputArea {
                objectName: "descriptionField"
                Layout.fillWidth: true
                Layout.preferredHeight: 140
                text: root.form.description
                //: Post a task: placeholder of the description field.
                placeholderText: qsTr("Everything a worker needs to know")
                //: Post a task: accessible name of the description field.
                Accessible.name: qsTr("Description")
                onTextChanged: if (text !== root.form.description) root.form.description = text
            }
            FieldError {
                objectName: "descriptionError"
                text: root.form.descriptionError
            }

            GridLayout {
                objectName: "proofLayerFields"
                Layout.fillWidth: true
                visible: root.proofLayer
                columns: 2
                columnSpacing: Theme.spacingMedium
                rowSpacing: Theme.spacing
                FieldLabel {
                    //: Post a task (ProofLayer): the kind of task.
                    text: qsTr("Task type")
                }
                ComboBox {
                    objectName: "taskTypeBox"
                    Layout.fillWidth: true
                    model: root.form.taskTypes
                    currentIndex: root.form.taskTypeIndex
                    //: Post a task (ProofLayer): accessible name of a field.
                    Accessible.name: qsTr("Task type")
                    onActivated: (index) => root.form.taskTypeIndex = index
                }
                FieldLabel {
                    //: Post a task (ProofLayer): who may work on it, a human or an agent.
                    text: qsTr("Worker type")
                }
                ComboBox {
                    objectName: "workerTypeBox"
                    Layout.fillWidth: true
                    model: root.form.workerTypes
                    currentIndex: root.form.workerTypeIndex
                    //: Post a task (ProofLayer): accessible name of a field.
                    Accessible.name: qsTr("Worker type")
                    onActivated: (index) => root.form.workerTypeIndex = index
                }
                FieldLabel {
                    //: Post a task (ProofLayer): whether the worker must attach a proof.
                    text: qsTr("Trust mode")
                }
                ComboBox {
                    objectName: "trustModeBox"
                    Layout.fillWidth: true
                    model: root.form.trustModeChoices
                    currentIndex: root.form.trustModeIndex
                    //: Post a task (ProofLayer): accessible name of a field.
                    Accessible.name: qsTr("Trust mode")
                    onActivated: (index) => root.form.trustModeIndex = index
                }
                FieldLabel {
                    //: Post a task (ProofLayer): the question the worker answers.
                    text: qsTr("Question")
                }
                TextField {
                    objectName: "inputField"
                    Layout.fillWidth: true
                    text: root.form.input
                    //: Post a task (ProofLayer): placeholder of the question field.
                    placeholderText: qsTr("What should the worker answer?")
                    placeholderTextColor: Theme.mutedText
                    //: Post a task (ProofLayer): accessible name of a field.
                    Accessible.name: qsTr("Question")
                    onTextEdited: root.form.input = text
                }
            }
            FieldError {
                objectName: "inputError"
                text: root.form.inputError
            }

            FieldLabel {
                //: Post a task: label of the budget field.
                text: qsTr("Budget (sat)")
            }
            TextField {
                objectName: "budgetField"
                Layout.preferredWidth: 220
                text: root.form.budget
                inputMethodHints: Qt.ImhDigitsOnly
                //: Post a task: placeholder of the budget field.
                placeholderText: qsTr("e.g. 500")
                placeholderTextColor: Theme.mutedText
                //: Post a task: accessible name of the budget field.
                Accessible.name: qsTr("Budget in sats")
                onTextEdited: root.form.budget = text
            }
            FieldError {
                objectName: "budgetError"
                text: root.form.budgetError
            }

            RowLayout {
                visible: !root.proofLayer
                spacing: Theme.spacingMedium
                FieldLabel {
                    //: Post a task: how the posting fee is paid.
                    text: qsTr("Pay with")
                }
                RadioButton {
                    objectName: "payBalance"
                    text: root.form.balanceText.length > 0
                          //: Post a task: pay from the 402ai balance; %1 is the balance.
                          ? qsTr("402ai balance (%1)").arg(root.form.balanceText)
                          //: Post a task: pay from the 402ai balance (amount not known yet).
                          : qsTr("402ai balance")
                    checked: root.form.payBy === PostTaskForm.Balance
                    Accessible.name: text
                    onClicked: root.form.payBy = PostTaskForm.Balance
                }
                RadioButton {
                    objectName: "payWallet"
                    //: Post a task: pay from the Lightning wallet.
                    text: qsTr("Wallet")
                    checked: root.form.payBy === PostTaskForm.Wallet
                    Accessible.name: text
                    onClicked: root.form.payBy = PostTaskForm.Wallet
                }
            }
            Label {
                Layout.fillWidth: true
                text: root.form.payHint
                textFormat: Text.PlainText
                wrapMode: Text.Wrap
                font.pixelSize: Theme.captionSize
                color: Theme.mutedText
            }
            FieldError {
                objectName: "payError"
                text: root.form.payError
            }

            Rectangle {
                objectName: "feeBox"
                Layout.fillWidth: true
                implicitHeight: feeLabel.implicitHeight + 2 * Theme.spacingMedium
                radius: Theme.radius
                color: Theme.raisedSurface
                border.color: Theme.separator
                border.width: 1
                Label {
                    id: feeLabel
                    objectName: "feeText"
                    anchors.fill: parent
                    anchors.margins: Theme.spacingMedium
                    text: root.form.feeText
                    textFormat: Text.PlainText
                    wrapMode: Text.Wrap
                    font.pixelSize: Theme.bodySize
                    color: Theme.text
                }
            }

            RowLayout {
                spacing: Theme.spacingMedium
                ActionButton {
                    objectName: "submitButton"
                    visible: root.form.state !== PostTaskForm.Posted
                    enabled: root.form.canSubmit
                    highlighted: true
                    //: Post a task: pays the posting price and posts.
                    text: qsTr("Pay and post")
                    onClicked: root.form.submit()
                }
                ActionButton {
                    objectName: "anotherButton"
                    visible: root.form.state === PostTaskForm.Posted
                             || root.form.state === PostTaskForm.Failed
                    //: Post a task: clears the form for the next task.
                    text: qsTr("Post another")
                    onClicked: root.form.reset()
                }
                BusyIndicator {
                    objectName: "busyIndicator"
                    running: root.form.busy
                    visible: root.form.busy
                    Layout.preferredWidth: 28
                    Layout.preferredHeight: 28
                    //: Post a task: the fee is being paid and the task posted.
                    Accessible.name: qsTr("Posting")
                }
            }
            Label {
                objectName: "stateText"
                Layout.fillWidth: true
                visible: text.length > 0
                text: root.form.stateText
                      + (root.form.state === PostTaskForm.Posted
                         //: Post a task: the new task's id at the market, after posting.
                         ? " " + qsTr("Task id: %1").arg(root.form.taskId) : "")
                textFormat: Text.PlainText
                wrapMode: Text.Wrap
                font.pixelSize: Theme.bodySize
                color: root.form.state === PostTaskForm.Failed ? Theme.danger
                     : root.form.state === PostTaskForm.Pending ? Theme.warning
                     : root.form.state === PostTaskForm.Posted ? Theme.success : Theme.text
                Accessible.role: Accessible.AlertMessage
                Accessible.name: text
            }
        }
    }
}
