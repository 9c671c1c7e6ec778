// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Lightwork
import Lightwork.Backend

// The wallet's sats over time as a line over a zero line, with the first and last day and the
// highest and lowest total as axis labels. SatsSeries gives the points already scaled.
Rectangle {
    id: root

    required property SatsSeries series
    //! Line segments drawn by the last paint (tests read it).
    property int drawnSegments: 0

    color: Theme.surface
    radius: Theme.radius
    border.color: Theme.separator
    border.width: 1
    implicitHeight: 180
    Accessible.role: Accessible.Chart
    Accessible.name: root.series.summaryText

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacingMedium
        spacing: Theme.spacingSmall

        Label {
            objectName: "chartSummary"
            Layout.fillWidth: true
            text: root.series.summaryText
            textFormat: Text.PlainText
            elide: Text.ElideRight
            font.pixelSize: Theme.bodySize
            color: Theme.text
        }
        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.spacing

            ColumnLayout {
                Layout.fillHeight: true
                visible: root.series.count > 1
                Label {
                    text: root.series.maxText
                    textFormat: Text.PlainText
                    font.pixelSize: Theme.captionSize
                    color: Theme.mutedText
                }
                Item {
                    Layout.fillHeight: true
                }
                Label {
                    text: root.series.minText
                    textFormat: Text.PlainText
                    font.pixelSize: Theme.captionSize
                    color: Theme.mutedText
                }
            }
            Canvas {
                id: canvas
                objectName: "satsCanvas"
                Layout.fillWidth: true
                Layout.fillHeight: true

                readonly property var points: root.series.points
                readonly property color lineColor: Theme.accentText
                readonly property color zeroColor: Theme.separator

                onPointsChanged: requestPaint()
                onLineColorChanged: requestPaint()
                onWidthChanged: requestPaint()
                onHeightChanged: requestPaint()

                onPaint: {
                    const ctx = canvas.getContext("2d");
                    ctx.reset();
                    const pts = canvas.points;
                    root.drawnSegments = 0;
                    if (pts.length < 2)
                        return;
                    const inset = Theme.spacingSmall;
                    const w = canvas.width - 2 * inset;
                    const h = canvas.height - 2 * inset;
                    const zero = inset + h - root.series.zeroY * h;
                    ctx.strokeStyle = canvas.zeroColor;
                    ctx.lineWidth = 1;
                    ctx.beginPath();
                    ctx.moveTo(inset, zero);
                    ctx.lineTo(inset + w, zero);
                    ctx.stroke();
                    ctx.strokeStyle = canvas.lineColor;
                    ctx.lineWidth = 2;
                    ctx.beginPath();
                    for (let i = 0; i < pts.length; ++i) {
                        const x = inset + pts[i].x * w;
                        const y = inset + h - pts[i].y * h;
                        if (i === 0)
                            ctx.moveTo(x, y);
                        else
                            ctx.lineTo(x, y);
                    }
                    ctx.stroke();
                    root.drawnSegments = pts.length - 1;
                }
            }
        }
        RowLayout {
            Layout.fillWidth: true
            visible: root.series.count > 1
            Label {
                objectName: "firstDay"
                text: root.series.firstDayText
                textFormat: Text.PlainText
                font.pixelSize: Theme.captionSize
                color: Theme.mutedText
            }
            Item {
                Layout.fillWidth: true
            }
            Label {
                text: root.series.lastDayText
                textFormat: Text.PlainText
                font.pixelSize: Theme.captionSize
                color: Theme.mutedText
            }
        }
    }
}
