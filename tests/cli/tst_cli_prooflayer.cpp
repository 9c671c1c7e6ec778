// SPDX-License-Identifier: GPL-3.0-or-later
// lightwork-cli prooflayer … as a buyer and a worker use it, against a real sandbox and a real
// keychain (label keychain, as tst_cli_flow). Every check is made at the sandbox: its wallets'
// balances, its request log, the market's own records.
#include "cli/cliuser.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace lwtest;
using namespace Qt::Literals::StringLiterals;

namespace {

QString field(const Run &r, QStringView path)
{
    QJsonValue v = r.json();
    for (const auto &key : path.split(u'.'))
        v = v.toObject().value(key);
    return v.isDouble() ? QString::number(v.toDouble()) : v.toString();
}

bool hasTask(const Run &feed, const QString &id)
{
    for (const QJsonValue &t : feed.json().value(u"tasks").toArray())
        if (t.toObject().value(u"id").toString() == id)
            return true;
    return false;
}

} // namespace

class TestCliProofLayer : public QObject {
    Q_OBJECT

    SandboxProcess sandbox;
    QTemporaryDir dir;

    //! A person with a ProofLayer account on the sandbox and, when `walletSats` ≥ 0, a wallet.
    User person(const QString &name, qint64 walletSats = -1)
    {
        const QString data = dir.filePath(name);
        User u = walletSats < 0 ? User(data) : walletUser(sandbox, data, name, walletSats);
        u.setUp({u"account"_s, u"add"_s, u"pl"_s, u"--kind"_s, u"prooflayer"_s, u"--url"_s,
                 sandbox.url().toString()});
        return u;
    }
    int routeCount(const QString &route) { return sandbox.routeCounts().value(route).toInt(); }
    void clearLog() { sandbox.admin("POST", u"/log/clear"_s); }
    QStringList createArgs(const QString &title, const QString &budget)
    {
        return {u"prooflayer"_s, u"create"_s,
                u"--type"_s,     u"verify"_s,
                u"--title"_s,    title,
                u"--budget"_s,   budget,
                u"--question"_s, u"Is https://example.org up?"_s};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("LW_CLI"), "LW_CLI is not set");
        QVERIFY2(!SandboxProcess::binary().isEmpty(), "LW_SANDBOX is not set");
        QVERIFY(dir.isValid());
        QVERIFY(sandbox.start({}));
    }

    void buyerPaysAndWorkerIsPaidAtTheAddress()
    {
        User buyer = person(u"pl-buyer"_s, 100'000);
        User worker = person(u"pl-worker"_s);
        const QString address =
            sandbox.addWallet(u"wendy"_s, 0).value(u"lightning_address").toString();

        Run r = RUN_OK(worker.run(
            {u"prooflayer"_s, u"register"_s, u"--name"_s, u"Wendy"_s, u"--address"_s, address}));
        QCOMPARE(r.exitCode, 0);
        const QString workerId = field(r, u"id");
        QCOMPARE(sandbox.get(u"/api/workers/"_s + workerId)
                     .json.value(u"worker")
                     .toObject()
                     .value(u"lightning_address")
                     .toString(),
                 address);
        r = RUN_OK(worker.run({u"account"_s, u"list"_s}));
        QCOMPARE(r.json()
                     .value(u"accounts")
                     .toArray()
                     .first()
                     .toObject()
                     .value(u"account_id")
                     .toString(),
                 workerId);
        // Once per account.
        QCOMPARE(
            worker
                .run({u"prooflayer"_s, u"register"_s, u"--name"_s, u"W"_s, u"--address"_s, address})
                .exitCode,
            2);

        // The buyer pays exactly the budget; markup and a bidi override in the title stay text.
        const QString title = u"<b>Up?</b> \u202Egnp.exe"_s;
        const qint64 buyerWallet = sandbox.walletBalance(u"pl-buyer"_s);
        clearLog();
        r = RUN_OK(buyer.run(createArgs(title, u"1000"_s)));
        QCOMPARE(r.exitCode, 0);
        const QString taskId = field(r, u"id");
        QCOMPARE(field(r, u"status"), u"open"_s);
        QCOMPARE(field(r, u"payment.amount_sats"), u"1000"_s);
        QCOMPARE(sandbox.walletBalance(u"pl-buyer"_s), buyerWallet - 1000);
        QCOMPARE(routeCount(u"POST /api/tasks"_s), 2);
        QVERIFY(!r.out.contains("\xE2\x80\xAE"));
        QVERIFY(r.out.contains("\\u202e") || r.out.contains("\\u202E"));
        QVERIFY(r.out.contains("<b>Up?</b>"));

        r = RUN_OK(worker.run(
            {u"prooflayer"_s, u"feed"_s, u"--type"_s, u"verify"_s, u"--min-budget"_s, u"1000"_s}));
        QVERIFY(hasTask(r, taskId));
        r = RUN_OK(worker.run({u"prooflayer"_s, u"feed"_s, u"--min-budget"_s, u"1001"_s}));
        QCOMPARE(r.exitCode, 0);
        QVERIFY(!hasTask(r, taskId));

        r = RUN_OK(worker.run({u"prooflayer"_s, u"claim"_s, taskId}));
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(field(r, u"status"), u"claimed"_s);
        QCOMPARE(field(r, u"worker_id"), workerId);
        // A verify task needs proof: refused before it is sent.
        clearLog();
        r = worker.run({u"prooflayer"_s, u"submit"_s, taskId, u"--answer"_s, u"yes"_s,
                        u"--confidence"_s, u"0.9"_s});
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(routeCount(u"POST /api/tasks/{}/submit"_s), 0);
        r = RUN_OK(worker.run({u"prooflayer"_s, u"submit"_s, taskId, u"--answer-json"_s,
                               uR"({"answer":"yes","status":200})"_s, u"--confidence"_s, u"0.9"_s,
                               u"--proof-url"_s, u"https://example.org/proof.png"_s}));
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(field(r, u"result.confidence"), u"0.9"_s);
        QCOMPARE(field(r, u"result.answer_json.answer"), u"yes"_s);

        // 70 % reaches the worker's address; release reports it and pays nothing more.
        QTRY_COMPARE_WITH_TIMEOUT(sandbox.walletBalance(u"wendy"_s), 700, 10'000);
        r = RUN_OK(buyer.run({u"prooflayer"_s, u"release"_s, taskId}));
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(field(r, u"payout.status"), u"paid"_s);
        QCOMPARE(field(r, u"payout.amount_sats"), u"700"_s);
        QCOMPARE(sandbox.walletBalance(u"wendy"_s), 700);

        r = RUN_OK(worker.run({u"prooflayer"_s, u"payouts"_s}));
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(field(r, u"total_earned_sats"), u"700"_s);
        QCOMPARE(r.json().value(u"payouts").toArray().size(), 1);
        r = RUN_OK(buyer.run({u"prooflayer"_s, u"profile"_s, workerId}));
        QCOMPARE(r.json().value(u"completed_jobs").toInteger(), qint64(1));
        QVERIFY(!field(r, u"tier").isEmpty());
        r = RUN_OK(buyer.run({u"prooflayer"_s, u"task"_s, taskId}));
        QCOMPARE(field(r, u"status"), u"completed"_s);
        QCOMPARE(field(r, u"title"), title);
        QCOMPARE(sandbox.walletBalance(u"pl-buyer"_s), buyerWallet - 1000);
        r = RUN_OK(buyer.run({u"prooflayer"_s, u"contract"_s}));
        QVERIFY(r.json().value(u"task_types").toArray().contains(u"verify"_s));
    }

    void maxSatsBelowTheBudgetPaysNothing()
    {
        User buyer = person(u"pl-careful"_s, 10'000);
        const qint64 wallet = sandbox.walletBalance(u"pl-careful"_s);
        clearLog();
        Run r = buyer.run(createArgs(u"Capped"_s, u"1000"_s)
                          << u"--yes"_s << u"--max-sats"_s << u"500"_s);
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.json().contains(u"error"), r.out.constData());
        QCOMPARE(sandbox.walletBalance(u"pl-careful"_s), wallet);
        QCOMPARE(routeCount(u"POST /api/tasks"_s), 1); // the challenge, never a paid retry
        r = RUN_OK(buyer.run({u"prooflayer"_s, u"feed"_s}));
        for (const QJsonValue &t : r.json().value(u"tasks").toArray())
            QVERIFY(t.toObject().value(u"title").toString() != u"Capped");
        // The journal says why.
        r = RUN_OK(buyer.run({u"journal"_s, u"list"_s}));
        const QJsonObject last = r.json().value(u"entries").toArray().first().toObject();
        QCOMPARE(last.value(u"action").toString(), u"prooflayer.create_task"_s);
        QCOMPARE(last.value(u"state").toString(), u"abandoned"_s);
    }

    void crashAtEveryStageThenResume_data() { addAbortStageRows(); }
    void crashAtEveryStageThenResume()
    {
        QFETCH(QString, stage);
        const QString walletName = u"pl-crash-"_s + stage;
        User buyer = person(walletName, 10'000);
        const QString title = u"Crash "_s + stage;
        const Run crashed = buyer.runAbortingAt(createArgs(title, u"100"_s), stage);
        QVERIFY2(crashed.crashed, crashed.err.constData());

        Run r = RUN_OK(buyer.run({u"resume"_s}));
        QCOMPARE(r.exitCode, 0);
        // Paid once, the task posted once; a second resume has nothing to do.
        QCOMPARE(sandbox.walletBalance(walletName), 10'000 - 100);
        r = RUN_OK(buyer.run({u"prooflayer"_s, u"feed"_s}));
        int posted = 0;
        for (const QJsonValue &t : r.json().value(u"tasks").toArray())
            posted += t.toObject().value(u"title").toString() == title;
        QCOMPARE(posted, 1);
        r = RUN_OK(buyer.run({u"resume"_s}));
        QCOMPARE(r.json().value(u"resumed").toArray().size(), 0);
        QCOMPARE(sandbox.walletBalance(walletName), 10'000 - 100);
    }

    void badInputNeverReachesTheMarket()
    {
        User buyer = person(u"pl-sloppy"_s, 10'000);
        User noWallet = person(u"pl-looker"_s);
        const QString port = QString::number(sandbox.url().port());
        clearLog();
        Run r = buyer.run({u"prooflayer"_s, u"create"_s, u"--type"_s, u"translate"_s, u"--title"_s,
                           u"T"_s, u"--budget"_s, u"10"_s, u"--question"_s, u"Q"_s});
        QCOMPARE(r.exitCode, 2);
        r = buyer.run(createArgs(u"T"_s, u"ten"_s));
        QCOMPARE(r.exitCode, 2);
        r = noWallet.run(createArgs(u"No wallet"_s, u"10"_s));
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("wallet add"), r.err.constData());
        QCOMPARE(routeCount(u"POST /api/tasks"_s), 0);

        r = buyer.run({u"prooflayer"_s, u"register"_s, u"--name"_s, u"N"_s, u"--address"_s,
                       u"nobody@127.0.0.1:"_s + port});
        QCOMPARE(r.exitCode, 2);
        r = buyer.run({u"prooflayer"_s, u"claim"_s, u"some-task"_s}); // not registered
        QCOMPARE(r.exitCode, 2);
        r = buyer.run({u"prooflayer"_s, u"task"_s, u"../workers/feed"_s});
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(routeCount(u"POST /api/workers"_s), 0);
        QCOMPARE(routeCount(u"POST /api/tasks/{}/claim"_s), 0);
        QCOMPARE(routeCount(u"GET /api/tasks/{}"_s), 0);
    }

    void cleanupTestCase() { QVERIFY(sandbox.stopCleanly()); }
};

QTEST_GUILESS_MAIN(TestCliProofLayer)
#include "tst_cli_prooflayer.moc"
