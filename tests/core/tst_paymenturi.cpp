// SPDX-License-Identifier: GPL-3.0-or-later
// lightning: and bitcoin: URIs (BOLT 11 §"URIs", BIP 21/321), bare invoices, LNURLs, addresses.
#include "lightning/paymenturi.h"

#include <QTest>

using namespace lw;
using namespace Qt::Literals::StringLiterals;

namespace {
const QString invoice =
    u"lnbc2500u1pvjluezsp5zyg3zyg3zyg3zyg3zyg3zyg3zyg3zyg3zyg3zyg3zyg3zyg3zygspp5qqqsyqcyq5rqwzqfqqqsyqcyq5rqwzqfqqqsyqcyq5rqwzqfqypqdq5xysxxatsyp3k7enxv4jsxqzpu9qrsgquk0rl77nj30yxdy8j9vdx85fkpmdla2087ne0xh8nhedh8w27kyke0lp53ut353s06fv3qfegext0eh0ymjpf39tuven09sam30g4vgpfna3rh"_s;
const QString lnurl =
    u"LNURL1DP68GURN8GHJ7UM9WFMXJCM99E3K7MF0V9CXJ0M385EKVCENXC6R2C35XVUKXEFCV5MKVV34X5EKZD3EV56NYD3HXQURZEPEXEJXXEPNXSCRVWFNV9NXZCN9XQ6XYEFHVGCXXCMYXYMNSERXFQ5FNS"_s;
} // namespace

class TestPaymentUri : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void invoiceForms_data();
    void invoiceForms();
    void bitcoinUris();
    void bip321Examples();
    void requiredParameters();
    void lnurlForms_data();
    void lnurlForms();
    void lightningAddress();
    void rejects_data();
    void rejects();
    void looksLikeBolt11();
};

void TestPaymentUri::invoiceForms_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("bare") << invoice;
    QTest::newRow("bare upper") << invoice.toUpper();
    QTest::newRow("lightning:") << u"lightning:"_s + invoice;
    QTest::newRow("LIGHTNING: upper (QR)") << u"LIGHTNING:"_s + invoice.toUpper();
    QTest::newRow("lightning://") << u"lightning://"_s + invoice;
    QTest::newRow("surrounding space") << u"  \n"_s + invoice + u"\t "_s;
    QTest::newRow("bitcoin: unified")
        << u"bitcoin:bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4?amount=0.0025&lightning="_s
               + invoice;
    QTest::newRow("BITCOIN: uppercase keys")
        << u"BITCOIN:BC1QW508D6QEJXTDG4Y5R3ZARVARY0C5XW7KV8F3T4?AMOUNT=0.0025&LIGHTNING="_s
               + invoice.toUpper();
    QTest::newRow("bitcoin: empty address") << u"bitcoin:?lightning="_s + invoice;
}

void TestPaymentUri::invoiceForms()
{
    QFETCH(QString, text);
    const auto uri = parsePaymentUri(text);
    QVERIFY2(uri.hasValue(), qPrintable(uri.hasValue() ? QString() : uri.error().message));
    QCOMPARE(uri->kind, PaymentUri::Kind::Bolt11);
    QCOMPARE(uri->bolt11, invoice);
}

void TestPaymentUri::bitcoinUris()
{
    const auto uri = parsePaymentUri(QString(
        u"bitcoin:bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4?amount=0.0025&label=Caf%C3%A9&message=Thanks%20a%20lot&lightning="_s
        + invoice));
    QVERIFY(uri.hasValue());
    QCOMPARE(uri->bitcoinAddress, u"bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4"_s);
    QCOMPARE(uri->amount->msat(), qint64(250'000'000));
    QCOMPARE(uri->label, u"Café"_s);
    QCOMPARE(uri->message, u"Thanks a lot"_s);
    // Unencoded non-ASCII text (as typed or pasted) survives too.
    const auto raw = parsePaymentUri(QString(u"bitcoin:?label=Café ⚡&lightning="_s + invoice));
    QCOMPARE(raw->label, u"Café ⚡"_s);
    const auto onchain = parsePaymentUri(u"bitcoin:175tWpb8K1S7NmH4Zx6rewF9WQrcZv245W?amount=1"_s);
    QVERIFY(onchain.hasValue());
    QCOMPARE(onchain->kind, PaymentUri::Kind::OnChainOnly);
    QCOMPARE(onchain->bitcoinAddress, u"175tWpb8K1S7NmH4Zx6rewF9WQrcZv245W"_s);
    // An LNURL can ride in the lightning parameter too.
    const auto withLnurl = parsePaymentUri(QString(u"bitcoin:?lightning="_s + lnurl));
    QCOMPARE(withLnurl->kind, PaymentUri::Kind::Lnurl);
    // Optional (non-req) parameters we don't know are ignored; pop is optional.
    QVERIFY(
        parsePaymentUri(QString(u"bitcoin:?lightning="_s + invoice + u"&foo=bar&pop=callback%3a"_s))
            .hasValue());
}

void TestPaymentUri::bip321Examples()
{
    // BIP 321's examples use a bogus invoice: recognised as an invoice, decoded later.
    const auto a = parsePaymentUri(
        u"bitcoin:175tWpb8K1S7NmH4Zx6rewF9WQrcZv245W?lightning=lnbc420bogusinvoice"_s);
    QVERIFY(a.hasValue());
    QCOMPARE(a->kind, PaymentUri::Kind::Bolt11);
    QCOMPARE(a->bolt11, u"lnbc420bogusinvoice"_s);
    QCOMPARE(parsePaymentUri(u"bitcoin:?lightning=lnbc420bogusinvoice"_s)->bolt11,
             u"lnbc420bogusinvoice"_s);
}

void TestPaymentUri::requiredParameters()
{
    const auto req =
        parsePaymentUri(QString(u"bitcoin:?lightning="_s + invoice + u"&req-somethingnew=1"_s));
    QVERIFY(!req.hasValue());
    QCOMPARE(req.error().code, PaymentUriErrorCode::UnsupportedRequirement);
    QVERIFY(!parsePaymentUri(QString(u"bitcoin:?lightning="_s + invoice + u"&req-pop=cb%3a"_s))
                 .hasValue());
    QCOMPARE(parsePaymentUri(u"bitcoin:abc?amount=0.1.2"_s).error().code,
             PaymentUriErrorCode::Invalid);
    QCOMPARE(parsePaymentUri(u"bitcoin:abc?amount=-1"_s).error().code,
             PaymentUriErrorCode::Invalid);
    QCOMPARE(parsePaymentUri(u"bitcoin:"_s).error().code, PaymentUriErrorCode::Invalid);
}

void TestPaymentUri::lnurlForms_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("url");
    QTest::addColumn<int>("tag");
    const QString lud01 =
        u"https://service.com/api?q=3fc3645b439ce8e7f2553a69e5267081d96dcd340693afabe04be7b0ccd178df"_s;
    QTest::newRow("bare") << lnurl << lud01 << int(LnurlTag::Unknown);
    QTest::newRow("lowercase") << lnurl.toLower() << lud01 << int(LnurlTag::Unknown);
    QTest::newRow("lightning:") << u"lightning:"_s + lnurl << lud01 << int(LnurlTag::Unknown);
    QTest::newRow("web fallback") << u"https://site.com/pay?lightning="_s + lnurl << lud01
                                  << int(LnurlTag::Unknown);
    QTest::newRow("lnurlw") << u"lnurlw://domain.com/w?k1=1"_s << u"https://domain.com/w?k1=1"_s
                            << int(LnurlTag::WithdrawRequest);
    QTest::newRow("lightning:lnurlp") << u"lightning:lnurlp://domain.com/p"_s
                                      << u"https://domain.com/p"_s << int(LnurlTag::PayRequest);
}

void TestPaymentUri::lnurlForms()
{
    QFETCH(QString, text);
    QFETCH(QString, url);
    QFETCH(int, tag);
    const auto uri = parsePaymentUri(text);
    QVERIFY2(uri.hasValue(), qPrintable(uri.hasValue() ? QString() : uri.error().message));
    QCOMPARE(uri->kind, PaymentUri::Kind::Lnurl);
    QCOMPARE(uri->lnurl.toString(), url);
    QCOMPARE(int(uri->lnurlTag), tag);
}

void TestPaymentUri::lightningAddress()
{
    for (const QString &text :
         {u"alice@example.com"_s, u"lightning:alice@example.com"_s, u"ALICE@EXAMPLE.COM"_s,
          u"lightning:\u20bfalice@example.com"_s, u"lightning:alice%40example.com"_s}) {
        const auto uri = parsePaymentUri(text);
        QVERIFY(uri.hasValue());
        QCOMPARE(uri->kind, PaymentUri::Kind::LightningAddress);
        QCOMPARE(uri->address->toString(), u"alice@example.com"_s);
        QCOMPARE(uri->lnurl.toString(), u"https://example.com/.well-known/lnurlp/alice"_s);
        QCOMPARE(uri->lnurlTag, LnurlTag::PayRequest);
    }
}

void TestPaymentUri::rejects_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("code");
    QTest::newRow("empty") << u"   "_s << int(PaymentUriErrorCode::Empty);
    QTest::newRow("too long") << QString(maxPaymentUriLength + 1, u'q')
                              << int(PaymentUriErrorCode::TooLong);
    QTest::newRow("random words") << u"hello world"_s << int(PaymentUriErrorCode::Unrecognised);
    QTest::newRow("web link without lnurl")
        << u"https://example.com/"_s << int(PaymentUriErrorCode::Unrecognised);
    QTest::newRow("bad lnurl") << u"LNURL1AAAA"_s << int(PaymentUriErrorCode::Invalid);
    QTest::newRow("http lnurl") << u"lnurlp://"_s << int(PaymentUriErrorCode::Invalid);
    QTest::newRow("bad address") << u"a b@c"_s << int(PaymentUriErrorCode::Invalid);
    QTest::newRow("other scheme") << u"mailto://x"_s << int(PaymentUriErrorCode::Unrecognised);
    QTest::newRow("lightning: garbage")
        << u"lightning:xyz"_s << int(PaymentUriErrorCode::Unrecognised);
}

void TestPaymentUri::rejects()
{
    QFETCH(QString, text);
    QFETCH(int, code);
    const auto uri = parsePaymentUri(text);
    QVERIFY(!uri.hasValue());
    QCOMPARE(int(uri.error().code), code);
    QVERIFY(!uri.error().message.isEmpty());
}

void TestPaymentUri::looksLikeBolt11()
{
    // Lightning Addresses whose name starts like a network prefix stay addresses.
    for (const QString &text : {u"lnbcfan@example.com"_s, u"lntbot@x.org"_s, u"lnsbx@y.io"_s}) {
        QVERIFY(!lw::looksLikeBolt11(text));
        QCOMPARE(parsePaymentUri(text)->kind, PaymentUri::Kind::LightningAddress);
    }
    QVERIFY(!lw::looksLikeBolt11(u"lnbcrtx1"));
    QVERIFY(lw::looksLikeBolt11(u"lnbc1xyz"));
    QVERIFY(lw::looksLikeBolt11(u"LNTB20M1xyz"));
    QVERIFY(lw::looksLikeBolt11(u"lntbs1xyz"));
    QVERIFY(lw::looksLikeBolt11(u"lnbcrt500n1xyz"));
    QVERIFY(lw::looksLikeBolt11(u"lnsb1xyz"));
    QVERIFY(!lw::looksLikeBolt11(u"lnurl1xyz"));
    QVERIFY(!lw::looksLikeBolt11(u"lnxy1"));
    QVERIFY(!lw::looksLikeBolt11(u"ln"));
}

QTEST_GUILESS_MAIN(TestPaymentUri)
#include "tst_paymenturi.moc"
