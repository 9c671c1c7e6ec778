// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import Lightwork

// An area that is not built yet: its name and a "coming soon" note.
Item {
    id: root

    property string title

    Label {
        x: Theme.margin
        y: Theme.margin
        text: root.title
        textFormat: Text.PlainText
        font.pixelSize: Theme.headingSize
        font.weight: Font.DemiBold
        color: Theme.text
    }
    EmptyState {
        anchors.fill: parent
        title: root.title
        //: Shown on an area of the app that a later version fills.
        detail: qsTr("Coming soon")
    }
}
