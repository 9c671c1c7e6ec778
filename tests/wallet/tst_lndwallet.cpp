// SPDX-License-Identifier: GPL-3.0-or-later
// LndWallet against an LND REST emulator (tests/peers/lnd-emulator.mjs) that pays through a real
// sandbox wallet: connection tests for each reason they fail, paying, receiving, and refusals.
// Faults (hangs, 500s, cut streams) are in tst_lndreliability.cpp.
#include "futureutil.h"
#include "lightning/bolt11decoder.h"
#include "lightning/preimage.h"
#include "lnd/lndwallet.h"
#include "net/httpclient.h"
#include "sandbox/sandboxprocess.h"
#include "wallet/lndemulator.h"

#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QTest>

#include <memory>
#include <optional>

using namespace lw;
using namespace Qt::Literals::StringLiterals;
using State = OutgoingPayment::State;
using namespace std::chrono_literals;

namespace {

template <typename T>
std::optional<T> await(QFuture<T> future, int timeoutMs = 30'000)
{
    return lwtest::tryAwait(std::move(future), timeoutMs);
}

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

// BOLT 11 vector V3: 2500u on mainnet.
const QString mainnetInvoice =
    u"lnbc2500u1pvjluezsp5zyg3zyg3zyg3zyg3zyg3zyg3zyg3zyg3zyg3zyg3zyg3zyg3zygspp5qqqsyqcyq5rqwzqfqqqsyqcyq5rqwzqfqqqsyqcyq5rqwzqfqypqdq5xysxxatsyp3k7enxv4jsxqzpu9qrsgquk0rl77nj30yxdy8j9vdx85fkpmdla2087ne0xh8nhedh8w27kyke0lp53ut353s06fv3qfegext0eh0ymjpf39tuven09sam30g4vgpfna3rh"_s;

} // namespace

class TestLndWallet : public QObject {
    Q_OBJECT

private:
    lwtest::SandboxProcess sandbox;
    QNetworkAccessManager network;
    std::unique_ptr<HttpClient> http;
    lwtest::LndEmulator lnd;   // in front of alice
    lwtest::LndEmulator other; // in front of carol: another certificate

    std::unique_ptr<LndWallet> wallet(const char *macaroon = "admin",
                                      Network expected = Network::Regtest)
    {
        return std::make_unique<LndWallet>(http.get(), lnd.url(), lnd.macaroon(macaroon),
                                           lnd.certificate(), expected);
    }
    int sendCalls()
    {
        return lnd.stats().value(u"routes").toObject().value(u"POST /v2/router/send").toInt();
    }

private Q_SLOTS:
    void initTestCase()
    {
        network.setProxy(QNetworkProxy::NoProxy);
        http = std::make_unique<HttpClient>(&network);
        QVERIFY(sandbox.start({u"--wallet"_s, u"alice:100000"_s, u"--wallet"_s, u"bob:50000"_s,
                               u"--wallet"_s, u"carol:20000"_s}));
        QVERIFY(lnd.start(sandbox.wallet(u"alice"_s).value(u"phoenixd").toObject(), http.get()));
        QVERIFY(other.start(sandbox.wallet(u"carol"_s).value(u"phoenixd").toObject(), http.get()));
    }
    void cleanupTestCase()
    {
        lnd.stop();
        other.stop();
    }

    void connectionWorks()
    {
        auto w = wallet();
        QCOMPARE(w->kind(), u"lnd"_s);
        QVERIFY(w->supportsFeeLimit());
        QVERIFY(w->events() != nullptr);
        const auto report = await(w->testConnection());
        QVERIFY(report);
        QVERIFY2(*report, errorText(*report).constData());
        QCOMPARE((*report)->info.network, Network::Regtest);
        QCOMPARE((*report)->info.nodeId, lnd.nodeId());
        QCOMPARE((*report)->balance.msat(), sandbox.walletBalance(u"alice"_s) * 1000);
        const auto permission = await(w->payPermission());
        QVERIFY(permission && *permission);
        QCOMPARE(**permission, Wallet::PayPermission::Granted);
    }

    // These two need a handshake of their own: QNetworkAccessManager would otherwise reuse
    // the kept-alive connection that the pinned certificate opened (see HttpClient).
    void anotherCertificateIsTlsMismatch()
    {
        QNetworkAccessManager fresh;
        fresh.setProxy(QNetworkProxy::NoProxy);
        HttpClient freshHttp(&fresh);
        LndWallet w(&freshHttp, lnd.url(), lnd.macaroon("admin"), other.certificate(),
                    Network::Regtest);
        const auto report = await(w.testConnection());
        QVERIFY(report && !*report);
        QCOMPARE(report->error().kind, AppError::Kind::Tls);
        QCOMPARE(report->error().code, u"tls_mismatch"_s);
    }

    void noPinnedCertificateIsRefused()
    {
        QNetworkAccessManager fresh;
        fresh.setProxy(QNetworkProxy::NoProxy);
        HttpClient freshHttp(&fresh);
        LndWallet w(&freshHttp, lnd.url(), lnd.macaroon("admin"), std::nullopt, Network::Regtest);
        const auto report = await(w.testConnection());
        QVERIFY(report && !*report);
        QCOMPARE(report->error().kind, AppError::Kind::Tls);
        QCOMPARE(report->error().code, u"tls_mismatch"_s);
        // Nor can it pay: the request never leaves.
        const int before = sendCalls();
        const auto paid =
            await(w.payInvoice(decoded(sandbox.createInvoice(u"bob"_s, 5)), MilliSats(1000), 10s));
        QVERIFY(paid && !*paid);
        QCOMPARE(paid->error().kind, AppError::Kind::Tls);
        QCOMPARE(sendCalls(), before);
    }

    void badMacaroonIsAuthFailed()
    {
        const QByteArray bad = QByteArray(64, 'a') + "0201036c6e64";
        LndWallet w(http.get(), lnd.url(), bad, lnd.certificate(), Network::Regtest);
        const auto report = await(w.testConnection());
        QVERIFY(report && !*report);
        QCOMPARE(report->error().kind, AppError::Kind::Unauthorised);
        QCOMPARE(report->error().code, u"auth_failed"_s);
        QVERIFY(
            !report->error().describe().contains(QString::fromLatin1(bad), Qt::CaseInsensitive));
        // Paying with it is an error, not a pending payment: LND checks before it pays.
        const auto paid =
            await(w.payInvoice(decoded(sandbox.createInvoice(u"bob"_s, 5)), MilliSats(1000), 10s));
        QVERIFY(paid && !*paid);
        QCOMPARE(paid->error().kind, AppError::Kind::Unauthorised);

        LndWallet notHex(http.get(), lnd.url(), "not hex\r\nx-injected: 1", lnd.certificate(),
                         Network::Regtest);
        const auto refused = await(notHex.testConnection());
        QVERIFY(refused && !*refused);
        QCOMPARE(refused->error().code, u"auth_failed"_s);
    }

    void wrongNetworkIsNamed()
    {
        auto w = wallet("admin", Network::Mainnet);
        const auto report = await(w->testConnection());
        QVERIFY(report && !*report);
        QCOMPARE(report->error().code, u"wrong_network"_s);
        QVERIFY(report->error().message.contains(u"regtest"_s));
    }

    void receiveOnlyMacaroonsCannotPay_data()
    {
        QTest::addColumn<QByteArray>("which");
        QTest::newRow("invoice") << QByteArray("invoice");
        QTest::newRow("readonly") << QByteArray("readonly");
    }
    void receiveOnlyMacaroonsCannotPay()
    {
        QFETCH(QByteArray, which);
        const int before = lnd.stats().value(u"backend_payments").toObject().size();
        auto w = wallet(which.constData());
        const auto report = await(w->testConnection());
        QVERIFY(report && !*report);
        QCOMPARE(report->error().code, u"no_pay_permission"_s);
        QVERIFY(!report->error().describe().contains(
            QString::fromLatin1(lnd.macaroon(which.constData()))));
        if (which == "readonly") {
            const auto permission = await(w->payPermission());
            QVERIFY(permission && *permission);
            QCOMPARE(**permission, Wallet::PayPermission::Denied);
        }
        // Finding out paid nothing.
        QCOMPARE(lnd.stats().value(u"backend_payments").toObject().size(), before);
    }

    void paysOnceAndVerifies()
    {
        auto w = wallet();
        const qint64 aliceBefore = sandbox.walletBalance(u"alice"_s);
        const qint64 bobBefore = sandbox.walletBalance(u"bob"_s);
        const Bolt11Invoice invoice = decoded(sandbox.createInvoice(u"bob"_s, 1234));
        QVERIFY(invoice.amount);
        const auto paid = await(w->payInvoice(invoice, MilliSats(50'000), 20s));
        QVERIFY(paid);
        QVERIFY2(*paid, errorText(*paid).constData());
        QCOMPARE((*paid)->state, State::Succeeded);
        QVERIFY((*paid)->preimage);
        QVERIFY(verifyPreimage(*(*paid)->preimage, invoice.paymentHash));
        QCOMPARE((*paid)->paymentHash, invoice.paymentHash);
        QCOMPARE((*paid)->amount.msat(), 1'234'000);
        QVERIFY((*paid)->fee.msat() <= 50'000);
        QCOMPARE(sandbox.walletBalance(u"bob"_s), bobBefore + 1234);
        QCOMPARE(sandbox.walletBalance(u"alice"_s) * 1000,
                 aliceBefore * 1000 - 1'234'000 - (*paid)->fee.msat());
        QCOMPARE(lnd.backendPayments(invoice.paymentHash.toHex()), 1);

        // Looked up afterwards: the same, verified.
        const auto looked = await(w->lookupPayment(invoice.paymentHash));
        QVERIFY(looked && *looked);
        QCOMPARE((*looked)->state, State::Succeeded);
        QCOMPARE((*looked)->preimage, (*paid)->preimage);

        // Paying again is answered from the first payment, and nothing more is sent.
        const auto again = await(w->payInvoice(invoice, MilliSats(50'000), 20s));
        QVERIFY(again);
        QVERIFY2(*again, errorText(*again).constData());
        QCOMPARE((*again)->state, State::Succeeded);
        QVERIFY(verifyPreimage(*(*again)->preimage, invoice.paymentHash));
        QCOMPARE(lnd.backendPayments(invoice.paymentHash.toHex()), 1);
        QCOMPARE(sandbox.walletBalance(u"bob"_s), bobBefore + 1234);
    }

    void createsCheckedInvoicesThatGetPaid()
    {
        auto w = wallet();
        const auto made = await(w->createInvoice(MilliSats(777'000), u"lightwork test"_s, 600));
        QVERIFY(made);
        QVERIFY2(*made, errorText(*made).constData());
        const auto d = decodeBolt11((*made)->bolt11);
        QVERIFY(d);
        QCOMPARE(d->amount, std::optional<MilliSats>(MilliSats(777'000)));
        QCOMPARE(d->paymentHash, (*made)->paymentHash);
        QCOMPARE(d->network, Network::Regtest);
        QCOMPARE(d->description, std::optional<QString>(u"lightwork test"_s));

        const auto open = await(w->lookupInvoice((*made)->paymentHash));
        QVERIFY(open && *open);
        QCOMPARE((*open)->state, IncomingPayment::State::Unpaid);

        const qint64 aliceBefore = sandbox.walletBalance(u"alice"_s);
        QCOMPARE(sandbox.pay(u"bob"_s, (*made)->bolt11).status, 200);
        const auto paid = await(w->lookupInvoice((*made)->paymentHash));
        QVERIFY(paid);
        QVERIFY2(*paid, errorText(*paid).constData());
        QCOMPARE((*paid)->state, IncomingPayment::State::Paid);
        QCOMPARE((*paid)->received.msat(), 777'000);
        QCOMPARE(sandbox.walletBalance(u"alice"_s), aliceBefore + 777);
    }

    void unknownHashesAreNotFound()
    {
        auto w = wallet();
        const PaymentHash hash = paymentHashOf(generatePreimage());
        const auto payment = await(w->lookupPayment(hash));
        QVERIFY(payment);
        QVERIFY2(*payment, errorText(*payment).constData());
        QCOMPARE((*payment)->state, State::NotFound);
        const auto invoice = await(w->lookupInvoice(hash));
        QVERIFY(invoice);
        QVERIFY2(*invoice, errorText(*invoice).constData());
        QCOMPARE((*invoice)->state, IncomingPayment::State::NotFound);
    }

    void refusesBeforeSending()
    {
        auto w = wallet();
        const int before = sendCalls();
        const Bolt11Invoice amountless = decoded(sandbox.createInvoice(u"bob"_s, 0));
        QVERIFY(!amountless.amount);
        const auto a = await(w->payInvoice(amountless, MilliSats(1000), 10s));
        QVERIFY(a && !*a);
        QCOMPARE(a->error().kind, AppError::Kind::Refused);

        const Bolt11Invoice mainnet = decoded(mainnetInvoice);
        QCOMPARE(mainnet.network, Network::Mainnet);
        const auto m = await(w->payInvoice(mainnet, MilliSats(1000), 10s));
        QVERIFY(m && !*m);
        QCOMPARE(m->error().kind, AppError::Kind::Refused);
        QVERIFY(m->error().message.contains(u"mainnet"_s));
        QCOMPARE(sendCalls(), before);

        const auto zero = await(w->createInvoice(MilliSats(0), u"x"_s, 0));
        QVERIFY(zero && !*zero);
        QCOMPARE(zero->error().kind, AppError::Kind::Refused);
    }
};

QTEST_GUILESS_MAIN(TestLndWallet)
#include "tst_lndwallet.moc"
