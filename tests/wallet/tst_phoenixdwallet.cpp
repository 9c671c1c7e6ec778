// SPDX-License-Identifier: GPL-3.0-or-later
// PhoenixdWallet against the real sandbox binary (its phoenixd-compatible API). Answers the
// sandbox never gives, from a hostile fake phoenixd, are in tst_phoenixdhostile.cpp.
#include "futureutil.h"
#include "lightning/bolt11decoder.h"
#include "lightning/preimage.h"
#include "net/httpclient.h"
#include "phoenixd/phoenixdwallet.h"
#include "sandbox/sandboxprocess.h"
#include "testutil.h"

#include <QEventLoop>
#include <QFutureWatcher>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QTest>
#include <QTimer>

#include <memory>
#include <optional>

using namespace lw;
using namespace Qt::Literals::StringLiterals;
using State = OutgoingPayment::State;
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

} // namespace

class TestPhoenixdWallet : public QObject {
    Q_OBJECT

private:
    lwtest::SandboxProcess sandbox;
    QNetworkAccessManager network;
    std::unique_ptr<HttpClient> http;

    std::unique_ptr<PhoenixdWallet> walletOf(lwtest::SandboxProcess &sbx, const QString &name,
                                             Network expected = Network::Regtest)
    {
        const QJsonObject p = sbx.wallet(name).value(u"phoenixd").toObject();
        return std::make_unique<PhoenixdWallet>(http.get(), QUrl(p.value(u"url").toString()),
                                                p.value(u"password").toString().toUtf8(), expected);
    }
    static QString passwordOf(lwtest::SandboxProcess &sbx, const QString &name)
    {
        return sbx.wallet(name).value(u"phoenixd").toObject().value(u"password").toString();
    }
    static qint64 balanceSat(PhoenixdWallet &wallet)
    {
        const auto b = await(wallet.balance());
        return b && *b ? (*b)->msat() / 1000 : -1;
    }
    static Bolt11Invoice decoded(const QString &text)
    {
        const auto d = decodeBolt11(text);
        return d ? *d : Bolt11Invoice();
    }
    qint64 payinvoiceCalls(lwtest::SandboxProcess &sbx)
    {
        return sbx.routeCounts().value(u"POST /phoenixd/payinvoice").toInteger();
    }

private Q_SLOTS:
    void initTestCase()
    {
        network.setProxy(QNetworkProxy::NoProxy);
        http = std::make_unique<HttpClient>(&network);
        QVERIFY(sandbox.start({u"--wallet"_s, u"alice:100000"_s, u"--wallet"_s, u"bob:50000"_s,
                               u"--wallet"_s, u"carol:0"_s}));
    }

    void infoBalanceAndConnection()
    {
        auto alice = walletOf(sandbox, u"alice"_s);
        QCOMPARE(alice->kind(), u"phoenixd"_s);
        QVERIFY(!alice->supportsFeeLimit());
        QCOMPARE(alice->network(), Network::Regtest);

        const auto info = await(alice->info());
        QVERIFY(info);
        QVERIFY2(*info, errorText(*info).constData());
        QCOMPARE((*info)->network, Network::Regtest);
        QCOMPARE((*info)->nodeId, sandbox.info().value(u"node_id").toString());
        QVERIFY((*info)->alias.isEmpty());

        const auto balance = await(alice->balance());
        QVERIFY(balance && *balance);
        QCOMPARE((*balance)->msat(), 100'000'000);

        const auto report = await(alice->testConnection());
        QVERIFY(report);
        QVERIFY2(*report, errorText(*report).constData());
        QCOMPARE((*report)->info.nodeId, (*info)->nodeId);
        QCOMPARE((*report)->balance.msat(), 100'000'000);
    }

    void wrongPasswordIsUnauthorised()
    {
        const QByteArray password = "0123456789abcdef-not-the-password";
        const QJsonObject p = sandbox.wallet(u"alice"_s).value(u"phoenixd").toObject();
        PhoenixdWallet wallet(http.get(), QUrl(p.value(u"url").toString()), password,
                              Network::Regtest);
        const auto report = await(wallet.testConnection());
        QVERIFY(report);
        QVERIFY(!*report);
        QCOMPARE(report->error().kind, AppError::Kind::Unauthorised);
        QCOMPARE(report->error().code, u"auth_failed"_s);
        QCOMPARE(report->error().httpStatus, 401);
        QVERIFY(!report->error().describe().contains(QString::fromLatin1(password)));
        QVERIFY(!report->error().describe().contains(passwordOf(sandbox, u"alice"_s)));

        // Paying with bad credentials is an error (nothing was sent), not a pending payment.
        const Bolt11Invoice invoice = decoded(sandbox.createInvoice(u"bob"_s, 5));
        const auto paid = await(wallet.payInvoice(invoice, MilliSats(0), payTimeout));
        QVERIFY(paid && !*paid);
        QCOMPARE(paid->error().kind, AppError::Kind::Unauthorised);
        QVERIFY(!paid->error().describe().contains(QString::fromLatin1(password)));
    }

    void limitedPasswordCannotPay()
    {
        const QJsonObject p = sandbox.wallet(u"alice"_s).value(u"phoenixd").toObject();
        const QByteArray limited = p.value(u"limited_password").toString().toUtf8();
        QVERIFY(!limited.isEmpty());
        PhoenixdWallet wallet(http.get(), QUrl(p.value(u"url").toString()), limited,
                              Network::Regtest);
        const auto permission = await(wallet.payPermission());
        QVERIFY(permission && *permission);
        QCOMPARE(**permission, Wallet::PayPermission::Denied);
        const auto report = await(wallet.testConnection());
        QVERIFY(report && !*report);
        QCOMPARE(report->error().code, u"no_pay_permission"_s);
        QVERIFY(!report->error().describe().contains(QString::fromLatin1(limited)));
        // Receiving is what the limited password is for.
        const auto receiving = await(wallet.testConnection(false));
        QVERIFY2(receiving && *receiving, receiving ? errorText(*receiving).constData() : "");
        const auto created = await(wallet.createInvoice(MilliSats(21'000), u"limited"_s, 600));
        QVERIFY(created && *created);

        const qint64 before = sandbox.walletBalance(u"alice"_s);
        const Bolt11Invoice invoice = decoded(sandbox.createInvoice(u"bob"_s, 5));
        const auto paid = await(wallet.payInvoice(invoice, MilliSats(0), payTimeout));
        QVERIFY(paid && !*paid);
        QCOMPARE(paid->error().kind, AppError::Kind::Unauthorised);
        QCOMPARE(sandbox.walletBalance(u"alice"_s), before);

        // The full password may pay, found out without paying.
        auto alice = walletOf(sandbox, u"alice"_s);
        const auto full = await(alice->payPermission());
        QVERIFY(full && *full);
        QCOMPARE(**full, Wallet::PayPermission::Granted);
        QCOMPARE(sandbox.walletBalance(u"alice"_s), before);
    }

    void wrongNetworkIsRefused()
    {
        auto alice = walletOf(sandbox, u"alice"_s, Network::Mainnet);
        const auto report = await(alice->testConnection());
        QVERIFY(report);
        QVERIFY(!*report);
        QCOMPARE(report->error().kind, AppError::Kind::Refused);
        QCOMPARE(report->error().code, u"wrong_network"_s);
        QVERIFY2(report->error().message.contains(u"regtest"_s),
                 qPrintable(report->error().message));
        QVERIFY(report->error().message.contains(u"mainnet"_s));
        // info() itself reports what the node says.
        const auto info = await(alice->info());
        QVERIFY(info && *info);
        QCOMPARE((*info)->network, Network::Regtest);
    }

    void createInvoiceAndPay()
    {
        auto alice = walletOf(sandbox, u"alice"_s);
        auto bob = walletOf(sandbox, u"bob"_s);
        const qint64 aliceBefore = balanceSat(*alice);
        const qint64 bobBefore = balanceSat(*bob);
        QCOMPARE(aliceBefore, 100000);

        const auto created =
            await(bob->createInvoice(MilliSats(1'234'000), u"coffee ☕ for the task"_s, 600));
        QVERIFY(created);
        QVERIFY2(*created, errorText(*created).constData());
        const auto invoice = decodeBolt11((*created)->bolt11);
        QVERIFY(invoice);
        QCOMPARE(invoice->amount->msat(), 1'234'000);
        QCOMPARE(invoice->paymentHash, (*created)->paymentHash);
        QCOMPARE(invoice->network, Network::Regtest);
        QCOMPARE(invoice->expirySeconds, 600);
        QCOMPARE(invoice->description.value_or(QString()), u"coffee ☕ for the task"_s);

        using Incoming = IncomingPayment::State;
        const auto unpaid = await(bob->lookupInvoice(invoice->paymentHash));
        QVERIFY(unpaid && *unpaid);
        QCOMPARE((*unpaid)->state, Incoming::Unpaid);

        const qint64 paysBefore = payinvoiceCalls(sandbox);
        const auto paid = await(alice->payInvoice(*invoice, MilliSats(10'000), payTimeout));
        QVERIFY(paid);
        QVERIFY2(*paid, errorText(*paid).constData());
        QCOMPARE((*paid)->state, State::Succeeded);
        QVERIFY((*paid)->preimage);
        QVERIFY(verifyPreimage(*(*paid)->preimage, invoice->paymentHash));
        QCOMPARE((*paid)->paymentHash, invoice->paymentHash);
        QCOMPARE((*paid)->amount.msat(), 1'234'000);
        QCOMPARE(payinvoiceCalls(sandbox), paysBefore + 1);
        const qint64 fee = (*paid)->fee.msat() / 1000;
        QCOMPARE(balanceSat(*alice), aliceBefore - 1234 - fee);
        QCOMPARE(balanceSat(*bob), bobBefore + 1234);

        // The record by hash: the same preimage.
        const auto looked = await(alice->lookupPayment(invoice->paymentHash));
        QVERIFY(looked && *looked);
        QCOMPARE((*looked)->state, State::Succeeded);
        QCOMPARE((*looked)->preimage->toHex(), (*paid)->preimage->toHex());
        QCOMPARE((*looked)->amount.msat(), 1'234'000);
        // Bob received it; he never sent it.
        const auto bobLooked = await(bob->lookupPayment(invoice->paymentHash));
        QVERIFY(bobLooked && *bobLooked);
        QCOMPARE((*bobLooked)->state, State::NotFound);
        const auto received = await(bob->lookupInvoice(invoice->paymentHash));
        QVERIFY(received && *received);
        QCOMPARE((*received)->state, Incoming::Paid);
        QCOMPARE((*received)->received.msat(), 1'234'000);
        // Alice paid it; it is not her invoice.
        const auto notHers = await(alice->lookupInvoice(invoice->paymentHash));
        QVERIFY(notHers && *notHers);
        QCOMPARE((*notHers)->state, Incoming::NotFound);

        // Paying again: phoenixd refuses, the earlier payment's state is the answer, no debit.
        const auto again = await(alice->payInvoice(*invoice, MilliSats(10'000), payTimeout));
        QVERIFY(again && *again);
        QCOMPARE((*again)->state, State::Succeeded);
        QCOMPARE((*again)->preimage->toHex(), (*paid)->preimage->toHex());
        QCOMPARE(balanceSat(*alice), aliceBefore - 1234 - fee);
        QCOMPARE(balanceSat(*bob), bobBefore + 1234);

        // Another wallet paying it: refused as already paid; its own record of that attempt
        // says Failed, and nothing left it.
        auto carol = walletOf(sandbox, u"carol"_s);
        const auto carolPaid = await(carol->payInvoice(*invoice, MilliSats(10'000), payTimeout));
        QVERIFY(carolPaid && *carolPaid);
        QCOMPARE((*carolPaid)->state, State::Failed);
        QVERIFY((*carolPaid)->reason.contains(u"already been paid"_s));
        QCOMPARE(balanceSat(*carol), 0);
    }

    void createInvoiceRefusals()
    {
        auto bob = walletOf(sandbox, u"bob"_s);
        const auto refusedWith = [&](QFuture<InvoiceOutcome> f) {
            const auto r = await(f);
            return r && !*r ? r->error().kind : AppError::Kind::Cancelled;
        };
        QCOMPARE(refusedWith(bob->createInvoice(MilliSats(1500), u"x"_s, 0)),
                 AppError::Kind::Refused);
        QCOMPARE(refusedWith(bob->createInvoice(MilliSats(0), u"x"_s, 0)), AppError::Kind::Refused);
        QCOMPARE(refusedWith(bob->createInvoice(MilliSats(1000), QString(129, u'x'), 0)),
                 AppError::Kind::Refused);
        // 128 characters is phoenixd's limit, not over it.
        const auto ok = await(bob->createInvoice(MilliSats(1000), QString(128, u'x'), 0));
        QVERIFY(ok && *ok);
        QCOMPARE(decoded((*ok)->bolt11).expirySeconds, 3600); // phoenixd's default
    }

    void amountlessAndForeignInvoicesAreRefused()
    {
        auto alice = walletOf(sandbox, u"alice"_s);
        const qint64 before = payinvoiceCalls(sandbox);
        const Bolt11Invoice any = decoded(sandbox.createInvoice(u"bob"_s, 0));
        QVERIFY(!any.amount);
        QVERIFY(!any.text.isEmpty());
        auto r = await(alice->payInvoice(any, MilliSats(1000), payTimeout));
        QVERIFY(r && !*r);
        QCOMPARE(r->error().kind, AppError::Kind::Refused);

        // A mainnet invoice (BOLT 11's own vector) from a regtest wallet.
        Bolt11Invoice mainnet;
        for (const QJsonValue &v : lwtest::readJson(lwtest::dataPath("bolt11-vectors.json"))
                                       .object()
                                       .value(u"valid")
                                       .toArray()) {
            const auto d = decodeBolt11(v.toObject().value(u"invoice").toString());
            if (d && d->amount && d->network == Network::Mainnet) {
                mainnet = *d;
                break;
            }
        }
        QVERIFY(mainnet.amount);
        r = await(alice->payInvoice(mainnet, MilliSats(1000), payTimeout));
        QVERIFY(r && !*r);
        QCOMPARE(r->error().kind, AppError::Kind::Refused);
        QVERIFY(r->error().message.contains(u"mainnet"_s));
        QCOMPARE(payinvoiceCalls(sandbox), before); // neither reached the wallet
    }

    void unknownHashIsNotFound()
    {
        auto alice = walletOf(sandbox, u"alice"_s);
        const auto r = await(alice->lookupPayment(paymentHashOf(generatePreimage())));
        QVERIFY(r && *r);
        QCOMPARE((*r)->state, State::NotFound);
        QVERIFY(!(*r)->preimage);
    }

    void failedPayment()
    {
        lwtest::SandboxProcess flaky;
        QVERIFY(flaky.start({u"--payment-fail-rate"_s, u"100"_s, u"--wallet"_s, u"a:1000"_s,
                             u"--wallet"_s, u"b:0"_s}));
        auto a = walletOf(flaky, u"a"_s);
        const Bolt11Invoice invoice = decoded(flaky.createInvoice(u"b"_s, 10));
        const auto r = await(a->payInvoice(invoice, MilliSats(1000), payTimeout));
        QVERIFY(r && *r);
        QCOMPARE((*r)->state, State::Failed);
        QVERIFY((*r)->reason.contains(u"recipient was offline"_s));
        QVERIFY(!(*r)->preimage);
        QCOMPARE(balanceSat(*a), 1000);
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
        const std::chrono::milliseconds shortTimeout(400);
        const auto created = await(b->createInvoice(MilliSats(100'000), u"slow"_s, 0));
        QVERIFY(created && *created);
        const Bolt11Invoice invoice = decoded((*created)->bolt11);

        auto r = await(a->payInvoice(invoice, MilliSats(1000), shortTimeout));
        QVERIFY(r && *r);
        QCOMPARE((*r)->state, State::Pending);
        QVERIFY2((*r)->reason.contains(u"did not answer in time"_s), qPrintable((*r)->reason));
        QCOMPARE((*r)->paymentHash, invoice.paymentHash);

        // A second attempt while in flight: phoenixd refuses, the lookup says pending.
        r = await(a->payInvoice(invoice, MilliSats(1000), shortTimeout));
        QVERIFY(r && *r);
        QCOMPARE((*r)->state, State::Pending);
        QVERIFY2((*r)->reason.contains(u"in progress"_s), qPrintable((*r)->reason));

        auto looked = await(a->lookupPayment(invoice.paymentHash));
        QVERIFY(looked && *looked);
        QCOMPARE((*looked)->state, State::Pending);
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                looked = await(a->lookupPayment(invoice.paymentHash));
                return looked && *looked && (*looked)->state == State::Succeeded;
            }(),
            10'000);
        QVERIFY(verifyPreimage(*(*looked)->preimage, invoice.paymentHash));
        QCOMPARE((*looked)->amount.msat(), 100'000);
        QCOMPARE(balanceSat(*a), 900);
        QCOMPARE(balanceSat(*b), 100);
        QVERIFY(slow.stopCleanly());
    }

    void sandboxGoneMidCall()
    {
        lwtest::SandboxProcess doomed;
        QVERIFY(doomed.start({u"--settle-delay-ms"_s, u"5000"_s, u"--wallet"_s, u"a:1000"_s,
                              u"--wallet"_s, u"b:0"_s}));
        auto a = walletOf(doomed, u"a"_s);
        const Bolt11Invoice invoice = decoded(doomed.createInvoice(u"b"_s, 10));
        QFuture<PaymentOutcome> paying = a->payInvoice(invoice, MilliSats(1000), payTimeout);
        QTimer::singleShot(500, this, [&doomed] { doomed.stop(); });
        const auto r = await(paying);
        QVERIFY(r);
        QVERIFY2(*r, errorText(*r).constData());
        QCOMPARE((*r)->state, State::Pending); // never Failed: it may have gone through
        QVERIFY2((*r)->reason.contains(u"may still complete"_s), qPrintable((*r)->reason));
        QVERIFY(!doomed.isRunning());

        // Nobody listens there now: reads are Network errors, a payment is still Pending.
        const auto info = await(a->info());
        QVERIFY(info && !*info);
        QCOMPARE(info->error().kind, AppError::Kind::Network);
        const auto report = await(a->testConnection());
        QVERIFY(report && !*report);
        QCOMPARE(report->error().kind, AppError::Kind::Network);
        const auto looked = await(a->lookupPayment(invoice.paymentHash));
        QVERIFY(looked && !*looked);
        QCOMPARE(looked->error().kind, AppError::Kind::Network);
        const auto again = await(a->payInvoice(invoice, MilliSats(1000), payTimeout));
        QVERIFY(again && *again);
        QCOMPARE((*again)->state, State::Pending);
    }

    void cleanupTestCase() { QVERIFY(sandbox.stopCleanly()); }
};

QTEST_GUILESS_MAIN(TestPhoenixdWallet)
#include "tst_phoenixdwallet.moc"
