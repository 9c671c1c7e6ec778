// SPDX-License-Identifier: GPL-3.0-or-later
// SecretBox (AES-256-GCM at rest), the data key it is loaded with, and MemorySecretStore, the
// store engine tests use in place of the OS keychain.
#include "common/hex.h"
#include "secrets/memorysecretstore.h"
#include "secrets/secretbox.h"

#include <QTest>

using namespace lw;
using namespace Qt::Literals::StringLiterals;

namespace {

QByteArray fromHex(const QString &text)
{
    const auto bytes = hex::decode(text);
    if (!bytes)
        qFatal("bad hex in a test vector");
    return *bytes;
}

DataKey keyOf(char fill)
{
    return *DataKey::fromBytes(QByteArray(DataKey::size, fill));
}

template <typename T>
T resultOf(const QFuture<T> &future)
{
    // MemorySecretStore's futures are finished on return, and so is every step after them.
    if (!future.isFinished() || future.isCanceled())
        qFatal("the future did not finish");
    return future.result();
}

QByteArray flipped(QByteArray bytes, qsizetype at)
{
    bytes[at] = char(bytes.at(at) ^ 0x01);
    return bytes;
}

} // namespace

class TestSecretBox : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data();
    void roundTrip();
    void layout();
    void emptyPlaintext();
    void sealsDiffer();
    void everyFlippedBitFails();
    void truncatedOrExtendedFails();
    void unknownVersionFails();
    void wrongAssociatedDataFails();
    void wrongKeyFails();
    void knownAnswers_data();
    void knownAnswers();

    void memoryStoreBasics();
    void memoryStoreFailureHook();

    void dataKeyCreatedOnce();
    void dataKeyWrongLengthIsAnError();
    void dataKeyFailingStore();
    void dataKeyNotPersisted();
};

void TestSecretBox::roundTrip_data()
{
    QTest::addColumn<QByteArray>("plaintext");
    QTest::addColumn<QByteArray>("aad");
    QTest::newRow("one byte") << QByteArray("x") << QByteArray();
    QTest::newRow("preimage") << QByteArray(32, '\x7f') << QByteArray("payments/42/preimage");
    QTest::newRow("NUL bytes") << QByteArray("a\0b\0c", 5) << QByteArray("\0", 1);
    QTest::newRow("several blocks") << QByteArray(1000, 'z') << QByteArray(70, 'a');
}

void TestSecretBox::roundTrip()
{
    QFETCH(QByteArray, plaintext);
    QFETCH(QByteArray, aad);
    const SecretBox box(keyOf('k'));
    const QByteArray sealed = box.seal(plaintext, aad);
    // Short plaintexts can turn up by chance among 29 random bytes of nonce and tag.
    if (plaintext.size() >= 8)
        QVERIFY(!sealed.contains(plaintext));
    QCOMPARE(sealed.size(), plaintext.size() + SecretBox::overhead);
    const auto opened = box.open(sealed, aad);
    QVERIFY(opened);
    QCOMPARE(*opened, plaintext);
}

void TestSecretBox::layout()
{
    const SecretBox box(keyOf('k'));
    const QByteArray sealed = box.seal("twelve bytes", "aad");
    QCOMPARE(sealed.size(), 1 + 12 + 12 + 16);
    QCOMPARE(sealed.at(0), '\x01');
}

void TestSecretBox::emptyPlaintext()
{
    const SecretBox box(keyOf('k'));
    for (const QByteArray &aad : {QByteArray(), QByteArray("row 7")}) {
        const QByteArray sealed = box.seal(QByteArrayView(), aad);
        QCOMPARE(sealed.size(), SecretBox::overhead);
        const auto opened = box.open(sealed, aad);
        QVERIFY(opened);
        QVERIFY(opened->isEmpty());
        // Even with nothing inside, the tag still binds the associated data.
        QVERIFY(!box.open(sealed, "row 8"));
    }
}

void TestSecretBox::sealsDiffer()
{
    const SecretBox box(keyOf('k'));
    const QByteArray a = box.seal("same", "aad");
    const QByteArray b = box.seal("same", "aad");
    QVERIFY(a != b);
    QVERIFY(a.mid(1, SecretBox::nonceSize) != b.mid(1, SecretBox::nonceSize));
}

void TestSecretBox::everyFlippedBitFails()
{
    // Covers the version byte, each nonce byte, each ciphertext byte and each tag byte.
    const SecretBox box(keyOf('k'));
    const QByteArray sealed = box.seal("a preimage, say", "aad");
    for (qsizetype at = 0; at < sealed.size(); ++at)
        for (int bit = 0; bit < 8; ++bit) {
            QByteArray tampered = sealed;
            tampered[at] = char(sealed.at(at) ^ (1 << bit));
            QVERIFY2(!box.open(tampered, "aad"), qPrintable(u"byte %1 bit %2"_s.arg(at).arg(bit)));
        }
    QVERIFY(box.open(sealed, "aad"));
}

void TestSecretBox::truncatedOrExtendedFails()
{
    const SecretBox box(keyOf('k'));
    const QByteArray sealed = box.seal("secret", "aad");
    for (qsizetype size = 0; size < sealed.size(); ++size)
        QVERIFY(!box.open(sealed.left(size), "aad"));
    QVERIFY(!box.open(QByteArray(sealed + '\0'), "aad"));
    QVERIFY(!box.open(sealed.mid(1), "aad"));
}

void TestSecretBox::unknownVersionFails()
{
    const SecretBox box(keyOf('k'));
    QByteArray sealed = box.seal("secret", "aad");
    for (char v : {'\x00', '\x02', '\xff'}) {
        sealed[0] = v;
        QVERIFY(!box.open(sealed, "aad"));
    }
}

void TestSecretBox::wrongAssociatedDataFails()
{
    const SecretBox box(keyOf('k'));
    const QByteArray sealed = box.seal("secret", "payments/1/preimage");
    QVERIFY(!box.open(sealed, "payments/2/preimage"));
    QVERIFY(!box.open(sealed, ""));
    QVERIFY(!box.open(sealed, flipped("payments/1/preimage", 0)));
    QVERIFY(box.open(sealed, "payments/1/preimage"));
}

void TestSecretBox::wrongKeyFails()
{
    const QByteArray sealed = SecretBox(keyOf('k')).seal("secret", "aad");
    QVERIFY(!SecretBox(keyOf('l')).open(sealed, "aad"));
    DataKey almost = keyOf('k');
    almost.data()[31] ^= 0x80;
    QVERIFY(!SecretBox(almost).open(sealed, "aad"));
}

void TestSecretBox::knownAnswers_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("nonce");
    QTest::addColumn<QString>("plaintext");
    QTest::addColumn<QString>("aad");
    QTest::addColumn<QString>("ciphertext");
    QTest::addColumn<QString>("tag");

    // McGrew & Viega, "The Galois/Counter Mode of Operation (GCM)", appendix B, test case 16.
    QTest::newRow("GCM spec test case 16")
        << u"feffe9928665731c6d6a8f9467308308feffe9928665731c6d6a8f9467308308"_s
        << u"cafebabefacedbaddecaf888"_s
        << u"d9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a72"
           "1c3c0c95956809532fcf0e2449a6b525b16aedf5aa0de657ba637b39"_s
        << u"feedfacedeadbeeffeedfacedeadbeefabaddad2"_s
        << u"522dc1f099567d07f47f37a32a84427d643a8cdcbfe5c0c97598a2bd2555d1aa"
           "8cb08e48590dbb3da7b08b1056828838c5f61e6393ba7a0abcc9f662"_s
        << u"76fc6ece0f4e1768cddf8853bb2d551b"_s;
    // NIST CAVP gcmEncryptExtIV256.rsp (96-bit IV, 128-bit text, 160-bit AAD, 128-bit tag).
    QTest::newRow("NIST CAVP gcmEncryptExtIV256")
        << u"83688deb4af8007f9b713b47cfa6c73e35ea7a3aa4ecdb414dded03bf7a0fd3a"_s
        << u"0b459724904e010a46901cf3"_s << u"33d893a2114ce06fc15d55e454cf90c3"_s
        << u"794a14ccd178c8ebfd1379dc704c5e208f9d8424"_s << u"cc66bee423e3fcd4c0865715e9586696"_s
        << u"0fb291bd3dba94a1dfd8b286cfb97ac5"_s;
}

void TestSecretBox::knownAnswers()
{
    QFETCH(QString, key);
    QFETCH(QString, nonce);
    QFETCH(QString, plaintext);
    QFETCH(QString, aad);
    QFETCH(QString, ciphertext);
    QFETCH(QString, tag);

    const SecretBox box(*DataKey::fromHex(key));
    const QByteArray sealed = box.sealWithNonce(fromHex(nonce), fromHex(plaintext), fromHex(aad));
    QCOMPARE(hex::encode(sealed), u"01"_s + nonce + ciphertext + tag);
    const auto opened = box.open(sealed, fromHex(aad));
    QVERIFY(opened);
    QCOMPARE(hex::encode(*opened), plaintext);
}

void TestSecretBox::memoryStoreBasics()
{
    MemorySecretStore store;
    QVERIFY(!store.isPersistent());
    QVERIFY(resultOf(store.probe()));

    const SecretRead missing = resultOf(store.read(u"account/1/token"_s));
    QVERIFY(!missing);
    QCOMPARE(missing.error().kind, SecretError::Kind::NotFound);
    QVERIFY(!missing.error().message.isEmpty());

    const QByteArray value("t\0k\xff", 4);
    QVERIFY(resultOf(store.write(u"account/1/token"_s, value)));
    QCOMPARE(*resultOf(store.read(u"account/1/token"_s)), value);
    QVERIFY(resultOf(store.write(u"account/1/token"_s, "new")));
    QCOMPARE(*resultOf(store.read(u"account/1/token"_s)), QByteArray("new"));

    QVERIFY(resultOf(store.remove(u"account/1/token"_s)));
    QCOMPARE(resultOf(store.read(u"account/1/token"_s)).error().kind, SecretError::Kind::NotFound);
    QVERIFY(resultOf(store.remove(u"account/1/token"_s)));
}

void TestSecretBox::memoryStoreFailureHook()
{
    MemorySecretStore store;
    QVERIFY(resultOf(store.write(u"k"_s, "v")));
    store.setFailure(SecretError{SecretError::Kind::Denied, u"no"_s});
    QCOMPARE(resultOf(store.probe()).error().kind, SecretError::Kind::Denied);
    QCOMPARE(resultOf(store.read(u"k"_s)).error().kind, SecretError::Kind::Denied);
    QCOMPARE(resultOf(store.write(u"k"_s, "w")).error().kind, SecretError::Kind::Denied);
    QCOMPARE(resultOf(store.remove(u"k"_s)).error().message, u"no"_s);
    store.setFailure(std::nullopt);
    QCOMPARE(*resultOf(store.read(u"k"_s)), QByteArray("v"));
}

void TestSecretBox::dataKeyCreatedOnce()
{
    MemorySecretStore store;
    const QString name = u"journal/data-key"_s;
    const auto first = resultOf(loadOrCreateDataKey(store, name));
    QVERIFY(first);
    const SecretRead stored = resultOf(store.read(name));
    QVERIFY(stored);
    QCOMPARE(stored->size(), 32);
    QVERIFY(*stored != QByteArray(32, '\0'));

    const auto second = resultOf(loadOrCreateDataKey(store, name));
    QVERIFY(second);
    QCOMPARE(*resultOf(store.read(name)), *stored);
    // Same key: what one seals, the other opens.
    const QByteArray sealed = first->seal("preimage", "row 1");
    const auto opened = second->open(sealed, "row 1");
    QVERIFY(opened);
    QCOMPARE(*opened, QByteArray("preimage"));
    QCOMPARE(*SecretBox(*DataKey::fromBytes(*stored)).open(sealed, "row 1"), *opened);

    // Another name is another key.
    const auto other = resultOf(loadOrCreateDataKey(store, u"other/data-key"_s));
    QVERIFY(other);
    QVERIFY(!other->open(sealed, "row 1"));
}

void TestSecretBox::dataKeyWrongLengthIsAnError()
{
    for (const QByteArray &bad : {QByteArray(), QByteArray(31, 'a'), QByteArray(33, 'a')}) {
        MemorySecretStore store;
        QVERIFY(resultOf(store.write(u"key"_s, bad)));
        const auto loaded = resultOf(loadOrCreateDataKey(store, u"key"_s));
        QVERIFY(!loaded);
        QCOMPARE(loaded.error().kind, SecretError::Kind::Failed);
        QVERIFY(!loaded.error().message.isEmpty());
        // Never replaced: whatever it sealed stays recoverable once the right key is back.
        QCOMPARE(*resultOf(store.read(u"key"_s)), bad);
    }
}

void TestSecretBox::dataKeyFailingStore()
{
    MemorySecretStore store;
    store.setFailure(SecretError{SecretError::Kind::Unavailable, u"no keychain"_s});
    const auto loaded = resultOf(loadOrCreateDataKey(store, u"key"_s));
    QVERIFY(!loaded);
    QCOMPARE(loaded.error().kind, SecretError::Kind::Unavailable);
    QCOMPARE(loaded.error().message, u"no keychain"_s);
}

void TestSecretBox::dataKeyNotPersisted()
{
    // A store that says it wrote but kept nothing: the new key must not be used.
    MemorySecretStore store;
    store.setDiscardWrites(true);
    const auto loaded = resultOf(loadOrCreateDataKey(store, u"key"_s));
    QVERIFY(!loaded);
    QCOMPARE(loaded.error().kind, SecretError::Kind::Failed);
}

QTEST_GUILESS_MAIN(TestSecretBox)
#include "tst_secretbox.moc"
