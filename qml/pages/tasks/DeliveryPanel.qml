// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Lightwork

// A task's delivery, for both sides, over a DeliveryController (or a test's stand-in with the
// same properties): the worker drops or chooses a file, sees its size and SHA-256, adds notes
// and delivers it with progress and Stop; the buyer sees what was delivered and saves it under
// a safe name. Files are read and written in C++ only; nothing delivered is ever opened.
ColumnLayout {
    id: root

    //! A DeliveryController: state, errorText, isBuyer, canDeliver, deliveries, upload,
    //! saveText; reload(), setFile(url), deliver(), cancel(), proposedSaveUrl(row),
    //! saveDelivery(row, url).
    property var controller
    readonly property var upload: root.controller ? root.controller.upload : null
    // DeliveryUpload.State, by value: a stand-in has no enum.
    readonly property int uploadState: root.upload ? root.upload.state : 0
    readonly property bool reading: root.uploadState === 1
    readonly property bool uploading: root.uploadState === 3
    readonly property bool delivered: root.uploadState === 4
    readonly property bool showUpload: !!root.controller
                                       && (root.controller.canDeliver || root.uploading || root.delivered)
    readonly property int deliveryCount: root.controller && root.controller.deliveries
                                         ? root.controller.deliveries.count : 0
    property int saveRow: -1

    //! The worker's delivery reached the market.
    signal deliveryMade()

    visible: root.showUpload || root.deliveryCount > 0
             || (!!root.controller && root.controller.errorText.length > 0)
    spacing: Theme.spacingMedium

    Connections {
        target: root.controller ? root.controller : null
        ignoreUnknownSignals: true
        function onDelivered() { root.deliveryMade() }
    }

    FileDialog {
        id: openDialog
        objectName: "openDialog"
        //: Title of the dialog to pick the file to deliver.
        title: qsTr("Choose the file to deliver")
        fileMode: FileDialog.OpenFile
        onAccepted: root.controller.setFile(openDialog.selectedFile)
    }
    FileDialog {
        id: saveDialog
        objectName: "saveDialog"
        //: Title of the dialog to save a delivered file.
        title: qsTr("Save the delivered file")
        fileMode: FileDialog.SaveFile
        onAccepted: root.controller.saveDelivery(root.saveRow, saveDialog.selectedFile)
    }

    Label {
        Layout.topMargin: Theme.spacingLarge
        //: Task detail: heading of the delivery panel.
        text: qsTr("Delivery")
        textFormat: Text.PlainText
        font.pixelSize: Theme.subtitleSize
        font.weight: Font.DemiBold
        color: Theme.text
        Accessible.role: Accessible.Heading
        Accessible.name: text
    }
    ErrorBanner {
        objectName: "deliveryListError"
        Layout.fillWidth: true
        text: root.controller ? root.controller.errorText : ""
        onRetryRequested: root.controller.reload()
    }

    // The worker's upload ------------------------------------------------------------------
    ColumnLayout {
        objectName: "uploadSection"
        Layout.fillWidth: true
        visible: root.showUpload
        spacing: Theme.spacingSmall

        Rectangle {
            objectName: "dropZone"
            Layout.fillWidth: true
            visible: !root.uploading && !root.delivered
            implicitHeight: dropRow.implicitHeight + 2 * Theme.spacingLarge
            radius: Theme.radius
            color: drop.containsDrag ? Qt.rgba(Theme.accent.r, Theme.accent.g, Theme.accent.b, 0.12)
                                     : Theme.surface
            border.color: drop.containsDrag ? Theme.accent : Theme.separator
            border.width: drop.containsDrag ? Theme.focusWidth : 1

            DropArea {
                id: drop
                objectName: "dropArea"
                anchors.fill: parent
                onDropped: (event) => {
                    if (event.hasUrls && event.urls.length > 0) {
                        root.controller.setFile(event.urls[0]);
                        event.accept();
                    }
                }
            }
            RowLayout {
                id: dropRow
                anchors.fill: parent
                anchors.margins: Theme.spacingLarge
                spacing: Theme.spacingMedium
                Label {
                    Layout.fillWidth: true
                    //: Delivery panel: where to drop the file; %1 is the size limit.
                    text: qsTr("Drop the file here, or choose it. %1.").arg(root.upload ? root.upload.capText : "")
                    textFormat: Text.PlainText
                    wrapMode: Text.Wrap
                    font.pixelSize: Theme.bodySize
                    color: Theme.mutedText
                }
                ActionButton {
                    objectName: "chooseFileButton"
                    enabled: !root.reading
                    //: Delivery panel: opens the dialog to pick the file to deliver.
                    text: qsTr("Choose file…")
                    onClicked: openDialog.open()
                }
            }
        }

        GridLayout {
            objectName: "fileInfo"
            Layout.fillWidth: true
            visible: root.upload !== null && root.upload.fileName.length > 0
            columns: 2
            columnSpacing: Theme.spacingMedium
            rowSpacing: Theme.spacingSmall
            Label {
                //: Delivery panel: label before the picked file's name.
                text: qsTr("File")
                color: Theme.mutedText
                font.pixelSize: Theme.captionSize
            }
            RowLayout {
                Layout.fillWidth: true
                Label {
                    objectName: "uploadFileName"
                    Layout.fillWidth: true
                    text: root.upload ? root.upload.fileName : ""
                    textFormat: Text.PlainText
                    elide: Text.ElideMiddle
                    font.pixelSize: Theme.bodySize
                    font.weight: Font.DemiBold
                    color: Theme.text
                }
                Label {
                    objectName: "uploadFileSize"
                    text: root.upload ? root.upload.fileSizeText : ""
                    textFormat: Text.PlainText
                    font.pixelSize: Theme.bodySize
                    color: Theme.mutedText
                }
                ActionButton {
                    objectName: "removeFileButton"
                    visible: !root.uploading && !root.delivered
                    enabled: !root.reading
                    //: Delivery panel: forget the picked file.
                    text: qsTr("Remove")
                    onClicked: root.upload.clearFile()
                }
            }
            Label {
                //: Delivery panel: label before the picked file's checksum (a technical name).
                text: qsTr("SHA-256")
                color: Theme.mutedText
                font.pixelSize: Theme.captionSize
            }
            TextEdit {
                objectName: "uploadSha256"
                Layout.fillWidth: true
                readOnly: true
                selectByMouse: true
                text: root.reading
                      //: Delivery panel: the file is being read and its checksum computed.
                      ? qsTr("Reading the file…") : (root.upload ? root.upload.sha256 : "")
                textFormat: TextEdit.PlainText
                wrapMode: TextEdit.WrapAnywhere
                font.family: "monospace"
                font.pixelSize: Theme.captionSize
                color: Theme.text
                //: Accessible name of the picked file's checksum.
                Accessible.name: qsTr("Checksum of the file to deliver")
            }
        }

        TextArea {
            id: notesField
            objectName: "notesField"
            Layout.fillWidth: true
            Layout.preferredHeight: 80
            visible: !root.delivered
            enabled: !root.uploading
            wrapMode: TextEdit.Wrap
            selectByMouse: true
            textFormat: TextEdit.PlainText
            //: Delivery panel: placeholder of the notes sent with the file.
            placeholderText: qsTr("Notes for the buyer (optional)")
            placeholderTextColor: Theme.mutedText
            color: Theme.text
            text: root.upload ? root.upload.notes : ""
            onTextChanged: if (root.upload && root.upload.notes !== text) root.upload.notes = text
            Accessible.name: placeholderText
            background: Rectangle {
                color: Theme.surface
                radius: Theme.radiusSmall
                border.width: notesField.activeFocus ? Theme.focusWidth : 1
                border.color: notesField.activeFocus ? Theme.focusRing : Theme.separator
            }
        }

        RowLayout {
            Layout.fillWidth: true
            visible: !root.uploading && !root.delivered
            spacing: Theme.spacingMedium
            ActionButton {
                objectName: "deliverButton"
                highlighted: true
                enabled: root.upload !== null && root.upload.canDeliver
                //: Delivery panel: sends the file and notes to the market.
                text: qsTr("Deliver")
                onClicked: root.controller.deliver()
            }
            Label {
                Layout.fillWidth: true
                //: Delivery panel: a delivery cannot be replaced on 402ai.
                text: qsTr("A task takes one delivery: it cannot be replaced afterwards.")
                textFormat: Text.PlainText
                wrapMode: Text.Wrap
                font.pixelSize: Theme.captionSize
                color: Theme.mutedText
            }
        }

        RowLayout {
            objectName: "uploadProgress"
            Layout.fillWidth: true
            visible: root.uploading
            spacing: Theme.spacingMedium
            ProgressBar {
                objectName: "uploadProgressBar"
                Layout.fillWidth: true
                from: 0
                to: 1
                value: root.upload ? root.upload.progress : 0
                //: Accessible name of the upload's progress bar.
                Accessible.name: qsTr("Upload progress")
            }
            Label {
                objectName: "uploadProgressText"
                text: root.upload ? root.upload.progressText : ""
                textFormat: Text.PlainText
                font.pixelSize: Theme.captionSize
                color: Theme.mutedText
            }
            ActionButton {
                objectName: "cancelUploadButton"
                //: Delivery panel: stops the upload under way.
                text: qsTr("Stop")
                onClicked: root.controller.cancel()
            }
        }

        ErrorBanner {
            objectName: "uploadError"
            Layout.fillWidth: true
            text: root.upload ? root.upload.errorText : ""
            retryVisible: root.upload !== null && root.upload.canDeliver
            onRetryRequested: root.controller.deliver()
        }
        Label {
            objectName: "uploadResult"
            Layout.fillWidth: true
            visible: text.length > 0
            text: root.upload ? root.upload.resultText : ""
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
            font.pixelSize: Theme.bodySize
            color: root.delivered ? Theme.success : Theme.text
            Accessible.role: Accessible.AlertMessage
            Accessible.name: text
        }
    }

    // What was delivered ---------------------------------------------------------------------
    Repeater {
        objectName: "deliveryRepeater"
        model: root.controller ? root.controller.deliveries : null
        delegate: DeliveryDelegate {
            Layout.fillWidth: true
            maySave: root.controller ? root.controller.isBuyer : false
            onSaveRequested: (row) => {
                root.saveRow = row;
                saveDialog.selectedFile = root.controller.proposedSaveUrl(row);
                saveDialog.open();
            }
        }
    }
    Label {
        objectName: "noContentNote"
        Layout.fillWidth: true
        visible: root.deliveryCount > 0 && !!root.controller && root.controller.isBuyer
                 && !root.controller.contentServed
        //: Delivery panel (buyer): 402ai lists what was delivered but may not send the file.
        text: qsTr("Save as appears when the market sends the file. 402ai lists only names and notes.")
        textFormat: Text.PlainText
        wrapMode: Text.Wrap
        font.pixelSize: Theme.captionSize
        color: Theme.mutedText
    }
    Label {
        objectName: "saveResult"
        Layout.fillWidth: true
        visible: text.length > 0
        text: root.controller ? root.controller.saveText : ""
        textFormat: Text.PlainText
        wrapMode: Text.WrapAnywhere
        font.pixelSize: Theme.bodySize
        color: Theme.text
        Accessible.role: Accessible.AlertMessage
        Accessible.name: text
    }
}
