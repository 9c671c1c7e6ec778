// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>
#include <QtQmlIntegration>

namespace lw {

//! Name and version of the application, for the window title and the About page.
class AppInfo : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

    //! "Lightwork"
    Q_PROPERTY(QString name READ name CONSTANT FINAL)
    //! The version from CMake's project(), e.g. "0.1.0"
    Q_PROPERTY(QString version READ version CONSTANT FINAL)

public:
    explicit AppInfo(QObject *parent = nullptr);

    QString name() const;
    QString version() const;
};

} // namespace lw
