// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QFile>
#include <QJsonDocument>
#include <QString>
#include <QTest>

namespace lwtest {

inline QByteArray readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot open test data %s", qPrintable(path));
    return f.readAll();
}

inline QJsonDocument readJson(const QString &path)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(readFile(path), &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad JSON in %s: %s", qPrintable(path), qPrintable(error.errorString()));
    return doc;
}

inline QString dataPath(const char *name)
{
    return QStringLiteral(LW_TEST_DATA_DIR "/") + QLatin1String(name);
}

inline QByteArray unhex(const char *hex)
{
    return QByteArray::fromHex(QByteArray(hex));
}

} // namespace lwtest
