// SPDX-License-Identifier: GPL-3.0-or-later
// File names from servers: what safeFileName() keeps, and saveNewFile() never writing outside
// the chosen folder, never replacing a file, never following a planted symlink.
#include "common/safefilename.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace lw;
using namespace Qt::Literals::StringLiterals;

class TestSafeFileName : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void names_data()
    {
        QTest::addColumn<QString>("untrusted");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << u"report.pdf"_s << u"report.pdf"_s;
        QTest::newRow("unicode") << u"poème été.txt"_s << u"poème été.txt"_s;
        QTest::newRow("dot-dot-slash") << u"../../.bashrc"_s << u"bashrc"_s;
        QTest::newRow("absolute") << u"/etc/passwd"_s << u"passwd"_s;
        QTest::newRow("backslashes") << u"..\\..\\Windows\\evil.exe"_s << u"evil.exe"_s;
        QTest::newRow("only dots") << u".."_s << u"file"_s;
        QTest::newRow("trailing slash") << u"folder/"_s << u"file"_s;
        QTest::newRow("empty") << QString() << u"file"_s;
        QTest::newRow("hidden") << u".ssh"_s << u"ssh"_s;
        QTest::newRow("trailing dots and spaces") << u"name.txt. . "_s << u"name.txt"_s;
        QTest::newRow("controls") << u"a\nb\tc\u0000d.txt"_s << u"abcd.txt"_s;
        QTest::newRow("bidi override") << u"invoice\u202Etxt.exe"_s << u"invoicetxt.exe"_s;
        QTest::newRow("zero width") << u"a\u200Bb.txt"_s << u"ab.txt"_s;
        QTest::newRow("reserved") << u"a<b>c:d\"e|f?g*h.txt"_s << u"a_b_c_d_e_f_g_h.txt"_s;
        QTest::newRow("device") << u"CON"_s << u"_CON"_s;
        QTest::newRow("device with extension") << u"nul.txt"_s << u"_nul.txt"_s;
        QTest::newRow("com port") << u"com1.log"_s << u"_com1.log"_s;
        QTest::newRow("not a device") << u"console.txt"_s << u"console.txt"_s;
        QTest::newRow("lone surrogate") << QString(QChar(0xD800)) + u"x"_s << u"x"_s;
        QTest::newRow("emoji") << u"\U0001F600.png"_s << u"\U0001F600.png"_s;
    }
    void names()
    {
        QFETCH(QString, untrusted);
        QFETCH(QString, expected);
        QCOMPARE(safeFileName(untrusted), expected);
    }

    void longNamesKeepTheirExtension()
    {
        const QString name = QString(300, u'é') + u".tar.gz"_s;
        const QString safe = safeFileName(name);
        QVERIFY(safe.toUtf8().size() <= 200);
        QVERIFY(safe.endsWith(u".gz"_s));
        QVERIFY(safe.startsWith(u"éé"_s));
        // A 4-byte character is never cut in half.
        const QString emoji = safeFileName(QString(u"\U0001F600"_s).repeated(80));
        QVERIFY(emoji.toUtf8().size() <= 200);
        QCOMPARE(QString::fromUtf8(emoji.toUtf8()), emoji);
    }

    void savesOnlyInsideTheFolderAndNeverReplaces()
    {
        QTemporaryDir root;
        QVERIFY(QDir(root.path()).mkpath(u"chosen"_s));
        const QString chosen = root.filePath(u"chosen"_s);
        auto first = saveNewFile(chosen, u"../../.bashrc"_s, "evil 1");
        QVERIFY(first);
        QCOMPARE(*first, QDir(chosen).filePath(u"bashrc"_s));
        auto second = saveNewFile(chosen, u"../.bashrc"_s, "evil 2");
        QVERIFY(second);
        QCOMPARE(*second, QDir(chosen).filePath(u"bashrc (2)"_s));
        auto third = saveNewFile(chosen, u"notes.txt"_s, "a");
        auto fourth = saveNewFile(chosen, u"notes.txt"_s, "b");
        QCOMPARE(*fourth, QDir(chosen).filePath(u"notes (2).txt"_s));
        QFile f(*third);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("a"));
        // Nothing anywhere else under root.
        QDirIterator it(root.path(), QDir::Files | QDir::Hidden | QDir::System,
                        QDirIterator::Subdirectories);
        while (it.hasNext())
            QVERIFY2(it.next().startsWith(chosen + u'/'), qPrintable(it.filePath()));
    }

    void aPlantedSymlinkIsNotFollowed()
    {
        QTemporaryDir root;
        QVERIFY(QDir(root.path()).mkpath(u"chosen"_s));
        const QString chosen = root.filePath(u"chosen"_s);
        const QString target = root.filePath(u"outside.txt"_s);
        QVERIFY(QFile::link(target, QDir(chosen).filePath(u"report.txt"_s)));
        auto saved = saveNewFile(chosen, u"report.txt"_s, "content");
        QVERIFY(saved);
        QCOMPARE(*saved, QDir(chosen).filePath(u"report (2).txt"_s));
        QVERIFY(!QFile::exists(target));
    }

    void aMissingFolderIsAnError()
    {
        QTemporaryDir root;
        auto saved = saveNewFile(root.filePath(u"nope"_s), u"a.txt"_s, "x");
        QVERIFY(!saved);
        QCOMPARE(saved.error().kind, AppError::Kind::Invalid);
    }
};

QTEST_GUILESS_MAIN(TestSafeFileName)
#include "tst_safefilename.moc"
