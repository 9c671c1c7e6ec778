// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Lightwork
import Lightwork.Backend

// Settings not about money: how often the feed asks the markets, which events notify, the
// colour scheme and the language (the last two apply at once).
ColumnLayout {
    id: root

    required property SettingsController controller

    spacing: Theme.spacingLarge

    SettingsSection {
        Layout.fillWidth: true
        //: Settings section: how the feed stays current.
        title: qsTr("Sync")

        SatsField {
            objectName: "pollField"
            Layout.fillWidth: true
            //: Settings: how often the markets are asked for new tasks.
            label: qsTr("Check the markets every")
            //: Settings: the unit after the polling interval.
            unit: qsTr("seconds")
            //: Settings: explains the polling interval.
            explanation: qsTr("Quiet markets are asked less often, up to six times this.")
            from: root.controller.minPollSeconds
            to: root.controller.maxPollSeconds
            value: root.controller.pollSeconds
            errorText: root.controller.pollError
            onEdited: value => root.controller.pollSeconds = value
        }
    }

    SettingsSection {
        Layout.fillWidth: true
        //: Settings section: desktop notifications.
        title: qsTr("Notifications")

        Switch {
            id: feedMatch
            objectName: "notifyFeedMatch"
            //: Settings: notify when a new task matches the feed's filters.
            text: qsTr("A new task matches my filters")
            checked: root.controller.notifyFeedMatch
            font.pixelSize: Theme.bodySize
            Accessible.name: feedMatch.text
            onToggled: root.controller.notifyFeedMatch = feedMatch.checked
        }
        Switch {
            id: quote
            objectName: "notifyQuote"
            //: Settings: notify when a quote arrives or is answered.
            text: qsTr("A quote arrives or is answered")
            checked: root.controller.notifyQuote
            font.pixelSize: Theme.bodySize
            Accessible.name: quote.text
            onToggled: root.controller.notifyQuote = quote.checked
        }
        Switch {
            id: payment
            objectName: "notifyPayment"
            //: Settings: notify when a payment settles, fails or is pending.
            text: qsTr("A payment settles, fails or waits")
            checked: root.controller.notifyPayment
            font.pixelSize: Theme.bodySize
            Accessible.name: payment.text
            onToggled: root.controller.notifyPayment = payment.checked
        }
    }

    SettingsSection {
        Layout.fillWidth: true
        //: Settings section: colours.
        title: qsTr("Appearance")

        GridLayout {
            columns: 2
            columnSpacing: Theme.spacingMedium
            rowSpacing: Theme.spacing

            Label {
                //: Settings: label of the colour scheme choice.
                text: qsTr("Theme")
                textFormat: Text.PlainText
                font.pixelSize: Theme.bodySize
                color: Theme.text
            }
            ComboBox {
                id: themeBox
                objectName: "themeBox"
                Layout.preferredWidth: 220
                font.pixelSize: Theme.bodySize
                model: [
                    //: Settings, theme: follow the desktop's light or dark setting.
                    qsTr("Same as the system"),
                    //: Settings, theme: always light.
                    qsTr("Light"),
                    //: Settings, theme: always dark.
                    qsTr("Dark")
                ]
                currentIndex: Theme.scheme
                Accessible.name: qsTr("Theme")
                onActivated: index => {
                    AppearanceSettings.scheme = index;
                    Theme.scheme = index;
                }
            }
        }
    }

    SettingsSection {
        Layout.fillWidth: true
        //: Settings section: the language of the app.
        title: qsTr("Language")

        GridLayout {
            columns: 2
            columnSpacing: Theme.spacingMedium
            rowSpacing: Theme.spacing

            Label {
                //: Settings: label of the language choice.
                text: qsTr("Language")
                textFormat: Text.PlainText
                font.pixelSize: Theme.bodySize
                color: Theme.text
            }
            ComboBox {
                id: languageBox
                objectName: "languageBox"
                Layout.preferredWidth: 220
                font.pixelSize: Theme.bodySize
                model: Language.available
                textRole: "name"
                valueRole: "code"
                // Read count too, so the index is found once the model is in.
                currentIndex: languageBox.count > 0 ? languageBox.indexOfValue(Language.current) : -1
                Accessible.name: qsTr("Language")
                onActivated: Language.setCurrent(languageBox.currentValue)
            }
        }
    }
}
