// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import Lightwork

// A field for a secret (password, token, key) that screen readers can name.
// Qt reports it as a password edit from its echo mode alone (QAccessibleQuickItem::state()), so
// screen readers do not echo what is typed. The attached Accessible.passwordEdit flag adds
// nothing to that but blanks the name (QQuickAccessibleAttached::name() returns "" while it is
// set), and TextField sets it when accessibility starts: it is kept off so `label` is read.
TextField {
    id: root

    //! What the secret is, e.g. "Account token": the field's accessible name.
    required property string label

    echoMode: TextInput.Password
    selectByMouse: true
    inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText
    placeholderTextColor: Theme.mutedText
    Accessible.name: root.label
    Accessible.onPasswordEditChanged: {
        if (root.Accessible.passwordEdit)
            root.Accessible.passwordEdit = false;
    }
}
