// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import Lightwork

// A task's status word from the market, shown as is in a tinted pill.
Rectangle {
    id: root

    //! The server's word, e.g. "open"; plain text.
    property string status

    readonly property string word: root.status.toLowerCase()
    readonly property color tone: {
        switch (root.word) {
        case "open":
            return Theme.success;
        case "assigned":
        case "accepted":
        case "in_progress":
        case "funded":
        case "delivered":
            return Theme.accentText;
        case "disputed":
        case "failed":
        case "cancelled":
        case "canceled":
        case "expired":
        case "rejected":
            return Theme.danger;
        default:
            return Theme.mutedText;
        }
    }

    visible: root.status.length > 0
    implicitWidth: label.implicitWidth + 2 * Theme.spacing
    implicitHeight: label.implicitHeight + Theme.spacingSmall
    radius: height / 2
    color: Qt.rgba(root.tone.r, root.tone.g, root.tone.b, 0.15)
    Accessible.role: Accessible.StaticText
    Accessible.name: root.status

    Label {
        id: label
        anchors.centerIn: parent
        text: root.status
        textFormat: Text.PlainText
        color: root.tone
        font.pixelSize: Theme.captionSize
        font.weight: Font.DemiBold
    }
}
