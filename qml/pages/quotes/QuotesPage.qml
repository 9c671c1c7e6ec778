// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Lightwork
import Lightwork.Backend

// The Quotes area: every quote thread of the profile's 402ai accounts on the left (newest
// activity first, new messages marked), the chosen thread's chat on the right. QuoteInbox and
// QuoteThread ask the market while the page is shown; nothing here talks to a network.
FocusScope {
    id: root

    //: Quotes page heading.
    property string title: qsTr("Quotes")
    //! The app's Session (`session: Session`); without one the list is empty.
    property var session: null
    readonly property alias inbox: quoteInbox
    readonly property alias thread: quoteThread
    readonly property alias chat: chatView

    //! The user asked to see the thread's task (its 402ai account and the task's id).
    signal openTaskRequested(double accountId, string taskId)

    //! The chosen thread's account (the controller's is a 64-bit id QML does not compare).
    property double selectedAccount: 0

    function select(accountId: double, taskId: string, quoteId: string): void {
        root.selectedAccount = accountId;
        quoteThread.accountId = accountId;
        quoteThread.taskId = taskId;
        quoteThread.quoteId = quoteId;
    }

    QuoteInbox {
        id: quoteInbox
        session: root.session
        active: root.visible
    }
    QuoteThread {
        id: quoteThread
        session: root.session
        active: root.visible && quoteThread.quoteId.length > 0
        onActivity: quoteInbox.reload()
        onSent: chatView.clearDraft()
    }

    Rectangle {
        anchors.fill: parent
        color: Theme.background
    }

    RowLayout {
        anchors.fill: parent
        spacing: 0

        // The threads.
        ColumnLayout {
            // Not filling: the chat takes what is left.
            Layout.fillWidth: false
            Layout.preferredWidth: Math.max(280, Math.min(380, root.width * 0.36))
            Layout.maximumWidth: Layout.preferredWidth
            Layout.fillHeight: true
            spacing: Theme.spacing

            RowLayout {
                Layout.fillWidth: true
                Layout.leftMargin: Theme.margin
                Layout.rightMargin: Theme.spacingMedium
                Layout.topMargin: Theme.margin
                spacing: Theme.spacing
                Label {
                    objectName: "quotesTitle"
                    Layout.fillWidth: true
                    text: root.title
                    textFormat: Text.PlainText
                    font.pixelSize: Theme.headingSize
                    font.weight: Font.DemiBold
                    color: Theme.text
                    Accessible.role: Accessible.Heading
                    Accessible.name: text
                }
                BusyIndicator {
                    running: quoteInbox.busy
                    visible: running
                    implicitWidth: 24
                    implicitHeight: 24
                }
                ToolButton {
                    objectName: "refreshButton"
                    //: Quotes page: asks the market for new quotes and messages now.
                    text: qsTr("Refresh")
                    enabled: !quoteInbox.busy
                    Accessible.name: text
                    onClicked: quoteInbox.refresh()
                }
            }
            ErrorBanner {
                objectName: "inboxError"
                Layout.fillWidth: true
                Layout.leftMargin: Theme.spacingMedium
                Layout.rightMargin: Theme.spacingMedium
                text: quoteInbox.errorText
                onRetryRequested: quoteInbox.refresh()
            }
            ListView {
                id: threadList
                objectName: "threadList"
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.leftMargin: Theme.spacing
                Layout.rightMargin: Theme.spacing
                clip: true
                spacing: Theme.spacingSmall
                model: quoteInbox.threads
                keyNavigationEnabled: true
                activeFocusOnTab: true
                focus: true
                //! Enter on the list opens the current thread.
                signal activated()
                ScrollBar.vertical: ScrollBar {}
                Accessible.role: Accessible.List
                //: Accessible name of the list of quote threads.
                Accessible.name: qsTr("Quote threads")
                delegate: QuoteThreadDelegate {
                    id: row
                    required property double accountId
                    required property string taskId
                    selected: row.quoteId === quoteThread.quoteId && row.accountId === root.selectedAccount
                    onClicked: {
                        threadList.currentIndex = row.index;
                        root.select(row.accountId, row.taskId, row.quoteId);
                    }
                    Connections {
                        target: threadList
                        function onActivated() {
                            if (row.ListView.isCurrentItem)
                                row.clicked();
                        }
                    }
                }
                Keys.onReturnPressed: threadList.activated()
                EmptyState {
                    objectName: "threadsEmpty"
                    anchors.fill: parent
                    visible: threadList.count === 0
                    //: Quotes page: no quote threads yet.
                    title: qsTr("No quotes yet")
                    detail: quoteInbox.hasAccount
                        //: Quotes page, empty: where quotes come from.
                        ? qsTr("Quotes you send on tasks, and quotes workers send on your tasks, appear here with their messages.")
                        //: Quotes page, empty: the profile has no 402ai account.
                        : qsTr("This profile has no 402ai account.")
                }
            }
        }

        Rectangle {
            Layout.fillHeight: true
            implicitWidth: 1
            color: Theme.separator
        }

        // The chosen thread.
        Item {
            Layout.fillWidth: true
            Layout.fillHeight: true

            QuoteChat {
                id: chatView
                objectName: "quoteChat"
                anchors.fill: parent
                visible: quoteThread.quoteId.length > 0
                title: quoteThread.title
                counterparty: quoteThread.counterparty
                priceText: quoteThread.priceText
                quoteStatus: quoteThread.quoteStatus
                quoteDescription: quoteThread.quoteDescription
                asBuyer: quoteThread.asBuyer
                canCounter: quoteThread.canCounter
                canWrite: quoteThread.canWrite
                busy: quoteThread.busy
                counterFeeText: quoteThread.counterFeeText
                maxLength: quoteThread.maxLength
                errorText: quoteThread.errorText
                actionText: quoteThread.actionText
                messagesModel: quoteThread.messages
                onSendRequested: text => quoteThread.send(text)
                onRetryRequested: localId => quoteThread.retry(localId)
                onCounterOfferRequested: (price, description) => quoteThread.counterOffer(price, description)
                onRefreshRequested: quoteThread.refresh()
                onOpenTaskRequested: root.openTaskRequested(root.selectedAccount, quoteThread.taskId)
            }
            EmptyState {
                objectName: "chatEmpty"
                anchors.fill: parent
                visible: !chatView.visible
                //: Quotes page: no thread chosen yet.
                title: qsTr("Choose a quote")
                //: Quotes page: what the right side shows once a thread is chosen.
                detail: qsTr("Its messages and price appear here.")
            }
        }
    }
}
