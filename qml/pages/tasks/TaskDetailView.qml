// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Lightwork
import Lightwork.Backend

// A task's detail, as data in and intents out: the task (plain text from the market), its
// quotes, the escrow timeline, and the actions the user's role allows. TaskDetailPage binds it
// to a TaskDetail; tests bind it to small fakes.
FocusScope {
    id: root

    property string title
    property string description
    property bool descriptionShortened
    property string status
    property string budgetText
    property string market
    property string buyerId
    property string workerId
    //! The user posted this task (else they may quote on it).
    property bool isBuyer
    property var quotesModel
    property var timelineModel
    property int quoteCount: 0
    property string escrowWaitingText
    property string errorText
    property string actionText
    property bool paymentPending
    property bool busy
    //! Nothing to show yet: the market is being asked.
    property bool loading
    property bool canQuote
    property bool canConfirm
    property string quoteFeeText
    //! For the delivery panel: the Session and the task as TaskDetail has them (the panel
    //! stays hidden without a session).
    property var session: null
    property var accountId: 0
    property string taskId

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

    signal backRequested()
    signal retryRequested()
    signal acceptRequested(string quoteId)
    signal confirmRequested()
    signal quoteRequested(string priceSats, string message)

    Keys.onEscapePressed: root.backRequested()

    Flickable {
        id: flick
        anchors.fill: parent
        contentHeight: page.implicitHeight + 2 * Theme.margin
        boundsBehavior: Flickable.StopAtBounds
        clip: true
        ScrollBar.vertical: ScrollBar {}

        ColumnLayout {
            id: page
            x: Theme.margin
            y: Theme.margin
            width: flick.width - 2 * Theme.margin
            spacing: Theme.spacingLarge

            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacingMedium
                ActionButton {
                    objectName: "backButton"
                    //: Task detail: back to the list the task was opened from.
                    text: qsTr("Back")
                    focus: true
                    onClicked: root.backRequested()
                }
                Label {
                    objectName: "taskTitle"
                    Layout.fillWidth: true
                    text: root.loading && root.title.length === 0
                          //: Task detail: shown while the task is being fetched.
                          ? qsTr("Loading task…") : root.title
                    textFormat: Text.PlainText
                    wrapMode: Text.Wrap
                    maximumLineCount: 3
                    elide: Text.ElideRight
                    font.pixelSize: Theme.headingSize
                    font.weight: Font.DemiBold
                    color: Theme.text
                    Accessible.role: Accessible.Heading
                    Accessible.name: text
                }
                BusyIndicator {
                    objectName: "busyIndicator"
                    running: root.busy
                    visible: root.busy
                    Layout.preferredWidth: 28
                    Layout.preferredHeight: 28
                    //: Task detail: something is being sent or fetched.
                    Accessible.name: qsTr("Working")
                }
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacing
                visible: root.title.length > 0
                Label {
                    text: root.market
                    textFormat: Text.PlainText
                    font.pixelSize: Theme.captionSize
                    font.weight: Font.DemiBold
                    color: Theme.accentText
                }
                StatusChip {
                    objectName: "statusChip"
                    status: root.status
                }
                Label {
                    objectName: "budget"
                    //: Task detail: the buyer's budget, e.g. "Budget 500 sat".
                    text: qsTr("Budget %1").arg(root.budgetText)
                    textFormat: Text.PlainText
                    font.pixelSize: Theme.bodySize
                    font.weight: Font.DemiBold
                    color: Theme.text
                }
                Label {
                    Layout.fillWidth: true
                    text: root.isBuyer
                          //: Task detail: the user's role on this task.
                          ? qsTr("You posted this task")
                          //: Task detail: who posted the task (the market's account id).
                          : qsTr("Posted by %1").arg(root.buyerId)
                    textFormat: Text.PlainText
                    elide: Text.ElideMiddle
                    font.pixelSize: Theme.captionSize
                    color: Theme.mutedText
                }
            }
            ErrorBanner {
                objectName: "errorBanner"
                Layout.fillWidth: true
                text: root.errorText
                onRetryRequested: root.retryRequested()
            }
            Rectangle {
                objectName: "actionBanner"
                Layout.fillWidth: true
                visible: root.actionText.length > 0
                implicitHeight: actionLabel.implicitHeight + 2 * Theme.spacingMedium
                radius: Theme.radius
                readonly property color tone: root.paymentPending ? Theme.warning : Theme.success
                color: Qt.rgba(tone.r, tone.g, tone.b, 0.12)
                border.color: tone
                border.width: 1
                Label {
                    id: actionLabel
                    anchors.fill: parent
                    anchors.margins: Theme.spacingMedium
                    text: root.actionText
                    textFormat: Text.PlainText
                    wrapMode: Text.Wrap
                    font.pixelSize: Theme.bodySize
                    color: Theme.text
                    Accessible.role: Accessible.AlertMessage
                    Accessible.name: text
                }
            }
            Rectangle {
                objectName: "escrowWarning"
                Layout.fillWidth: true
                visible: root.escrowWaitingText.length > 0
                implicitHeight: warningLabel.implicitHeight + 2 * Theme.spacingMedium
                radius: Theme.radius
                color: Qt.rgba(Theme.warning.r, Theme.warning.g, Theme.warning.b, 0.14)
                border.color: Theme.warning
                border.width: 1
                Label {
                    id: warningLabel
                    anchors.fill: parent
                    anchors.margins: Theme.spacingMedium
                    text: root.escrowWaitingText
                    textFormat: Text.PlainText
                    wrapMode: Text.Wrap
                    font.pixelSize: Theme.bodySize
                    color: Theme.text
                    Accessible.role: Accessible.AlertMessage
                    Accessible.name: text
                }
            }

            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.margin

                ColumnLayout {
                    Layout.fillWidth: true
                    Layout.alignment: Qt.AlignTop
                    spacing: Theme.spacingMedium

                    Label {
                        //: Task detail: heading above the task's description.
                        text: qsTr("Description")
                        textFormat: Text.PlainText
                        font.pixelSize: Theme.subtitleSize
                        font.weight: Font.DemiBold
                        color: Theme.text
                    }
                    TextArea {
                        objectName: "description"
                        Layout.fillWidth: true
                        readOnly: true
                        selectByMouse: true
                        text: root.description.length > 0 ? root.description
                              //: Task detail: the task has no description.
                              : qsTr("No description.")
                        textFormat: TextEdit.PlainText
                        wrapMode: TextEdit.Wrap
                        font.pixelSize: Theme.bodySize
                        color: Theme.text
                        background: null
                        leftPadding: 0
                        rightPadding: 0
                        //: Accessible name of the task's description text.
                        Accessible.name: qsTr("Task description")
                    }
                    Label {
                        visible: root.descriptionShortened
                        //: Task detail: the description was too long and is shown in part.
                        text: qsTr("The description is longer than shown here.")
                        textFormat: Text.PlainText
                        font.pixelSize: Theme.captionSize
                        color: Theme.mutedText
                    }
                    Label {
                        Layout.topMargin: Theme.spacingLarge
                        //: Task detail: heading above the quotes; %1 is how many.
                        text: qsTr("Quotes (%1)").arg(root.quoteCount)
                        textFormat: Text.PlainText
                        font.pixelSize: Theme.subtitleSize
                        font.weight: Font.DemiBold
                        color: Theme.text
                    }
                    Label {
                        visible: root.quoteCount === 0
                        Layout.fillWidth: true
                        text: root.isBuyer
                              //: Task detail (buyer): no quotes yet.
                              ? qsTr("No quotes yet. Workers' offers appear here.")
                              //: Task detail (worker): no quotes yet.
                              : qsTr("No quotes yet.")
                        textFormat: Text.PlainText
                        wrapMode: Text.Wrap
                        font.pixelSize: Theme.bodySize
                        color: Theme.mutedText
                    }
                    Repeater {
                        objectName: "quoteRepeater"
                        model: root.quotesModel
                        delegate: QuoteDelegate {
                            Layout.fillWidth: true
                            busy: root.busy
                            mayAccept: root.isBuyer
                            onAcceptRequested: (quoteId) => root.acceptRequested(quoteId)
                        }
                    }
                    ColumnLayout {
                        objectName: "quoteForm"
                        Layout.fillWidth: true
                        Layout.topMargin: Theme.spacingMedium
                        visible: root.canQuote
                        spacing: Theme.spacingSmall
                        Label {
                            //: Task detail (worker): heading of the form to send a quote.
                            text: qsTr("Send a quote")
                            textFormat: Text.PlainText
                            font.pixelSize: Theme.subtitleSize
                            font.weight: Font.DemiBold
                            color: Theme.text
                        }
                        TextField {
                            id: priceField
                            objectName: "quotePriceField"
                            Layout.preferredWidth: 200
                            //: Task detail (worker): placeholder of the quote's price field.
                            placeholderText: qsTr("Price in sats")
                            placeholderTextColor: Theme.mutedText
                            inputMethodHints: Qt.ImhDigitsOnly
                            validator: RegularExpressionValidator { regularExpression: /[0-9]{0,12}/ }
                            Accessible.name: placeholderText
                        }
                        InputArea {
                            id: messageField
                            objectName: "quoteMessageField"
                            Layout.fillWidth: true
                            Layout.preferredHeight: 80
                            //: Task detail (worker): placeholder of the quote's message.
                            placeholderText: qsTr("What you offer, and when")
                            Accessible.name: placeholderText
                        }
                        Label {
                            Layout.fillWidth: true
                            text: root.quoteFeeText
                            textFormat: Text.PlainText
                            wrapMode: Text.Wrap
                            font.pixelSize: Theme.captionSize
                            color: Theme.mutedText
                        }
                        ActionButton {
                            objectName: "sendQuoteButton"
                            highlighted: true
                            enabled: !root.busy && priceField.text.length > 0
                            //: Task detail (worker): sends the quote (costs the quoting fee).
                            text: qsTr("Send quote")
                            onClicked: root.quoteRequested(priceField.text, messageField.text)
                        }
                    }
                    DeliveryController {
                        id: deliveryController
                        session: root.session
                        taskId: root.session ? root.taskId : ""
                    }
                    // The task moved on (a quote accepted, a delivery confirmed): ask again.
                    Connections {
                        target: root
                        function onStatusChanged() {
                            if (root.session && root.taskId.length > 0)
                                deliveryController.reload();
                        }
                    }
                    // The linter of Qt 6.4 does not know int64 properties; a Binding sets it untyped.
                    Binding {
                        target: deliveryController
                        property: "accountId"
                        value: root.accountId || 0
                    }
                    DeliveryPanel {
                        objectName: "deliveryPanel"
                        Layout.fillWidth: true
                        controller: root.session ? deliveryController : null
                        // The task moved to delivered: read it again.
                        onDeliveryMade: root.retryRequested()
                    }
                }

                ColumnLayout {
                    Layout.preferredWidth: 300
                    Layout.maximumWidth: 300
                    Layout.alignment: Qt.AlignTop
                    spacing: Theme.spacingMedium

                    Label {
                        //: Task detail: heading of the escrow timeline.
                        text: qsTr("Progress")
                        textFormat: Text.PlainText
                        font.pixelSize: Theme.subtitleSize
                        font.weight: Font.DemiBold
                        color: Theme.text
                    }
                    Column {
                        objectName: "timeline"
                        Layout.fillWidth: true
                        Accessible.role: Accessible.List
                        //: Accessible name of the task's escrow timeline.
                        Accessible.name: qsTr("Progress")
                        Repeater {
                            id: steps
                            model: root.timelineModel
                            delegate: TimelineStepDelegate {
                                width: 300
                                last: index === steps.count - 1
                            }
                        }
                    }
                    ActionButton {
                        objectName: "confirmButton"
                        Layout.fillWidth: true
                        visible: root.canConfirm
                        enabled: !root.busy
                        highlighted: true
                        //: Task detail (buyer): accept the delivery and release the escrow.
                        text: qsTr("Confirm delivery and release")
                        onClicked: root.confirmRequested()
                    }
                    Label {
                        Layout.fillWidth: true
                        visible: root.canConfirm
                        //: Task detail (buyer): what confirming does; it cannot be undone.
                        text: qsTr("The escrow goes to the worker. This cannot be undone.")
                        textFormat: Text.PlainText
                        wrapMode: Text.Wrap
                        font.pixelSize: Theme.captionSize
                        color: Theme.mutedText
                    }
                }
            }
        }
    }
}
