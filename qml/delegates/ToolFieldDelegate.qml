// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Lightwork

// One field of a tool's form, drawn by its kind: text, longtext, number, integer, boolean,
// choice or json. Values go out through edited(); checks and the body are made in C++.
ColumnLayout {
    id: root

    required property int index
    required property string kind
    required property string label
    required property string help
    required property bool isRequired
    required property var value
    required property var options
    required property int maxLength
    required property string errorText

    signal edited(int row, var value)

    //: A form field's label; %1 is the label. The star marks a field that must be filled.
    readonly property string shownLabel: root.isRequired ? qsTr("%1 *").arg(root.label) : root.label
    readonly property bool isText: root.kind === "text" || root.kind === "number"
                                   || root.kind === "integer"
    readonly property bool isArea: root.kind === "longtext" || root.kind === "json"

    spacing: Theme.spacingSmall

    Label {
        id: fieldLabel
        Layout.fillWidth: true
        visible: root.kind !== "boolean"
        text: root.shownLabel
        textFormat: Text.PlainText
        elide: Text.ElideRight
        font.pixelSize: Theme.bodySize
        font.weight: Font.DemiBold
        color: Theme.text
    }
    TextField {
        objectName: "toolField_" + root.index
        Layout.fillWidth: true
        visible: root.isText
        text: root.isText ? String(root.value) : ""
        selectByMouse: true
        inputMethodHints: root.kind === "text" ? Qt.ImhNone : Qt.ImhFormattedNumbersOnly
        Accessible.name: root.label
        Accessible.description: root.help
        onTextEdited: root.edited(root.index, text)
    }
    ScrollView {
        Layout.fillWidth: true
        Layout.preferredHeight: 96
        visible: root.isArea
        TextArea {
            id: area
            objectName: "toolArea_" + root.index
            text: root.isArea ? String(root.value) : ""
            wrapMode: TextEdit.Wrap
            selectByMouse: true
            textFormat: TextEdit.PlainText
            font.family: root.kind === "json" ? "monospace" : fieldLabel.font.family
            //: Placeholder of a form field that takes JSON.
            placeholderText: root.kind === "json" ? qsTr("JSON, e.g. {\"key\": \"value\"}") : ""
            Accessible.name: root.label
            Accessible.description: root.help
            background: Rectangle {
                color: Theme.surface
                radius: Theme.radiusSmall
                border.width: area.activeFocus ? Theme.focusWidth : 1
                border.color: area.activeFocus ? Theme.focusRing : Theme.separator
            }
            // Tab leaves the field (a tab character is never part of a value).
            Keys.onTabPressed: event => {
                area.nextItemInFocusChain().forceActiveFocus(Qt.TabFocusReason);
                event.accepted = true;
            }
            onTextChanged: {
                if (activeFocus)
                    root.edited(root.index, text);
            }
        }
    }
    Switch {
        objectName: "toolSwitch_" + root.index
        Layout.fillWidth: true
        visible: root.kind === "boolean"
        text: root.shownLabel
        checked: root.kind === "boolean" && root.value === true
        Accessible.name: root.label
        Accessible.description: root.help
        onToggled: root.edited(root.index, checked)
    }
    ComboBox {
        objectName: "toolChoice_" + root.index
        Layout.fillWidth: true
        visible: root.kind === "choice"
        model: root.kind === "choice" ? root.options : []
        currentIndex: root.kind === "choice" ? root.options.indexOf(root.value) : -1
        Accessible.name: root.label
        Accessible.description: root.help
        onActivated: index => root.edited(root.index, textAt(index))
    }
    Label {
        Layout.fillWidth: true
        visible: root.help.length > 0
        text: root.help
        textFormat: Text.PlainText
        wrapMode: Text.Wrap
        font.pixelSize: Theme.captionSize
        color: Theme.mutedText
    }
    Label {
        Layout.fillWidth: true
        visible: root.errorText.length > 0
        text: root.errorText
        textFormat: Text.PlainText
        wrapMode: Text.Wrap
        font.pixelSize: Theme.captionSize
        color: Theme.danger
        Accessible.role: Accessible.AlertMessage
        Accessible.name: root.errorText
    }
}
