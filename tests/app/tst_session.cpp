// SPDX-License-Identifier: GPL-3.0-or-later
// The Session over a memory keychain and a real lightwork-sandbox: no keychain, "this session
// only", "Try the sandbox", a restart, and sandboxes that are down or answer garbage.

#include "balancetestkit.h"
#include "sandbox/sandboxprocess.h"
#include "sandboxsetup.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace lw;
using namespace lwtest;
using State = Session::SetupState;
using Keychain = Session::KeychainState;

class TestSession : public QObject {
    Q_OBJECT

private:
    SandboxProcess m_sandbox;

    Session::Options options(const QString &dir, std::shared_ptr<MemorySecretStore> store,
                             QUrl url = {}, QByteArray adminKey = {})
    {
        return sessionOptions(dir, std::move(store), url.isEmpty() ? m_sandbox.url() : url,
                              adminKey.isEmpty() ? m_sandbox.adminKey().toUtf8() : adminKey);
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_sandbox.start(sandboxArgs())); }

    void noKeychainStoresNothing()
    {
        QTemporaryDir dir;
        auto broken = std::make_shared<MemorySecretStore>();
        broken->setFailure(SecretError{SecretError::Kind::Unavailable, QStringLiteral("none")});
        Session session(options(dir.path(), broken));
        QTRY_COMPARE(session.keychainState(), Keychain::Missing);
        QVERIFY(session.keychainMessage().contains(u"keychain"));
        QCOMPARE(session.setupState(), State::Starting);

        session.trySandbox();
        QCOMPARE(session.setupState(), State::Failed);
        QVERIFY(session.errorText().contains(session.keychainMessage()));
        QVERIFY(QDir(dir.path()).entryList(QDir::Files).isEmpty());
        QCOMPARE(m_sandbox.walletBalance(QStringLiteral("buyer")), 1'000'000);

        // Retrying a keychain that is still missing stays Missing.
        session.retryKeychain();
        QTRY_COMPARE(session.keychainState(), Keychain::Missing);
    }

    void sessionOnlyKeepsSecretsOffDisk()
    {
        QTemporaryDir dir;
        auto broken = std::make_shared<MemorySecretStore>();
        broken->setFailure(SecretError{SecretError::Kind::Unavailable, QStringLiteral("none")});
        SandboxProcess own; // its own wallets, so the other tests' balances stay theirs
        QVERIFY(own.start(sandboxArgs({.buyerSats = 50'000, .workerSats = 50'000})));
        Session session(options(dir.path(), broken, own.url(), own.adminKey().toUtf8()));
        QTRY_COMPARE(session.keychainState(), Keychain::Missing);
        session.useSessionOnly();
        QCOMPARE(session.keychainState(), Keychain::SessionOnly);
        QVERIFY(!session.keychainMessage().isEmpty());
        QTRY_COMPARE(session.setupState(), State::NeedsSetup);

        session.trySandbox();
        QTRY_COMPARE_WITH_TIMEOUT(session.setupState(), State::Ready, 30'000);
        QCOMPARE(hireBalanceSats(session), SandboxSetup::buyerTopupSats);

        // Neither the token nor the wallet password reached the data folder.
        auto account = session.engine()->onlyAccount(MarketKind::AiForHire, QString());
        QVERIFY(account);
        auto key = session.engine()->accounts().accountSecretKey(account->id);
        QVERIFY(key);
        auto token = wait(session.engine()->secrets().read(*key));
        QVERIFY(token && token->size() > 8);
        QVERIFY(!folderContains(dir.path(), *token));
        const QByteArray password = own.wallet(QStringLiteral("buyer"))
                                        .value(u"phoenixd")
                                        .toObject()
                                        .value(u"password")
                                        .toString()
                                        .toUtf8();
        QVERIFY(!password.isEmpty());
        QVERIFY(!folderContains(dir.path(), password));
        // Not remembered: the secrets end with this run, so the next start sets up again.
        QVERIFY(SandboxSetup::recordedSandbox(session.engine()->database()).isEmpty());
    }

    void trySandboxThenRestart()
    {
        QTemporaryDir dir;
        auto store = std::make_shared<MemorySecretStore>();
        const qint64 buyerBefore = m_sandbox.walletBalance(QStringLiteral("buyer"));
        const qint64 workerBefore = m_sandbox.walletBalance(QStringLiteral("worker"));
        {
            Session session(options(dir.path(), store));
            QTRY_COMPARE(session.setupState(), State::NeedsSetup);
            QCOMPARE(session.keychainState(), Keychain::Available);
            QVERIFY(session.sandboxAvailable());
            QSignalSpy setup(&session, &Session::setupChanged);
            session.trySandbox();
            QCOMPARE(session.setupState(), State::SettingUp);
            QTRY_COMPARE_WITH_TIMEOUT(session.setupState(), State::Ready, 30'000);
            QVERIFY(session.errorText().isEmpty());
            QVERIFY(session.profiles().contains(Session::tr("Buyer")));
            QVERIFY(session.profiles().contains(Session::tr("Worker")));
            QCOMPARE(session.profiles().at(session.currentProfile()), Session::tr("Buyer"));

            // The buyer: wallet as the sandbox sees it, 402ai funded from it.
            QCOMPARE(hireBalanceSats(session), SandboxSetup::buyerTopupSats);
            QCOMPARE(walletBalanceSats(session), m_sandbox.walletBalance(QStringLiteral("buyer")));
            QVERIFY(m_sandbox.walletBalance(QStringLiteral("buyer"))
                    <= buyerBefore - SandboxSetup::buyerTopupSats);

            // Switching re-wires the engine to the worker's wallet and accounts.
            QSignalSpy profiles(&session, &Session::profilesChanged);
            session.setCurrentProfile(int(session.profiles().indexOf(Session::tr("Worker"))));
            QVERIFY(profiles.count() >= 1);
            QCOMPARE(session.engine()->profile().name, QStringLiteral("worker"));
            QCOMPARE(hireBalanceSats(session), SandboxSetup::workerTopupSats);
            QCOMPARE(walletBalanceSats(session), m_sandbox.walletBalance(QStringLiteral("worker")));
            QVERIFY(m_sandbox.walletBalance(QStringLiteral("worker"))
                    <= workerBefore - SandboxSetup::workerTopupSats);
            auto proofLayer = session.engine()->onlyAccount(MarketKind::ProofLayer, QString());
            QVERIFY(proofLayer);
            QVERIFY(!proofLayer->remoteId.isEmpty());

            // A second call finds it done.
            session.trySandbox();
            QCOMPARE(session.setupState(), State::Ready);
        }
        const qint64 buyerAfter = m_sandbox.walletBalance(QStringLiteral("buyer"));
        const int topups = m_sandbox.routeCounts().value(u"POST /api/v1/topup").toInt();
        QVERIFY(topups >= 2);

        // A restart over the same folder is Ready at once, in the profile chosen last.
        Session again(options(dir.path(), store));
        QTRY_COMPARE(again.setupState(), State::Ready);
        QCOMPARE(again.engine()->profile().name, QStringLiteral("worker"));
        QVERIFY(again.profiles().contains(Session::tr("Buyer")));
        QVERIFY(again.profiles().contains(Session::tr("Worker")));
        again.trySandbox();
        QCOMPARE(again.setupState(), State::Ready);
        QCOMPARE(m_sandbox.routeCounts().value(u"POST /api/v1/topup").toInt(), topups);
        QCOMPARE(m_sandbox.walletBalance(QStringLiteral("buyer")), buyerAfter);
        QCOMPARE(hireBalanceSats(again), SandboxSetup::workerTopupSats);
    }

    void brokenSandboxFailsAndRetryWorks_data()
    {
        QTest::addColumn<int>("kind");
        QTest::newRow("down") << 0;
        QTest::newRow("garbage") << 1;
        QTest::newRow("wrong admin key") << 2;
    }

    void brokenSandboxFailsAndRetryWorks()
    {
        QFETCH(int, kind);
        QTemporaryDir dir;
        auto store = std::make_shared<MemorySecretStore>();
        SandboxProcess own;
        QVERIFY(own.start(sandboxArgs({.buyerSats = 50'000, .workerSats = 50'000})));
        QUrl url = own.url();
        QByteArray adminKey = own.adminKey().toUtf8();
        if (kind == 0) {
            QTcpServer closed;
            QVERIFY(closed.listen(QHostAddress::LocalHost));
            url = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(closed.serverPort()));
            closed.close();
        } else if (kind == 1) {
            url = own.url(QStringLiteral("/lnbits")); // answers, but not as a sandbox
        } else {
            adminKey = "sbx_wrong";
        }
        {
            Session session(options(dir.path(), store, url, adminKey));
            QTRY_COMPARE(session.setupState(), State::NeedsSetup);
            session.trySandbox();
            QTRY_COMPARE_WITH_TIMEOUT(session.setupState(), State::Failed, 20'000);
            QVERIFY2(session.errorText().contains(url.toDisplayString())
                         || session.errorText().contains(u"admin key"),
                     qPrintable(session.errorText()));
            QVERIFY(!session.errorText().contains(own.adminKey()));
            QVERIFY(!session.profiles().contains(Session::tr("Buyer")));
        }
        Session retry(options(dir.path(), store, own.url(), own.adminKey().toUtf8()));
        QTRY_COMPARE(retry.setupState(), State::NeedsSetup);
        retry.trySandbox();
        QTRY_COMPARE_WITH_TIMEOUT(retry.setupState(), State::Ready, 30'000);
        QCOMPARE(hireBalanceSats(retry), SandboxSetup::buyerTopupSats);
    }

    void noSandboxSaysSo()
    {
        QTemporaryDir dir;
        auto store = std::make_shared<MemorySecretStore>();
        Session::Options o = options(dir.path(), store);
        o.sandboxUrl = QUrl();
        Session session(o);
        QTRY_COMPARE(session.setupState(), State::NeedsSetup);
        QVERIFY(!session.sandboxAvailable());
        session.trySandbox();
        QCOMPARE(session.setupState(), State::Failed);
        QVERIFY(!session.errorText().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSession)
#include "tst_session.moc"
