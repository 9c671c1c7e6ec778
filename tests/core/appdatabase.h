// SPDX-License-Identifier: GPL-3.0-or-later
// A fresh app database for store tests, with small helpers to look inside it.
#pragma once

#include "accounts/accountstore.h"
#include "store/appschema.h"
#include "store/database.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace lwtest {

using namespace lw;
using namespace Qt::Literals::StringLiterals;

inline std::unique_ptr<Database> openApp(const QString &path)
{
    auto opened = Database::open(path, appMigrations());
    if (!opened) {
        qWarning("%s", qPrintable(opened.error().describe()));
        return nullptr;
    }
    return std::move(*opened);
}

//! The first column of the first row, or an invalid QVariant when the query fails.
inline QVariant single(const Database &db, const QString &sql, const QVariantList &bindings = {})
{
    auto q = db.exec(sql, bindings);
    if (!q || !q->next())
        return {};
    return q->value(0);
}

inline qint64 count(const Database &db, const QString &sql, const QVariantList &bindings = {})
{
    const QVariant v = single(db, sql, bindings);
    return v.isValid() ? v.toLongLong() : -1;
}

inline QStringList tables(const Database &db)
{
    QStringList out;
    auto q = db.exec(u"SELECT name FROM sqlite_master WHERE type = 'table'"_s);
    while (q && q->next())
        out.append(q->value(0).toString());
    return out;
}

inline MarketAccount accountOf(qint64 profileId, const QString &name,
                               MarketKind kind = MarketKind::AiForHire,
                               const QString &url = u"https://402.example"_s)
{
    MarketAccount a;
    a.profileId = profileId;
    a.name = name;
    a.kind = kind;
    a.baseUrl = QUrl(url);
    return a;
}

inline WalletConnection walletOf(qint64 profileId, const QString &name,
                                 Network network = Network::Mainnet)
{
    WalletConnection w;
    w.profileId = profileId;
    w.name = name;
    w.kind = u"phoenixd"_s;
    w.network = network;
    w.settings = {{u"url"_s, u"https://phoenixd.example:9740"_s}};
    return w;
}

} // namespace lwtest
