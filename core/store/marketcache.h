// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "lightning/millisats.h"
#include "net/apperror.h"
#include "store/cacheitem.h"
#include "store/database.h"
#include "sync/changeset.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace lw {

//! What the cache holds. Every market maps its own answers onto these (markets/*/…cache*).
enum class CacheKind { Task, Quote, Message, Delivery, Payout };

QString cacheKindName(CacheKind kind);

//! One fetched list. A complete snapshot is the whole list for its scope, so what it lacks was
//! removed; a partial one (a page, a `since_id` tail) only adds and updates.
struct CacheSnapshot {
    qint64 accountId = 0;
    CacheKind kind = CacheKind::Task;
    QString parentId; //!< the scope (see CacheItem::parentId)
    QList<CacheItem> items;
    bool complete = true;
};

//! The offline copy of every market list, in the app's SQLite file. A snapshot is diffed
//! against what is stored by id and a fingerprint of every stored field (so a status, an
//! updated_at or a quote count that changes is an update) and applied in one transaction.
class MarketCache {
public:
    explicit MarketCache(const Database &db);

    static QList<Migration> migrations();

    Result<ChangeSet, AppError> apply(const CacheSnapshot &snapshot, qint64 nowMs);
    //! Newest first by first sight (then id), as a feed lists them.
    Result<QList<CacheItem>, AppError> items(qint64 accountId, CacheKind kind,
                                             const QString &parentId = {}) const;
    Result<std::optional<CacheItem>, AppError> item(qint64 accountId, CacheKind kind,
                                                    const QString &remoteId) const;
    //! The highest message sequence cached for a quote's thread: the next `since_id`.
    Result<std::optional<qint64>, AppError> lastSequence(qint64 accountId,
                                                         const QString &quoteId) const;
    //! When this scope was last synced (0: never).
    Result<qint64, AppError> lastSynced(qint64 accountId, CacheKind kind,
                                        const QString &parentId = {}) const;

private:
    const Database &m_db;
};

} // namespace lw
