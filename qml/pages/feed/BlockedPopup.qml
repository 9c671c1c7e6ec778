// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Lightwork
import Lightwork.Backend

// The buyers and tasks hidden from the feed, each with "Unblock".
Popup {
    id: root

    property BlockList blockList

    // Its own colours: a popup lives in the window's overlay, outside ThemedSurface.
    palette.window: Theme.raisedSurface
    palette.windowText: Theme.text
    palette.base: Theme.surface
    palette.text: Theme.text
    palette.button: Theme.raisedSurface
    palette.buttonText: Theme.text
    palette.highlight: Theme.accent
    palette.highlightedText: Theme.textOnAccent
    palette.mid: Theme.separator
    palette.light: Theme.raisedSurface
    palette.midlight: Theme.raisedSurface
    palette.disabled.text: Theme.mutedText
    palette.disabled.buttonText: Theme.mutedText
    padding: Theme.spacingMedium
    focus: true
    width: 360

    background: Rectangle {
        color: Theme.raisedSurface
        border.color: Theme.separator
        radius: Theme.radius
    }

    ColumnLayout {
        width: root.availableWidth
        spacing: Theme.spacing

        Label {
            //: Heading of the feed's list of blocked buyers and hidden tasks.
            text: qsTr("Blocked")
            textFormat: Text.PlainText
            font.weight: Font.DemiBold
            color: Theme.text
        }
        Label {
            visible: !root.blockList || root.blockList.count === 0
            Layout.fillWidth: true
            //: The feed's block list is empty; how to add to it.
            text: qsTr("Nothing is blocked. Right-click a task to hide it or block its buyer.")
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
            color: Theme.mutedText
        }
        Label {
            Layout.fillWidth: true
            visible: text !== ""
            text: root.blockList ? root.blockList.errorText : ""
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
            color: Theme.danger
        }
        ListView {
            id: list
            objectName: "blockedList"
            Layout.fillWidth: true
            // Tall enough for the first row even before any is made (contentHeight is 0 then).
            implicitHeight: count === 0 ? 0 : Math.min(Math.max(contentHeight, 40), 240)
            clip: true
            model: root.blockList
            activeFocusOnTab: true
            keyNavigationEnabled: true
            //: Accessible name of the feed's block list.
            Accessible.name: qsTr("Blocked buyers and tasks")
            Accessible.role: Accessible.List
            delegate: RowLayout {
                id: row
                required property int index
                required property int kind
                required property string label
                width: list.width
                spacing: Theme.spacing
                Label {
                    Layout.fillWidth: true
                    text: row.kind === BlockList.Task
                          //: A hidden task in the block list; %1 is its title.
                          ? qsTr("Task: %1").arg(row.label)
                          //: A blocked buyer in the block list; %1 is the buyer's id.
                          : qsTr("Buyer: %1").arg(row.label)
                    textFormat: Text.PlainText
                    elide: Text.ElideRight
                    color: Theme.text
                }
                Button {
                    objectName: "unblock_" + row.index
                    //: Removes an entry from the feed's block list, so its tasks show again.
                    text: qsTr("Unblock")
                    //: Accessible name of Unblock; %1 is the buyer or task.
                    Accessible.name: qsTr("Unblock %1").arg(row.label)
                    onClicked: root.blockList.unblock(row.index)
                }
            }
        }
    }
}
