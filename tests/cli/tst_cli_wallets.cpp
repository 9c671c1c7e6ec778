// SPDX-License-Identifier: GPL-3.0-or-later
// lightwork-cli on every wallet backend, against a real sandbox: phoenixd and LNbits served by
// the sandbox, LND and Core Lightning by their emulators, Nostr Wallet Connect by a relay and
// @getalby/sdk's wallet service, all paying with sandbox wallets. Each runs the whole escrow
// flow, and each is killed in the middle of a payment and resumed. Label keychain: the CLI keeps
// the wallets' secrets in a real gnome-keyring.
#include "cli/cliuser.h"
#include "cli/walletpeers.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace lwtest;
using namespace Qt::Literals::StringLiterals;

namespace {

QString sats(const Run &r, const char *key)
{
    return r.json().value(QLatin1String(key)).toString();
}

//! Requests that made a sandbox wallet pay, whichever API they came through.
int payRequests(SandboxProcess &sandbox)
{
    int n = 0;
    const QJsonObject counts = sandbox.routeCounts();
    for (auto it = counts.begin(); it != counts.end(); ++it)
        if (it.key().startsWith(u"POST ")
            && (it.key().contains(u"payinvoice") || it.key().contains(u"lnbits/api/v1/payments")))
            n += it.value().toInt();
    return n;
}

} // namespace

class TestCliWallets : public QObject {
    Q_OBJECT

    SandboxProcess sandbox;
    SandboxProcess slow;
    QTemporaryDir dir;
    std::unique_ptr<WalletPeers> peers;
    std::unique_ptr<WalletPeers> slowPeers;

    User userOn(SandboxProcess &sbx, WalletPeers &via, const QString &kind, const QString &name,
                qint64 walletSats)
    {
        User u(dir.filePath(name));
        const QString failed = via.connect(u, kind, name, walletSats);
        if (!failed.isEmpty())
            qFatal("%s", qPrintable(failed));
        u.setUp({u"profile"_s, u"limits"_s, u"--confirm-above"_s, u"100000"_s,
                 u"--per-payment-cap"_s, u"100000"_s});
        u.setUp({u"account"_s, u"add"_s, u"ai"_s, u"--url"_s, sbx.url().toString()});
        return u;
    }
    qint64 marketBalance(const User &u)
    {
        return u.run({u"me"_s}).json().value(u"balance_sats").toString().toLongLong();
    }
    static int tasksTitled(SandboxProcess &sbx, const QString &title)
    {
        int n = 0;
        for (const QJsonValue &t :
             sbx.get(u"/api/v1/ai-for-hire/tasks"_s).json.value(u"tasks").toArray())
            n += t.toObject().value(u"title").toString() == title;
        return n;
    }
    //! For the peers that keep payment counts: no payment hash was paid twice.
    static bool eachHashPaidOnce(WalletPeers &via, const QString &walletName, const QString &kind)
    {
        const QString admin = via.adminOf(walletName);
        if (admin.isEmpty())
            return true; // the sandbox's own APIs: its balances are the check
        NodePeer probe;
        Q_UNUSED(kind)
        const QJsonObject stats = probe.admin("GET", admin + u"/stats"_s);
        // Emulators count {"backend_payments": {hash: n}}, the NWC service {"payments": {hash:
        // {"paid": n}}}.
        const bool emulator = stats.contains(u"backend_payments");
        const QJsonObject byHash =
            stats.value(emulator ? u"backend_payments"_s : u"payments"_s).toObject();
        if (byHash.isEmpty())
            return false;
        for (const QJsonValue &v : byHash)
            if ((emulator ? v.toInt() : v.toObject().value(u"paid").toInt()) != 1)
                return false;
        return true;
    }

    //! Runs a command whose wallet is a phone: every QR code it shows is paid by sandbox wallet
    //! `phone` and the preimage pasted, as a person would. `codes` counts the codes shown.
    Run runPayingByPhone(const User &u, QStringList args, const QString &phone, int *codes)
    {
        args << u"--data"_s << u.data() << u"--json"_s;
        QProcess cli;
        cli.start(qEnvironmentVariable("LW_CLI"), args);
        Run r;
        if (!cli.waitForStarted())
            return r;
        QByteArray err;
        qsizetype handled = 0;
        QElapsedTimer clock;
        clock.start();
        while (cli.state() != QProcess::NotRunning && clock.elapsed() < 60'000) {
            cli.waitForReadyRead(100);
            err += cli.readAllStandardError();
            const qsizetype prompt = err.indexOf("Paste the preimage", handled);
            if (prompt < 0)
                continue;
            const qsizetype shown = err.lastIndexOf("lightning:", prompt);
            const qsizetype end = err.indexOf('\n', shown);
            const QString invoice =
                QString::fromUtf8(err.mid(shown + 10, end - shown - 10)).trimmed();
            const QString preimage =
                sandbox.pay(phone, invoice).json.value(u"paymentPreimage"_s).toString();
            cli.write(preimage.toUtf8() + '\n');
            handled = prompt + 1;
            ++*codes;
        }
        cli.waitForFinished(5'000);
        r.crashed = cli.exitStatus() != QProcess::NormalExit;
        r.exitCode = r.crashed ? -1 : cli.exitCode();
        r.out = cli.readAllStandardOutput();
        r.err = err + cli.readAllStandardError();
        return r;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("LW_CLI"), "LW_CLI is not set");
        QVERIFY2(!SandboxProcess::binary().isEmpty(), "LW_SANDBOX is not set");
        QVERIFY(dir.isValid());
        QVERIFY(sandbox.start({}));
        // Payments that take 3 s to settle, so the CLI can be killed while one is in flight.
        QVERIFY(slow.start({u"--settle-delay-ms"_s, u"3000"_s}));
        peers = std::make_unique<WalletPeers>(sandbox, dir.path());
        slowPeers = std::make_unique<WalletPeers>(slow, dir.path());
    }

    void escrowOnEachBackend_data()
    {
        QTest::addColumn<QString>("kind");
        for (const QString &k : WalletPeers::kinds())
            QTest::newRow(qPrintable(k)) << k;
    }
    void escrowOnEachBackend()
    {
        QFETCH(QString, kind);
        const QString b = u"buyer-"_s + kind;
        const QString w = u"worker-"_s + kind;
        User buyer = userOn(sandbox, *peers, kind, b, 100'000);
        User worker = userOn(sandbox, *peers, kind, w, 100'000);
        Run r = RUN_OK(buyer.run({u"wallet"_s, u"test"_s}));
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json().value(u"network").toString(), u"regtest"_s);
        QCOMPARE(sats(r, "balance_sats"), u"100000"_s);

        // One sat each creates the accounts; then every fee is paid by L402 from the wallets.
        QCOMPARE(RUN_OK(buyer.run({u"topup"_s, u"1"_s})).exitCode, 0);
        QCOMPARE(RUN_OK(worker.run({u"topup"_s, u"1"_s})).exitCode, 0);
        QCOMPARE(sandbox.walletBalance(b), 99'999);
        QCOMPARE(sandbox.walletBalance(w), 99'999);

        const QString title = u"Escrow over "_s + kind;
        r = RUN_OK(buyer.run({u"tasks"_s, u"post"_s, u"--title"_s, title, u"--budget"_s, u"200"_s,
                              u"--lightning"_s}));
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json().value(u"paid_by").toString(), u"lightning"_s);
        const QString taskId = r.json().value(u"id").toString();
        QCOMPARE(sandbox.walletBalance(b), 99'999 - 50);

        r = RUN_OK(worker.run({u"quote"_s, taskId, u"--price"_s, u"150"_s, u"--lightning"_s}));
        QCOMPARE(r.exitCode, 0);
        const QString quoteId = r.json().value(u"id").toString();
        QCOMPARE(sandbox.walletBalance(w), 99'999 - 10);

        // Escrow: exactly the missing 149 sat topped up from the wallet.
        r = RUN_OK(buyer.run({u"accept"_s, taskId, quoteId, u"--topup"_s}));
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(sats(r, "escrowed_sats"), u"150"_s);
        QCOMPARE(sandbox.walletBalance(b), 99'999 - 50 - 149);

        QFile file(dir.filePath(kind + u"-delivery.txt"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray("delivered over ").append(kind.toUtf8()).repeated(100));
        file.close();
        QCOMPARE(RUN_OK(worker.run({u"deliver"_s, taskId, file.fileName()})).exitCode, 0);
        r = RUN_OK(buyer.run({u"confirm"_s, taskId}));
        QCOMPARE(sats(r, "released_sats"), u"150"_s);

        // Collect: an invoice from the worker's wallet for the whole balance (1 + 150).
        r = RUN_OK(worker.run({u"collect"_s}));
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json().value(u"status").toString(), u"paid"_s);
        QCOMPARE(sandbox.walletBalance(w), 99'999 - 10 + 151);
        QCOMPARE(marketBalance(worker), 0);
        QCOMPARE(sandbox.walletBalance(b), 99'999 - 50 - 149);
        QVERIFY(eachHashPaidOnce(*peers, b, kind));
        QVERIFY(eachHashPaidOnce(*peers, w, kind));
    }

    void killedMidPaymentThenResumed_data() { escrowOnEachBackend_data(); }
    void killedMidPaymentThenResumed()
    {
        QFETCH(QString, kind);
        const QString name = u"killed-"_s + kind;
        User buyer = userOn(slow, *slowPeers, kind, name, 10'000);
        QCOMPARE(RUN_OK(buyer.run({u"topup"_s, u"1"_s})).exitCode, 0);
        const qint64 before = slow.walletBalance(name);
        const QString title = u"Killed over "_s + kind;

        QProcess cli;
        cli.start(qEnvironmentVariable("LW_CLI"),
                  {u"tasks"_s, u"post"_s, u"--title"_s, title, u"--budget"_s, u"100"_s,
                   u"--lightning"_s, u"--data"_s, buyer.data(), u"--json"_s});
        QVERIFY(cli.waitForStarted());
        cli.closeWriteChannel();
        const int paysBefore = payRequests(slow);
        // Killed once the payment reached the node and before it settled (3 s later).
        QTRY_VERIFY_WITH_TIMEOUT(payRequests(slow) > paysBefore, 20'000);
        QCOMPARE(cli.state(), QProcess::Running);
        cli.kill();
        QVERIFY(cli.waitForFinished());
        QCOMPARE(tasksTitled(slow, title), 0);

        // resume looks the payment up by its hash: while it is in flight it says so and
        // leaves it; once settled it sends the paid credential. It never pays again.
        Run r;
        QElapsedTimer clock;
        clock.start();
        for (;;) {
            r = buyer.run({u"resume"_s});
            if (r.exitCode != 4 || clock.elapsed() > 20'000)
                break;
            const QJsonObject entry = r.json().value(u"resumed"_s).toArray().first().toObject();
            QCOMPARE(entry.value(u"state"_s).toString(), u"paying"_s);
            QVERIFY(entry.value(u"error"_s).toString().contains(u"in flight"_s));
            QCOMPARE(slow.walletBalance(name), before - 50);
            QTest::qWait(500);
        }
        QVERIFY2(r.exitCode == 0, r.out.constData());
        QCOMPARE(tasksTitled(slow, title), 1);
        QCOMPARE(slow.walletBalance(name), before - 50);
        r = RUN_OK(buyer.run({u"resume"_s}));
        QCOMPARE(r.json().value(u"resumed").toArray().size(), 0);
        QCOMPARE(slow.walletBalance(name), before - 50);
        QVERIFY(eachHashPaidOnce(*slowPeers, name, kind));
    }

    //! `wallet add` tests the connection and keeps nothing when it fails, saying why.
    void connectionTestReasons()
    {
        const QJsonObject w = sandbox.addWallet(u"reasons"_s, 1'000);
        const QJsonObject phoenixd = w.value(u"phoenixd").toObject();
        const QJsonObject lnbits = w.value(u"lnbits").toObject();
        struct Case {
            QString kind;
            QString url;
            QByteArray secret;
            QString network;
            QString code;
        };
        const QList<Case> cases{
            {u"phoenixd"_s, phoenixd.value(u"url").toString(), "not-the-password", u"regtest"_s,
             u"auth_failed"_s},
            {u"phoenixd"_s, phoenixd.value(u"url").toString(),
             phoenixd.value(u"limited_password").toString().toUtf8(), u"regtest"_s,
             u"no_pay_permission"_s},
            {u"phoenixd"_s, phoenixd.value(u"url").toString(),
             phoenixd.value(u"password").toString().toUtf8(), u"bitcoin"_s, u"wrong_network"_s},
            {u"phoenixd"_s, u"http://127.0.0.1:1/phoenixd"_s, "whatever", u"regtest"_s,
             u"unreachable"_s},
            {u"lnbits"_s, lnbits.value(u"url").toString(),
             lnbits.value(u"invoice_key").toString().toUtf8(), u"regtest"_s,
             u"no_pay_permission"_s},
        };
        int n = 0;
        for (const Case &c : cases) {
            User u(dir.filePath(u"reasons-%1"_s.arg(++n)));
            Run r = u.run({u"wallet"_s, u"add"_s, u"w"_s, u"--kind"_s, c.kind, u"--url"_s, c.url,
                           u"--network"_s, c.network},
                          c.secret + '\n');
            QVERIFY2(r.exitCode != 0, r.out.constData());
            QCOMPARE(r.json().value(u"error"_s).toObject().value(u"code"_s).toString(), c.code);
            QVERIFY(!r.out.contains(c.secret) && !r.err.contains(c.secret));
            // Nothing kept: the list is empty and a later add under the same name works.
            r = RUN_OK(u.run({u"wallet"_s, u"list"_s}));
            QCOMPARE(r.json().value(u"wallets"_s).toArray().size(), 0);
        }
        // A key that can only receive is kept when the user says so.
        User u(dir.filePath(u"receive-only"_s));
        Run r = RUN_OK(u.run({u"wallet"_s, u"add"_s, u"w"_s, u"--kind"_s, u"lnbits"_s, u"--url"_s,
                              lnbits.value(u"url").toString(), u"--network"_s, u"regtest"_s,
                              u"--receive-only"_s},
                             lnbits.value(u"invoice_key").toString().toUtf8() + '\n'));
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json().value(u"balance_sats"_s).toString(), u"1000"_s);
    }

    //! A phone wallet: the CLI shows the invoice as a QR code and completes on the preimage
    //! the phone shows, refusing any other.
    void payByQrCode()
    {
        User u(dir.filePath(u"phone"_s));
        u.setUp({u"wallet"_s, u"add"_s, u"phone"_s, u"--kind"_s, u"qr"_s, u"--network"_s,
                 u"regtest"_s});
        sandbox.addWallet(u"phone-payer"_s, 10'000);
        sandbox.addWallet(u"qr-payee"_s, 0);
        const QString invoice = sandbox.createInvoice(u"qr-payee"_s, 21);

        QProcess cli;
        cli.start(qEnvironmentVariable("LW_CLI"),
                  {u"pay"_s, invoice, u"--yes"_s, u"--data"_s, u.data(), u"--json"_s});
        QVERIFY(cli.waitForStarted());
        QByteArray err;
        QTRY_VERIFY2_WITH_TIMEOUT((err += cli.readAllStandardError()).contains("Paste the preimage")
                                      || cli.state() == QProcess::NotRunning,
                                  err.constData(), 20'000);
        QVERIFY2(
            cli.state() == QProcess::Running,
            QByteArray(err + cli.readAllStandardError() + cli.readAllStandardOutput()).constData());
        // The invoice is shown as text too, and drawn as a QR code above it.
        QVERIFY2(err.contains(invoice.toUtf8()), err.constData());
        QVERIFY(err.contains("\u2588") || err.contains("\xe2\x96\x88"));
        QCOMPARE(sandbox.walletBalance(u"qr-payee"_s), 0);

        // The phone pays; a wrong preimage first is refused and the CLI keeps waiting.
        const QString preimage =
            sandbox.pay(u"phone-payer"_s, invoice).json.value(u"paymentPreimage").toString();
        QVERIFY(!preimage.isEmpty());
        cli.write(QByteArray(64, 'a') + '\n');
        QTRY_VERIFY_WITH_TIMEOUT(
            (err += cli.readAllStandardError()).count("Paste the preimage") >= 2, 10'000);
        QCOMPARE(cli.state(), QProcess::Running);
        cli.write(preimage.toUtf8() + '\n');
        QVERIFY(cli.waitForFinished(20'000));
        QCOMPARE(cli.exitCode(), 0);
        const QJsonObject out = QJsonDocument::fromJson(cli.readAllStandardOutput()).object();
        QCOMPARE(out.value(u"status"_s).toString(), u"paid"_s);
        QCOMPARE(sandbox.walletBalance(u"qr-payee"_s), 21);
        QCOMPARE(sandbox.walletBalance(u"phone-payer"_s), 10'000 - 21);
    }

    //! The escrow flow with a phone as the buyer's wallet: each payment is a QR code paid
    //! outside the app and completed by the pasted preimage. (A phone cannot make the
    //! invoice `collect` needs, so the worker runs a node.)
    void escrowPaidByPhone()
    {
        User buyer(dir.filePath(u"phone-buyer"_s));
        buyer.setUp({u"wallet"_s, u"add"_s, u"phone"_s, u"--kind"_s, u"qr"_s, u"--network"_s,
                     u"regtest"_s});
        buyer.setUp({u"profile"_s, u"limits"_s, u"--confirm-above"_s, u"100000"_s,
                     u"--per-payment-cap"_s, u"100000"_s});
        buyer.setUp({u"account"_s, u"add"_s, u"ai"_s, u"--url"_s, sandbox.url().toString()});
        User worker = userOn(sandbox, *peers, u"phoenixd"_s, u"phone-worker"_s, 10'000);
        sandbox.addWallet(u"the-phone"_s, 10'000);

        int codes = 0;
        Run r = runPayingByPhone(buyer, {u"topup"_s, u"1"_s}, u"the-phone"_s, &codes);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(worker.run({u"topup"_s, u"1"_s}).exitCode, 0);
        r = runPayingByPhone(buyer,
                             {u"tasks"_s, u"post"_s, u"--title"_s, u"Paid from a phone"_s,
                              u"--budget"_s, u"200"_s, u"--lightning"_s},
                             u"the-phone"_s, &codes);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QString taskId = r.json().value(u"id"_s).toString();
        r = RUN_OK(worker.run({u"quote"_s, taskId, u"--price"_s, u"150"_s, u"--lightning"_s}));
        QCOMPARE(r.exitCode, 0);
        const QString quoteId = r.json().value(u"id"_s).toString();
        r = runPayingByPhone(buyer, {u"accept"_s, taskId, quoteId, u"--topup"_s}, u"the-phone"_s,
                             &codes);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(codes, 3);
        QCOMPARE(sandbox.walletBalance(u"the-phone"_s), 10'000 - 1 - 50 - 149);

        QFile file(dir.filePath(u"phone-delivery.txt"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("delivered to a phone buyer");
        file.close();
        QCOMPARE(RUN_OK(worker.run({u"deliver"_s, taskId, file.fileName()})).exitCode, 0);
        QCOMPARE(RUN_OK(buyer.run({u"confirm"_s, taskId})).exitCode, 0);
        const qint64 before = sandbox.walletBalance(u"phone-worker"_s);
        QCOMPARE(RUN_OK(worker.run({u"collect"_s})).exitCode, 0);
        QCOMPARE(sandbox.walletBalance(u"phone-worker"_s), before + 1 + 150); // top-up + escrow
        // Every payment was proven by its preimage: nothing is left pending.
        r = RUN_OK(buyer.run({u"resume"_s}));
        QCOMPARE(r.json().value(u"resumed"_s).toArray().size(), 0);
    }

    //! An invoice a node is paying is never shown as a QR code, even after a crash.
    void invoiceInFlightIsNotOfferedAsQr()
    {
        User u(dir.filePath(u"two-wallets"_s));
        const QString failed = slowPeers->connect(u, u"phoenixd"_s, u"two-wallets"_s, 1'000);
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
        u.setUp({u"wallet"_s, u"add"_s, u"phone"_s, u"--kind"_s, u"qr"_s, u"--network"_s,
                 u"regtest"_s});
        slow.addWallet(u"claims-payee"_s, 0);
        const QString invoice = slow.createInvoice(u"claims-payee"_s, 30);

        QProcess cli;
        cli.start(qEnvironmentVariable("LW_CLI"),
                  {u"pay"_s, invoice, u"--yes"_s, u"--data"_s, u.data(), u"--json"_s});
        QVERIFY(cli.waitForStarted());
        cli.closeWriteChannel();
        const int paysBefore = payRequests(slow);
        QTRY_VERIFY2_WITH_TIMEOUT(
            payRequests(slow) > paysBefore || cli.state() == QProcess::NotRunning, "", 20'000);
        QVERIFY2(cli.state() == QProcess::Running,
                 QByteArray(cli.readAllStandardError() + cli.readAllStandardOutput()).constData());
        cli.kill();
        QVERIFY(cli.waitForFinished());

        u.setUp({u"wallet"_s, u"default"_s, u"phone"_s});
        // The journal refuses the same invoice again, whatever the wallet: it is not settled.
        Run r = u.run({u"pay"_s, invoice, u"--yes"_s});
        QCOMPARE(r.exitCode, 4);
        QVERIFY2(!r.err.contains("Paste the preimage"), r.err.constData());
        QVERIFY(!r.err.contains(invoice.toUtf8()));
        // resume with the phone as the wallet: the phone knows nothing of this hash, and the
        // claim keeps it from being shown to be paid a second time.
        r = u.run({u"resume"_s});
        QVERIFY2(!r.err.contains("Paste the preimage"), r.err.constData());
        QVERIFY(!r.err.contains(invoice.toUtf8()));
        QVERIFY2(r.out.contains("claimed_by_other_wallet") && r.out.contains("phoenixd:"),
                 QByteArray(r.out + r.err).constData());
        QStringList states;
        for (const QJsonValue &v :
             u.run({u"journal"_s, u"list"_s}).json().value(u"entries"_s).toArray())
            states << v.toObject().value(u"state"_s).toString();
        // The node's payment still open, the refused second attempt abandoned.
        QCOMPARE(states, (QStringList{u"abandoned"_s, u"paying"_s}));
        // Back on the node, resume finds the payment made once and finishes.
        u.setUp({u"wallet"_s, u"default"_s, u"main"_s});
        QElapsedTimer clock;
        clock.start();
        do {
            r = u.run({u"resume"_s});
        } while (r.exitCode == 4 && clock.elapsed() < 20'000 && (QTest::qWait(500), true));
        QVERIFY2(r.exitCode == 0, QByteArray(r.out + r.err).constData());
        QCOMPARE(slow.walletBalance(u"claims-payee"_s), 30);
        QCOMPARE(slow.walletBalance(u"two-wallets"_s), 1'000 - 30);
    }

    //! The app closed while its QR code was shown; the phone paid it anyway. A later run
    //! completes the payment from the preimage, refusing one of another invoice.
    void phonePreimageInALaterRun()
    {
        User u(dir.filePath(u"phone-later"_s));
        u.setUp({u"wallet"_s, u"add"_s, u"phone"_s, u"--kind"_s, u"qr"_s, u"--network"_s,
                 u"regtest"_s});
        Run r = RUN_OK(u.run({u"wallet"_s, u"test"_s, u"phone"_s}));
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json().value(u"kind"_s).toString(), u"qr"_s);
        sandbox.addWallet(u"later-phone"_s, 1'000);
        sandbox.addWallet(u"later-payee"_s, 0);
        const QString invoice = sandbox.createInvoice(u"later-payee"_s, 42);
        const QString other = sandbox.createInvoice(u"later-payee"_s, 43);

        QProcess cli;
        cli.start(qEnvironmentVariable("LW_CLI"),
                  {u"pay"_s, invoice, u"--yes"_s, u"--data"_s, u.data(), u"--json"_s});
        QVERIFY(cli.waitForStarted());
        QByteArray err;
        QTRY_VERIFY2_WITH_TIMEOUT((err += cli.readAllStandardError()).contains("Paste the preimage")
                                      || cli.state() == QProcess::NotRunning,
                                  err.constData(), 20'000);
        QCOMPARE(cli.state(), QProcess::Running);
        cli.kill();
        QVERIFY(cli.waitForFinished());

        const QString preimage =
            sandbox.pay(u"later-phone"_s, invoice).json.value(u"paymentPreimage").toString();
        const QString otherPreimage =
            sandbox.pay(u"later-phone"_s, other).json.value(u"paymentPreimage").toString();
        QVERIFY(!preimage.isEmpty() && !otherPreimage.isEmpty());
        // Without the proof it stays open; with the wrong one nothing changes.
        QCOMPARE(u.run({u"resume"_s}).exitCode, 4);
        r = u.run({u"resume"_s, u"--preimage"_s, otherPreimage});
        QVERIFY2(r.exitCode != 0 && r.exitCode != 4, QByteArray(r.out + r.err).constData());
        QVERIFY2(r.err.contains("does not belong"), r.err.constData());
        QCOMPARE(u.run({u"resume"_s}).exitCode, 4);
        r = RUN_OK(u.run({u"resume"_s, u"--preimage"_s, preimage}));
        QCOMPARE(r.exitCode, 0);
        const QJsonArray entries =
            u.run({u"journal"_s, u"list"_s}).json().value(u"entries"_s).toArray();
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().toObject().value(u"state"_s).toString(), u"done"_s);
        QCOMPARE(u.run({u"resume"_s}).json().value(u"resumed"_s).toArray().size(), 0);
        QCOMPARE(sandbox.walletBalance(u"later-payee"_s), 42 + 43);
    }

    void cleanupTestCase()
    {
        peers.reset();
        slowPeers.reset();
        QVERIFY(sandbox.stopCleanly());
        QVERIFY(slow.stopCleanly());
    }
};

QTEST_GUILESS_MAIN(TestCliWallets)
#include "tst_cli_wallets.moc"
