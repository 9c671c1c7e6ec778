// SPDX-License-Identifier: GPL-3.0-or-later
// hex, base64 (both alphabets, padded or not, strict modes) and BIP-173 bech32.
#include "common/base64.h"
#include "common/hex.h"
#include "lightning/bech32.h"
#include "testutil.h"

#include <QTest>

using namespace lw;
using namespace Qt::Literals::StringLiterals;

class TestEncodings : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void hexRoundTrip();
    void hexRejectsBadInput_data();
    void hexRejectsBadInput();
    void base64Macaroon_data();
    void base64Macaroon();
    void base64Strict_data();
    void base64Strict();
    void base64PaddingPolicies();
    void base64Encode();
    void bech32Valid_data();
    void bech32Valid();
    void bech32Invalid_data();
    void bech32Invalid();
    void bech32mIsRecognised();
    void bech32NoLengthLimitByDefault();
    void bech32EncodeRoundTrip();
    void convertBits();
};

void TestEncodings::hexRoundTrip()
{
    const QByteArray bytes = lwtest::unhex("00ff10abcdef");
    QCOMPARE(hex::encode(bytes), u"00ff10abcdef"_s);
    QCOMPARE(*hex::decode(u"00FF10ABCDEF"), bytes);
    QCOMPARE(*hex::decode(QByteArrayView("00ff10abcdef")), bytes);
    QCOMPARE(*hex::decode(u""), QByteArray());
    QVERIFY(hex::isHex(u"abcd", 2));
    QVERIFY(!hex::isHex(u"abcd", 3));
}

void TestEncodings::hexRejectsBadInput_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("odd length") << u"abc"_s;
    QTest::newRow("non-hex letter") << u"abcg"_s;
    QTest::newRow("space") << u"ab cd"_s;
    QTest::newRow("prefix") << u"0xab"_s;
    QTest::newRow("non-ascii") << u"ab\u00e9f"_s;
}

void TestEncodings::hexRejectsBadInput()
{
    QFETCH(QString, text);
    QVERIFY(!hex::decode(text).has_value());
}

// go-macaroon marshal_test.go base64DecodeTests (l402.md d.8).
void TestEncodings::base64Macaroon_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("expected");
    QTest::addColumn<bool>("valid");
    QTest::newRow("empty") << u""_s << QByteArray() << true;
    QTest::newRow("std padded") << u"Z29+IQ=="_s << QByteArray("go~!") << true;
    QTest::newRow("url padded") << u"Z29-IQ=="_s << QByteArray("go~!") << true;
    QTest::newRow("std unpadded") << u"Z29+IQ"_s << QByteArray("go~!") << true;
    QTest::newRow("url unpadded") << u"Z29-IQ"_s << QByteArray("go~!") << true;
    QTest::newRow("too much padding") << u"Z29+IQ==="_s << QByteArray() << false;
}

void TestEncodings::base64Macaroon()
{
    QFETCH(QString, text);
    QFETCH(QByteArray, expected);
    QFETCH(bool, valid);
    const auto decoded = base64::decode(text);
    QCOMPARE(decoded.has_value(), valid);
    if (valid)
        QCOMPARE(*decoded, expected);
}

// aperture mpp/testdata/vectors.json strict base64url cases (l402.md d.11).
void TestEncodings::base64Strict_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::newRow("non-zero trailing bits") << u"AB"_s << false;
    QTest::newRow("newline") << u"aGVs\nbG8"_s << false;
    QTest::newRow("standard alphabet") << u"a+b/"_s << false;
    QTest::newRow("padding in the middle") << u"aGV=bG8"_s << false;
    QTest::newRow("too much padding") << u"aGVsbG8==="_s << false;
    QTest::newRow("wrong padding") << u"aGVsbG="_s << false;
    QTest::newRow("impossible length") << u"aGVsb"_s << false;
    QTest::newRow("padded") << u"aGVsbG8="_s << true;
    QTest::newRow("unpadded") << u"aGVsbG8"_s << true;
}

void TestEncodings::base64Strict()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    base64::DecodeOptions strict;
    strict.alphabet = base64::Alphabet::Url;
    strict.rejectNonZeroTrailingBits = true;
    const auto decoded = base64::decode(text, strict);
    QCOMPARE(decoded.has_value(), valid);
    if (valid)
        QCOMPARE(*decoded, QByteArray("hello"));
}

void TestEncodings::base64PaddingPolicies()
{
    base64::DecodeOptions required;
    required.padding = base64::Padding::Required;
    QVERIFY(base64::decode(u"aGVsbG8=", required).has_value());
    QVERIFY(!base64::decode(u"aGVsbG8", required).has_value());
    base64::DecodeOptions forbidden;
    forbidden.padding = base64::Padding::Forbidden;
    QVERIFY(!base64::decode(u"aGVsbG8=", forbidden).has_value());
    QVERIFY(base64::decode(u"aGVsbG8", forbidden).has_value());
    base64::DecodeOptions spaces;
    spaces.ignoreWhitespace = true;
    QCOMPARE(*base64::decode(u" aGVs\nbG8= ", spaces), QByteArray("hello"));
    QVERIFY(!base64::decode(u"aGVs bG8=").has_value());
    base64::DecodeOptions standard;
    standard.alphabet = base64::Alphabet::Standard;
    QVERIFY(!base64::decode(u"Z29-IQ", standard).has_value());
    QVERIFY(base64::decode(u"Z29+IQ", standard).has_value());
}

void TestEncodings::base64Encode()
{
    QCOMPARE(base64::encode("go~!"), u"Z29+IQ=="_s);
    QCOMPARE(base64::encode("go~!", base64::Alphabet::Url, false), u"Z29-IQ"_s);
    QCOMPARE(base64::encode("", base64::Alphabet::Url, false), QString());
}

// BIP-173 "Test vectors" (valid bech32 strings).
void TestEncodings::bech32Valid_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("1") << u"A12UEL5L"_s;
    QTest::newRow("2") << u"a12uel5l"_s;
    QTest::newRow("3")
        << u"an83characterlonghumanreadablepartthatcontainsthenumber1andtheexcludedcharactersbio1tt5tgs"_s;
    QTest::newRow("4") << u"abcdef1qpzry9x8gf2tvdw0s3jn54khce6mua7lmqqqxw"_s;
    QTest::newRow("5")
        << u"11qqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqc8247j"_s;
    QTest::newRow("6") << u"split1checkupstagehandshakeupstreamerranterredcaperred2y9e3w"_s;
    QTest::newRow("7") << u"?1ezyfcl"_s;
}

void TestEncodings::bech32Valid()
{
    QFETCH(QString, text);
    const auto decoded = bech32::decode(text, 90);
    QVERIFY2(decoded.hasValue(),
             qPrintable(decoded.hasValue() ? QString() : decoded.error().message));
    QCOMPARE(decoded->variant, bech32::Variant::Bech32);
    // Re-encoding gives back the input (lowercased).
    QCOMPARE(bech32::encode(decoded->hrp, decoded->data), text.toLower());
}

// BIP-173 invalid strings, each with its reason.
void TestEncodings::bech32Invalid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("code");
    QTest::newRow("HRP char 0x20") << u"\x20"
                                      "1nwldj5"_s
                                   << int(bech32::ErrorCode::InvalidCharacter);
    QTest::newRow("HRP char 0x7f") << u"\x7f"
                                      "1axkwrx"_s
                                   << int(bech32::ErrorCode::InvalidCharacter);
    QTest::newRow("HRP char 0x80") << u"\x80"
                                      "1eym55h"_s
                                   << int(bech32::ErrorCode::InvalidCharacter);
    QTest::newRow("max length exceeded")
        << u"an84characterslonghumanreadablepartthatcontainsthenumber1andtheexcludedcharactersbio1569pvx"_s
        << int(bech32::ErrorCode::TooLong);
    QTest::newRow("no separator") << u"pzry9x0s0muk"_s << int(bech32::ErrorCode::NoSeparator);
    QTest::newRow("empty HRP") << u"1pzry9x0s0muk"_s << int(bech32::ErrorCode::EmptyHrp);
    QTest::newRow("invalid data char")
        << u"x1b4n0q5v"_s << int(bech32::ErrorCode::InvalidCharacter);
    QTest::newRow("too short checksum")
        << u"li1dgmt3"_s << int(bech32::ErrorCode::ChecksumTooShort);
    QTest::newRow("invalid checksum char")
        << u"de1lg7wt\u00ff"_s << int(bech32::ErrorCode::InvalidCharacter);
    QTest::newRow("uppercase HRP checksum")
        << u"A1G7SGD8"_s << int(bech32::ErrorCode::InvalidChecksum);
    QTest::newRow("empty HRP 2") << u"10a06t8"_s << int(bech32::ErrorCode::EmptyHrp);
    QTest::newRow("empty HRP 3") << u"1qzzfhee"_s << int(bech32::ErrorCode::EmptyHrp);
    QTest::newRow("mixed case") << u"a12UEL5L"_s << int(bech32::ErrorCode::MixedCase);
}

void TestEncodings::bech32Invalid()
{
    QFETCH(QString, text);
    QFETCH(int, code);
    const auto decoded = bech32::decode(text, 90);
    QVERIFY(!decoded.hasValue());
    QCOMPARE(int(decoded.error().code), code);
}

void TestEncodings::bech32mIsRecognised()
{
    // BIP-350 valid bech32m strings: a valid checksum, but not the bech32 one.
    for (const QString &s :
         {u"A1LQFN3A"_s, u"a1lqfn3a"_s, u"abcdef1l7aum6echk45nj3s0wdvt2fg8x9yrzpqzd3ryx"_s}) {
        const auto decoded = bech32::decode(s);
        QVERIFY(decoded.hasValue());
        QCOMPARE(decoded->variant, bech32::Variant::Bech32m);
    }
}

void TestEncodings::bech32NoLengthLimitByDefault()
{
    const QString long84 =
        u"an84characterslonghumanreadablepartthatcontainsthenumber1andtheexcludedcharactersbio1569pvx"_s;
    QVERIFY(bech32::decode(long84).hasValue());
    const QString hundreds = bech32::encode(u"ln", QByteArray(2000, 7));
    QVERIFY(bech32::decode(hundreds).hasValue());
}

void TestEncodings::bech32EncodeRoundTrip()
{
    const QByteArray data("\x00\x01\x1f\x10", 4);
    const QString text = bech32::encode(u"test", data);
    const auto decoded = bech32::decode(text);
    QVERIFY(decoded.hasValue());
    QCOMPARE(decoded->hrp, u"test"_s);
    QCOMPARE(decoded->data, data);
    const auto m = bech32::decode(bech32::encode(u"test", data, bech32::Variant::Bech32m));
    QCOMPARE(m->variant, bech32::Variant::Bech32m);
}

void TestEncodings::convertBits()
{
    const QByteArray bytes = lwtest::unhex("751e76e8199196d454941c45d1b3a323f1433bd6");
    const auto words = bech32::convertBits(bytes, 8, 5, true);
    QVERIFY(words.has_value());
    QCOMPARE(words->size(), 32);
    QCOMPARE(*bech32::convertBits(*words, 5, 8, false), bytes);
    // Non-zero padding bits are refused when not padding.
    QVERIFY(!bech32::convertBits(QByteArray("\x1f", 1), 5, 8, false).has_value());
    // Values wider than the input group size are refused.
    QVERIFY(!bech32::convertBits(QByteArray("\x20", 1), 5, 8, true).has_value());
}

QTEST_GUILESS_MAIN(TestEncodings)
#include "tst_encodings.moc"
