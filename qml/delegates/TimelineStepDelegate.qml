// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Lightwork

// One step of a task's escrow timeline: a dot on a line (filled when done, ringed while it is
// the next step), its title with the sats that moved, and when it happened.
Item {
    id: root

    required property int index
    required property string kind
    required property string title
    required property bool done
    required property bool current
    required property var at
    required property string detail
    //! The last step draws no line below its dot.
    property bool last

    readonly property bool hasTime: root.at instanceof Date && !isNaN(root.at.getTime())
    readonly property string timeText: root.hasTime
        ? root.at.toLocaleString(Qt.locale(), Locale.ShortFormat) : ""

    implicitHeight: Math.max(texts.implicitHeight + Theme.spacingLarge, 40)
    implicitWidth: 320
    Accessible.role: Accessible.ListItem
    Accessible.name: root.title + ", " + (root.done
                     //: Timeline step state for screen readers: it happened.
                     ? qsTr("done") + (root.hasTime ? ", " + root.timeText : "")
                     //: Timeline step state for screen readers: not yet.
                     : qsTr("pending"))

    Rectangle {
        // The line to the next step.
        visible: !root.last
        x: 7
        y: 16
        width: 2
        height: root.height - 12
        color: root.done ? Theme.accent : Theme.separator
    }
    Rectangle {
        objectName: "stepDot"
        x: 0
        y: 2
        width: 16
        height: 16
        radius: 8
        color: root.done ? Theme.accent : "transparent"
        border.width: 2
        border.color: root.done || root.current ? Theme.accent : Theme.separator
    }
    ColumnLayout {
        id: texts
        anchors.left: parent.left
        anchors.leftMargin: 28
        anchors.right: parent.right
        spacing: 2

        Label {
            objectName: "stepTitle"
            Layout.fillWidth: true
            text: root.title
            textFormat: Text.PlainText
            font.pixelSize: Theme.bodySize
            font.weight: root.done || root.current ? Font.DemiBold : Font.Normal
            color: root.done || root.current ? Theme.text : Theme.mutedText
        }
        Label {
            Layout.fillWidth: true
            visible: text.length > 0
            text: root.hasTime ? root.timeText : root.detail
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
            font.pixelSize: Theme.captionSize
            color: Theme.mutedText
        }
    }
}
