// SPDX-License-Identifier: GPL-3.0-or-later
// Cross-checks with npm `bolt11` 1.4.1 in both directions: 1,000 random invoices signed by it
// decode here with every field equal, and 1,000 signed here decode there with every field equal.
#include "common/ecdsa.h"
#include "common/hex.h"
#include "lightning/bolt11decoder.h"
#include "lightning/bolt11encoder.h"
#include "peerprocess.h"
#include "randomdata.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace lw;
using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int invoiceCount = 1000;

// The normalised JSON shape both peer scripts use, built from one of our decoded invoices.
QJsonObject normalise(const Bolt11Invoice &inv)
{
    QJsonObject o;
    o.insert(u"network", bolt11Currency(inv.network));
    o.insert(u"msat", inv.amount ? QJsonValue(QString::number(inv.amount->msat())) : QJsonValue());
    o.insert(u"timestamp", inv.timestamp);
    o.insert(u"payment_hash", inv.paymentHash.toHex());
    o.insert(u"payment_secret", inv.paymentSecret.toHex());
    o.insert(u"description", inv.description ? QJsonValue(*inv.description) : QJsonValue());
    o.insert(u"description_hash",
             inv.descriptionHash ? QJsonValue(inv.descriptionHash->toHex()) : QJsonValue());
    auto used = [&inv](char tag) {
        return std::any_of(inv.fields.begin(), inv.fields.end(),
                           [tag](const Bolt11Field &f) { return f.tag == tag && f.used; });
    };
    o.insert(u"expiry", used('x') ? QJsonValue(inv.expirySeconds) : QJsonValue());
    o.insert(u"min_final_cltv", used('c') ? QJsonValue(inv.minFinalCltvExpiryDelta) : QJsonValue());
    QJsonArray fallbacks;
    for (const FallbackAddress &f : inv.fallbacks)
        fallbacks.append(
            QJsonObject{{u"version"_s, f.version}, {u"program"_s, hex::encode(f.program)}});
    o.insert(u"fallbacks", fallbacks);
    QJsonArray routes;
    for (const RouteHint &hint : inv.routeHints) {
        QJsonArray hops;
        for (const RouteHop &h : hint) {
            QByteArray scid(8, 0);
            for (int i = 0; i < 8; ++i)
                scid[i] = char(h.shortChannelId >> (56 - 8 * i));
            hops.append(
                QJsonObject{{u"pubkey"_s, h.pubkey.toHex()},
                            {u"short_channel_id"_s, hex::encode(scid)},
                            {u"fee_base_msat"_s, qint64(h.feeBaseMsat)},
                            {u"fee_proportional_millionths"_s, qint64(h.feeProportionalMillionths)},
                            {u"cltv_expiry_delta"_s, h.cltvExpiryDelta}});
        }
        routes.append(hops);
    }
    o.insert(u"routes", routes);
    QJsonArray features;
    for (int bit : inv.featureBits)
        features.append(bit);
    o.insert(u"features", features);
    o.insert(u"payee", inv.payee.toHex());
    o.insert(u"payee_tag", inv.payeeFromField);
    o.insert(u"signature", hex::encode(inv.signature));
    o.insert(u"recovery", inv.recoveryId);
    return o;
}

// Field-by-field comparison so a failure names the field.
bool sameFields(const QJsonObject &ours, const QJsonObject &theirs, QString *diff)
{
    for (auto it = theirs.begin(); it != theirs.end(); ++it) {
        if (it.key() == u"metadata" && it.value().isNull() && !ours.contains(u"metadata"))
            continue;
        if (ours.value(it.key()) != it.value()) {
            *diff = u"%1: ours %2, npm %3"_s.arg(
                it.key(),
                QString::fromUtf8(
                    QJsonDocument(QJsonArray{ours.value(it.key())}).toJson(QJsonDocument::Compact)),
                QString::fromUtf8(
                    QJsonDocument(QJsonArray{it.value()}).toJson(QJsonDocument::Compact)));
            return false;
        }
    }
    return true;
}

} // namespace

class TestNpmBolt11 : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void npmSignedDecodeHere();
    void signedHereDecodeInNpm();
};

void TestNpmBolt11::npmSignedDecodeHere()
{
    const QByteArray output =
        lwtest::runPeer(u"bolt11-sign.js"_s, {QString::number(invoiceCount), u"20261121"_s});
    const QJsonArray items = QJsonDocument::fromJson(output).array();
    QCOMPARE(items.size(), invoiceCount);
    int withAmount = 0, withPayeeTag = 0, withRoutes = 0, signet = 0;
    for (const QJsonValue &item : items) {
        const QString invoice = item[u"invoice"].toString();
        const auto decoded = decodeBolt11(invoice);
        QVERIFY2(decoded.hasValue(),
                 qPrintable(invoice + u": "_s + (decoded ? QString() : decoded.error().message)));
        QJsonObject expected = item[u"expected"].toObject();
        QString diff;
        QVERIFY2(sameFields(normalise(*decoded), expected, &diff),
                 qPrintable(invoice + u"\n"_s + diff));
        withAmount += !expected[u"msat"].isNull();
        withPayeeTag += expected[u"payee_tag"].toBool();
        withRoutes += !expected[u"routes"].toArray().isEmpty();
        signet += decoded->network == Network::Signet;
    }
    // The generator covers what it claims to (guards against a silently narrowed generator).
    QVERIFY(withAmount > 600 && withPayeeTag > 150 && withRoutes > 300 && signet > 100);
}

void TestNpmBolt11::signedHereDecodeInNpm()
{
    QRandomGenerator rng(424242);
    const Network networks[] = {Network::Mainnet, Network::Testnet, Network::Signet,
                                Network::Regtest, Network::Simnet};
    QList<QJsonObject> expected;
    QByteArray input;
    for (int i = 0; i < invoiceCount; ++i) {
        Bolt11Draft d;
        d.network = networks[rng.bounded(5)];
        if (rng.bounded(5) != 0) {
            // Spread over magnitudes so every multiplier, pico included, is exercised.
            const quint64 magnitude = quint64(1) << rng.bounded(1, 61);
            d.amount = MilliSats(
                qint64(rng.bounded(quint64(1), qMin(magnitude, quint64(MilliSats::maxMoneyMsat)))));
        }
        d.timestamp = qint64(rng.bounded(quint64(1) << 35));
        d.paymentHash = lwtest::randomFixed<PaymentHash>(rng);
        d.paymentSecret = lwtest::randomFixed<PaymentSecret>(rng);
        if (rng.bounded(2))
            d.description = QString::fromUtf8("lightwork \xe2\x9a\xa1 #") + QString::number(i);
        else
            d.descriptionHash = lwtest::randomFixed<Hash32>(rng);
        if (rng.bounded(2))
            d.expirySeconds = qint64(rng.bounded(quint64(1) << 40));
        if (rng.bounded(2))
            d.minFinalCltvExpiryDelta = qint64(rng.bounded(100000));
        if (rng.bounded(3) == 0)
            d.fallbacks.append(FallbackAddress{int(rng.bounded(2)), lwtest::randomBlob(rng, 32)});
        if (rng.bounded(4) == 0)
            d.fallbacks.append(FallbackAddress{18, lwtest::randomBlob(rng, 20)});
        for (int h = int(rng.bounded(3)); h > 0; --h) {
            RouteHint hint;
            for (int k = int(rng.bounded(1, 4)); k > 0; --k) {
                RouteHop hop;
                hop.pubkey = *ecdsa::publicKeyOf(lwtest::randomFixed<PrivateKey>(rng));
                hop.shortChannelId = rng.generate64();
                hop.feeBaseMsat = rng.generate();
                hop.feeProportionalMillionths = rng.generate();
                hop.cltvExpiryDelta = quint16(rng.bounded(65536));
                hint.append(hop);
            }
            d.routeHints.append(hint);
        }
        d.featureBits = {rng.bounded(2) ? 8 : 9, rng.bounded(2) ? 14 : 15};
        if (rng.bounded(2))
            d.featureBits << 17;
        if (rng.bounded(3) == 0)
            d.featureBits << 25 << 101;
        if (rng.bounded(4) == 0)
            d.paymentMetadata = lwtest::randomBlob(rng, int(rng.bounded(1, 40)));
        d.includePayee = rng.bounded(3) == 0;
        const auto text = encodeBolt11(d, lwtest::randomFixed<PrivateKey>(rng));
        QVERIFY(text.hasValue());
        const auto decoded = decodeBolt11(*text);
        QVERIFY(decoded.hasValue());
        QJsonObject o = normalise(*decoded);
        o.insert(u"metadata",
                 d.paymentMetadata ? QJsonValue(hex::encode(*d.paymentMetadata)) : QJsonValue());
        expected.append(o);
        input += text->toLatin1() + '\n';
    }
    const QList<QByteArray> lines = lwtest::runPeer(u"bolt11-decode.js"_s, {}, input).split('\n');
    QCOMPARE(lines.size(), invoiceCount + 1); // trailing newline
    for (int i = 0; i < invoiceCount; ++i) {
        const QJsonObject theirs = QJsonDocument::fromJson(lines[i]).object();
        QVERIFY2(!theirs.contains(u"error"), qPrintable(theirs[u"error"].toString()));
        QString diff;
        QVERIFY2(sameFields(expected[i], theirs, &diff), qPrintable(diff));
    }
}

QTEST_GUILESS_MAIN(TestNpmBolt11)
#include "tst_npm_bolt11.moc"
