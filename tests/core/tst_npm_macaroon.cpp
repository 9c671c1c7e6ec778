// SPDX-License-Identifier: GPL-3.0-or-later
// Cross-check with npm `macaroon` 3.0.4: macaroons it mints (first- and third-party caveats)
// decode here, from V2 binary, V2 JSON and V1 JSON, with every field equal.
#include "common/base64.h"
#include "common/hex.h"
#include "l402/macaroondecoder.h"
#include "peerprocess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace lw;
using namespace Qt::Literals::StringLiterals;

namespace {

QJsonObject describe(const Macaroon &m)
{
    QJsonArray caveats;
    for (const MacaroonCaveat &c : m.caveats)
        caveats.append(QJsonObject{{u"identifier"_s, hex::encode(c.identifier)},
                                   {u"vid"_s, hex::encode(c.verificationId)},
                                   {u"location"_s, c.location}});
    return QJsonObject{{u"location"_s, m.location},
                       {u"identifier"_s, hex::encode(m.identifier)},
                       {u"caveats"_s, caveats},
                       {u"signature"_s, hex::encode(m.signature)}};
}

} // namespace

class TestNpmMacaroon : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void mintedByNpmDecodeHere();
};

void TestNpmMacaroon::mintedByNpmDecodeHere()
{
    const QJsonArray items =
        QJsonDocument::fromJson(lwtest::runPeer(u"macaroon-mint.js"_s, {u"300"_s, u"20261121"_s}))
            .array();
    QCOMPARE(items.size(), 300);
    int thirdParty = 0, v1 = 0, l402 = 0;
    for (const QJsonValue &item : items) {
        const QJsonObject expected = item[u"expected"].toObject();

        // V2 binary, handed over as an L402 token would be (standard base64).
        const L402Token token = decodeL402Token(item[u"binary"].toString());
        QVERIFY2(token.isMacaroon(), qPrintable(token.opaqueReason));
        QCOMPARE(token.macaroons.size(), 1);
        QCOMPARE(token.macaroons[0].format, MacaroonFormat::V2Binary);
        QCOMPARE(describe(token.macaroons[0]), expected);
        l402 += token.macaroons[0].l402Identifier().has_value();

        // V2 JSON as npm exports it (fields as text or *64 base64url).
        const auto json = decodeMacaroons(item[u"json"].toString().toUtf8());
        QVERIFY2(json.hasValue(), qPrintable(json ? QString() : json.error().message));
        QCOMPARE(json->first().format, MacaroonFormat::V2Json);
        QCOMPARE(describe(json->first()), expected);

        for (const QJsonValue &c : expected[u"caveats"].toArray())
            thirdParty += !c[u"vid"].toString().isEmpty();

        if (!item[u"v1json"].isNull()) {
            const auto m1 = decodeMacaroons(item[u"v1json"].toString().toUtf8());
            QVERIFY2(m1.hasValue(), qPrintable(m1 ? QString() : m1.error().message));
            QCOMPARE(m1->first().format, MacaroonFormat::V1Json);
            QCOMPARE(describe(m1->first()), item[u"v1expected"].toObject());
            ++v1;
        }
    }
    QVERIFY(thirdParty > 50 && v1 > 100 && l402 > 100);
}

QTEST_GUILESS_MAIN(TestNpmMacaroon)
#include "tst_npm_macaroon.moc"
