// SPDX-License-Identifier: GPL-3.0-or-later
// LnbitsWallet against the real sandbox binary (its LNbits-compatible API). Answers the sandbox
// never gives, from a hostile fake LNbits, are in tst_lnbitshostile.cpp.
#include "futureutil.h"
#include "lightning/bolt11decoder.h"
#include "lightning/preimage.h"
#include "lnbits/lnbitswallet.h"
#include "net/httpclient.h"
#include "sandbox/sandboxprocess.h"
#include "testutil.h"

#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QTest>

#include <memory>
#include <optional>

using namespace lw;
using namespace Qt::Literals::StringLiterals;
using State = OutgoingPayment::State;
using Incoming = IncomingPayment::State;
constexpr std::chrono::milliseconds payTimeout = PaymentBackend::defaultPayTimeout;

namespace {

template <typename T>
std::optional<T> await(QFuture<T> future, int timeoutMs = 30'000)
{
    return lwtest::tryAwait(std::move(future), timeoutMs);
}

//! The error's description, or nothing for a value (QVERIFY2 evaluates its message eagerly).
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

class TestLnbitsWallet : public QObject {
    Q_OBJECT

private:
    lwtest::SandboxProcess sandbox;
    QNetworkAccessManager network;
    std::unique_ptr<HttpClient> http;

    static QString keyOf(lwtest::SandboxProcess &sbx, const QString &name, const QString &which)
    {
        return sbx.wallet(name).value(u"lnbits").toObject().value(which).toString();
    }
    std::unique_ptr<LnbitsWallet> walletOf(lwtest::SandboxProcess &sbx, const QString &name,
                                           const QString &which = u"admin_key"_s,
                                           Network expected = Network::Regtest)
    {
        const QJsonObject l = sbx.wallet(name).value(u"lnbits").toObject();
        return std::make_unique<LnbitsWallet>(http.get(), QUrl(l.value(u"url").toString()),
                                              l.value(which).toString().toUtf8(), expected);
    }
    static qint64 payCalls(lwtest::SandboxProcess &sbx)
    {
        return sbx.routeCounts().value(u"POST /lnbits/api/v1/payments").toInteger();
    }

private Q_SLOTS:
    void initTestCase()
    {
        network.setProxy(QNetworkProxy::NoProxy);
        http = std::make_unique<HttpClient>(&network);
        QVERIFY(sandbox.start({u"--wallet"_s, u"alice:100000"_s, u"--wallet"_s, u"bob:50000"_s,
                               u"--wallet"_s, u"carol:0"_s}));
        QVERIFY(!keyOf(sandbox, u"alice"_s, u"admin_key"_s).isEmpty());
        QVERIFY(!keyOf(sandbox, u"alice"_s, u"invoice_key"_s).isEmpty());
    }

    void infoBalanceAndConnection()
    {
        auto alice = walletOf(sandbox, u"alice"_s);
        QCOMPARE(alice->kind(), u"lnbits"_s);
        QVERIFY(!alice->supportsFeeLimit());
        QCOMPARE(alice->network(), Network::Regtest);

        const auto info = await(alice->info());
        QVERIFY(info);
        QVERIFY2(*info, errorText(*info).constData());
        QCOMPARE((*info)->network, Network::Regtest);
        // The node id comes from the probe invoice's payee: the sandbox node's.
        QCOMPARE((*info)->nodeId, sandbox.info().value(u"node_id").toString());
        QCOMPARE((*info)->alias, u"alice"_s);

        const auto balance = await(alice->balance());
        QVERIFY(balance && *balance);
        QCOMPARE((*balance)->msat(), 100'000'000);

        const auto permission = await(alice->payPermission());
        QVERIFY(permission && *permission);
        QCOMPARE(**permission, Wallet::PayPermission::Granted);

        const auto report = await(alice->testConnection());
        QVERIFY(report);
        QVERIFY2(*report, errorText(*report).constData());
        QCOMPARE((*report)->info.nodeId, (*info)->nodeId);
        QCOMPARE((*report)->balance.msat(), 100'000'000);
        // Finding all this out paid nothing.
        QCOMPARE(sandbox.walletBalance(u"alice"_s), 100000);
    }

    void invoiceKeyCannotPay()
    {
        auto reader = walletOf(sandbox, u"alice"_s, u"invoice_key"_s);
        const QString invoiceKey = keyOf(sandbox, u"alice"_s, u"invoice_key"_s);
        const auto permission = await(reader->payPermission());
        QVERIFY(permission && *permission);
        QCOMPARE(**permission, Wallet::PayPermission::Denied);

        const auto report = await(reader->testConnection());
        QVERIFY(report && !*report);
        QCOMPARE(report->error().code, u"no_pay_permission"_s);
        QVERIFY2(report->error().message.contains(u"admin key"_s),
                 qPrintable(report->error().message));
        QVERIFY(!report->error().describe().contains(invoiceKey));
        // Receiving is what the invoice key is for.
        const auto receiving = await(reader->testConnection(false));
        QVERIFY2(receiving && *receiving, receiving ? errorText(*receiving).constData() : "");
        const auto created = await(reader->createInvoice(MilliSats(21'000), u"inkey"_s, 600));
        QVERIFY2(created && *created, created ? errorText(*created).constData() : "");

        const qint64 before = sandbox.walletBalance(u"alice"_s);
        const Bolt11Invoice invoice = decoded(sandbox.createInvoice(u"bob"_s, 5));
        const auto paid = await(reader->payInvoice(invoice, MilliSats(0), payTimeout));
        QVERIFY(paid && !*paid);
        QCOMPARE(paid->error().kind, AppError::Kind::Unauthorised);
        QVERIFY(paid->error().message.contains(u"admin key"_s));
        QVERIFY(!paid->error().describe().contains(invoiceKey));
        QCOMPARE(sandbox.walletBalance(u"alice"_s), before);
    }

    void badKeyIsAuthFailed()
    {
        const QByteArray key = "0123456789abcdef0123456789abcdef";
        const QJsonObject l = sandbox.wallet(u"alice"_s).value(u"lnbits").toObject();
        LnbitsWallet wallet(http.get(), QUrl(l.value(u"url").toString()), key, Network::Regtest);
        const auto report = await(wallet.testConnection());
        QVERIFY(report && !*report);
        QCOMPARE(report->error().kind, AppError::Kind::Unauthorised);
        QCOMPARE(report->error().code, u"auth_failed"_s);
        QCOMPARE(report->error().httpStatus, 401);
        QVERIFY(!report->error().describe().contains(QString::fromLatin1(key)));
    }

    void wrongNetworkIsRefused()
    {
        auto alice = walletOf(sandbox, u"alice"_s, u"admin_key"_s, Network::Testnet);
        const auto report = await(alice->testConnection());
        QVERIFY(report && !*report);
        QCOMPARE(report->error().kind, AppError::Kind::Refused);
        QCOMPARE(report->error().code, u"wrong_network"_s);
        QVERIFY(report->error().message.contains(u"regtest"_s));
        QVERIFY(report->error().message.contains(u"testnet"_s));
    }

    void createInvoiceAndPay()
    {
        auto alice = walletOf(sandbox, u"alice"_s);
        auto bob = walletOf(sandbox, u"bob"_s, u"invoice_key"_s);
        const qint64 aliceBefore = sandbox.walletBalance(u"alice"_s);
        const qint64 bobBefore = sandbox.walletBalance(u"bob"_s);

        const auto created = await(bob->createInvoice(MilliSats(1'234'000), u"coffee ☕"_s, 600));
        QVERIFY(created);
        QVERIFY2(*created, errorText(*created).constData());
        const auto invoice = decodeBolt11((*created)->bolt11);
        QVERIFY(invoice);
        QCOMPARE(invoice->amount->msat(), 1'234'000);
        QCOMPARE(invoice->paymentHash, (*created)->paymentHash);
        QCOMPARE(invoice->network, Network::Regtest);
        QCOMPARE(invoice->expirySeconds, 600);
        QCOMPARE(invoice->description.value_or(QString()), u"coffee ☕"_s);

        const auto unpaid = await(bob->lookupInvoice(invoice->paymentHash));
        QVERIFY(unpaid && *unpaid);
        QCOMPARE((*unpaid)->state, Incoming::Unpaid);
        const auto notSent = await(alice->lookupPayment(invoice->paymentHash));
        QVERIFY(notSent && *notSent);
        QCOMPARE((*notSent)->state, State::NotFound);

        const qint64 paysBefore = payCalls(sandbox);
        const auto paid = await(alice->payInvoice(*invoice, MilliSats(10'000), payTimeout));
        QVERIFY(paid);
        QVERIFY2(*paid, errorText(*paid).constData());
        QCOMPARE((*paid)->state, State::Succeeded);
        QVERIFY(verifyPreimage(*(*paid)->preimage, invoice->paymentHash));
        QCOMPARE((*paid)->amount.msat(), 1'234'000);
        QCOMPARE(payCalls(sandbox), paysBefore + 1);
        const qint64 fee = (*paid)->fee.msat() / 1000;
        QCOMPARE(sandbox.walletBalance(u"alice"_s), aliceBefore - 1234 - fee);
        QCOMPARE(sandbox.walletBalance(u"bob"_s), bobBefore + 1234);

        const auto looked = await(alice->lookupPayment(invoice->paymentHash));
        QVERIFY(looked && *looked);
        QCOMPARE((*looked)->state, State::Succeeded);
        QCOMPARE((*looked)->preimage->toHex(), (*paid)->preimage->toHex());
        QCOMPARE((*looked)->amount.msat(), 1'234'000);
        const auto received = await(bob->lookupInvoice(invoice->paymentHash));
        QVERIFY(received && *received);
        QCOMPARE((*received)->state, Incoming::Paid);
        QCOMPARE((*received)->received.msat(), 1'234'000);
        // Bob received it, he never sent it; Alice paid it, it is not her invoice.
        const auto bobLooked = await(bob->lookupPayment(invoice->paymentHash));
        QVERIFY(bobLooked && *bobLooked);
        QCOMPARE((*bobLooked)->state, State::NotFound);
        const auto notHers = await(alice->lookupInvoice(invoice->paymentHash));
        QVERIFY(notHers && *notHers);
        QCOMPARE((*notHers)->state, Incoming::NotFound);

        // Paying again: "Payment already paid.", the earlier payment is the answer, no debit.
        const auto again = await(alice->payInvoice(*invoice, MilliSats(10'000), payTimeout));
        QVERIFY2(again && *again, again ? errorText(*again).constData() : "");
        QCOMPARE((*again)->state, State::Succeeded);
        QCOMPARE((*again)->preimage->toHex(), (*paid)->preimage->toHex());
        QCOMPARE(sandbox.walletBalance(u"alice"_s), aliceBefore - 1234 - fee);
        QCOMPARE(sandbox.walletBalance(u"bob"_s), bobBefore + 1234);

        // Another wallet paying it: not Succeeded, and nothing left it.
        auto carol = walletOf(sandbox, u"carol"_s);
        const auto carolPaid = await(carol->payInvoice(*invoice, MilliSats(10'000), payTimeout));
        QVERIFY(carolPaid && *carolPaid);
        QVERIFY((*carolPaid)->state != State::Succeeded);
        QVERIFY(!(*carolPaid)->preimage);
        QCOMPARE(sandbox.walletBalance(u"carol"_s), 0);
    }

    void invoicePaidFromAnotherWallet()
    {
        auto bob = walletOf(sandbox, u"bob"_s, u"invoice_key"_s);
        const auto created = await(bob->createInvoice(MilliSats(7'000), u"from phoenixd"_s, 0));
        QVERIFY2(created && *created, created ? errorText(*created).constData() : "");
        QCOMPARE(decoded((*created)->bolt11).expirySeconds, 3600); // LNbits' default
        const qint64 bobBefore = sandbox.walletBalance(u"bob"_s);
        const auto paid = sandbox.pay(u"alice"_s, (*created)->bolt11);
        QCOMPARE(paid.status, 200);
        const auto received = await(bob->lookupInvoice((*created)->paymentHash));
        QVERIFY(received && *received);
        QCOMPARE((*received)->state, Incoming::Paid);
        QCOMPARE((*received)->received.msat(), 7'000);
        QCOMPARE(sandbox.walletBalance(u"bob"_s), bobBefore + 7);
    }

    void refusalsBeforeSending()
    {
        auto alice = walletOf(sandbox, u"alice"_s);
        const qint64 before = payCalls(sandbox);
        const Bolt11Invoice any = decoded(sandbox.createInvoice(u"bob"_s, 0));
        QVERIFY(!any.text.isEmpty() && !any.amount);
        auto r = await(alice->payInvoice(any, MilliSats(1000), payTimeout));
        QVERIFY(r && !*r);
        QCOMPARE(r->error().kind, AppError::Kind::Refused);
        auto testnet = walletOf(sandbox, u"alice"_s, u"admin_key"_s, Network::Testnet);
        r = await(testnet->payInvoice(decoded(sandbox.createInvoice(u"bob"_s, 3)), MilliSats(0),
                                      payTimeout));
        QVERIFY(r && !*r);
        QCOMPARE(r->error().kind, AppError::Kind::Refused);
        const auto refusedWith = [&](QFuture<InvoiceOutcome> f) {
            const auto c = await(f);
            return c && !*c ? c->error().kind : AppError::Kind::Cancelled;
        };
        QCOMPARE(refusedWith(alice->createInvoice(MilliSats(1500), u"x"_s, 0)),
                 AppError::Kind::Refused);
        QCOMPARE(refusedWith(alice->createInvoice(MilliSats(0), u"x"_s, 0)),
                 AppError::Kind::Refused);
        QCOMPARE(payCalls(sandbox), before); // none reached the wallet
    }

    void unknownHashIsNotFound()
    {
        auto alice = walletOf(sandbox, u"alice"_s);
        const PaymentHash hash = paymentHashOf(generatePreimage());
        const auto r = await(alice->lookupPayment(hash));
        QVERIFY(r && *r);
        QCOMPARE((*r)->state, State::NotFound);
        const auto i = await(alice->lookupInvoice(hash));
        QVERIFY(i && *i);
        QCOMPARE((*i)->state, Incoming::NotFound);
    }

    void failedPayment()
    {
        lwtest::SandboxProcess flaky;
        QVERIFY(flaky.start({u"--payment-fail-rate"_s, u"100"_s, u"--wallet"_s, u"a:1000"_s,
                             u"--wallet"_s, u"b:0"_s}));
        auto a = walletOf(flaky, u"a"_s);
        const Bolt11Invoice invoice = decoded(flaky.createInvoice(u"b"_s, 10));
        const auto r = await(a->payInvoice(invoice, MilliSats(1000), payTimeout));
        QVERIFY2(r && *r, r ? errorText(*r).constData() : "");
        QCOMPARE((*r)->state, State::Failed);
        QVERIFY2((*r)->reason.contains(u"Payment failed"_s), qPrintable((*r)->reason));
        QCOMPARE(flaky.walletBalance(u"a"_s), 1000);
        const auto looked = await(a->lookupPayment(invoice.paymentHash));
        QVERIFY(looked && *looked);
        QCOMPARE((*looked)->state, State::Failed);
        QVERIFY(flaky.stopCleanly());
    }

    void clientTimeoutIsPendingThenSucceeds()
    {
        lwtest::SandboxProcess slow;
        QVERIFY(slow.start({u"--settle-delay-ms"_s, u"2500"_s, u"--wallet"_s, u"a:1000"_s,
                            u"--wallet"_s, u"b:0"_s}));
        auto a = walletOf(slow, u"a"_s);
        auto b = walletOf(slow, u"b"_s);
        const auto created = await(b->createInvoice(MilliSats(100'000), u"slow"_s, 0));
        QVERIFY(created && *created);
        const Bolt11Invoice invoice = decoded((*created)->bolt11);

        const auto r =
            await(a->payInvoice(invoice, MilliSats(1000), std::chrono::milliseconds(400)));
        QVERIFY(r && *r);
        QCOMPARE((*r)->state, State::Pending);
        QVERIFY2((*r)->reason.contains(u"did not answer in time"_s), qPrintable((*r)->reason));
        QCOMPARE((*r)->paymentHash, invoice.paymentHash);

        std::optional<PaymentOutcome> looked;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                looked = await(a->lookupPayment(invoice.paymentHash));
                return looked && *looked && (*looked)->state == State::Succeeded;
            }(),
            10'000);
        QVERIFY(verifyPreimage(*(*looked)->preimage, invoice.paymentHash));
        QCOMPARE(slow.walletBalance(u"a"_s), 900);
        QCOMPARE(slow.walletBalance(u"b"_s), 100);
        QVERIFY(slow.stopCleanly());
    }

    void cleanupTestCase() { QVERIFY(sandbox.stopCleanly()); }
};

QTEST_GUILESS_MAIN(TestLnbitsWallet)
#include "tst_lnbitswallet.moc"
