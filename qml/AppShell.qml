// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Lightwork
import Lightwork.Backend

// The app after set-up: a navigation rail with every area, and the area on the right.
// No "ComponentBehavior: Bound" here: Qt 6.4's Loader refuses to make bound components, so
// the linter's unqualified-access check is off where components read the shell's own ids.
// Ctrl+1…8 pick an area; Ctrl+F searches the feed.
FocusScope {
    id: root

    property string appName
    property string versionText
    required property TaskFeedModel feedModel
    property int currentIndex: 0
    //! The areas shown so far (each is made on its first showing, then kept).
    property var visited: [0]

    onCurrentIndexChanged: {
        if (!root.visited.includes(root.currentIndex))
            root.visited = root.visited.concat([root.currentIndex]); // notifies the loaders
    }

    readonly property list<string> areas: [
        //: Navigation: the live task list.
        qsTr("Feed"),
        //: Navigation: post a new task as a buyer.
        qsTr("Post a task"),
        //: Navigation: quotes received and sent.
        qsTr("Quotes"),
        //: Navigation: what the user earned as a worker.
        qsTr("Earnings"),
        //: Navigation: the Lightning wallet.
        qsTr("Wallet"),
        //: Navigation: the ProofLayer market (a product name; do not translate).
        qsTr("ProofLayer"),
        //: Navigation: paid tools (e.g. sats4ai).
        qsTr("Tools"),
        //: Navigation: settings.
        qsTr("Settings")
    ]

    function show(index: int): void {
        root.currentIndex = index;
        if (index === 0)
            feedPage.forceActiveFocus();
    }

    //! Shows a task's detail over the feed (from a quote thread, a notification…).
    function openTask(taskId: string, accountId: var): void {
        root.show(0);
        feedPage.openTask(taskId, accountId);
    }

    function searchFeed(): void {
        root.show(0);
        feedPage.focusSearch();
    }

    RowLayout {
        anchors.fill: parent
        spacing: 0

        Rectangle {
            objectName: "navRail"
            Layout.preferredWidth: Theme.railWidth
            Layout.fillHeight: true
            color: Theme.surface

            Rectangle {
                anchors.right: parent.right
                width: 1
                height: parent.height
                color: Theme.separator
            }
            ColumnLayout {
                anchors.fill: parent
                anchors.margins: Theme.spacingMedium
                spacing: Theme.spacingSmall

                Label {
                    Layout.leftMargin: Theme.spacingMedium
                    Layout.topMargin: Theme.spacingMedium
                    Layout.bottomMargin: Theme.spacingLarge
                    text: root.appName
                    textFormat: Text.PlainText
                    font.pixelSize: Theme.headingSize
                    font.bold: true
                    color: Theme.text
                }
                Repeater {
                    model: root.areas
                    // qmllint disable unqualified
                    delegate: NavButton {
                        required property string modelData
                        required property int index
                        objectName: "nav" + index
                        Layout.fillWidth: true
                        text: modelData
                        shortcutText: "Ctrl+" + (index + 1)
                        current: root.currentIndex === index
                        onClicked: root.show(index)
                    }
                    // qmllint enable unqualified
                }
                Item {
                    Layout.fillHeight: true
                }
                ComboBox {
                    id: profileBox
                    objectName: "profileSwitcher"
                    Layout.fillWidth: true
                    visible: Session.profiles.length > 1
                    model: Session.profiles
                    currentIndex: Session.currentProfile
                    //: Navigation rail: picks the profile (e.g. Buyer, Worker) the app acts as.
                    Accessible.name: qsTr("Profile")
                    ToolTip.visible: hovered
                    ToolTip.delay: 600
                    //: Tooltip of the profile switcher in the navigation rail.
                    ToolTip.text: qsTr("Act as another profile: its markets, wallet and limits")
                    onActivated: (index) => Session.currentProfile = index
                }
                Label {
                    objectName: "aboutLine"
                    Layout.fillWidth: true
                    Layout.leftMargin: Theme.spacingMedium
                    text: root.appName + " · " + root.versionText
                    textFormat: Text.PlainText
                    elide: Text.ElideRight
                    font.pixelSize: Theme.captionSize
                    color: Theme.mutedText
                }
            }
        }
        StackLayout {
            objectName: "areas"
            Layout.fillWidth: true
            Layout.fillHeight: true
            currentIndex: root.currentIndex

            FeedArea {
                id: feedPage
                focus: true
                sourceModel: root.feedModel
            }
            // The other areas are made when first shown: the feed paints sooner, and no
            // page asks its markets before the user looks at it.
            Loader {
                objectName: "area1"
                active: root.visited.includes(1)
                sourceComponent: postTaskArea
            }
            Loader {
                objectName: "area2"
                active: root.visited.includes(2)
                sourceComponent: quotesArea
            }
            Loader {
                objectName: "area3"
                active: root.visited.includes(3)
                sourceComponent: earningsArea
            }
            Loader {
                objectName: "area4"
                active: root.visited.includes(4)
                sourceComponent: walletArea
            }
            Loader {
                objectName: "area5"
                active: root.visited.includes(5)
                sourceComponent: proofLayerArea
            }
            Loader {
                objectName: "area6"
                active: root.visited.includes(6)
                sourceComponent: toolsArea
            }
            Loader {
                objectName: "area7"
                active: root.visited.includes(7)
                sourceComponent: settingsArea
            }
        }
    }

    // qmllint disable unqualified
    Component {
        id: postTaskArea
        PostTaskPage {
            title: root.areas[1]
            form: PostTaskForm { session: Session }
        }
    }
    Component {
        id: quotesArea
        QuotesPage {
            title: root.areas[2]
            session: Session
            onOpenTaskRequested: (accountId, taskId) => root.openTask(taskId, accountId)
        }
    }
    Component {
        id: earningsArea
        EarningsPage { session: Session }
    }
    Component {
        id: walletArea
        WalletPage { title: root.areas[4]; session: Session }
    }
    Component {
        id: proofLayerArea
        ProofLayerPage { title: root.areas[5]; session: Session }
    }
    Component {
        id: toolsArea
        ToolsPage { title: root.areas[6]; session: Session }
    }
    Component {
        id: settingsArea
        SettingsPage {
            title: root.areas[7]
            controller: SettingsController { session: Session }
        }
    }
    // qmllint enable unqualified

    // Payments an interrupted run left open, over the area until dismissed.
    RecoveryBanner {
        objectName: "recoveryBanner"
        anchors.top: parent.top
        anchors.right: parent.right
        anchors.margins: Theme.spacingMedium
        width: Math.min(Theme.readableWidth, root.width - Theme.railWidth - 2 * Theme.spacingMedium)
        recovery: Session.recovery
        onShowPaymentsRequested: root.show(4)
    }

    Shortcut { sequence: "Ctrl+1"; enabled: root.visible; onActivated: root.show(0) }
    Shortcut { sequence: "Ctrl+2"; enabled: root.visible; onActivated: root.show(1) }
    Shortcut { sequence: "Ctrl+3"; enabled: root.visible; onActivated: root.show(2) }
    Shortcut { sequence: "Ctrl+4"; enabled: root.visible; onActivated: root.show(3) }
    Shortcut { sequence: "Ctrl+5"; enabled: root.visible; onActivated: root.show(4) }
    Shortcut { sequence: "Ctrl+6"; enabled: root.visible; onActivated: root.show(5) }
    Shortcut { sequence: "Ctrl+7"; enabled: root.visible; onActivated: root.show(6) }
    Shortcut { sequence: "Ctrl+8"; enabled: root.visible; onActivated: root.show(7) }
    Shortcut { sequence: "Ctrl+F"; enabled: root.visible; onActivated: root.searchFeed() }
}
