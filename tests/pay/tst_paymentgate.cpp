// SPDX-License-Identifier: GPL-3.0-or-later
// The payment engine against a real sandbox: HttpClient + PaymentJournal (SQLite, sealed
// secrets) + PhoenixdWallet + PaymentGate. Paid 402ai calls by L402, refusals from a hostile
// challenge, and crash safety: a child process (this binary, LW_GATE_CHILD) is aborted at each
// journal stage and the parent resumes from the same database; the sandbox then shows exactly
// one payment, one task and the right balances.
#include "futureutil.h"
#include "lightning/bolt11decoder.h"
#include "pay/paymentgate.h"
#include "phoenixd/phoenixdwallet.h"
#include "sandbox/sandboxprocess.h"
#include "secrets/secretbox.h"
#include "store/database.h"

#include <QFutureWatcher>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace lw;
using namespace lwtest;
using namespace Qt::Literals::StringLiterals;

namespace {

const QByteArray testKeyHex = "4c696768747765726b2074657374206a6f75726e616c206b65792030303031aa";

//! The engine as the app wires it, on one database file.
struct Engine {
    QNetworkAccessManager network;
    lw::HttpClient http{&network};
    std::unique_ptr<Database> db;
    SecretBox box{*DataKey::fromHex(QString::fromLatin1(testKeyHex))};
    std::unique_ptr<PaymentJournal> journal;
    std::unique_ptr<PhoenixdWallet> wallet;
    std::unique_ptr<PaymentGate> gate;
    QByteArray token;

    Engine(const QString &dbPath, const QUrl &phoenixd, const QByteArray &password,
           const QByteArray &xToken, SpendingLimits limits = {})
        : token(xToken)
    {
        network.setProxy(QNetworkProxy::NoProxy);
        auto opened = Database::open(dbPath, PaymentJournal::migrations());
        if (!opened)
            qFatal("database: %s", qPrintable(opened.error().describe()));
        db = std::move(*opened);
        journal = std::make_unique<PaymentJournal>(*db, box);
        wallet = std::make_unique<PhoenixdWallet>(&http, phoenixd, password, Network::Regtest);
        gate = std::make_unique<PaymentGate>(&http, journal.get(), wallet.get(), limits);
        gate->setAuthorizer([this](qint64, HttpRequest &r) {
            if (!token.isEmpty())
                r.setHeader("x-token", token);
        });
    }

    PaidCall postTask(const QUrl &base, const QString &title, qint64 agreedSats = 50) const
    {
        PaidCall c;
        c.action = u"402ai.post_task"_s;
        c.accountId = 1;
        c.request = HttpRequest::json(
            "POST", base.resolved(QUrl(u"/api/v1/ai-for-hire/tasks"_s)),
            QJsonDocument(QJsonObject{{u"title"_s, title}, {u"budget_sats"_s, 100}}));
        c.agreed = MilliSats(agreedSats * 1000);
        return c;
    }
};

int runChild()
{
    // Everything comes from the parent through the environment; the journal key is the
    // fixed test key (the app's comes from the keychain).
    Engine engine(qEnvironmentVariable("LW_GATE_DB"),
                  QUrl(qEnvironmentVariable("LW_GATE_PHOENIXD")), qgetenv("LW_GATE_PASSWORD"),
                  qgetenv("LW_GATE_TOKEN"));
    const QUrl base(qEnvironmentVariable("LW_GATE_MARKET"));
    auto outcome =
        await(engine.gate->call(engine.postTask(base, qEnvironmentVariable("LW_GATE_TITLE"))));
    return outcome ? 0 : 3;
}

} // namespace

class TestPaymentGate : public QObject {
    Q_OBJECT

    SandboxProcess sandbox;
    QTemporaryDir dir;
    int counter = 0;

    QUrl phoenixdUrl() const
    {
        return QUrl(
            sandbox.wallet(u"payer"_s).value(u"phoenixd").toObject().value(u"url").toString());
    }
    QByteArray password() const
    {
        return sandbox.wallet(u"payer"_s)
            .value(u"phoenixd")
            .toObject()
            .value(u"password")
            .toString()
            .toLatin1();
    }
    QByteArray account(qint64 sats) { return sandbox.hireAccount(u"funder"_s, sats); }
    qint64 balanceOf(const QByteArray &token) { return sandbox.hireBalance(token); }
    int tasksTitled(const QString &title)
    {
        int n = 0;
        const auto r = sandbox.get(u"/api/v1/ai-for-hire/tasks?status=open"_s);
        for (const QJsonValue &t : r.json.value(u"tasks").toArray())
            n += t.toObject().value(u"title").toString() == title;
        return n;
    }
    QString dbPath() { return dir.filePath(u"engine-%1.sqlite3"_s.arg(++counter)); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!SandboxProcess::binary().isEmpty(), "LW_SANDBOX is not set");
        QVERIFY(
            sandbox.start({u"--wallet"_s, u"payer:100000"_s, u"--wallet"_s, u"funder:100000"_s}));
    }

    void balancePathMakesOneRequestAndNoPayment()
    {
        const QByteArray token = account(100);
        Engine engine(dbPath(), phoenixdUrl(), password(), token);
        const qint64 before = sandbox.balance(u"payer"_s);
        auto r = await(engine.gate->call(engine.postTask(sandbox.url(u"/"_s), u"from balance"_s)));
        QVERIFY(r);
        QCOMPARE(r->response.status, 201);
        QVERIFY(!r->payment);
        QCOMPARE(balanceOf(token), 50);
        QCOMPARE(sandbox.balance(u"payer"_s), before);
        auto entry = engine.journal->entry(r->journalId);
        QVERIFY(entry);
        QCOMPARE(entry->state, PaymentState::Done);
    }

    void l402PathPaysOnceAndRetriesOnce()
    {
        const QByteArray token = account(30); // 30 < 50: the server challenges
        Engine engine(dbPath(), phoenixdUrl(), password(), token);
        const qint64 before = sandbox.balance(u"payer"_s);
        sandbox.admin("POST", u"/log/clear"_s);
        auto r = await(engine.gate->call(engine.postTask(sandbox.url(u"/"_s), u"by lightning"_s)));
        QVERIFY2(r, r ? "" : qPrintable(r.error().describe()));
        QCOMPARE(r->response.status, 201);
        QVERIFY(r->payment);
        QCOMPARE(r->payment->amount, MilliSats(50'000));
        QCOMPARE(sandbox.balance(u"payer"_s), before - 50);
        QCOMPARE(balanceOf(token), 30);
        // Protocol minimum: the call, the paid retry.
        QCOMPARE(sandbox.routeCounts().value(u"POST /api/v1/ai-for-hire/tasks"_s).toInt(), 2);
        auto entry = engine.journal->entry(r->journalId);
        QVERIFY(entry);
        QCOMPARE(entry->state, PaymentState::Done);
        QVERIFY(entry->preimage);
        QVERIFY(verifyPreimage(*entry->preimage, *entry->paymentHash));

        // The preimage is sealed at rest: its hex and bytes are not in the database file.
        engine.db.reset();
        QFile file(dir.filePath(u"engine-%1.sqlite3"_s.arg(counter)));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray all = file.readAll() + [&] {
            QFile wal(file.fileName() + u"-wal"_s);
            return wal.open(QIODevice::ReadOnly) ? wal.readAll() : QByteArray();
        }();
        QVERIFY(!all.contains(entry->preimage->toHex().toLatin1()));
        QVERIFY(!all.contains(entry->preimage->view().toByteArray()));
        QVERIFY(!all.contains(entry->token.left(40)));
    }

    void refusesAboveTheAgreedPrice()
    {
        const QByteArray token = account(0);
        Engine engine(dbPath(), phoenixdUrl(), password(), token);
        const qint64 before = sandbox.balance(u"payer"_s);
        auto r = await(engine.gate->call(engine.postTask(sandbox.url(u"/"_s), u"too dear"_s, 49)));
        QVERIFY(!r);
        QCOMPARE(r.error().kind, AppError::Kind::Refused);
        QCOMPARE(r.error().code, u"above_price");
        QCOMPARE(sandbox.balance(u"payer"_s), before);
        QCOMPARE(tasksTitled(u"too dear"_s), 0);
        auto list = engine.journal->recent(1);
        QCOMPARE(list->first().state, PaymentState::Abandoned);
    }

    void declinedConfirmationPaysNothing()
    {
        const QByteArray token = account(0);
        SpendingLimits limits;
        limits.confirmAbove = MilliSats(10'000);
        Engine engine(dbPath(), phoenixdUrl(), password(), token, limits);
        PaymentPrompt asked;
        engine.gate->setConfirmer([&](const PaymentPrompt &p) {
            asked = p;
            return QtFuture::makeReadyFuture(false);
        });
        const qint64 before = sandbox.balance(u"payer"_s);
        auto r = await(engine.gate->call(engine.postTask(sandbox.url(u"/"_s), u"declined"_s)));
        QVERIFY(!r);
        QCOMPARE(r.error().kind, AppError::Kind::Cancelled);
        QCOMPARE(asked.amount, MilliSats(50'000));
        QCOMPARE(asked.host, u"127.0.0.1"_s);
        QCOMPARE(sandbox.balance(u"payer"_s), before);
    }

    void creditCaveatNeverSticks()
    {
        // After a paid call, the next call carries no Authorization header (402ai-live §4.7).
        const QByteArray token = account(130);
        Engine engine(dbPath(), phoenixdUrl(), password(), token);
        sandbox.admin("POST", u"/log/clear"_s);
        QVERIFY(await(engine.gate->call(engine.postTask(sandbox.url(u"/"_s), u"first"_s))));
        QVERIFY(await(engine.gate->call(engine.postTask(sandbox.url(u"/"_s), u"second"_s))));
        QCOMPARE(sandbox.routeCounts().value(u"POST /api/v1/ai-for-hire/tasks"_s).toInt(), 2);
    }

    void crashAtEveryStage_data()
    {
        QTest::addColumn<QString>("stage");
        for (const char *stage :
             {"after_intent", "after_invoice", "after_paying", "after_wallet_paid", "after_paid",
              "after_credential_sent", "after_response"})
            QTest::newRow(stage) << QString::fromLatin1(stage);
    }
    void crashAtEveryStage()
    {
        QFETCH(QString, stage);
        const QByteArray token = account(30);
        const QString title = u"crash "_s + stage;
        const QString db = dbPath();
        const qint64 before = sandbox.balance(u"payer"_s);

        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"LW_GATE_CHILD"_s, u"1"_s);
        env.insert(u"LW_GATE_DB"_s, db);
        env.insert(u"LW_GATE_PHOENIXD"_s, phoenixdUrl().toString());
        env.insert(u"LW_GATE_PASSWORD"_s, QString::fromLatin1(password()));
        env.insert(u"LW_GATE_TOKEN"_s, QString::fromLatin1(token));
        env.insert(u"LW_GATE_MARKET"_s, sandbox.url(u"/"_s).toString());
        env.insert(u"LW_GATE_TITLE"_s, title);
        env.insert(u"LIGHTWORK_ABORT_AT"_s, stage);
        // The abort is the point: no core file, no sanitizer report for it.
        env.insert(u"ASAN_OPTIONS"_s, u"abort_on_error=0:detect_leaks=0"_s);
        child.setProcessEnvironment(env);
        child.start(QCoreApplication::applicationFilePath(), {});
        QVERIFY(child.waitForFinished(60'000));
        QVERIFY2(
            child.readAllStandardError().contains(QByteArray("aborting at " + stage.toLatin1())),
            "the child did not reach the stage");
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);

        Engine engine(db, phoenixdUrl(), password(), token);
        auto unfinished = engine.journal->unfinished();
        QVERIFY(unfinished);
        QCOMPARE(unfinished->size(), 1);
        auto resumed = await(engine.gate->resume(unfinished->first()));
        QVERIFY2(resumed, resumed ? "" : qPrintable(resumed.error().describe()));
        auto entry = engine.journal->entry(unfinished->first().id);
        QCOMPARE(entry->state, PaymentState::Done);
        QVERIFY(engine.journal->unfinished()->isEmpty());

        // Exactly one payment of 50, one task, the account's balance untouched.
        QCOMPARE(sandbox.balance(u"payer"_s), before - 50);
        QCOMPARE(tasksTitled(title), 1);
        QCOMPARE(balanceOf(token), 30);
        // Resuming again does nothing more.
        QVERIFY(await(engine.gate->resume(*entry)));
        QCOMPARE(sandbox.balance(u"payer"_s), before - 50);
        QCOMPARE(tasksTitled(title), 1);
    }
};

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariableIsSet("LW_GATE_CHILD"))
        return runChild();
    TestPaymentGate test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_paymentgate.moc"
