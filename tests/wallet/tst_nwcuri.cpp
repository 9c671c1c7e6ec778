// SPDX-License-Identifier: GPL-3.0-or-later
// NwcUri::parse on the spec's example, the forms real wallets emit, and hostile input.

#include "nwc/nwcuri.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace lw;

namespace {

// NIP-47's example connection string (research/nwc.md §3.2).
const QString walletHex = u"b889ff5b1513b641e2a139f661a661364979c5beee91842f8f0ef42ab558e9d4"_s;
const QString secretHex = u"71a8c14c1407c113601079c4302dab36460f0ccd0ad506f1f2dc73b5100e4f3c"_s;

QString uri(const QString &query)
{
    return u"nostr+walletconnect://"_s + walletHex + u'?' + query;
}

} // namespace

class TestNwcUri : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void specExample()
    {
        const auto u =
            NwcUri::parse(uri(u"relay=wss%3A%2F%2Frelay.damus.io&secret="_s + secretHex));
        QVERIFY2(u, qPrintable(u ? QString() : u.error().message));
        QCOMPARE(u->walletPubkey.toHex(), walletHex);
        QCOMPARE(u->secret.toHex(), secretHex);
        QCOMPARE(u->relays, QList<QUrl>{QUrl(u"wss://relay.damus.io"_s)});
        QVERIFY(u->lud16.isEmpty());
    }

    void schemesAndForms_data()
    {
        QTest::addColumn<QString>("text");
        const QString q = u"?relay=wss://r.example&secret="_s + secretHex;
        QTest::newRow("nostrwalletconnect") << u"nostrwalletconnect://"_s + walletHex + q;
        QTest::newRow("no slashes") << u"nostr+walletconnect:"_s + walletHex + q;
        QTest::newRow("upper-case scheme") << u"NOSTR+WALLETCONNECT://"_s + walletHex + q;
        QTest::newRow("surrounding space")
            << u"  nostr+walletconnect://"_s + walletHex + q + u"\n"_s;
        QTest::newRow("trailing slash") << u"nostr+walletconnect://"_s + walletHex + u"/"_s + q;
    }
    void schemesAndForms()
    {
        QFETCH(QString, text);
        const auto u = NwcUri::parse(text);
        QVERIFY2(u, qPrintable(u ? QString() : u.error().message));
        QCOMPARE(u->walletPubkey.toHex(), walletHex);
        QCOMPARE(u->relays.size(), 1);
    }

    void severalRelaysKeptDeduplicatedWithPaths()
    {
        const auto u = NwcUri::parse(
            uri(u"relay=wss%3A%2F%2Fnwc.primal.net%2Ftoken123&relay=wss://Relay.Example:443/"
                "&relay=wss%3A%2F%2Frelay.example&relay=ws://127.0.0.1:7000&secret="_s
                + secretHex + u"&lud16=Alice%40getalby.com"_s));
        QVERIFY2(u, qPrintable(u ? QString() : u.error().message));
        QCOMPARE(u->relays,
                 (QList<QUrl>{QUrl(u"wss://nwc.primal.net/token123"_s),
                              QUrl(u"wss://relay.example"_s), QUrl(u"ws://127.0.0.1:7000"_s)}));
        QCOMPARE(u->lud16, u"alice@getalby.com"_s);
    }

    void rejected_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("mentions");
        const QString r = u"relay=wss://r.example"_s;
        const QString s = u"&secret="_s + secretHex;
        QTest::newRow("empty") << QString() << u"nostr+walletconnect"_s;
        QTest::newRow("other scheme")
            << u"https://"_s + walletHex + u"?"_s + r + s << u"nostr+walletconnect"_s;
        QTest::newRow("short pubkey")
            << u"nostr+walletconnect://abcd?"_s + r + s << u"public key"_s;
        QTest::newRow("pubkey not hex")
            << u"nostr+walletconnect://"_s + QString(64, u'z') + u"?"_s + r + s << u"public key"_s;
        QTest::newRow("pubkey not on curve")
            << u"nostr+walletconnect://"_s + QString(64, u'f') + u"?"_s + r + s << u"public key"_s;
        QTest::newRow("no secret") << uri(r) << u"no secret"_s;
        QTest::newRow("short secret") << uri(r + u"&secret=abcdef"_s) << u"secret"_s;
        QTest::newRow("secret not hex")
            << uri(r + u"&secret="_s + QString(64, u'g')) << u"secret"_s;
        QTest::newRow("secret zero") << uri(r + u"&secret="_s + QString(64, u'0')) << u"secret"_s;
        QTest::newRow("secret above n")
            << uri(r + u"&secret="_s + QString(64, u'f')) << u"secret"_s;
        QTest::newRow("two secrets") << uri(r + s + s) << u"more than one secret"_s;
        QTest::newRow("no relay") << uri(s.mid(1)) << u"no relay"_s;
        QTest::newRow("plain ws off loopback")
            << uri(u"relay=ws://relay.example"_s + s) << u"ws://"_s;
        QTest::newRow("https relay") << uri(u"relay=https://relay.example"_s + s) << u"WebSocket"_s;
        QTest::newRow("relay with credentials")
            << uri(u"relay=wss://user:pw@relay.example"_s + s) << u"user name"_s;
        QTest::newRow("relay garbage") << uri(u"relay=%00%01"_s + s) << u"relay"_s;
        QTest::newRow("relay no host") << uri(u"relay=wss://"_s + s) << u"relay"_s;
        QTest::newRow("bad lud16") << uri(r + s + u"&lud16=nobody"_s) << u"lud16"_s;
        QTest::newRow("too long") << uri(r + s + u"&x="_s + QString(9000, u'a')) << u"too long"_s;
        QString many;
        for (int i = 0; i < 20; ++i)
            many += u"relay=wss://r"_s + QString::number(i) + u".example&"_s;
        QTest::newRow("too many relays") << uri(many + s.mid(1)) << u"relays"_s;
    }
    void rejected()
    {
        QFETCH(QString, text);
        QFETCH(QString, mentions);
        const auto u = NwcUri::parse(text);
        QVERIFY(!u);
        QCOMPARE(u.error().kind, AppError::Kind::Invalid);
        QVERIFY2(u.error().message.contains(mentions, Qt::CaseInsensitive),
                 qPrintable(u.error().message));
    }

    void errorsNeverContainTheSecret()
    {
        // Every way of getting the rest wrong, with a valid secret present.
        const QStringList texts{
            uri(u"relay=ws://evil.example&secret="_s + secretHex),
            uri(u"relay=ftp://x&secret="_s + secretHex),
            uri(u"secret="_s + secretHex),
            uri(u"relay=wss://r.example&secret="_s + secretHex + u"&secret="_s + secretHex),
            uri(u"relay=wss://r.example&secret="_s + secretHex + u"&lud16=x"_s),
            uri(u"relay=wss://r.example&secret="_s + secretHex.left(63)),
            u"nostr+walletconnect://xyz?secret="_s + secretHex,
        };
        for (const QString &text : texts) {
            const auto u = NwcUri::parse(text);
            QVERIFY(!u);
            const AppError &e = u.error();
            for (const QString &field : {e.message, e.code, e.serverMessage, e.describe()})
                QVERIFY2(!field.contains(secretHex.left(16), Qt::CaseInsensitive),
                         qPrintable(field));
        }
    }

    void percentEncodedSecretAndUnknownParametersIgnored()
    {
        QString encoded;
        for (const QChar c : secretHex)
            encoded += u'%' + QString::number(c.unicode(), 16);
        const auto u = NwcUri::parse(uri(u"relay=wss://r.example&appname=x&secret="_s + encoded));
        QVERIFY2(u, qPrintable(u ? QString() : u.error().message));
        QCOMPARE(u->secret.toHex(), secretHex);
    }
};

QTEST_GUILESS_MAIN(TestNwcUri)
#include "tst_nwcuri.moc"
