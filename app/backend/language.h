// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>
#include <QVariantList>
#include <QtQmlIntegration>

class QQmlEngine;
class QJSEngine;

namespace lw {

//! The user interface language: English (the source text), German or Spanish. Switching
//! installs the translation and retranslates the QML engine, so the window changes at once;
//! the choice is remembered in QSettings ("language").
class Language : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

    //! [{code: "en", name: "English"}, {code: "de", name: "Deutsch"}, …]: names in their own
    //! language, so a user who cannot read the current one still finds theirs.
    Q_PROPERTY(QVariantList available READ available CONSTANT FINAL)
    //! The code in effect: "en", "de" or "es".
    Q_PROPERTY(QString current READ current NOTIFY currentChanged FINAL)

public:
    static Language *create(QQmlEngine *qmlEngine, QJSEngine *jsEngine);

    //! `engine` is retranslated on every switch; it may be null (no QML). No default
    //! constructor: Qt 6.4 would prefer it to create().
    explicit Language(QQmlEngine *engine, QObject *parent = nullptr);

    //! Installs the saved language, else the system's if we have it, else English. Call before
    //! loading QML.
    static QString installSaved();
    //! The codes we ship, English first.
    static QStringList codes();

    QVariantList available() const;
    QString current() const;
    //! Switches to `code`; false (and no change) for a language we do not ship.
    Q_INVOKABLE bool setCurrent(const QString &code);

Q_SIGNALS:
    void currentChanged();

private:
    QQmlEngine *m_engine;
};

} // namespace lw
