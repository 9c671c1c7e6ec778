// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Lightwork

// One ProofLayer task: title, type, reward, trust mode, status, deadline and age, with Claim
// for an open task and "Submit result" for one this worker claimed. Market text is plain text.
ItemDelegate {
    id: root

    required property int index
    required property string taskId
    required property string title
    required property string question
    required property string taskType
    required property string rewardText
    required property string workerShareText
    required property string trustMode
    required property bool proofRequired
    required property string status
    required property date postedAt
    required property string deadlineText
    required property bool mine
    //! This worker may claim (registered, nothing being claimed).
    property bool canClaim: true
    //! This row's claim is under way.
    property bool claiming: false
    //! This row is the one the result form is for.
    property bool chosen: false
    property date now: RelativeTime.now

    readonly property bool open: root.status === "open" && !root.mine
    readonly property bool submittable: root.mine && root.status === "claimed"
    readonly property string trustText: root.proofRequired
                                        //: A ProofLayer task's trust mode: the worker must link a proof
                                        ? qsTr("Proof required")
                                        //: A ProofLayer task's trust mode: the answer alone is enough
                                        : qsTr("Result only")

    signal claimRequested(string taskId)
    signal submitRequested(string taskId)

    width: ListView.view ? ListView.view.width : implicitWidth
    topPadding: Theme.spacingMedium
    bottomPadding: Theme.spacingMedium
    leftPadding: Theme.spacingLarge
    rightPadding: Theme.spacingLarge
    background: Rectangle {
        color: root.hovered || root.chosen || root.activeFocus ? Theme.raisedSurface : Theme.surface
        Rectangle {
            width: 3
            height: parent.height
            color: Theme.accent
            visible: root.chosen || root.activeFocus
        }
    }
    focusPolicy: Qt.StrongFocus
    Accessible.role: Accessible.ListItem
    //: What a screen reader says for a ProofLayer task row: title, type, reward, trust mode, status, deadline.
    Accessible.name: qsTr("%1, %2, %3, %4, %5, %6").arg(root.title).arg(root.taskType)
                     .arg(root.rewardText).arg(root.trustText).arg(root.status).arg(root.deadlineText)

    contentItem: RowLayout {
        spacing: Theme.spacingMedium

        ColumnLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingSmall
            Label {
                Layout.fillWidth: true
                text: root.title
                textFormat: Text.PlainText
                elide: Text.ElideRight
                font.pixelSize: Theme.subtitleSize
                font.weight: Font.DemiBold
                color: Theme.text
            }
            Label {
                Layout.fillWidth: true
                visible: root.question.length > 0
                text: root.question
                textFormat: Text.PlainText
                elide: Text.ElideRight
                maximumLineCount: 2
                wrapMode: Text.Wrap
                color: Theme.mutedText
                font.pixelSize: Theme.bodySize
            }
            Flow {
                Layout.fillWidth: true
                spacing: Theme.spacing
                StatusChip { status: root.status }
                Label {
                    text: root.taskType
                    textFormat: Text.PlainText
                    color: Theme.accentText
                    font.pixelSize: Theme.captionSize
                }
                Label {
                    text: root.trustText
                    color: root.proofRequired ? Theme.warning : Theme.mutedText
                    font.pixelSize: Theme.captionSize
                }
                Label {
                    text: root.deadlineText
                    color: Theme.mutedText
                    font.pixelSize: Theme.captionSize
                }
                Label {
                    text: RelativeTime.ago(root.postedAt, root.now)
                    color: Theme.mutedText
                    font.pixelSize: Theme.captionSize
                }
            }
        }
        ColumnLayout {
            spacing: Theme.spacingSmall
            Label {
                Layout.alignment: Qt.AlignRight
                text: root.rewardText
                font.pixelSize: Theme.subtitleSize
                font.weight: Font.DemiBold
                color: Theme.text
            }
            Label {
                Layout.alignment: Qt.AlignRight
                text: root.workerShareText
                font.pixelSize: Theme.captionSize
                color: Theme.mutedText
            }
            ActionButton {
                objectName: "claimButton"
                Layout.alignment: Qt.AlignRight
                visible: root.open
                enabled: root.canClaim && !root.claiming
                //: Button: take a ProofLayer task (first come, first served; free)
                text: root.claiming ? qsTr("Claiming…") : qsTr("Claim")
                onClicked: root.claimRequested(root.taskId)
            }
            ActionButton {
                objectName: "submitResultButton"
                Layout.alignment: Qt.AlignRight
                visible: root.submittable
                highlighted: true
                //: Button: open the result form for a claimed ProofLayer task
                text: qsTr("Submit result")
                onClicked: root.submitRequested(root.taskId)
            }
        }
    }
}
