// SPDX-License-Identifier: GPL-3.0-or-later
// 402ai answers as cache items and snapshots, and the fetches a SyncEngine polls.
#pragma once

#include "markets/aiforhire/aiforhiretypes.h"
#include "store/marketcache.h"
#include "sync/syncengine.h"

namespace lw {

class HireClient;

CacheItem toCacheItem(const HireTask &task);
CacheItem toCacheItem(const HireQuote &quote);
CacheItem toCacheItem(const HireMessage &message);
CacheItem toCacheItem(const HireDelivery &delivery);

//! The whole task board: complete, so tasks the server no longer lists leave the cache.
CacheSnapshot hireFeedSnapshot(qint64 accountId, const HireList<HireTask> &tasks);
//! A task's detail as its quotes and deliveries (complete lists scoped to the task).
QList<CacheSnapshot> hireTaskSnapshots(qint64 accountId, const HireTask &task);
//! Messages of a quote's thread since a cursor: partial, they only add.
CacheSnapshot hireMessagesSnapshot(qint64 accountId, const QString &quoteId,
                                   const HireList<HireMessage> &messages);

//! GET /tasks as a feed fetch.
SyncEngine::Fetch hireFeedFetch(HireClient *client);
//! GET /tasks/{id}/quotes/{qid}/messages since the highest cached sequence.
SyncEngine::Fetch hireThreadFetch(HireClient *client, const MarketCache *cache,
                                  const QString &taskId, const QString &quoteId);

} // namespace lw
