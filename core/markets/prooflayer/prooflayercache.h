// SPDX-License-Identifier: GPL-3.0-or-later
// ProofLayer answers as cache items and snapshots, and the feed fetch a SyncEngine polls.
#pragma once

#include "markets/prooflayer/prooflayertypes.h"
#include "store/marketcache.h"
#include "sync/syncengine.h"

namespace lw {

class ProofLayerClient;

//! A task as the feed lists it: the question is its text; the task, worker and trust types and
//! the rest of the input go into `extra`. ProofLayer names no buyer: the party is the claimer.
CacheItem toCacheItem(const ProofLayerTask &task);
CacheItem toCacheItem(const ProofLayerPayout &payout);

//! GET /api/workers/feed: every open task, so a complete snapshot (tasks claimed since leave
//! the cache) unless items were left out as malformed or past the cap.
CacheSnapshot proofLayerFeedSnapshot(qint64 accountId, const ProofLayerList<ProofLayerTask> &tasks);
//! A worker's payouts (complete unless items were left out).
CacheSnapshot proofLayerPayoutsSnapshot(qint64 accountId, const ProofLayerPayouts &payouts);

//! The open-task feed as a SyncEngine fetch.
SyncEngine::Fetch proofLayerFeedFetch(ProofLayerClient *client);

} // namespace lw
