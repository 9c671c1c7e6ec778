// SPDX-License-Identifier: GPL-3.0-or-later
#include "lightning/millisats.h"

#include <QTest>

#include <limits>

using namespace lw;
using namespace Qt::Literals::StringLiterals;

class TestMilliSats : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void conversions();
    void checkedArithmetic();
    void formatting_data();
    void formatting();
    void parseSats_data();
    void parseSats();
    void parseBtc_data();
    void parseBtc();
};

void TestMilliSats::conversions()
{
    QCOMPARE(MilliSats::fromSats(50)->msat(), qint64(50'000));
    QVERIFY(!MilliSats::fromSats(std::numeric_limits<qint64>::max() / 100).has_value());
    QCOMPARE(MilliSats(1999).floorSats(), qint64(1));
    QCOMPARE(MilliSats(1999).ceilSats(), qint64(2));
    QCOMPARE(MilliSats(2000).ceilSats(), qint64(2));
    QCOMPARE(MilliSats(-1).floorSats(), qint64(-1));
    QCOMPARE(MilliSats(-1).ceilSats(), qint64(0));
    QVERIFY(MilliSats(3000).isWholeSats());
    QVERIFY(!MilliSats(3001).isWholeSats());
    QVERIFY(MilliSats(1) < MilliSats(2));
    QCOMPARE(MilliSats(5), MilliSats(5));
}

void TestMilliSats::checkedArithmetic()
{
    const MilliSats max(std::numeric_limits<qint64>::max());
    QVERIFY(!max.plus(MilliSats(1)).has_value());
    QVERIFY(!MilliSats(std::numeric_limits<qint64>::min()).minus(MilliSats(1)).has_value());
    QVERIFY(!max.times(2).has_value());
    QCOMPARE(MilliSats(10).plus(MilliSats(5))->msat(), qint64(15));
    QCOMPARE(MilliSats(10).minus(MilliSats(15))->msat(), qint64(-5));
    QCOMPARE(MilliSats(10).times(3)->msat(), qint64(30));
}

void TestMilliSats::formatting_data()
{
    QTest::addColumn<qint64>("msat");
    QTest::addColumn<QString>("text");
    QTest::newRow("zero") << qint64(0) << u"0"_s;
    QTest::newRow("whole") << qint64(250'000'000) << u"250000"_s;
    QTest::newRow("fraction") << qint64(967'878'534) << u"967878.534"_s;
    QTest::newRow("trailing zero trimmed") << qint64(1'500) << u"1.5"_s;
    QTest::newRow("one msat") << qint64(1) << u"0.001"_s;
    QTest::newRow("negative") << qint64(-1'001) << u"-1.001"_s;
    QTest::newRow("int64 min") << std::numeric_limits<qint64>::min() << u"-9223372036854775.808"_s;
}

void TestMilliSats::formatting()
{
    QFETCH(qint64, msat);
    QFETCH(QString, text);
    QCOMPARE(MilliSats(msat).toSatsDecimal(), text);
}

void TestMilliSats::parseSats_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("msat");
    QTest::newRow("whole") << u"1234"_s << qint64(1'234'000);
    QTest::newRow("three decimals") << u"12.345"_s << qint64(12'345);
    QTest::newRow("one decimal") << u"0.5"_s << qint64(500);
    QTest::newRow("four decimals") << u"0.0001"_s << qint64(-1);
    QTest::newRow("sign") << u"-1"_s << qint64(-1);
    QTest::newRow("exponent") << u"1e3"_s << qint64(-1);
    QTest::newRow("empty") << u""_s << qint64(-1);
    QTest::newRow("trailing dot") << u"1."_s << qint64(-1);
    QTest::newRow("leading dot") << u".5"_s << qint64(-1);
    QTest::newRow("spaces") << u" 1"_s << qint64(-1);
    QTest::newRow("above 21M BTC") << u"2100000000000001"_s << qint64(-1);
    QTest::newRow("overflow") << u"99999999999999999999"_s << qint64(-1);
}

void TestMilliSats::parseSats()
{
    QFETCH(QString, text);
    QFETCH(qint64, msat);
    const auto parsed = MilliSats::parseSats(text);
    if (msat < 0)
        QVERIFY(!parsed.has_value());
    else
        QCOMPARE(parsed->msat(), msat);
}

void TestMilliSats::parseBtc_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("msat");
    QTest::newRow("bip21 example") << u"0.0025"_s << qint64(250'000'000);
    QTest::newRow("one btc") << u"1"_s << qint64(100'000'000'000);
    QTest::newRow("one msat") << u"0.00000000001"_s << qint64(1);
    QTest::newRow("below msat") << u"0.000000000001"_s << qint64(-1);
    QTest::newRow("21M") << u"21000000"_s << qint64(2'100'000'000'000'000'000);
    QTest::newRow("over 21M") << u"21000000.00000000001"_s << qint64(-1);
}

void TestMilliSats::parseBtc()
{
    QFETCH(QString, text);
    QFETCH(qint64, msat);
    const auto parsed = MilliSats::parseBtc(text);
    if (msat < 0)
        QVERIFY(!parsed.has_value());
    else
        QCOMPARE(parsed->msat(), msat);
}

QTEST_GUILESS_MAIN(TestMilliSats)
#include "tst_millisats.moc"
