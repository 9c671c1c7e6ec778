// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Lightwork

// One number on the Settings page: its name, a spin box with the unit beside it, one line on
// what it does, and the controller's error for it (shown inline, read out as an alert).
ColumnLayout {
    id: root

    property string label
    //! What the setting does, in one line.
    property string explanation
    //! Shown after the number; "sat" unless set.
    //: Settings: the unit after an amount field (satoshis).
    property string unit: qsTr("sat")
    property int value
    property int from: 0
    property int to: 2147483647
    property int stepSize: 1
    //! The controller's translated error for this field; empty when valid.
    property string errorText
    readonly property alias spinBox: spin

    //! The user typed or stepped to a new value.
    signal edited(int value)

    spacing: Theme.spacingSmall

    Label {
        text: root.label
        textFormat: Text.PlainText
        font.pixelSize: Theme.bodySize
        font.weight: Font.DemiBold
        color: Theme.text
    }
    RowLayout {
        spacing: Theme.spacing
        SpinBox {
            id: spin
            editable: true
            from: root.from
            to: root.to
            stepSize: root.stepSize
            value: root.value
            Layout.preferredWidth: 180
            font.pixelSize: Theme.bodySize
            Accessible.name: root.label
            Accessible.description: root.errorText.length > 0 ? root.errorText : root.explanation
            onValueModified: root.edited(spin.value)
        }
        Label {
            text: root.unit
            textFormat: Text.PlainText
            font.pixelSize: Theme.bodySize
            color: Theme.mutedText
        }
    }
    Label {
        Layout.fillWidth: true
        visible: root.explanation.length > 0
        text: root.explanation
        textFormat: Text.PlainText
        wrapMode: Text.Wrap
        font.pixelSize: Theme.captionSize
        color: Theme.mutedText
    }
    Label {
        objectName: "fieldError"
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
