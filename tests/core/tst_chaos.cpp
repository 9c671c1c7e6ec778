// SPDX-License-Identifier: GPL-3.0-or-later
// The full escrow flow against a market that fails on purpose: 20 % 5xx, 10 % connection
// resets (half of them after the server acted), some requests never answered. Every run must
// complete or stop with a clear error, and no paid action may ever happen twice: checked at the
// sandbox from its own state (tasks, quotes, balances) after all runs.
#include "core/hireengine.h"
#include "futureutil.h"
#include "lightning/bolt11decoder.h"
#include "sandbox/sandboxprocess.h"

#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace lw;
using namespace lwtest;
using namespace Qt::Literals::StringLiterals;

namespace {

constexpr qint64 quoteSats = 20;

MilliSats sats(qint64 n)
{
    return MilliSats(n * 1000);
}

//! A read (GET) asked until the faulty network lets it through: reads are safe to repeat.
template <typename T>
T readThrough(const std::function<QFuture<HireResult<T>>()> &read)
{
    for (int i = 0; i < 60; ++i)
        if (auto r = await(read()))
            return *r;
    qFatal("a read did not get through in 60 tries");
}

} // namespace

class TestChaos : public QObject {
    Q_OBJECT

    SandboxProcess sandbox;
    QTemporaryDir dir;

    //! An account funded through the faulty market (set-up may retry; runs never do).
    QByteArray fundedAccount(qint64 amount)
    {
        for (int i = 0; i < 40; ++i) {
            const QByteArray token = sandbox.hireAccount(u"funder"_s, amount);
            if (!token.isEmpty() && sandbox.hireBalance(token) == amount)
                return token;
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!SandboxProcess::binary().isEmpty(), "LW_SANDBOX is not set");
        QVERIFY(sandbox.start({u"--wallet"_s, u"funder:10000000"_s, u"--wallet"_s,
                               u"buyer:1000000"_s, u"--wallet"_s, u"worker:1000"_s,
                               u"--error-rate"_s, u"20"_s, u"--reset-rate"_s, u"10"_s,
                               u"--hang-rate"_s, u"1"_s, u"--seed"_s, u"4242"_s}));
    }

    void escrowFlowHundredTimes()
    {
        const int runs = qEnvironmentVariableIntValue("LW_CHAOS_RUNS") > 0
                             ? qEnvironmentVariableIntValue("LW_CHAOS_RUNS")
                             : 100;
        const qint64 buyerStart = 100 * runs;
        const qint64 workerStart = 20 * runs;
        const QByteArray buyerToken = fundedAccount(buyerStart);
        const QByteArray workerToken = fundedAccount(workerStart);
        QVERIFY(!buyerToken.isEmpty() && !workerToken.isEmpty());

        HireEngine engine(dir.filePath(u"chaos.sqlite3"_s), sandbox.url(),
                          sandbox.wallet(u"buyer"_s));
        HttpLimits limits;
        limits.timeoutMs = 1'500; // a hung request costs this much, not 30 s
        engine.http.setLimits(limits);
        HireClient *buyer = engine.client(buyerToken);
        HireClient *worker = engine.client(workerToken);
        const QJsonObject w = sandbox.wallet(u"worker"_s).value(u"phoenixd").toObject();
        PhoenixdWallet workerWallet(&engine.http, QUrl(w.value(u"url").toString()),
                                    w.value(u"password").toString().toLatin1(), Network::Regtest);
        const HireAccount workerMe = readThrough<HireAccount>([&] { return worker->me(); });
        const qint64 workerWalletStart = sandbox.walletBalance(u"worker"_s);
        const qint64 buyerWalletStart = sandbox.walletBalance(u"buyer"_s);

        QMap<QString, int> stoppedAt;
        int completed = 0;
        QStringList titles;
        for (int run = 0; run < runs; ++run) {
            const QString title = u"Chaos run %1"_s.arg(run);
            titles << title;
            QString step;
            std::optional<AppError> error;
            const auto stop = [&](const QString &name, const AppError &e) {
                step = name;
                error = e;
            };
            [&] {
                auto posted =
                    await(buyer->postTask(title, u"Survive the network"_s, sats(100), false));
                if (!posted)
                    return stop(u"post"_s, posted.error());
                auto task = await(worker->task(posted->value.id));
                if (!task)
                    return stop(u"read task"_s, task.error());
                auto quote = await(worker->sendQuote(*task, workerMe.accountId, sats(quoteSats),
                                                     u"On it"_s, false));
                if (!quote)
                    return stop(u"quote"_s, quote.error());
                auto accepted = await(buyer->accept(task->id, quote->value.id));
                if (!accepted)
                    return stop(u"accept"_s, accepted.error());
                HireDeliveryFile file{u"result.txt"_s, u"ZG9uZQ=="_s, 4, {}};
                auto delivered = await(worker->deliver(task->id, file, u"Done"_s));
                if (!delivered)
                    return stop(u"deliver"_s, delivered.error());
                auto confirmed = await(buyer->confirm(task->id));
                if (!confirmed)
                    return stop(u"confirm"_s, confirmed.error());
                auto invoice =
                    await(workerWallet.createInvoice(sats(quoteSats), u"earnings"_s, 600));
                if (!invoice)
                    return stop(u"invoice"_s, invoice.error());
                auto collected = await(worker->collect(sats(quoteSats), invoice->bolt11));
                if (!collected)
                    return stop(u"collect"_s, collected.error());
                ++completed;
            }();
            if (error) {
                // A clear error: a kind and words a person can act on.
                QVERIFY2(!error->message.trimmed().isEmpty(), qPrintable(step));
                stoppedAt[step + u" (" + error->kindName() + u')'] += 1;
            }
        }
        qInfo("%d of %d runs completed; stopped: %s", completed, runs, qPrintable([&] {
                  QStringList parts;
                  for (auto it = stoppedAt.begin(); it != stoppedAt.end(); ++it)
                      parts << u"%1 ×%2"_s.arg(it.key()).arg(it.value());
                  return parts.join(u", ");
              }()));
        QVERIFY(completed > 0);

        // The market's own state, read through the faulty network (reads are repeatable).
        const auto board = readThrough<HireList<HireTask>>([&] { return buyer->tasks(); });
        QMap<QString, int> perTitle;
        qint64 escrowed = 0, released = 0, tasks = 0, quotes = 0;
        for (const HireTask &t : board.items) {
            if (!titles.contains(t.title))
                continue;
            perTitle[t.title] += 1;
            ++tasks;
            const auto detail = readThrough<HireTask>([&] { return buyer->task(t.id); });
            const int quoteCount = detail.quotes ? int(detail.quotes->items.size()) : 0;
            QVERIFY2(quoteCount <= 1, qPrintable(t.title)); // no quote (and fee) twice
            quotes += quoteCount;
            if (t.status != HireTaskStatus::Open)
                escrowed += quoteSats;
            if (t.status == HireTaskStatus::Completed)
                released += quoteSats;
        }
        for (auto it = perTitle.begin(); it != perTitle.end(); ++it)
            QVERIFY2(it.value() == 1, qPrintable(it.key())); // no task (and fee) twice

        // Every sat accounted for: each fee, escrow and collect happened once per action.
        const qint64 collected = sandbox.walletBalance(u"worker"_s) - workerWalletStart;
        QCOMPARE(readThrough<HireAccount>([&] { return buyer->me(); }).balance.floorSats(),
                 buyerStart - 50 * tasks - escrowed);
        QCOMPARE(readThrough<HireAccount>([&] { return worker->me(); }).balance.floorSats(),
                 workerStart - 10 * quotes + released - collected);
        QVERIFY(collected % quoteSats == 0 && collected <= released);
        // The balance path never paid by Lightning.
        QCOMPARE(sandbox.walletBalance(u"buyer"_s), buyerWalletStart);
        qInfo("tasks %lld, quotes %lld, escrowed %lld sat, released %lld sat, collected %lld sat",
              tasks, quotes, escrowed, released, collected);
    }
};

QTEST_GUILESS_MAIN(TestChaos)
#include "tst_chaos.moc"
