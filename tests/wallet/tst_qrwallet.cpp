// SPDX-License-Identifier: GPL-3.0-or-later
// QrWallet: what the QR code carries, and how a payment the app cannot see ends. Only a pasted
// preimage that hashes to the invoice's hash completes it; closing the code, a timeout or an
// expired invoice leave it Pending, never Failed.
#include "futureutil.h"
#include "lightning/bolt11decoder.h"
#include "lightning/bolt11encoder.h"
#include "lightning/paymenturi.h"
#include "lightning/preimage.h"
#include "qr/qrwallet.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QTest>

using namespace lw;
using namespace lwtest;
using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;

namespace {

struct TestInvoice {
    Bolt11Invoice invoice;
    Preimage preimage;
};

//! A signed invoice made `age` seconds ago, with a preimage only the test knows.
TestInvoice makeInvoice(std::optional<qint64> sats, Network network = Network::Regtest,
                        qint64 age = 10, qint64 expiry = 600)
{
    TestInvoice out;
    out.preimage = generatePreimage();
    Bolt11Draft d;
    d.network = network;
    if (sats)
        d.amount = MilliSats(*sats * 1000);
    d.timestamp = QDateTime::currentSecsSinceEpoch() - age;
    d.paymentHash = paymentHashOf(out.preimage);
    d.paymentSecret = *PaymentSecret::fromBytes(QByteArray(32, 's'));
    d.description = u"coffee for the phone"_s;
    d.expirySeconds = expiry;
    const auto key = PrivateKey::fromBytes(QByteArray(QByteArray(31, 0) + char(9)));
    const auto text = encodeBolt11(d, *key);
    if (!text)
        qFatal("cannot encode");
    const auto decoded = decodeBolt11(*text);
    if (!decoded)
        qFatal("cannot decode");
    out.invoice = *decoded;
    return out;
}

constexpr std::chrono::milliseconds longWait{60'000};

} // namespace

class TestQrWallet : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void offerCarriesTheInvoiceForAPhone();
    void onlyTheRightPreimageCompletes();
    void cancelAndTimeoutArePending();
    void latePreimageAfterCancelStillCounts();
    void lookupStates();
    void refusesWhatItCannotShow();
    void closingTheWalletLeavesPaymentsPending();
    void walletFacts();
};

void TestQrWallet::offerCarriesTheInvoiceForAPhone()
{
    QrWallet wallet(Network::Regtest);
    QList<QrOffer> offers;
    connect(&wallet, &QrWallet::offered, this, [&](const QrOffer &o) { offers.append(o); });
    const TestInvoice t = makeInvoice(2100, Network::Regtest, 10, 900);
    auto f = wallet.payInvoice(t.invoice, MilliSats(), longWait);
    QCOMPARE(offers.size(), 1);
    const QrOffer &o = offers.constFirst();
    QCOMPARE(o.bolt11, t.invoice.text);
    QCOMPARE(o.qrText, u"LIGHTNING:"_s + t.invoice.text.toUpper());
    QCOMPARE(o.qrText.toUpper(), o.qrText);
    QCOMPARE(o.paymentHash, t.invoice.paymentHash);
    QCOMPARE(o.amount.msat(), 2'100'000);
    QCOMPARE(o.expiresAt, t.invoice.timestamp + 900);

    // What a phone scans reads back as the very same invoice.
    const auto scanned = parsePaymentUri(o.qrText);
    QVERIFY(scanned.hasValue());
    QCOMPARE(scanned->kind, PaymentUri::Kind::Bolt11);
    const auto decoded = decodeBolt11(scanned->bolt11);
    QVERIFY(decoded.hasValue());
    QCOMPARE(decoded->text, t.invoice.text);
    QCOMPARE(decoded->paymentHash, t.invoice.paymentHash);
    QCOMPARE(*decoded->amount, *t.invoice.amount);

    // Upper case fits alphanumeric mode: a smaller symbol than the lower-case text.
    QVERIFY(o.qr.has_value());
    const auto lower = QrMatrix::encode(QString(u"lightning:"_s + t.invoice.text).toLatin1());
    QVERIFY(lower.has_value());
    QVERIFY2(o.qr->version() < lower->version(),
             qPrintable(u"%1 vs %2"_s.arg(o.qr->version()).arg(lower->version())));
    const auto expected = QrMatrix::forLightning(t.invoice.text);
    QCOMPARE(o.qr->size(), expected->size());
    for (int y = 0; y < o.qr->size(); ++y)
        for (int x = 0; x < o.qr->size(); ++x)
            QCOMPARE(o.qr->isDark(x, y), expected->isDark(x, y));
    for (int i = 0; i < o.qr->size(); ++i) // quiet zone
        QVERIFY(!o.qr->isDark(i, 0) && !o.qr->isDark(0, i));

    QCoreApplication::processEvents();
    QVERIFY(!f.isFinished()); // waits for the user
}

void TestQrWallet::onlyTheRightPreimageCompletes()
{
    QrWallet wallet(Network::Regtest);
    int offers = 0;
    connect(&wallet, &QrWallet::offered, this, [&] { ++offers; });
    const TestInvoice t = makeInvoice(500);
    auto f = wallet.payInvoice(t.invoice, MilliSats(), longWait);
    const QString hex = t.preimage.toHex();
    const QString other = generatePreimage().toHex();

    const QStringList bads{QString(),
                           u"   "_s,
                           u"xyz"_s,
                           hex.left(63),
                           hex + u"0"_s,
                           u"0x"_s + hex,
                           hex.left(32) + u" "_s + hex.mid(32),
                           u"preimage: "_s + hex,
                           hex.left(63) + u"g"_s};
    for (const QString &bad : bads) {
        const auto r = wallet.submitPreimage(bad);
        QVERIFY2(!r.hasValue(), qPrintable(bad));
        QCOMPARE(r.error().kind, AppError::Kind::Invalid);
    }
    const auto wrong = wallet.submitPreimage(other);
    QVERIFY(!wrong.hasValue());
    QVERIFY2(wrong.error().message.contains(u"does not belong to this invoice"_s),
             qPrintable(wrong.error().message));
    QCoreApplication::processEvents();
    QVERIFY(!f.isFinished());
    QCOMPARE(await(wallet.lookupPayment(t.invoice.paymentHash))->state,
             OutgoingPayment::State::Pending);

    const auto right = wallet.submitPreimage(QString(u"  \n"_s + hex.toUpper() + u"\t "_s));
    QVERIFY2(right.hasValue(), qPrintable(right.hasValue() ? QString() : right.error().message));
    QCOMPARE(*right, t.invoice.paymentHash);
    const PaymentOutcome paid = await(f);
    QVERIFY(paid.hasValue());
    QCOMPARE(paid->state, OutgoingPayment::State::Succeeded);
    QVERIFY(paid->preimage.has_value());
    QVERIFY(verifyPreimage(*paid->preimage, t.invoice.paymentHash));
    QCOMPARE(paid->amount.msat(), 500'000);
    QCOMPARE(paid->paymentHash, t.invoice.paymentHash);

    const PaymentOutcome looked = await(wallet.lookupPayment(t.invoice.paymentHash));
    QCOMPARE(looked->state, OutgoingPayment::State::Succeeded);
    QCOMPARE(*looked->preimage, t.preimage);

    // Asked to pay it again: proven already, so no second QR code.
    const PaymentOutcome again = await(wallet.payInvoice(t.invoice, MilliSats(), longWait));
    QCOMPARE(again->state, OutgoingPayment::State::Succeeded);
    QCOMPARE(offers, 1);
}

void TestQrWallet::cancelAndTimeoutArePending()
{
    QrWallet wallet(Network::Regtest);
    const TestInvoice a = makeInvoice(100);
    auto cancelled = wallet.payInvoice(a.invoice, MilliSats(), longWait);
    QVERIFY(!wallet.cancel(makeInvoice(100).invoice.paymentHash)); // not this one
    QVERIFY(!cancelled.isFinished());
    QVERIFY(wallet.cancel(a.invoice.paymentHash));
    const PaymentOutcome c = await(cancelled);
    QVERIFY(c.hasValue());
    QCOMPARE(c->state, OutgoingPayment::State::Pending);
    QCOMPARE(c->paymentHash, a.invoice.paymentHash);
    QVERIFY(!c->reason.isEmpty());
    QVERIFY(!wallet.cancel(a.invoice.paymentHash)); // nothing left waiting

    const TestInvoice b = makeInvoice(200);
    QElapsedTimer clock;
    clock.start();
    const PaymentOutcome t = await(wallet.payInvoice(b.invoice, MilliSats(), 50ms), 10'000);
    QVERIFY(t.hasValue());
    QCOMPARE(t->state, OutgoingPayment::State::Pending);
    QVERIFY(clock.elapsed() >= 40);
    QCOMPARE(await(wallet.lookupPayment(b.invoice.paymentHash))->state,
             OutgoingPayment::State::Pending);
}

void TestQrWallet::latePreimageAfterCancelStillCounts()
{
    QrWallet wallet(Network::Regtest);
    const TestInvoice t = makeInvoice(300);
    auto f = wallet.payInvoice(t.invoice, MilliSats(), longWait);
    QVERIFY(wallet.cancel(t.invoice.paymentHash));
    QCOMPARE(await(f)->state, OutgoingPayment::State::Pending);
    // The phone paid after the code was closed: the proof still settles it.
    QVERIFY(wallet.submitPreimage(t.preimage.toHex()).hasValue());
    const PaymentOutcome looked = await(wallet.lookupPayment(t.invoice.paymentHash));
    QCOMPARE(looked->state, OutgoingPayment::State::Succeeded);
    QVERIFY(verifyPreimage(*looked->preimage, t.invoice.paymentHash));
}

void TestQrWallet::lookupStates()
{
    QrWallet wallet(Network::Regtest);
    qint64 now = QDateTime::currentSecsSinceEpoch();
    wallet.setClock([&now] { return now; });
    const TestInvoice t = makeInvoice(400, Network::Regtest, 10, 600);

    const PaymentOutcome never = await(wallet.lookupPayment(t.invoice.paymentHash));
    QCOMPARE(never->state, OutgoingPayment::State::NotFound);

    auto f = wallet.payInvoice(t.invoice, MilliSats(), longWait);
    const PaymentOutcome waiting = await(wallet.lookupPayment(t.invoice.paymentHash));
    QCOMPARE(waiting->state, OutgoingPayment::State::Pending);
    QCOMPARE(waiting->amount.msat(), 400'000);

    now = t.invoice.expiresAt() + 3600; // long past expiry: still not NotFound, never Failed
    const PaymentOutcome expired = await(wallet.lookupPayment(t.invoice.paymentHash));
    QCOMPARE(expired->state, OutgoingPayment::State::Pending);
    QVERIFY2(expired->reason.contains(u"paste the preimage if your phone paid"_s),
             qPrintable(expired->reason));
    QVERIFY(!f.isFinished());

    QVERIFY(wallet.submitPreimage(t.preimage.toHex()).hasValue());
    QCOMPARE(await(wallet.lookupPayment(t.invoice.paymentHash))->state,
             OutgoingPayment::State::Succeeded);
    QCOMPARE(await(f)->state, OutgoingPayment::State::Succeeded);
}

void TestQrWallet::refusesWhatItCannotShow()
{
    QrWallet wallet(Network::Regtest);
    int offers = 0;
    connect(&wallet, &QrWallet::offered, this, [&] { ++offers; });
    const TestInvoice amountless = makeInvoice(std::nullopt);
    const TestInvoice mainnet = makeInvoice(100, Network::Mainnet);
    const TestInvoice expired = makeInvoice(100, Network::Regtest, 7200, 600);

    const PaymentOutcome a = await(wallet.payInvoice(amountless.invoice, MilliSats(), longWait));
    QVERIFY(!a.hasValue());
    QCOMPARE(a.error().kind, AppError::Kind::Invalid);
    const PaymentOutcome m = await(wallet.payInvoice(mainnet.invoice, MilliSats(), longWait));
    QVERIFY(!m.hasValue());
    QCOMPARE(m.error().kind, AppError::Kind::Refused);
    QVERIFY2(m.error().message.contains(networkName(Network::Mainnet)),
             qPrintable(m.error().message));
    const PaymentOutcome e = await(wallet.payInvoice(expired.invoice, MilliSats(), longWait));
    QVERIFY(!e.hasValue());
    QCOMPARE(e.error().kind, AppError::Kind::Refused);
    QCOMPARE(offers, 0);

    // Never offered: no preimage completes them, and lookups say so.
    for (const TestInvoice *t : {&amountless, &mainnet, &expired}) {
        QVERIFY(!wallet.submitPreimage(t->preimage.toHex()).hasValue());
        QCOMPARE(await(wallet.lookupPayment(t->invoice.paymentHash))->state,
                 OutgoingPayment::State::NotFound);
    }
}

void TestQrWallet::closingTheWalletLeavesPaymentsPending()
{
    auto wallet = std::make_unique<QrWallet>(Network::Regtest);
    const TestInvoice t = makeInvoice(100);
    auto f = wallet->payInvoice(t.invoice, MilliSats(), longWait);
    wallet.reset();
    QVERIFY(f.isFinished());
    QCOMPARE(f.resultCount(), 1);
    QCOMPARE(f.result()->state, OutgoingPayment::State::Pending);
    QCOMPARE(f.result()->paymentHash, t.invoice.paymentHash);
}

void TestQrWallet::walletFacts()
{
    QrWallet wallet(Network::Testnet);
    QCOMPARE(wallet.kind(), u"qr"_s);
    QCOMPARE(wallet.network(), Network::Testnet);
    QVERIFY(!wallet.supportsFeeLimit());
    QCOMPARE(*await(wallet.payPermission()), Wallet::PayPermission::Granted);
    const auto info = await(wallet.info());
    QCOMPARE(info->network, Network::Testnet);
    QCOMPARE(info->alias, u"Phone wallet"_s);
    QVERIFY(info->nodeId.isEmpty());
    const auto balance = await(wallet.balance());
    QVERIFY(!balance.hasValue());
    QCOMPARE(balance.error().kind, AppError::Kind::Invalid);
    QCOMPARE(balance.error().code, u"unknown"_s);
    // The connection test needs a balance, so it reports this one's absence by its code.
    const auto tested = await(wallet.testConnection());
    QVERIFY(!tested.hasValue());
    QCOMPARE(tested.error().code, u"unknown"_s);

    const auto made = await(wallet.createInvoice(MilliSats(1000), u"x"_s, 600));
    QVERIFY(!made.hasValue());
    QCOMPARE(made.error().kind, AppError::Kind::Invalid);
    const auto incoming = await(wallet.lookupInvoice(PaymentHash()));
    QVERIFY(!incoming.hasValue());
    QCOMPARE(incoming.error().kind, AppError::Kind::Invalid);
}

QTEST_GUILESS_MAIN(TestQrWallet)
#include "tst_qrwallet.moc"
