// SPDX-License-Identifier: GPL-3.0-or-later
// Connecting wallets against a real lightwork-sandbox: phoenixd and LNbits tested with their
// balance, the precise failures, nothing stored after a failed test, save, list and remove;
// the Wallet page's balance of the default wallet and, on demand, of another.

#include "sandbox/sandboxprocess.h"
#include "walletbalance.h"
#include "walletlistmodel.h"
#include "wallettestkit.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace lw;
using namespace lwtest;
using namespace Qt::Literals::StringLiterals;
using State = WalletSetup::State;

class TestWalletSetup : public QObject {
    Q_OBJECT

private:
    SandboxProcess m_sandbox;
    QTemporaryDir m_dir;
    std::shared_ptr<MemorySecretStore> m_store = std::make_shared<MemorySecretStore>();
    std::unique_ptr<Session> m_session;

    QJsonObject api(const QString &wallet, const QString &which)
    {
        return m_sandbox.wallet(wallet).value(which).toObject();
    }

    std::unique_ptr<WalletSetup> phoenixd(const QString &password)
    {
        auto s = std::make_unique<WalletSetup>();
        s->setSession(m_session.get());
        s->setKind(u"phoenixd"_s);
        s->setUrl(api(u"alice"_s, u"phoenixd"_s).value(u"url").toString());
        s->setNetwork(u"regtest"_s);
        s->setSecret(password);
        return s;
    }

    int storedWallets()
    {
        EngineSession *e = m_session->engine();
        return int(
            e->accounts().wallets(e->profile().id).value_or(QList<WalletConnection>()).size());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_sandbox.start({u"--wallet"_s, u"alice:70000"_s, u"--wallet"_s, u"bob:50000"_s}));
        m_session = std::make_unique<Session>(sessionOptions(m_dir.path(), m_store));
        QTRY_COMPARE(m_session->setupState(), Session::SetupState::NeedsSetup);
    }

    //! Typing announces whether a test can run; without an open engine a test says why.
    void fieldsAnnounceCanTest()
    {
        WalletSetup s;
        s.setKind(u"phoenixd"_s);
        s.setNetwork(u"regtest"_s);
        QVERIFY(!s.canTest());
        QSignalSpy announced(&s, &WalletSetup::stateChanged);
        s.setUrl(api(u"alice"_s, u"phoenixd"_s).value(u"url").toString());
        s.setSecret(u"password"_s);
        QVERIFY(s.canTest());
        QVERIFY(announced.size() >= 1);
        s.test(); // no Session: no engine to test through
        QVERIFY(!s.errorText().isEmpty());
    }

    void phoenixdAndLnbitsTestWithBalance()
    {
        auto s = phoenixd(api(u"alice"_s, u"phoenixd"_s).value(u"password").toString());
        QVERIFY(s->needsUrl() && s->needsSecret() && !s->takesCertificate());
        QVERIFY(s->secret().isEmpty() && s->hasSecret()); // never read back
        QVERIFY(s->canTest());
        s->test();
        QCOMPARE(s->state(), State::Testing);
        QTRY_COMPARE(s->state(), State::Tested);
        QCOMPARE(s->balanceSats(), 70'000);
        QCOMPARE(s->balanceText(), u"70000 sat"_s);
        QCOMPARE(s->testedNetwork(), u"regtest"_s);
        QVERIFY(s->canSave());
        // Any change asks for a new test.
        s->setNetwork(u"bitcoin"_s);
        QCOMPARE(s->state(), State::Idle);
        QVERIFY(!s->canSave());

        WalletSetup lnbits;
        lnbits.setSession(m_session.get());
        lnbits.setKind(u"lnbits"_s);
        lnbits.setUrl(api(u"alice"_s, u"lnbits"_s).value(u"url").toString());
        lnbits.setNetwork(u"regtest"_s);
        lnbits.setSecret(api(u"alice"_s, u"lnbits"_s).value(u"admin_key").toString());
        lnbits.test();
        QTRY_COMPARE(lnbits.state(), State::Tested);
        QCOMPARE(lnbits.balanceSats(), 70'000);
    }

    void failuresArePreciseAndStoreNothing()
    {
        const int before = storedWallets();
        auto wrong = phoenixd(u"not-the-password"_s);
        wrong->test();
        QTRY_COMPARE(wrong->state(), State::Failed);
        QCOMPARE(wrong->errorCode(), u"auth_failed"_s);
        QVERIFY(wrong->errorText().contains(u"Authentication failed"));
        QVERIFY(!wrong->errorText().contains(u"not-the-password"));
        wrong->save(u"bad"_s);
        QCOMPARE(wrong->state(), State::Failed);
        QCOMPARE(storedWallets(), before);

        auto limited =
            phoenixd(api(u"alice"_s, u"phoenixd"_s).value(u"limited_password").toString());
        limited->test();
        QTRY_COMPARE(limited->state(), State::Failed);
        QCOMPARE(limited->errorCode(), u"no_pay_permission"_s);
        QVERIFY(limited->errorText().contains(u"receive but not pay"));
        limited->setReceiveOnly(true);
        limited->test();
        QTRY_COMPARE(limited->state(), State::Tested);

        auto mainnet = phoenixd(api(u"alice"_s, u"phoenixd"_s).value(u"password").toString());
        mainnet->setNetwork(u"bitcoin"_s);
        mainnet->test();
        QTRY_COMPARE(mainnet->state(), State::Failed);
        QCOMPARE(mainnet->errorCode(), u"wrong_network"_s);

        WalletSetup down;
        down.setSession(m_session.get());
        down.setUrl(u"http://127.0.0.1:1/phoenixd"_s);
        down.setSecret(u"x"_s);
        down.setNetwork(u"regtest"_s);
        down.test();
        QTRY_COMPARE(down.state(), State::Failed);
        QCOMPARE(down.errorCode(), u"unreachable"_s);
        QCOMPARE(storedWallets(), before);
    }

    void saveListAndRemove()
    {
        WalletListModel list;
        QAbstractItemModelTester tester(&list,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        list.setSession(m_session.get());
        const int before = list.rowCount();

        const QString password = api(u"alice"_s, u"phoenixd"_s).value(u"password").toString();
        auto s = phoenixd(password);
        s->test();
        QTRY_COMPARE(s->state(), State::Tested);
        s->save(u"alice-node"_s);
        QTRY_VERIFY2(s->state() == State::Saved, qPrintable(s->errorText()));
        QVERIFY(!s->hasSecret()); // forgotten once kept
        QTRY_COMPARE(list.rowCount(), before + 1);
        const QModelIndex row = list.index(list.rowCount() - 1);
        QCOMPARE(row.data(WalletListModel::NameRole).toString(), u"alice-node"_s);
        QCOMPARE(row.data(WalletListModel::KindRole).toString(), u"phoenixd"_s);
        QVERIFY(row.data(WalletListModel::IsDefaultRole).toBool());
        QVERIFY(!row.data(WalletListModel::ReceiveOnlyRole).toBool());

        // The secret is in the keychain, not in the data folder; the engine pays through it.
        EngineSession *e = m_session->engine();
        auto stored = e->accounts().wallet(e->profile().id, u"alice-node"_s);
        QVERIFY(stored && *stored);
        const QString key = *e->accounts().walletSecretKey((*stored)->id);
        QCOMPARE(wait(e->secrets().read(key)).value_or(QByteArray()), password.toUtf8());
        QVERIFY(!folderContains(m_dir.path(), password.toUtf8()));
        auto wallet = wait(e->requireWallet());
        QVERIFY(wallet);
        QCOMPARE((*wallet)->kind(), u"phoenixd"_s);

        // A second, receive-only connection; then the first is removed with its secret.
        auto receiver =
            phoenixd(api(u"alice"_s, u"phoenixd"_s).value(u"limited_password").toString());
        receiver->setReceiveOnly(true);
        receiver->test();
        QTRY_COMPARE(receiver->state(), State::Tested);
        receiver->save(u"Receiving"_s, false);
        QTRY_COMPARE(list.rowCount(), before + 2);
        QVERIFY(list.index(before + 1).data(WalletListModel::ReceiveOnlyRole).toBool());
        QVERIFY(!list.index(before + 1).data(WalletListModel::IsDefaultRole).toBool());

        list.makeDefault(before + 1);
        QTRY_VERIFY(list.index(before + 1).data(WalletListModel::IsDefaultRole).toBool());
        QVERIFY(!list.index(before).data(WalletListModel::IsDefaultRole).toBool());

        list.remove(before);
        QTRY_COMPARE(list.rowCount(), before + 1);
        QCOMPARE(list.index(before).data(WalletListModel::NameRole).toString(), u"Receiving"_s);
        const auto gone = wait(e->secrets().read(key));
        QVERIFY(!gone);
        QCOMPARE(gone.error().kind, AppError::Kind::NotFound);
        QVERIFY(list.errorText().isEmpty());
    }

    void balanceShownAndRefreshed()
    {
        QTemporaryDir dir;
        Session session(sessionOptions(dir.path(), std::make_shared<MemorySecretStore>()));
        QTRY_COMPARE(session.setupState(), Session::SetupState::NeedsSetup);

        WalletBalance balance;
        balance.setSession(&session);
        QCOMPARE(balance.state(), WalletBalance::State::NoWallet);
        QVERIFY(!balance.errorText().isEmpty());
        QVERIFY(balance.balanceText().isEmpty());

        QString why;
        QVERIFY2(connectSandboxWallet(session, m_sandbox, u"alice"_s, u"alice-node"_s, &why),
                 qPrintable(why));

        QSignalSpy changed(&balance, &WalletBalance::changed);
        balance.refresh();
        QCOMPARE(balance.state(), WalletBalance::State::Loading);
        QTRY_COMPARE(balance.state(), WalletBalance::State::Ready);
        QCOMPARE(balance.balanceSats(), m_sandbox.balance(u"alice"_s));
        QCOMPARE(balance.balanceText(), u"%1 sat"_s.arg(balance.balanceSats()));
        QCOMPARE(balance.shownWallet(), u"alice-node"_s);
        QVERIFY(balance.errorText().isEmpty());
        const QDateTime first = balance.refreshedAt();
        QVERIFY(first.isValid());
        QVERIFY(balance.autoTopUpText().isEmpty()); // off by default

        // Money arrives: a refresh shows it, with a later time.
        const QString invoice = m_sandbox.createInvoice(u"alice"_s, 1'234, u"in"_s);
        QVERIFY(!invoice.isEmpty());
        QCOMPARE(m_sandbox.pay(u"bob"_s, invoice).status, 200);
        QTest::qWait(5);
        balance.refresh();
        QTRY_COMPARE(balance.state(), WalletBalance::State::Ready);
        QCOMPARE(balance.balanceSats(), m_sandbox.balance(u"alice"_s));
        QVERIFY(balance.refreshedAt() > first);

        // Another wallet on demand: one nobody answers for is an error, not a balance.
        EngineSession *e = session.engine();
        QVERIFY(addWalletConnection(*e, u"unplugged"_s, u"phoenixd"_s,
                                    QUrl(u"http://127.0.0.1:9"_s), QByteArray("password")));
        balance.setWalletName(u"unplugged"_s);
        QTRY_COMPARE(balance.state(), WalletBalance::State::Failed);
        QVERIFY(!balance.errorText().isEmpty());
        QVERIFY(!balance.errorText().contains(u"password"));
        QVERIFY(balance.balanceText().isEmpty()); // the other wallet's balance is not shown
        QCOMPARE(balance.shownWallet(), u"unplugged"_s);

        balance.setWalletName({});
        QTRY_COMPARE(balance.state(), WalletBalance::State::Ready);
        QCOMPARE(balance.shownWallet(), u"alice-node"_s);
    }
};

QTEST_GUILESS_MAIN(TestWalletSetup)
#include "tst_walletsetup.moc"
