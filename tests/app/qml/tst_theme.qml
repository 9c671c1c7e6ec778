// SPDX-License-Identifier: GPL-3.0-or-later
// The Theme's light and dark palettes, the palette stock controls take from it, and the small
// controls' own behaviour (relative times, status tones, the error banner, the synced line).
import QtQuick
import QtQuick.Controls
import QtTest
import Lightwork

Item {
    id: top
    width: 640
    height: 480

    ThemedSurface {
        id: frame
        anchors.fill: parent
        Button {
            id: button
            text: "Stock"
        }
    }
    Component {
        id: chipComponent
        StatusChip {}
    }
    Component {
        id: bannerComponent
        ErrorBanner {
            width: 400
        }
    }
    SignalSpy { id: retrySpy; signalName: "retryRequested" }

    TestCase {
        name: "Theme"
        when: windowShown

        function cleanup() {
            Theme.scheme = Theme.System;
        }

        function test_darkAndLightSwitchTheColours() {
            Theme.scheme = Theme.Light;
            verify(!Theme.dark);
            // Strings, not colour values: those would follow the property.
            const light = { background: "" + Theme.background, text: "" + Theme.text,
                            surface: "" + Theme.surface, muted: "" + Theme.mutedText };
            verify(Theme.background.hslLightness > 0.8);
            Theme.scheme = Theme.Dark;
            verify(Theme.dark);
            verify(!Qt.colorEqual(Theme.background, light.background));
            verify(!Qt.colorEqual(Theme.text, light.text));
            verify(!Qt.colorEqual(Theme.surface, light.surface));
            verify(!Qt.colorEqual(Theme.mutedText, light.muted));
            verify(Theme.background.hslLightness < 0.2);
            verify(Theme.text.hslLightness > 0.8);
            // Stock controls follow: the surface's palette feeds them.
            verify(Qt.colorEqual(frame.palette.window, Theme.background));
            verify(Qt.colorEqual(button.palette.buttonText, Theme.text));
            verify(Qt.colorEqual(frame.color, Theme.background));
            Theme.scheme = Theme.Light;
            verify(Qt.colorEqual(button.palette.buttonText, light.text));
        }

        function test_systemSchemeFollowsTheSystemPalette() {
            Theme.scheme = Theme.System;
            compare(Theme.dark, Theme.systemDark);
            compare(Theme.systemDark, Theme.systemPalette.window.hslLightness < 0.5);
        }

        function test_relativeTimes() {
            const now = new Date(2026, 10, 21, 12, 0, 0);
            const before = (ms) => new Date(now.getTime() - ms);
            compare(RelativeTime.ago(before(20 * 1000), now), "just now");
            compare(RelativeTime.ago(before(-60 * 1000), now), "just now"); // clock skew
            compare(RelativeTime.ago(before(2 * 60000), now), "2 min ago");
            compare(RelativeTime.ago(before(59 * 60000), now), "59 min ago");
            compare(RelativeTime.ago(before(3 * 3600000), now), "3 h ago");
            compare(RelativeTime.ago(before(2 * 86400000), now), "2 d ago");
            compare(RelativeTime.ago(new Date(NaN), now), "");
            const old = before(90 * 86400000);
            compare(RelativeTime.ago(old, now), old.toLocaleDateString(Qt.locale(), Locale.ShortFormat));
        }

        function test_statusChipTones() {
            Theme.scheme = Theme.Light;
            const chip = createTemporaryObject(chipComponent, frame, { status: "open" });
            verify(Qt.colorEqual(chip.tone, Theme.success));
            chip.status = "Disputed";
            verify(Qt.colorEqual(chip.tone, Theme.danger));
            chip.status = "something-new";
            verify(Qt.colorEqual(chip.tone, Theme.mutedText));
            chip.status = "";
            verify(!chip.visible);
        }

        function test_errorBannerRetries() {
            const banner = createTemporaryObject(bannerComponent, frame, { text: "" });
            verify(!banner.visible);
            banner.text = "<b>Offline</b>";
            verify(banner.visible);
            compare(findChild(banner, "errorText").textFormat, Text.PlainText);
            retrySpy.target = banner;
            retrySpy.clear();
            mouseClick(findChild(banner, "retryButton"));
            compare(retrySpy.count, 1);
            banner.retryVisible = false;
            verify(!findChild(banner, "retryButton").visible);
        }
    }
}
