// SPDX-License-Identifier: GPL-3.0-or-later
// NwcWallet against real peers: the npm relay, the npm wallet service (@getalby/sdk) and the
// sandbox's phoenixd wallets, where paying moves sats. Drops, holds and restarts are in
// tst_nwcreliability.cpp.
#include "lightning/bolt11decoder.h"
#include "lightning/preimage.h"
#include "wallet/nwcpeers.h"

#include <QSignalSpy>
#include <QTest>

using namespace lw;
using namespace lwtest;
using namespace Qt::Literals::StringLiterals;
using State = OutgoingPayment::State;

namespace {

constexpr std::chrono::milliseconds payTimeout{20'000};

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

} // namespace

class TestNwcWallet : public QObject {
    Q_OBJECT

private:
    SandboxProcess sandbox;
    NodePeer relay;
    NodePeer service; //!< over alice, NIP-44 and NIP-04, notifications
    std::unique_ptr<NwcWallet> wallet;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(sandbox.start({u"--wallet"_s, u"alice:100000"_s, u"--wallet"_s, u"bob:0"_s,
                               u"--wallet"_s, u"carol:50000"_s}));
        QVERIFY(startRelay(relay));
        QVERIFY(startService(service, sandbox, {relay.value("url")}, u"alice"_s,
                             {u"--notifications"_s, u"--lud16"_s, u"alice@sandbox.test"_s}));
        wallet = walletFor(service);
        QVERIFY(wallet);
    }
    void cleanupTestCase()
    {
        wallet.reset();
        service.stop();
        relay.stop();
    }

    void identity()
    {
        QCOMPARE(wallet->kind(), u"nwc"_s);
        QCOMPARE(wallet->network(), Network::Regtest);
        QVERIFY(!wallet->supportsFeeLimit());
        QCOMPARE(wallet->clientPubkey().toHex(), service.value("client_pubkey"));
        QVERIFY(wallet->events());
    }

    void testConnectionReportsInfoAndBalance()
    {
        const auto report = tryAwait(wallet->testConnection(), 20'000);
        QVERIFY(report);
        QVERIFY2(*report, errorText(*report).constData());
        QCOMPARE((*report)->info.network, Network::Regtest);
        QCOMPARE((*report)->info.alias, u"Lightwork test wallet"_s);
        QCOMPARE((*report)->balance.msat(), sandbox.walletBalance(u"alice"_s) * 1000);
        // Encryption negotiated from the info event: NIP-44 when offered.
        const auto caps = tryAwait(wallet->client()->capabilities());
        QVERIFY(caps && *caps);
        QVERIFY((*caps)->nip44);
        QVERIFY((*caps)->supports(u"pay_invoice"_s));
    }

    void infoAndBalance()
    {
        const auto info = tryAwait(wallet->info());
        QVERIFY(info);
        QVERIFY2(*info, errorText(*info).constData());
        QCOMPARE((*info)->network, Network::Regtest);
        const auto balance = tryAwait(wallet->balance());
        QVERIFY(balance && *balance);
        QCOMPARE((*balance)->msat(), sandbox.walletBalance(u"alice"_s) * 1000);
        const auto permission = tryAwait(wallet->payPermission());
        QVERIFY(permission && *permission);
        QCOMPARE(**permission, Wallet::PayPermission::Granted);
    }

    void payMovesSandboxSatsExactlyOnce()
    {
        QSignalSpy sent(wallet->events(), &WalletEvents::paymentSent);
        const qint64 aliceBefore = sandbox.walletBalance(u"alice"_s);
        const qint64 bobBefore = sandbox.walletBalance(u"bob"_s);
        const Bolt11Invoice invoice = decoded(sandbox.createInvoice(u"bob"_s, 1'234));
        QVERIFY(invoice.amount);

        const auto paid = tryAwait(wallet->payInvoice(invoice, MilliSats(0), payTimeout));
        QVERIFY(paid);
        QVERIFY2(*paid, errorText(*paid).constData());
        QCOMPARE((*paid)->state, State::Succeeded);
        QVERIFY((*paid)->preimage);
        QVERIFY(verifyPreimage(*(*paid)->preimage, invoice.paymentHash));
        QCOMPARE((*paid)->amount, *invoice.amount);

        QCOMPARE(sandbox.walletBalance(u"bob"_s), bobBefore + 1'234);
        const qint64 fee = (*paid)->fee.ceilSats();
        QCOMPARE(sandbox.walletBalance(u"alice"_s), aliceBefore - 1'234 - fee);
        QCOMPARE(timesPaid(service, invoice.paymentHash), 1);
        QCOMPARE(methodCount(service, u"pay_invoice"_s, u"requests"_s), 1);

        // payment_sent arrives, with its preimage checked.
        QVERIFY(waitUntil([&] { return sent.size() >= 1; }, 5'000));
        const auto note = sent.first().first().value<OutgoingPayment>();
        QCOMPARE(note.paymentHash, invoice.paymentHash);
        QCOMPARE(note.state, State::Succeeded);

        // Looked up afterwards: the same verified payment.
        const auto looked = tryAwait(wallet->lookupPayment(invoice.paymentHash));
        QVERIFY(looked && *looked);
        QCOMPARE((*looked)->state, State::Succeeded);
        QCOMPARE(*(*looked)->preimage, *(*paid)->preimage);
    }

    void refusedBeforeSending()
    {
        const Bolt11Invoice amountless = decoded(sandbox.createInvoice(u"bob"_s, 0));
        const auto r = tryAwait(wallet->payInvoice(amountless, MilliSats(0), payTimeout));
        QVERIFY(r && !*r);
        QCOMPARE(r->error().kind, AppError::Kind::Refused);
        QCOMPARE(methodCount(service, u"pay_invoice"_s, u"requests"_s), 1); // only the earlier one
    }

    void makeInvoiceThenPaidFromElsewhere()
    {
        QSignalSpy received(wallet->events(), &WalletEvents::paymentReceived);
        const auto made = tryAwait(wallet->createInvoice(MilliSats(2'500'000), u"nwc test"_s, 600));
        QVERIFY(made);
        QVERIFY2(*made, errorText(*made).constData());
        const Bolt11Invoice invoice = decoded((*made)->bolt11);
        QCOMPARE(invoice.amount, MilliSats(2'500'000));
        QCOMPARE(invoice.network, Network::Regtest);
        QCOMPARE(invoice.paymentHash, (*made)->paymentHash);

        const auto before = tryAwait(wallet->lookupInvoice((*made)->paymentHash));
        QVERIFY(before && *before);
        QCOMPARE((*before)->state, IncomingPayment::State::Unpaid);

        QCOMPARE(sandbox.pay(u"carol"_s, (*made)->bolt11).status, 200);
        const auto after = tryAwait(wallet->lookupInvoice((*made)->paymentHash));
        QVERIFY(after && *after);
        QCOMPARE((*after)->state, IncomingPayment::State::Paid);
        QCOMPARE((*after)->received, MilliSats(2'500'000));

        QVERIFY(waitUntil([&] { return received.size() >= 1; }, 15'000));
        const auto note = received.first().first().value<IncomingPayment>();
        QCOMPARE(note.paymentHash, (*made)->paymentHash);
        QCOMPARE(note.state, IncomingPayment::State::Paid);
        QCOMPARE(note.received, MilliSats(2'500'000));
    }

    void unknownHashesAreNotFound()
    {
        const PaymentHash hash = paymentHashOf(generatePreimage());
        const auto incoming = tryAwait(wallet->lookupInvoice(hash));
        QVERIFY(incoming && *incoming);
        QCOMPARE((*incoming)->state, IncomingPayment::State::NotFound);
        const auto outgoing = tryAwait(wallet->lookupPayment(hash));
        QVERIFY(outgoing && *outgoing);
        QCOMPARE((*outgoing)->state, State::NotFound);
    }

    void errorCodesMapped_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<AppError::Kind>("kind");
        QTest::addColumn<QString>("says");
        QTest::newRow("RATE_LIMITED")
            << u"RATE_LIMITED"_s << AppError::Kind::RateLimited << u"too many requests"_s;
        QTest::newRow("NOT_IMPLEMENTED") << u"NOT_IMPLEMENTED"_s << AppError::Kind::Invalid
                                         << u"does not support this request"_s;
        QTest::newRow("INSUFFICIENT_BALANCE")
            << u"INSUFFICIENT_BALANCE"_s << AppError::Kind::Wallet << u"enough funds"_s;
        QTest::newRow("QUOTA_EXCEEDED")
            << u"QUOTA_EXCEEDED"_s << AppError::Kind::Wallet << u"budget"_s;
        QTest::newRow("RESTRICTED")
            << u"RESTRICTED"_s << AppError::Kind::Unauthorised << u"not allowed"_s;
        QTest::newRow("UNAUTHORIZED") << u"UNAUTHORIZED"_s << AppError::Kind::Unauthorised
                                      << u"does not know this connection"_s;
        QTest::newRow("INTERNAL") << u"INTERNAL"_s << AppError::Kind::Server << u"internal error"_s;
        QTest::newRow("UNSUPPORTED_ENCRYPTION")
            << u"UNSUPPORTED_ENCRYPTION"_s << AppError::Kind::Invalid << u"encryption"_s;
        QTest::newRow("OTHER") << u"OTHER"_s << AppError::Kind::Wallet << u"reported an error"_s;
        QTest::newRow("PAYMENT_FAILED")
            << u"PAYMENT_FAILED"_s << AppError::Kind::Wallet << u"could not make the payment"_s;
        QTest::newRow("NOT_FOUND") << u"NOT_FOUND"_s << AppError::Kind::NotFound << u"no record"_s;
        QTest::newRow("EXPIRED") << u"EXPIRED"_s << AppError::Kind::Unauthorised << u"expired"_s;
        QTest::newRow("unknown code")
            << u"FAILED_TO_PAY_INVOICE"_s << AppError::Kind::Wallet << u"(FAILED_TO_PAY_INVOICE)"_s;
    }
    void errorCodesMapped()
    {
        QFETCH(QString, code);
        QFETCH(AppError::Kind, kind);
        QFETCH(QString, says);
        serviceAdmin(service, u"/error-next"_s,
                     {{u"code"_s, code},
                      {u"count"_s, 1},
                      {u"method"_s, u"get_balance"_s},
                      {u"message"_s, u"words of the wallet"_s}});
        const auto r = tryAwait(wallet->balance());
        QVERIFY(r);
        QVERIFY(!*r);
        QCOMPARE(r->error().kind, kind);
        QCOMPARE(r->error().code, code);
        QCOMPARE(r->error().serverMessage, u"words of the wallet"_s);
        QVERIFY2(r->error().message.contains(says, Qt::CaseInsensitive),
                 qPrintable(r->error().message));
        // The next request is answered normally again.
        const auto again = tryAwait(wallet->balance());
        QVERIFY(again && *again);
    }

    void payErrorsByMeaning_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("outcome"); // 0 error (nothing sent), 1 Failed, 2 Pending
        QTest::newRow("INSUFFICIENT_BALANCE: not sent") << u"INSUFFICIENT_BALANCE"_s << 0;
        QTest::newRow("RATE_LIMITED: not sent") << u"RATE_LIMITED"_s << 0;
        QTest::newRow("PAYMENT_FAILED: failed") << u"PAYMENT_FAILED"_s << 1;
        QTest::newRow("INTERNAL: may have paid") << u"INTERNAL"_s << 2;
        QTest::newRow("unknown: may have paid") << u"FAILED_TO_PAY_INVOICE"_s << 2;
    }
    void payErrorsByMeaning()
    {
        QFETCH(QString, code);
        QFETCH(int, outcome);
        const Bolt11Invoice invoice = decoded(sandbox.createInvoice(u"bob"_s, 10));
        serviceAdmin(service, u"/error-next"_s,
                     {{u"code"_s, code}, {u"count"_s, 1}, {u"method"_s, u"pay_invoice"_s}});
        const auto r = tryAwait(wallet->payInvoice(invoice, MilliSats(0), payTimeout));
        QVERIFY(r);
        if (outcome == 0) {
            QVERIFY(!*r);
            QCOMPARE(r->error().code, code);
        } else {
            QVERIFY2(*r, errorText(*r).constData());
            QCOMPARE((*r)->state, outcome == 1 ? State::Failed : State::Pending);
            QVERIFY((*r)->reason.contains(code));
            QVERIFY(!(*r)->preimage);
        }
        QCOMPARE(timesPaid(service, invoice.paymentHash), 0);
    }

    void nip04OnlyService()
    {
        NodePeer legacy;
        QVERIFY(startService(legacy, sandbox, {relay.value("url")}, u"alice"_s,
                             {u"--encryption"_s, u"nip04"_s, u"--seed"_s, u"4"_s}));
        auto w = walletFor(legacy);
        QVERIFY(w);
        const auto caps = tryAwait(w->client()->capabilities());
        QVERIFY(caps && *caps);
        QVERIFY(!(*caps)->nip44);
        const auto balance = tryAwait(w->balance());
        QVERIFY(balance);
        QVERIFY2(*balance, errorText(*balance).constData());
        QCOMPARE((*balance)->msat(), sandbox.walletBalance(u"alice"_s) * 1000);
        const QJsonObject requests = serviceStats(legacy).value(u"requests").toObject();
        QCOMPARE(requests.value(u"unsupported_encryption").toInteger(), 0);
        QCOMPARE(requests.value(u"undecryptable").toInteger(), 0);
        QCOMPARE(methodCount(legacy, u"get_balance"_s, u"responses"_s), 1);
    }

    void noPayPermissionIsDenied()
    {
        NodePeer readOnly;
        QVERIFY(startService(readOnly, sandbox, {relay.value("url")}, u"alice"_s,
                             {u"--methods"_s, u"get_balance,get_info,make_invoice,lookup_invoice"_s,
                              u"--seed"_s, u"5"_s}));
        auto w = walletFor(readOnly);
        QVERIFY(w);
        const auto permission = tryAwait(w->payPermission());
        QVERIFY(permission && *permission);
        QCOMPARE(**permission, Wallet::PayPermission::Denied);
        const auto report = tryAwait(w->testConnection(true), 20'000);
        QVERIFY(report && !*report);
        QCOMPARE(report->error().code, QString::fromUtf16(ConnectionProblem::noPayPermission));
        const auto receiveOnly = tryAwait(w->testConnection(false), 20'000);
        QVERIFY(receiveOnly && *receiveOnly);

        const Bolt11Invoice invoice = decoded(sandbox.createInvoice(u"bob"_s, 10));
        const auto r = tryAwait(w->payInvoice(invoice, MilliSats(0), payTimeout));
        QVERIFY(r && !*r);
        QCOMPARE(r->error().kind, AppError::Kind::Unauthorised);
        QCOMPARE(methodCount(readOnly, u"pay_invoice"_s, u"requests"_s), 0);
    }

    void wrongNetworkIsReported()
    {
        auto w = walletFor(service, Network::Mainnet);
        const auto report = tryAwait(w->testConnection(), 20'000);
        QVERIFY(report && !*report);
        QCOMPARE(report->error().code, QString::fromUtf16(ConnectionProblem::wrongNetwork));
    }
};

QTEST_GUILESS_MAIN(TestNwcWallet)
#include "tst_nwcwallet.moc"
