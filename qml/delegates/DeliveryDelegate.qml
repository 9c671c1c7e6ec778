// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Lightwork

// One delivery of a task: the file's name, size and SHA-256 when known, the worker's notes and
// when it came, and Save as when the market sent the file. Everything here came from a market
// server: plain text, and the file is never opened.
Rectangle {
    id: root

    required property int index
    required property string fileName
    required property string safeName
    required property string notes
    required property var created
    required property string sizeText
    required property string sha256
    required property bool hasContent
    required property bool mine
    required property string savedPath
    //! 0 not saved, 1 the written file matches, 2 it differs.
    required property int saveCheck
    //! Only the buyer saves a delivery.
    property bool maySave
    property date now: RelativeTime.now

    readonly property string age: root.created instanceof Date ? RelativeTime.ago(root.created, root.now) : ""

    signal saveRequested(int row)

    implicitHeight: column.implicitHeight + 2 * Theme.spacingMedium
    radius: Theme.radius
    color: Theme.raisedSurface
    border.color: Theme.separator
    border.width: 1
    Accessible.role: Accessible.ListItem
    //: What a screen reader says for a delivery: file name, size, age.
    Accessible.name: qsTr("Delivery %1, %2, %3").arg(root.fileName).arg(root.sizeText).arg(root.age)

    ColumnLayout {
        id: column
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: Theme.spacingMedium
        spacing: Theme.spacingSmall

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            Label {
                objectName: "deliveryFileName"
                Layout.fillWidth: true
                text: root.fileName
                textFormat: Text.PlainText
                elide: Text.ElideMiddle
                font.pixelSize: Theme.subtitleSize
                font.weight: Font.DemiBold
                color: Theme.text
            }
            Label {
                objectName: "deliverySize"
                visible: root.sizeText.length > 0
                text: root.sizeText
                textFormat: Text.PlainText
                font.pixelSize: Theme.bodySize
                color: Theme.mutedText
            }
            ActionButton {
                objectName: "saveAsButton"
                visible: root.maySave && root.hasContent
                //: Delivery: save the delivered file to a folder the user picks.
                text: qsTr("Save as…")
                onClicked: root.saveRequested(root.index)
            }
        }
        Label {
            Layout.fillWidth: true
            text: (root.mine
                   //: Delivery: the user delivered this; %1 is when ("5 min ago").
                   ? qsTr("Delivered by you %1")
                   //: Delivery: the worker delivered this; %1 is when ("5 min ago").
                   : qsTr("Delivered %1")).arg(root.age)
            textFormat: Text.PlainText
            font.pixelSize: Theme.captionSize
            color: Theme.mutedText
        }
        TextEdit {
            objectName: "deliverySha256"
            Layout.fillWidth: true
            readOnly: true
            selectByMouse: true
            text: root.sha256.length > 0
                  //: Delivery: the file's SHA-256 checksum; %1 is 64 hex digits.
                  ? qsTr("SHA-256 %1").arg(root.sha256)
                  //: Delivery: the market sent neither the file nor a checksum.
                  : qsTr("SHA-256 not known: the market did not send the file.")
            textFormat: TextEdit.PlainText
            wrapMode: TextEdit.WrapAnywhere
            font.family: "monospace"
            font.pixelSize: Theme.captionSize
            color: root.sha256.length > 0 ? Theme.text : Theme.mutedText
            //: Accessible name of a delivery's checksum.
            Accessible.name: qsTr("Checksum")
        }
        Label {
            objectName: "deliveryNotes"
            Layout.fillWidth: true
            visible: root.notes.length > 0
            text: root.notes
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
            font.pixelSize: Theme.bodySize
            color: Theme.text
        }
        Label {
            objectName: "deliverySaved"
            Layout.fillWidth: true
            visible: root.saveCheck !== 0
            text: root.saveCheck === 1
                  //: Delivery: where it was saved; the written file hashes as the delivery.
                  ? qsTr("Saved as %1 (SHA-256 matches)").arg(root.savedPath)
                  //: Delivery: where it was saved; the written file does not match.
                  : qsTr("Saved as %1, but its SHA-256 does not match").arg(root.savedPath)
            textFormat: Text.PlainText
            wrapMode: Text.WrapAnywhere
            font.pixelSize: Theme.captionSize
            color: root.saveCheck === 1 ? Theme.success : Theme.danger
        }
    }
}
