// SPDX-License-Identifier: GPL-3.0-or-later
// `lightwork-cli decode` as a user runs it: JSON on stdout and exit 0 for every kind of input;
// exit 2, one line on stderr and nothing on stdout for bad input.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

Run cli(const QStringList &args, const QByteArray &input = {})
{
    QProcess p;
    p.start(qEnvironmentVariable("LW_CLI"), args);
    p.write(input);
    p.closeWriteChannel();
    p.waitForFinished(30'000);
    Run r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

const QString v2 =
    u"lnbc2500u1pvjluezsp5zyg3zyg3zyg3zyg3zyg3zyg3zyg3zyg3zyg3zyg3zyg3zyg3zygspp5qqqsyqcyq5rqwzqfqqqsyqcyq5rqwzqfqqqsyqcyq5rqwzqfqypqdq5xysxxatsyp3k7enxv4jsxqzpu9qrsgquk0rl77nj30yxdy8j9vdx85fkpmdla2087ne0xh8nhedh8w27kyke0lp53ut353s06fv3qfegext0eh0ymjpf39tuven09sam30g4vgpfna3rh"_s;
const QString apertureMacaroon =
    u"AgEEbHNhdAJCAAAwpHpumws6ufQoDwiTLNcge0QPUIWA0+tVY+tKPYAJ/zSfmEGlIpNm3VzxuzCqLhEp5KGiyPLUM9L+kcB7uzS+AAIPc2VydmljZXM9bWVtZTowAAISbWVtZV9jYXBhYmlsaXRpZXM9AAAGILA1VCEIExukt4nG+XR9tX8WJ2BVMiHG3UNt1uYJ+NRD"_s;
const QString apertureInvoice =
    u"lnbcrt100n1p3qqkygpp5xzj85m5mpvatnapgpuyfxtxhypa5gr6sskqd8664v04550vqp8lsdq8f3f5z4qcqzpgsp5tpzvsq5pckqgln3ltpy3e9cf6tf2aj82ffa2tted77ltweuaweks9qyyssq0w5da3k40wtdukac7hp5s58hsxf8k8f52c5qneezu4xg3xh87xrnkl5jwtw098d2gjywx20nmkxl2y4vq9fr89kg5kzcwupv9xpdaggp4fc4ms"_s;

void verifyBadInput(const Run &r, const char *mentions)
{
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.out.isEmpty(), r.out.constData());
    QVERIFY(r.err.startsWith("lightwork-cli: "));
    QCOMPARE(r.err.count('\n'), 1);
    QVERIFY(r.err.endsWith('\n'));
    QVERIFY2(r.err.contains(mentions), r.err.constData());
    for (char c : r.err.chopped(1))
        QVERIFY2(static_cast<unsigned char>(c) >= 0x20, "a control character reached stderr");
}

} // namespace

class TestCliDecode : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void invoice();
    void invoiceExpiryFollowsNow();
    void lightningUriAndStdin();
    void bitcoinUri();
    void lnurlAndAddress();
    void challenge();
    void challengeWithMismatchedToken();
    void macaroon();
    void badInput_data();
    void badInput();
    void usage();
};

void TestCliDecode::invoice()
{
    const Run r = cli({u"decode"_s, v2});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.err.isEmpty());
    const QJsonObject o = r.json();
    QCOMPARE(o[u"kind"].toString(), u"invoice"_s);
    QCOMPARE(o[u"network"].toString(), u"mainnet"_s);
    QCOMPARE(o[u"amount_msat"].toInteger(), qint64(250'000'000));
    QCOMPARE(o[u"amount_sat"].toString(), u"250000"_s);
    QCOMPARE(o[u"description"].toString(), u"1 cup coffee"_s);
    QCOMPARE(o[u"payment_hash"].toString(),
             u"0001020304050607080900010203040506070809000102030405060708090102"_s);
    QCOMPARE(o[u"payee"].toString(),
             u"03e7156ae33b0a208d0744199163177e909e80176e55d97a2f221ede0f934dd9ad"_s);
    QCOMPARE(o[u"expiry_seconds"].toInteger(), qint64(60));
    QCOMPARE(o[u"timestamp_iso"].toString(), u"2017-06-01T10:57:38Z"_s);
    QCOMPARE(o[u"features"].toArray(), (QJsonArray{8, 14}));
}

void TestCliDecode::invoiceExpiryFollowsNow()
{
    QCOMPARE(cli({u"decode"_s, u"--now"_s, u"1496314700"_s, v2}).json()[u"expired"].toBool(),
             false);
    QCOMPARE(cli({u"decode"_s, u"--now"_s, u"1496314718"_s, v2}).json()[u"expired"].toBool(), true);
    verifyBadInput(cli({u"decode"_s, u"--now"_s, u"soon"_s, v2}), "--now");
}

void TestCliDecode::lightningUriAndStdin()
{
    const Run r = cli({u"decode"_s, u"-"_s}, (u"  LIGHTNING:"_s + v2.toUpper() + u"\n"_s).toUtf8());
    QCOMPARE(r.exitCode, 0);
    const QJsonObject o = r.json();
    QCOMPARE(o[u"kind"].toString(), u"payment_uri"_s);
    QCOMPARE(o[u"scheme"].toString(), u"lightning"_s);
    QCOMPARE(o[u"target"][u"kind"].toString(), u"invoice"_s);
    QCOMPARE(o[u"target"][u"amount_msat"].toInteger(), qint64(250'000'000));
}

void TestCliDecode::bitcoinUri()
{
    const Run r = cli(
        {u"decode"_s,
         u"bitcoin:bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4?amount=0.0025&label=Coffee&lightning="_s
             + v2});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject o = r.json();
    QCOMPARE(o[u"scheme"].toString(), u"bitcoin"_s);
    QCOMPARE(o[u"bitcoin_address"].toString(), u"bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4"_s);
    QCOMPARE(o[u"amount_msat"].toInteger(), qint64(250'000'000));
    QCOMPARE(o[u"label"].toString(), u"Coffee"_s);
    QCOMPARE(o[u"target"][u"description"].toString(), u"1 cup coffee"_s);
    // An on-chain-only link decodes, with no lightning target.
    const Run onchain =
        cli({u"decode"_s, u"bitcoin:175tWpb8K1S7NmH4Zx6rewF9WQrcZv245W?amount=1"_s});
    QCOMPARE(onchain.exitCode, 0);
    QVERIFY(onchain.json()[u"target"].isNull());
}

void TestCliDecode::lnurlAndAddress()
{
    const Run l = cli(
        {u"decode"_s,
         u"LNURL1DP68GURN8GHJ7UM9WFMXJCM99E3K7MF0V9CXJ0M385EKVCENXC6R2C35XVUKXEFCV5MKVV34X5EKZD3EV56NYD3HXQURZEPEXEJXXEPNXSCRVWFNV9NXZCN9XQ6XYEFHVGCXXCMYXYMNSERXFQ5FNS"_s});
    QCOMPARE(l.exitCode, 0);
    QCOMPARE(l.json()[u"kind"].toString(), u"lnurl"_s);
    QCOMPARE(l.json()[u"domain"].toString(), u"service.com"_s);
    const Run a = cli({u"decode"_s, u"Satoshi@Bitcoin.org"_s});
    QCOMPARE(a.exitCode, 0);
    QCOMPARE(a.json()[u"kind"].toString(), u"lightning_address"_s);
    QCOMPARE(a.json()[u"url"].toString(), u"https://bitcoin.org/.well-known/lnurlp/satoshi"_s);
    const Run w = cli({u"decode"_s, u"lnurlw://example.com/withdraw?k1=1"_s});
    QCOMPARE(w.json()[u"tag"].toString(), u"withdrawRequest"_s);
}

void TestCliDecode::challenge()
{
    const Run r = cli({u"decode"_s, u"WWW-Authenticate: LSAT macaroon=\""_s + apertureMacaroon
                                        + u"\", invoice=\""_s + apertureInvoice + u"\""_s});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject o = r.json();
    QCOMPARE(o[u"kind"].toString(), u"challenge"_s);
    const QJsonObject c = o[u"l402"].toArray().first().toObject();
    QCOMPARE(c[u"scheme"].toString(), u"LSAT"_s);
    QCOMPARE(c[u"version"].toString(), u"0"_s);
    QCOMPARE(c[u"invoice"][u"amount_msat"].toInteger(), qint64(10'000));
    QCOMPARE(c[u"invoice"][u"network"].toString(), u"regtest"_s);
    QCOMPARE(c[u"token_decoded"][u"macaroon"][u"payment_hash"].toString(),
             u"30a47a6e9b0b3ab9f4280f08932cd7207b440f508580d3eb5563eb4a3d8009ff"_s);
    QCOMPARE(c[u"token_payment_hash_matches_invoice"].toBool(), true);
}

void TestCliDecode::challengeWithMismatchedToken()
{
    // The V2 invoice's hash is not the macaroon's: decoded, but flagged for the payer.
    const Run r = cli({u"decode"_s, u"L402 macaroon=\""_s + apertureMacaroon + u"\", invoice=\""_s
                                        + v2 + u"\""_s});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.json()[u"l402"].toArray().first()[u"token_payment_hash_matches_invoice"].toBool(),
             false);
    // A challenge whose invoice does not decode is bad input as a whole.
    verifyBadInput(cli({u"decode"_s, u"L402 macaroon=\"abc\", invoice=\"lnbc1xyz\""_s}), "invoice");
}

void TestCliDecode::macaroon()
{
    const Run r = cli({u"decode"_s, apertureMacaroon});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject o = r.json();
    QCOMPARE(o[u"kind"].toString(), u"macaroon"_s);
    QCOMPARE(o[u"format"].toString(), u"v2_binary"_s);
    QCOMPARE(o[u"location"].toString(), u"lsat"_s);
    QCOMPARE(o[u"caveats"].toArray().size(), 2);
    QCOMPARE(o[u"caveats"][0][u"condition"].toString(), u"services"_s);
    QCOMPARE(o[u"l402_identifier"][u"form"].toString(), u"binary"_s);
}

void TestCliDecode::badInput_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("mentions");
    QString badChecksum = v2;
    badChecksum[badChecksum.size() - 1] = u'q';
    QTest::newRow("bad checksum") << badChecksum << QByteArray("invalid invoice");
    QTest::newRow("mixed case") << u"LNBC2500u1pvjluez"_s << QByteArray("invalid invoice");
    QTest::newRow("unknown even feature")
        << u"lnbc25m1pvjluezpp5qqqsyqcyq5rqwzqfqqqsyqcyq5rqwzqfqqqsyqcyq5rqwzqfqypqdq5vdhkven9v5sxyetpdeessp5zyg3zyg3zyg3zyg3zyg3zyg3zyg3zyg3zyg3zyg3zyg3zyg3zygs9q4psqqqqqqqqqqqqqqqqsgqtqyx5vggfcsll4wu246hz02kp85x4katwsk9639we5n5yngc3yhqkm35jnjw4len8vrnqnf5ejh0mzj9n3vz2px97evektfm2l6wqccp3y7372"_s
        << QByteArray("feature 100");
    QTest::newRow("garbage") << u"hello there"_s << QByteArray("not an invoice");
    QTest::newRow("empty") << u"   "_s << QByteArray("nothing to decode");
    QTest::newRow("insecure lnurl") << u"lnurlp://"_s << QByteArray("invalid payment link");
    QTest::newRow("unsupported requirement")
        << u"bitcoin:?lightning=lnbc1x&req-future=1"_s << QByteArray("req");
    QTest::newRow("challenge without invoice")
        << u"L402 macaroon=\"abc\""_s << QByteArray("no invoice");
    QTest::newRow("control characters") << u"\u0001\u0002\u0003"_s << QByteArray("not an invoice");
    // Input quoted back in the message can't reach the terminal as escape sequences.
    QTest::newRow("terminal escape")
        << u"bitcoin:?amount=%1b]0;pwned%07"_s << QByteArray("\\u{001b}]0;pwned\\u{0007}");
}

void TestCliDecode::badInput()
{
    QFETCH(QString, text);
    QFETCH(QByteArray, mentions);
    verifyBadInput(cli({u"decode"_s, text}), mentions.constData());
}

void TestCliDecode::usage()
{
    verifyBadInput(cli({}), "no command");
    verifyBadInput(cli({u"frobnicate"_s}), "unknown command");
    verifyBadInput(cli({u"decode"_s}), "exactly one");
    verifyBadInput(cli({u"decode"_s, u"a"_s, u"b"_s}), "exactly one");
    const Run v = cli({u"version"_s});
    QCOMPARE(v.exitCode, 0);
    QVERIFY(v.out.startsWith("Lightwork "));
    QVERIFY(cli({u"decode"_s, u"-"_s}, QByteArray(300 * 1024, 'a')).err.contains("too large"));
}

QTEST_GUILESS_MAIN(TestCliDecode)
#include "tst_cli_decode.moc"
