// SPDX-License-Identifier: GPL-3.0-or-later
// A real app database with two market accounts, a MarketCache and a FeedSource over them, for
// the feed model tests. sync() does what a SyncEngine does: apply to the cache, announce.
#pragma once

#include "core/appdatabase.h"
#include "feedsource.h"

#include <QAbstractItemModel>
#include <QDateTime>
#include <QTemporaryDir>

#include <memory>

namespace lwtest {

inline CacheItem feedItem(const QString &id, qint64 sats = 100, const QString &status = u"open"_s)
{
    CacheItem item;
    item.remoteId = id;
    item.status = status;
    item.amount = MilliSats(sats * 1000);
    item.title = u"Task "_s + id;
    item.text = u"Description of "_s + id;
    item.party = u"buyer-"_s + id;
    item.createdAt = u"2026-11-21T10:00:00Z"_s;
    item.updatedAt = item.createdAt;
    item.extra.insert(u"quote_count"_s, 0);
    return item;
}

class FeedFixture {
public:
    bool open(const QString &dir)
    {
        m_db = openApp(dir + u"/feed-%1.sqlite3"_s.arg(QDateTime::currentMSecsSinceEpoch()));
        if (!m_db)
            return false;
        m_accounts = std::make_unique<AccountStore>(*m_db);
        auto profile = m_accounts->addProfile(u"me"_s);
        if (!profile)
            return false;
        auto a = m_accounts->addAccount(accountOf(profile->id, u"hire"_s));
        auto b = m_accounts->addAccount(
            accountOf(profile->id, u"proof"_s, MarketKind::ProofLayer, u"https://pl.example"_s));
        if (!a || !b)
            return false;
        hire = a->id;
        proof = b->id;
        cache = std::make_unique<MarketCache>(*m_db);
        return true;
    }

    QList<FeedAccount> feedAccounts() const
    {
        return {{hire, u"402ai"_s, MarketKind::AiForHire},
                {proof, u"ProofLayer"_s, MarketKind::ProofLayer}};
    }

    std::unique_ptr<FeedSource> makeSource() const
    {
        return std::make_unique<FeedSource>(*m_db, feedAccounts());
    }

    //! Stores a feed snapshot at `nowMs` and, with a source, announces its change set.
    ChangeSet sync(qint64 account, const QList<CacheItem> &items, qint64 nowMs,
                   FeedSource *source = nullptr, bool complete = true)
    {
        auto changes = cache->apply({account, CacheKind::Task, {}, items, complete}, nowMs);
        if (!changes) {
            qWarning("%s", qPrintable(changes.error().describe()));
            return {};
        }
        if (source)
            source->apply(account, CacheKind::Task, QString(), *changes);
        return *changes;
    }

    const Database &db() const { return *m_db; }

    std::unique_ptr<MarketCache> cache;
    qint64 hire = 0;
    qint64 proof = 0;

private:
    std::unique_ptr<Database> m_db;
    std::unique_ptr<AccountStore> m_accounts;
};

//! The taskId of every row.
inline QStringList idsOf(const QAbstractItemModel &model, int role)
{
    QStringList ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.append(model.index(row, 0).data(role).toString());
    return ids;
}

inline QList<CacheItem> feedItems(const QString &prefix, int from, int to, qint64 sats = 100)
{
    QList<CacheItem> items;
    for (int i = from; i < to; ++i)
        items.append(feedItem(prefix + u"%1"_s.arg(i, 5, 10, QLatin1Char('0')), sats));
    return items;
}

} // namespace lwtest
