// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Lightwork

// One ledger row: what the sats were for, where they moved, when, and the signed amount.
// Notes and references came from markets or wallets, so they are plain text.
ItemDelegate {
    id: root

    required property int index
    required property date time
    required property string kindText
    required property bool incoming
    required property string amountText
    required property string detail
    required property string note
    //! The row has the list's keyboard focus.
    property bool current

    readonly property string timeText: root.time.toLocaleString(Qt.locale(), Locale.ShortFormat)

    topPadding: Theme.spacing
    bottomPadding: Theme.spacing
    leftPadding: Theme.spacingLarge
    rightPadding: Theme.spacingLarge
    focusPolicy: Qt.StrongFocus
    Accessible.role: Accessible.ListItem
    //: What a screen reader says for a ledger row: kind, amount, where, when.
    Accessible.name: qsTr("%1, %2, %3, %4").arg(root.kindText).arg(root.amountText)
                     .arg(root.detail).arg(root.timeText)

    background: Rectangle {
        color: root.current ? Theme.raisedSurface : "transparent"
        Rectangle {
            anchors.bottom: parent.bottom
            width: parent.width
            height: 1
            color: Theme.separator
        }
    }

    // No ids inside: contentItem is deferred, and an id would make it immediate.
    contentItem: RowLayout {
        spacing: Theme.spacingLarge

        ColumnLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingSmall
            Label {
                objectName: "kindLabel"
                Layout.fillWidth: true
                text: root.kindText
                textFormat: Text.PlainText
                elide: Text.ElideRight
                font.pixelSize: Theme.bodySize
                font.weight: Font.DemiBold
                color: Theme.text
            }
            Label {
                Layout.fillWidth: true
                text: root.detail
                textFormat: Text.PlainText
                elide: Text.ElideRight
                maximumLineCount: 1
                font.pixelSize: Theme.captionSize
                color: Theme.mutedText
            }
        }
        ColumnLayout {
            spacing: Theme.spacingSmall
            Label {
                objectName: "amountLabel"
                Layout.alignment: Qt.AlignRight
                text: root.amountText
                textFormat: Text.PlainText
                font.pixelSize: Theme.bodySize
                font.weight: Font.DemiBold
                color: root.incoming ? Theme.success : Theme.text
            }
            Label {
                Layout.alignment: Qt.AlignRight
                text: root.timeText
                textFormat: Text.PlainText
                font.pixelSize: Theme.captionSize
                color: Theme.mutedText
            }
        }
    }
}
