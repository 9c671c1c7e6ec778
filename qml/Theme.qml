// SPDX-License-Identifier: GPL-3.0-or-later
pragma Singleton
pragma ComponentBehavior: Bound

import QtQuick
import Lightwork.Backend

// Colours, spacing and type sizes in one place; pages never hard-code them.
QtObject {
    id: root

    // Same order as the Settings page's choice: follow the system, or force one scheme.
    enum Scheme {
        System,
        Light,
        Dark
    }

    //! Which palette is in use; the Settings page binds this.
    property int scheme: AppearanceSettings.scheme
    //! The system's choice, read from its window colour (Qt 6.4 has no colour-scheme hint).
    readonly property bool systemDark: systemPalette.window.hslLightness < 0.5
    readonly property bool dark: scheme === Theme.Dark || (scheme === Theme.System && systemDark)

    component ColorSet: QtObject {
        required property color background
        required property color surface
        required property color raisedSurface
        required property color text
        required property color mutedText
        required property color accentText
        required property color success
        required property color warning
        required property color danger
        required property color focusRing
        required property color separator
        required property color newHighlight
    }

    readonly property SystemPalette systemPalette: SystemPalette {}

    readonly property ColorSet lightColors: ColorSet {
        background: "#f6f6f4"
        surface: "#ffffff"
        raisedSurface: "#ececea"
        text: "#1b1d22"
        mutedText: "#585e69"
        accentText: "#a65300"
        success: "#1d7636"
        warning: "#875800"
        danger: "#b3261e"
        focusRing: "#1f6feb"
        separator: "#d6d6d2"
        newHighlight: "#fff1dd"
    }
    readonly property ColorSet darkColors: ColorSet {
        background: "#15171c"
        surface: "#1e2128"
        raisedSurface: "#2a2e37"
        text: "#e8e8e6"
        mutedText: "#a0a6b0"
        accentText: "#f8a73e"
        success: "#56c784"
        warning: "#e9b949"
        danger: "#ff7b72"
        focusRing: "#58a6ff"
        separator: "#353a44"
        newHighlight: "#2e2619"
    }
    readonly property ColorSet colors: dark ? darkColors : lightColors

    readonly property color background: colors.background
    readonly property color surface: colors.surface
    readonly property color raisedSurface: colors.raisedSurface
    readonly property color text: colors.text
    readonly property color mutedText: colors.mutedText
    //! Bitcoin orange for fills; text on it uses textOnAccent.
    readonly property color accent: "#f7931a"
    readonly property color textOnAccent: "#1b1d22"
    //! The accent for text and thin lines on the background (readable contrast).
    readonly property color accentText: colors.accentText
    readonly property color success: colors.success
    readonly property color warning: colors.warning
    readonly property color danger: colors.danger
    readonly property color focusRing: colors.focusRing
    readonly property color separator: colors.separator
    readonly property color newHighlight: colors.newHighlight

    // Spacing scale.
    readonly property int spacingSmall: 4
    readonly property int spacing: 8
    readonly property int spacingMedium: 12
    readonly property int spacingLarge: 16
    readonly property int margin: 24

    // Radii.
    readonly property int radiusSmall: 4
    readonly property int radius: 8
    readonly property int radiusLarge: 12

    // Type scale.
    readonly property int captionSize: 12
    readonly property int bodySize: 14
    readonly property int subtitleSize: 16
    readonly property int headingSize: 20
    readonly property int titleSize: 32

    // Widths.
    readonly property int railWidth: 208
    readonly property int readableWidth: 560
    readonly property int focusWidth: 2
}
