// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import Lightwork

// "Synced 2 min ago", kept current; "Not synced yet" before the first sync.
Label {
    id: root

    //! The last sync; an invalid date before the first.
    property date lastSynced
    property date now: RelativeTime.now

    readonly property string ago: RelativeTime.ago(root.lastSynced, root.now)

    //: Last-synced indicator; %1 is a relative time such as "2 min ago".
    text: root.ago.length > 0 ? qsTr("Synced %1").arg(root.ago)
    //: Last-synced indicator before the first sync with any market.
                              : qsTr("Not synced yet")
    textFormat: Text.PlainText
    color: Theme.mutedText
    font.pixelSize: Theme.captionSize
    Accessible.role: Accessible.StaticText
    Accessible.name: root.text
}
