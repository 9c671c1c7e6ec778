// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Lightwork
import Lightwork.Backend

// The feed's saved searches: save the current search and filters under a name, apply one,
// delete one. It only hands the chosen filters back (applyRequested); the model stores them.
Popup {
    id: root

    property SavedSearchModel searches
    //! The filter bar's current choices, as SavedSearchModel takes them.
    property var currentFilters: ({})

    //! The user chose a saved search; `filters` as SavedSearchModel.filters() gives them.
    signal applyRequested(var filters)

    function save(): void {
        if (!root.searches || nameField.text.trim() === "")
            return;
        if (root.searches.save(nameField.text, root.currentFilters))
            nameField.clear();
    }

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
    onOpened: nameField.forceActiveFocus()

    background: Rectangle {
        color: Theme.raisedSurface
        border.color: Theme.separator
        radius: Theme.radius
    }

    ColumnLayout {
        width: root.availableWidth
        spacing: Theme.spacing

        Label {
            //: Heading of the saved-search popup of the feed.
            text: qsTr("Save this search")
            textFormat: Text.PlainText
            font.weight: Font.DemiBold
            color: Theme.text
        }
        RowLayout {
            spacing: Theme.spacing
            TextField {
                id: nameField
                objectName: "savedSearchName"
                Layout.fillWidth: true
                maximumLength: 80
                placeholderTextColor: Theme.mutedText
                //: Placeholder of the name box when saving a feed search.
                placeholderText: qsTr("Name, e.g. Translations")
                //: Accessible name of the name box when saving a feed search.
                Accessible.name: qsTr("Name of the search")
                onAccepted: root.save()
            }
            Button {
                objectName: "saveSearchButton"
                enabled: nameField.text.trim() !== ""
                //: Stores the feed's current search and filters under the typed name.
                text: qsTr("Save")
                Accessible.name: text
                onClicked: root.save()
            }
        }
        Label {
            objectName: "savedSearchError"
            Layout.fillWidth: true
            visible: text !== ""
            text: root.searches ? root.searches.errorText : ""
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
            color: Theme.danger
        }
        Rectangle {
            Layout.fillWidth: true
            implicitHeight: 1
            color: Theme.separator
        }
        Label {
            visible: !root.searches || root.searches.count === 0
            Layout.fillWidth: true
            //: Saved-search popup: there are no saved searches yet.
            text: qsTr("No saved searches yet. New tasks that match a saved search raise a notification.")
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
            color: Theme.mutedText
        }
        ListView {
            id: list
            objectName: "savedSearchList"
            Layout.fillWidth: true
            // Tall enough for the first row even before any is made (contentHeight is 0 then).
            implicitHeight: count === 0 ? 0 : Math.min(Math.max(contentHeight, 40), 240)
            clip: true
            model: root.searches
            keyNavigationEnabled: true
            activeFocusOnTab: true
            //: Accessible name of the list of saved feed searches.
            Accessible.name: qsTr("Saved searches")
            Accessible.role: Accessible.List
            delegate: RowLayout {
                id: row
                required property int index
                required property string name
                required property string summary
                width: list.width
                spacing: Theme.spacingSmall
                ItemDelegate {
                    objectName: "applySearch_" + row.index
                    Layout.fillWidth: true
                    text: row.name
                    //: Accessible name of a saved search's row; %1 is its name.
                    Accessible.name: qsTr("Apply %1").arg(row.name)
                    Accessible.description: row.summary
                    onClicked: {
                        root.applyRequested(root.searches.filters(row.index));
                        root.close();
                    }
                }
                ToolButton {
                    objectName: "deleteSearch_" + row.index
                    text: "✕"
                    //: Deletes a saved feed search; %1 is its name.
                    Accessible.name: qsTr("Delete %1").arg(row.name)
                    ToolTip.visible: hovered
                    ToolTip.text: Accessible.name
                    onClicked: root.searches.remove(row.index)
                }
            }
        }
    }
}
