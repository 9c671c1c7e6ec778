// SPDX-License-Identifier: GPL-3.0-or-later
pragma Singleton
pragma ComponentBehavior: Bound

import QtQuick

// "5 min ago" style text for a moment, and a clock the labels share to stay current.
QtObject {
    id: root

    //! Now, refreshed every 30 seconds.
    property date now: new Date()

    //! `then` relative to `reference`: "just now", "5 min ago", "3 h ago", "2 d ago", or a
    //! short date past a month; "" when `then` is not a valid date.
    function ago(then: var, reference: var): string {
        // `var`, not `date`: qmllint 6.4 crashes on method calls on typed date parameters.
        const ms = then.getTime();
        if (isNaN(ms))
            return "";
        const minutes = Math.floor((reference.getTime() - ms) / 60000);
        if (minutes < 1)
            //: Relative time of something less than a minute old (or dated in the future).
            return qsTr("just now");
        if (minutes < 60)
            //: Relative time in minutes, e.g. "5 min ago".
            return qsTr("%n min ago", "", minutes);
        const hours = Math.floor(minutes / 60);
        if (hours < 24)
            //: Relative time in hours, e.g. "3 h ago".
            return qsTr("%n h ago", "", hours);
        const days = Math.floor(hours / 24);
        if (days < 30)
            //: Relative time in days, e.g. "2 d ago" (abbreviated like "min" and "h").
            return qsTr("%n d ago", "", days);
        return then.toLocaleDateString(Qt.locale(), Locale.ShortFormat);
    }

    property Timer ticker: Timer {
        interval: 30000
        running: true
        repeat: true
        onTriggered: root.now = new Date()
    }
}
