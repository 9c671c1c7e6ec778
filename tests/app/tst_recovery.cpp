// SPDX-License-Identifier: GPL-3.0-or-later
// The app finishes on start what an interrupted run left open, without ever paying on its own.
// A child process (this binary, LW_RECOVERY_CHILD) acts through an EngineSession on the same
// data folder and is aborted at a journal stage (LIGHTWORK_ABORT_AT); the next Session start
// then claims the paid top-up, settles the paid invoice, follows the paid tool job, and only
// lists the invoice that never left the wallet. The sandbox's wallets show every sat.

#include "enginesession.h"
#include "markets/aiforhire/hireclient.h"
#include "markets/tools/toolfollowups.h"
#include "markets/tools/toolsclient.h"
#include "recoverystatus.h"
#include "sandbox/sandboxprocess.h"
#include "session.h"
#include "sessiontestkit.h"
#include "toolrun.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSaveFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace lw;
using namespace lwtest;
using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int slowMs = 60'000;

//! Secrets in a JSON file, so the child and the next Session share them (a keychain that
//! outlives a process). Test only: real secrets never touch a file.
class FileSecretStore : public SecretStore {
public:
    explicit FileSecretStore(QString path)
        : m_path(std::move(path))
    {}
    QFuture<SecretWrite> probe() override { return done(); }
    QFuture<SecretRead> read(const QString &key) override
    {
        const QJsonObject all = load();
        if (!all.contains(key))
            return QtFuture::makeReadyFuture(
                SecretRead(lw::fail(SecretError{SecretError::Kind::NotFound, u"none"_s})));
        return QtFuture::makeReadyFuture(
            SecretRead(QByteArray::fromBase64(all.value(key).toString().toLatin1())));
    }
    QFuture<SecretWrite> write(const QString &key, const QByteArray &value) override
    {
        QJsonObject all = load();
        all.insert(key, QString::fromLatin1(value.toBase64()));
        save(all);
        return done();
    }
    QFuture<SecretWrite> remove(const QString &key) override
    {
        QJsonObject all = load();
        all.remove(key);
        save(all);
        return done();
    }
    bool isPersistent() const override { return true; }

private:
    static QFuture<SecretWrite> done()
    {
        return QtFuture::makeReadyFuture(SecretWrite(SecretDone{}));
    }
    QJsonObject load() const
    {
        QFile f(m_path);
        return f.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(f.readAll()).object()
                                           : QJsonObject();
    }
    void save(const QJsonObject &all) const
    {
        QSaveFile f(m_path);
        if (f.open(QIODevice::WriteOnly)) {
            f.write(QJsonDocument(all).toJson(QJsonDocument::Compact));
            f.commit();
        }
    }
    QString m_path;
};

QString secretsPath(const QString &dataDir)
{
    return dataDir + u"/test-secrets.json"_s;
}

//! The child: one paid step through the engine, aborted at LIGHTWORK_ABORT_AT. Returns only
//! when the step ended without reaching the stage (a failure of the test).
int runChild()
{
    const QString dataDir = qEnvironmentVariable("LW_RECOVERY_DATA");
    const QString scenario = qEnvironmentVariable("LW_RECOVERY_CHILD");
    EngineSession engine(EngineOptions{dataDir, {}, {}});
    if (auto opened = wait(engine.open(std::make_unique<FileSecretStore>(secretsPath(dataDir))));
        !opened) {
        qWarning("open: %s", qPrintable(opened.error().describe()));
        return 2;
    }
    // The user's click, as the Pay dialog would give it.
    engine.setConfirmer([](const PaymentPrompt &) { return QtFuture::makeReadyFuture(true); });
    auto gate = wait(engine.gate());
    if (!gate)
        return 3;
    if (scenario == u"topup") {
        auto client = wait(engine.hire(QString()));
        if (!client)
            return 4;
        const MilliSats amount =
            *MilliSats::fromSats(qEnvironmentVariableIntValue("LW_RECOVERY_SATS"));
        auto invoice = wait((*client)->requestTopup(amount));
        if (!invoice)
            return 5;
        (void)wait((*gate)->payInvoice(JournalEntry::Kind::Topup, u"402ai.topup"_s,
                                       (*client)->accountId(), invoice->invoice, amount,
                                       (*client)->baseUrl()));
    } else if (scenario == u"invoice") {
        const QString invoice = qEnvironmentVariable("LW_RECOVERY_INVOICE");
        const MilliSats amount =
            *MilliSats::fromSats(qEnvironmentVariableIntValue("LW_RECOVERY_SATS"));
        (void)wait(
            (*gate)->payInvoice(JournalEntry::Kind::Invoice, u"pay"_s, 0, invoice, amount, QUrl()));
    } else if (scenario == u"tool") {
        auto account = engine.onlyAccount(MarketKind::L402Tools, QString());
        if (!account)
            return 6;
        auto client = wait(engine.toolsById(account->id));
        if (!client)
            return 7;
        auto manifest = wait((*client)->manifest());
        if (!manifest)
            return 8;
        for (const ToolService &s : manifest->services) {
            if (s.slug != u"generate-image")
                continue;
            const ToolQuote quote = wait(quoteToolPrice(*client, *manifest, s));
            if (!quote.price)
                return 9;
            (void)wait((*client)->call(
                s, QJsonObject{{u"input"_s, QJsonObject{{u"prompt"_s, u"a quiet bay"_s}}}},
                *quote.price));
        }
    }
    return 1;
}

} // namespace

class TestRecovery : public QObject {
    Q_OBJECT

private:
    SandboxProcess m_sandbox;
    QTemporaryDir m_dir;

    Session::Options options() const
    {
        Session::Options o;
        o.dataDir = m_dir.path();
        o.sandboxUrl = m_sandbox.url();
        o.sandboxAdminKey = m_sandbox.adminKey().toUtf8();
        const QString path = secretsPath(m_dir.path());
        o.keychain = [path] { return std::make_unique<FileSecretStore>(path); };
        return o;
    }

    //! Runs the child's `scenario` until it aborts at `stage`.
    bool crashChild(const QString &scenario, const QString &stage,
                    const QList<std::pair<QString, QString>> &extra = {})
    {
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"LW_RECOVERY_CHILD"_s, scenario);
        env.insert(u"LW_RECOVERY_DATA"_s, m_dir.path());
        env.insert(u"LIGHTWORK_ABORT_AT"_s, stage);
        env.insert(u"ASAN_OPTIONS"_s, u"abort_on_error=0:detect_leaks=0"_s);
        for (const auto &[k, v] : extra)
            env.insert(k, v);
        child.setProcessEnvironment(env);
        child.start(QCoreApplication::applicationFilePath(), {});
        if (!child.waitForFinished(slowMs))
            return false;
        const QByteArray err = child.readAllStandardError();
        if (!err.contains(QByteArray("aborting at " + stage.toLatin1()))) {
            qWarning("child (exit %d): %s", child.exitCode(), err.constData());
            return false;
        }
        return child.exitStatus() == QProcess::CrashExit;
    }

    //! A Session started again on the data folder, once its recovery ran.
    std::unique_ptr<Session> restart()
    {
        auto session = std::make_unique<Session>(options());
        RecoveryStatus *recovery = session->recovery();
        if (!QTest::qWaitFor([&] { return recovery->report().has_value() && !recovery->busy(); },
                             slowMs))
            return nullptr;
        return session;
    }

    static std::optional<JournalEntry> latest(Session &session, const QString &action)
    {
        for (const JournalEntry &e :
             session.engine()->journal().recent(50).value_or(QList<JournalEntry>()))
            if (e.action == action)
                return e;
        return std::nullopt;
    }

    static qint64 hireBalance(Session &session)
    {
        auto client = wait(session.engine()->hire(QString()));
        if (!client)
            return -1;
        auto me = wait((*client)->me());
        return me ? me->balance.msat() / 1000 : -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_sandbox.start(sandboxArgs()));
        QVERIFY(m_dir.isValid());
        QString why;
        auto session = sandboxSession(options(), &why);
        QVERIFY2(session, qPrintable(why));
        useProfile(*session, Session::tr("Buyer"));
        // The sandbox's tool market as the buyer's tools account, as `account add` makes it.
        MarketAccount a;
        a.profileId = session->engine()->profile().id;
        a.name = u"s4"_s;
        a.kind = MarketKind::L402Tools;
        a.baseUrl = m_sandbox.url();
        QVERIFY(session->engine()->accounts().addAccount(a));
        // The set-up's own payments finished: a start has nothing to say.
        QTRY_VERIFY_WITH_TIMEOUT(session->recovery()->report().has_value(), slowMs);
        QCOMPARE(session->recovery()->summaryText(), QString());
    }

    void paidTopUpIsClaimedWithoutPayingAgain()
    {
        const qint64 sats = 321;
        qint64 before = -1;
        {
            auto session = restart();
            QVERIFY(session);
            before = hireBalance(*session);
            QVERIFY(before >= 0);
        }
        const qint64 wallet = m_sandbox.walletBalance(u"buyer"_s);
        QVERIFY(crashChild(u"topup"_s, u"after_wallet_paid"_s,
                           {{u"LW_RECOVERY_SATS"_s, QString::number(sats)}}));
        QCOMPARE(m_sandbox.walletBalance(u"buyer"_s), wallet - sats); // paid, not claimed

        auto session = restart();
        QVERIFY(session);
        const RecoveryReport &report = *session->recovery()->report();
        QCOMPARE(report.count(RecoveryItem::Outcome::Finished), 1);
        QCOMPARE(report.count(RecoveryItem::Outcome::NeedsUser), 0);
        auto entry = latest(*session, u"402ai.topup"_s);
        QVERIFY(entry);
        QCOMPARE(entry->state, PaymentState::Done);
        QCOMPARE(hireBalance(*session), before + sats);
        QCOMPARE(m_sandbox.walletBalance(u"buyer"_s), wallet - sats); // debited exactly once
        QVERIFY(session->recovery()->shown());
        QVERIFY(!session->recovery()->summaryText().isEmpty());
        QVERIFY(session->recovery()->entries().isEmpty());

        // The next start has nothing left to do.
        session.reset();
        session = restart();
        QVERIFY(session);
        QVERIFY(session->recovery()->report()->items.isEmpty());
        QCOMPARE(hireBalance(*session), before + sats);
        QCOMPARE(m_sandbox.walletBalance(u"buyer"_s), wallet - sats);
    }

    void payingEntryIsSettledByItsPreimage()
    {
        const qint64 sats = 77;
        const QString invoice = m_sandbox.createInvoice(u"worker"_s, sats, u"recovery"_s);
        QVERIFY(!invoice.isEmpty());
        const qint64 buyer = m_sandbox.walletBalance(u"buyer"_s);
        const qint64 worker = m_sandbox.walletBalance(u"worker"_s);
        QVERIFY(crashChild(
            u"invoice"_s, u"after_wallet_paid"_s,
            {{u"LW_RECOVERY_INVOICE"_s, invoice}, {u"LW_RECOVERY_SATS"_s, QString::number(sats)}}));
        QCOMPARE(m_sandbox.walletBalance(u"worker"_s), worker + sats);

        auto session = restart();
        QVERIFY(session);
        auto entry = latest(*session, u"pay"_s);
        QVERIFY(entry);
        QCOMPARE(entry->state, PaymentState::Done);
        QVERIFY(entry->preimage && entry->paymentHash);
        QCOMPARE(
            QCryptographicHash::hash(entry->preimage->toByteArray(), QCryptographicHash::Sha256),
            entry->paymentHash->toByteArray());
        QCOMPARE(m_sandbox.walletBalance(u"buyer"_s), buyer - sats);
        QCOMPARE(m_sandbox.walletBalance(u"worker"_s), worker + sats);
    }

    void toolJobLeftFollowingIsFollowed()
    {
        const qint64 wallet = m_sandbox.walletBalance(u"buyer"_s);
        QVERIFY(crashChild(u"tool"_s, u"after_job_recorded"_s));
        const qint64 paid = m_sandbox.walletBalance(u"buyer"_s);
        QVERIFY(paid < wallet);

        auto session = restart();
        QVERIFY(session);
        const RecoveryReport &report = *session->recovery()->report();
        std::optional<RecoveryItem> tool;
        for (const RecoveryItem &i : report.items)
            if (i.source == RecoveryItem::Source::ToolFollowup)
                tool = i;
        QVERIFY(tool);
        QCOMPARE(tool->service, u"generate-image"_s);
        QCOMPARE(tool->outcome, RecoveryItem::Outcome::Finished);
        QVERIFY(tool->job);
        QCOMPARE(tool->job->kind, ToolCallResult::Kind::Finished);
        QCOMPARE(tool->toolState, u"finished"_s);
        auto open = session->engine()->toolFollowups().open();
        QVERIFY(open && open->isEmpty());
        QCOMPARE(m_sandbox.walletBalance(u"buyer"_s), paid); // followed, never paid again
    }

    void unpaidInvoiceIsListedNotPaid()
    {
        const qint64 sats = 55;
        const QString invoice = m_sandbox.createInvoice(u"worker"_s, sats, u"later"_s);
        const qint64 buyer = m_sandbox.walletBalance(u"buyer"_s);
        QVERIFY(crashChild(
            u"invoice"_s, u"after_invoice"_s,
            {{u"LW_RECOVERY_INVOICE"_s, invoice}, {u"LW_RECOVERY_SATS"_s, QString::number(sats)}}));

        auto session = restart();
        QVERIFY(session);
        RecoveryStatus *recovery = session->recovery();
        QCOMPARE(recovery->report()->count(RecoveryItem::Outcome::NeedsUser), 1);
        QCOMPARE(recovery->entries().size(), 1);
        QVERIFY(recovery->entries().first().contains(u"55"_s));
        QVERIFY(recovery->shown());
        auto entry = latest(*session, u"pay"_s);
        QVERIFY(entry);
        QCOMPARE(entry->state, PaymentState::InvoiceReceived);
        QCOMPARE(m_sandbox.walletBalance(u"buyer"_s), buyer);

        // Listed again on the next start, still unpaid; dismissing only hides it.
        session.reset();
        session = restart();
        QVERIFY(session);
        recovery = session->recovery();
        QCOMPARE(recovery->entries().size(), 1);
        recovery->dismiss();
        QVERIFY(!recovery->shown());
        QCOMPARE(m_sandbox.walletBalance(u"buyer"_s), buyer);

        // The user's click pays it, once.
        approvePayments(*session);
        recovery->finishNow();
        QVERIFY(recovery->busy());
        QTRY_VERIFY_WITH_TIMEOUT(!recovery->busy(), slowMs);
        QCOMPARE(latest(*session, u"pay"_s)->state, PaymentState::Done);
        QCOMPARE(m_sandbox.walletBalance(u"buyer"_s), buyer - sats);
        QVERIFY(recovery->entries().isEmpty());

        // A profile switch runs it again, for the other profile's wallet.
        QSignalSpy finished(recovery, &RecoveryStatus::finished);
        useProfile(*session, Session::tr("Worker"));
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, slowMs);
        useProfile(*session, Session::tr("Buyer"));
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, slowMs);
    }

    void paymentTheWalletNeverSentIsListedNotStartedAgain()
    {
        const qint64 sats = 44;
        const QString invoice = m_sandbox.createInvoice(u"worker"_s, sats, u"never sent"_s);
        const qint64 buyer = m_sandbox.walletBalance(u"buyer"_s);
        QVERIFY(crashChild(
            u"invoice"_s, u"after_paying"_s,
            {{u"LW_RECOVERY_INVOICE"_s, invoice}, {u"LW_RECOVERY_SATS"_s, QString::number(sats)}}));

        // The wallet knows nothing of it: asking again could pay, so only the user may.
        auto session = restart();
        QVERIFY(session);
        QCOMPARE(session->recovery()->report()->count(RecoveryItem::Outcome::NeedsUser), 1);
        QCOMPARE(session->recovery()->entries().size(), 1);
        QCOMPARE(latest(*session, u"pay"_s)->state, PaymentState::Paying);
        QCOMPARE(m_sandbox.walletBalance(u"buyer"_s), buyer);
    }
};

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariableIsSet("LW_RECOVERY_CHILD"))
        return runChild();
    TestRecovery test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_recovery.moc"
