// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Lightwork

// A titled group of settings on a raised card; its children are laid out in a column.
Rectangle {
    id: root

    property string title
    default property alias content: column.data

    implicitHeight: column.implicitHeight + 2 * Theme.spacingLarge
    radius: Theme.radius
    color: Theme.surface
    border.color: Theme.separator
    border.width: 1

    ColumnLayout {
        id: column
        anchors.fill: parent
        anchors.margins: Theme.spacingLarge
        spacing: Theme.spacingMedium

        Label {
            text: root.title
            textFormat: Text.PlainText
            font.pixelSize: Theme.subtitleSize
            font.weight: Font.DemiBold
            color: Theme.text
            Accessible.role: Accessible.Heading
            Accessible.name: root.title
        }
    }
}
