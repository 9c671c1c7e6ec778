// SPDX-License-Identifier: GPL-3.0-or-later
// decidePayment: every refusal the money rules name, and the threshold between paying at once
// and asking.
#include "lightning/bolt11decoder.h"
#include "lightning/bolt11encoder.h"
#include "lightning/preimage.h"
#include "pay/spendingpolicy.h"

#include <QDateTime>
#include <QTest>

using namespace lw;

namespace {

const qint64 now = 1'800'000'000;

Bolt11Invoice invoice(std::optional<qint64> sats, Network network = Network::Regtest,
                      qint64 timestamp = now - 10, qint64 expiry = 600)
{
    Bolt11Draft d;
    d.network = network;
    if (sats)
        d.amount = MilliSats(*sats * 1000);
    d.timestamp = timestamp;
    d.paymentHash = paymentHashOf(generatePreimage());
    d.paymentSecret = *PaymentSecret::fromBytes(QByteArray(32, 's'));
    d.description = QStringLiteral("hire:post_task");
    d.expirySeconds = expiry;
    const auto key = PrivateKey::fromBytes(QByteArray(QByteArray(31, 0) + char(7)));
    auto text = encodeBolt11(d, *key);
    if (!text)
        qFatal("cannot encode");
    auto decoded = decodeBolt11(*text);
    if (!decoded)
        qFatal("cannot decode");
    return *decoded;
}

PaymentProposal proposal(const Bolt11Invoice &inv, qint64 agreedSats)
{
    PaymentProposal p;
    p.invoice = inv;
    p.agreed = MilliSats(agreedSats * 1000);
    p.walletNetwork = Network::Regtest;
    p.expectedHashes = {{QStringLiteral("macaroon"), inv.paymentHash}};
    p.nowSecs = now;
    return p;
}

QString refusal(const PaymentProposal &p, const SpendingLimits &limits = {})
{
    auto d = decidePayment(p, limits);
    if (d)
        return QStringLiteral("paid");
    return d.error().code;
}

} // namespace

class TestSpendingPolicy : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void paysAtOrBelowThePrice()
    {
        auto d = decidePayment(proposal(invoice(50), 50), {});
        QVERIFY(d);
        QCOMPARE(d->verdict, PaymentDecision::Verdict::Pay);
        QCOMPARE(d->amount, MilliSats(50'000));
        QVERIFY(decidePayment(proposal(invoice(10), 50), {}));
    }
    void refusesAboveThePrice() { QCOMPARE(refusal(proposal(invoice(51), 50)), u"above_price"); }
    void refusesAmountless()
    {
        QCOMPARE(refusal(proposal(invoice(std::nullopt), 50)), u"no_amount");
    }
    void refusesWrongNetwork()
    {
        QCOMPARE(refusal(proposal(invoice(50, Network::Mainnet), 50)), u"wrong_network");
        QCOMPARE(refusal(proposal(invoice(50, Network::Testnet), 50)), u"wrong_network");
    }
    void refusesExpired()
    {
        QCOMPARE(refusal(proposal(invoice(50, Network::Regtest, now - 601, 600), 50)), u"expired");
        // The last second before expiry is still payable.
        QVERIFY(decidePayment(proposal(invoice(50, Network::Regtest, now - 599, 600), 50), {}));
    }
    void refusesHashMismatch()
    {
        PaymentProposal p = proposal(invoice(50), 50);
        p.expectedHashes.append(
            {QStringLiteral("X-Payment-Hash"), paymentHashOf(generatePreimage())});
        QCOMPARE(refusal(p), u"hash_mismatch");
        p.expectedHashes.removeLast();
        p.expectedHashes.append({QStringLiteral("body"), std::nullopt});
        QCOMPARE(refusal(p), u"hash_unreadable");
    }
    void capsApply()
    {
        SpendingLimits limits;
        limits.perPaymentCap = MilliSats(40'000);
        QCOMPARE(refusal(proposal(invoice(50), 50), limits), u"above_cap");

        limits = {};
        limits.dailyCap = MilliSats(1'000'000);
        limits.maxRoutingFee = MilliSats(10'000);
        PaymentProposal p = proposal(invoice(50), 50);
        p.spentLast24h = MilliSats(940'000); // 940 + 50 + 10 fee = 1000: still inside
        QVERIFY(decidePayment(p, limits));
        p.spentLast24h = MilliSats(940'001);
        QCOMPARE(refusal(p, limits), u"daily_cap");
    }
    void asksAboveTheThreshold()
    {
        SpendingLimits limits;
        limits.confirmAbove = MilliSats(49'000);
        auto d = decidePayment(proposal(invoice(50), 50), limits);
        QVERIFY(d);
        QCOMPARE(d->verdict, PaymentDecision::Verdict::Ask);
        limits.confirmAbove = MilliSats(50'000);
        QCOMPARE(decidePayment(proposal(invoice(50), 50), limits)->verdict,
                 PaymentDecision::Verdict::Pay);
    }
};

QTEST_GUILESS_MAIN(TestSpendingPolicy)
#include "tst_spendingpolicy.moc"
