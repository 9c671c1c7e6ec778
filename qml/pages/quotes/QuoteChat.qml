// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Lightwork

// One quote's chat: the task and price in the header (Open task), the messages with the newest
// at the bottom, a composer (Enter sends, Shift+Enter starts a new line) and, for the worker, a
// counter-offer that changes the quote. Data in as properties, intents out as signals.
FocusScope {
    id: root

    property string title
    property string counterparty
    property string priceText
    property string quoteStatus
    property string quoteDescription
    property bool asBuyer
    property bool canCounter
    property bool canWrite: true
    property bool busy
    property string counterFeeText
    property int maxLength: 100000
    property string errorText
    property string actionText
    property var messagesModel: null

    readonly property alias draft: composer.text
    readonly property bool draftTooLong: composer.length > root.maxLength
    readonly property bool canSend: root.canWrite && composer.text.trim().length > 0 && !root.draftTooLong

    signal sendRequested(string text)
    signal retryRequested(string localId)
    signal counterOfferRequested(string priceSats, string description)
    signal openTaskRequested()
    signal refreshRequested()

    function clearDraft(): void {
        composer.clear();
    }

    function submit(): void {
        if (root.canSend)
            root.sendRequested(composer.text);
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        // Header: what the thread is about and where the quote stands.
        Rectangle {
            Layout.fillWidth: true
            implicitHeight: header.implicitHeight + 2 * Theme.spacingMedium
            color: Theme.surface
            Rectangle {
                anchors.bottom: parent.bottom
                width: parent.width
                height: 1
                color: Theme.separator
            }
            RowLayout {
                id: header
                anchors.fill: parent
                anchors.margins: Theme.spacingMedium
                anchors.leftMargin: Theme.margin
                spacing: Theme.spacingMedium

                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: Theme.spacingSmall
                    Label {
                        objectName: "chatTitle"
                        Layout.fillWidth: true
                        text: root.title
                        textFormat: Text.PlainText
                        elide: Text.ElideRight
                        font.pixelSize: Theme.subtitleSize
                        font.weight: Font.DemiBold
                        color: Theme.text
                    }
                    Label {
                        Layout.fillWidth: true
                        text: root.asBuyer
                              //: Chat header: the worker who sent the quote (a market id).
                              ? qsTr("Quote from %1").arg(root.counterparty)
                              //: Chat header: the user's quote on this buyer's task (a market id).
                              : qsTr("Your quote to %1").arg(root.counterparty)
                        textFormat: Text.PlainText
                        elide: Text.ElideMiddle
                        font.pixelSize: Theme.captionSize
                        color: Theme.mutedText
                    }
                    Label {
                        objectName: "chatQuoteText"
                        Layout.fillWidth: true
                        visible: root.quoteDescription.length > 0
                        text: root.quoteDescription
                        textFormat: Text.PlainText
                        elide: Text.ElideRight
                        maximumLineCount: 2
                        wrapMode: Text.Wrap
                        font.pixelSize: Theme.captionSize
                        color: Theme.text
                    }
                }
                Label {
                    objectName: "chatPrice"
                    text: root.priceText
                    textFormat: Text.PlainText
                    font.pixelSize: Theme.headingSize
                    font.weight: Font.DemiBold
                    color: Theme.text
                    Accessible.role: Accessible.StaticText
                    //: Accessible name of the quote's price in the chat header.
                    Accessible.name: qsTr("Price %1").arg(root.priceText)
                }
                StatusChip {
                    status: root.quoteStatus
                }
                ActionButton {
                    objectName: "openTaskButton"
                    //: Chat header: opens the task this quote is for.
                    text: qsTr("Open task")
                    Accessible.name: text
                    onClicked: root.openTaskRequested()
                }
            }
        }

        ErrorBanner {
            objectName: "chatError"
            Layout.fillWidth: true
            Layout.margins: Theme.spacing
            text: root.errorText
            onRetryRequested: root.refreshRequested()
        }

        ListView {
            id: messageList
            objectName: "messageList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.leftMargin: Theme.margin
            Layout.rightMargin: Theme.margin
            clip: true
            spacing: Theme.spacing
            model: root.messagesModel
            // The newest at the bottom, and the view follows new messages.
            verticalLayoutDirection: ListView.TopToBottom
            onCountChanged: followTimer.restart()
            topMargin: Theme.spacingMedium
            bottomMargin: Theme.spacingMedium
            ScrollBar.vertical: ScrollBar {}
            // After the new rows are laid out.
            Timer {
                id: followTimer
                interval: 0
                onTriggered: messageList.positionViewAtEnd()
            }
            Accessible.role: Accessible.List
            //: Accessible name of a quote's message list.
            Accessible.name: qsTr("Messages")
            delegate: MessageDelegate {
                onRetryRequested: localId => root.retryRequested(localId)
            }
            Label {
                anchors.centerIn: parent
                visible: messageList.count === 0
                width: Math.min(parent.width, Theme.readableWidth)
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.Wrap
                //: Chat: a thread without messages.
                text: qsTr("No messages yet. Ask a question or agree on the details here.")
                textFormat: Text.PlainText
                font.pixelSize: Theme.bodySize
                color: Theme.mutedText
            }
        }

        // The worker's counter-offer: a new price (and text) for their own quote.
        Rectangle {
            objectName: "counterPanel"
            Layout.fillWidth: true
            visible: root.canCounter || root.actionText.length > 0
            implicitHeight: counterColumn.implicitHeight + 2 * Theme.spacingMedium
            color: Theme.surface
            ColumnLayout {
                id: counterColumn
                anchors.fill: parent
                anchors.margins: Theme.spacingMedium
                anchors.leftMargin: Theme.margin
                anchors.rightMargin: Theme.margin
                spacing: Theme.spacing
                Label {
                    Layout.fillWidth: true
                    visible: root.canCounter
                    //: Counter-offer: heading of the worker's form to change their quote.
                    text: qsTr("Change your quote")
                    textFormat: Text.PlainText
                    font.pixelSize: Theme.captionSize
                    font.weight: Font.DemiBold
                    color: Theme.text
                }
                Label {
                    objectName: "counterAction"
                    Layout.fillWidth: true
                    visible: root.actionText.length > 0
                    text: root.actionText
                    textFormat: Text.PlainText
                    wrapMode: Text.Wrap
                    font.pixelSize: Theme.captionSize
                    color: Theme.success
                }
                RowLayout {
                    Layout.fillWidth: true
                    visible: root.canCounter
                    spacing: Theme.spacing
                    TextField {
                        id: priceField
                        objectName: "counterPrice"
                        Layout.preferredWidth: 120
                        inputMethodHints: Qt.ImhDigitsOnly
                        validator: RegularExpressionValidator { regularExpression: /[0-9]{0,12}/ }
                        //: Counter-offer: placeholder of the new price field (whole sats).
                        placeholderText: qsTr("New price (sat)")
                        Accessible.name: placeholderText
                    }
                    TextField {
                        id: counterText
                        objectName: "counterDescription"
                        Layout.fillWidth: true
                        //: Counter-offer: placeholder of the optional new text of the quote.
                        placeholderText: qsTr("What you offer now (optional)")
                        Accessible.name: placeholderText
                    }
                    ActionButton {
                        objectName: "counterButton"
                        enabled: !root.busy && priceField.text.length > 0
                        //: Counter-offer: changes the user's quote to the new price.
                        text: qsTr("Update quote")
                        Accessible.name: text
                        onClicked: root.counterOfferRequested(priceField.text, counterText.text)
                    }
                }
                Label {
                    objectName: "counterFee"
                    Layout.fillWidth: true
                    visible: root.canCounter
                    text: root.counterFeeText
                    textFormat: Text.PlainText
                    wrapMode: Text.Wrap
                    font.pixelSize: Theme.captionSize
                    color: Theme.mutedText
                }
            }
        }

        // The composer.
        Rectangle {
            Layout.fillWidth: true
            implicitHeight: composerRow.implicitHeight + 2 * Theme.spacingMedium
            color: Theme.surface
            Rectangle {
                width: parent.width
                height: 1
                color: Theme.separator
            }
            RowLayout {
                id: composerRow
                anchors.fill: parent
                anchors.margins: Theme.spacingMedium
                anchors.leftMargin: Theme.margin
                anchors.rightMargin: Theme.margin
                spacing: Theme.spacing
                ScrollView {
                    Layout.fillWidth: true
                    Layout.preferredHeight: Math.min(composer.implicitHeight, 140)
                    TextArea {
                        id: composer
                        objectName: "composer"
                        focus: true
                        enabled: root.canWrite
                        wrapMode: TextEdit.Wrap
                        textFormat: TextEdit.PlainText
                        placeholderText: root.canWrite
                            //: Chat composer placeholder: how to send and break lines.
                            ? qsTr("Write a message (Enter sends, Shift+Enter for a new line)")
                            //: Chat composer placeholder when the market takes no more messages.
                            : qsTr("This quote was rejected: no more messages can be sent.")
                        Accessible.name: qsTr("Message")
                        Keys.onReturnPressed: event => {
                            if (event.modifiers & Qt.ShiftModifier) {
                                event.accepted = false;
                                return;
                            }
                            root.submit();
                        }
                        Keys.onEnterPressed: event => {
                            if (event.modifiers & Qt.ShiftModifier) {
                                event.accepted = false;
                                return;
                            }
                            root.submit();
                        }
                    }
                }
                Label {
                    objectName: "lengthLabel"
                    //: Chat composer: characters typed and the most a message may have.
                    text: qsTr("%1 / %2").arg(composer.length).arg(root.maxLength)
                    textFormat: Text.PlainText
                    font.pixelSize: Theme.captionSize
                    color: root.draftTooLong ? Theme.danger : Theme.mutedText
                    Accessible.name: text
                }
                ActionButton {
                    objectName: "sendButton"
                    highlighted: true
                    enabled: root.canSend
                    //: Chat: sends the message.
                    text: qsTr("Send")
                    Accessible.name: text
                    onClicked: root.submit()
                }
            }
        }
    }
}
