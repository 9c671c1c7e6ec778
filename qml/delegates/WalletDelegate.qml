// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Lightwork

// One wallet connection of the profile: its name, kind and network, whether payments go
// through it, and the verbs Make default and Remove.
ItemDelegate {
    id: root

    required property int index
    required property string name
    required property string kind
    required property string network
    required property bool isDefault
    required property bool receiveOnly
    //! The kind as people name it ("Core Lightning").
    property string kindText: root.kind

    signal makeDefaultRequested(int index)
    signal removeRequested(int index)

    topPadding: Theme.spacing
    bottomPadding: Theme.spacing
    leftPadding: 0
    rightPadding: 0
    hoverEnabled: false
    focusPolicy: Qt.NoFocus
    Accessible.role: Accessible.ListItem
    //: What a screen reader says for a wallet connection: name, kind, network.
    Accessible.name: qsTr("%1, %2, %3").arg(root.name).arg(root.kindText).arg(root.network)
                     //: Appended to a wallet's accessible name when payments go through it.
                     + (root.isDefault ? ", " + qsTr("default") : "")
    background: null

    contentItem: RowLayout {
        spacing: Theme.spacingMedium

        Column {
            Layout.fillWidth: true
            spacing: 2
            Label {
                width: parent.width
                text: root.name
                textFormat: Text.PlainText
                elide: Text.ElideRight
                font.pixelSize: Theme.bodySize
                font.weight: Font.DemiBold
                color: Theme.text
            }
            Label {
                width: parent.width
                text: root.kindText + " · " + root.network
                textFormat: Text.PlainText
                elide: Text.ElideRight
                font.pixelSize: Theme.captionSize
                color: Theme.mutedText
            }
        }
        StatusChip {
            objectName: "defaultChip"
            visible: root.isDefault
            //: Chip on the wallet that pays (the profile's default).
            status: qsTr("default")
        }
        StatusChip {
            visible: root.receiveOnly
            //: Chip on a wallet connected to receive only.
            status: qsTr("receive only")
        }
        ActionButton {
            objectName: "makeDefaultButton"
            visible: !root.isDefault
            //: Wallet list: pay from this wallet from now on.
            text: qsTr("Make default")
            //: Accessible name of Make default; %1 is the wallet's name.
            Accessible.name: qsTr("Make %1 the default wallet").arg(root.name)
            onClicked: root.makeDefaultRequested(root.index)
        }
        ActionButton {
            objectName: "removeButton"
            //: Wallet list: remove this connection (asks first).
            text: qsTr("Remove")
            //: Accessible name of Remove; %1 is the wallet's name.
            Accessible.name: qsTr("Remove %1").arg(root.name)
            onClicked: root.removeRequested(root.index)
        }
    }
}
