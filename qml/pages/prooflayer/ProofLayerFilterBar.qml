// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Lightwork

// The ProofLayer feed's filters: task type, status and a reward range in sats (empty: none).
RowLayout {
    id: root

    //! The market's task types and statuses (string lists).
    property var taskTypes: []
    property var statuses: []
    readonly property string taskType: typeBox.currentIndex > 0 ? root.taskTypes[typeBox.currentIndex - 1] : ""
    readonly property string status: statusBox.currentIndex > 0 ? root.statuses[statusBox.currentIndex - 1] : ""
    readonly property int minRewardSats: parseInt(minField.text) || 0
    readonly property int maxRewardSats: parseInt(maxField.text) || 0

    spacing: Theme.spacing

    //! `first` ("All …") followed by `words`.
    function choices(first: string, words: var): var {
        const out = [first];
        for (let i = 0; i < words.length; ++i)
            out.push(words[i]);
        return out;
    }

    ComboBox {
        id: typeBox
        objectName: "typeFilter"
        //: First entry of the task type filter: no filtering
        model: root.choices(qsTr("All types"), root.taskTypes)
        //: Accessible name of the task type filter
        Accessible.name: qsTr("Task type")
    }
    ComboBox {
        id: statusBox
        objectName: "statusFilter"
        //: First entry of the status filter: no filtering
        model: root.choices(qsTr("All statuses"), root.statuses)
        //: Accessible name of the status filter
        Accessible.name: qsTr("Status")
    }
    TextField {
        id: minField
        objectName: "minRewardField"
        Layout.preferredWidth: 110
        validator: IntValidator { bottom: 0 }
        //: Placeholder of the smallest reward filter, in sats
        placeholderText: qsTr("Min sat")
        //: Accessible name of the smallest reward filter
        Accessible.name: qsTr("Smallest reward in sats")
    }
    TextField {
        id: maxField
        objectName: "maxRewardField"
        Layout.preferredWidth: 110
        validator: IntValidator { bottom: 0 }
        //: Placeholder of the largest reward filter, in sats
        placeholderText: qsTr("Max sat")
        //: Accessible name of the largest reward filter
        Accessible.name: qsTr("Largest reward in sats")
    }
}
