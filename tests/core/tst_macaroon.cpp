// SPDX-License-Identifier: GPL-3.0-or-later
// Macaroon decoding (V2 binary/JSON, V1 packets/JSON), L402 identifiers, caveats, minting:
// the vectors of l402.md (d) and the real 402ai token.
#include "common/base64.h"
#include "common/hex.h"
#include "l402/macaroondecoder.h"
#include "l402/macaroonencoder.h"
#include "testutil.h"

#include <QTest>

using namespace lw;
using namespace Qt::Literals::StringLiterals;

namespace {

QByteArray b64(const QString &text)
{
    return *base64::decode(text);
}

Macaroon single(const QByteArray &bytes)
{
    const auto m = decodeMacaroons(bytes);
    if (!m)
        qFatal("decode failed: %s", qPrintable(m.error().message));
    if (m->size() != 1)
        qFatal("expected one macaroon");
    return m->first();
}

QByteArray goMacaroonV2Vector()
{
    QByteArray b;
    b += "\x02";
    b += "\x01\x0ehttp://mybank/";
    b += "\x02\x1cwe used our other secret key";
    b += QByteArray(1, 0);
    b += "\x02\x14"
         "account = 3735928559";
    b += QByteArray(1, 0);
    b += "\x01\x13http://auth.mybank/";
    b += "\x02'this was how we remind auth of key/pred";
    b += "\x04\x48";
    b += QByteArray(24, 0);
    b += lwtest::unhex("d36ec502e05886d1f0279f055fa52554d16d16c1b14074bbb83ff0fdd79dc2fe098f0ed4a2b"
                       "091130e6b5db46a20a86b");
    b += QByteArray(2, 0);
    b += "\x06\x20";
    b += lwtest::unhex("d27db2fd1f22760e4c3dae8137e2d8fc1df6c0741c18aed4b97256bf78d1f55c");
    return b;
}

const char *apertureMacaroon = "AgEEbHNhdAJCAAAwpHpumws6ufQoDwiTLNcge0QPUIWA0+tVY+tKPYAJ/"
                               "zSfmEGlIpNm3VzxuzCqLhEp5KGiyPLUM9L+kcB7uzS+"
                               "AAIPc2VydmljZXM9bWVtZTowAAISbWVtZV9jYXBhYmlsaXRpZXM9AAAGILA1VCEIExu"
                               "kt4nG+XR9tX8WJ2BVMiHG3UNt1uYJ+NRD";

} // namespace

class TestMacaroon : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void apertureMacaroonFields();
    void albyMacaroonWithInvalidUtf8Caveat();
    void goMacaroonWithOtherLocation();
    void boltwallHexIdentifierAndMsExpiry();
    void ai402PymacaroonsV1();
    void specTokenIsOpaque();
    void goMacaroonV2RoundTrip();
    void libmacaroonsSignatures();
    void syntheticL402Macaroon();
    void attenuationWithoutRootKey();
    void multiByteVarint();
    void v1MintRoundTrip();
    void jsonFormats();
    void concatenatedDischarges();
    void conflictingPaymentHashes();
    void validUntilSecondsAndEarliestExpiry();
    void caveatDisplayEscapesControls();
    void everyTruncationFails();
    void malformedV2_data();
    void malformedV2();
    void notMacaroons_data();
    void notMacaroons();
};

void TestMacaroon::apertureMacaroonFields()
{
    const QByteArray bytes = b64(QString::fromLatin1(apertureMacaroon));
    QCOMPARE(bytes.size(), 150);
    const Macaroon m = single(bytes);
    QCOMPARE(m.format, MacaroonFormat::V2Binary);
    QCOMPARE(m.location, u"lsat"_s);
    const auto id = m.l402Identifier();
    QVERIFY(id.has_value());
    QCOMPARE(id->form, L402Identifier::Form::Binary);
    QCOMPARE(id->version, quint16(0));
    QCOMPARE(id->paymentHash->toHex(),
             u"30a47a6e9b0b3ab9f4280f08932cd7207b440f508580d3eb5563eb4a3d8009ff"_s);
    QCOMPARE(hex::encode(id->tokenId),
             u"349f9841a5229366dd5cf1bb30aa2e1129e4a1a2c8f2d433d2fe91c07bbb34be"_s);
    QCOMPARE(m.caveats.size(), 2);
    QCOMPARE(m.caveats[0].text(), u"services=meme:0"_s);
    QCOMPARE(m.caveats[1].condition()->first, u"meme_capabilities"_s);
    QCOMPARE(m.caveats[1].condition()->second, QString());
    QCOMPARE(hex::encode(m.signature),
             u"b035542108131ba4b789c6f9747db57f162760553221c6dd436dd6e609f8d443"_s);
    QCOMPARE(m.paymentHash()->toHex(), id->paymentHash->toHex());
    QVERIFY(!m.expiresAtMs().has_value());
    // Serialising what we decoded gives back the server's bytes.
    QCOMPARE(macaroons::serializeV2(m), bytes);
}

void TestMacaroon::albyMacaroonWithInvalidUtf8Caveat()
{
    const L402Token token = decodeL402Token(
        u"AgEEbHNhdAJCAAAClGOZrh7C569Yc7UMk8merfnMdIviyXr1qscW7VgpChNl21LkZ8Jex5QiPp+E1VaabeJDuWmlrh/j583axFpNAAIXc2VydmljZXM9cmFuZG9tbnVtYmVyOjAAAiZyYW5kb21udW1iZXJfY2FwYWJpbGl0aZVzPWFkZCxzdWJ0cmFjdAAABiAvFpzXGyc+8d/I9nMKKvAYP8w7kUlhuxS0eFN2sqmqHQ=="_s);
    QVERIFY(token.isMacaroon());
    const Macaroon &m = token.macaroons.first();
    QCOMPARE(m.location, u"lsat"_s);
    QCOMPARE(token.paymentHash()->toHex(),
             u"02946399ae1ec2e7af5873b50c93c99eadf9cc748be2c97af5aac716ed58290a"_s);
    QCOMPARE(hex::encode(m.l402Identifier()->tokenId),
             u"1365db52e467c25ec794223e9f84d5569a6de243b969a5ae1fe3e7cddac45a4d"_s);
    QCOMPARE(m.caveats[0].text(), u"services=randomnumber:0"_s);
    // Byte 0x95 is not UTF-8: shown escaped, and not treated as a condition.
    QCOMPARE(m.caveats[1].text(), uR"(randomnumber_capabiliti\x95s=add,subtract)"_s);
    QVERIFY(!m.caveats[1].condition().has_value());
}

void TestMacaroon::goMacaroonWithOtherLocation()
{
    const QByteArray bytes = b64(
        u"AgESMy4xMzYuMTc4LjE1OjM0MjM4AkIAAD2b0rX78LATiVo8bKgHuurefeF5OeX2H5ZuacBIK3+RAR1PKU1oZpfCZFib4zdDoj0pOpgPmhtuzNllU+y//D0AAAYgcWFs9FIteCzpCcEPSwmXKBpcx97hyL5Yt99cbLjRHzU="_s);
    QCOMPARE(bytes.size(), 125);
    const Macaroon m = single(bytes);
    QCOMPARE(m.location, u"3.136.178.15:34238"_s);
    QVERIFY(m.caveats.isEmpty());
    QCOMPARE(m.paymentHash()->toHex(),
             u"3d9bd2b5fbf0b013895a3c6ca807baeade7de17939e5f61f966e69c0482b7f91"_s);
    QCOMPARE(hex::encode(m.l402Identifier()->tokenId),
             u"011d4f294d686697c264589be33743a23d293a980f9a1b6eccd96553ecbffc3d"_s);
}

void TestMacaroon::boltwallHexIdentifierAndMsExpiry()
{
    // URL-safe alphabet without padding.
    const L402Token token = decodeL402Token(
        u"AgEIbG9jYXRpb24ChAEwMDAwN2NlZjkzZjJjNTFhYTY1MjA4YmVjMTQ0N2ZjMzhmYzU4ZDliY2UxMzc1YTUzMmVkYjBkY2QyOTBhMmMzMzBhZTljNTMyNjZiMWJlMzE1MGI2NjZiM2Y2ZWM3MGYyOGJkNDNhOWQ0ZmQxOTQ2MWE2MjBmYmFjYzMzNzY4YTk5OTQAAhhleHBpcmF0aW9uPTE2NDQxOTQyNjM2OTMAAAYg_1CMq8TuMXv-ERHDWQCtlIhsQwwKiUDmnnh1maDFpkQ"_s);
    QVERIFY(token.isMacaroon());
    const Macaroon &m = token.macaroons.first();
    QCOMPARE(m.location, u"location"_s);
    QCOMPARE(m.identifier.size(), 132);
    const auto id = m.l402Identifier();
    QCOMPARE(id->form, L402Identifier::Form::HexText);
    QCOMPARE(id->paymentHash->toHex(),
             u"7cef93f2c51aa65208bec1447fc38fc58d9bce1375a532edb0dcd290a2c330ae"_s);
    QCOMPARE(hex::encode(id->tokenId),
             u"9c53266b1be3150b666b3f6ec70f28bd43a9d4fd19461a620fbacc33768a9994"_s);
    QCOMPARE(*m.expiresAtMs(), qint64(1644194263693));
    QCOMPARE(hex::encode(m.signature),
             u"ff508cabc4ee317bfe1111c35900ad94886c430c0a8940e69e787599a0c5a644"_s);
}

void TestMacaroon::ai402PymacaroonsV1()
{
    const L402Token token = decodeL402Token(
        u"MDAxZmxvY2F0aW9uIGFsaXR0bGViaXRvZm1vbmV5CjAwNTBpZGVudGlmaWVyIDRlMTIxMTk4ZTU0YjNiZDFiY2RjZTlkODhlZGFhZmRiZTU0MzQ0YmU5YWYxMWM5ZDRiNTM1MmQzMTAxZGFmNTQKMDA1NmNpZCBwYXltZW50X2hhc2g9NGUxMjExOThlNTRiM2JkMWJjZGNlOWQ4OGVkYWFmZGJlNTQzNDRiZTlhZjExYzlkNGI1MzUyZDMxMDFkYWY1NAowMDE3Y2lkIGFtb3VudF9zYXRzPTUwCjAwMzhjaWQgYWNjb3VudF9pZD1mMzZkM2E0OC03NjU5LTQ2OTQtYjIwMy0yNjJkOTMwOWM2NzIKMDAyZnNpZ25hdHVyZSBkdGR-F_bSbnj0gwcmlVR5RT2CxR_AY34yw5hz-bz-_Qo"_s);
    QVERIFY2(token.isMacaroon(), qPrintable(token.opaqueReason));
    const Macaroon &m = token.macaroons.first();
    QCOMPARE(m.format, MacaroonFormat::V1Binary);
    QCOMPARE(m.location, u"alittlebitofmoney"_s);
    QCOMPARE(m.l402Identifier()->form, L402Identifier::Form::PaymentHashHex);
    QCOMPARE(m.caveats.size(), 3);
    QCOMPARE(m.caveats[1].text(), u"amount_sats=50"_s);
    QCOMPARE(m.caveats[2].condition()->second, u"f36d3a48-7659-4694-b203-262d9309c672"_s);
    QCOMPARE(token.paymentHash()->toHex(),
             u"4e121198e54b3bd1bcdce9d88edaafdbe54344be9af11c9d4b5352d3101daf54"_s);
    QVERIFY(!m.hasConflictingPaymentHashes());
    QCOMPARE(m.signature.size(), 32);
}

void TestMacaroon::specTokenIsOpaque()
{
    // l402.md d.5: a spec example token that is not a macaroon (first byte 0x00).
    const L402Token token = decodeL402Token(u"AGIAJEemVQUTEyNCR0exk7ek90Cg==");
    QVERIFY(!token.isMacaroon());
    QVERIFY(!token.opaqueReason.isEmpty());
    QCOMPARE(token.raw, u"AGIAJEemVQUTEyNCR0exk7ek90Cg=="_s);
    QVERIFY(!token.paymentHash().has_value());
    QVERIFY(!decodeL402Token(u"not base64!").isMacaroon());
    QVERIFY(!decodeL402Token(u"").isMacaroon());
    const L402Token huge = decodeL402Token(QString(200'000, u'A'));
    QVERIFY(!huge.isMacaroon());
    QVERIFY(huge.opaqueReason.contains(u"too large"));
}

void TestMacaroon::goMacaroonV2RoundTrip()
{
    const QByteArray bytes = goMacaroonV2Vector();
    const Macaroon m = single(bytes);
    QCOMPARE(m.location, u"http://mybank/"_s);
    QCOMPARE(m.identifier, QByteArray("we used our other secret key"));
    QCOMPARE(m.caveats.size(), 2);
    QVERIFY(m.caveats[0].isFirstParty());
    QCOMPARE(m.caveats[0].condition()->first, u"account"_s);
    QCOMPARE(m.caveats[0].condition()->second, u"3735928559"_s);
    QVERIFY(!m.caveats[1].isFirstParty());
    QCOMPARE(m.caveats[1].location, u"http://auth.mybank/"_s);
    QCOMPARE(
        base64::encode(m.caveats[1].verificationId, base64::Alphabet::Url, false),
        u"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA027FAuBYhtHwJ58FX6UlVNFtFsGxQHS7uD_w_dedwv4Jjw7UorCREw5rXbRqIKhr"_s);
    QCOMPARE(hex::encode(m.signature),
             u"d27db2fd1f22760e4c3dae8137e2d8fc1df6c0741c18aed4b97256bf78d1f55c"_s);
    QVERIFY(!m.l402Identifier().has_value());
    QCOMPARE(macaroons::serializeV2(m), bytes);
}

void TestMacaroon::libmacaroonsSignatures()
{
    // l402.md d.6 (rescrv/libmacaroons README).
    Macaroon m = macaroons::mint("this is our super secret key; only we should know it",
                                 "we used our secret key", u"http://mybank/"_s);
    QCOMPARE(hex::encode(m.signature),
             u"e3d9e02908526c4c0039ae15114115d97fdd68bf2ba379b342aaf0f617d0552f"_s);
    macaroons::addFirstPartyCaveat(m, "account = 3735928559");
    QCOMPARE(hex::encode(m.signature),
             u"1efe4763f290dbce0c1d08477367e11f4eee456a64933cf662d79772dbb82128"_s);
    QCOMPARE(
        base64::encode(macaroons::serializeV2(m)),
        u"AgEOaHR0cDovL215YmFuay8CFndlIHVzZWQgb3VyIHNlY3JldCBrZXkAAhRhY2NvdW50ID0gMzczNTkyODU1OQAABiAe/kdj8pDbzgwdCEdzZ+EfTu5FamSTPPZi15dy27ghKA=="_s);
    macaroons::addFirstPartyCaveat(m, "time < 2020-01-01T00:00");
    QCOMPARE(hex::encode(m.signature),
             u"b5f06c8c8ef92f6c82c6ff282cd1f8bd1849301d09a2db634ba182536a611c49"_s);
    macaroons::addFirstPartyCaveat(m, "email = alice@example.org");
    QCOMPARE(hex::encode(m.signature),
             u"ddf553e46083e55b8d71ab822be3d8fcf21d6bf19c40d617bb9fb438934474b6"_s);
}

void TestMacaroon::syntheticL402Macaroon()
{
    // l402.md d.9.
    const auto hash =
        PaymentHash::fromHex(u"630dcd2966c4336691125448bbb25b4ff412a49c732db2c8abc1b8581bd710dd");
    const QByteArray tokenId =
        lwtest::unhex("202122232425262728292a2b2c2d2e2f303132333435363738393a3b3c3d3e3f");
    Macaroon m =
        macaroons::mint(QByteArray(32, 0x42), macaroons::l402Identifier(*hash, tokenId), u"lsat"_s);
    QCOMPARE(hex::encode(m.signature),
             u"7eb16483fc5179fc4949308e057b9675fbdae52febdc36a4c2caaff3d9899acd"_s);
    macaroons::addFirstPartyCaveat(m, "services=weather:0");
    QCOMPARE(hex::encode(m.signature),
             u"115205100b0554a7a02476bc19f885f748197a4a67f1e73dd48570069e450cd0"_s);
    macaroons::addFirstPartyCaveat(m, "weather_capabilities=forecast");
    QCOMPARE(hex::encode(m.signature),
             u"b0e47b1e905c69f165466bbda31f7eafaa74e7e3a88295ecc2d19670c34dfe6c"_s);
    macaroons::addFirstPartyCaveat(m, "weather_valid_until=1767225600");
    QCOMPARE(hex::encode(m.signature),
             u"62fb55c29ab6c6beb6fb7f0c26e1eee7c2f1fe366bddaecc881dc26c11e2525b"_s);
    const QByteArray bytes = macaroons::serializeV2(m);
    QCOMPARE(
        base64::encode(bytes),
        u"AgEEbHNhdAJCAABjDc0pZsQzZpESVEi7sltP9BKknHMtssirwbhYG9cQ3SAhIiMkJSYnKCkqKywtLi8wMTIzNDU2Nzg5Ojs8PT4/AAISc2VydmljZXM9d2VhdGhlcjowAAIdd2VhdGhlcl9jYXBhYmlsaXRpZXM9Zm9yZWNhc3QAAh53ZWF0aGVyX3ZhbGlkX3VudGlsPTE3NjcyMjU2MDAAAAYgYvtVwpq2xr62+38MJuHu58Lx/jZr3a7MiB3CbBHiUls="_s);
    QCOMPARE(
        base64::encode(bytes, base64::Alphabet::Url, false),
        u"AgEEbHNhdAJCAABjDc0pZsQzZpESVEi7sltP9BKknHMtssirwbhYG9cQ3SAhIiMkJSYnKCkqKywtLi8wMTIzNDU2Nzg5Ojs8PT4_AAISc2VydmljZXM9d2VhdGhlcjowAAIdd2VhdGhlcl9jYXBhYmlsaXRpZXM9Zm9yZWNhc3QAAh53ZWF0aGVyX3ZhbGlkX3VudGlsPTE3NjcyMjU2MDAAAAYgYvtVwpq2xr62-38MJuHu58Lx_jZr3a7MiB3CbBHiUls"_s);
    const Macaroon decoded = single(bytes);
    QCOMPARE(*decoded.paymentHash(), *hash);
    QCOMPARE(*decoded.expiresAtMs(), qint64(1767225600) * 1000);
}

void TestMacaroon::attenuationWithoutRootKey()
{
    const Macaroon server = single(b64(
        u"AgEEbHNhdAJCAABjDc0pZsQzZpESVEi7sltP9BKknHMtssirwbhYG9cQ3SAhIiMkJSYnKCkqKywtLi8wMTIzNDU2Nzg5Ojs8PT4/AAISc2VydmljZXM9d2VhdGhlcjowAAIdd2VhdGhlcl9jYXBhYmlsaXRpZXM9Zm9yZWNhc3QAAh53ZWF0aGVyX3ZhbGlkX3VudGlsPTE3NjcyMjU2MDAAAAYgYvtVwpq2xr62+38MJuHu58Lx/jZr3a7MiB3CbBHiUls="_s));
    Macaroon m = server;
    macaroons::addFirstPartyCaveat(m, "weather_valid_until=1767139200");
    QCOMPARE(hex::encode(m.signature),
             u"eae20a718d26ef24653feae06e337c627c8babf1a66965378b3a3d61c6f2072c"_s);
    QCOMPARE(
        base64::encode(macaroons::serializeV2(m)),
        u"AgEEbHNhdAJCAABjDc0pZsQzZpESVEi7sltP9BKknHMtssirwbhYG9cQ3SAhIiMkJSYnKCkqKywtLi8wMTIzNDU2Nzg5Ojs8PT4/AAISc2VydmljZXM9d2VhdGhlcjowAAIdd2VhdGhlcl9jYXBhYmlsaXRpZXM9Zm9yZWNhc3QAAh53ZWF0aGVyX3ZhbGlkX3VudGlsPTE3NjcyMjU2MDAAAh53ZWF0aGVyX3ZhbGlkX3VudGlsPTE3NjcxMzkyMDAAAAYg6uIKcY0m7yRlP+rgbjN8YnyLq/GmaWU3izo9YcbyByw="_s);
    // The stricter (earlier) of the two valid_until caveats is the expiry.
    QCOMPARE(*m.expiresAtMs(), qint64(1767139200) * 1000);
}

void TestMacaroon::multiByteVarint()
{
    const auto hash =
        PaymentHash::fromHex(u"630dcd2966c4336691125448bbb25b4ff412a49c732db2c8abc1b8581bd710dd");
    const QByteArray tokenId =
        lwtest::unhex("202122232425262728292a2b2c2d2e2f303132333435363738393a3b3c3d3e3f");
    Macaroon m =
        macaroons::mint(QByteArray(32, 0x42), macaroons::l402Identifier(*hash, tokenId), QString());
    const QByteArray caveat = "note=" + QByteArray(195, 'x');
    macaroons::addFirstPartyCaveat(m, caveat);
    QCOMPARE(hex::encode(m.signature),
             u"3993292449193edb626d2f030ceb0395d1314c126675a9abea20e2dcce8a8349"_s);
    const QByteArray bytes = macaroons::serializeV2(m);
    QVERIFY(base64::encode(bytes).startsWith(u"AgJCAABjDc0pZsQzZpESVEi7slt"));
    QVERIFY(bytes.contains(QByteArray("\x02\xc8\x01note=", 8)));
    QCOMPARE(single(bytes).caveats[0].identifier, caveat);
}

void TestMacaroon::v1MintRoundTrip()
{
    Macaroon m =
        macaroons::mint("root", "4e121198e54b3bd1bcdce9d88edaafdbe54344be9af11c9d4b5352d3101daf54",
                        u"alittlebitofmoney"_s);
    macaroons::addFirstPartyCaveat(
        m, "payment_hash=4e121198e54b3bd1bcdce9d88edaafdbe54344be9af11c9d4b5352d3101daf54");
    macaroons::addFirstPartyCaveat(m, "amount_sats=50");
    const QByteArray v1 = *macaroons::serializeV1(m);
    QVERIFY(v1.startsWith("001flocation alittlebitofmoney\n0050identifier "));
    const Macaroon back = single(v1);
    QCOMPARE(back.format, MacaroonFormat::V1Binary);
    QCOMPARE(back.identifier, m.identifier);
    QCOMPARE(back.caveats.size(), 2);
    QCOMPARE(back.signature, m.signature);
    QCOMPARE(back.paymentHash()->toHex(),
             u"4e121198e54b3bd1bcdce9d88edaafdbe54344be9af11c9d4b5352d3101daf54"_s);
    // A binary signature containing "\n" or " " is fine: packets are length-prefixed.
    Macaroon odd = m;
    odd.signature = QByteArray("\n \n \n \n \n \n \n \n \n \n \n \n \n \n \n \n ", 32);
    QCOMPARE(single(*macaroons::serializeV1(odd)).signature, odd.signature);
    // A caveat too long for a packet's four-hex-digit length is refused, not mis-written.
    Macaroon big = m;
    macaroons::addFirstPartyCaveat(big, QByteArray(0x10000, 'x'));
    QVERIFY(!macaroons::serializeV1(big).has_value());
}

void TestMacaroon::jsonFormats()
{
    const QByteArray v2 =
        R"({"v":2,"l":"lsat","i64":"AAAwpHpumws6ufQoDwiTLNcge0QPUIWA0-tVY-tKPYAJ_zSfmEGlIpNm3VzxuzCqLhEp5KGiyPLUM9L-kcB7uzS-","c":[{"i":"services=meme:0"},{"i":"x","v64":"AAEC","l":"https://auth"}],"s64":"sDVUIQgTG6S3icb5dH21fxYnYFUyIcbdQ23W5gn41EM"})";
    const Macaroon m2 = single(v2);
    QCOMPARE(m2.format, MacaroonFormat::V2Json);
    QCOMPARE(m2.paymentHash()->toHex(),
             u"30a47a6e9b0b3ab9f4280f08932cd7207b440f508580d3eb5563eb4a3d8009ff"_s);
    QCOMPARE(m2.caveats.size(), 2);
    QCOMPARE(m2.caveats[1].verificationId, QByteArray("\x00\x01\x02", 3));
    QCOMPARE(m2.caveats[1].location, u"https://auth"_s);
    QCOMPARE(hex::encode(m2.signature),
             u"b035542108131ba4b789c6f9747db57f162760553221c6dd436dd6e609f8d443"_s);

    const QByteArray v1 =
        R"({"location":"loc","identifier":"id","caveats":[{"cid":"a=b"},{"cid":"tp","vid":"AAEC","cl":"https://x"}],"signature":"b035542108131ba4b789c6f9747db57f162760553221c6dd436dd6e609f8d443"})";
    const Macaroon m1 = single(v1);
    QCOMPARE(m1.format, MacaroonFormat::V1Json);
    QCOMPARE(m1.caveats[0].text(), u"a=b"_s);
    QCOMPARE(m1.caveats[1].verificationId, QByteArray("\x00\x01\x02", 3));

    // A base64-wrapped JSON token and a JSON array of macaroons.
    QVERIFY(decodeL402Token(base64::encode(v2)).isMacaroon());
    QCOMPARE(decodeMacaroons(QByteArray("[" + v1 + "," + v2 + "]"))->size(), 2);

    // Wrong types and missing fields are errors, not crashes.
    QVERIFY(!decodeMacaroons(R"({"v":2,"i":"x"})").hasValue());
    QVERIFY(
        !decodeMacaroons(R"({"v":3,"i":"x","s64":"sDVUIQgTG6S3icb5dH21fxYnYFUyIcbdQ23W5gn41EM"})")
             .hasValue());
    QVERIFY(!decodeMacaroons(R"({"identifier":1,"signature":"00"})").hasValue());
    QVERIFY(!decodeMacaroons(
                 R"({"v":2,"i":"x","s64":"sDVUIQgTG6S3icb5dH21fxYnYFUyIcbdQ23W5gn41EM","c":"no"})")
                 .hasValue());
    QVERIFY(!decodeMacaroons("{not json").hasValue());
    // As in the binary form, a first-party caveat can't have a location.
    const QByteArray located =
        R"({"v":2,"i":"x","s64":"sDVUIQgTG6S3icb5dH21fxYnYFUyIcbdQ23W5gn41EM","c":[{"i":"a=b","l":"x"}]})";
    QVERIFY(!decodeMacaroons(located).hasValue());
    QVERIFY(!decodeMacaroons("[]").hasValue());
}

void TestMacaroon::concatenatedDischarges()
{
    const QByteArray primary = b64(QString::fromLatin1(apertureMacaroon));
    const QByteArray discharge = goMacaroonV2Vector();
    const auto both = decodeMacaroons(QByteArray(primary + discharge));
    QVERIFY(both.hasValue());
    QCOMPARE(both->size(), 2);
    QCOMPARE((*both)[1].location, u"http://mybank/"_s);
    // Garbage after a complete macaroon is an error, not silently ignored.
    QVERIFY(!decodeMacaroons(QByteArray(primary + "\x05")).hasValue());
}

void TestMacaroon::conflictingPaymentHashes()
{
    const auto hash =
        PaymentHash::fromHex(u"630dcd2966c4336691125448bbb25b4ff412a49c732db2c8abc1b8581bd710dd");
    Macaroon m =
        macaroons::mint("k", macaroons::l402Identifier(*hash, QByteArray(32, 1)), u"lsat"_s);
    macaroons::addFirstPartyCaveat(
        m, "payment_hash=630dcd2966c4336691125448bbb25b4ff412a49c732db2c8abc1b8581bd710dd");
    QCOMPARE(*m.paymentHash(), *hash);
    macaroons::addFirstPartyCaveat(m, QByteArray("payment_hash=" + QByteArray(64, 'f')));
    QVERIFY(m.hasConflictingPaymentHashes());
    QVERIFY(!m.paymentHash().has_value());
    Macaroon bad = macaroons::mint("k", "opaque-id", QString());
    macaroons::addFirstPartyCaveat(bad, "payment_hash=nothex");
    QVERIFY(bad.hasConflictingPaymentHashes());
    QVERIFY(!bad.paymentHash().has_value());
}

void TestMacaroon::validUntilSecondsAndEarliestExpiry()
{
    Macaroon m = macaroons::mint("k", "id", QString());
    macaroons::addFirstPartyCaveat(m, "expiration=2000000000000");
    macaroons::addFirstPartyCaveat(m, "svc_valid_until=1900000000");
    macaroons::addFirstPartyCaveat(m, "other_valid_until=notanumber");
    macaroons::addFirstPartyCaveat(m, "x_valid_until=-5");
    QCOMPARE(*m.expiresAtMs(), qint64(1900000000) * 1000);
}

void TestMacaroon::caveatDisplayEscapesControls()
{
    MacaroonCaveat c{QByteArray("a\x1b[31mred\xe2\x80\xae"
                                "evil\xff",
                                17),
                     {},
                     {}};
    QCOMPARE(c.text(), uR"(a\u{001b}[31mred\u{202e}evil\xff)"_s);
    MacaroonCaveat spaced{"account = 3735928559", {}, {}};
    QCOMPARE(spaced.condition()->first, u"account"_s);
    MacaroonCaveat overlong{QByteArray("\xc0\xaf", 2), {}, {}};
    QCOMPARE(overlong.text(), uR"(\xc0\xaf)"_s);
    // A literal backslash is doubled, so a server can't write a fake escape.
    MacaroonCaveat fake{R"(a\u{202e}b)", {}, {}};
    QCOMPARE(fake.text(), uR"(a\\u{202e}b)"_s);
    // Zero-width space, line separator, a tag character and a soft hyphen are shown escaped.
    MacaroonCaveat hidden{"a\xe2\x80\x8b"
                          "b\xe2\x80\xa8"
                          "c\xf3\xa0\x80\x81"
                          "d\xc2\xad",
                          {},
                          {}};
    QCOMPARE(hidden.text(), uR"(a\u{200b}b\u{2028}c\u{e0001}d\u{00ad})"_s);
    MacaroonCaveat emoji{"\xf0\x9f\x98\x80", {}, {}};
    QCOMPARE(emoji.text(), QString::fromUtf8("\xf0\x9f\x98\x80"));
}

void TestMacaroon::everyTruncationFails()
{
    for (const QByteArray &full : {b64(QString::fromLatin1(apertureMacaroon)), goMacaroonV2Vector(),
                                   *macaroons::serializeV1(macaroons::mint("k", "id", u"l"_s))}) {
        for (qsizetype n = 1; n < full.size(); ++n)
            QVERIFY2(!decodeMacaroons(full.first(n)).hasValue(), qPrintable(QString::number(n)));
    }
}

void TestMacaroon::malformedV2_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QByteArray sig = "\x06\x20" + QByteArray(32, 'S');
    QTest::newRow("no identifier") << QByteArray("\x02\x01\x01L\x00\x00", 6) + sig;
    QTest::newRow("fields out of order") << QByteArray("\x02\x02\x01I\x01\x01L\x00\x00", 9) + sig;
    QTest::newRow("unknown header field") << QByteArray("\x02\x02\x01I\x05\x01X\x00\x00", 9) + sig;
    QTest::newRow("first-party caveat with location")
        << QByteArray("\x02\x02\x01I\x00\x01\x01L\x02\x01"
                      "C\x00\x00",
                      13)
               + sig;
    QTest::newRow("short signature")
        << QByteArray("\x02\x02\x01I\x00\x00\x06\x10", 8) + QByteArray(16, 'S');
    QTest::newRow("length past end") << QByteArray("\x02\x02\x7fI", 4);
    QTest::newRow("varint too long") << QByteArray("\x02\x02\xff\xff\xff\xff\xff\x01", 8);
    QTest::newRow("varint over 31 bits") << QByteArray("\x02\x02\xff\xff\xff\xff\x0f", 7);
    // A five-byte varint whose high bits would be dropped, making "EOS" out of 2^32.
    QTest::newRow("varint high bits lost") << QByteArray("\x02\x02\x01"
                                                         "A\x80\x80\x80\x80\x10\x00",
                                                         10)
                                                  + sig;
    QTest::newRow("v1 bad length") << QByteArray("zzzzlocation x\n");
    QTest::newRow("v1 no identifier") << QByteArray("0010location xyz\n");
}

void TestMacaroon::malformedV2()
{
    QFETCH(QByteArray, bytes);
    const auto m = decodeMacaroons(bytes);
    QVERIFY(!m.hasValue());
    QVERIFY(!m.error().message.isEmpty());
}

void TestMacaroon::notMacaroons_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("zero byte") << QByteArray(1, 0);
    QTest::newRow("text") << QByteArray("hello world");
    QTest::newRow("too large") << QByteArray(maxMacaroonBytes + 1, 2);
}

void TestMacaroon::notMacaroons()
{
    QFETCH(QByteArray, bytes);
    QVERIFY(!decodeMacaroons(bytes).hasValue());
}

QTEST_GUILESS_MAIN(TestMacaroon)
#include "tst_macaroon.moc"
