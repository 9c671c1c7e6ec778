// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Lightwork

// A value to copy (a node id, an invoice, a preimage): shown read-only in one line, selectable,
// with a Copy button that puts all of it on the clipboard.
RowLayout {
    id: root

    //! Plain text; shown as is.
    property string text
    //! What the value is, for screen readers ("Preimage").
    property string name
    //! How the copy button is named for tests.
    property string buttonName: "copyButton"
    readonly property alias field: field

    spacing: Theme.spacing

    TextField {
        id: field
        Layout.fillWidth: true
        text: root.text
        readOnly: true
        selectByMouse: true
        font.family: "monospace"
        font.pixelSize: Theme.captionSize
        Accessible.name: root.name
        Accessible.role: Accessible.EditableText
    }
    ActionButton {
        objectName: root.buttonName
        //: Button: copy the value beside it to the clipboard.
        text: qsTr("Copy")
        //: Accessible name of a Copy button; %1 names what is copied (e.g. "Preimage").
        Accessible.name: qsTr("Copy %1").arg(root.name)
        onClicked: {
            field.selectAll();
            field.copy();
            field.deselect();
        }
    }
}
