// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Lightwork

// An error in words, with a Retry button; hidden while there is no error.
Rectangle {
    id: root

    //! Translated text from the backend; plain text.
    property string text
    property bool retryVisible: true

    signal retryRequested()

    visible: root.text.length > 0
    implicitHeight: row.implicitHeight + 2 * Theme.spacingMedium
    radius: Theme.radius
    color: Qt.rgba(Theme.danger.r, Theme.danger.g, Theme.danger.b, 0.12)
    border.color: Theme.danger
    border.width: 1

    RowLayout {
        id: row
        anchors.fill: parent
        anchors.margins: Theme.spacingMedium
        spacing: Theme.spacingMedium

        Label {
            objectName: "errorText"
            Layout.fillWidth: true
            text: root.text
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
            color: Theme.text
            font.pixelSize: Theme.bodySize
            Accessible.role: Accessible.AlertMessage
            Accessible.name: root.text
        }
        ActionButton {
            objectName: "retryButton"
            visible: root.retryVisible
            //: Button next to an error message: try the failed step again.
            text: qsTr("Retry")
            onClicked: root.retryRequested()
        }
    }
}
