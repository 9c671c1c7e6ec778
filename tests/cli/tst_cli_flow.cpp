// SPDX-License-Identifier: GPL-3.0-or-later
// lightwork-cli as a buyer and a worker use it, against a real sandbox and a real keychain
// (label keychain: ./dev test runs it inside dbus-run-session with gnome-keyring). Every check
// is made at the sandbox: its wallets' balances, its accounts, its request log.
#include "cli/cliuser.h"

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
        User u = walletUser(sandbox, dir.filePath(u"user-%1"_s.arg(++counter)), walletName,
                            walletSats, confirmAboveSats);
        u.setUp({u"account"_s, u"add"_s, u"ai"_s, u"--url"_s, sandbox.url().toString()});
        return u;
    }
    qint64 marketBalance(const User &u)
    {
        return u.run({u"me"_s}).json().value(u"balance_sats").toString().toLongLong();
    }
    //! "reason source direction sats" per ledger row, sorted.
    QStringList ledgerRows(const User &u)
    {
        QStringList rows;
        for (const QJsonValue &v : u.run({u"ledger"_s}).json().value(u"entries").toArray()) {
            const QJsonObject e = v.toObject();
            rows << QStringList{e.value(u"reason").toString(), e.value(u"source").toString(),
                                e.value(u"direction").toString(), e.value(u"sats").toString()}
                        .join(u' ');
        }
        rows.sort();
        return rows;
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
        const qint64 buyerWallet = sandbox.walletBalance(u"buyer1"_s);
        const qint64 workerWallet = sandbox.walletBalance(u"worker1"_s);

        // Top-ups create each account first (nothing paid), then pay exactly the amount.
        Run r = RUN_OK(buyer.run({u"topup"_s, u"1000"_s}));
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(sats(r, "balance_sats"), u"1000"_s);
        QCOMPARE(sandbox.walletBalance(u"buyer1"_s), buyerWallet - 1000);
        QCOMPARE(RUN_OK(worker.run({u"topup"_s, u"100"_s})).exitCode, 0);
        QCOMPARE(sandbox.walletBalance(u"worker1"_s), workerWallet - 100);

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
        const qint64 before = sandbox.walletBalance(u"worker1"_s);
        r = RUN_OK(worker.run({u"collect"_s}));
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json().value(u"status").toString(), u"paid"_s);
        QCOMPARE(sandbox.walletBalance(u"worker1"_s), before + 370);
        QCOMPARE(marketBalance(worker), 0);
        // Nothing of the buyer's wallet moved after the top-up.
        QCOMPARE(sandbox.walletBalance(u"buyer1"_s), buyerWallet - 1000);

        // The ledger holds every movement with its reason, each once.
        QCOMPARE(ledgerRows(buyer),
                 (QStringList{u"escrow_locked market out 280"_s, u"post_fee market out 50"_s,
                              u"released escrow out 280"_s, u"top_up market in 1000"_s,
                              u"top_up wallet out 1000"_s}));
        QCOMPARE(ledgerRows(worker),
                 (QStringList{u"collected wallet in 370"_s, u"quote_fee market out 10"_s,
                              u"top_up market in 100"_s, u"top_up wallet out 100"_s}));
        r = RUN_OK(worker.run({u"ledger"_s, u"--csv"_s}));
        const QStringList csv = QString::fromUtf8(r.out).split(u"\r\n"_s, Qt::SkipEmptyParts);
        QCOMPARE(csv.size(), 5);
        QCOMPARE(csv.first(), u"time,reason,direction,sats,source,account,reference,note"_s);
        QVERIFY(csv.last().contains(u",collected,in,370,wallet,"_s));
    }

    void escrowByLightningAndTopup()
    {
        User buyer = user(u"buyer2"_s, 100'000);
        User worker = user(u"worker2"_s, 100'000);
        // Accounts with nothing in them: the fees are paid by L402 from the wallets.
        QCOMPARE(RUN_OK(buyer.run({u"topup"_s, u"1"_s})).exitCode, 0);
        QCOMPARE(RUN_OK(worker.run({u"topup"_s, u"1"_s})).exitCode, 0);
        const qint64 buyerWallet = sandbox.walletBalance(u"buyer2"_s);
        const qint64 workerWallet = sandbox.walletBalance(u"worker2"_s);

        sandbox.admin("POST", u"/log/clear"_s);
        Run r = RUN_OK(buyer.run({u"tasks"_s, u"post"_s, u"--title"_s, u"Paid by L402"_s,
                                  u"--budget"_s, u"200"_s, u"--lightning"_s}));
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json().value(u"paid_by").toString(), u"lightning"_s);
        const QString taskId = r.json().value(u"id").toString();
        QCOMPARE(sandbox.walletBalance(u"buyer2"_s), buyerWallet - 50);
        QCOMPARE(routeCount(u"POST /api/v1/ai-for-hire/tasks"_s), 2); // the call and its paid retry
        QCOMPARE(marketBalance(buyer), 1);

        r = RUN_OK(worker.run({u"quote"_s, taskId, u"--price"_s, u"150"_s, u"--lightning"_s}));
        QCOMPARE(r.exitCode, 0);
        const QString quoteId = r.json().value(u"id").toString();
        QCOMPARE(sandbox.walletBalance(u"worker2"_s), workerWallet - 10);

        // Accept never pays by L402: without --topup it names the missing sats and stops.
        r = buyer.run({u"accept"_s, taskId, quoteId});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains("149"), r.err.constData());
        QCOMPARE(sandbox.walletBalance(u"buyer2"_s), buyerWallet - 50);
        // With --topup: exactly the missing 149 sat, then escrow from the balance.
        r = RUN_OK(buyer.run({u"accept"_s, taskId, quoteId, u"--topup"_s}));
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(sats(r, "escrowed_sats"), u"150"_s);
        QCOMPARE(sandbox.walletBalance(u"buyer2"_s), buyerWallet - 50 - 149);
        QCOMPARE(marketBalance(buyer), 0);
    }

    void crashAtEveryStageThenResume_data() { addAbortStageRows(); }
    void crashAtEveryStageThenResume()
    {
        QFETCH(QString, stage);
        const QString walletName = u"crash-"_s + stage;
        User buyer = user(walletName, 10'000);
        QCOMPARE(RUN_OK(buyer.run({u"topup"_s, u"1"_s})).exitCode, 0);
        const qint64 wallet = sandbox.walletBalance(walletName);
        const QString title = u"Crash test "_s + stage;

        const Run crashed = buyer.runAbortingAt(
            {u"tasks"_s, u"post"_s, u"--title"_s, title, u"--budget"_s, u"100"_s, u"--lightning"_s},
            stage);
        QVERIFY2(crashed.crashed, crashed.err.constData());

        Run r = RUN_OK(buyer.run({u"resume"_s}));
        QCOMPARE(r.exitCode, 0);
        // Exactly one payment, the task exactly once, the balance untouched.
        QCOMPARE(sandbox.walletBalance(walletName), wallet - 50);
        QCOMPARE(tasksTitled(title), 1);
        QCOMPARE(marketBalance(buyer), 1);
        // A second resume finds nothing to do and pays nothing.
        r = RUN_OK(buyer.run({u"resume"_s}));
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json().value(u"resumed").toArray().size(), 0);
        QCOMPARE(sandbox.walletBalance(walletName), wallet - 50);
        r = RUN_OK(buyer.run({u"journal"_s, u"list"_s}));
        const QJsonObject last = r.json().value(u"entries").toArray().first().toObject();
        QCOMPARE(last.value(u"action").toString(), u"402ai.post_task"_s);
        QCOMPARE(last.value(u"state").toString(), u"done"_s);
    }

    void promptAboveThresholdAndHardCap()
    {
        User buyer = user(u"careful"_s, 10'000, 20); // asks above 20 sat
        QCOMPARE(RUN_OK(buyer.run({u"topup"_s, u"1"_s}, "yes\n")).exitCode, 0);
        const qint64 wallet = sandbox.walletBalance(u"careful"_s);

        Run r = buyer.run({u"tasks"_s, u"post"_s, u"--title"_s, u"Declined"_s, u"--budget"_s,
                           u"100"_s, u"--lightning"_s},
                          "no\n");
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains("Pay 50 sat"), r.err.constData());
        QCOMPARE(sandbox.walletBalance(u"careful"_s), wallet);

        r = buyer.run({u"tasks"_s, u"post"_s, u"--title"_s, u"Capped"_s, u"--budget"_s, u"100"_s,
                       u"--lightning"_s, u"--yes"_s, u"--max-sats"_s, u"40"_s});
        QCOMPARE(r.exitCode, 3);
        QCOMPARE(sandbox.walletBalance(u"careful"_s), wallet);
        QCOMPARE(tasksTitled(u"Capped"_s), 0);

        r = RUN_OK(buyer.run({u"tasks"_s, u"post"_s, u"--title"_s, u"Confirmed"_s, u"--budget"_s,
                              u"100"_s, u"--lightning"_s},
                             "yes\n"));
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(sandbox.walletBalance(u"careful"_s), wallet - 50);
    }

    void payInvoicesAndAddresses()
    {
        User payer = user(u"payer"_s, 10'000);
        const qint64 funder = sandbox.walletBalance(u"funder"_s);
        const QString invoice = sandbox.createInvoice(u"funder"_s, 21, u"coffee"_s);
        Run r = RUN_OK(payer.run({u"pay"_s, invoice}));
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(sandbox.walletBalance(u"funder"_s), funder + 21);
        // The same invoice twice: refused, nothing paid.
        r = payer.run({u"pay"_s, invoice});
        QVERIFY(r.exitCode != 0);
        QCOMPARE(sandbox.walletBalance(u"funder"_s), funder + 21);
        // A Lightning Address, amount given.
        const QString address =
            sandbox.walletInfo(u"funder"_s).value(u"lightning_address").toString();
        r = RUN_OK(payer.run({u"pay"_s, address, u"--amount"_s, u"12"_s}));
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(sandbox.walletBalance(u"funder"_s), funder + 33);
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

    void noSecretInTheDataFolderOrOutput()
    {
        User buyer = user(u"secretive"_s, 10'000);
        QList<Run> session;
        const auto step = [&](const QStringList &args) {
            session.append(buyer.run(args));
            return session.last();
        };
        // 30 sat do not cover the 50 sat fee: the post is paid by L402, so two preimages exist.
        QCOMPARE(step({u"topup"_s, u"30"_s}).exitCode, 0);
        const Run posted = step({u"tasks"_s, u"post"_s, u"--title"_s, u"Secret"_s, u"--budget"_s,
                                 u"10"_s, u"--lightning"_s});
        QCOMPARE(posted.exitCode, 0);
        const QString taskId = posted.json().value(u"id").toString();
        for (const QStringList &args : {QStringList{u"me"_s},
                                        {u"wallet"_s, u"list"_s},
                                        {u"wallet"_s, u"test"_s},
                                        {u"account"_s, u"list"_s},
                                        {u"journal"_s, u"list"_s},
                                        {u"ledger"_s},
                                        {u"ledger"_s, u"--csv"_s},
                                        {u"tasks"_s, u"list"_s},
                                        {u"tasks"_s, u"show"_s, taskId},
                                        {u"resume"_s}})
            step(args);

        const QByteArray token = tokenOf(buyer);
        QVERIFY2(token.size() > 10, "the token is not in the keychain");
        const QByteArray password = sandbox.walletInfo(u"secretive"_s)
                                        .value(u"phoenixd")
                                        .toObject()
                                        .value(u"password")
                                        .toString()
                                        .toLatin1();
        QVERIFY(!password.isEmpty());
        // The preimages of what was paid, as the wallet reports them.
        QList<QByteArray> preimages;
        for (const QJsonValue &v :
             buyer.run({u"journal"_s, u"list"_s}).json().value(u"entries").toArray()) {
            const QString hash = v.toObject().value(u"payment_hash").toString();
            if (hash.isEmpty())
                continue;
            // A wallet made through the admin API: its address comes from the wallet list.
            const QJsonObject wallet =
                sandbox.walletInfo(u"secretive"_s).value(u"phoenixd").toObject();
            const QByteArray auth =
                "Basic "
                + QByteArray(":" + wallet.value(u"password").toString().toLatin1()).toBase64();
            const auto paid = sandbox.http().send(
                "GET",
                QUrl(wallet.value(u"url").toString() + u"/payments/outgoingbyhash/"_s + hash), {},
                {{"authorization", auth}});
            const QByteArray preimage = paid.json.value(u"preimage").toString().toLatin1();
            if (!preimage.isEmpty())
                preimages << preimage;
        }
        QCOMPARE(preimages.size(), 2); // the top-up and the L402 post
        QList<QByteArray> secrets{token, token.toBase64(), password};
        for (const QByteArray &p : preimages)
            secrets << p << p.toUpper() << QByteArray::fromHex(p).toBase64();

        QDirIterator it(buyer.data(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        int files = 0;
        while (it.hasNext()) {
            QFile f(it.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray all = f.readAll();
            ++files;
            for (const QByteArray &secret : secrets)
                QVERIFY2(!all.contains(secret), qPrintable(f.fileName()));
        }
        QVERIFY(files > 0);
        // Nor in anything a command printed (the CLI's only log is its stderr).
        for (const Run &r : session)
            for (const QByteArray &secret : secrets)
                QVERIFY(!r.out.contains(secret) && !r.err.contains(secret));
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
