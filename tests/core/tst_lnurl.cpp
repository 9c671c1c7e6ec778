// SPDX-License-Identifier: GPL-3.0-or-later
// LUD-01 bech32 LNURLs, LUD-17 schemes, LUD-16 addresses, service responses (LUD-03/06/09/12).
#include "common/crypto.h"
#include "lightning/bolt11decoder.h"
#include "lightning/bolt11encoder.h"
#include "lightning/lnurl.h"
#include "lightning/lnurlresponse.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QUrlQuery>

using namespace lw;
using namespace Qt::Literals::StringLiterals;

namespace {

// A valid payRequest with some fields replaced (or removed, with a null value).
QByteArray payRequestJson(const QJsonObject &changes = {})
{
    QJsonObject o{{u"tag"_s, u"payRequest"_s},
                  {u"callback"_s, u"https://e.com/cb"_s},
                  {u"minSendable"_s, 1},
                  {u"maxSendable"_s, 2},
                  {u"metadata"_s, uR"([["text/plain","x"]])"_s}};
    for (auto it = changes.begin(); it != changes.end(); ++it) {
        if (it.value().isNull())
            o.remove(it.key());
        else
            o.insert(it.key(), it.value());
    }
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace

class TestLnurl : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void lud01Vector();
    void encodeRoundTrip();
    void rejectsInsecureAndForeign();
    void lud17Schemes_data();
    void lud17Schemes();
    void lightningAddresses_data();
    void lightningAddresses();
    void payRequest();
    void payRequestRejects_data();
    void payRequestRejects();
    void withdrawRequest();
    void withdrawAmount();
    void callbackStatus();
    void errorAndOkShapes();
    void payInvoiceAndSuccessActions();
    void checkInvoiceAgainstRequest();
    void callbackUrls();
};

void TestLnurl::lud01Vector()
{
    const QString lnurl =
        u"LNURL1DP68GURN8GHJ7UM9WFMXJCM99E3K7MF0V9CXJ0M385EKVCENXC6R2C35XVUKXEFCV5MKVV34X5EKZD3EV56NYD3HXQURZEPEXEJXXEPNXSCRVWFNV9NXZCN9XQ6XYEFHVGCXXCMYXYMNSERXFQ5FNS"_s;
    const auto url = decodeLnurl(lnurl);
    QVERIFY2(url.hasValue(), qPrintable(url.hasValue() ? QString() : url.error().message));
    QCOMPARE(
        url->toString(),
        u"https://service.com/api?q=3fc3645b439ce8e7f2553a69e5267081d96dcd340693afabe04be7b0ccd178df"_s);
    QVERIFY(decodeLnurl(lnurl.toLower()).hasValue());
    QCOMPARE(encodeLnurl(*url), lnurl);
}

void TestLnurl::encodeRoundTrip()
{
    const QUrl url(u"https://example.com/lnurlp/alice?tag=payRequest&x=%20y"_s);
    const QString encoded = encodeLnurl(url, false);
    QVERIFY(encoded.startsWith(u"lnurl1"));
    QCOMPARE(*decodeLnurl(encoded), url);
}

void TestLnurl::rejectsInsecureAndForeign()
{
    QCOMPARE(decodeLnurl(encodeLnurl(QUrl(u"http://example.com/x"_s))).error().code,
             LnurlErrorCode::InsecureUrl);
    QVERIFY(decodeLnurl(encodeLnurl(QUrl(u"http://abcdefgh.onion/x"_s))).hasValue());
    QVERIFY(decodeLnurl(encodeLnurl(QUrl(u"http://127.0.0.1:8080/x"_s))).hasValue());
    QCOMPARE(decodeLnurl(encodeLnurl(QUrl(u"ftp://example.com/x"_s))).error().code,
             LnurlErrorCode::InsecureUrl);
    QCOMPARE(decodeLnurl(encodeLnurl(QUrl(u"https://user:pw@example.com/x"_s))).error().code,
             LnurlErrorCode::InsecureUrl);
    // An invoice is bech32 but not an LNURL.
    QCOMPARE(
        decodeLnurl(u"lnbc1pvjluezsp5zyg3zyg3zyg3zyg3zyg3zyg3zyg3zyg3zyg3zyg3zyg3zyg3zygspp5qqqsyqc"
                    u"yq5rqwzqfqqqsyqcyq5rqwzqfqqqsyqcyq5rqwzqfqypqdpl2pkx2ctnv5sxxmmwwd5kgetjypeh2"
                    u"ursdae8g6twvus8g6rfwvs8qun0dfjkxaq9qrsgq357wnc5r2ueh7ck6q93dj32dlqnls087fxdwk"
                    u"8qakdyafkq3yap9us6v52vjjsrvywa6rt52cm9r9zqt8r2t7mlcwspyetp5h2tztugp9lfyql")
            .error()
            .code,
        LnurlErrorCode::NotLnurl);
    QCOMPARE(decodeLnurl(u"LNURL1XXXX").error().code, LnurlErrorCode::Bech32);
}

void TestLnurl::lud17Schemes_data()
{
    QTest::addColumn<QString>("link");
    QTest::addColumn<QString>("url");
    QTest::addColumn<int>("tag");
    QTest::newRow("pay") << u"lnurlp://domain.com/path?x=1"_s << u"https://domain.com/path?x=1"_s
                         << int(LnurlTag::PayRequest);
    QTest::newRow("withdraw") << u"lnurlw://domain.com/path"_s << u"https://domain.com/path"_s
                              << int(LnurlTag::WithdrawRequest);
    QTest::newRow("channel") << u"lnurlc://domain.com/c"_s << u"https://domain.com/c"_s
                             << int(LnurlTag::ChannelRequest);
    QTest::newRow("auth") << u"keyauth://domain.com/a"_s << u"https://domain.com/a"_s
                          << int(LnurlTag::Login);
    QTest::newRow("uppercase scheme")
        << u"LNURLW://domain.com/path"_s << u"https://domain.com/path"_s
        << int(LnurlTag::WithdrawRequest);
    QTest::newRow("onion") << u"lnurlp://abcdef.onion/p"_s << u"http://abcdef.onion/p"_s
                           << int(LnurlTag::PayRequest);
    QTest::newRow("loopback") << u"lnurlw://127.0.0.1:9000/w"_s << u"http://127.0.0.1:9000/w"_s
                              << int(LnurlTag::WithdrawRequest);
}

void TestLnurl::lud17Schemes()
{
    QFETCH(QString, link);
    QFETCH(QString, url);
    QFETCH(int, tag);
    const auto resolved = resolveLnurlScheme(link);
    QVERIFY(resolved.hasValue());
    QCOMPARE(resolved->url.toString(), url);
    QCOMPARE(int(resolved->tag), tag);
}

void TestLnurl::lightningAddresses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("url");
    QTest::newRow("lud16 example")
        << u"satoshi@bitcoin.org"_s << u"https://bitcoin.org/.well-known/lnurlp/satoshi"_s;
    QTest::newRow("uppercase") << u"Alice@Example.COM"_s
                               << u"https://example.com/.well-known/lnurlp/alice"_s;
    QTest::newRow("symbols") << u"a.b-c_d@x.io"_s << u"https://x.io/.well-known/lnurlp/a.b-c_d"_s;
    QTest::newRow("onion") << u"bob@xyz.onion"_s << u"http://xyz.onion/.well-known/lnurlp/bob"_s;
    QTest::newRow("sandbox") << u"worker@127.0.0.1:4567"_s
                             << u"http://127.0.0.1:4567/.well-known/lnurlp/worker"_s;
    QTest::newRow("bip353 prefix")
        << u"\u20bfsatoshi@bitcoin.org"_s << u"https://bitcoin.org/.well-known/lnurlp/satoshi"_s;
    QTest::newRow("no user") << u"@bitcoin.org"_s << QString();
    QTest::newRow("no domain") << u"satoshi@"_s << QString();
    QTest::newRow("two ats") << u"a@b@c.org"_s << QString();
    QTest::newRow("bad user char") << u"sa/toshi@bitcoin.org"_s << QString();
    QTest::newRow("space") << u"sa toshi@bitcoin.org"_s << QString();
    QTest::newRow("path in domain") << u"a@bitcoin.org/x"_s << QString();
    QTest::newRow("userinfo trick") << u"a@evil.com@bitcoin.org"_s << QString();
    QTest::newRow("query in domain") << u"a@bitcoin.org?x=1"_s << QString();
    QTest::newRow("fragment in domain") << u"a@bitcoin.org#x"_s << QString();
    QTest::newRow("dot user") << u".@bitcoin.org"_s << QString();
    QTest::newRow("dot-dot user") << u"..@bitcoin.org"_s << QString();
    QTest::newRow("bad port") << u"a@bitcoin.org:99999"_s << QString();
    QTest::newRow("punycode domain")
        << u"alice@xn--bcher-kva.de"_s << u"https://xn--bcher-kva.de/.well-known/lnurlp/alice"_s;
    QTest::newRow("unicode domain")
        << u"alice@b\u00fccher.de"_s << u"https://xn--bcher-kva.de/.well-known/lnurlp/alice"_s;
}

void TestLnurl::lightningAddresses()
{
    QFETCH(QString, text);
    QFETCH(QString, url);
    const auto address = parseLightningAddress(text);
    if (url.isEmpty()) {
        QVERIFY(!address.hasValue());
        QCOMPARE(address.error().code, LnurlErrorCode::InvalidAddress);
        return;
    }
    QVERIFY2(address.hasValue(),
             qPrintable(address.hasValue() ? QString() : address.error().message));
    // Compared encoded: an IDN host is punycode on the wire.
    QCOMPARE(QString::fromLatin1(address->lnurlpUrl().toEncoded()), url);
}

void TestLnurl::payRequest()
{
    const QJsonArray metadata{
        QJsonArray{u"text/plain"_s, u"lorem ipsum"_s},
        QJsonArray{u"text/identifier"_s, u"alice@example.com"_s},
        QJsonArray{u"image/png;base64"_s, u"iVBOR"_s},
        QJsonArray{u"text/long-desc"_s, QJsonObject{{u"not"_s, u"a string"_s}}}};
    const QByteArray json = payRequestJson(
        {{u"callback"_s, u"https://example.com/cb?id=1"_s},
         {u"minSendable"_s, 1000},
         {u"maxSendable"_s, u"100000000"_s},
         {u"metadata"_s, QString::fromUtf8(QJsonDocument(metadata).toJson(QJsonDocument::Compact))},
         {u"commentAllowed"_s, 140}});
    const QUrl source(u"https://shop.example/lnurlp/x"_s);
    const auto r = parseLnurlResponse(json, source);
    QVERIFY2(r.hasValue(), qPrintable(r.hasValue() ? QString() : r.error().message));
    QCOMPARE(r->kind, LnurlResponse::Kind::PayRequest);
    const LnurlPayRequest &p = *r->payRequest;
    QCOMPARE(p.callback.toString(), u"https://example.com/cb?id=1"_s);
    QCOMPARE(p.minSendable.msat(), qint64(1000));
    QCOMPARE(p.maxSendable.msat(), qint64(100'000'000));
    QCOMPARE(p.description, u"lorem ipsum"_s);
    QCOMPARE(p.identifier, u"alice@example.com"_s);
    QVERIFY(p.hasImage);
    QVERIFY(p.longDescription.isEmpty());
    QCOMPARE(p.commentAllowed, 140);
    QCOMPARE(p.serviceDomain, u"shop.example"_s); // LUD-06: the LNURL's own domain
    QCOMPARE(p.callbackDomain, u"example.com"_s);
    QVERIFY(p.metadata.startsWith(u"[[\"text/plain\""));
}

void TestLnurl::payRequestRejects_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("http callback") << payRequestJson({{u"callback"_s, u"http://e.com/cb"_s}});
    QTest::newRow("min > max") << payRequestJson({{u"minSendable"_s, 5}});
    QTest::newRow("zero min") << payRequestJson({{u"minSendable"_s, 0}});
    QTest::newRow("fractional amount") << payRequestJson({{u"minSendable"_s, 1.5}});
    QTest::newRow("negative amount") << payRequestJson({{u"minSendable"_s, -1}});
    QTest::newRow("amount as junk string") << payRequestJson({{u"maxSendable"_s, u"2x"_s}});
    QTest::newRow("metadata not a string")
        << payRequestJson({{u"metadata"_s, QJsonArray{QJsonArray{u"text/plain"_s, u"x"_s}}}});
    QTest::newRow("metadata without text/plain")
        << payRequestJson({{u"metadata"_s, uR"([["text/identifier","x"]])"_s}});
    QTest::newRow("metadata not JSON") << payRequestJson({{u"metadata"_s, u"text/plain"_s}});
    QTest::newRow("missing callback") << payRequestJson({{u"callback"_s, QJsonValue::Null}});
    QTest::newRow("not json") << QByteArray("<html>");
    QTest::newRow("array") << QByteArray("[]");
    QTest::newRow("too large") << QByteArray(maxLnurlResponseBytes + 1, ' ');
}

void TestLnurl::payRequestRejects()
{
    QFETCH(QByteArray, json);
    const auto r = parseLnurlResponse(json, QUrl(u"https://e.com/lnurl"_s));
    QVERIFY(!r.hasValue());
    QCOMPARE(r.error().code, LnurlErrorCode::InvalidResponse);
}

void TestLnurl::withdrawRequest()
{
    const QUrl source(u"https://e.com/lnurlw"_s);
    const auto r = parseLnurlResponse(
        R"({"tag":"withdrawRequest","callback":"https://e.com/w","k1":"abc","defaultDescription":"refund","minWithdrawable":1000,"maxWithdrawable":21000})",
        source);
    QVERIFY(r.hasValue());
    QCOMPARE(r->withdrawRequest->serviceDomain, u"e.com"_s);
    QCOMPARE(r->kind, LnurlResponse::Kind::WithdrawRequest);
    QCOMPARE(r->withdrawRequest->k1, u"abc"_s);
    QCOMPARE(r->withdrawRequest->maxWithdrawable.msat(), qint64(21000));
    QCOMPARE(r->withdrawRequest->defaultDescription, u"refund"_s);
    const auto noK1 = parseLnurlResponse(
        R"({"tag":"withdrawRequest","callback":"https://e.com/w","minWithdrawable":1,"maxWithdrawable":2})",
        source);
    QVERIFY(!noK1.hasValue());
}

void TestLnurl::withdrawAmount()
{
    LnurlWithdrawRequest w;
    w.minWithdrawable = MilliSats(1000);
    w.maxWithdrawable = MilliSats(21500);
    // Without a wanted amount: the most the range allows, in whole sats.
    QCOMPARE(lnurlWithdrawAmount(w, std::nullopt)->msat(), qint64(21000));
    QCOMPARE(lnurlWithdrawAmount(w, MilliSats(5000))->msat(), qint64(5000));
    QCOMPARE(lnurlWithdrawAmount(w, MilliSats(22000)).error().code, LnurlErrorCode::Mismatch);
    QCOMPARE(lnurlWithdrawAmount(w, MilliSats(0)).error().code, LnurlErrorCode::Mismatch);
    QCOMPARE(lnurlWithdrawAmount(w, MilliSats(1500)).error().code, LnurlErrorCode::Mismatch);
    // A range with no whole sat in it cannot be withdrawn into a wallet's invoice.
    w.minWithdrawable = MilliSats(1200);
    w.maxWithdrawable = MilliSats(1800);
    QCOMPARE(lnurlWithdrawAmount(w, std::nullopt).error().code, LnurlErrorCode::Mismatch);
}

void TestLnurl::callbackStatus()
{
    QVERIFY(parseLnurlCallbackStatus(R"({"status":"OK"})").hasValue());
    QVERIFY(parseLnurlCallbackStatus(R"({"status":"ok","extra":1})").hasValue());
    const auto refused = parseLnurlCallbackStatus(R"({"status":"ERROR","reason":"claimed"})");
    QCOMPARE(refused.error().code, LnurlErrorCode::ServiceError);
    QCOMPARE(refused.error().message, u"claimed"_s);
    for (const QByteArray &bad : {QByteArray("OK"), QByteArray("[]"), QByteArray("{}"),
                                  QByteArray(R"({"status":5})"), QByteArray(R"({"pr":"x"})")})
        QCOMPARE(parseLnurlCallbackStatus(bad).error().code, LnurlErrorCode::InvalidResponse);
}

void TestLnurl::errorAndOkShapes()
{
    const QUrl source(u"https://e.com/lnurl"_s);
    const auto e = parseLnurlResponse(R"({"status":"ERROR","reason":"amount too low"})", source);
    QVERIFY(e.hasValue());
    QCOMPARE(e->kind, LnurlResponse::Kind::Error);
    QCOMPARE(e->reason, u"amount too low"_s);
    const auto bare = parseLnurlResponse(R"({"status":"ERROR"})", source);
    QVERIFY(!bare->reason.isEmpty());
    const auto ok = parseLnurlResponse(R"({"status":"OK"})", source);
    QCOMPARE(ok->kind, LnurlResponse::Kind::Ok);
    const auto u = parseLnurlResponse(R"({"tag":"channelRequest","uri":"x"})", source);
    QCOMPARE(u->kind, LnurlResponse::Kind::Unsupported);
    QCOMPARE(u->tag, u"channelRequest"_s);
}

void TestLnurl::payInvoiceAndSuccessActions()
{
    const QUrl callback(u"https://example.com/cb"_s);
    const auto plain = parseLnurlPayInvoice(R"({"pr":"lnbc1x","routes":[]})", callback);
    QCOMPARE(plain->pr, u"lnbc1x"_s);
    QVERIFY(!plain->successAction.has_value());
    const auto message = parseLnurlPayInvoice(
        QByteArray("{\"pr\":\"lnbc1x\",\"successAction\":{\"tag\":\"message\",\"message\":\""
                   + QByteArray(200, 'm') + "\"}}"),
        callback);
    QCOMPARE(message->successAction->message.size(), 144);
    const auto url = parseLnurlPayInvoice(
        R"({"pr":"lnbc1x","successAction":{"tag":"url","description":"d","url":"https://example.com/thanks"}})",
        callback);
    QCOMPARE(url->successAction->url.toString(), u"https://example.com/thanks"_s);
    const auto foreign = parseLnurlPayInvoice(
        R"({"pr":"lnbc1x","successAction":{"tag":"url","description":"d","url":"https://evil.com/"}})",
        callback);
    QVERIFY(!foreign.hasValue());
    const auto err = parseLnurlPayInvoice(R"({"status":"ERROR","reason":"no"})", callback);
    QCOMPARE(err.error().code, LnurlErrorCode::ServiceError);
    QCOMPARE(err.error().message, u"no"_s);
    const auto wrongType = parseLnurlPayInvoice(R"({"pr":5})", callback);
    QVERIFY(!wrongType.hasValue());
}

void TestLnurl::checkInvoiceAgainstRequest()
{
    LnurlPayRequest request;
    request.metadata = uR"([["text/plain","lorem ipsum"]])"_s;
    const PrivateKey key = *PrivateKey::fromHex(QString(64, u'3'));
    Bolt11Draft draft;
    draft.amount = MilliSats(21000);
    draft.descriptionHash = crypto::sha256(request.metadata.toUtf8());
    const auto good = decodeBolt11(*encodeBolt11(draft, key));
    QVERIFY(!checkLnurlPayInvoice(request, MilliSats(21000), *good).has_value());
    QVERIFY(checkLnurlPayInvoice(request, MilliSats(20000), *good).has_value());
    // Re-serialised metadata (spaces) hashes differently: must be the raw string.
    LnurlPayRequest reformatted = request;
    reformatted.metadata = uR"([["text/plain", "lorem ipsum"]])"_s;
    QVERIFY(checkLnurlPayInvoice(reformatted, MilliSats(21000), *good).has_value());
    draft.descriptionHash.reset();
    draft.description = u"x"_s;
    const auto noHash = decodeBolt11(*encodeBolt11(draft, key));
    QCOMPARE(checkLnurlPayInvoice(request, MilliSats(21000), *noHash)->code,
             LnurlErrorCode::Mismatch);
}

void TestLnurl::callbackUrls()
{
    LnurlPayRequest p;
    p.callback = QUrl(u"https://e.com/cb?id=7"_s);
    p.commentAllowed = 10;
    const QUrl pay = lnurlPayCallbackUrl(p, MilliSats(5000), u"a&b=c+d %é and more"_s);
    const QUrlQuery q(pay);
    QCOMPARE(q.queryItemValue(u"id"_s), u"7"_s);
    QCOMPARE(q.queryItemValue(u"amount"_s), u"5000"_s);
    QCOMPARE(q.queryItemValue(u"comment"_s, QUrl::FullyDecoded), u"a&b=c+d %é"_s);
    p.commentAllowed = 0;
    QVERIFY(!QUrlQuery(lnurlPayCallbackUrl(p, MilliSats(5000), u"x"_s)).hasQueryItem(u"comment"_s));
    LnurlWithdrawRequest w;
    w.callback = QUrl(u"https://e.com/w"_s);
    w.k1 = u"k+1"_s;
    const QUrlQuery wq(lnurlWithdrawCallbackUrl(w, u"lnbc1x"_s));
    QCOMPARE(wq.queryItemValue(u"k1"_s, QUrl::FullyDecoded), u"k+1"_s);
    // On the wire "+" is %2B: a form-decoding server would read a bare "+" as a space.
    QVERIFY(lnurlWithdrawCallbackUrl(w, u"lnbc1x"_s).toEncoded().contains("k1=k%2B1"));
    QCOMPARE(wq.queryItemValue(u"pr"_s), u"lnbc1x"_s);
}

QTEST_GUILESS_MAIN(TestLnurl)
#include "tst_lnurl.moc"
