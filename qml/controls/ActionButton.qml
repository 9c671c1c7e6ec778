// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import Lightwork

// A push button that Enter and Return also press (Fusion's only answers Space), and that
// screen readers name by its text. `highlighted` makes it the screen's primary action.
Button {
    id: root

    topPadding: Theme.spacing
    bottomPadding: Theme.spacing
    leftPadding: Theme.spacingLarge
    rightPadding: Theme.spacingLarge
    font.pixelSize: Theme.bodySize
    palette.button: root.highlighted && root.enabled ? Theme.accent : Theme.raisedSurface
    palette.buttonText: !root.enabled ? Theme.mutedText : root.highlighted ? Theme.textOnAccent : Theme.text
    Accessible.name: root.text
    Keys.onReturnPressed: root.clicked()
    Keys.onEnterPressed: root.clicked()
}
