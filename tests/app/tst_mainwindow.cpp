// SPDX-License-Identifier: GPL-3.0-or-later
// The application window opens on a real display (Xvfb in ./dev test) on the first-run page,
// with the app name and version. LW_SCREENSHOT_DIR=<dir> saves what it rendered, for eyes.
#include "common/version.h"
#include "gui/mainwindow.h"

#include <QDir>
#include <QImage>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestMainWindow : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void opensAndShowsNameAndVersion();

private:
    QTemporaryDir m_data;
};

void TestMainWindow::initTestCase()
{
    // The session opens its data folder here, never in the user's own.
    QVERIFY(m_data.isValid());
    qputenv("LIGHTWORK_DATA", m_data.path().toLocal8Bit());
}

void TestMainWindow::opensAndShowsNameAndVersion()
{
    QQmlApplicationEngine engine;
    QStringList warnings;
    QObject::connect(&engine, &QQmlApplicationEngine::warnings, this,
                     [&warnings](const QList<QQmlError> &list) {
                         for (const QQmlError &e : list)
                             warnings << e.toString();
                     });
    QQuickWindow *window = lw::gui::loadMainWindow(engine);
    QVERIFY2(window, "Main.qml did not load");
    QVERIFY(QTest::qWaitForWindowExposed(window));
    QCOMPARE(window->title(), u"Lightwork"_s);

    auto *name = window->findChild<QQuickItem *>(u"appName"_s);
    auto *version = window->findChild<QQuickItem *>(u"appVersion"_s);
    QVERIFY(name && version);
    QCOMPARE(name->property("text").toString(), u"Lightwork"_s);
    QCOMPARE(version->property("text").toString(), u"Version "_s + lw::version::string());
    QVERIFY(name->isVisible() && name->width() > 0 && name->height() > 0);
    QVERIFY(version->isVisible());

    // Not set up yet: the first-run page is shown with its default action, the shell is not.
    auto *sandbox = window->findChild<QQuickItem *>(u"trySandboxButton"_s);
    auto *rail = window->findChild<QQuickItem *>(u"navRail"_s);
    QVERIFY(sandbox && rail);
    QVERIFY(sandbox->isVisible());
    QVERIFY(!rail->isVisible());

    const QImage frame = window->grabWindow();
    QVERIFY(!frame.isNull());
    QCOMPARE(frame.size(), window->size() * window->devicePixelRatio());
    if (const QByteArray dir = qgetenv("LW_SCREENSHOT_DIR"); !dir.isEmpty())
        QVERIFY(frame.save(QDir(QString::fromLocal8Bit(dir)).filePath(u"mainwindow.png"_s)));
    QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(u'\n')));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
