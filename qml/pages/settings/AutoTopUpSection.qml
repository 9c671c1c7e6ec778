// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Lightwork
import Lightwork.Backend

// Settings: topping up the 402ai balance from the wallet when it runs low (off by default).
SettingsSection {
    id: root

    required property AutoTopUpForm form

    //: Settings section: automatic top-up of the market balance.
    title: qsTr("Auto top-up")

    Switch {
        id: enabledSwitch
        objectName: "autoTopUpSwitch"
        //: Settings: turns automatic top-ups of the AI for Hire balance on or off.
        text: qsTr("Top up my AI for Hire balance automatically")
        checked: root.form.enabled
        font.pixelSize: Theme.bodySize
        Accessible.name: enabledSwitch.text
        onToggled: root.form.enabled = enabledSwitch.checked
    }
    Label {
        Layout.fillWidth: true
        //: Settings: explains auto top-up; the Wallet page is where it runs and reports.
        text: qsTr("Pays from your wallet, within your spending limits and never above the daily cap, when the balance is found below the threshold. It runs each time the Wallet page reads your wallet's balance, which also shows what it did.")
        textFormat: Text.PlainText
        wrapMode: Text.Wrap
        font.pixelSize: Theme.captionSize
        color: Theme.mutedText
    }
    SatsField {
        objectName: "topUpThresholdField"
        Layout.fillWidth: true
        enabled: root.form.enabled
        //: Settings: the balance below which a top-up happens.
        label: qsTr("When the balance falls below")
        value: root.form.thresholdSats
        errorText: root.form.thresholdError
        onEdited: value => root.form.thresholdSats = value
    }
    SatsField {
        objectName: "topUpAmountField"
        Layout.fillWidth: true
        enabled: root.form.enabled
        //: Settings: how much one automatic top-up adds.
        label: qsTr("Top up by")
        value: root.form.amountSats
        errorText: root.form.amountError
        onEdited: value => root.form.amountSats = value
    }
    SatsField {
        objectName: "topUpDailyCapField"
        Layout.fillWidth: true
        enabled: root.form.enabled
        //: Settings: the most automatic top-ups may add in 24 hours.
        label: qsTr("At most per day")
        //: Settings: explains the auto top-up daily cap.
        explanation: qsTr("Counts towards the daily cap above.")
        value: root.form.dailyCapSats
        errorText: root.form.dailyCapError
        onEdited: value => root.form.dailyCapSats = value
    }
}
