// SPDX-License-Identifier: GPL-3.0-or-later
// BOLT 11 decoder: every spec vector with every field, the invalid vectors, and boundaries.
#include "common/hex.h"
#include "lightning/bech32.h"
#include "lightning/bolt11decoder.h"
#include "testutil.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace lw;
using namespace Qt::Literals::StringLiterals;

class TestBolt11 : public QObject {
    Q_OBJECT

private:
    QJsonObject m_vectors = lwtest::readJson(lwtest::dataPath("bolt11-vectors.json")).object();

private Q_SLOTS:
    void validVectors_data();
    void validVectors();
    void invalidVectors_data();
    void invalidVectors();
    void upperCaseDecodesLikeLowerCase();
    void amounts_data();
    void amounts();
    void expiry();
    void rejectsOversizedAndEmptyInput();
    void unknownNetwork();
};

void TestBolt11::validVectors_data()
{
    QTest::addColumn<QJsonObject>("vector");
    for (const QJsonValue &v : m_vectors.value(u"valid").toArray())
        QTest::newRow(qPrintable(v[u"name"].toString())) << v.toObject();
    QCOMPARE(m_vectors.value(u"valid").toArray().size(), 16);
}

void TestBolt11::validVectors()
{
    QFETCH(QJsonObject, vector);
    const auto result = decodeBolt11(vector[u"invoice"].toString());
    QVERIFY2(result.hasValue(), qPrintable(result.hasValue() ? QString() : result.error().message));
    const Bolt11Invoice &inv = *result;

    QCOMPARE(networkName(inv.network), vector[u"network"].toString());
    if (vector[u"amount_msat"].isNull())
        QVERIFY(!inv.amount.has_value());
    else
        QCOMPARE(inv.amount->msat(), vector[u"amount_msat"].toInteger());
    QCOMPARE(inv.timestamp, vector[u"timestamp"].toInteger());
    QCOMPARE(inv.paymentHash.toHex(), vector[u"payment_hash"].toString());
    QCOMPARE(inv.paymentSecret.toHex(), vector[u"payment_secret"].toString());
    if (vector[u"description"].isNull())
        QVERIFY(!inv.description.has_value());
    else
        QCOMPARE(*inv.description, vector[u"description"].toString());
    if (vector[u"description_hash"].isNull())
        QVERIFY(!inv.descriptionHash.has_value());
    else
        QCOMPARE(inv.descriptionHash->toHex(), vector[u"description_hash"].toString());
    QCOMPARE(inv.expirySeconds, vector[u"expiry"].toInteger());
    QCOMPARE(inv.minFinalCltvExpiryDelta, vector[u"min_final_cltv"].toInteger());

    QList<int> features;
    for (const QJsonValue &f : vector[u"features"].toArray())
        features << f.toInt();
    QCOMPARE(inv.featureBits, features);

    const QJsonArray fallbacks = vector[u"fallbacks"].toArray();
    QCOMPARE(inv.fallbacks.size(), fallbacks.size());
    for (qsizetype i = 0; i < fallbacks.size(); ++i) {
        QCOMPARE(inv.fallbacks[i].version, fallbacks[i][u"version"].toInt());
        QCOMPARE(hex::encode(inv.fallbacks[i].program), fallbacks[i][u"program"].toString());
    }

    const QJsonArray hints = vector[u"route_hints"].toArray();
    QCOMPARE(inv.routeHints.size(), hints.size());
    for (qsizetype h = 0; h < hints.size(); ++h) {
        const QJsonArray hops = hints[h].toArray();
        QCOMPARE(inv.routeHints[h].size(), hops.size());
        for (qsizetype i = 0; i < hops.size(); ++i) {
            const RouteHop &hop = inv.routeHints[h][i];
            QCOMPARE(hop.pubkey.toHex(), hops[i][u"pubkey"].toString());
            QCOMPARE(hop.shortChannelIdText(), hops[i][u"short_channel_id"].toString());
            QCOMPARE(qint64(hop.feeBaseMsat), hops[i][u"fee_base_msat"].toInteger());
            QCOMPARE(qint64(hop.feeProportionalMillionths),
                     hops[i][u"fee_proportional_millionths"].toInteger());
            QCOMPARE(qint64(hop.cltvExpiryDelta), hops[i][u"cltv_expiry_delta"].toInteger());
        }
    }

    if (vector[u"payment_metadata"].isNull())
        QVERIFY(!inv.paymentMetadata.has_value());
    else
        QCOMPARE(hex::encode(*inv.paymentMetadata), vector[u"payment_metadata"].toString());

    QCOMPARE(inv.payee.toHex(), vector[u"payee"].toString());
    QCOMPARE(inv.recoveryId, vector[u"recovery_id"].toInt());
    QCOMPARE(inv.highS, vector[u"high_s"].toBool());
    QCOMPARE(inv.signingHash.toHex(), vector[u"signing_hash"].toString());
    QCOMPARE(inv.text.size(), vector[u"length"].toInteger());

    const QJsonArray fields = vector[u"fields"].toArray();
    QCOMPARE(inv.fields.size(), fields.size());
    for (qsizetype i = 0; i < fields.size(); ++i) {
        QCOMPARE(QString(QLatin1Char(inv.fields[i].tag)), fields[i][0].toString());
        QCOMPARE(inv.fields[i].length, fields[i][1].toInt());
    }
}

void TestBolt11::invalidVectors_data()
{
    QTest::addColumn<QString>("invoice");
    QTest::addColumn<int>("expected");
    const QHash<QString, Bolt11ErrorCode> codes{
        {u"I1"_s, Bolt11ErrorCode::UnknownRequiredFeature},
        {u"I2"_s, Bolt11ErrorCode::Bech32},
        {u"I3"_s, Bolt11ErrorCode::Bech32},
        {u"I4"_s, Bolt11ErrorCode::Bech32},
        {u"I5"_s, Bolt11ErrorCode::InvalidSignature},
        {u"I6"_s, Bolt11ErrorCode::TooShort},
        {u"I7"_s, Bolt11ErrorCode::InvalidAmount},
        {u"I8"_s, Bolt11ErrorCode::SubMillisatoshiAmount},
        {u"I9"_s, Bolt11ErrorCode::MissingPaymentSecret},
        {u"I10"_s, Bolt11ErrorCode::PayeeMismatch},
    };
    const QJsonArray invalid = m_vectors.value(u"invalid").toArray();
    QCOMPARE(invalid.size(), 10);
    for (const QJsonValue &v : invalid) {
        const QString name = v[u"name"].toString();
        QTest::newRow(qPrintable(name)) << v[u"invoice"].toString() << int(codes.value(name));
    }
}

void TestBolt11::invalidVectors()
{
    QFETCH(QString, invoice);
    QFETCH(int, expected);
    const auto result = decodeBolt11(invoice);
    QVERIFY(!result.hasValue());
    QCOMPARE(int(result.error().code), expected);
    QVERIFY(!result.error().message.isEmpty());
}

void TestBolt11::upperCaseDecodesLikeLowerCase()
{
    const QJsonArray valid = m_vectors.value(u"valid").toArray();
    const auto lower = decodeBolt11(valid[11][u"invoice"].toString());
    const auto upper = decodeBolt11(valid[12][u"invoice"].toString());
    QVERIFY(lower.hasValue() && upper.hasValue());
    QCOMPARE(upper->text, lower->text);
    QCOMPARE(upper->signingHash, lower->signingHash);
}

void TestBolt11::amounts_data()
{
    QTest::addColumn<QString>("hrpAmount");
    QTest::addColumn<qint64>("msat");
    QTest::addColumn<int>("error");
    QTest::newRow("btc") << u"1"_s << qint64(100'000'000'000) << -1;
    QTest::newRow("milli") << u"20m"_s << qint64(2'000'000'000) << -1;
    QTest::newRow("micro") << u"2500u"_s << qint64(250'000'000) << -1;
    QTest::newRow("nano") << u"1n"_s << qint64(100) << -1;
    QTest::newRow("pico") << u"10p"_s << qint64(1) << -1;
    QTest::newRow("pico not whole msat")
        << u"15p"_s << qint64(0) << int(Bolt11ErrorCode::SubMillisatoshiAmount);
    QTest::newRow("non-largest multiplier") << u"1000000u"_s << qint64(100'000'000'000) << -1;
    QTest::newRow("max money") << u"21000000"_s << qint64(2'100'000'000'000'000'000) << -1;
    QTest::newRow("over max money")
        << u"21000001"_s << qint64(0) << int(Bolt11ErrorCode::AmountTooLarge);
    QTest::newRow("pico overflow")
        << u"99999999999999999999990p"_s << qint64(0) << int(Bolt11ErrorCode::AmountTooLarge);
    QTest::newRow("milli overflow")
        << u"999999999999999m"_s << qint64(0) << int(Bolt11ErrorCode::AmountTooLarge);
    QTest::newRow("pico max money")
        << u"21000000000000000000p"_s << qint64(2'100'000'000'000'000'000) << -1;
    QTest::newRow("leading zero") << u"0100u"_s << qint64(0) << int(Bolt11ErrorCode::InvalidAmount);
    QTest::newRow("zero") << u"0m"_s << qint64(0) << int(Bolt11ErrorCode::InvalidAmount);
    QTest::newRow("multiplier only") << u"m"_s << qint64(0) << int(Bolt11ErrorCode::UnknownNetwork);
}

void TestBolt11::amounts()
{
    QFETCH(QString, hrpAmount);
    QFETCH(qint64, msat);
    QFETCH(int, error);
    // Any bech32-valid string reaches the amount parser before the data part is examined:
    // re-encode V2's data under the new HRP so the checksum is right.
    const QString v2 = m_vectors.value(u"valid").toArray()[1][u"invoice"].toString();
    const QString data = v2.sliced(v2.lastIndexOf(u'1') + 1).chopped(6);
    QByteArray words;
    for (QChar c : data)
        words.append(
            char(QByteArrayLiteral("qpzry9x8gf2tvdw0s3jn54khce6mua7l").indexOf(char(c.unicode()))));
    const QString invoice = bech32::encode(QString(u"lnbc"_s + hrpAmount), words);
    const auto result = decodeBolt11(invoice);
    if (error < 0) {
        // The signature was made for another HRP, so only the amount is meaningful here:
        // recovery still yields *a* key, so decoding succeeds with a different payee.
        QVERIFY2(result.hasValue(),
                 qPrintable(result.hasValue() ? QString() : result.error().message));
        QCOMPARE(result->amount->msat(), msat);
    } else {
        QVERIFY(!result.hasValue());
        QCOMPARE(int(result.error().code), error);
    }
}

void TestBolt11::expiry()
{
    const QJsonArray valid = m_vectors.value(u"valid").toArray();
    const auto inv = decodeBolt11(valid[1][u"invoice"].toString()); // x = 60 s
    QVERIFY(inv.hasValue());
    QCOMPARE(inv->expiresAt(), qint64(1496314658 + 60));
    QVERIFY(!inv->isExpired(1496314658 + 59));
    QVERIFY(inv->isExpired(1496314658 + 60));
    QCOMPARE(inv->secondsUntilExpiry(1496314658), qint64(60));
    const auto byDefault = decodeBolt11(valid[0][u"invoice"].toString()); // no x: 3600 s
    QVERIFY(byDefault.hasValue());
    QCOMPARE(byDefault->expiresAt(), qint64(1496314658 + 3600));
}

void TestBolt11::rejectsOversizedAndEmptyInput()
{
    QCOMPARE(int(decodeBolt11(u"").error().code), int(Bolt11ErrorCode::Empty));
    const QString huge = u"lnbc1"_s + QString(maxBolt11Length, u'q');
    QCOMPARE(int(decodeBolt11(huge).error().code), int(Bolt11ErrorCode::TooLong));
    QCOMPARE(int(decodeBolt11(u"lnbc1 pvjluez"_s).error().code), int(Bolt11ErrorCode::Bech32));
}

void TestBolt11::unknownNetwork()
{
    const QString notLn = bech32::encode(u"bc"_s, QByteArray(120, 0));
    QCOMPARE(int(decodeBolt11(notLn).error().code), int(Bolt11ErrorCode::NotAnInvoice));
    const QString litecoin = bech32::encode(u"lnltc"_s, QByteArray(120, 0));
    QCOMPARE(int(decodeBolt11(litecoin).error().code), int(Bolt11ErrorCode::UnknownNetwork));
}

QTEST_GUILESS_MAIN(TestBolt11)
#include "tst_bolt11.moc"
