// SPDX-License-Identifier: GPL-3.0-or-later
// tst_nostrcrypto, continued: the derived NWC vectors, events, tampering and hostile input.
#include "wallet/nostrcryptofixture.h"

namespace {

const QString clientSecret = u"71a8c14c1407c113601079c4302dab36460f0ccd0ad506f1f2dc73b5100e4f3c"_s;
const QString clientPubkey = u"3ba6db4896124383fdaa5f7d42c25f9df1b128a280928baeb3f3fa36d25506f9"_s;
const QString walletPubkey = u"b889ff5b1513b641e2a139f661a661364979c5beee91842f8f0ef42ab558e9d4"_s;

Event sampleEvent()
{
    Event event;
    event.createdAt = 1700000000;
    event.kind = 23194;
    event.tags = {{u"p"_s, walletPubkey}, {u"encryption"_s, u"nip44_v2"_s}};
    event.content = u"hello \"nostr\" ☕ \u2028 🎉"_s;
    return event;
}

QJsonObject signedSample()
{
    const auto event = signEvent(sampleEvent(), generateSecretKey());
    if (!event)
        qFatal("signing failed");
    return event->toJson();
}

} // namespace

void TestNostrCrypto::derivedNwcRequest()
{
    // nwc.md §6.4: a get_balance request with the NIP-47 example keys.
    const auto secret = fromHex<PrivateKey>(clientSecret);
    const auto wallet = fromHex<XOnlyKey>(walletPubkey);
    QCOMPARE(xOnlyPublicKey(secret)->toHex(), clientPubkey);
    const auto key = nip44::conversationKey(secret, wallet);
    QVERIFY(key);
    QCOMPARE(key->toHex(), u"2044f4b1527ef789ebb674382d095cbb474200fc27dc4a5a8f0c299f31783e92"_s);
    const QByteArray request = R"({"method":"get_balance","params":{}})";
    Hash32 nonce;
    nonce.data()[31] = 0x02;
    const auto content = nip44::encrypt(request, *key, nonce);
    QVERIFY(content);
    QCOMPARE(
        *content,
        u"AgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACwOS/Zuc8/SFMVO43N2j4a7IZAbIkUlYM7vcGAwwJHOXL"
        "5bLUuVBQFXx7iaF41QFJte5DCvmFasGPn2kLsNHS8LfOykx0p+S6GdDolkYZzjtGUMtdqjZ0udn7MQ8R9ujeNI"
        "4="_s);

    Event event;
    event.pubkey = *xOnlyPublicKey(secret);
    event.createdAt = 1700000000;
    event.kind = 23194;
    event.tags = {{u"p"_s, walletPubkey}, {u"encryption"_s, u"nip44_v2"_s}};
    event.content = *content;
    event.id = event.computeId();
    QCOMPARE(event.id.toHex(),
             u"cc6a4fa599909b536fd56148a42ec199ccb8c4d1bf6b26cac8a1eb5dc0a8ea64"_s);
    event.sig = *sign(event.id.view(), secret, Hash32());
    QCOMPARE(event.sig.toHex(),
             u"ded79875b4df2596182c83ff7fede4cb3f4478330a9f51d385bbdfd26f0b89973cb920182613080e75e"
             "c842cfa0c797b737ee23ebd6bedcdaf453d9754b8d49e"_s);
    const auto parsed = Event::fromJson(event.toJson());
    QVERIFY2(parsed, qPrintable(parsed ? QString() : errorText(parsed.error())));
    QCOMPARE(parsed->id, event.id);

    // The same request under NIP-04 with IV 00 01 … 0f.
    const auto shared = sharedX(secret, wallet);
    QCOMPARE(shared->toHex(),
             u"d731349fe50b66fff08f02fceafbd1670c6a30a4947fa582e617b626c2d89e1d"_s);
    const auto legacy =
        nip04::encrypt(request, *shared, QByteArray::fromHex("000102030405060708090a0b0c0d0e0f"));
    QCOMPARE(*legacy, u"mlgf2Bf6ANFhMzpdlJw4jfACbWzvCA6RWnoxMnZ+tlzGAuIMhwZ+fd8eYoE8Ke1m?iv="
                      "AAECAwQFBgcICQoLDA0ODw=="_s);
    QCOMPARE(*nip04::decrypt(*legacy, *shared), request);
}

void TestNostrCrypto::derivedSerialisationEscapes()
{
    Event event;
    event.pubkey = fromHex<XOnlyKey>(clientPubkey);
    event.createdAt = 1700000001;
    event.kind = 1;
    event.tags = {{u"t"_s, u"x"_s}};
    event.content = u"line1\nq\"b\\t\tcr\rbs\bff\fnul\x01 é ☕ 🎉 </script>"_s;
    const QByteArray expected =
        "[0,\"" + clientPubkey.toLatin1()
        + "\",1700000001,1,[[\"t\",\"x\"]],\"line1\\nq\\\"b\\\\t\\tcr\\rbs\\bff\\fnul\\u0001 "
          "\xc3\xa9 \xe2\x98\x95 \xf0\x9f\x8e\x89 </script>\"]";
    QCOMPARE(event.serializedForId(), expected);
    QCOMPARE(event.computeId().toHex(),
             u"36deb98775b829bd88b154879ebd41f654f3db910f9d545bc9f8b21dc8a4ee4f"_s);

    // What JSON.stringify does beyond that vector: U+2028 raw, DEL raw, lone surrogates escaped.
    event.tags = {};
    event.content = u"\u2028\x7f"_s + QChar(0xd800) + u"x"_s + QChar(0xdc00);
    QCOMPARE(event.serializedForId(),
             "[0,\"" + clientPubkey.toLatin1()
                 + "\",1700000001,1,[],\"\xe2\x80\xa8\x7f\\ud800x\\udc00\"]");
}

void TestNostrCrypto::eventRoundTrip()
{
    const PrivateKey secret = generateSecretKey();
    const auto event = signEvent(sampleEvent(), secret);
    QVERIFY(event);
    QCOMPARE(event->pubkey, *xOnlyPublicKey(secret));
    QCOMPARE(event->id, event->computeId());
    QVERIFY(verify(event->id.view(), event->sig, event->pubkey));

    const QJsonObject json = QJsonDocument::fromJson(event->toJsonBytes()).object();
    const auto parsed = Event::fromJson(json);
    QVERIFY2(parsed, qPrintable(parsed ? QString() : errorText(parsed.error())));
    QCOMPARE(parsed->id, event->id);
    QCOMPARE(parsed->pubkey, event->pubkey);
    QCOMPARE(parsed->createdAt, event->createdAt);
    QCOMPARE(parsed->kind, event->kind);
    QCOMPARE(parsed->tags, event->tags);
    QCOMPARE(parsed->content, event->content);
    QCOMPARE(parsed->sig, event->sig);
    QVERIFY(!signEvent(sampleEvent(), PrivateKey()));
}

void TestNostrCrypto::eventRejects_data()
{
    QTest::addColumn<QJsonObject>("object");
    QTest::addColumn<QString>("reason");
    const QJsonObject good = signedSample();
    auto with = [&good](const QString &key, const QJsonValue &value) {
        QJsonObject o = good;
        o.insert(key, value);
        return o;
    };
    auto without = [&good](const QString &key) {
        QJsonObject o = good;
        o.remove(key);
        return o;
    };
    auto flipLastHex = [](const QString &hexText) {
        QString out = hexText;
        out.back() = out.back() == u'0' ? u'1' : u'0';
        return out;
    };
    const QString id = good[u"id"].toString();
    const QString sig = good[u"sig"].toString();

    QTest::newRow("tampered id") << with(u"id"_s, flipLastHex(id)) << u"id does not match"_s;
    QTest::newRow("tampered content") << with(u"content"_s, u"hello"_s) << u"id does not match"_s;
    QTest::newRow("tampered created_at") << with(u"created_at"_s, 1700000001) << u"id"_s;
    QTest::newRow("tampered tags") << with(u"tags"_s, QJsonArray()) << u"id"_s;
    QTest::newRow("bad sig") << with(u"sig"_s, flipLastHex(sig)) << u"signature"_s;
    QTest::newRow("other key's sig") << with(u"sig"_s, signedSample()[u"sig"]) << u"signature"_s;
    QTest::newRow("short id") << with(u"id"_s, id.left(62)) << u"“id”"_s;
    QTest::newRow("long pubkey") << with(u"pubkey"_s, QString(good[u"pubkey"].toString() + u"00"_s))
                                 << u"“pubkey”"_s;
    QTest::newRow("short sig") << with(u"sig"_s, sig.left(126)) << u"“sig”"_s;
    QTest::newRow("non-hex id") << with(u"id"_s, QString(u"zz"_s + id.mid(2))) << u"“id”"_s;
    QTest::newRow("uppercase sig") << with(u"sig"_s, sig.toUpper()) << u"“sig”"_s;
    QTest::newRow("pubkey off curve") << with(u"pubkey"_s, QString(64, u'f')) << u"id"_s;
    for (const auto &key :
         {u"id"_s, u"pubkey"_s, u"created_at"_s, u"kind"_s, u"tags"_s, u"content"_s, u"sig"_s})
        QTest::newRow(qPrintable(u"missing "_s + key)) << without(key) << u"missing"_s;
    QTest::newRow("created_at as text")
        << with(u"created_at"_s, u"1700000000"_s) << u"created_at"_s;
    QTest::newRow("negative created_at") << with(u"created_at"_s, -1) << u"created_at"_s;
    QTest::newRow("created_at 2^60")
        << with(u"created_at"_s, 1.152921504606847e18) << u"created_at"_s;
    QTest::newRow("fractional kind") << with(u"kind"_s, 1.5) << u"kind"_s;
    QTest::newRow("kind too big") << with(u"kind"_s, 65536) << u"kind"_s;
    QTest::newRow("kind null") << with(u"kind"_s, QJsonValue()) << u"kind"_s;
    QTest::newRow("tags object") << with(u"tags"_s, QJsonObject()) << u"tags"_s;
    QTest::newRow("tag not a list") << with(u"tags"_s, QJsonArray{u"p"_s}) << u"tag"_s;
    QTest::newRow("tag with a number")
        << with(u"tags"_s, QJsonArray{QJsonArray{u"p"_s, 1}}) << u"tag"_s;
    QTest::newRow("content number") << with(u"content"_s, 5) << u"content"_s;
    QTest::newRow("id number") << with(u"id"_s, 5) << u"“id”"_s;
    QTest::newRow("empty object") << QJsonObject() << u"missing"_s;
}

void TestNostrCrypto::eventRejects()
{
    QFETCH(QJsonObject, object);
    QFETCH(QString, reason);
    const auto parsed = Event::fromJson(object);
    QVERIFY(!parsed);
    QCOMPARE(parsed.error().kind, AppError::Kind::BadResponse);
    QVERIFY2(parsed.error().message.contains(reason), qPrintable(parsed.error().message));
}

void TestNostrCrypto::eventTagValue()
{
    Event event;
    event.tags = {{},
                  {u"e"_s},
                  {u"p"_s, u"first"_s, u"relay"_s},
                  {u"p"_s, u"second"_s},
                  {u"expiration"_s, u"1700000060"_s}};
    QCOMPARE(event.tagValue(u"p"), u"first"_s);
    QCOMPARE(event.tagValue(u"expiration"), u"1700000060"_s);
    QCOMPARE(event.tagValue(u"e"), QString());
    QCOMPARE(event.tagValue(u"x"), QString());
}

void TestNostrCrypto::eventWithByteOrderMarks()
{
    // U+FEFF starting a string is where Qt's own parser loses a character (and the id with it).
    Event event = sampleEvent();
    event.content = QChar(0xfeff) + u"text"_s;
    event.tags = {{QChar(0xfeff)}, {u"p"_s, QChar(0xfeff) + u"x"_s + QChar(0xfeff)}};
    const auto signedEvent = signEvent(event, generateSecretKey());
    QVERIFY(signedEvent);
    QJsonParseError error;
    const QJsonDocument document = parseJson(signedEvent->toJsonBytes(), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    const auto parsed = Event::fromJson(document.object());
    QVERIFY2(parsed, qPrintable(parsed ? QString() : errorText(parsed.error())));
    QCOMPARE(parsed->content, event.content);
    QCOMPARE(parsed->tags, event.tags);
    // A byte order mark before the document is still accepted; one outside strings is not JSON.
    QVERIFY(parseJson("\xef\xbb\xbf[1]").isArray());
    parseJson("[1,\xef\xbb\xbf"
              "2]",
              &error);
    QVERIFY(error.error != QJsonParseError::NoError);
}

void TestNostrCrypto::nip44TamperedPayloadsFailTheMac()
{
    const auto key =
        *nip44::conversationKey(generateSecretKey(), *xOnlyPublicKey(generateSecretKey()));
    const QByteArray plaintext = "pay me 21 sats";
    const QByteArray raw = QByteArray::fromBase64(nip44::encrypt(plaintext, key)->toLatin1());
    QCOMPARE(*nip44::decrypt(QString::fromLatin1(raw.toBase64()), key), plaintext);
    // Every byte after the version, flipped in turn (nonce, ciphertext, padding, MAC).
    for (qsizetype i = 1; i < raw.size(); ++i) {
        QByteArray bad = raw;
        bad[i] = char(bad[i] ^ 0x01);
        const auto decrypted = nip44::decrypt(QString::fromLatin1(bad.toBase64()), key);
        QVERIFY2(!decrypted, qPrintable(QString::number(i)));
        QVERIFY(decrypted.error().message.contains(u"authentication code"));
    }
    const auto otherKey =
        *nip44::conversationKey(generateSecretKey(), *xOnlyPublicKey(generateSecretKey()));
    QVERIFY(!nip44::decrypt(QString::fromLatin1(raw.toBase64()), otherKey));
}

void TestNostrCrypto::nip44RandomRoundTrips()
{
    QRandomGenerator rng(44);
    for (int i = 0; i < 200; ++i) {
        const PrivateKey a = generateSecretKey();
        const PrivateKey b = generateSecretKey();
        const auto sender = nip44::conversationKey(a, *xOnlyPublicKey(b));
        const auto receiver = nip44::conversationKey(b, *xOnlyPublicKey(a));
        QVERIFY(sender && receiver && *sender == *receiver);
        const qsizetype size =
            i == 0 ? nip44::maxPlaintextLength : 1 + rng.bounded(i < 100 ? 300 : 5000);
        QByteArray plaintext(size, Qt::Uninitialized);
        for (char &c : plaintext)
            c = char(rng.bounded(256));
        const auto payload = nip44::encrypt(plaintext, *sender);
        QVERIFY(payload);
        QCOMPARE(QByteArray::fromBase64(payload->toLatin1()).size(),
                 1 + 32 + 2 + nip44::paddedLength(size) + 32);
        QCOMPARE(*nip44::decrypt(*payload, *receiver), plaintext);
    }
}

void TestNostrCrypto::garbageNeverCrashes()
{
    QRandomGenerator rng(7);
    const auto key = fromHex<nip44::ConversationKey>(QString(64, u'3'));
    const auto shared = fromHex<Hash32>(QString(64, u'4'));
    const QString alphabet =
        u"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=?iv#é"_s;
    int rejected = 0;
    for (int i = 0; i < 3000; ++i) {
        QString text;
        const int length = rng.bounded(i % 2 ? 400 : 40);
        for (int c = 0; c < length; ++c)
            text.append(alphabet[rng.bounded(alphabet.size())]);
        if (i % 3 == 0)
            text.prepend(u"Ag"_s);
        rejected += !nip44::decrypt(text, key);
        rejected += !nip04::decrypt(text, shared);
        const QByteArray json = "{\"id\":\"" + text.toUtf8() + "\",\"kind\":1}";
        rejected += !Event::fromJson(QJsonDocument::fromJson(json).object());
    }
    QCOMPARE(rejected, 9000);
}
