// SPDX-License-Identifier: GPL-3.0-or-later
#include "walletbalancetopup.h"

#include "enginesession.h"
#include "session.h"
#include "settingsstore.h"

#include <QLocale>
#include <QTime>

namespace lw {

namespace {

MilliSats sats(qint64 n)
{
    return MilliSats::fromSats(qMax<qint64>(0, n)).value_or(MilliSats(0));
}

} // namespace

AutoTopUpRunner::AutoTopUpRunner(QObject *parent)
    : QObject(parent)
{}

void AutoTopUpRunner::run(Session *session)
{
    EngineSession *engine = session ? session->engine() : nullptr;
    if (m_running || !engine)
        return;
    auto prefs = ProfilePreferencesStore(engine->accounts()).load(engine->profile().id);
    if (!prefs) {
        setStatus(tr("Automatic top-up: %1").arg(prefs.error().message));
        return;
    }
    const AutoTopUpSettings &s = prefs->autoTopUp;
    m_rules = AutoTopUpRules{};
    m_rules.enabled = s.enabled;
    m_rules.threshold = sats(s.thresholdSats);
    m_rules.amount = sats(s.amountSats);
    m_rules.dailyCap = sats(s.dailyCapSats);
    if (!m_rules.enabled) {
        setStatus({});
        return;
    }
    m_queue.clear();
    for (const MarketAccount &a :
         engine->accounts().accounts(engine->profile().id).value_or(QList<MarketAccount>()))
        if (a.kind == MarketKind::AiForHire)
            m_queue.append({a.id, a.name});
    m_session = session;
    m_running = true;
    next();
}

void AutoTopUpRunner::next()
{
    EngineSession *engine = m_session ? m_session->engine() : nullptr;
    if (m_queue.isEmpty() || !engine) {
        m_running = false;
        Q_EMIT finished();
        return;
    }
    const auto [accountId, name] = m_queue.takeFirst();
    AutoTopUp::run(*engine, accountId, m_rules)
        .then(this, [this, name](const Result<AutoTopUpResult, AppError> &r) {
            if (!r)
                //: Wallet page status line; %1 is a market account, %2 why it failed.
                setStatus(
                    tr("Automatic top-up of %1 did not happen: %2").arg(name, r.error().message));
            else
                setStatus(describe(name, *r));
            next();
        });
}

QString AutoTopUpRunner::describe(const QString &account, const AutoTopUpResult &r) const
{
    using Verdict = AutoTopUpDecision::Verdict;
    const QString time = QLocale().toString(QTime::currentTime(), QLocale::ShortFormat);
    switch (r.decision.verdict) {
    case Verdict::TopUp:
        //: Wallet page status line; %1 is an amount in sats, %2 an account, %3 a time.
        return tr("Automatically topped up %1 sat to %2 at %3.")
            .arg(r.decision.amount.toSatsDecimal(), account, time);
    case Verdict::AboveThreshold:
        //: Wallet page status line; %1 is an account, %2 its balance in sats, %3 a time.
        return tr("Automatic top-up is on: %1 holds %2 sat (checked at %3).")
            .arg(account, r.balanceBefore.toSatsDecimal(), time);
    case Verdict::DailyCap:
        //: Wallet page status line; %1 is an account, %2 the sats topped up today.
        return tr("Automatic top-up of %1 paused: today's cap is reached (%2 sat so far).")
            .arg(account, r.decision.spentToday.toSatsDecimal());
    case Verdict::Unsettled:
        //: Wallet page status line; %1 is an account.
        return tr("Automatic top-up of %1 waits: an earlier top-up is not settled yet.")
            .arg(account);
    case Verdict::BackingOff:
        //: Wallet page status line; %1 is an account.
        return tr("Automatic top-up of %1 waits: the last top-up failed a short while ago.")
            .arg(account);
    case Verdict::Off:
        break;
    }
    return {};
}

void AutoTopUpRunner::setStatus(const QString &text)
{
    if (text == m_status)
        return;
    m_status = text;
    Q_EMIT statusChanged();
}

} // namespace lw
