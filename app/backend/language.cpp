// SPDX-License-Identifier: GPL-3.0-or-later
#include "language.h"

#include <QCoreApplication>
#include <QLocale>
#include <QLoggingCategory>
#include <QPointer>
#include <QQmlEngine>
#include <QSettings>
#include <QTranslator>
#include <QVariantMap>

namespace lw {

using namespace Qt::Literals::StringLiterals;

namespace {

Q_LOGGING_CATEGORY(lcLanguage, "lightwork.language")

const QString settingsKey = u"language"_s;
const QString sourceLanguage = u"en"_s;

struct Shipped {
    QString code;
    QString nativeName;
};

const QList<Shipped> &shipped()
{
    static const QList<Shipped> list{
        {u"en"_s, u"English"_s}, {u"de"_s, u"Deutsch"_s}, {u"es"_s, u"Español"_s}};
    return list;
}

// One translator for the process: QCoreApplication holds a pointer to it while installed.
struct State {
    QPointer<QTranslator> translator;
    QString current = sourceLanguage;
};

State &state()
{
    static State s;
    return s;
}

bool install(const QString &code)
{
    State &s = state();
    if (s.translator) {
        QCoreApplication::removeTranslator(s.translator);
        delete s.translator;
    }
    if (code != sourceLanguage) {
        auto *translator = new QTranslator(QCoreApplication::instance());
        // Built from translations/lightwork_<code>.ts and embedded under :/i18n.
        if (!translator->load(u"lightwork_"_s + code, u":/i18n"_s)) {
            qCWarning(lcLanguage, "no translation for %s; using English", qUtf8Printable(code));
            delete translator;
            s.current = sourceLanguage;
            return false;
        }
        QCoreApplication::installTranslator(translator);
        s.translator = translator;
    }
    s.current = code;
    return true;
}

} // namespace

Language *Language::create(QQmlEngine *qmlEngine, QJSEngine *jsEngine)
{
    Q_UNUSED(jsEngine)
    return new Language(qmlEngine);
}

Language::Language(QQmlEngine *engine, QObject *parent)
    : QObject(parent)
    , m_engine(engine)
{}

QString Language::installSaved()
{
    const QStringList known = codes();
    QString code = QSettings().value(settingsKey).toString();
    if (!known.contains(code)) {
        code = sourceLanguage;
        // uiLanguages() is in order of preference, e.g. "de-AT", "de", "en-US".
        for (const QString &wanted : QLocale::system().uiLanguages()) {
            const QString language = wanted.section(u'-', 0, 0).toLower();
            if (known.contains(language)) {
                code = language;
                break;
            }
        }
    }
    install(code);
    return state().current;
}

QStringList Language::codes()
{
    QStringList out;
    for (const Shipped &language : shipped())
        out << language.code;
    return out;
}

QVariantList Language::available() const
{
    QVariantList out;
    for (const Shipped &language : shipped())
        out << QVariantMap{{u"code"_s, language.code}, {u"name"_s, language.nativeName}};
    return out;
}

QString Language::current() const
{
    return state().current;
}

bool Language::setCurrent(const QString &code)
{
    if (!codes().contains(code))
        return false;
    const QString before = state().current;
    if (code == before)
        return true;
    const bool installed = install(code);
    if (installed)
        QSettings().setValue(settingsKey, code);
    if (state().current != before) {
        if (m_engine)
            m_engine->retranslate();
        Q_EMIT currentChanged();
    }
    return installed;
}

} // namespace lw
