// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "paymentrecovery.h"

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

#include <optional>

namespace lw {

class EngineSession;

//! What the app did on start with the payments an interrupted run left open (Session.recovery).
//! On its own it only does what cannot spend (PaymentRecovery's NoNewPayments); what would pay
//! is listed in `entries` and finished only by finishNow(), the user's click.
class RecoveryStatus : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The recovery belongs to the app's Session: use Session.recovery.")

    Q_PROPERTY(bool busy READ busy NOTIFY changed FINAL)
    //! Translated: what was finished, what is still pending and what waits for the user; empty
    //! when there was nothing to finish.
    Q_PROPERTY(QString summaryText READ summaryText NOTIFY changed FINAL)
    //! Translated, one line per entry that waits for the user (nothing of it left the wallet).
    Q_PROPERTY(QStringList entries READ entries NOTIFY changed FINAL)
    //! There is something to say and the user has not dismissed it.
    Q_PROPERTY(bool shown READ shown NOTIFY changed FINAL)

public:
    explicit RecoveryStatus(QObject *parent = nullptr);
    ~RecoveryStatus() override;

    bool busy() const { return m_recovery != nullptr; }
    QString summaryText() const { return m_summary; }
    QStringList entries() const { return m_entries; }
    bool shown() const { return !m_dismissed && !m_summary.isEmpty(); }
    //! The last finished run's report (nothing before one, or when it could not run).
    const std::optional<RecoveryReport> &report() const { return m_report; }

    //! Runs the automatic recovery over `engine` (dropping a run under way, e.g. of the
    //! profile before a switch).
    void start(EngineSession *engine);
    //! Drops a run under way (before its engine goes).
    void stop();
    //! The user's click: the entries that wait for them are finished as `lightwork-cli resume`
    //! finishes them (a payment above the threshold still asks).
    Q_INVOKABLE void finishNow();
    Q_INVOKABLE void dismiss();

Q_SIGNALS:
    void changed();
    //! A run ended (its report is in report()).
    void finished();

private:
    void run(RecoveryMode mode);
    void done(const Result<RecoveryReport, AppError> &outcome);
    static QString entryLine(const JournalEntry &entry);

    QPointer<EngineSession> m_engine;
    qint64 m_startedMs; //!< when this process's session began
    PaymentRecovery *m_recovery = nullptr;
    std::optional<RecoveryReport> m_report;
    QString m_summary;
    QStringList m_entries;
    bool m_dismissed = false;
};

} // namespace lw
