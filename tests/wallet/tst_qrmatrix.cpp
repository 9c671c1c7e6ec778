// SPDX-License-Identifier: GPL-3.0-or-later
#include "qr/qrmatrix.h"

#include <QTest>

using namespace lw;
using namespace Qt::Literals::StringLiterals;

namespace {
// BOLT 11 vector V11 (585 characters).
const QString v11 =
    u"lnbc9678785340p1pwmna7lpp5gc3xfm08u9qy06djf8dfflhugl6p7lgza6dsjxq454gxhj9t7a0sd8dgfkx7cmtwd68yetpd5s9xar0wfjn5gpc8qhrsdfq24f5ggrxdaezqsnvda3kkum5wfjkzmfqf3jkgem9wgsyuctwdus9xgrcyqcjcgpzgfskx6eqf9hzqnteypzxz7fzypfhg6trddjhygrcyqezcgpzfysywmm5ypxxjemgw3hxjmn8yptk7untd9hxwg3q2d6xjcmtv4ezq7pqxgsxzmnyyqcjqmt0wfjjq6t5v4khxsp5zyg3zyg3zyg3zyg3zyg3zyg3zyg3zyg3zyg3zyg3zyg3zyg3zygsxqyjw5qcqp2rzjq0gxwkzc8w6323m55m4jyxcjwmy7stt9hwkwe2qxmy8zpsgg7jcuwz87fcqqeuqqqyqqqqlgqqqqn3qq9q9qrsgqrvgkpnmps664wgkp43l22qsgdw4ve24aca4nymnxddlnp8vh9v2sdxlu5ywdxefsfvm0fq3sesf08uf6q9a2ke0hc9j6z6wlxg5z5kqpu2v9wz"_s;
} // namespace

class TestQrMatrix : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void uppercaseInvoiceUsesAlphanumericMode();
    void quietZoneAndFinderPatterns();
    void rejectsEmptyAndOversized();
};

void TestQrMatrix::uppercaseInvoiceUsesAlphanumericMode()
{
    QCOMPARE(v11.size(), 585);
    const auto upper = QrMatrix::forLightning(v11);
    QVERIFY(upper.has_value());
    // lightning.md §5.3, measured with this libqrencode: version 15 (77×77) upper-case at level
    // M; the same text in lower case needs version 19 (93×93) because of byte mode.
    QCOMPARE(upper->version(), 15);
    QCOMPARE(upper->size(), 77 + 2 * QrMatrix::quietZone);
    const auto lower = QrMatrix::encode(QString(u"lightning:" + v11).toLatin1());
    QCOMPARE(lower->version(), 19);
    // Lower-case input to forLightning is upper-cased, so the result is the same symbol.
    const auto again = QrMatrix::forLightning(v11.toUpper());
    for (int y = 0; y < upper->size(); ++y)
        for (int x = 0; x < upper->size(); ++x)
            QCOMPARE(again->isDark(x, y), upper->isDark(x, y));
}

void TestQrMatrix::quietZoneAndFinderPatterns()
{
    const auto qr = QrMatrix::encode(
        "LNURL1DP68GURN8GHJ7UM9WFMXJCM99E3K7MF0V9CXJ0M385EKVCENXC6R2C35XVUKXEFCV5MKVV34X5EKZD3EV56N"
        "YD3HXQURZEPEXEJXXEPNXSCRVWFNV9NXZCN9XQ6XYEFHVGCXXCMYXYMNSERXFQ5FNS");
    QVERIFY(qr.has_value());
    const int q = QrMatrix::quietZone;
    const int n = qr->size();
    for (int i = 0; i < n; ++i)
        for (int k = 0; k < q; ++k) {
            QVERIFY(!qr->isDark(i, k));
            QVERIFY(!qr->isDark(k, i));
            QVERIFY(!qr->isDark(i, n - 1 - k));
            QVERIFY(!qr->isDark(n - 1 - k, i));
        }
    // Finder patterns: dark 7×7 ring with a light ring and a dark 3×3 centre, in three corners.
    for (auto [ox, oy] : {std::pair{q, q}, std::pair{n - q - 7, q}, std::pair{q, n - q - 7}}) {
        QVERIFY(qr->isDark(ox, oy));
        QVERIFY(qr->isDark(ox + 6, oy + 6));
        QVERIFY(!qr->isDark(ox + 1, oy + 1));
        QVERIFY(qr->isDark(ox + 3, oy + 3));
    }
    QVERIFY(!qr->isDark(-1, 0));
    QVERIFY(!qr->isDark(n, 0));
}

void TestQrMatrix::rejectsEmptyAndOversized()
{
    QVERIFY(!QrMatrix::encode("").has_value());
    QVERIFY(!QrMatrix::encode(QByteArray(8000, 'A')).has_value()); // beyond version 40
    QVERIFY(!QrMatrix::encode(QByteArray("a\0b", 3)).has_value());
}

QTEST_GUILESS_MAIN(TestQrMatrix)
#include "tst_qrmatrix.moc"
