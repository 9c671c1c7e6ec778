// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import Lightwork

// A one-line search box; Escape clears it.
TextField {
    id: root

    //: Placeholder and accessible name of the search box above a list.
    placeholderText: qsTr("Search")
    selectByMouse: true
    placeholderTextColor: Theme.mutedText
    Accessible.role: Accessible.EditableText
    Accessible.name: root.placeholderText
    Accessible.searchEdit: true
    Keys.onEscapePressed: root.clear()
}
