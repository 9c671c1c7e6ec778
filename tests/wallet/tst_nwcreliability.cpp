// SPDX-License-Identifier: GPL-3.0-or-later
// NwcWallet when relays misbehave: sockets dropped mid-request, responses held back, responses
// never sent, a relay restarted, a relay gone. Whatever happens, no preimage is lost and no
// invoice is paid twice.
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

int portOf(const NodePeer &relay)
{
    return QUrl(relay.value("url")).port();
}

} // namespace

class TestNwcReliability : public QObject {
    Q_OBJECT

private:
    SandboxProcess sandbox;

    //! Waits for a pay future while `during` runs once the request is on its way.
    static std::optional<PaymentOutcome> payWhile(NwcWallet &wallet, const Bolt11Invoice &invoice,
                                                  std::chrono::milliseconds timeout,
                                                  const std::function<void()> &during)
    {
        QFuture<PaymentOutcome> f = wallet.payInvoice(invoice, MilliSats(0), timeout);
        during();
        return tryAwait(f, int(timeout.count()) + 5'000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(sandbox.start({u"--wallet"_s, u"alice:200000"_s, u"--wallet"_s, u"bob:0"_s}));
    }

    void dropDuringDelayedPay()
    {
        NodePeer relay, service;
        QVERIFY(startRelay(relay));
        QVERIFY(startService(service, sandbox, {relay.value("url")}, u"alice"_s));
        auto wallet = walletFor(service);
        QVERIFY(tryAwait(wallet->balance()).value_or(fail(AppError())));
        serviceAdmin(service, u"/delay-pay"_s, {{u"ms"_s, 2'000}});
        const Bolt11Invoice invoice = decoded(sandbox.createInvoice(u"bob"_s, 500));
        const qint64 bobBefore = sandbox.walletBalance(u"bob"_s);

        const auto paid = payWhile(*wallet, invoice, std::chrono::milliseconds(20'000), [&] {
            QVERIFY(waitUntil(
                [&] { return methodCount(service, u"pay_invoice"_s, u"requests"_s) == 1; }));
            relayAdmin(relay, u"/drop"_s); // every socket, ours and the service's
        });
        QVERIFY(paid);
        QVERIFY2(*paid, errorText(*paid).constData());
        QCOMPARE((*paid)->state, State::Succeeded);
        QVERIFY(verifyPreimage(*(*paid)->preimage, invoice.paymentHash));
        QVERIFY(wallet->client()->pool()->relays().first()->reconnectCount() >= 1);
        QCOMPARE(timesPaid(service, invoice.paymentHash), 1);
        QCOMPARE(methodCount(service, u"pay_invoice"_s, u"requests"_s), 1);
        QCOMPARE(sandbox.walletBalance(u"bob"_s), bobBefore + 500);
    }

    void heldResponseArrivesAfterResubscribe()
    {
        NodePeer relay, service;
        QVERIFY(startRelay(relay));
        QVERIFY(startService(service, sandbox, {relay.value("url")}, u"alice"_s));
        auto wallet = walletFor(service);
        QVERIFY(tryAwait(wallet->balance()).value_or(fail(AppError())));
        // The response is stored but not broadcast: only a new REQ (with since) finds it.
        relayAdmin(relay, u"/hold-kind"_s, {{u"kind"_s, 23195}, {u"count"_s, 1}});
        const Bolt11Invoice invoice = decoded(sandbox.createInvoice(u"bob"_s, 600));

        const auto paid = payWhile(*wallet, invoice, std::chrono::milliseconds(20'000), [&] {
            QVERIFY(waitUntil([&] { return timesPaid(service, invoice.paymentHash) == 1; }));
            QVERIFY(waitUntil(
                [&] { return relayAdmin(relay, u"/stats"_s).value(u"held").toInteger() == 1; }));
            // Long enough that a REQ with `since` set to the reconnect time would miss it.
            QTest::qWait(2'100);
            relayAdmin(relay, u"/drop"_s);
        });
        QVERIFY(paid);
        QVERIFY2(*paid, errorText(*paid).constData());
        QCOMPARE((*paid)->state, State::Succeeded);
        QVERIFY(verifyPreimage(*(*paid)->preimage, invoice.paymentHash));
        QCOMPARE(timesPaid(service, invoice.paymentHash), 1);
        QCOMPARE(methodCount(service, u"pay_invoice"_s, u"requests"_s), 1);
    }

    void lostResponseIsPendingThenLookedUp()
    {
        NodePeer relay, service;
        QVERIFY(startRelay(relay));
        QVERIFY(startService(service, sandbox, {relay.value("url")}, u"alice"_s));
        auto wallet = walletFor(service);
        QVERIFY(tryAwait(wallet->balance()).value_or(fail(AppError())));
        serviceAdmin(service, u"/drop-next-response"_s,
                     {{u"count"_s, 1}, {u"method"_s, u"pay_invoice"_s}});
        const Bolt11Invoice invoice = decoded(sandbox.createInvoice(u"bob"_s, 700));
        const qint64 bobBefore = sandbox.walletBalance(u"bob"_s);

        const auto paid = tryAwait(
            wallet->payInvoice(invoice, MilliSats(0), std::chrono::milliseconds(3'000)), 10'000);
        QVERIFY(paid);
        QVERIFY2(*paid, errorText(*paid).constData());
        QCOMPARE((*paid)->state, State::Pending); // never Failed: it did go through
        QVERIFY(!(*paid)->preimage);

        const auto looked = tryAwait(wallet->lookupPayment(invoice.paymentHash));
        QVERIFY(looked);
        QVERIFY2(*looked, errorText(*looked).constData());
        QCOMPARE((*looked)->state, State::Succeeded);
        QVERIFY((*looked)->preimage);
        QVERIFY(verifyPreimage(*(*looked)->preimage, invoice.paymentHash));

        // The timed-out request was neither re-signed nor re-sent.
        QTest::qWait(1'000);
        QCOMPARE(timesPaid(service, invoice.paymentHash), 1);
        QCOMPARE(methodCount(service, u"pay_invoice"_s, u"requests"_s), 1);
        QCOMPARE(serviceStats(service).value(u"requests").toObject().value(u"duplicates"),
                 QJsonValue(0));
        QCOMPARE(sandbox.walletBalance(u"bob"_s), bobBefore + 700);
    }

    void relayRestartedOnSamePort()
    {
        NodePeer relay, service;
        QVERIFY(startRelay(relay));
        QVERIFY(startService(service, sandbox, {relay.value("url")}, u"alice"_s));
        auto wallet = walletFor(service);
        QVERIFY(tryAwait(wallet->balance()).value_or(fail(AppError())));
        RelayConnection *connection = wallet->client()->pool()->relays().first();
        const int port = portOf(relay);
        const int before = connection->reconnectCount();

        relay.kill();
        QVERIFY(waitUntil([&] { return !connection->isConnected(); }, 5'000));
        QTest::qWait(1'500); // several attempts fail while it is down, backing off
        QVERIFY(connection->reconnectCount() >= before + 2);
        QVERIFY(startRelay(relay, port));

        QVERIFY(waitUntil([&] { return connection->isConnected(); }, 10'000));
        // The service resubscribes on its own schedule; the request waits for that.
        QVERIFY(waitUntil(
            [&] { return relayAdmin(relay, u"/stats"_s).value(u"reqs").toInteger() >= 1; },
            15'000));
        const auto balance = tryAwait(wallet->balance());
        QVERIFY(balance);
        QVERIFY2(*balance, errorText(*balance).constData());
        QCOMPARE((*balance)->msat(), sandbox.walletBalance(u"alice"_s) * 1000);
    }

    //! The wallet switched encryption after its info event was read: a balance is asked again
    //! in the new scheme; a payment is refused unpaid, and the next attempt pays once.
    void walletChangedItsEncryption()
    {
        NodePeer relay, service;
        QVERIFY(startRelay(relay));
        const QStringList relays{relay.value("url")};
        QVERIFY(startService(service, sandbox, relays, u"alice"_s,
                             {u"--seed"_s, u"switch"_s, u"--encryption"_s, u"both"_s}));
        auto wallet = walletFor(service);
        QVERIFY(tryAwait(wallet->balance()).value_or(fail(AppError())));

        // The same wallet keys, a newer info event (created_at is in seconds).
        service.kill();
        QTest::qWait(1'100);
        QVERIFY(startService(service, sandbox, relays, u"alice"_s,
                             {u"--seed"_s, u"switch"_s, u"--encryption"_s, u"nip04"_s}));
        const auto balance = tryAwait(wallet->balance());
        QVERIFY(balance);
        QVERIFY2(*balance, errorText(*balance).constData());
        QCOMPARE((*balance)->msat(), sandbox.walletBalance(u"alice"_s) * 1000);
        QJsonObject requests = serviceStats(service).value(u"requests").toObject();
        QCOMPARE(requests.value(u"unsupported_encryption").toInteger(), 1);

        service.kill();
        QTest::qWait(1'100);
        QVERIFY(startService(service, sandbox, relays, u"alice"_s,
                             {u"--seed"_s, u"switch"_s, u"--encryption"_s, u"nip44_v2"_s}));
        const qint64 bobBefore = sandbox.walletBalance(u"bob"_s);
        const Bolt11Invoice invoice = decoded(sandbox.createInvoice(u"bob"_s, 700));
        const std::chrono::milliseconds timeout(10'000);
        const auto refused = tryAwait(wallet->payInvoice(invoice, MilliSats(0), timeout), 15'000);
        QVERIFY(refused);
        QVERIFY(!*refused);
        QCOMPARE(refused->error().code, u"UNSUPPORTED_ENCRYPTION"_s);
        QCOMPARE(timesPaid(service, invoice.paymentHash), 0);
        QCOMPARE(sandbox.walletBalance(u"bob"_s), bobBefore);

        const auto paid = tryAwait(wallet->payInvoice(invoice, MilliSats(0), timeout), 15'000);
        QVERIFY(paid);
        QVERIFY2(*paid, errorText(*paid).constData());
        QCOMPARE((*paid)->state, State::Succeeded);
        QVERIFY(verifyPreimage(*(*paid)->preimage, invoice.paymentHash));
        QCOMPARE(timesPaid(service, invoice.paymentHash), 1);
        QCOMPARE(sandbox.walletBalance(u"bob"_s), bobBefore + 700);
    }

    void secondRelayCarriesOnWhenFirstIsDown()
    {
        NodePeer first, second, service;
        QVERIFY(startRelay(first));
        QVERIFY(startRelay(second));
        QVERIFY(
            startService(service, sandbox, {first.value("url"), second.value("url")}, u"alice"_s));
        first.kill();
        auto wallet = walletFor(service);
        QCOMPARE(wallet->client()->pool()->relays().size(), 2);

        const auto balance = tryAwait(wallet->balance());
        QVERIFY(balance);
        QVERIFY2(*balance, errorText(*balance).constData());
        const Bolt11Invoice invoice = decoded(sandbox.createInvoice(u"bob"_s, 800));
        const auto paid = tryAwait(
            wallet->payInvoice(invoice, MilliSats(0), std::chrono::milliseconds(15'000)), 20'000);
        QVERIFY(paid);
        QVERIFY2(*paid, errorText(*paid).constData());
        QCOMPARE((*paid)->state, State::Succeeded);
        QVERIFY(verifyPreimage(*(*paid)->preimage, invoice.paymentHash));
        QCOMPARE(timesPaid(service, invoice.paymentHash), 1);
        QVERIFY(!wallet->client()->pool()->relays().first()->isConnected());
    }
};

QTEST_GUILESS_MAIN(TestNwcReliability)
#include "tst_nwcreliability.moc"
