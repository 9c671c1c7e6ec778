// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Lightwork

// One area in the navigation rail; the current one is marked with the accent.
ItemDelegate {
    id: root

    property bool current
    //! e.g. "Ctrl+1", shown muted on the right.
    property string shortcutText

    focusPolicy: Qt.StrongFocus
    Accessible.role: Accessible.PageTab
    Accessible.name: root.text
    Accessible.description: root.shortcutText
    Accessible.selected: root.current
    Keys.onReturnPressed: root.clicked()
    Keys.onEnterPressed: root.clicked()

    contentItem: RowLayout {
        spacing: Theme.spacing
        Label {
            Layout.fillWidth: true
            text: root.text
            textFormat: Text.PlainText
            elide: Text.ElideRight
            color: root.current ? Theme.text : Theme.mutedText
            font.pixelSize: Theme.bodySize
            font.weight: root.current ? Font.DemiBold : Font.Normal
        }
        Label {
            text: root.shortcutText
            textFormat: Text.PlainText
            visible: root.hovered || root.visualFocus
            color: Theme.mutedText
            font.pixelSize: Theme.captionSize
        }
    }
    background: Rectangle {
        radius: Theme.radius
        color: root.current ? Qt.rgba(Theme.accent.r, Theme.accent.g, Theme.accent.b, 0.16)
                            : root.hovered ? Theme.raisedSurface : "transparent"
        border.color: Theme.focusRing
        border.width: root.visualFocus ? Theme.focusWidth : 0
        Rectangle {
            anchors.left: parent.left
            anchors.verticalCenter: parent.verticalCenter
            width: 3
            height: parent.height - 2 * Theme.spacing
            radius: 2
            visible: root.current
            color: Theme.accent
        }
    }
}
