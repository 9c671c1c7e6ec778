// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "autotopup.h"

#include <QObject>
#include <QPointer>

namespace lw {

class Session;

//! Runs the profile's automatic top-up (Settings → Auto top-up) over its 402ai accounts, one
//! at a time, and keeps a status line. Started after a balance was read (the Wallet page's
//! refresh); a run under way is not started twice.
class AutoTopUpRunner : public QObject {
    Q_OBJECT

public:
    explicit AutoTopUpRunner(QObject *parent = nullptr);

    void run(Session *session);
    //! Translated; empty while the rules are off or nothing ran yet.
    QString statusText() const { return m_status; }
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void statusChanged();
    void finished();

private:
    void next();
    void setStatus(const QString &text);
    QString describe(const QString &account, const AutoTopUpResult &result) const;

    QPointer<Session> m_session;
    AutoTopUpRules m_rules;
    QList<std::pair<qint64, QString>> m_queue; //!< account id, name
    bool m_running = false;
    QString m_status;
};

} // namespace lw
