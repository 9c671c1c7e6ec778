// SPDX-License-Identifier: GPL-3.0-or-later
#include "autotopup.h"

#include "enginesession.h"
#include "ledger/ledger.h"
#include "markets/aiforhire/hireclient.h"

#include <QDateTime>

#include <memory>

namespace lw {

namespace {

using Verdict = AutoTopUpDecision::Verdict;
using Outcome = Result<AutoTopUpResult, AppError>;

//! How many recent journal rows are read: far more than a day of top-ups.
constexpr int journalWindow = 2'000;

bool isTopUp(const JournalEntry &e)
{
    return e.kind == JournalEntry::Kind::Topup;
}

//! What an entry counts against the cap: anything that may have left the wallet or did.
std::optional<MilliSats> counted(const JournalEntry &e)
{
    if (e.state == PaymentState::Abandoned)
        return std::nullopt;
    if (e.state == PaymentState::Failed && !e.preimage)
        return std::nullopt; // failed before the wallet paid
    return e.amount.isZero() ? e.agreed : e.amount;
}

QFuture<Outcome> ready(Outcome value)
{
    return QtFuture::makeReadyFuture(std::move(value));
}

} // namespace

QString AutoTopUp::action()
{
    return QStringLiteral("402ai.autotopup");
}

qint64 AutoTopUp::startOfDay(qint64 nowMs)
{
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(nowMs);
    return QDateTime(now.date(), QTime(0, 0)).toMSecsSinceEpoch();
}

Result<AutoTopUpDecision, AppError>
AutoTopUp::decide(const PaymentJournal &journal, qint64 accountId, const QList<qint64> &capAccounts,
                  MilliSats balance, const AutoTopUpRules &rules, qint64 nowMs, qint64 startOfDayMs)
{
    AutoTopUpDecision d;
    d.amount = rules.amount;
    if (!rules.enabled || rules.amount.isZero() || rules.amount.isNegative()
        || rules.threshold.isNegative())
        return d; // Off
    if (balance >= rules.threshold) {
        d.verdict = Verdict::AboveThreshold;
        return d;
    }
    auto recent = journal.recent(journalWindow);
    if (!recent)
        return lw::fail(recent.error());
    bool lastSeen = false;
    MilliSats today;
    for (const JournalEntry &e : *recent) { // newest first
        if (!isTopUp(e))
            continue;
        if (e.accountId == accountId) {
            // Any top-up of the account, by hand or automatic, that has not settled.
            if (!isFinal(e.state)) {
                d.verdict = Verdict::Unsettled;
                return d;
            }
            if (!lastSeen) {
                lastSeen = true;
                if (e.state == PaymentState::Failed && nowMs - e.updatedAtMs < rules.backoffMs) {
                    d.verdict = Verdict::BackingOff;
                    return d;
                }
            }
        }
        if (e.action == action() && e.createdAtMs >= startOfDayMs
            && capAccounts.contains(e.accountId))
            if (const auto amount = counted(e))
                today = today.plus(*amount).value_or(MilliSats(MilliSats::maxMoneyMsat));
    }
    d.spentToday = today;
    const auto after = today.plus(rules.amount);
    if (!after || *after > rules.dailyCap) {
        d.verdict = Verdict::DailyCap;
        return d;
    }
    d.verdict = Verdict::TopUp;
    return d;
}

QFuture<Outcome> AutoTopUp::run(EngineSession &engine, qint64 accountId,
                                const AutoTopUpRules &rules)
{
    if (!rules.enabled) {
        AutoTopUpResult r;
        return ready(r);
    }
    auto stored = engine.accounts().accountById(accountId);
    if (!stored)
        return ready(lw::fail(stored.error()));
    QList<qint64> capAccounts;
    for (const MarketAccount &a :
         engine.accounts().accounts(stored->profileId).value_or(QList<MarketAccount>()))
        if (a.kind == MarketKind::AiForHire)
            capAccounts.append(a.id);
    EngineSession *e = &engine;
    return engine.hireById(accountId)
        .then(&engine,
              [=](const Result<HireClient *, AppError> &client) -> QFuture<Outcome> {
                  if (!client)
                      return ready(lw::fail(client.error()));
                  HireClient *c = *client;
                  if (!c->hasToken())
                      return ready(AutoTopUpResult{}); // no account at the market yet
                  return c->me()
                      .then(e,
                            [=](const Result<HireAccount, AppError> &me) -> QFuture<Outcome> {
                                if (!me)
                                    return ready(lw::fail(me.error()));
                                const qint64 now = QDateTime::currentMSecsSinceEpoch();
                                auto decided = decide(e->journal(), accountId, capAccounts,
                                                      me->balance, rules, now, startOfDay(now));
                                if (!decided)
                                    return ready(lw::fail(decided.error()));
                                AutoTopUpResult result;
                                result.decision = *decided;
                                result.balanceBefore = me->balance;
                                if (decided->verdict != Verdict::TopUp)
                                    return ready(result);
                                return payTopUp(*e, c, result);
                            })
                      .unwrap();
              })
        .unwrap();
}

QFuture<Outcome> AutoTopUp::payTopUp(EngineSession &engine, HireClient *client,
                                     AutoTopUpResult result)
{
    EngineSession *e = &engine;
    const MilliSats amount = result.decision.amount;
    return client->requestTopup(amount)
        .then(e,
              [=](const Result<TopupInvoice, AppError> &invoice) -> QFuture<Outcome> {
                  if (!invoice)
                      return ready(lw::fail(invoice.error()));
                  return e->gate()
                      .then(e,
                            [=](const Result<PaymentGate *, AppError> &gate) -> QFuture<Outcome> {
                                if (!gate)
                                    return ready(lw::fail(gate.error()));
                                return (*gate)
                                    ->payInvoice(JournalEntry::Kind::Topup, action(),
                                                 client->accountId(), invoice->invoice, amount,
                                                 client->baseUrl())
                                    .then(e, [=](const CallOutcome &paid) -> Outcome {
                                        if (!paid)
                                            return lw::fail(paid.error());
                                        AutoTopUpResult done = result;
                                        done.journalId = paid->journalId;
                                        done.ledgerProblem =
                                            recordLedger(*e, client->accountId(), paid->journalId,
                                                         amount, invoice->paymentHash.toHex());
                                        return done;
                                    });
                            })
                      .unwrap();
              })
        .unwrap();
}

QString AutoTopUp::recordLedger(EngineSession &engine, qint64 accountId, qint64 journalId,
                                MilliSats amount, const QString &paymentHash)
{
    // The wallet side (the journal's payment), then the market balance's side, as the CLI's
    // `topup` writes them (keyed, so a row is written once).
    Ledger ledger(engine.database());
    QString problem;
    if (auto entry = engine.journal().entry(journalId)) {
        if (auto written = ledger.recordJournal(*entry); !written)
            problem = written.error().describe();
    } else {
        problem = entry.error().describe();
    }
    LedgerEntry row;
    row.atMs = QDateTime::currentMSecsSinceEpoch();
    row.reason = LedgerReason::TopUp;
    row.incoming = true;
    row.amount = amount;
    row.source = LedgerEntry::Source::Market;
    row.accountId = accountId;
    row.reference = paymentHash;
    row.key = QStringLiteral("journal:%1:market").arg(journalId);
    if (auto written = ledger.record(row); !written && problem.isEmpty())
        problem = written.error().describe();
    return problem;
}

} // namespace lw
