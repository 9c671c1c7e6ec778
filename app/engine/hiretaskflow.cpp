// SPDX-License-Identifier: GPL-3.0-or-later
#include "hiretaskflow.h"

#include "enginesession.h"
#include "markets/aiforhire/hirecache.h"
#include "markets/aiforhire/hireclient.h"
#include "store/marketcache.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QPointer>
#include <QPromise>

#include <memory>

namespace lw {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(HireTaskFlow)
};

//! One step in flight: the promise its caller waits on.
template <typename T>
struct Run {
    using Outcome = Result<T, AppError>;
    QPromise<Outcome> promise;

    Run() { promise.start(); }
    void finish(const Outcome &outcome)
    {
        promise.addResult(outcome);
        promise.finish();
    }
    void fail(const AppError &error) { finish(Outcome(lw::fail(error))); }
};

template <typename T>
std::shared_ptr<Run<T>> makeRun()
{
    return std::make_shared<Run<T>>();
}

template <typename T>
QFuture<Result<T, AppError>> failed(const AppError &error)
{
    auto run = makeRun<T>();
    run->fail(error);
    return run->promise.future();
}

template <typename T>
HireStep<T> makeStep(const T &value, qint64 journalId,
                     const std::optional<OutgoingPayment> &payment)
{
    HireStep<T> step;
    step.value = value;
    step.journalId = journalId;
    step.payment = payment;
    return step;
}

AppError noClient()
{
    return AppError::make(AppError::Kind::Invalid, Text::tr("There is no 402ai account."));
}

AppError clientGone()
{
    return AppError::make(AppError::Kind::Cancelled,
                          Text::tr("The profile changed before the market was asked."));
}

QString record(EngineSession &engine, LedgerReason reason, MilliSats amount,
               LedgerEntry::Source source, qint64 accountId, const QString &reference,
               const QString &key)
{
    if (amount.isZero())
        return {};
    LedgerEntry e;
    e.atMs = QDateTime::currentMSecsSinceEpoch();
    e.reason = reason;
    e.incoming = false;
    e.amount = amount;
    e.source = source;
    e.accountId = accountId;
    e.reference = reference;
    e.key = key;
    auto written = Ledger(engine.database()).record(e);
    return written ? QString() : written.error().describe();
}

//! Asks the market for a fresh copy of the task, then goes on with it.
template <typename T, typename Next>
void withFreshTask(const std::shared_ptr<Run<T>> &run, EngineSession &engine, HireClient *client,
                   const QString &taskId, Next next)
{
    client->task(taskId).then(&engine, [run, next](const Result<HireTask, AppError> &task) {
        if (!task) {
            run->fail(task.error());
            return;
        }
        next(*task);
    });
}

} // namespace

QString recordHireFee(EngineSession &engine, qint64 accountId, qint64 journalId,
                      const std::optional<OutgoingPayment> &payment, LedgerReason reason,
                      qint64 feeSats, const QString &reference)
{
    if (payment) {
        auto entry = engine.journal().entry(journalId);
        if (!entry)
            return entry.error().describe();
        auto written = Ledger(engine.database()).recordJournal(*entry);
        return written ? QString() : written.error().describe();
    }
    return record(engine, reason, MilliSats(feeSats * MilliSats::msatPerSat),
                  LedgerEntry::Source::Market, accountId, reference,
                  QStringLiteral("journal:%1:market").arg(journalId));
}

QString recordEscrowLocked(EngineSession &engine, qint64 accountId, const QString &taskId,
                           const QString &quoteId, MilliSats escrowed)
{
    return record(engine, LedgerReason::EscrowLocked, escrowed, LedgerEntry::Source::Market,
                  accountId, taskId,
                  QStringLiteral("402ai:%1:escrow:%2:%3").arg(accountId).arg(taskId, quoteId));
}

QString recordReleased(EngineSession &engine, qint64 accountId, const QString &taskId,
                       MilliSats released)
{
    return record(engine, LedgerReason::Released, released, LedgerEntry::Source::Escrow, accountId,
                  taskId, QStringLiteral("402ai:%1:released:%2").arg(accountId).arg(taskId));
}

std::optional<MilliSats> hireQuotePrice(const HireTask &task, const QString &quoteId)
{
    if (!task.quotes)
        return std::nullopt;
    for (const HireQuote &q : task.quotes->items)
        if (q.id == quoteId)
            return q.price;
    return std::nullopt;
}

Result<ChangeSet, AppError> cacheHireTask(const Database &db, qint64 accountId,
                                          const HireTask &task, qint64 nowMs)
{
    MarketCache cache(db);
    // One task is not the whole board: a partial snapshot only adds and updates.
    CacheSnapshot one{accountId, CacheKind::Task, {}, {toCacheItem(task)}, false};
    auto changes = cache.apply(one, nowMs);
    if (!changes)
        return changes;
    for (const CacheSnapshot &s : hireTaskSnapshots(accountId, task))
        if (auto applied = cache.apply(s, nowMs); !applied)
            return lw::fail(applied.error());
    return changes;
}

QFuture<Result<QString, AppError>> hireOwnId(EngineSession &engine, HireClient *client)
{
    if (!client)
        return failed<QString>(noClient());
    auto stored = engine.accounts().accountById(client->accountId());
    if (stored && !stored->remoteId.isEmpty())
        return QtFuture::makeReadyFuture(Result<QString, AppError>(stored->remoteId));
    if (!client->hasToken()) // never funded: the market does not know the account yet
        return QtFuture::makeReadyFuture(Result<QString, AppError>(QString()));
    auto run = makeRun<QString>();
    const qint64 accountId = client->accountId();
    EngineSession *e = &engine;
    client->me().then(&engine, [run, e, accountId](const Result<HireAccount, AppError> &me) {
        if (!me) {
            run->fail(me.error());
            return;
        }
        (void)e->accounts().setRemoteId(accountId, me->accountId);
        run->finish(me->accountId);
    });
    return run->promise.future();
}

QFuture<Result<HireStep<HireTask>, AppError>> postHireTask(EngineSession &engine,
                                                           HireClient *client, const QString &title,
                                                           const QString &description,
                                                           MilliSats budget, bool allowLightning)
{
    using Step = HireStep<HireTask>;
    if (!client)
        return failed<Step>(noClient());
    auto run = makeRun<Step>();
    EngineSession *e = &engine;
    const qint64 accountId = client->accountId();
    client->postTask(title, description, budget, allowLightning)
        .then(&engine, [run, e, accountId](const HireResult<HirePaid<HireTask>> &posted) {
            if (!posted) {
                run->fail(posted.error());
                return;
            }
            Step step = makeStep(posted->value, posted->journalId, posted->payment);
            step.ledgerProblem =
                recordHireFee(*e, accountId, posted->journalId, posted->payment,
                              LedgerReason::PostFee, hirePostTaskFeeSats, posted->value.id);
            // The new task shows at once, before the next sync lists it.
            if (auto cached = cacheHireTask(e->database(), accountId, posted->value,
                                            QDateTime::currentMSecsSinceEpoch()))
                step.cached = *cached;
            run->finish(step);
        });
    return run->promise.future();
}

QFuture<Result<HireStep<HireQuote>, AppError>>
sendHireQuote(EngineSession &engine, HireClient *client, const QString &taskId, MilliSats price,
              const QString &description, bool allowLightning)
{
    using Step = HireStep<HireQuote>;
    if (!client)
        return failed<Step>(noClient());
    auto run = makeRun<Step>();
    EngineSession *e = &engine;
    QPointer<HireClient> c = client;
    const qint64 accountId = client->accountId();
    hireOwnId(engine, client).then(&engine, [=](const Result<QString, AppError> &me) {
        if (!me) {
            run->fail(me.error());
            return;
        }
        if (!c) {
            run->fail(clientGone());
            return;
        }
        const QString myId = *me;
        withFreshTask(run, *e, c, taskId, [=](const HireTask &task) {
            if (!c) {
                run->fail(clientGone());
                return;
            }
            c->sendQuote(task, myId, price, description, allowLightning)
                .then(e, [=](const HireResult<HirePaid<HireQuote>> &sent) {
                    if (!sent) {
                        run->fail(sent.error());
                        return;
                    }
                    Step step = makeStep(sent->value, sent->journalId, sent->payment);
                    step.ledgerProblem =
                        recordHireFee(*e, accountId, sent->journalId, sent->payment,
                                      LedgerReason::QuoteFee, hirePostQuoteFeeSats, sent->value.id);
                    run->finish(step);
                });
        });
    });
    return run->promise.future();
}

QFuture<Result<HireStep<HireAcceptResult>, AppError>> acceptHireQuote(EngineSession &engine,
                                                                      HireClient *client,
                                                                      const QString &taskId,
                                                                      const QString &quoteId)
{
    using Step = HireStep<HireAcceptResult>;
    if (!client)
        return failed<Step>(noClient());
    auto run = makeRun<Step>();
    EngineSession *e = &engine;
    QPointer<HireClient> c = client;
    const qint64 accountId = client->accountId();
    withFreshTask(run, engine, client, taskId, [=](const HireTask &task) {
        const auto price = hireQuotePrice(task, quoteId);
        if (!price) {
            run->fail(AppError::make(AppError::Kind::NotFound,
                                     Text::tr("Task %1 has no quote %2.").arg(taskId, quoteId)));
            return;
        }
        if (!c) {
            run->fail(clientGone());
            return;
        }
        c->accept(taskId, quoteId, *price)
            .then(e, [=](const HireResult<HirePaid<HireAcceptResult>> &accepted) {
                if (!accepted) {
                    run->fail(accepted.error());
                    return;
                }
                Step step = makeStep(accepted->value, accepted->journalId, accepted->payment);
                step.ledgerProblem =
                    recordEscrowLocked(*e, accountId, taskId, quoteId, accepted->value.escrowed);
                run->finish(step);
            });
    });
    return run->promise.future();
}

QFuture<Result<HireStep<HireConfirmResult>, AppError>>
confirmHireTask(EngineSession &engine, HireClient *client, const QString &taskId)
{
    using Step = HireStep<HireConfirmResult>;
    if (!client)
        return failed<Step>(noClient());
    auto run = makeRun<Step>();
    EngineSession *e = &engine;
    const qint64 accountId = client->accountId();
    client->confirm(taskId).then(&engine, [=](const HireResult<HireConfirmResult> &confirmed) {
        if (!confirmed) {
            run->fail(confirmed.error());
            return;
        }
        Step step = makeStep(*confirmed, 0, std::nullopt);
        step.ledgerProblem =
            recordReleased(*e, accountId, confirmed->taskId.isEmpty() ? taskId : confirmed->taskId,
                           confirmed->released);
        run->finish(step);
    });
    return run->promise.future();
}

} // namespace lw
