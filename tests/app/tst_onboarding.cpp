// SPDX-License-Identifier: GPL-3.0-or-later
// "Connect my market and wallet" over a real sandbox and a memory keychain: a new 402ai account
// whose top-up is paid through the Pay flow and claimed, a wallet added with Test connection,
// a pasted X-Token, ProofLayer by address, the address rule, the missing keychain; each ends
// with one profile and every secret in the keychain, none in the data folder.

#include "markets/aiforhire/hireclient.h"
#include "onboarding.h"
#include "payflow.h"
#include "sandbox/sandboxprocess.h"
#include "sandboxdirectory.h"
#include "sessiontestkit.h"
#include "walletsetup.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace lw;
using namespace lwtest;
using namespace Qt::Literals::StringLiterals;
using Step = Onboarding::Step;

class TestOnboarding : public QObject {
    Q_OBJECT

    SandboxProcess m_sandbox;
    SandboxDirectory m_directory;
    QByteArray m_token; //!< the account the first test made, for the paste path

    QString walletPassword() const
    {
        return m_sandbox.wallet(u"alice"_s)
            .value(u"phoenixd")
            .toObject()
            .value(u"password")
            .toString();
    }

    static QStringList profileNames(Session &session)
    {
        QStringList names;
        for (const Profile &p : session.engine()->accounts().profiles().value_or(QList<Profile>()))
            names.append(p.name);
        return names;
    }

    static MilliSats hireBalance(Session &session, qint64 accountId)
    {
        auto client = wait(session.engine()->hireById(accountId));
        if (!client)
            return MilliSats(-1);
        auto me = wait((*client)->me());
        return me ? me->balance : MilliSats(-1);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_sandbox.start({u"--wallet"_s, u"alice:200000"_s}));
        QTemporaryDir dir;
        Session session(sessionOptions(dir.path(), std::make_shared<MemorySecretStore>()));
        QTRY_COMPARE(session.setupState(), Session::SetupState::NeedsSetup);
        auto directory = wait(fetchSandboxDirectory(session.engine()->http(), m_sandbox.url(),
                                                    m_sandbox.adminKey().toUtf8(), &session));
        QVERIFY2(directory, directory ? "" : qPrintable(directory.error().describe()));
        m_directory = *directory;
    }

    void newHireAccountPaidThroughThePayFlow()
    {
        QTemporaryDir dir;
        auto store = std::make_shared<MemorySecretStore>();
        Session session(sessionOptions(dir.path(), store));
        QTRY_COMPARE(session.setupState(), Session::SetupState::NeedsSetup);
        Onboarding flow;
        flow.setSession(&session);
        QCOMPARE(flow.step(), Step::Profile);

        flow.saveProfile(); // no name yet
        QVERIFY(!flow.errorText().isEmpty());
        QCOMPARE(flow.step(), Step::Profile);
        flow.setProfileName(u"  Alice  "_s);
        flow.saveProfile();
        QVERIFY(flow.errorText().isEmpty());
        QCOMPARE(flow.step(), Step::Wallet);
        QCOMPARE(session.engine()->profile().name, u"Alice"_s);
        QVERIFY(!flow.hasWallet());

        // Back and forward again keeps the same profile.
        flow.back();
        QCOMPARE(flow.step(), Step::Profile);
        flow.saveProfile();
        QCOMPARE(flow.step(), Step::Wallet);

        // The wallet, with Test connection, as the Wallet page adds one.
        WalletSetup wallet;
        wallet.setSession(&session);
        wallet.setKind(u"phoenixd"_s);
        wallet.setUrl(
            m_sandbox.wallet(u"alice"_s).value(u"phoenixd").toObject().value(u"url").toString());
        wallet.setNetwork(u"regtest"_s);
        wallet.setSecret(walletPassword());
        wallet.test();
        QTRY_COMPARE(wallet.state(), WalletSetup::State::Tested);
        QCOMPARE(wallet.balanceSats(), 200'000);
        QSignalSpy saved(&wallet, &WalletSetup::saved);
        wallet.save(u"phoenixd"_s, true);
        QTRY_COMPARE(saved.size(), 1);
        flow.continueToMarket();
        QCOMPARE(flow.step(), Step::Market);
        QVERIFY(flow.hasWallet());

        // Addresses: https, or http on this computer only; a test request before storing.
        flow.setMarketKind(u"tools"_s);
        flow.setMarketUrl(u"http://tools.example.com"_s);
        flow.addAccount();
        QVERIFY(flow.errorText().contains(u"https"));
        flow.setMarketUrl(u"not an address"_s);
        flow.addAccount();
        QVERIFY(!flow.errorText().isEmpty());
        flow.setMarketUrl(u"http://127.0.0.1:9/"_s); // loopback, but nothing listens
        flow.addAccount();
        QTRY_VERIFY(!flow.busy());
        QVERIFY(!flow.errorText().isEmpty());
        QVERIFY(flow.accounts().isEmpty());

        // Finish needs an account.
        flow.finish();
        QVERIFY(!flow.errorText().isEmpty());
        QCOMPARE(flow.step(), Step::Market);

        // A new 402ai account: created (free), its top-up paid in the Pay flow, then claimed.
        flow.setMarketKind(u"402ai"_s);
        flow.setMarketUrl(m_directory.hireUrl.toString());
        flow.setTopupSats(5);
        flow.createHireAccount();
        QVERIFY(flow.errorText().contains(u"100"));
        flow.setTopupSats(1'000);
        flow.createHireAccount();
        QVERIFY(flow.busy());
        QTRY_VERIFY_WITH_TIMEOUT(!flow.topupInvoice().isEmpty(), 15'000);
        QVERIFY2(flow.errorText().isEmpty(), qPrintable(flow.errorText()));
        auto account = session.engine()->onlyAccount(MarketKind::AiForHire, QString());
        QVERIFY(account);
        QCOMPARE(hireBalance(session, account->id), MilliSats(0));

        // A wrong proof is refused before anything is sent.
        flow.claimTopup(u"00"_s);
        QVERIFY(!flow.errorText().isEmpty());

        const qint64 before = m_sandbox.walletBalance(u"alice"_s);
        PayFlow pay;
        pay.setSession(&session);
        pay.setRequest(flow.topupInvoice());
        QTRY_VERIFY_WITH_TIMEOUT(pay.canConfirm(), 10'000);
        QCOMPARE(pay.amountSats(), 1'000);
        pay.confirm();
        QTRY_COMPARE_WITH_TIMEOUT(pay.state(), PayFlow::State::Succeeded, 15'000);
        QVERIFY(m_sandbox.walletBalance(u"alice"_s) <= before - 1'000);
        flow.claimTopup(pay.preimage());
        QTRY_VERIFY_WITH_TIMEOUT(!flow.busy(), 10'000);
        QVERIFY2(flow.errorText().isEmpty(), qPrintable(flow.errorText()));
        QVERIFY(flow.topupInvoice().isEmpty());
        QCOMPARE(hireBalance(session, account->id), *MilliSats::fromSats(1'000));
        QCOMPARE(flow.accounts().size(), 1);
        QVERIFY(flow.accounts().first().contains(m_directory.hireUrl.host()));

        QSignalSpy finished(&flow, &Onboarding::finished);
        flow.finish();
        QCOMPARE(flow.step(), Step::Done);
        QCOMPARE(finished.size(), 1);
        QCOMPARE(profileNames(session), QStringList{u"Alice"_s}); // the empty default is gone
        QVERIFY(Onboarding::isRecorded(session.engine()->database()));
        // The app is set up: the shell opens and the feed syncs the new accounts.
        QCOMPARE(session.setupState(), Session::SetupState::Ready);

        // The token and the wallet password are in the keychain, nowhere in the data folder.
        auto key = session.engine()->accounts().accountSecretKey(account->id);
        QVERIFY(key);
        auto token = wait(session.engine()->secrets().read(*key));
        QVERIFY(token && token->size() > 8);
        QVERIFY(!folderContains(dir.path(), *token));
        QVERIFY(!folderContains(dir.path(), walletPassword().toUtf8()));
        m_token = *token;
    }

    void pastedTokenAndProofLayer()
    {
        QVERIFY(!m_token.isEmpty());
        QTemporaryDir dir;
        auto store = std::make_shared<MemorySecretStore>();
        Session session(sessionOptions(dir.path(), store));
        QTRY_COMPARE(session.setupState(), Session::SetupState::NeedsSetup);
        Onboarding flow;
        flow.setSession(&session);
        flow.setProfileName(u"Bob"_s);
        flow.saveProfile();
        flow.continueToMarket(); // no wallet: skipped
        QCOMPARE(flow.step(), Step::Market);
        QVERIFY(!flow.hasWallet());

        flow.setMarketKind(u"402ai"_s);
        flow.setMarketUrl(m_directory.hireUrl.toString());
        flow.addAccount(); // no token
        QVERIFY(!flow.errorText().isEmpty());

        // A token the market does not know: refused by the test request, nothing stored.
        flow.setToken(u"abl_not_a_real_token"_s);
        QVERIFY(flow.hasToken());
        flow.addAccount();
        QVERIFY(!flow.hasToken()); // handed over once, not kept
        QTRY_VERIFY(!flow.busy());
        QVERIFY(!flow.errorText().isEmpty());
        QVERIFY(!flow.errorText().contains(u"abl_not_a_real_token"));
        QVERIFY(flow.accounts().isEmpty());

        flow.setAccountName(u"main"_s);
        flow.setToken(QString::fromUtf8(m_token));
        flow.addAccount();
        QTRY_VERIFY(!flow.busy());
        QVERIFY2(flow.errorText().isEmpty(), qPrintable(flow.errorText()));
        QCOMPARE(flow.accounts().size(), 1);
        auto account = session.engine()->onlyAccount(MarketKind::AiForHire, u"main"_s);
        QVERIFY(account);
        QVERIFY(!account->remoteId.isEmpty());
        QCOMPARE(hireBalance(session, account->id), *MilliSats::fromSats(1'000));

        QVERIFY(!m_directory.proofLayerUrl.isEmpty());
        {
            flow.setMarketKind(u"prooflayer"_s);
            flow.setAccountName({});
            flow.setMarketUrl(m_directory.proofLayerUrl.toString());
            flow.addAccount();
            QTRY_VERIFY(!flow.busy());
            QVERIFY2(flow.errorText().isEmpty(), qPrintable(flow.errorText()));
            QCOMPARE(flow.accounts().size(), 2);
        }

        flow.finish();
        QCOMPARE(flow.step(), Step::Done);
        QCOMPARE(profileNames(session), QStringList{u"Bob"_s});
        QVERIFY(!folderContains(dir.path(), m_token));
        auto key = session.engine()->accounts().accountSecretKey(account->id);
        QVERIFY(key);
        auto kept = wait(session.engine()->secrets().read(*key));
        QVERIFY(kept);
        QCOMPARE(*kept, m_token);
    }

    void missingKeychainStoresNothing()
    {
        QTemporaryDir dir;
        auto broken = std::make_shared<MemorySecretStore>();
        broken->setFailure(SecretError{SecretError::Kind::Unavailable, u"none"_s});
        Session session(sessionOptions(dir.path(), broken));
        QTRY_COMPARE(session.keychainState(), Session::KeychainState::Missing);
        Onboarding flow;
        flow.setSession(&session);
        flow.setProfileName(u"Carol"_s);
        flow.saveProfile();
        QCOMPARE(flow.step(), Step::Profile);
        QCOMPARE(flow.errorText(), session.keychainMessage());
        flow.setToken(u"abl_secret"_s);
        flow.addAccount();
        QCOMPARE(flow.errorText(), session.keychainMessage());
        QVERIFY(QDir(dir.path()).entryList(QDir::Files).isEmpty());
    }
};

QTEST_MAIN(TestOnboarding)
#include "tst_onboarding.moc"
