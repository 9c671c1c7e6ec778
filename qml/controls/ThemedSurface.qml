// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import Lightwork

// The background every screen sits on, with the Fusion palette taken from the Theme, so stock
// controls inside match the light or dark scheme.
Rectangle {
    id: root

    color: Theme.background

    palette.window: Theme.background
    palette.windowText: Theme.text
    palette.base: Theme.surface
    palette.alternateBase: Theme.raisedSurface
    palette.text: Theme.text
    palette.button: Theme.raisedSurface
    palette.buttonText: Theme.text
    palette.brightText: Theme.surface
    palette.highlight: Theme.accent
    palette.highlightedText: Theme.textOnAccent
    palette.toolTipBase: Theme.raisedSurface
    palette.toolTipText: Theme.text
    palette.link: Theme.accentText
    palette.light: Theme.dark ? Qt.lighter(Theme.raisedSurface, 1.3) : Theme.surface
    palette.midlight: Theme.raisedSurface
    palette.mid: Theme.separator
    palette.dark: Theme.dark ? Qt.darker(Theme.background, 1.3) : Qt.darker(Theme.separator, 1.3)
    palette.shadow: Theme.dark ? "#000000" : Qt.darker(Theme.separator, 2)
    palette.disabled.text: Theme.mutedText
    palette.disabled.windowText: Theme.mutedText
    palette.disabled.buttonText: Theme.mutedText
}
