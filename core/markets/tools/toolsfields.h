// SPDX-License-Identifier: GPL-3.0-or-later
// How the tools parsers read an untrusted answer's fields. Internal to markets/tools.
#pragma once

#include "lightning/millisats.h"
#include "net/apperror.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QUrl>

#include <initializer_list>
#include <optional>

namespace lw::tools_detail {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(ToolsMarket)
};

inline constexpr qsizetype maxNameChars = 200;
inline constexpr qsizetype maxDescriptionChars = 4000;
inline constexpr qsizetype maxIdChars = 200;
inline constexpr qsizetype maxLnurlChars = 4000;

inline AppError badAnswer(const QString &why)
{
    return AppError::make(AppError::Kind::BadResponse,
                          Text::tr("The tool market's answer cannot be used: %1").arg(why));
}

// At most `length` UTF-16 units, never splitting a surrogate pair.
inline QString capped(const QString &text, qsizetype length)
{
    if (text.size() <= length)
        return text;
    if (length > 0 && text[length - 1].isHighSurrogate())
        --length;
    return text.first(length);
}

//! The first of `keys` that holds a string, capped; empty when none does.
inline QString firstText(const QJsonObject &o, std::initializer_list<const char16_t *> keys,
                         qsizetype cap = maxDescriptionChars)
{
    for (const char16_t *key : keys) {
        const QJsonValue v = o.value(QStringView(key));
        if (v.isString())
            return capped(v.toString(), cap);
    }
    return {};
}

//! A JSON integer of whole sats within the money cap; strings and fractions are not amounts.
inline std::optional<MilliSats> satsOf(const QJsonValue &v)
{
    if (!v.isDouble())
        return std::nullopt;
    const qint64 n = v.toInteger(-1);
    if (n < 0 || n > MilliSats::maxMoneyMsat / MilliSats::msatPerSat)
        return std::nullopt;
    return MilliSats::fromSats(n);
}

//! An id sent as a string or an integer, as text; nullopt for anything else or too long.
inline std::optional<QString> idOf(const QJsonValue &v)
{
    if (v.isString() && !v.toString().isEmpty() && v.toString().size() <= maxIdChars)
        return v.toString();
    if (v.isDouble() && v.toInteger(-1) >= 0)
        return QString::number(v.toInteger());
    return std::nullopt;
}

//! Same scheme, host and port: where a market's links may point.
inline bool sameOrigin(const QUrl &a, const QUrl &b)
{
    return a.scheme() == b.scheme() && a.host().compare(b.host(), Qt::CaseInsensitive) == 0
           && a.port(a.scheme() == u"https" ? 443 : 80)
                  == b.port(b.scheme() == u"https" ? 443 : 80);
}

//! A link from the market, relative or absolute, resolved against `base`; nullopt when it
//! leaves the market's origin (a hostile manifest must not send us, or a job poll, elsewhere).
inline std::optional<QUrl> marketLink(const QJsonValue &v, const QUrl &base)
{
    if (!v.isString() || v.toString().isEmpty() || v.toString().size() > 2000)
        return std::nullopt;
    const QUrl url = base.resolved(QUrl(v.toString()));
    if (!url.isValid() || !sameOrigin(url, base) || !url.userInfo().isEmpty())
        return std::nullopt;
    return url;
}

//! `path` under the market's root (which may itself have a path).
inline QUrl marketUrl(const QUrl &base, const QString &path)
{
    QUrl u = base;
    QString root = u.path();
    while (root.endsWith(u'/'))
        root.chop(1);
    u.setPath(root + path);
    u.setQuery(QString());
    u.setFragment(QString());
    return u;
}

} // namespace lw::tools_detail
