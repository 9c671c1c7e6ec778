// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Lightwork
import Lightwork.Backend

// Where the CSV goes: a file path, suggested in Documents, then Export; the outcome is shown
// here until the popup closes.
Popup {
    id: root

    required property EarningsController controller
    required property int rowCount

    modal: true
    focus: true
    padding: Theme.spacingLarge
    width: Math.min(Theme.readableWidth, parent ? parent.width - 2 * Theme.margin : Theme.readableWidth)
    onOpened: {
        pathField.text = root.controller.suggestedExportPath;
        resultLabel.text = "";
        pathField.forceActiveFocus();
    }

    background: Rectangle {
        color: Theme.surface
        radius: Theme.radius
        border.color: Theme.separator
        border.width: 1
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacingMedium
        Label {
            Layout.fillWidth: true
            //: Title of the CSV export form; %1 is how many ledger rows will be written.
            text: qsTr("Export as CSV (rows: %1)").arg(root.rowCount)
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
            font.pixelSize: Theme.subtitleSize
            font.weight: Font.DemiBold
            color: Theme.text
        }
        TextField {
            id: pathField
            objectName: "exportPath"
            Layout.fillWidth: true
            selectByMouse: true
            //: Accessible name of the CSV export's file path field.
            Accessible.name: qsTr("File")
            onAccepted: exportButton.clicked()
        }
        Label {
            id: resultLabel
            objectName: "exportResult"
            Layout.fillWidth: true
            visible: text.length > 0
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
            font.pixelSize: Theme.bodySize
            color: Theme.mutedText
        }
        RowLayout {
            Layout.alignment: Qt.AlignRight
            spacing: Theme.spacing
            ActionButton {
                //: Closes the CSV export form.
                text: qsTr("Close")
                onClicked: root.close()
            }
            ActionButton {
                id: exportButton
                objectName: "exportNow"
                highlighted: true
                enabled: pathField.text.length > 0
                //: Writes the CSV file.
                text: qsTr("Export")
                onClicked: {
                    root.controller.exportCsvToPath(pathField.text);
                    resultLabel.text = root.controller.exportText;
                }
            }
        }
    }
}
