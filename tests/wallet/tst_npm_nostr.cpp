// SPDX-License-Identifier: GPL-3.0-or-later
// Cross-checks with nostr-tools 2.25.2 in both directions on 300 random cases (unicode, emoji,
// quotes, every control character, U+2028 in content and tags): conversation keys agree; its
// NIP-44/NIP-04 payloads decrypt here and its events parse here with the same id; our payloads
// decrypt there and our events verify there with the id it computes.
#include "common/hex.h"
#include "nostr/nip04.h"
#include "nostr/nip44.h"
#include "nostr/nostrevent.h"
#include "nostr/schnorr.h"
#include "peerprocess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace lw;
using namespace lw::nostr;
using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int caseCount = 300;
// The first four cases carry 65,535 / 65,536 / 65,537 / 100,000-byte messages (the 6-byte
// length prefix starts at 65,536) and no NIP-04 payload.
constexpr int longCases = 4;

template <typename Bytes>
Bytes fromHex(const QJsonValue &value)
{
    const auto bytes = Bytes::fromHex(value.toString());
    if (!bytes)
        qFatal("nostr-tools sent bad hex");
    return *bytes;
}

QString why(const AppError &error)
{
    return error.describe();
}

} // namespace

class TestNpmNostr : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void bothDirections();
};

void TestNpmNostr::bothDirections()
{
    const QByteArray made =
        lwtest::runPeer(u"nostr-crypto.js"_s, {u"make"_s, QString::number(caseCount), u"47"_s});
    const QJsonArray cases = nostr::parseJson(made).array();
    QCOMPARE(cases.size(), caseCount);

    QJsonArray answers;
    int extendedPrefix = 0, withControls = 0, withSeparator = 0;
    for (int n = 0; n < cases.size(); ++n) {
        const QJsonObject c = cases[n].toObject();
        const auto secretB = fromHex<PrivateKey>(c[u"secret_b"]);
        const auto pubA = fromHex<XOnlyKey>(c[u"pub_a"]);
        QCOMPARE(xOnlyPublicKey(secretB)->toHex(), c[u"pub_b"].toString());
        const QByteArray plaintext = c[u"plaintext"].toString().toUtf8();

        // nostr-tools → here.
        const auto key = nip44::conversationKey(secretB, pubA);
        QVERIFY(key);
        QCOMPARE(key->toHex(), c[u"conversation_key"].toString());
        const auto opened = nip44::decrypt(c[u"nip44"].toString(), *key);
        QVERIFY2(opened, qPrintable(QString::number(n) + u": "_s
                                    + (opened ? QString() : why(opened.error()))));
        QCOMPARE(*opened, plaintext);
        extendedPrefix += plaintext.size() >= 65536;
        if (!c[u"nip04"].isNull()) {
            const auto legacy = nip04::decrypt(c[u"nip04"].toString(), *sharedX(secretB, pubA));
            QVERIFY2(legacy, qPrintable(QString::number(n)));
            QCOMPARE(*legacy, plaintext);
        }
        const QJsonObject theirs = c[u"event"].toObject();
        const auto parsed = Event::fromJson(theirs);
        QVERIFY2(parsed, qPrintable(QString::number(n) + u": "_s
                                    + (parsed ? QString() : why(parsed.error()))));
        QCOMPARE(parsed->id.toHex(), theirs[u"id"].toString());
        QCOMPARE(parsed->pubkey, pubA);
        QString text = parsed->content;
        for (const QStringList &tag : parsed->tags)
            text += tag.join(QString());
        withControls +=
            std::any_of(text.begin(), text.end(), [](QChar ch) { return ch.unicode() < 0x20; });
        withSeparator += text.contains(QChar(0x2028));

        // Here → nostr-tools: the same fields signed with our key, our payloads for them.
        Event ours = *parsed;
        const auto signedHere = signEvent(ours, secretB);
        QVERIFY(signedHere);
        const qsizetype sendable = std::min(plaintext.size(), nip44::maxPlaintextLength);
        const QByteArray sent = n < longCases ? plaintext.left(sendable) : plaintext;
        const auto sealed = nip44::encrypt(sent, *key);
        QVERIFY(sealed);
        QJsonObject answer{{u"secret_a"_s, c[u"secret_a"]},
                           {u"secret_b"_s, c[u"secret_b"]},
                           {u"plaintext"_s, QString::fromUtf8(sent)},
                           {u"event"_s, signedHere->toJson()},
                           {u"nip44"_s, *sealed},
                           {u"nip04"_s, QJsonValue()}};
        if (n >= longCases)
            answer.insert(u"nip04", *nip04::encrypt(sent, *sharedX(secretB, pubA)));
        answers.append(answer);
    }
    // The random cases really exercised the risky parts.
    QCOMPARE(extendedPrefix, 3);
    QVERIFY(withControls > 50);
    QVERIFY(withSeparator > 20);

    const QByteArray checked = lwtest::runPeer(
        u"nostr-crypto.js"_s, {u"check"_s}, QJsonDocument(answers).toJson(QJsonDocument::Compact));
    const QJsonArray verdicts = QJsonDocument::fromJson(checked).array();
    QCOMPARE(verdicts.size(), caseCount);
    for (int n = 0; n < verdicts.size(); ++n) {
        const QJsonObject verdict = verdicts[n].toObject();
        QCOMPARE(verdict[u"id"].toString(), answers[n][u"event"][u"id"].toString());
        const QJsonArray problems = verdict[u"problems"].toArray();
        QVERIFY2(problems.isEmpty(), qPrintable(QString::number(n) + u": "_s
                                                + QString::fromUtf8(QJsonDocument(problems).toJson(
                                                    QJsonDocument::Compact))));
    }
}

QTEST_GUILESS_MAIN(TestNpmNostr)
#include "tst_npm_nostr.moc"
