// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The escrow flow tst_chaos runs against a market that fails on purpose, shared by its balance
// and Lightning paths: one run (each step tried once), what the runs came to, the market's own
// state read back afterwards, and the journal settled as the app does on start.

#include "core/hireengine.h"
#include "futureutil.h"

#include <QHash>
#include <QMap>
#include <QSet>
#include <QStringList>

#include <functional>

namespace lwtest::chaos {

using namespace Qt::Literals::StringLiterals;

constexpr qint64 postFeeSats = 50;
constexpr qint64 quoteFeeSats = 10;
constexpr qint64 quoteSats = 20;

inline lw::MilliSats sats(qint64 n)
{
    return lw::MilliSats(n * 1000);
}

//! 100 runs per path unless LW_CHAOS_RUNS says otherwise.
inline int runCount()
{
    const int asked = qEnvironmentVariableIntValue("LW_CHAOS_RUNS");
    return asked > 0 ? asked : 100;
}

//! A hung request costs this much, not 30 s.
inline lw::HttpLimits limits()
{
    lw::HttpLimits l;
    l.timeoutMs = 1'500;
    return l;
}

//! A read (GET) asked until the faulty network lets it through: reads are safe to repeat.
template <typename T>
T readThrough(const std::function<QFuture<lw::Result<T, lw::AppError>>()> &read)
{
    for (int i = 0; i < 60; ++i)
        if (auto r = await(read()))
            return *r;
    qFatal("a read did not get through in 60 tries");
}

//! Who takes part in one run.
struct Parties {
    lw::HireClient *buyer = nullptr;
    lw::HireClient *worker = nullptr;
    QString workerAccountId;
    lw::PaymentBackend *workerWallet = nullptr; //!< makes the invoices the worker collects with
};

//! What the runs came to.
struct Runs {
    int count = 0;
    int completed = 0;
    QMap<QString, int> stoppedAt; //!< "step (error kind)" → runs that stopped there
    QStringList unclear;          //!< steps that stopped without a message
    QStringList titles;
    QHash<QString, lw::PaymentHash> collectInvoices; //!< per title, when one was made

    QString summary() const
    {
        QStringList parts;
        for (auto it = stoppedAt.begin(); it != stoppedAt.end(); ++it)
            parts << u"%1 ×%2"_s.arg(it.key()).arg(it.value());
        return u"%1 of %2 runs completed; stopped: %3"_s.arg(completed).arg(count).arg(
            parts.join(u", "));
    }
};

//! One escrow flow, post to collect. Each step is tried once: a failure stops the run and is
//! recorded, never retried (a retry is how a paid action would happen twice).
inline void runOnce(const Parties &p, const QString &title, bool lightning, Runs &runs)
{
    using namespace lw;
    ++runs.count;
    runs.titles << title;
    QString step;
    std::optional<AppError> error;
    const auto stop = [&](const QString &name, const AppError &e) {
        step = name;
        error = e;
    };
    [&] {
        auto posted =
            await(p.buyer->postTask(title, u"Survive the network"_s, sats(100), lightning));
        if (!posted)
            return stop(u"post"_s, posted.error());
        auto task = await(p.worker->task(posted->value.id));
        if (!task)
            return stop(u"read task"_s, task.error());
        auto quote = await(
            p.worker->sendQuote(*task, p.workerAccountId, sats(quoteSats), u"On it"_s, lightning));
        if (!quote)
            return stop(u"quote"_s, quote.error());
        // Escrow always from the balance: 402ai keeps an L402 escrow payment uncredited.
        auto accepted = await(p.buyer->accept(task->id, quote->value.id));
        if (!accepted)
            return stop(u"accept"_s, accepted.error());
        HireDeliveryFile file{u"result.txt"_s, u"ZG9uZQ=="_s, 4, {}};
        auto delivered = await(p.worker->deliver(task->id, file, u"Done"_s));
        if (!delivered)
            return stop(u"deliver"_s, delivered.error());
        auto confirmed = await(p.buyer->confirm(task->id));
        if (!confirmed)
            return stop(u"confirm"_s, confirmed.error());
        auto invoice = await(p.workerWallet->createInvoice(sats(quoteSats), u"earnings"_s, 600));
        if (!invoice)
            return stop(u"invoice"_s, invoice.error());
        runs.collectInvoices.insert(title, invoice->paymentHash);
        // collect waits up to 90 s (the server's payinvoice blocks): more than await's default.
        auto collected = await(p.worker->collect(sats(quoteSats), invoice->bolt11), 120'000);
        if (!collected)
            return stop(u"collect"_s, collected.error());
        ++runs.completed;
    }();
    if (!error)
        return;
    // A clear error: a kind and words a person can act on.
    if (error->message.trimmed().isEmpty())
        runs.unclear << u"%1: %2"_s.arg(title, step);
    runs.stoppedAt[step + u" (" + error->kindName() + u')'] += 1;
}

//! The market's own state for the runs' titles, read through the faulty network.
struct Market {
    qint64 tasks = 0;
    qint64 quotes = 0;
    qint64 escrowed = 0;                  //!< sats in escrow or released: tasks past Open
    qint64 released = 0;                  //!< sats released to the worker: completed tasks
    QHash<QString, lw::HireTask> byTitle; //!< each title's task (detail)
    QHash<QString, int> quotesByTask;
    QStringList repeated; //!< a title with two tasks, a task with two quotes: paid twice
};

inline Market readMarket(lw::HireClient *reader, const QStringList &titles)
{
    using namespace lw;
    const QSet<QString> ours(titles.begin(), titles.end());
    Market m;
    const auto board = readThrough<HireList<HireTask>>([&] { return reader->tasks(); });
    for (const HireTask &t : board.items) {
        if (!ours.contains(t.title))
            continue;
        if (m.byTitle.contains(t.title))
            m.repeated << u"%1: two tasks"_s.arg(t.title);
        ++m.tasks;
        const auto detail = readThrough<HireTask>([&] { return reader->task(t.id); });
        const int quoteCount = detail.quotes ? int(detail.quotes->items.size()) : 0;
        if (quoteCount > 1)
            m.repeated << u"%1: %2 quotes"_s.arg(t.title).arg(quoteCount);
        m.quotes += quoteCount;
        m.quotesByTask.insert(t.id, quoteCount);
        if (t.status != HireTaskStatus::Open)
            m.escrowed += quoteSats;
        if (t.status == HireTaskStatus::Completed)
            m.released += quoteSats;
        m.byTitle.insert(t.title, detail);
    }
    return m;
}

//! What settling a journal did.
struct Settled {
    int resumed = 0; //!< resume() calls
    int rounds = 0;
    QList<lw::JournalEntry> open; //!< still unfinished after the last round
};

//! Settles the journal as the app does on start (`lightwork-cli resume`: resume() on every
//! unfinished entry), round after round while the faulty network leaves some open.
inline Settled settle(GateEngine &app, int maxRounds = 30)
{
    Settled out;
    for (; out.rounds < maxRounds; ++out.rounds) {
        const auto open = app.journal->unfinished();
        if (!open)
            qFatal("journal: %s", qPrintable(open.error().describe()));
        if (open->isEmpty())
            return out;
        for (const lw::JournalEntry &e : *open) {
            ++out.resumed;
            (void)await(app.gate->resume(e));
        }
    }
    out.open = app.journal->unfinished().value_or(QList<lw::JournalEntry>{});
    return out;
}

} // namespace lwtest::chaos
