// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Notifications as a test reads them: kept in a list instead of shown on the desktop.

#include "desktopnotifier.h"

#include <QList>
#include <QString>

namespace lwtest {

struct Note {
    QString summary;
    QString body;
};

//! Keeps every notification it is given, in order.
struct RecordingSink : lw::NotificationSink {
    QList<Note> notes;
    void notify(const QString &summary, const QString &body) override
    {
        notes.append({summary, body});
    }
};

} // namespace lwtest
