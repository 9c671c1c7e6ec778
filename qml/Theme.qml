// SPDX-License-Identifier: GPL-3.0-or-later
pragma Singleton
pragma ComponentBehavior: Bound

import QtQuick

// Colours, spacing and type sizes in one place; pages never hard-code them.
QtObject {
    id: root

    property bool dark: false

    readonly property color background: dark ? "#15171c" : "#f7f7f5"
    readonly property color surface: dark ? "#1f2229" : "#ffffff"
    readonly property color text: dark ? "#e8e8e6" : "#1d1f24"
    readonly property color mutedText: dark ? "#9aa0aa" : "#5f6570"
    readonly property color accent: "#f7931a"

    readonly property int spacing: 8
    readonly property int margin: 24
    readonly property int titleSize: 32
    readonly property int bodySize: 14
}
