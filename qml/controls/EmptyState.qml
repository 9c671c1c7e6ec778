// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Lightwork

// A calm, centred message for a list or screen with nothing to show, with an optional action.
Item {
    id: root

    property string title
    property string detail
    //! Shown as a button when set.
    property string actionText

    signal actionTriggered()

    implicitWidth: column.implicitWidth
    implicitHeight: column.implicitHeight
    Accessible.role: Accessible.StaticText
    Accessible.name: root.detail.length > 0 ? root.title + ". " + root.detail : root.title

    ColumnLayout {
        id: column
        anchors.centerIn: parent
        width: Math.min(root.width - 2 * Theme.margin, Theme.readableWidth)
        spacing: Theme.spacing

        Label {
            objectName: "emptyTitle"
            Layout.fillWidth: true
            text: root.title
            textFormat: Text.PlainText
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
            font.pixelSize: Theme.headingSize
            color: Theme.text
        }
        Label {
            Layout.fillWidth: true
            visible: root.detail.length > 0
            text: root.detail
            textFormat: Text.PlainText
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
            font.pixelSize: Theme.bodySize
            color: Theme.mutedText
        }
        ActionButton {
            Layout.alignment: Qt.AlignHCenter
            visible: root.actionText.length > 0
            text: root.actionText
            onClicked: root.actionTriggered()
        }
    }
}
