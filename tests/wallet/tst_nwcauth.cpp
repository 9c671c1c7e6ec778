// SPDX-License-Identifier: GPL-3.0-or-later
// NwcWallet against a relay that wants NIP-42 authentication for the connection's key: the
// refused subscription goes again once the relay accepts our AUTH, after every reconnect too;
// when the relay refuses our AUTH, requests end unsent at once and nothing is paid.
#include "lightning/bolt11decoder.h"
#include "lightning/preimage.h"
#include "wallet/nwcpeers.h"

#include <QTest>

using namespace lw;
using namespace lwtest;
using namespace Qt::Literals::StringLiterals;
using State = OutgoingPayment::State;

namespace {

template <typename T>
QByteArray errorText(const Result<T, AppError> &r)
{
    return r ? QByteArray() : r.error().describe().toUtf8();
}

Bolt11Invoice decoded(const QString &text)
{
    const auto d = decodeBolt11(text);
    return d ? *d : Bolt11Invoice();
}

qint64 relayStat(NodePeer &relay, const QString &name)
{
    return relayAdmin(relay, u"/stats"_s).value(name).toInteger(-1);
}

//! From now on the relay serves and takes the wallet's client key only once authenticated.
bool requireAuth(NodePeer &relay, NwcWallet &wallet)
{
    const QString pubkey = wallet.client()->clientPubkey().toHex();
    return relayAdmin(relay, u"/require-auth"_s, {{u"pubkey"_s, pubkey}}).value(u"pubkey")
           == pubkey;
}

} // namespace

class TestNwcAuth : public QObject {
    Q_OBJECT

private:
    SandboxProcess sandbox;

    //! A relay started with `relayArgs`, a service on it, and a wallet the relay gates.
    struct Rig {
        NodePeer relay;
        NodePeer service;
        std::unique_ptr<NwcWallet> wallet;
    };
    bool startRig(Rig &rig, const QStringList &relayArgs)
    {
        if (!startRelay(rig.relay, 0, relayArgs)
            || !startService(rig.service, sandbox, {rig.relay.value("url")}, u"alice"_s))
            return false;
        rig.wallet = walletFor(rig.service);
        return rig.wallet && requireAuth(rig.relay, *rig.wallet);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(sandbox.start({u"--wallet"_s, u"alice:200000"_s, u"--wallet"_s, u"bob:0"_s}));
    }

    void balanceAfterAuth()
    {
        Rig rig;
        QVERIFY(startRig(rig, {u"--auth"_s}));
        const auto balance = tryAwait(rig.wallet->balance());
        QVERIFY(balance);
        QVERIFY2(*balance, errorText(*balance).constData());
        QCOMPARE((*balance)->msat(), sandbox.walletBalance(u"alice"_s) * 1000);
        // The relay did refuse us first; one AUTH on our one connection lifted it.
        const qint64 refusals = relayStat(rig.relay, u"auth_required"_s);
        QVERIFY(refusals >= 1);
        QCOMPARE(relayStat(rig.relay, u"auth_ok"_s), 1);
        QCOMPARE(relayStat(rig.relay, u"auth_failed"_s), 0);

        // Authenticated now: the next request is not refused and needs no new AUTH.
        const auto again = tryAwait(rig.wallet->balance());
        QVERIFY(again);
        QVERIFY2(*again, errorText(*again).constData());
        QCOMPARE(relayStat(rig.relay, u"auth_required"_s), refusals);
        QCOMPARE(relayStat(rig.relay, u"auth_ok"_s), 1);
        QCOMPARE(rig.wallet->client()->pool()->relays().first()->reconnectCount(), 0);
    }

    void paymentAfterAuth()
    {
        Rig rig;
        QVERIFY(startRig(rig, {u"--auth"_s}));
        const Bolt11Invoice invoice = decoded(sandbox.createInvoice(u"bob"_s, 400));
        const qint64 bobBefore = sandbox.walletBalance(u"bob"_s);

        const auto paid = tryAwait(
            rig.wallet->payInvoice(invoice, MilliSats(0), std::chrono::milliseconds(10'000)),
            15'000);
        QVERIFY(paid);
        QVERIFY2(*paid, errorText(*paid).constData());
        QCOMPARE((*paid)->state, State::Succeeded);
        QVERIFY((*paid)->preimage);
        QVERIFY(verifyPreimage(*(*paid)->preimage, invoice.paymentHash));
        QVERIFY(relayStat(rig.relay, u"auth_required"_s) >= 1);
        QCOMPARE(relayStat(rig.relay, u"auth_ok"_s), 1);
        QTest::qWait(300); // a second pay request would have arrived by now
        QCOMPARE(timesPaid(rig.service, invoice.paymentHash), 1);
        QCOMPARE(methodCount(rig.service, u"pay_invoice"_s, u"requests"_s), 1);
        QCOMPARE(sandbox.walletBalance(u"bob"_s), bobBefore + 400);
    }

    void authenticatesAgainAfterDrop()
    {
        Rig rig;
        QVERIFY(startRig(rig, {u"--auth"_s}));
        QVERIFY(tryAwait(rig.wallet->balance()).value_or(fail(AppError())));
        QCOMPARE(relayStat(rig.relay, u"auth_ok"_s), 1);
        const qint64 refusals = relayStat(rig.relay, u"auth_required"_s);
        const qint64 reqs = relayStat(rig.relay, u"reqs"_s);
        RelayConnection *connection = rig.wallet->client()->pool()->relays().first();

        QVERIFY(relayAdmin(rig.relay, u"/drop"_s).value(u"dropped").toInteger() >= 2);
        QVERIFY(waitUntil(
            [&] { return connection->reconnectCount() >= 1 && connection->isConnected(); }));
        // Our client has no open subscription, so new REQs are the service's: it is back.
        QVERIFY(waitUntil([&] { return relayStat(rig.relay, u"reqs"_s) > reqs; }));

        const auto balance = tryAwait(rig.wallet->balance());
        QVERIFY(balance);
        QVERIFY2(*balance, errorText(*balance).constData());
        QCOMPARE((*balance)->msat(), sandbox.walletBalance(u"alice"_s) * 1000);
        // A new socket is a new challenge: refused again, authenticated again.
        QVERIFY(relayStat(rig.relay, u"auth_required"_s) > refusals);
        QCOMPARE(relayStat(rig.relay, u"auth_ok"_s), 2);
    }

    //! The relay checks our AUTH against another host name, so it refuses every one.
    void refusedAuthEndsUnsentAndUnpaid()
    {
        Rig rig;
        QVERIFY(startRig(rig, {u"--auth-hostname"_s, u"example.invalid"_s}));
        QElapsedTimer clock;
        clock.start();
        const auto balance = tryAwait(rig.wallet->balance());
        QVERIFY(balance);
        QVERIFY(!*balance);
        QCOMPARE(balance->error().kind, AppError::Kind::Network);
        QVERIFY2(balance->error().message.contains(u"auth"_s), errorText(*balance).constData());
        // Refused outright, not left to the request's timeout.
        QVERIFY2(clock.elapsed() < fastTimeouts().quick.count() / 2,
                 QByteArray::number(clock.elapsed()).constData());
        QVERIFY(relayStat(rig.relay, u"auth_failed"_s) >= 1);
        QCOMPARE(relayStat(rig.relay, u"auth_ok"_s), 0);

        const Bolt11Invoice invoice = decoded(sandbox.createInvoice(u"bob"_s, 900));
        const qint64 bobBefore = sandbox.walletBalance(u"bob"_s);
        const std::chrono::milliseconds timeout(10'000);
        clock.restart();
        const auto paid = tryAwait(rig.wallet->payInvoice(invoice, MilliSats(0), timeout), 15'000);
        QVERIFY(paid);
        // Not Pending: the relay refused the request, so the wallet never saw it.
        QVERIFY2(!*paid, "a refused request must fail, not be Pending or Succeeded");
        QCOMPARE(paid->error().kind, AppError::Kind::Network);
        QVERIFY2(clock.elapsed() < timeout.count() / 2,
                 QByteArray::number(clock.elapsed()).constData());
        QTest::qWait(300);
        QCOMPARE(methodCount(rig.service, u"pay_invoice"_s, u"requests"_s), 0);
        QCOMPARE(timesPaid(rig.service, invoice.paymentHash), 0);
        QCOMPARE(sandbox.walletBalance(u"bob"_s), bobBefore);
    }
};

QTEST_GUILESS_MAIN(TestNwcAuth)
#include "tst_nwcauth.moc"
