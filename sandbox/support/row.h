// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonValue>
#include <QString>
#include <QVariantMap>

// Reading columns of a Database row (QVariantMap) by name.
namespace lw::sandbox::row {

inline QString str(const QVariantMap &row, const char16_t *key)
{
    return row.value(QString::fromUtf16(key)).toString();
}

inline qint64 num(const QVariantMap &row, const char16_t *key)
{
    return row.value(QString::fromUtf16(key)).toLongLong();
}

//! A nullable text column as JSON: null stays null.
inline QJsonValue nullableText(const QVariantMap &row, const char16_t *key)
{
    const QVariant v = row.value(QString::fromUtf16(key));
    return v.isNull() ? QJsonValue() : QJsonValue(v.toString());
}

} // namespace lw::sandbox::row
