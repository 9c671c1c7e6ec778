// SPDX-License-Identifier: GPL-3.0-or-later
// WWW-Authenticate parsing (RFC 9110 tokenizer, L402/LSAT, IETF Payment) and Authorization
// builders, with the vectors of l402.md (d) and the real 402ai challenge (402ai-live.md §3.2).
#include "common/base64.h"
#include "l402/authorization.h"
#include "l402/paymentchallenge.h"
#include "lightning/bolt11decoder.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace lw;
using namespace Qt::Literals::StringLiterals;

namespace {

// l402.md d.1 (Tierion/lsat-js tests/data.ts, a real aperture regtest challenge).
const QString apertureMacaroon =
    u"AgEEbHNhdAJCAAAwpHpumws6ufQoDwiTLNcge0QPUIWA0+tVY+tKPYAJ/zSfmEGlIpNm3VzxuzCqLhEp5KGiyPLUM9L+kcB7uzS+AAIPc2VydmljZXM9bWVtZTowAAISbWVtZV9jYXBhYmlsaXRpZXM9AAAGILA1VCEIExukt4nG+XR9tX8WJ2BVMiHG3UNt1uYJ+NRD"_s;
const QString apertureInvoice =
    u"lnbcrt100n1p3qqkygpp5xzj85m5mpvatnapgpuyfxtxhypa5gr6sskqd8664v04550vqp8lsdq8f3f5z4qcqzpgsp5tpzvsq5pckqgln3ltpy3e9cf6tf2aj82ffa2tted77ltweuaweks9qyyssq0w5da3k40wtdukac7hp5s58hsxf8k8f52c5qneezu4xg3xh87xrnkl5jwtw098d2gjywx20nmkxl2y4vq9fr89kg5kzcwupv9xpdaggp4fc4ms"_s;

// 402ai-live.md §3.2: the real server's challenge for a 50-sat call (step 36).
const QString ai402Macaroon =
    u"MDAxZmxvY2F0aW9uIGFsaXR0bGViaXRvZm1vbmV5CjAwNTBpZGVudGlmaWVyIDRlMTIxMTk4ZTU0YjNiZDFiY2RjZTlkODhlZGFhZmRiZTU0MzQ0YmU5YWYxMWM5ZDRiNTM1MmQzMTAxZGFmNTQKMDA1NmNpZCBwYXltZW50X2hhc2g9NGUxMjExOThlNTRiM2JkMWJjZGNlOWQ4OGVkYWFmZGJlNTQzNDRiZTlhZjExYzlkNGI1MzUyZDMxMDFkYWY1NAowMDE3Y2lkIGFtb3VudF9zYXRzPTUwCjAwMzhjaWQgYWNjb3VudF9pZD1mMzZkM2E0OC03NjU5LTQ2OTQtYjIwMy0yNjJkOTMwOWM2NzIKMDAyZnNpZ25hdHVyZSBkdGR-F_bSbnj0gwcmlVR5RT2CxR_AY34yw5hz-bz-_Qo"_s;
const QString ai402Invoice =
    u"lnbcrt500n1p4szustpp5fcfprx89fvaar0xua8vgak40m0j5x397ntc3e82t2dfdxyqa4a2qsp5d9q6amehzgvy0d4stj7t2czfrvn4r6rmdz4d34sefyp0d85c630sdqhdp5hyef6wphhxazlw3shx6cxqrrsscqzys9qrsgqy2uu7up3hunw95y506974qexzt5acqd8xfh4g03frzclfhyq9mg92d2qyf5smur53h8rd8e4ddlewz6gtur07f8anwawn566esx3afgpdkz70p"_s;

QJsonObject decodeCredentialJson(const QByteArray &header)
{
    const QString text = QString::fromLatin1(header);
    if (!text.startsWith(u"Payment "))
        return {};
    base64::DecodeOptions strict;
    strict.alphabet = base64::Alphabet::Url;
    strict.padding = base64::Padding::Forbidden;
    const auto bytes = base64::decode(QStringView(text).sliced(8), strict);
    return bytes ? QJsonDocument::fromJson(*bytes).object() : QJsonObject();
}

} // namespace

class TestChallenge : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void apertureTwoLines();
    void foldedIntoOneLine();
    void l402SpecWithVersionAndToken();
    void ai402RealChallenge();
    void lenientValueForms_data();
    void lenientValueForms();
    void caseInsensitiveSchemeAndParams();
    void unknownParamsIgnoredAndKept();
    void incompleteChallengesReported();
    void otherSchemesDoNotLeak();
    void quotingRules();
    void repeatedParamFirstWins();
    void emptyListElements();
    void token68Challenges();
    void paymentRequestDecoding();
    void paymentRequestRejectsBadEncodings();
    void l402AuthorizationFormat();
    void lsatOnlyIsMirrored();
    void unsafeTokensRefused_data();
    void unsafeTokensRefused();
    void paymentAuthorizationEchoesEverything();
    void paymentCredentialVectorDecodes();
};

void TestChallenge::apertureTwoLines()
{
    const QList<QByteArray> lines{
        (u"LSAT macaroon=\"" + apertureMacaroon + u"\", invoice=\"" + apertureInvoice + u'"')
            .toLatin1(),
        (u"L402 macaroon=\"" + apertureMacaroon + u"\", invoice=\"" + apertureInvoice + u'"')
            .toLatin1()};
    const PaymentChallenges c = parsePaymentChallenges(lines);
    QCOMPARE(c.l402.size(), 1); // the LSAT duplicate is dropped
    QCOMPARE(c.l402[0].scheme, u"L402"_s);
    QCOMPARE(c.l402[0].token, apertureMacaroon);
    QCOMPARE(c.l402[0].tokenParameter, u"macaroon"_s);
    QCOMPARE(c.l402[0].invoice, apertureInvoice);
    QCOMPARE(c.l402[0].version, u"0"_s);
    QVERIFY(!c.l402[0].versionGiven);
    QVERIFY(c.problems.isEmpty());
    QCOMPARE(c.preferredL402()->scheme, u"L402"_s);
    const auto inv = decodeBolt11(c.l402[0].invoice);
    QVERIFY(inv.hasValue());
    QCOMPARE(inv->amount->msat(), qint64(10'000));
    QCOMPARE(inv->paymentHash.toHex(),
             u"30a47a6e9b0b3ab9f4280f08932cd7207b440f508580d3eb5563eb4a3d8009ff"_s);
    QCOMPARE(inv->timestamp, qint64(1644189832));
    QCOMPARE(*inv->description, u"LSAT"_s);
}

void TestChallenge::foldedIntoOneLine()
{
    const QString folded = u"LSAT macaroon=\"" + apertureMacaroon + u"\", invoice=\""
                           + apertureInvoice + u"\", L402 macaroon=\"" + apertureMacaroon
                           + u"\", invoice=\"" + apertureInvoice + u'"';
    const PaymentChallenges c = parsePaymentChallenges(folded);
    QCOMPARE(c.l402.size(), 1);
    QCOMPARE(c.l402[0].scheme, u"L402"_s);
    QCOMPARE(c.l402[0].invoice, apertureInvoice);
}

void TestChallenge::l402SpecWithVersionAndToken()
{
    // l402.md d.5: the 2026-03 spec form; the token is not a macaroon.
    const QString header =
        u"L402 version=\"0\", token=\"AGIAJEemVQUTEyNCR0exk7ek90Cg==\", invoice=\"lnbc1500n1pw5kjhmpp5fu6xhthlt2vucmzkx6c7wtlh2r625r30cyjsfqhu8rsx4xpz5lwqdpa2fjkzep6yptksct5yp5hxgrrv96hx6twvusycn3qv9jx7ur5d9hkugr5dusx6cqzpgxqr23s79ruapxc4j5uskt4htly2salw4drq979d7rcela9wz02elhypmdzmzlnxuknpgfyfm86pntt8vvkvffma5qc9n50h4mvqhngadqy3ngqjcym5a\""_s;
    const PaymentChallenges c = parsePaymentChallenges(header);
    QCOMPARE(c.l402.size(), 1);
    QCOMPARE(c.l402[0].token, u"AGIAJEemVQUTEyNCR0exk7ek90Cg=="_s);
    QCOMPARE(c.l402[0].tokenParameter, u"token"_s);
    QVERIFY(c.l402[0].versionGiven);
    QVERIFY(c.l402[0].isKnownVersion());
    QVERIFY(c.l402[0].invoice.startsWith(u"lnbc1500n1"));
    // A future version must not be auto-paid: it is surfaced, not hidden.
    const PaymentChallenges v1 =
        parsePaymentChallenges(u"L402 version=\"1\", token=\"abc\", invoice=\"lnbc1\"");
    QCOMPARE(v1.l402.size(), 1);
    QVERIFY(!v1.l402[0].isKnownVersion());
}

void TestChallenge::ai402RealChallenge()
{
    const QByteArray header =
        (u"L402 macaroon=\"" + ai402Macaroon + u"\", invoice=\"" + ai402Invoice + u'"').toLatin1();
    const PaymentChallenges c = parsePaymentChallenges(QList<QByteArray>{header});
    QCOMPARE(c.l402.size(), 1);
    QCOMPARE(c.l402[0].token, ai402Macaroon);
    const auto inv = decodeBolt11(c.l402[0].invoice);
    QVERIFY2(inv.hasValue(), qPrintable(inv.hasValue() ? QString() : inv.error().message));
    QCOMPARE(inv->amount->msat(), qint64(50'000));
    QCOMPARE(inv->network, Network::Regtest);
    QCOMPARE(inv->paymentHash.toHex(),
             u"4e121198e54b3bd1bcdce9d88edaafdbe54344be9af11c9d4b5352d3101daf54"_s);
}

void TestChallenge::lenientValueForms_data()
{
    QTest::addColumn<QString>("header");
    QTest::addColumn<QString>("token");
    QTest::addColumn<QString>("invoice");
    QTest::newRow("unquoted") << u"L402 macaroon=AgE+/b==, invoice=lnbc1abc"_s << u"AgE+/b=="_s
                              << u"lnbc1abc"_s;
    QTest::newRow("single-quoted")
        << u"L402 macaroon='AgE=', invoice='lnbc1abc'"_s << u"AgE="_s << u"lnbc1abc"_s;
    QTest::newRow("space separated")
        << u"LSAT macaroon=\"AgE=\" invoice=\"lntb1x\""_s << u"AgE="_s << u"lntb1x"_s;
    QTest::newRow("no space after comma")
        << u"LSAT macaroon=\"AgE=\",invoice=\"lntb1x\""_s << u"AgE="_s << u"lntb1x"_s;
    QTest::newRow("invoice first")
        << u"L402 invoice=\"lnbc1x\", macaroon=\"m\""_s << u"m"_s << u"lnbc1x"_s;
    QTest::newRow("spaces around =")
        << u"L402 macaroon = \"m\" , invoice = \"lnbc1x\""_s << u"m"_s << u"lnbc1x"_s;
    QTest::newRow("scheme substring in token")
        << u"L402 macaroon=\"L402L402==\", invoice=\"lnbc1x\""_s << u"L402L402=="_s << u"lnbc1x"_s;
    QTest::newRow("empty token, macaroon given")
        << u"L402 token=\"\", macaroon=\"m\", invoice=\"lnbc1x\""_s << u"m"_s << u"lnbc1x"_s;
    QTest::newRow("token beats macaroon")
        << u"L402 macaroon=\"old\", token=\"new\", invoice=\"lnbc1x\""_s << u"new"_s << u"lnbc1x"_s;
}

void TestChallenge::lenientValueForms()
{
    QFETCH(QString, header);
    QFETCH(QString, token);
    QFETCH(QString, invoice);
    const PaymentChallenges c = parsePaymentChallenges(header);
    QCOMPARE(c.l402.size(), 1);
    QCOMPARE(c.l402[0].token, token);
    QCOMPARE(c.l402[0].invoice, invoice);
}

void TestChallenge::caseInsensitiveSchemeAndParams()
{
    const PaymentChallenges c = parsePaymentChallenges(u"l402 MACAROON=\"m\", Invoice=\"lnbc1x\"");
    QCOMPARE(c.l402.size(), 1);
    QCOMPARE(c.l402[0].scheme, u"L402"_s);
    QCOMPARE(c.l402[0].token, u"m"_s);
    // d.10: case-insensitive Payment scheme and parameter names.
    const PaymentChallenges p = parsePaymentChallenges(
        u"payment ID=\"a\", Realm=\"r\", METHOD=\"lightning\", intent=\"charge\", ReQuEsT=\"cQ\"");
    QCOMPARE(p.payment.size(), 1);
    QCOMPARE(p.payment[0].id, u"a"_s);
    QCOMPARE(p.payment[0].method, u"lightning"_s);
    QCOMPARE(p.payment[0].request, u"cQ"_s);
}

void TestChallenge::unknownParamsIgnoredAndKept()
{
    const PaymentChallenges c = parsePaymentChallenges(
        u"L402 address=\"x\", macaroon=\"m\", amount_msats=1000, issuer=\"y\", invoice=\"lnbc1x\"");
    QCOMPARE(c.l402.size(), 1);
    QCOMPARE(c.l402[0].params.size(), 5);
    QCOMPARE(c.l402[0].params[2].name, u"amount_msats"_s);
}

void TestChallenge::incompleteChallengesReported()
{
    // lsat-js testChallengeErrors: missing invoice, missing macaroon.
    const PaymentChallenges noInvoice = parsePaymentChallenges(u"L402 macaroon=\"m\"");
    QVERIFY(noInvoice.isEmpty());
    QCOMPARE(noInvoice.problems.size(), 1);
    const PaymentChallenges noToken = parsePaymentChallenges(u"LSAT invoice=\"lnbc1x\"");
    QVERIFY(noToken.isEmpty());
    QCOMPARE(noToken.problems.size(), 1);
    QVERIFY(parsePaymentChallenges(u"").isEmpty());
    QVERIFY(parsePaymentChallenges(u"Basic realm=\"x\"").isEmpty());
}

void TestChallenge::otherSchemesDoNotLeak()
{
    // d.10: other schemes' params must not leak into the Payment challenges.
    const PaymentChallenges c = parsePaymentChallenges(
        u"Basic realm=\"other\", Payment id=\"a\", realm=\"r\", method=\"lightning\", "
        u"intent=\"charge\", request=\"cQ\", Digest realm=\"other\", intent=\"bogus\", Payment "
        u"id=\"b\", realm=\"r\", method=\"lightning\", intent=\"session\", request=\"cQ\"");
    QCOMPARE(c.payment.size(), 2);
    QCOMPARE(c.payment[0].id, u"a"_s);
    QCOMPARE(c.payment[0].intent, u"charge"_s);
    QCOMPARE(c.payment[1].id, u"b"_s);
    QCOMPARE(c.payment[1].intent, u"session"_s);
    // Two challenges in one value without a space after the comma.
    const PaymentChallenges two =
        parsePaymentChallenges(u"Payment id=\"a\", realm=\"r\", method=\"lightning\", "
                               u"intent=\"charge\", request=\"cQ\",Payment id=\"b\", realm=\"r\", "
                               u"method=\"lightning\", intent=\"session\", request=\"cQ\"");
    QCOMPARE(two.payment.size(), 2);
}

void TestChallenge::quotingRules()
{
    const QList<AuthChallenge> c =
        parseAuthChallenges(u"Payment id=\"a,b\", realm=\"Payment id=c\", method=\"lightning\", "
                            u"intent=\"charge\", request=\"cQ\"");
    QCOMPARE(c.size(), 1);
    QCOMPARE(c[0].param(u"id"), u"a,b"_s);
    QCOMPARE(c[0].param(u"realm"), u"Payment id=c"_s);
    const QList<AuthChallenge> escaped =
        parseAuthChallenges(uR"(Payment realm="api \"quoted\" example", id="a\\b\\\\c")"_s);
    QCOMPARE(escaped[0].param(u"realm"), u"api \"quoted\" example"_s);
    QCOMPARE(escaped[0].param(u"id"), uR"(a\b\\c)"_s);
    // An unterminated quoted string takes the rest of the line instead of crashing.
    const QList<AuthChallenge> open = parseAuthChallenges(u"L402 macaroon=\"abc");
    QCOMPARE(open[0].param(u"macaroon"), u"abc"_s);
}

void TestChallenge::repeatedParamFirstWins()
{
    const QList<AuthChallenge> c = parseAuthChallenges(
        u"Payment id=\"first\", realm=\"r\", method=\"lightning\", intent=\"charge\", "
        u"request=\"cQ\", id=\"second\", intent=\"session\"");
    QCOMPARE(c.size(), 1);
    QCOMPARE(c[0].param(u"id"), u"first"_s);
    QCOMPARE(c[0].param(u"intent"), u"charge"_s);
}

void TestChallenge::emptyListElements()
{
    const PaymentChallenges c = parsePaymentChallenges(
        u", , Payment id=\"a\", realm=\"r\", method=\"lightning\", intent=\"charge\", "
        u"request=\"cQ\" , , Payment id=\"b\", realm=\"r\", method=\"lightning\", "
        u"intent=\"session\", request=\"cQ\",");
    QCOMPARE(c.payment.size(), 2);
}

void TestChallenge::token68Challenges()
{
    const QList<AuthChallenge> c =
        parseAuthChallenges(u"Bearer abc.def-ghi==, Basic, L402 macaroon=\"m\", invoice=\"i\"");
    QCOMPARE(c.size(), 3);
    QCOMPARE(c[0].scheme, u"Bearer"_s);
    QCOMPARE(c[0].token68, u"abc.def-ghi=="_s);
    QCOMPARE(c[1].scheme, u"Basic"_s);
    QVERIFY(c[1].token68.isEmpty());
    QCOMPARE(c[2].param(u"invoice"), u"i"_s);
}

void TestChallenge::paymentRequestDecoding()
{
    // d.11 minimal charge request.
    const QString request =
        u"eyJhbW91bnQiOiIxMDAiLCJjdXJyZW5jeSI6InNhdCIsImRlc2NyaXB0aW9uIjoiV2VhdGhlciByZXBvcnQiLCJtZXRob2REZXRhaWxzIjp7Imludm9pY2UiOiJsbmJjMXUxcGV4YW1wbGUiLCJuZXR3b3JrIjoibWFpbm5ldCIsInBheW1lbnRIYXNoIjoiYmMyMzA4NDcifX0"_s;
    const QString header = u"Payment id=\"x\", realm=\"api.example.com\", method=\"lightning\", "
                           u"intent=\"charge\", request=\""
                           + request + u"\", expires=\"2026-03-15T12:05:00Z\"";
    const PaymentChallenges c = parsePaymentChallenges(header);
    QCOMPARE(c.payment.size(), 1);
    const PaymentSchemeChallenge &p = c.payment[0];
    QVERIFY2(p.details.has_value(), qPrintable(p.requestError));
    QCOMPARE(p.details->amount, u"100"_s);
    QCOMPARE(p.details->currency, u"sat"_s);
    QCOMPARE(p.details->description, u"Weather report"_s);
    QCOMPARE(p.details->invoice, u"lnbc1u1pexample"_s);
    QCOMPARE(p.details->network, u"mainnet"_s);
    QCOMPARE(p.details->paymentHash, u"bc230847"_s);
    QCOMPARE(p.expires, u"2026-03-15T12:05:00Z"_s);
    QCOMPARE(p.request, request); // kept raw for the echo
}

void TestChallenge::paymentRequestRejectsBadEncodings()
{
    QString error;
    QVERIFY(!decodePaymentRequest(u"AB", &error).has_value()); // non-zero trailing bits
    QVERIFY(!error.isEmpty());
    QVERIFY(!decodePaymentRequest(u"eyJh+/", nullptr).has_value()); // standard alphabet
    QVERIFY(!decodePaymentRequest(u"WzFd", nullptr).has_value());   // "[1]": not an object
    QVERIFY(!decodePaymentRequest(u"", nullptr).has_value());
    QVERIFY(!decodePaymentRequest(QString(70'000, u'A'), nullptr).has_value());
    // Wrong-typed fields are tolerated and read as empty.
    const auto typed = decodePaymentRequest(
        base64::encode(R"({"amount":100,"methodDetails":"x"})", base64::Alphabet::Url, false),
        nullptr);
    QVERIFY(typed.has_value());
    QVERIFY(typed->amount.isEmpty());
    QVERIFY(typed->invoice.isEmpty());
}

void TestChallenge::l402AuthorizationFormat()
{
    // l402.md d.9: the expected Authorization for a known macaroon and preimage.
    const QString token =
        u"AgEEbHNhdAJCAABjDc0pZsQzZpESVEi7sltP9BKknHMtssirwbhYG9cQ3SAhIiMkJSYnKCkqKywtLi8wMTIzNDU2Nzg5Ojs8PT4/AAISc2VydmljZXM9d2VhdGhlcjowAAIdd2VhdGhlcl9jYXBhYmlsaXRpZXM9Zm9yZWNhc3QAAh53ZWF0aGVyX3ZhbGlkX3VudGlsPTE3NjcyMjU2MDAAAAYgYvtVwpq2xr62+38MJuHu58Lx/jZr3a7MiB3CbBHiUls="_s;
    L402Challenge c;
    c.scheme = u"L402"_s;
    c.token = token;
    c.invoice = u"lnbc1x"_s;
    const auto preimage =
        Preimage::fromHex(u"000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f");
    const auto header = l402Authorization(c, *preimage);
    QVERIFY(header.hasValue());
    QCOMPARE(*header, (u"L402 " + token
                       + u":000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f")
                          .toLatin1());
    // Always lowercase hex, whatever case the preimage arrived in.
    const auto upper =
        Preimage::fromHex(u"ABCDEF0123456789ABCDEF0123456789ABCDEF0123456789ABCDEF0123456789");
    QVERIFY(l402Authorization(c, *upper)->endsWith(
        ":abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789"));
}

void TestChallenge::lsatOnlyIsMirrored()
{
    const PaymentChallenges c = parsePaymentChallenges(u"LSAT macaroon=\"m\", invoice=\"lnbc1x\"");
    QCOMPARE(c.preferredL402()->scheme, u"LSAT"_s);
    QVERIFY(l402Authorization(*c.preferredL402(), Preimage())->startsWith("LSAT m:"));
}

void TestChallenge::unsafeTokensRefused_data()
{
    QTest::addColumn<QString>("token");
    QTest::newRow("CRLF injection") << u"abc\r\nX-Evil: 1"_s;
    QTest::newRow("space") << u"abc def"_s;
    QTest::newRow("quote") << u"abc\"def"_s;
    QTest::newRow("comma") << u"abc,def"_s;
    QTest::newRow("colon") << u"abc:def"_s;
    QTest::newRow("non-ascii") << u"abc\u00e9"_s;
    QTest::newRow("empty") << QString();
}

void TestChallenge::unsafeTokensRefused()
{
    QFETCH(QString, token);
    L402Challenge c;
    c.scheme = u"L402"_s;
    c.token = token;
    const auto header = l402Authorization(c, Preimage());
    QVERIFY(!header.hasValue());
    QCOMPARE(header.error().code, AuthorizationErrorCode::UnsafeToken);
}

void TestChallenge::paymentAuthorizationEchoesEverything()
{
    const PaymentChallenges c = parsePaymentChallenges(
        u"Payment id=\"kM9xPqWvT2nJrHsY4aDfEb\", realm=\"api.example.com\", method=\"lightning\", "
        u"intent=\"charge\", request=\"eyJhbW91bnQiOiIxMDAifQ\", expires=\"2026-03-15T12:05:00Z\", "
        u"macaroon=\"extra\"");
    QCOMPARE(c.payment.size(), 1);
    const Preimage preimage = *Preimage::fromHex(QString(64, u'a'));
    const auto header = paymentAuthorization(c.payment[0], preimage);
    QVERIFY(header.hasValue());
    QVERIFY(!header->contains('=')); // base64url without padding
    const QJsonObject credential = decodeCredentialJson(*header);
    const QJsonObject challenge = credential[u"challenge"].toObject();
    QCOMPARE(challenge.size(), 7);
    QCOMPARE(challenge[u"id"].toString(), u"kM9xPqWvT2nJrHsY4aDfEb"_s);
    QCOMPARE(challenge[u"request"].toString(), u"eyJhbW91bnQiOiIxMDAifQ"_s);
    QCOMPARE(challenge[u"macaroon"].toString(), u"extra"_s);
    QCOMPARE(credential[u"payload"][u"preimage"].toString(), QString(64, u'a'));
    QVERIFY(!credential.contains(u"source"));
    const auto withSource = paymentAuthorization(c.payment[0], preimage, u"did:key:z6Mk"_s);
    QCOMPARE(decodeCredentialJson(*withSource)[u"source"].toString(), u"did:key:z6Mk"_s);
    PaymentSchemeChallenge incomplete;
    QCOMPARE(paymentAuthorization(incomplete, preimage).error().code,
             AuthorizationErrorCode::IncompleteChallenge);
}

void TestChallenge::paymentCredentialVectorDecodes()
{
    // d.11: aperture's charge credential vector decodes to the documented JSON; our builder,
    // given the same challenge, produces the same object (key order aside).
    const QByteArray vector =
        "Payment "
        "eyJjaGFsbGVuZ2UiOnsiaWQiOiJrTTl4UHFXdlQybkpySHNZNGFEZkViIiwicmVhbG0iOiJhcGkuZXhhbXBsZS5jb2"
        "0iLCJtZXRob2QiOiJsaWdodG5pbmciLCJpbnRlbnQiOiJjaGFyZ2UiLCJyZXF1ZXN0IjoiZXlKaGJXOTFiblFpT2lJ"
        "eE1EQWlmUSIsImV4cGlyZXMiOiIyMDI2LTAzLTE1VDEyOjA1OjAwWiJ9LCJwYXlsb2FkIjp7InByZWltYWdlIjoiYT"
        "NmMWUyZDRiNWM2YTdlOCJ9fQ";
    const QJsonObject expected = decodeCredentialJson(vector);
    QCOMPARE(expected[u"challenge"][u"id"].toString(), u"kM9xPqWvT2nJrHsY4aDfEb"_s);
    QCOMPARE(expected[u"payload"][u"preimage"].toString(), u"a3f1e2d4b5c6a7e8"_s);
    const PaymentChallenges c = parsePaymentChallenges(
        u"Payment id=\"kM9xPqWvT2nJrHsY4aDfEb\", realm=\"api.example.com\", method=\"lightning\", "
        u"intent=\"charge\", request=\"eyJhbW91bnQiOiIxMDAifQ\", expires=\"2026-03-15T12:05:00Z\"");
    const QJsonObject ours = decodeCredentialJson(*paymentAuthorization(c.payment[0], Preimage()));
    QCOMPARE(ours[u"challenge"].toObject(), expected[u"challenge"].toObject());
}

QTEST_GUILESS_MAIN(TestChallenge)
#include "tst_challenge.moc"
