// SPDX-License-Identifier: GPL-3.0-or-later
#include "recoverystatus.h"

#include "enginesession.h"

#include <QDateTime>
#include <QLocale>

namespace lw {

RecoveryStatus::RecoveryStatus(QObject *parent)
    : QObject(parent)
    , m_startedMs(QDateTime::currentMSecsSinceEpoch())
{}

RecoveryStatus::~RecoveryStatus() = default;

void RecoveryStatus::start(EngineSession *engine)
{
    m_engine = engine;
    m_dismissed = false;
    run(RecoveryMode::NoNewPayments);
}

void RecoveryStatus::stop()
{
    m_engine = nullptr;
    if (m_recovery) {
        delete std::exchange(m_recovery, nullptr);
        Q_EMIT changed();
    }
}

void RecoveryStatus::finishNow()
{
    if (!m_engine || busy() || m_entries.isEmpty())
        return;
    run(RecoveryMode::FinishEverything);
}

void RecoveryStatus::dismiss()
{
    if (m_dismissed)
        return;
    m_dismissed = true;
    Q_EMIT changed();
}

void RecoveryStatus::run(RecoveryMode mode)
{
    delete std::exchange(m_recovery, nullptr); // its future is cancelled, its report dropped
    if (!m_engine) {
        Q_EMIT changed();
        return;
    }
    m_recovery = new PaymentRecovery(*m_engine, this);
    // Interrupted means left open by an earlier run: this one's payments are its own business.
    m_recovery->setBegunBefore(m_startedMs);
    PaymentRecovery *recovery = m_recovery;
    recovery->run(mode).then(this, [this, recovery](const Result<RecoveryReport, AppError> &r) {
        if (recovery != m_recovery)
            return; // a newer run replaced it
        m_recovery->deleteLater();
        m_recovery = nullptr;
        done(r);
    });
    Q_EMIT changed();
}

void RecoveryStatus::done(const Result<RecoveryReport, AppError> &outcome)
{
    m_entries.clear();
    if (!outcome) {
        m_report.reset();
        //: Banner on start: the payment journal could not be read; %1 says why.
        m_summary =
            tr("Interrupted payments could not be checked: %1").arg(outcome.error().message);
        Q_EMIT changed();
        Q_EMIT finished();
        return;
    }
    m_report = *outcome;
    using O = RecoveryItem::Outcome;
    QStringList parts;
    if (const int n = m_report->count(O::Finished))
        //: Banner on start: payments an interruption left open that are now complete.
        parts << tr("%n interrupted payment(s) finished.", "", n);
    if (const int n = m_report->count(O::StillPending))
        //: Banner on start: payments whose outcome the wallet does not know yet.
        parts << tr("%n payment(s) still pending: they are looked up again, never paid twice.", "",
                    n);
    if (const int n = m_report->count(O::NeedsUser))
        //: Banner on start: payments interrupted before paying; only a click pays them.
        parts << tr("%n payment(s) stopped before any sats left the wallet: finish them or "
                    "leave them.",
                    "", n);
    if (const int n = m_report->count(O::Error)) {
        QString first;
        for (const RecoveryItem &i : m_report->items)
            if (i.outcome == O::Error && i.error && first.isEmpty())
                first = i.error->message;
        //: Banner on start: %1 is why the first of them failed.
        parts << tr("%n could not be finished: %1", "", n).arg(first);
    }
    for (const RecoveryItem &i : m_report->items)
        if (i.outcome == O::NeedsUser && i.source == RecoveryItem::Source::Journal)
            m_entries << entryLine(i.entry);
    m_summary = parts.join(u' ');
    Q_EMIT changed();
    Q_EMIT finished();
}

QString RecoveryStatus::entryLine(const JournalEntry &e)
{
    const QString when =
        QLocale().toString(QDateTime::fromMSecsSinceEpoch(e.createdAtMs), QLocale::ShortFormat);
    const QString host = e.url.host();
    return host.isEmpty()
               //: A payment waiting for the user: action, amount, when it started.
               ? tr("%1: %2 sat, %3").arg(e.action, e.agreed.toSatsDecimal(), when)
               //: A payment waiting for the user: action, market host, amount, when it started.
               : tr("%1 at %4: %2 sat, %3").arg(e.action, e.agreed.toSatsDecimal(), when, host);
}

} // namespace lw
