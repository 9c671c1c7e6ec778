// SPDX-License-Identifier: GPL-3.0-or-later
// Nostr cryptography against the official vectors: every applicable entry of NIP-44's
// nip44.vectors.json and every row of BIP-340's test-vectors.csv, plus NIP-04.
#include "wallet/nostrcryptofixture.h"

namespace {

// The files as published (checksums from 44.md and bitcoin/bips at 7fe0b034).
constexpr auto nip44Sha256 = "269ed0f69e4c192512cc779e78c555090cebc7c785b609e338a62afc3ce25040";
constexpr auto bip340Sha256 = "34c9d1d9c3a88d524bc80778540dc43f8306ec249a7485293063c376db851c2d";

QJsonArray section(const QJsonObject &v2, const QString &validity, const QString &name)
{
    return v2[validity][name].toArray();
}

} // namespace

void TestNostrCrypto::initTestCase()
{
    const QByteArray json = lwtest::readFile(lwtest::dataPath("nostr/nip44.vectors.json"));
    QCOMPARE(crypto::sha256(json).toHex(), QString::fromLatin1(nip44Sha256));
    m_nip44 = QJsonDocument::fromJson(json).object()[u"v2"].toObject();
    QVERIFY(!m_nip44.isEmpty());

    const QByteArray csv = lwtest::readFile(lwtest::dataPath("nostr/bip340-test-vectors.csv"));
    QCOMPARE(crypto::sha256(csv).toHex(), QString::fromLatin1(bip340Sha256));
    const QList<QByteArray> lines = csv.trimmed().split('\n');
    QCOMPARE(lines.first().trimmed(), QByteArray("index,secret key,public key,aux_rand,message,"
                                                 "signature,verification result,comment"));
    for (qsizetype i = 1; i < lines.size(); ++i) {
        // The comment (last column) has no commas in any row; keep all eight columns.
        const QStringList row = QString::fromUtf8(lines[i].trimmed()).split(u',');
        QVERIFY2(row.size() == 8, lines[i].constData());
        m_bip340.append(row);
    }
}

void TestNostrCrypto::nip44ConversationKeys()
{
    const QJsonArray vectors = section(m_nip44, u"valid"_s, u"get_conversation_key"_s);
    int ran = 0;
    for (const QJsonValue &v : vectors) {
        const auto secret = fromHex<PrivateKey>(v[u"sec1"].toString());
        const auto peer = fromHex<XOnlyKey>(v[u"pub2"].toString());
        const auto key = nip44::conversationKey(secret, peer);
        QVERIFY2(key, qPrintable(v[u"sec1"].toString()));
        QCOMPARE(key->toHex(), v[u"conversation_key"].toString());
        ++ran;
    }
    QCOMPARE(ran, 35);
}

void TestNostrCrypto::nip44MessageKeys()
{
    const QJsonObject group = m_nip44[u"valid"][u"get_message_keys"].toObject();
    const auto key = fromHex<nip44::ConversationKey>(group[u"conversation_key"].toString());
    int ran = 0;
    for (const QJsonValue &v : group[u"keys"].toArray()) {
        const auto keys = nip44::messageKeys(key, fromHex<Hash32>(v[u"nonce"].toString()));
        QVERIFY(keys);
        QCOMPARE(keys->chachaKey.toHex(), v[u"chacha_key"].toString());
        QCOMPARE(keys->chachaNonce.toHex(), v[u"chacha_nonce"].toString());
        QCOMPARE(keys->hmacKey.toHex(), v[u"hmac_key"].toString());
        ++ran;
    }
    QCOMPARE(ran, 32);
}

void TestNostrCrypto::nip44PaddedLength()
{
    int ran = 0;
    for (const QJsonValue &v : section(m_nip44, u"valid"_s, u"calc_padded_len"_s)) {
        const qsizetype length = v[0].toInteger();
        QCOMPARE(nip44::paddedLength(length), v[1].toInteger());
        ++ran;
    }
    QCOMPARE(ran, 24);
    // Beyond the vectors: 64-bit arithmetic for the extended prefix, and nothing below 1.
    // 44.md: a 65,537-byte message gives a 109,324-character payload (81,991 bytes).
    QCOMPARE(nip44::paddedLength(65537), qsizetype(81920));
    QCOMPARE(nip44::paddedLength(qsizetype(1) << 32), qsizetype(1) << 32);
    QCOMPARE(nip44::paddedLength(0), qsizetype(0));
}

void TestNostrCrypto::nip44EncryptDecrypt()
{
    int ran = 0;
    for (const QJsonValue &v : section(m_nip44, u"valid"_s, u"encrypt_decrypt"_s)) {
        const auto sec1 = fromHex<PrivateKey>(v[u"sec1"].toString());
        const auto sec2 = fromHex<PrivateKey>(v[u"sec2"].toString());
        const auto pub1 = xOnlyPublicKey(sec1);
        const auto pub2 = xOnlyPublicKey(sec2);
        QVERIFY(pub1 && pub2);
        // Both directions give the vector's key.
        const auto key = nip44::conversationKey(sec1, *pub2);
        const auto back = nip44::conversationKey(sec2, *pub1);
        QVERIFY(key && back);
        QCOMPARE(key->toHex(), v[u"conversation_key"].toString());
        QCOMPARE(back->toHex(), v[u"conversation_key"].toString());

        const QByteArray plaintext = v[u"plaintext"].toString().toUtf8();
        const auto payload =
            nip44::encrypt(plaintext, *key, fromHex<Hash32>(v[u"nonce"].toString()));
        QVERIFY2(payload, qPrintable(payload ? QString() : errorText(payload.error())));
        QCOMPARE(*payload, v[u"payload"].toString());
        const auto decrypted = nip44::decrypt(v[u"payload"].toString(), *back);
        QVERIFY2(decrypted, qPrintable(decrypted ? QString() : errorText(decrypted.error())));
        QCOMPARE(*decrypted, plaintext);
        ++ran;
    }
    QCOMPARE(ran, 10);
}

void TestNostrCrypto::nip44LongMessages()
{
    int ran = 0;
    for (const QJsonValue &v : section(m_nip44, u"valid"_s, u"encrypt_decrypt_long_msg"_s)) {
        const QByteArray plaintext =
            v[u"pattern"].toString().toUtf8().repeated(v[u"repeat"].toInteger());
        QCOMPARE(crypto::sha256(plaintext).toHex(), v[u"plaintext_sha256"].toString());
        const auto key = fromHex<nip44::ConversationKey>(v[u"conversation_key"].toString());
        const auto payload =
            nip44::encrypt(plaintext, key, fromHex<Hash32>(v[u"nonce"].toString()));
        QVERIFY2(payload, qPrintable(payload ? QString() : errorText(payload.error())));
        QCOMPARE(crypto::sha256(payload->toLatin1()).toHex(), v[u"payload_sha256"].toString());
        const auto decrypted = nip44::decrypt(*payload, key);
        QVERIFY(decrypted);
        QCOMPARE(crypto::sha256(*decrypted).toHex(), v[u"plaintext_sha256"].toString());
        ++ran;
    }
    QCOMPARE(ran, 3);
}

void TestNostrCrypto::nip44InvalidMessageLengths()
{
    // We send under the 65,535-byte limit every wallet accepts, so all four entries apply.
    const auto key = fromHex<nip44::ConversationKey>(QString(64, u'1'));
    int ran = 0;
    for (const QJsonValue &v : section(m_nip44, u"invalid"_s, u"encrypt_msg_lengths"_s)) {
        const QByteArray plaintext(v.toInteger(), 'a');
        const auto payload = nip44::encrypt(plaintext, key);
        QVERIFY2(!payload, qPrintable(QString::number(plaintext.size())));
        QCOMPARE(payload.error().kind, AppError::Kind::Invalid);
        ++ran;
    }
    QCOMPARE(ran, 4);
    QVERIFY(nip44::encrypt(QByteArray(nip44::maxPlaintextLength, 'a'), key));
}

void TestNostrCrypto::nip44InvalidConversationKeys()
{
    int ran = 0;
    for (const QJsonValue &v : section(m_nip44, u"invalid"_s, u"get_conversation_key"_s)) {
        const auto secret = fromHex<PrivateKey>(v[u"sec1"].toString());
        const auto peer = fromHex<XOnlyKey>(v[u"pub2"].toString());
        QVERIFY2(!nip44::conversationKey(secret, peer), qPrintable(v[u"note"].toString()));
        QVERIFY(!sharedX(secret, peer));
        ++ran;
    }
    QCOMPARE(ran, 8);
}

void TestNostrCrypto::nip44InvalidPayloads()
{
    // Each entry must fail at the check its note names (the MAC before the padding, and so on).
    const QList<std::pair<QString, QString>> reasons = {
        {u"unknown encryption version"_s, u"version"_s}, {u"invalid base64"_s, u"base64"_s},
        {u"invalid MAC"_s, u"authentication code"_s},    {u"invalid padding"_s, u"padding"_s},
        {u"invalid payload length"_s, u"too short"_s},
    };
    int ran = 0;
    for (const QJsonValue &v : section(m_nip44, u"invalid"_s, u"decrypt"_s)) {
        const QString note = v[u"note"].toString();
        const auto key = fromHex<nip44::ConversationKey>(v[u"conversation_key"].toString());
        const auto decrypted = nip44::decrypt(v[u"payload"].toString(), key);
        QVERIFY2(!decrypted, qPrintable(note));
        QCOMPARE(decrypted.error().kind, AppError::Kind::BadResponse);
        QString expected;
        for (const auto &[prefix, words] : reasons)
            if (note.startsWith(prefix))
                expected = words;
        QVERIFY2(!expected.isEmpty(), qPrintable(u"unknown note "_s + note));
        QVERIFY2(decrypted.error().message.contains(expected),
                 qPrintable(note + u" → "_s + decrypted.error().message));
        ++ran;
    }
    QCOMPARE(ran, 12);
}

void TestNostrCrypto::bip340Vectors()
{
    int verified = 0, signedRows = 0;
    for (const QStringList &row : std::as_const(m_bip340)) {
        const QString index = row[0];
        const auto publicKey = fromHex<XOnlyKey>(row[2]);
        const QByteArray message = *hex::decode(row[4]);
        const auto signature = fromHex<SchnorrSignature>(row[5]);
        const bool expected = row[6] == u"TRUE";
        QVERIFY2(expected || row[6] == u"FALSE", qPrintable(index));
        QVERIFY2(verify(message, signature, publicKey) == expected, qPrintable(index));
        ++verified;
        if (row[1].isEmpty())
            continue;
        const auto secret = fromHex<PrivateKey>(row[1]);
        const auto derived = xOnlyPublicKey(secret);
        QVERIFY2(derived && *derived == publicKey, qPrintable(index));
        const auto signedHere = sign(message, secret, fromHex<Hash32>(row[3]));
        QVERIFY2(signedHere, qPrintable(index));
        QCOMPARE(signedHere->toHex(), row[5].toLower());
        // Fresh aux randomness gives another valid signature of the same message.
        const auto fresh = sign(message, secret);
        QVERIFY(fresh && verify(message, *fresh, publicKey));
        ++signedRows;
    }
    QCOMPARE(verified, 19);
    QCOMPARE(signedRows, 8); // rows 0–3 and 15–18 carry a secret key
}

void TestNostrCrypto::schnorrRejectsBadKeys()
{
    const PrivateKey zero;
    const auto order =
        fromHex<PrivateKey>(u"fffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141"_s);
    const Hash32 aux;
    for (const PrivateKey &bad : {zero, order}) {
        QVERIFY(!isValidSecretKey(bad));
        QVERIFY(!xOnlyPublicKey(bad));
        QVERIFY(!sign("message", bad, aux));
    }
    const PrivateKey secret = generateSecretKey();
    QVERIFY(isValidSecretKey(secret));
    QVERIFY(secret != generateSecretKey());
    const auto publicKey = xOnlyPublicKey(secret);
    QVERIFY(publicKey && isValidXOnlyKey(*publicKey));
    const auto signature = sign("message", secret);
    QVERIFY(signature);
    QVERIFY(verify("message", *signature, *publicKey));
    QVERIFY(!verify("messagf", *signature, *publicKey));
    // A key that is not on the curve (all 0xff is above the field size) never verifies.
    const auto offCurve = fromHex<XOnlyKey>(QString(64, u'f'));
    QVERIFY(!isValidXOnlyKey(offCurve));
    QVERIFY(!verify("message", *signature, offCurve));
}

void TestNostrCrypto::sharedXIsSymmetric()
{
    for (int i = 0; i < 20; ++i) {
        const PrivateKey a = generateSecretKey();
        const PrivateKey b = generateSecretKey();
        const auto ab = sharedX(a, *xOnlyPublicKey(b));
        const auto ba = sharedX(b, *xOnlyPublicKey(a));
        QVERIFY(ab && ba);
        QCOMPARE(ab->toHex(), ba->toHex());
        QCOMPARE(nip44::conversationKey(a, *xOnlyPublicKey(b))->toHex(),
                 nip44::conversationKey(b, *xOnlyPublicKey(a))->toHex());
    }
}

void TestNostrCrypto::nip04GoNostrVector()
{
    // nostr-tools nip04.test.ts, "decrypt message from go-nostr".
    const auto sk1 =
        fromHex<PrivateKey>(u"91ba716fa9e7ea2fcbad360cf4f8e0d312f73984da63d90f524ad61a6a1e7dbe"_s);
    const auto sk2 =
        fromHex<PrivateKey>(u"96f6fa197aa07477ab88f6981118466ae3a982faab8ad5db9d5426870c73d220"_s);
    const auto shared = sharedX(sk2, *xOnlyPublicKey(sk1));
    QVERIFY(shared);
    QVERIFY(shared->toHex().startsWith(u"7ce22696"));
    QVERIFY(shared->toHex().endsWith(u"ba81"));
    QCOMPARE(sharedX(sk1, *xOnlyPublicKey(sk2))->toHex(), shared->toHex());
    const auto decrypted =
        nip04::decrypt(u"zJxfaJ32rN5Dg1ODjOlEew==?iv=EV5bUjcc4OX2Km/zPp4ndQ=="_s, *shared);
    QVERIFY2(decrypted, qPrintable(decrypted ? QString() : errorText(decrypted.error())));
    QCOMPARE(*decrypted, QByteArray("nanana"));
}

void TestNostrCrypto::nip04RoundTrip()
{
    QRandomGenerator rng(4);
    const auto shared = sharedX(generateSecretKey(), *xOnlyPublicKey(generateSecretKey()));
    QVERIFY(shared);
    for (qsizetype size : {0, 1, 15, 16, 17, 31, 32, 33, 100, 1000, 70000}) {
        QByteArray plaintext(size, Qt::Uninitialized);
        for (char &c : plaintext)
            c = char(rng.bounded(256));
        const auto payload = nip04::encrypt(plaintext, *shared);
        QVERIFY(payload);
        QVERIFY(payload->contains(u"?iv="));
        const auto decrypted = nip04::decrypt(*payload, *shared);
        QVERIFY2(decrypted, qPrintable(QString::number(size)));
        QCOMPARE(*decrypted, plaintext);
    }
    // Fresh IVs: the same message never encrypts the same way twice.
    QVERIFY(*nip04::encrypt("same", *shared) != *nip04::encrypt("same", *shared));
    QVERIFY(!nip04::encrypt("x", *shared, QByteArray(15, 'i')));
}

void TestNostrCrypto::nip04RejectsBadPayloads()
{
    const auto shared = fromHex<Hash32>(QString(64, u'7'));
    const QByteArray iv = QByteArray::fromHex("000102030405060708090a0b0c0d0e0f");
    const QString good = *nip04::encrypt("hello nip04", shared, iv);
    QVERIFY(nip04::decrypt(good, shared));
    const QString cipher = good.section(u"?iv="_s, 0, 0);
    const QStringList bad = {
        QString(),
        cipher,                                                    // no IV
        good + u"?iv=AAECAwQFBgcICQoLDA0ODw=="_s,                  // two IVs
        cipher + u"?iv=AAECAwQFBgcICQoLDA0O"_s,                    // 15-byte IV
        cipher + u"?iv=AAECAwQFBgcICQoLDA0ODxA="_s,                // 17-byte IV
        u"?iv=AAECAwQFBgcICQoLDA0ODw=="_s,                         // no ciphertext
        u"AAECAwQFBgcICQoLDA0O?iv=AAECAwQFBgcICQoLDA0ODw=="_s,     // not whole blocks
        u"zJxfaJ32rN5Dg1ODjOl*ew==?iv=AAECAwQFBgcICQoLDA0ODw=="_s, // not base64
        cipher + u"?iv=AAECAwQFBgcICQoLDA0ODw=é"_s,
    };
    for (const QString &payload : bad) {
        const auto decrypted = nip04::decrypt(payload, shared);
        QVERIFY2(!decrypted, qPrintable(payload));
        QCOMPARE(decrypted.error().kind, AppError::Kind::BadResponse);
    }
    // A wrong key leaves garbage whose PKCS#7 padding (checked by OpenSSL) is wrong.
    const auto wrong = nip04::decrypt(good, fromHex<Hash32>(QString(64, u'8')));
    QVERIFY(!wrong);
    QVERIFY(wrong.error().message.contains(u"padding"));
}

QTEST_GUILESS_MAIN(TestNostrCrypto)
