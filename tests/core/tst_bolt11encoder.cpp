// SPDX-License-Identifier: GPL-3.0-or-later
// BOLT 11 encoder and signer: what it signs, our decoder reads back field for field.
#include "common/crypto.h"
#include "common/ecdsa.h"
#include "lightning/bech32.h"
#include "lightning/bolt11decoder.h"
#include "lightning/bolt11encoder.h"
#include "randomdata.h"

#include <QTest>

using namespace lw;
using namespace Qt::Literals::StringLiterals;

namespace {

const PrivateKey specKey =
    *PrivateKey::fromHex(u"e126f68f7eafcc8b74f54d269fe206be715000f94dac067d1c04a8ca3b2db734");

} // namespace

class TestBolt11Encoder : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void specKeyGivesSpecPayee();
    void amountUsesLargestMultiplier_data();
    void amountUsesLargestMultiplier();
    void randomDraftsRoundTrip();
    void payeeFieldIsVerified();
    void recoveryIdAboveThreeRejected();
    void rejectsInvalidDrafts();
};

void TestBolt11Encoder::specKeyGivesSpecPayee()
{
    Bolt11Draft draft;
    draft.network = Network::Mainnet;
    draft.timestamp = 1496314658;
    draft.paymentHash =
        *PaymentHash::fromHex(u"0001020304050607080900010203040506070809000102030405060708090102");
    draft.paymentSecret = *PaymentSecret::fromHex(QString(64, u'1'));
    draft.description = u"Please consider supporting this project"_s;
    const auto text = encodeBolt11(draft, specKey);
    QVERIFY(text.hasValue());
    QVERIFY(text->startsWith(u"lnbc1"));
    const auto inv = decodeBolt11(*text);
    QVERIFY2(inv.hasValue(), qPrintable(inv.hasValue() ? QString() : inv.error().message));
    QCOMPARE(inv->payee.toHex(),
             u"03e7156ae33b0a208d0744199163177e909e80176e55d97a2f221ede0f934dd9ad"_s);
    QCOMPARE(*inv->description, *draft.description);
    QVERIFY(!inv->amount.has_value());
    QVERIFY(!inv->highS); // libsecp256k1 signs lower-S
}

void TestBolt11Encoder::amountUsesLargestMultiplier_data()
{
    QTest::addColumn<qint64>("msat");
    QTest::addColumn<QString>("hrp");
    QTest::newRow("1 BTC") << qint64(100'000'000'000) << u"lnbcrt1"_s;
    QTest::newRow("50 sat") << qint64(50'000) << u"lnbcrt500n"_s;
    QTest::newRow("10 sat") << qint64(10'000) << u"lnbcrt100n"_s;
    QTest::newRow("2.5 mBTC") << qint64(250'000'000) << u"lnbcrt2500u"_s;
    QTest::newRow("20 mBTC") << qint64(2'000'000'000) << u"lnbcrt20m"_s;
    QTest::newRow("1 msat") << qint64(1) << u"lnbcrt10p"_s;
    QTest::newRow("odd msat") << qint64(967'878'534) << u"lnbcrt9678785340p"_s;
    QTest::newRow("21M BTC") << qint64(2'100'000'000'000'000'000) << u"lnbcrt21000000"_s;
    QTest::newRow("21M BTC - 1 msat")
        << qint64(2'099'999'999'999'999'999) << u"lnbcrt20999999999999999990p"_s;
}

void TestBolt11Encoder::amountUsesLargestMultiplier()
{
    QFETCH(qint64, msat);
    QFETCH(QString, hrp);
    Bolt11Draft draft;
    draft.amount = MilliSats(msat);
    draft.description = u"x"_s;
    const auto text = encodeBolt11(draft, specKey);
    QVERIFY(text.hasValue());
    const auto inv = decodeBolt11(*text);
    QVERIFY2(inv.hasValue(), qPrintable(inv.hasValue() ? QString() : inv.error().message));
    QCOMPARE(inv->hrp, hrp);
    QCOMPARE(inv->amount->msat(), msat);
}

void TestBolt11Encoder::randomDraftsRoundTrip()
{
    QRandomGenerator rng(20261121);
    const Network networks[] = {Network::Mainnet, Network::Testnet, Network::Signet,
                                Network::Regtest, Network::Simnet};
    for (int i = 0; i < 500; ++i) {
        Bolt11Draft d;
        d.network = networks[rng.bounded(5)];
        if (rng.bounded(4) != 0)
            d.amount =
                MilliSats(qint64(rng.bounded(quint64(1), quint64(MilliSats::maxMoneyMsat) / 1000)));
        d.timestamp = qint64(rng.bounded(quint64(1) << 35));
        d.paymentHash = lwtest::randomFixed<PaymentHash>(rng);
        d.paymentSecret = lwtest::randomFixed<PaymentSecret>(rng);
        if (rng.bounded(2))
            d.description = QString::fromUtf8(lwtest::randomBlob(rng, 0)
                                                  .append("task #")
                                                  .append(QByteArray::number(i))
                                                  .append(" \xe2\x9a\xa1 caf\xc3\xa9"));
        else
            d.descriptionHash = lwtest::randomFixed<Hash32>(rng);
        if (rng.bounded(2))
            d.expirySeconds = qint64(rng.bounded(quint64(1) << 40));
        if (rng.bounded(2))
            d.minFinalCltvExpiryDelta = qint64(rng.bounded(1, 5000));
        if (rng.bounded(3) == 0)
            d.fallbacks.append(
                FallbackAddress{0, lwtest::randomBlob(rng, rng.bounded(2) ? 20 : 32)});
        if (rng.bounded(3) == 0)
            d.fallbacks.append(FallbackAddress{17, lwtest::randomBlob(rng, 20)});
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
        d.featureBits = {8, 14};
        if (rng.bounded(2))
            d.featureBits << 17;
        if (rng.bounded(2))
            d.featureBits << 99 << 201;
        if (rng.bounded(3) == 0)
            d.paymentMetadata = lwtest::randomBlob(rng, rng.bounded(1, 64));
        d.includePayee = rng.bounded(2);
        const PrivateKey key = lwtest::randomFixed<PrivateKey>(rng);

        const auto text = encodeBolt11(d, key);
        QVERIFY(text.hasValue());
        const auto inv = decodeBolt11(*text);
        QVERIFY2(inv.hasValue(), qPrintable(inv.hasValue() ? QString() : inv.error().message));
        QCOMPARE(inv->network, d.network);
        QCOMPARE(inv->amount, d.amount);
        QCOMPARE(inv->timestamp, d.timestamp);
        QCOMPARE(inv->paymentHash, d.paymentHash);
        QCOMPARE(inv->paymentSecret, d.paymentSecret);
        QCOMPARE(inv->description, d.description);
        QCOMPARE(inv->descriptionHash.has_value(), d.descriptionHash.has_value());
        if (d.descriptionHash)
            QCOMPARE(*inv->descriptionHash, *d.descriptionHash);
        QCOMPARE(inv->expirySeconds, d.expirySeconds.value_or(3600));
        QCOMPARE(inv->minFinalCltvExpiryDelta, d.minFinalCltvExpiryDelta.value_or(18));
        QCOMPARE(inv->fallbacks, d.fallbacks);
        QCOMPARE(inv->routeHints, d.routeHints);
        QCOMPARE(inv->featureBits, d.featureBits);
        QCOMPARE(inv->paymentMetadata, d.paymentMetadata);
        QCOMPARE(inv->payee, *ecdsa::publicKeyOf(key));
        QCOMPARE(inv->payeeFromField, d.includePayee);
    }
}

void TestBolt11Encoder::payeeFieldIsVerified()
{
    // An `n` field naming someone else's key must make the invoice fail to decode.
    Bolt11Draft d;
    d.description = u"x"_s;
    d.includePayee = true;
    const auto text = encodeBolt11(d, specKey);
    QVERIFY(decodeBolt11(*text).hasValue());
    QString tampered = *text;
    // Flip one character inside the signature and fix nothing else: checksum breaks first.
    tampered[tampered.size() - 20] = tampered[tampered.size() - 20] == u'q' ? u'p' : u'q';
    QCOMPARE(int(decodeBolt11(tampered).error().code), int(Bolt11ErrorCode::Bech32));
}

void TestBolt11Encoder::recoveryIdAboveThreeRejected()
{
    // With an `n` field the recovery id is not needed to verify, but a byte above 3 is still
    // malformed. Rewrite the last signature word (the recovery id's low five bits), re-checksum.
    Bolt11Draft d;
    d.description = u"x"_s;
    d.includePayee = true;
    const QString text = *encodeBolt11(d, specKey);
    const auto decoded = bech32::decode(text);
    QByteArray words = decoded->data;
    words[words.size() - 1] = char(7);
    const auto result = decodeBolt11(bech32::encode(decoded->hrp, words));
    QVERIFY(!result.hasValue());
    QCOMPARE(int(result.error().code), int(Bolt11ErrorCode::InvalidSignature));
}

void TestBolt11Encoder::rejectsInvalidDrafts()
{
    Bolt11Draft d;
    QCOMPARE(int(encodeBolt11(d, specKey).error().code), int(Bolt11EncodeErrorCode::InvalidField));
    d.description = u"x"_s;
    d.descriptionHash = Hash32();
    QVERIFY(!encodeBolt11(d, specKey).hasValue());
    d.descriptionHash.reset();
    d.amount = MilliSats(0);
    QVERIFY(!encodeBolt11(d, specKey).hasValue());
    d.amount = MilliSats(MilliSats::maxMoneyMsat + 1);
    QVERIFY(!encodeBolt11(d, specKey).hasValue());
    d.amount.reset();
    d.description = QString(640, u'a'); // 640 bytes: more than 1023 five-bit groups
    QVERIFY(!encodeBolt11(d, specKey).hasValue());
    d.description = QString(639, u'a');
    QVERIFY(encodeBolt11(d, specKey).hasValue());
    QCOMPARE(int(encodeBolt11(d, PrivateKey()).error().code),
             int(Bolt11EncodeErrorCode::InvalidKey));
    d.timestamp = qint64(1) << 35;
    QVERIFY(!encodeBolt11(d, specKey).hasValue());
}

QTEST_GUILESS_MAIN(TestBolt11Encoder)
#include "tst_bolt11encoder.moc"
