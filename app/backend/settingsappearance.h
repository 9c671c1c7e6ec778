// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QtQml/qqmlregistration.h>

class QQmlEngine;
class QJSEngine;

namespace lw {

//! How the app looks, remembered in QSettings ("appearance/scheme") for the next start: not
//! about money, so not per profile. Theme.scheme follows `scheme`.
class AppearanceSettings : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

    //! Same values as Theme.Scheme: 0 follow the system, 1 light, 2 dark.
    Q_PROPERTY(int scheme READ scheme WRITE setScheme NOTIFY schemeChanged FINAL)

public:
    enum Scheme { System, Light, Dark };
    Q_ENUM(Scheme)

    static AppearanceSettings *create(QQmlEngine *qmlEngine, QJSEngine *jsEngine);
    //! Reads the saved choice. No default constructor: Qt 6.4 would prefer it to create().
    explicit AppearanceSettings(QObject *parent);

    int scheme() const { return m_scheme; }
    //! Ignores values outside Scheme.
    void setScheme(int scheme);

Q_SIGNALS:
    void schemeChanged();

private:
    int m_scheme = System;
};

} // namespace lw
