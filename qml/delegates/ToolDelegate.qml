// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Lightwork

// One tool of the market's catalogue: name, price, whether it runs as a job, description.
ItemDelegate {
    id: root

    required property string slug
    required property string name
    required property string description
    required property string priceText
    required property bool async
    property bool selected: false

    signal chosen(string slug)

    width: ListView.view ? ListView.view.width : implicitWidth
    topPadding: Theme.spacing
    bottomPadding: Theme.spacing
    leftPadding: Theme.spacingMedium
    rightPadding: Theme.spacingMedium
    highlighted: root.selected
    Accessible.role: Accessible.ListItem
    //: What a screen reader says for a tool: name, price, description.
    Accessible.name: qsTr("%1, %2, %3").arg(root.name).arg(root.priceText).arg(root.description)
    onClicked: root.chosen(root.slug)
    Keys.onReturnPressed: root.chosen(root.slug)

    background: Rectangle {
        color: root.selected ? Theme.raisedSurface : "transparent"
        radius: Theme.radius
        border.width: root.visualFocus ? Theme.focusWidth : 0
        border.color: Theme.focusRing
    }

    contentItem: ColumnLayout {
        spacing: 2
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            Label {
                Layout.fillWidth: true
                text: root.name
                textFormat: Text.PlainText
                elide: Text.ElideRight
                font.pixelSize: Theme.bodySize
                font.weight: Font.DemiBold
                color: Theme.text
            }
            Label {
                text: root.priceText
                textFormat: Text.PlainText
                font.pixelSize: Theme.captionSize
                color: Theme.accentText
            }
        }
        Label {
            Layout.fillWidth: true
            text: root.description
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
            maximumLineCount: 2
            elide: Text.ElideRight
            font.pixelSize: Theme.captionSize
            color: Theme.mutedText
        }
        Label {
            visible: root.async
            //: A tool that runs as a job the app follows until it ends.
            text: qsTr("Runs as a job")
            textFormat: Text.PlainText
            font.pixelSize: Theme.captionSize
            color: Theme.mutedText
        }
    }
}
