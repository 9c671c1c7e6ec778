// SPDX-License-Identifier: GPL-3.0-or-later
// The UI language switches at run time: the open window's text changes to German and Spanish
// and back, and the choice is remembered for the next start.
#include "gui/mainwindow.h"
#include "language.h"

#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

const QString taglineEn = u"Work, hire and pay on Lightning-paid task markets"_s;
const QString taglineDe = u"Arbeiten, Aufträge vergeben und bezahlen auf Aufgabenmärkten mit "
                          "Lightning-Zahlung"_s;
const QString taglineEs = u"Trabaja, contrata y paga en mercados de tareas con pagos Lightning"_s;

QString taglineOf(QQuickWindow *window)
{
    auto *tagline = window->findChild<QQuickItem *>(u"tagline"_s);
    return tagline ? tagline->property("text").toString() : u"(no tagline)"_s;
}

lw::Language *languageOf(QQmlApplicationEngine &engine)
{
    const int id = qmlTypeId("Lightwork.Backend", 1, 0, "Language");
    return id < 0 ? nullptr : engine.singletonInstance<lw::Language *>(id);
}

} // namespace

class TestLanguage : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void switchesTheOpenWindow();
    void savedChoiceIsInstalledAtStart();

private:
    QTemporaryDir m_settings;
    QTemporaryDir m_data;
};

void TestLanguage::initTestCase()
{
    QVERIFY(m_settings.isValid() && m_data.isValid());
    qputenv("LIGHTWORK_DATA", QFile::encodeName(m_data.path()));
    // Keep the user's own settings out of it.
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settings.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settings.path());
    QCoreApplication::setOrganizationName(u"LightworkTest"_s);
}

void TestLanguage::switchesTheOpenWindow()
{
    QQmlApplicationEngine engine;
    QQuickWindow *window = lw::gui::loadMainWindow(engine);
    QVERIFY(window);
    QVERIFY(QTest::qWaitForWindowExposed(window));
    auto *tagline = window->findChild<QQuickItem *>(u"tagline"_s);
    QVERIFY(tagline);
    QCOMPARE(tagline->property("text").toString(), taglineEn);
    auto *version = window->findChild<QQuickItem *>(u"appVersion"_s);
    QVERIFY(version);

    lw::Language *language = languageOf(engine);
    QVERIFY(language);
    QCOMPARE(language->current(), u"en"_s);
    QStringList codes;
    for (const QVariant &entry : language->available())
        codes << entry.toMap().value(u"code"_s).toString();
    QCOMPARE(codes, (QStringList{u"en"_s, u"de"_s, u"es"_s}));

    QVERIFY(language->setCurrent(u"de"_s));
    QCOMPARE(language->current(), u"de"_s);
    QCOMPARE(tagline->property("text").toString(), taglineDe);
    QCOMPARE(QSettings().value(u"language"_s).toString(), u"de"_s);

    QVERIFY(language->setCurrent(u"es"_s));
    QCOMPARE(tagline->property("text").toString(), taglineEs);
    QVERIFY(version->property("text").toString().startsWith(u"Versión "_s));

    // A language we do not ship changes nothing.
    QVERIFY(!language->setCurrent(u"fr"_s));
    QCOMPARE(language->current(), u"es"_s);
    QCOMPARE(tagline->property("text").toString(), taglineEs);

    QVERIFY(language->setCurrent(u"en"_s));
    QCOMPARE(tagline->property("text").toString(), taglineEn);
    QVERIFY(version->property("text").toString().startsWith(u"Version "_s));
    QCOMPARE(QSettings().value(u"language"_s).toString(), u"en"_s);
}

void TestLanguage::savedChoiceIsInstalledAtStart()
{
    QSettings().setValue(u"language"_s, u"de"_s);
    QCOMPARE(lw::Language::installSaved(), u"de"_s);
    {
        QQmlApplicationEngine engine;
        QQuickWindow *window = lw::gui::loadMainWindow(engine);
        QVERIFY(window);
        QCOMPARE(taglineOf(window), taglineDe);
        QCOMPARE(languageOf(engine)->current(), u"de"_s);
        QVERIFY(languageOf(engine)->setCurrent(u"en"_s));
        QCOMPARE(taglineOf(window), taglineEn);
    }
    // Garbage in the settings file falls back to a language we ship.
    QSettings().setValue(u"language"_s, u"xx-evil"_s);
    QVERIFY(lw::Language::codes().contains(lw::Language::installSaved()));
    QSettings().setValue(u"language"_s, u"en"_s);
    QCOMPARE(lw::Language::installSaved(), u"en"_s);
}

QTEST_MAIN(TestLanguage)
#include "tst_language.moc"
