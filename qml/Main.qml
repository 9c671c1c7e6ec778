// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Lightwork
import Lightwork.Backend

ApplicationWindow {
    id: root

    width: 960
    height: 640
    minimumWidth: 480
    minimumHeight: 360
    visible: true
    //: Window title: the application name.
    title: AppInfo.name
    color: Theme.background

    ColumnLayout {
        anchors.centerIn: parent
        spacing: Theme.spacing

        Label {
            objectName: "appName"
            Layout.alignment: Qt.AlignHCenter
            text: AppInfo.name
            textFormat: Text.PlainText
            font.pixelSize: Theme.titleSize
            font.bold: true
            color: Theme.text
        }
        Label {
            objectName: "appVersion"
            Layout.alignment: Qt.AlignHCenter
            //: Shown under the application name; %1 is a version such as 0.1.0.
            text: qsTr("Version %1").arg(AppInfo.version)
            textFormat: Text.PlainText
            font.pixelSize: Theme.bodySize
            color: Theme.mutedText
        }
        Label {
            Layout.alignment: Qt.AlignHCenter
            //: Tagline under the application name.
            text: qsTr("Work, hire and pay on Lightning-paid task markets")
            textFormat: Text.PlainText
            font.pixelSize: Theme.bodySize
            color: Theme.mutedText
        }
    }
}
