// SPDX-License-Identifier: GPL-3.0-or-later
// lightwork-cli as a buyer and a worker use it, against a real sandbox and a real keychain
// (label keychain: ./dev test runs it inside dbus-run-session with gnome-keyring). Every check
// is made at the sandbox: its wallets' balances, its accounts, its request log.
#include "sandbox/sandboxprocess.h"

#include <QDir>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <qt6keychain/keychain.h>

using namespace lwtest;
using namespace Qt::Literals::StringLiterals;

namespace {

struct Run {
    int exitCode = -1;
    bool crashed = false;
    QByteArray out;
    QByteArray err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

//! One person's lightwork-cli: their own data folder, wallet and 402ai account.
class User {
public:
    User(const QString &dataDir)
        : m_data(dataDir)
    {}

    Run run(QStringList args, const QByteArray &input = {},
            const QProcessEnvironment &extra = {}) const
    {
        args << u"--data"_s << m_data << u"--json"_s;
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const QString &k : extra.keys())
            env.insert(k, extra.value(k));
        p.setProcessEnvironment(env);
        p.start(qEnvironmentVariable("LW_CLI"), args);
        if (!p.waitForStarted(10'000))
            return {};
        p.write(input);
        p.closeWriteChannel();
        p.waitForFinished(120'000);
        Run r;
        r.crashed = p.exitStatus() != QProcess::NormalExit;
        r.exitCode = r.crashed ? -1 : p.exitCode();
        r.out = p.readAllStandardOutput();
        r.err = p.readAllStandardError();
        return r;
    }
    QString data() const { return m_data; }

private:
    QString m_data;
};

#define RUN_OK(run)                                                                                \
    [&] {                                                                                          \
        const Run r_ = (run);                                                                      \
        if (r_.exitCode != 0)                                                                      \
            qWarning("exit %d: %s %s", r_.exitCode, r_.err.constData(), r_.out.constData());       \
        return r_;                                                                                 \
    }()

QString sats(const Run &r, const char *key)
{
    return r.json().value(QLatin1String(key)).toString();
}

} // namespace

class TestCliFlow : public QObject {
    Q_OBJECT

    SandboxProcess sandbox;
    QTemporaryDir dir;
    int counter = 0;

    //! A user with a wallet on the sandbox (funded with `walletSats`) and a 402ai account entry.
    User user(const QString &walletName, qint64 walletSats, qint64 confirmAboveSats = 100'000)
    {
        sandbox.admin("POST", u"/wallets"_s,
                      json({{u"name"_s, walletName}, {u"balance_sat"_s, walletSats}}));
        User u(dir.filePath(u"user-%1"_s.arg(++counter)));
        const QJsonObject phoenixd = walletInfo(walletName).value(u"phoenixd").toObject();
        Run r = u.run({u"wallet"_s, u"add"_s, u"main"_s, u"--url"_s,
                       phoenixd.value(u"url").toString(), u"--network"_s, u"regtest"_s},
                      phoenixd.value(u"password").toString().toLatin1() + '\n');
        if (r.exitCode != 0)
            qFatal("wallet add: %s", r.err.constData());
        r = u.run({u"account"_s, u"add"_s, u"ai"_s, u"--url"_s, sandbox.url().toString()});
        if (r.exitCode != 0)
            qFatal("account add: %s", r.err.constData());
        r = u.run({u"profile"_s, u"limits"_s, u"--confirm-above"_s,
                   QString::number(confirmAboveSats), u"--per-payment-cap"_s, u"100000"_s});
        if (r.exitCode != 0)
            qFatal("profile limits: %s", r.err.constData());
        return u;
    }
    QJsonObject walletInfo(const QString &name)
    {
        for (const QJsonValue &v :
             sandbox.admin("GET", u"/wallets"_s).json.value(u"wallets").toArray())
            if (v.toObject().value(u"name").toString() == name)
                return v.toObject();
        return {};
    }
    //! From the sandbox's admin list: the wallets made during the test are not in its banner.
    qint64 walletBalance(const QString &name)
    {
        return walletInfo(name).value(u"balance_sat").toInteger(-1);
    }
    qint64 marketBalance(const User &u)
    {
        return u.run({u"me"_s}).json().value(u"balance_sats").toString().toLongLong();
    }
    int tasksTitled(const QString &title)
    {
        int n = 0;
        for (const QJsonValue &t :
             sandbox.get(u"/api/v1/ai-for-hire/tasks"_s).json.value(u"tasks").toArray())
            n += t.toObject().value(u"title").toString() == title;
        return n;
    }
    int routeCount(const QString &route) { return sandbox.routeCounts().value(route).toInt(); }

    //! Reads a user's account token the way the app stores it: keychain, under the data
    //! folder's installation id.
    QByteArray tokenOf(const User &u)
    {
        QString installation;
        {
            auto db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"peek"_s);
            db.setDatabaseName(QDir(u.data()).filePath(u"lightwork.sqlite3"_s));
            if (db.open()) {
                QSqlQuery q(db);
                q.exec(u"SELECT value FROM meta WHERE key = 'installation_id'"_s);
                if (q.next())
                    installation = q.value(0).toString();
            }
        }
        QSqlDatabase::removeDatabase(u"peek"_s);
        QKeychain::ReadPasswordJob job(u"org.lightwork.Lightwork"_s); // the app's own service
        job.setAutoDelete(false);
        job.setKey(installation + u"/account/1/token"_s);
        QEventLoop loop;
        connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
        job.start();
        loop.exec();
        return job.binaryData();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("LW_CLI"), "LW_CLI is not set");
        QVERIFY2(!SandboxProcess::binary().isEmpty(), "LW_SANDBOX is not set");
        // Deliveries served back to the buyer, so saving them can be tested.
        QVERIFY(sandbox.start({u"--wallet"_s, u"funder:1000000"_s, u"--serve-deliveries"_s}));
    }

    void escrowFromBalances()
    {
        User buyer = user(u"buyer1"_s, 100'000);
        User worker = user(u"worker1"_s, 100'000);
        const qint64 buyerWallet = walletBalance(u"buyer1"_s);
        const qint64 workerWallet = walletBalance(u"worker1"_s);

        // Top-ups create each account first (nothing paid), then pay exactly the amount.
        Run r = RUN_OK(buyer.run({u"topup"_s, u"1000"_s}));
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(sats(r, "balance_sats"), u"1000"_s);
        QCOMPARE(walletBalance(u"buyer1"_s), buyerWallet - 1000);
        QCOMPARE(RUN_OK(worker.run({u"topup"_s, u"100"_s})).exitCode, 0);
        QCOMPARE(walletBalance(u"worker1"_s), workerWallet - 100);

        sandbox.admin("POST", u"/log/clear"_s);
        r = RUN_OK(buyer.run({u"tasks"_s, u"post"_s, u"--title"_s, u"Translate a poem"_s,
                              u"--description"_s, u"Into Spanish"_s, u"--budget"_s, u"500"_s}));
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json().value(u"paid_by").toString(), u"balance"_s);
        const QString taskId = r.json().value(u"id").toString();
        QVERIFY(!taskId.isEmpty());
        QCOMPARE(routeCount(u"POST /api/v1/ai-for-hire/tasks"_s), 1); // the protocol minimum
        QCOMPARE(marketBalance(buyer), 950);

        r = RUN_OK(worker.run(
            {u"quote"_s, taskId, u"--price"_s, u"300"_s, u"--description"_s, u"Native speaker"_s}));
        QCOMPARE(r.exitCode, 0);
        const QString quoteId = r.json().value(u"id").toString();
        QCOMPARE(marketBalance(worker), 90);

        QCOMPARE(
            RUN_OK(buyer.run({u"messages"_s, u"send"_s, taskId, quoteId, u"When?"_s})).exitCode, 0);
        r = RUN_OK(worker.run({u"messages"_s, u"send"_s, taskId, quoteId, u"Tomorrow"_s}));
        const QString secondId = r.json().value(u"id").toString();
        r = RUN_OK(buyer.run({u"messages"_s, u"list"_s, taskId, quoteId}));
        QCOMPARE(r.json().value(u"messages").toArray().size(), 2);
        r = RUN_OK(buyer.run(
            {u"messages"_s, u"list"_s, taskId, quoteId, u"--since"_s,
             r.json().value(u"messages").toArray().first().toObject().value(u"id").toString()}));
        QCOMPARE(r.json().value(u"messages").toArray().size(), 1);
        QCOMPARE(r.json().value(u"messages").toArray().first().toObject().value(u"id").toString(),
                 secondId);

        r = RUN_OK(worker.run({u"quote"_s, u"update"_s, taskId, quoteId, u"--price"_s, u"280"_s}));
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(sats(r, "price_sats"), u"280"_s);

        sandbox.admin("POST", u"/log/clear"_s);
        r = RUN_OK(buyer.run({u"accept"_s, taskId, quoteId}));
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(sats(r, "escrowed_sats"), u"280"_s);
        QCOMPARE(routeCount(u"POST /api/v1/ai-for-hire/tasks/{}/quotes/{}/accept"_s)
                     + routeCount(u"POST /api/v1/ai-for-hire/tasks/%1/quotes/%2/accept"_s.arg(
                         taskId, quoteId)),
                 1);
        QCOMPARE(marketBalance(buyer), 950 - 280);

        QFile file(dir.filePath(u"poema.txt"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        const QByteArray content = QByteArray("Verde que te quiero verde.\n").repeated(1000);
        file.write(content);
        file.close();
        r = RUN_OK(worker.run({u"deliver"_s, taskId, file.fileName(), u"--notes"_s, u"Done"_s}));
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json().value(u"sha256").toString(),
                 QString::fromLatin1(
                     QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex()));
        QCOMPARE(r.json().value(u"size_bytes").toInteger(), content.size());

        r = RUN_OK(buyer.run({u"confirm"_s, taskId}));
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(sats(r, "released_sats"), u"280"_s);

        // Collect: the worker's wallet receives exactly the balance (90 + 280).
        const qint64 before = walletBalance(u"worker1"_s);
        r = RUN_OK(worker.run({u"collect"_s}));
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json().value(u"status").toString(), u"paid"_s);
        QCOMPARE(walletBalance(u"worker1"_s), before + 370);
        QCOMPARE(marketBalance(worker), 0);
        // Nothing of the buyer's wallet moved after the top-up.
        QCOMPARE(walletBalance(u"buyer1"_s), buyerWallet - 1000);
    }

    void escrowByLightningAndTopup()
    {
        User buyer = user(u"buyer2"_s, 100'000);
        User worker = user(u"worker2"_s, 100'000);
        // Accounts with nothing in them: the fees are paid by L402 from the wallets.
        QCOMPARE(RUN_OK(buyer.run({u"topup"_s, u"1"_s})).exitCode, 0);
        QCOMPARE(RUN_OK(worker.run({u"topup"_s, u"1"_s})).exitCode, 0);
        const qint64 buyerWallet = walletBalance(u"buyer2"_s);
        const qint64 workerWallet = walletBalance(u"worker2"_s);

        sandbox.admin("POST", u"/log/clear"_s);
        Run r = RUN_OK(buyer.run({u"tasks"_s, u"post"_s, u"--title"_s, u"Paid by L402"_s,
                                  u"--budget"_s, u"200"_s, u"--lightning"_s}));
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json().value(u"paid_by").toString(), u"lightning"_s);
        const QString taskId = r.json().value(u"id").toString();
        QCOMPARE(walletBalance(u"buyer2"_s), buyerWallet - 50);
        QCOMPARE(routeCount(u"POST /api/v1/ai-for-hire/tasks"_s), 2); // the call and its paid retry
        QCOMPARE(marketBalance(buyer), 1);

        r = RUN_OK(worker.run({u"quote"_s, taskId, u"--price"_s, u"150"_s, u"--lightning"_s}));
        QCOMPARE(r.exitCode, 0);
        const QString quoteId = r.json().value(u"id").toString();
        QCOMPARE(walletBalance(u"worker2"_s), workerWallet - 10);

        // Accept never pays by L402: without --topup it names the missing sats and stops.
        r = buyer.run({u"accept"_s, taskId, quoteId});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains("149"), r.err.constData());
        QCOMPARE(walletBalance(u"buyer2"_s), buyerWallet - 50);
        // With --topup: exactly the missing 149 sat, then escrow from the balance.
        r = RUN_OK(buyer.run({u"accept"_s, taskId, quoteId, u"--topup"_s}));
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(sats(r, "escrowed_sats"), u"150"_s);
        QCOMPARE(walletBalance(u"buyer2"_s), buyerWallet - 50 - 149);
        QCOMPARE(marketBalance(buyer), 0);
    }

    void crashAtEveryStageThenResume_data()
    {
        QTest::addColumn<QString>("stage");
        for (const char *s : {"after_intent", "after_invoice", "after_paying", "after_wallet_paid",
                              "after_paid", "after_credential_sent", "after_response"})
            QTest::newRow(s) << QString::fromLatin1(s);
    }
    void crashAtEveryStageThenResume()
    {
        QFETCH(QString, stage);
        const QString walletName = u"crash-"_s + stage;
        User buyer = user(walletName, 10'000);
        QCOMPARE(RUN_OK(buyer.run({u"topup"_s, u"1"_s})).exitCode, 0);
        const qint64 wallet = walletBalance(walletName);
        const QString title = u"Crash test "_s + stage;

        QProcessEnvironment env;
        env.insert(u"LIGHTWORK_ABORT_AT"_s, stage);
        const Run crashed = buyer.run(
            {u"tasks"_s, u"post"_s, u"--title"_s, title, u"--budget"_s, u"100"_s, u"--lightning"_s},
            {}, env);
        QVERIFY2(crashed.crashed, crashed.err.constData());

        Run r = RUN_OK(buyer.run({u"resume"_s}));
        QCOMPARE(r.exitCode, 0);
        // Exactly one payment, the task exactly once, the balance untouched.
        QCOMPARE(walletBalance(walletName), wallet - 50);
        QCOMPARE(tasksTitled(title), 1);
        QCOMPARE(marketBalance(buyer), 1);
        // A second resume finds nothing to do and pays nothing.
        r = RUN_OK(buyer.run({u"resume"_s}));
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json().value(u"resumed").toArray().size(), 0);
        QCOMPARE(walletBalance(walletName), wallet - 50);
        r = RUN_OK(buyer.run({u"journal"_s, u"list"_s}));
        const QJsonObject last = r.json().value(u"entries").toArray().first().toObject();
        QCOMPARE(last.value(u"action").toString(), u"402ai.post_task"_s);
        QCOMPARE(last.value(u"state").toString(), u"done"_s);
    }

    void promptAboveThresholdAndHardCap()
    {
        User buyer = user(u"careful"_s, 10'000, 20); // asks above 20 sat
        QCOMPARE(RUN_OK(buyer.run({u"topup"_s, u"1"_s}, "yes\n")).exitCode, 0);
        const qint64 wallet = walletBalance(u"careful"_s);

        Run r = buyer.run({u"tasks"_s, u"post"_s, u"--title"_s, u"Declined"_s, u"--budget"_s,
                           u"100"_s, u"--lightning"_s},
                          "no\n");
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains("Pay 50 sat"), r.err.constData());
        QCOMPARE(walletBalance(u"careful"_s), wallet);

        r = buyer.run({u"tasks"_s, u"post"_s, u"--title"_s, u"Capped"_s, u"--budget"_s, u"100"_s,
                       u"--lightning"_s, u"--yes"_s, u"--max-sats"_s, u"40"_s});
        QCOMPARE(r.exitCode, 3);
        QCOMPARE(walletBalance(u"careful"_s), wallet);
        QCOMPARE(tasksTitled(u"Capped"_s), 0);

        r = RUN_OK(buyer.run({u"tasks"_s, u"post"_s, u"--title"_s, u"Confirmed"_s, u"--budget"_s,
                              u"100"_s, u"--lightning"_s},
                             "yes\n"));
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(walletBalance(u"careful"_s), wallet - 50);
    }

    void payInvoicesAndAddresses()
    {
        User payer = user(u"payer"_s, 10'000);
        const qint64 funder = walletBalance(u"funder"_s);
        const QString invoice = sandbox.createInvoice(u"funder"_s, 21, u"coffee"_s);
        Run r = RUN_OK(payer.run({u"pay"_s, invoice}));
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(walletBalance(u"funder"_s), funder + 21);
        // The same invoice twice: refused, nothing paid.
        r = payer.run({u"pay"_s, invoice});
        QVERIFY(r.exitCode != 0);
        QCOMPARE(walletBalance(u"funder"_s), funder + 21);
        // A Lightning Address, amount given.
        const QString address = walletInfo(u"funder"_s).value(u"lightning_address").toString();
        r = RUN_OK(payer.run({u"pay"_s, address, u"--amount"_s, u"12"_s}));
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(walletBalance(u"funder"_s), funder + 33);
        // An amountless invoice is refused.
        r = payer.run({u"pay"_s, sandbox.createInvoice(u"funder"_s, 0)});
        QCOMPARE(r.exitCode, 3);
    }

    void hostileDeliveryStaysInTheChosenFolder()
    {
        User buyer = user(u"hostile-buyer"_s, 10'000);
        QCOMPARE(RUN_OK(buyer.run({u"topup"_s, u"500"_s})).exitCode, 0);
        Run r = RUN_OK(buyer.run(
            {u"tasks"_s, u"post"_s, u"--title"_s, u"Hostile"_s, u"--budget"_s, u"100"_s}));
        const QString taskId = r.json().value(u"id").toString();
        // A worker that is not this client: it speaks to the market directly.
        const QByteArray worker = sandbox.hireAccount(u"funder"_s, 100);
        const QString base = u"/api/v1/ai-for-hire/tasks/"_s + taskId;
        const QString quoteId =
            sandbox.post(base + u"/quotes"_s, json({{u"price_sats"_s, 50}}), {{"x-token", worker}})
                .json.value(u"id")
                .toString();
        QVERIFY(!quoteId.isEmpty());
        QCOMPARE(RUN_OK(buyer.run({u"accept"_s, taskId, quoteId})).exitCode, 0);
        const auto delivered = sandbox.post(
            base + u"/deliver"_s,
            json({{u"filename"_s, u"../../.bashrc"_s},
                  {u"content_base64"_s, QString::fromLatin1(QByteArray("evil").toBase64())},
                  {u"notes"_s, u"<script>alert(1)</script>\u202Egnp.exe"_s}}),
            {{"x-token", worker}});
        QCOMPARE(delivered.status, 201);

        QTemporaryDir root;
        QVERIFY(QDir(root.path()).mkpath(u"a/b/chosen"_s));
        const QString chosen = root.filePath(u"a/b/chosen"_s);
        r = RUN_OK(buyer.run({u"deliveries"_s, u"save"_s, taskId, u"--to"_s, chosen}));
        QCOMPARE(r.exitCode, 0);
        const QJsonObject saved = r.json().value(u"saved").toArray().first().toObject();
        QCOMPARE(saved.value(u"path").toString(), QDir(chosen).filePath(u"bashrc"_s));
        QCOMPARE(saved.value(u"filename").toString(), u"../../.bashrc"_s); // shown as sent
        QDirIterator it(root.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        QStringList files;
        while (it.hasNext())
            files << it.next();
        QCOMPARE(files, QStringList{QDir(chosen).filePath(u"bashrc"_s)});
        // Markup and a bidi override in the notes come out inert: escaped, not interpreted.
        r = RUN_OK(buyer.run({u"tasks"_s, u"show"_s, taskId}));
        QVERIFY(r.out.contains("<script>alert(1)</script>"));
        QVERIFY(!r.out.contains("\xE2\x80\xAE"));
        QVERIFY(r.out.contains("\\u202e") || r.out.contains("\\u202E"));
    }

    void browsingNeedsNoWallet()
    {
        User looker(dir.filePath(u"no-wallet"_s));
        QCOMPARE(RUN_OK(looker.run({u"account"_s, u"add"_s, u"ai"_s, u"--url"_s,
                                    sandbox.url().toString()}))
                     .exitCode,
                 0);
        Run r = RUN_OK(looker.run({u"tasks"_s, u"list"_s}));
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.json().value(u"tasks").isArray());
        // Anything that pays says what is missing, before any request.
        sandbox.admin("POST", u"/log/clear"_s);
        r = looker.run({u"topup"_s, u"10"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("wallet add"), r.err.constData());
        r = looker.run({u"pay"_s, sandbox.createInvoice(u"funder"_s, 5)});
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(routeCount(u"POST /api/v1/topup"_s), 0);
    }

    void noSecretInTheDataFolder()
    {
        User buyer = user(u"secretive"_s, 10'000);
        QCOMPARE(RUN_OK(buyer.run({u"topup"_s, u"100"_s})).exitCode, 0);
        QCOMPARE(RUN_OK(buyer.run({u"tasks"_s, u"post"_s, u"--title"_s, u"Secret"_s, u"--budget"_s,
                                   u"10"_s, u"--lightning"_s}))
                     .exitCode,
                 0);
        const QByteArray token = tokenOf(buyer);
        QVERIFY2(token.size() > 10, "the token is not in the keychain");
        const QByteArray password = walletInfo(u"secretive"_s)
                                        .value(u"phoenixd")
                                        .toObject()
                                        .value(u"password")
                                        .toString()
                                        .toLatin1();
        QVERIFY(!password.isEmpty());
        QDirIterator it(buyer.data(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        int files = 0;
        while (it.hasNext()) {
            QFile f(it.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray all = f.readAll();
            ++files;
            QVERIFY2(!all.contains(token), qPrintable(f.fileName()));
            QVERIFY2(!all.contains(password), qPrintable(f.fileName()));
            QVERIFY2(!all.contains(token.toBase64()), qPrintable(f.fileName()));
        }
        QVERIFY(files > 0);
        // Nor in what the commands printed.
        const Run me = buyer.run({u"me"_s});
        QVERIFY(!me.out.contains(token) && !me.err.contains(token));
        const Run wallets = buyer.run({u"wallet"_s, u"list"_s});
        QVERIFY(!wallets.out.contains(password));
    }

    void noKeychainIsAClearErrorWithoutFallback()
    {
        QTemporaryDir home;
        User nobody(dir.filePath(u"no-keychain"_s));
        QProcessEnvironment env;
        env.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path=/nonexistent/bus"_s);
        env.insert(u"HOME"_s, home.path());
        env.insert(u"XDG_DATA_HOME"_s, home.path());
        const Run r = nobody.run({u"wallet"_s, u"list"_s}, {}, env);
        QCOMPARE(r.exitCode, 5);
        QVERIFY2(r.err.contains("keychain"), r.err.constData());
        QVERIFY(r.err.contains("--session-only"));
        // --session-only works, says so, and keeps nothing.
        const Run s = nobody.run({u"wallet"_s, u"list"_s, u"--session-only"_s}, {}, env);
        QCOMPARE(s.exitCode, 0);
        QVERIFY(s.err.contains("memory"));
    }
};

QTEST_GUILESS_MAIN(TestCliFlow)
#include "tst_cli_flow.moc"
