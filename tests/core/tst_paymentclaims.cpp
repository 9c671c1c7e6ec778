// SPDX-License-Identifier: GPL-3.0-or-later
// PaymentClaims: one wallet per invoice, kept in the app database. The rules on their own
// (reopening, two wallets, when a claim may end), then end to end through PaymentGate: a hash a
// slow node is paying is never shown as a QR code, and one shown as a QR code is never paid by
// the node.
#include "core/appdatabase.h"
#include "futureutil.h"
#include "lightning/bolt11decoder.h"
#include "lightning/bolt11encoder.h"
#include "lightning/preimage.h"
#include "pay/paymentclaims.h"
#include "pay/paymentgate.h"
#include "qr/qrwallet.h"
#include "secrets/secretbox.h"

#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTest>

using namespace lw;
using namespace lwtest;
using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;

namespace {

const QString node = u"phoenixd"_s;
const QString qr = QString::fromUtf16(QrWallet::label);

struct TestInvoice {
    Bolt11Invoice invoice;
    Preimage preimage;
};

TestInvoice makeInvoice(qint64 sats)
{
    TestInvoice out;
    out.preimage = generatePreimage();
    Bolt11Draft d;
    d.network = Network::Regtest;
    d.amount = MilliSats(sats * 1000);
    d.timestamp = QDateTime::currentSecsSinceEpoch() - 5;
    d.paymentHash = paymentHashOf(out.preimage);
    d.paymentSecret = *PaymentSecret::fromBytes(QByteArray(32, 'c'));
    d.description = u"claimed"_s;
    d.expirySeconds = 900;
    const auto key = PrivateKey::fromBytes(QByteArray(QByteArray(31, 0) + char(11)));
    const auto text = encodeBolt11(d, *key);
    if (!text)
        qFatal("cannot encode");
    out.invoice = *decodeBolt11(*text);
    return out;
}

PaymentHash someHash()
{
    return paymentHashOf(generatePreimage());
}

//! A node that pays only when the test says so, and answers lookups as told.
class SlowNode : public PaymentBackend {
public:
    int payCalls = 0;
    std::shared_ptr<QPromise<PaymentOutcome>> inFlight;
    OutgoingPayment::State lookupState = OutgoingPayment::State::NotFound;

    Network network() const override { return Network::Regtest; }
    QFuture<PaymentOutcome> payInvoice(const Bolt11Invoice &, MilliSats,
                                       std::chrono::milliseconds) override
    {
        ++payCalls;
        inFlight = std::make_shared<QPromise<PaymentOutcome>>();
        inFlight->start();
        return inFlight->future();
    }
    void finish(const OutgoingPayment &p)
    {
        inFlight->addResult(PaymentOutcome(p));
        inFlight->finish();
    }
    QFuture<PaymentOutcome> lookupPayment(const PaymentHash &hash) override
    {
        OutgoingPayment p;
        p.state = lookupState;
        p.paymentHash = hash;
        return QtFuture::makeReadyFuture(PaymentOutcome(p));
    }
    QFuture<InvoiceOutcome> createInvoice(MilliSats, const QString &, qint64) override
    {
        return QtFuture::makeReadyFuture(
            InvoiceOutcome(fail(AppError::make(AppError::Kind::Invalid, u"no"_s))));
    }
    QFuture<IncomingOutcome> lookupInvoice(const PaymentHash &) override
    {
        return QtFuture::makeReadyFuture(
            IncomingOutcome(fail(AppError::make(AppError::Kind::Invalid, u"no"_s))));
    }
};

//! The app database, journal and claims, with a gate over any backend.
struct Engine {
    QTemporaryDir dir;
    std::unique_ptr<Database> db = openApp(dir.filePath(u"app.sqlite"_s));
    SecretBox box{*DataKey::fromBytes(QByteArray(32, 'k'))};
    PaymentJournal journal{*db, box};
    PaymentClaims claims{*db};
    QNetworkAccessManager network;
    HttpClient http{&network};

    std::unique_ptr<PaymentGate> gate(PaymentBackend *wallet, const QString &label)
    {
        auto g = std::make_unique<PaymentGate>(&http, &journal, wallet, SpendingLimits{});
        g->setConfirmer([](const PaymentPrompt &) { return QtFuture::makeReadyFuture(true); });
        g->setClaims(&claims, label);
        return g;
    }
    QFuture<CallOutcome> pay(PaymentGate &g, const TestInvoice &t)
    {
        return g.payInvoice(JournalEntry::Kind::Invoice, u"pay"_s, 0, t.invoice.text,
                            *t.invoice.amount, QUrl());
    }
    JournalEntry latest() const { return journal.recent(1)->constFirst(); }
};

//! Everything here answers at once or on the test's word: a hang is a failure, found fast.
template <typename T>
T settled(QFuture<T> future)
{
    return await(future, 5'000);
}

} // namespace

class TestPaymentClaims : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void claimsSurviveReopening();
    void oneWalletPerHash();
    void releasedOnlyAfterADefiniteOutcome();
    void qrClaimEndsOnlyWithAPreimage();
    void slowNodePaymentIsNeverOfferedAsQr();
    void qrOfferIsNeverPaidByTheNode();
    void failedNodePaymentFreesTheHash();
    void gateOverQrWalletAndARestart();
    void restartedQrWalletKnowsOnlyItsOffers();
};

void TestPaymentClaims::claimsSurviveReopening()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"app.sqlite"_s);
    const PaymentHash h = someHash();
    {
        auto db = openApp(path);
        QVERIFY(db);
        QVERIFY(tables(*db).contains(u"payment_claims"_s));
        PaymentClaims claims(*db);
        QCOMPARE(*claims.claim(h, node), true);
    }
    auto db = openApp(path);
    QVERIFY(db);
    PaymentClaims claims(*db);
    QCOMPARE(*claims.claim(h, qr, ClaimHold::UntilPreimage), false);
    const auto found = claims.find(h);
    QVERIFY(found.hasValue() && found->has_value());
    QCOMPARE((*found)->wallet, node);
    QCOMPARE((*found)->hold, ClaimHold::UntilDefiniteOutcome);
    QVERIFY((*found)->claimedAtMs > 0);
    QVERIFY(!(*found)->releasedAtMs && !(*found)->paidAtMs);
    QVERIFY((*found)->isActive());
    QVERIFY(!claims.find(someHash())->has_value());
}

void TestPaymentClaims::oneWalletPerHash()
{
    Engine e;
    const PaymentHash h1 = someHash();
    const PaymentHash h2 = someHash();
    QCOMPARE(*e.claims.claim(h1, node), true);
    QCOMPARE(*e.claims.claim(h2, qr), true);
    QCOMPARE(*e.claims.claim(h1, node), true); // asking again is harmless
    QCOMPARE(*e.claims.claim(h1, qr), false);
    QCOMPARE(*e.claims.claim(h2, node), false);
    QCOMPARE((*e.claims.find(h1))->wallet, node);
    QCOMPARE((*e.claims.find(h2))->wallet, qr);
}

void TestPaymentClaims::releasedOnlyAfterADefiniteOutcome()
{
    Engine e;
    const PaymentHash h = someHash();
    QCOMPARE(*e.claims.claim(h, node), true);
    QCOMPARE(*e.claims.release(h, qr, OutgoingPayment::State::Failed), false); // not its claim
    QCOMPARE(*e.claims.release(h, node, OutgoingPayment::State::Pending), false);
    QCOMPARE(*e.claims.release(h, node, OutgoingPayment::State::Succeeded), false);
    QCOMPARE(*e.claims.claim(h, qr), false);

    QCOMPARE(*e.claims.release(h, node, OutgoingPayment::State::Failed), true);
    QVERIFY(!(*e.claims.find(h))->isActive());
    QCOMPARE(*e.claims.claim(h, qr), true); // free again
    QCOMPARE(*e.claims.claim(h, node), false);
    QCOMPARE(*e.claims.release(h, qr, OutgoingPayment::State::NotFound), true);
    QCOMPARE(*e.claims.release(h, qr, OutgoingPayment::State::NotFound), false); // once

    // A payment proven by its preimage closes the hash to everyone, its payer too.
    QCOMPARE(*e.claims.claim(h, node), true);
    const Preimage right = generatePreimage();
    const PaymentHash paidHash = paymentHashOf(right);
    QCOMPARE(*e.claims.claim(paidHash, node), true);
    QCOMPARE(*e.claims.recordPaid(paidHash, node, generatePreimage()), false);
    QCOMPARE(*e.claims.recordPaid(paidHash, node, right), true);
    QCOMPARE(*e.claims.release(paidHash, node, OutgoingPayment::State::Failed), false);
    QCOMPARE(*e.claims.claim(paidHash, qr), false);
    QCOMPARE(*e.claims.claim(paidHash, node), false);
    QVERIFY((*e.claims.find(paidHash))->paidAtMs.has_value());
}

void TestPaymentClaims::qrClaimEndsOnlyWithAPreimage()
{
    Engine e;
    const Preimage preimage = generatePreimage();
    const PaymentHash h = paymentHashOf(preimage);
    QCOMPARE(*e.claims.claim(h, qr), true);
    QCOMPARE(*e.claims.claim(h, qr, ClaimHold::UntilPreimage), true); // lengthens the hold
    QCOMPARE((*e.claims.find(h))->hold, ClaimHold::UntilPreimage);
    QCOMPARE(*e.claims.claim(h, qr), true); // never shortens it
    QCOMPARE((*e.claims.find(h))->hold, ClaimHold::UntilPreimage);
    QCOMPARE(*e.claims.release(h, qr, OutgoingPayment::State::Failed), false);
    QCOMPARE(*e.claims.release(h, qr, OutgoingPayment::State::NotFound), false);
    QCOMPARE(*e.claims.claim(h, node), false);
    QCOMPARE(*e.claims.recordPaid(h, node, preimage), false); // not the holder
    QCOMPARE(*e.claims.recordPaid(h, qr, generatePreimage()), false);
    QCOMPARE(*e.claims.recordPaid(h, qr, preimage), true);
    QCOMPARE(*e.claims.claim(h, node), false);
}

void TestPaymentClaims::slowNodePaymentIsNeverOfferedAsQr()
{
    Engine e;
    SlowNode slow;
    auto gate = e.gate(&slow, node);
    QrWallet phone(Network::Regtest);
    phone.setClaims(&e.claims);
    int offers = 0;
    connect(&phone, &QrWallet::offered, this, [&] { ++offers; });
    const TestInvoice t = makeInvoice(50);

    auto paying = e.pay(*gate, t);
    QCOMPARE(slow.payCalls, 1);
    QVERIFY(!paying.isFinished());
    const PaymentOutcome shown = settled(phone.payInvoice(t.invoice, MilliSats(), 60s));
    QVERIFY(!shown.hasValue());
    QCOMPARE(shown.error().kind, AppError::Kind::Conflict);
    QCOMPARE(offers, 0);
    QCOMPARE(settled(phone.lookupPayment(t.invoice.paymentHash))->state,
             OutgoingPayment::State::NotFound); // it was never offered

    OutgoingPayment p;
    p.state = OutgoingPayment::State::Succeeded;
    p.paymentHash = t.invoice.paymentHash;
    p.preimage = t.preimage;
    p.amount = *t.invoice.amount;
    slow.finish(p);
    const CallOutcome done = settled(paying);
    QVERIFY2(done.hasValue(), qPrintable(done.hasValue() ? QString() : done.error().describe()));
    QCOMPARE(e.latest().state, PaymentState::Done);
    QVERIFY((*e.claims.find(t.invoice.paymentHash))->paidAtMs.has_value());
    // Paid: still never shown.
    QVERIFY(!settled(phone.payInvoice(t.invoice, MilliSats(), 60s)).hasValue());
    QCOMPARE(offers, 0);
}

void TestPaymentClaims::qrOfferIsNeverPaidByTheNode()
{
    Engine e;
    SlowNode slow;
    auto gate = e.gate(&slow, node);
    QrWallet phone(Network::Regtest);
    phone.setClaims(&e.claims);
    const TestInvoice t = makeInvoice(70);

    auto shown = phone.payInvoice(t.invoice, MilliSats(), 60s);
    QVERIFY(!shown.isFinished());
    const CallOutcome refused = settled(e.pay(*gate, t));
    QVERIFY(!refused.hasValue());
    QCOMPARE(refused.error().kind, AppError::Kind::Conflict);
    QCOMPARE(refused.error().code, u"claimed_by_other_wallet"_s);
    QVERIFY2(refused.error().message.contains(u"already paying this invoice"_s),
             qPrintable(refused.error().message));
    QCOMPARE(slow.payCalls, 0);
    const JournalEntry entry = e.latest();
    QCOMPARE(entry.state, PaymentState::InvoiceReceived); // not paid, kept for resume
    const auto spent = e.journal.spentSince(0);
    QVERIFY(spent.hasValue());
    QCOMPARE(spent->msat(), 0);

    // Resuming while the code is shown, or after the phone paid: still not paid by the node.
    QVERIFY(!settled(gate->resume(entry)).hasValue());
    QCOMPARE(slow.payCalls, 0);
    QVERIFY(phone.submitPreimage(t.preimage.toHex()).hasValue());
    QCOMPARE(settled(shown)->state, OutgoingPayment::State::Succeeded);
    const CallOutcome again = settled(gate->resume(*e.journal.entry(entry.id)));
    QVERIFY(!again.hasValue());
    QCOMPARE(again.error().code, u"claimed_by_other_wallet"_s);
    QCOMPARE(slow.payCalls, 0);
}

void TestPaymentClaims::failedNodePaymentFreesTheHash()
{
    Engine e;
    SlowNode slow;
    auto gate = e.gate(&slow, node);
    QrWallet phone(Network::Regtest);
    phone.setClaims(&e.claims);
    const TestInvoice t = makeInvoice(40);
    auto paying = e.pay(*gate, t);
    OutgoingPayment failed;
    failed.state = OutgoingPayment::State::Failed;
    failed.paymentHash = t.invoice.paymentHash;
    failed.reason = u"no route"_s;
    slow.finish(failed);
    QVERIFY(!settled(paying).hasValue());
    QCOMPARE(e.latest().state, PaymentState::Failed);
    QVERIFY(!(*e.claims.find(t.invoice.paymentHash))->isActive());

    // Nothing left the node, so the phone may take it over.
    int offers = 0;
    connect(&phone, &QrWallet::offered, this, [&] { ++offers; });
    auto shown = phone.payInvoice(t.invoice, MilliSats(), 60s);
    QCOMPARE(offers, 1);
    QVERIFY(!shown.isFinished());
    QCOMPARE((*e.claims.find(t.invoice.paymentHash))->wallet, qr);
}

void TestPaymentClaims::gateOverQrWalletAndARestart()
{
    Engine e;
    const TestInvoice paid = makeInvoice(60);
    const TestInvoice unpaid = makeInvoice(80);
    {
        QrWallet phone(Network::Regtest);
        phone.setClaims(&e.claims);
        auto gate = e.gate(&phone, qr);
        connect(&phone, &QrWallet::offered, this, [&](const QrOffer &o) {
            if (o.paymentHash == paid.invoice.paymentHash)
                QVERIFY(phone.submitPreimage(paid.preimage.toHex()).hasValue());
        });
        const CallOutcome done = settled(e.pay(*gate, paid));
        QVERIFY2(done.hasValue(), qPrintable(done.hasValue() ? QString() : done.error().message));
        QCOMPARE(e.latest().state, PaymentState::Done);
        QVERIFY(verifyPreimage(*e.latest().preimage, paid.invoice.paymentHash));

        gate->setPayTimeout(30ms); // the phone does not pay this one in time
        const CallOutcome waiting = settled(e.pay(*gate, unpaid));
        QVERIFY(!waiting.hasValue());
        QCOMPARE(e.latest().state, PaymentState::Paying);
    }
    // After a restart the wallet has forgotten the offer; the claim has not.
    QrWallet phone(Network::Regtest);
    phone.setClaims(&e.claims);
    const PaymentOutcome looked = settled(phone.lookupPayment(unpaid.invoice.paymentHash));
    QCOMPARE(looked->state, OutgoingPayment::State::Pending);
    auto gate = e.gate(&phone, qr);
    const JournalEntry entry = e.latest();
    QVERIFY(!settled(gate->resume(entry)).hasValue());
    QCOMPARE(e.journal.entry(entry.id)->state, PaymentState::Paying); // never restarted
    SlowNode slow;
    auto nodeGate = e.gate(&slow, node);
    QVERIFY(!settled(e.pay(*nodeGate, unpaid)).hasValue());
    QCOMPARE(slow.payCalls, 0);

    // The phone did pay it: the restarted wallet takes the proof for the offer it never saw,
    // refuses a preimage of an invoice that was never offered, and the resume completes.
    QVERIFY(!phone.submitPreimage(makeInvoice(81).preimage.toHex()).hasValue());
    const auto proven = phone.submitPreimage(unpaid.preimage.toHex());
    QVERIFY(proven.hasValue());
    QCOMPARE(*proven, unpaid.invoice.paymentHash);
    QVERIFY(settled(gate->resume(entry)).hasValue());
    QCOMPARE(e.journal.entry(entry.id)->state, PaymentState::Done);
    QCOMPARE(*e.journal.entry(entry.id)->preimage, unpaid.preimage);
    // Paid for good: a second proof finds nothing waiting.
    QVERIFY(!phone.submitPreimage(paid.preimage.toHex()).hasValue());
}

void TestPaymentClaims::restartedQrWalletKnowsOnlyItsOffers()
{
    Engine e;
    QrWallet phone(Network::Regtest);
    phone.setClaims(&e.claims);
    // Claimed for "qr" by a gate whose wallet then refused to show it: never offered, so a
    // lookup may say NotFound and the gate lets go.
    const PaymentHash gateOnly = someHash();
    QCOMPARE(*e.claims.claim(gateOnly, qr), true);
    QCOMPARE(settled(phone.lookupPayment(gateOnly))->state, OutgoingPayment::State::NotFound);
    const PaymentHash offered = someHash();
    QCOMPARE(*e.claims.claim(offered, qr, ClaimHold::UntilPreimage), true);
    const PaymentOutcome looked = settled(phone.lookupPayment(offered));
    QCOMPARE(looked->state, OutgoingPayment::State::Pending);
    QVERIFY(looked->reason.contains(u"paste the preimage if your phone paid"_s));
    const PaymentHash otherWallet = someHash();
    QCOMPARE(*e.claims.claim(otherWallet, node), true);
    QCOMPARE(settled(phone.lookupPayment(otherWallet))->state, OutgoingPayment::State::NotFound);
}

QTEST_GUILESS_MAIN(TestPaymentClaims)
#include "tst_paymentclaims.moc"
