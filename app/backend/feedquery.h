// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "feedtask.h"
#include "net/apperror.h"
#include "store/database.h"

#include <QList>
#include <QStringList>

namespace lw {

//! Reads feed tasks straight from MarketCache's table (store/marketcache.cpp): only the columns
//! the feed shows, forward-only, with the two `extra` fields it needs picked out by SQLite.
//! That is several times cheaper than MarketCache::items() and builds no CacheItem per row, so
//! 100,000 tasks load without a second copy in memory. tst_taskfeedmodel checks that it reads
//! what MarketCache::items() reads.
class FeedQuery {
public:
    explicit FeedQuery(const Database &db);
    //! Over a connection of the calling thread, by its QSqlDatabase name (a reader thread's).
    explicit FeedQuery(const QString &connectionName);

    //! Every task of the account, in the cache's feed order.
    Result<QList<FeedTaskPtr>, AppError> all(qint64 accountId, FeedTaskReader &reader) const;
    //! The first `limit` tasks of the account in that order: what a window shows first.
    Result<QList<FeedTaskPtr>, AppError> first(qint64 accountId, int limit,
                                               FeedTaskReader &reader) const;
    //! The tasks among `ids` that are cached (in no particular order).
    Result<QList<FeedTaskPtr>, AppError> byIds(qint64 accountId, const QStringList &ids,
                                               FeedTaskReader &reader) const;

private:
    Result<bool, AppError> run(QSqlQuery &q, qint64 accountId, FeedTaskReader &reader,
                               QList<FeedTaskPtr> &out) const;

    QSqlDatabase handle() const;

    const Database *m_db = nullptr;
    QString m_connection;
};

} // namespace lw
