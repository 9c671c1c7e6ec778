// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/crypto.h"
#include "lightning/preimage.h"

#include <QSet>
#include <QTest>

using namespace lw;
using namespace Qt::Literals::StringLiterals;

class TestPreimage : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void sha256KnownAnswers();
    void hmacKnownAnswer();
    void generatedPreimagesVerify();
    void generatedPreimagesDiffer();
    void verifyRejectsWrongPreimages();
    void knownPair();
};

void TestPreimage::sha256KnownAnswers()
{
    QCOMPARE(crypto::sha256("").toHex(),
             u"e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"_s);
    QCOMPARE(crypto::sha256("abc").toHex(),
             u"ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"_s);
}

void TestPreimage::hmacKnownAnswer()
{
    // RFC 4231 test case 2.
    QCOMPARE(crypto::hmacSha256("Jefe", "what do ya want for nothing?").toHex(),
             u"5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"_s);
}

void TestPreimage::generatedPreimagesVerify()
{
    for (int i = 0; i < 100; ++i) {
        const Preimage p = generatePreimage();
        QVERIFY(verifyPreimage(p, paymentHashOf(p)));
        QCOMPARE(paymentHashOf(p).toHex(), crypto::sha256(p.view()).toHex());
    }
}

void TestPreimage::generatedPreimagesDiffer()
{
    QSet<QString> seen;
    for (int i = 0; i < 1000; ++i)
        seen.insert(generatePreimage().toHex());
    QCOMPARE(seen.size(), 1000);
}

void TestPreimage::verifyRejectsWrongPreimages()
{
    const Preimage p = generatePreimage();
    const PaymentHash h = paymentHashOf(p);
    QVERIFY(!verifyPreimage(Preimage(), h)); // all zero, as broken wallets return
    Preimage flipped = p;
    flipped.data()[31] ^= 1;
    QVERIFY(!verifyPreimage(flipped, h));
    // A preimage that *is* the hash (another wallet bug) does not verify either.
    QVERIFY(!verifyPreimage(*Preimage::fromBytes(h.view()), h));
}

void TestPreimage::knownPair()
{
    // lsat-js tests/data.ts: the invoice secret for payment hash 7cef93f2… (l402.md d.4).
    const auto preimage =
        Preimage::fromHex(u"2ca931a1c36b48f54948b898a271a53ed91ff7d0081939a5fa511249e81cba5c");
    const auto hash =
        PaymentHash::fromHex(u"7cef93f2c51aa65208bec1447fc38fc58d9bce1375a532edb0dcd290a2c330ae");
    QVERIFY(preimage && hash);
    QVERIFY(verifyPreimage(*preimage, *hash));
    QVERIFY(!Preimage::fromHex(u"00").has_value());
    QVERIFY(!Preimage::fromHex(u"zz").has_value());
}

QTEST_GUILESS_MAIN(TestPreimage)
#include "tst_preimage.moc"
