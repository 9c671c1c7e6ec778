// SPDX-License-Identifier: GPL-3.0-or-later
// The Session with the real keychain (a Secret Service): "Try the sandbox" keeps the 402ai
// token and the wallet password there, none in the data folder, and a restart finds them.

#include "markets/aiforhire/hireclient.h"
#include "sandbox/sandboxprocess.h"
#include "sandboxsetup.h"
#include "secrets/keychainsecretstore.h"
#include "sessiontestkit.h"

#include <QTemporaryDir>
#include <QTest>

using namespace lw;
using namespace lwtest;
using State = Session::SetupState;

class TestSessionKeychain : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void sandboxWithKeychain()
    {
        SandboxProcess sandbox;
        QVERIFY(sandbox.start(sandboxArgs({.buyerSats = 100'000})));
        QTemporaryDir dir;
        Session::Options o = Session::defaultOptions();
        o.dataDir = dir.path();
        o.sandboxUrl = sandbox.url();
        o.sandboxAdminKey = sandbox.adminKey().toUtf8();
        QByteArray token;
        {
            Session session(o);
            QTRY_COMPARE_WITH_TIMEOUT(session.keychainState(), Session::KeychainState::Available,
                                      15'000);
            QTRY_COMPARE(session.setupState(), State::NeedsSetup);
            session.trySandbox();
            QTRY_COMPARE_WITH_TIMEOUT(session.setupState(), State::Ready, 30'000);
            auto account = session.engine()->onlyAccount(MarketKind::AiForHire, QString());
            QVERIFY(account);
            auto key = session.engine()->accounts().accountSecretKey(account->id);
            QVERIFY(key);
            // In the system keychain, as any other reader of it sees it.
            KeychainSecretStore keychain;
            auto stored = wait(keychain.read(*key));
            QVERIFY(stored);
            token = *stored;
            QVERIFY(token.size() > 8);
            QCOMPARE(sandbox.hireBalance(token), SandboxSetup::buyerTopupSats);
        }
        QVERIFY(!folderContains(dir.path(), token));
        const QByteArray password = sandbox.wallet(QStringLiteral("buyer"))
                                        .value(u"phoenixd")
                                        .toObject()
                                        .value(u"password")
                                        .toString()
                                        .toUtf8();
        QVERIFY(!folderContains(dir.path(), password));

        Session again(o);
        QTRY_COMPARE_WITH_TIMEOUT(again.setupState(), State::Ready, 15'000);
        auto client = wait(again.engine()->hire(QString()));
        QVERIFY(client);
        QVERIFY((*client)->hasToken());
        auto me = wait((*client)->me());
        QVERIFY(me);
        QCOMPARE(me->balance.msat() / 1000, SandboxSetup::buyerTopupSats);
    }
};

QTEST_GUILESS_MAIN(TestSessionKeychain)
#include "tst_session_keychain.moc"
