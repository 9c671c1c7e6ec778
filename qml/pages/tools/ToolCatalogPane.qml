// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Lightwork

// The market's catalogue with a search box; choosing a tool says so through chosen().
ColumnLayout {
    id: root

    property var model: null
    property string selectedSlug
    property string marketName

    signal searchEdited(string text)
    signal chosen(string slug)

    function focusSearch(): void {
        search.forceActiveFocus();
    }

    spacing: Theme.spacingMedium

    Label {
        Layout.fillWidth: true
        visible: root.marketName.length > 0
        text: root.marketName
        textFormat: Text.PlainText
        elide: Text.ElideRight
        font.pixelSize: Theme.captionSize
        color: Theme.mutedText
    }
    SearchField {
        id: search
        objectName: "toolSearch"
        Layout.fillWidth: true
        //: Placeholder and accessible name of the Tools page's search box.
        placeholderText: qsTr("Search tools")
        onTextChanged: root.searchEdited(text)
    }
    ListView {
        id: list
        objectName: "toolList"
        Layout.fillWidth: true
        Layout.fillHeight: true
        clip: true
        spacing: Theme.spacingSmall
        model: root.model
        keyNavigationEnabled: true
        activeFocusOnTab: true
        ScrollBar.vertical: ScrollBar {}
        //: Accessible name of the list of tools.
        Accessible.name: qsTr("Tools")
        Accessible.role: Accessible.List
        delegate: ToolDelegate {
            id: toolRow
            selected: toolRow.slug === root.selectedSlug
            onChosen: slug => root.chosen(slug)
        }
        EmptyState {
            anchors.centerIn: parent
            width: parent.width
            visible: list.count === 0 && search.text.length > 0
            //: The Tools search found nothing.
            title: qsTr("No tool matches")
        }
    }
}
