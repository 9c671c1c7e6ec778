// SPDX-License-Identifier: GPL-3.0-or-later
// The Settings page over a SettingsController with no data folder: every control named for
// screen readers, a limit that breaks the nesting shows its error and disables Save, theme and
// language switch at once, and screenshots in light and dark.
import QtQuick
import QtQuick.Controls
import QtTest
import Lightwork
import Lightwork.Backend
import LightworkTest

Item {
    id: top
    width: 1024
    height: 900

    ThemedSurface {
        id: frame
        anchors.fill: parent
    }
    Component {
        id: pageComponent
        SettingsPage {
            anchors.fill: parent
            // The shell passes its own (translated) area name.
            title: qsTranslate("AppShell", "Settings")
            controller: SettingsController {}
        }
    }

    TestCase {
        name: "SettingsPage"
        when: windowShown

        function cleanup() {
            Language.setCurrent("en");
            AppearanceSettings.scheme = AppearanceSettings.System;
            Theme.scheme = Theme.System;
        }

        function makePage() {
            const page = createTemporaryObject(pageComponent, frame);
            verify(page);
            waitForRendering(page);
            return page;
        }

        function fieldError(field) {
            return findChild(field, "fieldError");
        }

        // Selects the spin box's text and types `text` as a user would, then Return.
        function typeInto(field, text) {
            field.spinBox.forceActiveFocus();
            keySequence(StandardKey.SelectAll);
            for (const ch of text)
                keyClick(ch);
            keyClick(Qt.Key_Return);
        }

        function test_everyControlHasAnAccessibleName() {
            const page = makePage();
            const fields = ["confirmAboveField", "perPaymentCapField", "dailyCapField",
                            "maxRoutingFeeField", "topUpThresholdField", "topUpAmountField",
                            "topUpDailyCapField", "pollField"];
            for (const name of fields) {
                const field = findChild(page, name);
                verify(field, name);
                verify(field.spinBox.Accessible.name.length > 0, name);
                compare(field.spinBox.Accessible.name, field.label);
            }
            for (const name of ["autoTopUpSwitch", "notifyFeedMatch", "notifyQuote",
                                "notifyPayment", "themeBox", "languageBox", "saveButton",
                                "revertButton"]) {
                const control = findChild(page, name);
                verify(control, name);
                verify(control.Accessible.name.length > 0, name);
            }
            // Auto top-up is off by default, so its amounts cannot be edited yet.
            verify(!findChild(page, "autoTopUpSwitch").checked);
            verify(!findChild(page, "topUpAmountField").enabled);
            verify(!findChild(page, "saveButton").enabled);
        }

        function test_invalidLimitShowsItsErrorAndDisablesSave() {
            const page = makePage();
            const perPayment = findChild(page, "perPaymentCapField");
            const save = findChild(page, "saveButton");
            verify(!fieldError(perPayment).visible);

            typeInto(perPayment, "200000"); // above the daily cap of 100 000 sat
            compare(page.controller.limits.perPaymentCapSats, 200000);
            tryVerify(() => fieldError(perPayment).visible);
            verify(fieldError(perPayment).text.length > 0);
            verify(!save.enabled);
            verify(findChild(page, "revertButton").enabled);

            typeInto(perPayment, "5000");
            tryVerify(() => !fieldError(perPayment).visible);
            verify(save.enabled);

            // Confirm threshold above the per-payment cap: the threshold's field says so.
            const confirm = findChild(page, "confirmAboveField");
            typeInto(confirm, "6000");
            tryVerify(() => fieldError(confirm).visible);
            verify(!save.enabled);

            // Revert puts the stored values back.
            mouseClick(findChild(page, "revertButton"));
            compare(page.controller.limits.confirmAboveSats, 100);
            compare(perPayment.spinBox.value, 10000);
            verify(!fieldError(confirm).visible);
            verify(!save.enabled);
        }

        function test_saveWithoutDataFolderShowsTheError() {
            const page = makePage();
            typeInto(findChild(page, "maxRoutingFeeField"), "25");
            const save = findChild(page, "saveButton");
            verify(save.enabled);
            save.forceActiveFocus();
            keyClick(Qt.Key_Return);
            const banner = findChild(page, "saveError");
            tryVerify(() => banner.visible);
            compare(findChild(banner, "errorText").text, page.controller.errorText);
        }

        function test_themeSwitchChangesTheme() {
            const page = makePage();
            Theme.scheme = Theme.Light;
            const box = findChild(page, "themeBox");
            compare(box.currentIndex, Theme.Light);
            box.forceActiveFocus();
            keyClick(Qt.Key_Down); // Light → Dark
            tryCompare(Theme, "dark", true);
            compare(Theme.scheme, Theme.Dark);
            compare(AppearanceSettings.scheme, AppearanceSettings.Dark);
            keyClick(Qt.Key_Up);
            tryCompare(Theme, "dark", false);
            compare(AppearanceSettings.scheme, AppearanceSettings.Light);
        }

        function test_languageSwitchRetranslates() {
            const page = makePage();
            const title = findChild(page, "settingsTitle");
            compare(title.text, "Settings");
            const box = findChild(page, "languageBox");
            compare(box.currentText, "English");
            box.forceActiveFocus();
            keyClick(Qt.Key_Down); // English → Deutsch
            tryCompare(Language, "current", "de");
            compare(box.currentText, "Deutsch");
            tryCompare(title, "text", "Einstellungen");
            keyClick(Qt.Key_Up);
            tryCompare(Language, "current", "en");
            tryCompare(title, "text", "Settings");
        }

        function test_screenshots() {
            const page = makePage();
            page.controller.limits.perPaymentCapSats = 200000; // one inline error in the shot
            for (const scheme of [Theme.Light, Theme.Dark]) {
                Theme.scheme = scheme;
                waitForRendering(page);
                const name = "settings-" + (scheme === Theme.Dark ? "dark" : "light");
                const flick = findChild(page, "settingsFlick");
                flick.contentY = 0;
                waitForRendering(page);
                verify(FeedBench.saveShot(page, name), "saved " + name);
                flick.contentY = flick.contentHeight - flick.height; // sync, notifications, looks
                waitForRendering(page);
                verify(FeedBench.saveShot(page, name + "-end"), "saved " + name + "-end");
            }
        }
    }
}
