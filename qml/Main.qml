// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import Lightwork
import Lightwork.Backend

ApplicationWindow {
    id: root

    readonly property bool setUp: Session.setupState === Session.Ready
                                  || connectPage.flow.step === Onboarding.Done
    //! "Connect my market and wallet" was chosen on the first screen.
    property bool connecting: false

    width: 1024
    height: 680
    minimumWidth: 640
    minimumHeight: 420
    visible: true
    title: AppInfo.name // a name, not translated
    color: Theme.background
    // Popups (combo box lists, menus) take the window's palette.
    palette: surface.palette

    ThemedSurface {
        id: surface
        anchors.fill: parent

        FirstRunPage {
            anchors.fill: parent
            visible: !root.setUp && !root.connecting
            focus: !root.setUp && !root.connecting
            appName: AppInfo.name
            //: Shown under the application name; %1 is a version such as 0.1.0.
            versionText: qsTr("Version %1").arg(AppInfo.version)
            //: Tagline under the application name.
            tagline: qsTr("Work, hire and pay on Lightning-paid task markets")
            keychainState: Session.keychainState
            keychainMessage: Session.keychainMessage
            sandboxAvailable: Session.sandboxAvailable
            setupState: Session.setupState
            errorText: Session.errorText
            onTrySandboxRequested: Session.trySandbox()
            onRetryKeychainRequested: Session.retryKeychain()
            onSessionOnlyRequested: Session.useSessionOnly()
            onConnectOwnRequested: root.connecting = true
        }
        ConnectPage {
            id: connectPage
            objectName: "connectPage"
            anchors.fill: parent
            visible: !root.setUp && root.connecting
            focus: visible
            session: Session
            onCancelRequested: root.connecting = false
        }
        AppShell {
            anchors.fill: parent
            visible: root.setUp
            focus: root.setUp
            appName: AppInfo.name
            versionText: qsTr("Version %1").arg(AppInfo.version)
            feedModel: TaskFeedModel {
                source: Session.feed
            }
        }
    }

    // The one Pay dialog: links from this or a later launch open it (never paying by
    // themselves), and every market action's payment above the threshold asks through it.
    PayDialog {
        id: payDialog
        objectName: "payDialog"
        session: Session
        confirmation: PaymentConfirmations.current
        onApproveRequested: PaymentConfirmations.approve()
        onDeclineRequested: PaymentConfirmations.decline()
    }
    Connections {
        target: UriRouter
        function onPayRequested(text: string) {
            UriRouter.takePending(); // taken: the link opens the dialog once
            payDialog.openRequest(text);
        }
    }
    Component.onCompleted: {
        if (UriRouter.pendingPayment.length > 0)
            payDialog.openRequest(UriRouter.takePending());
    }
}
