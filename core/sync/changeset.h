// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/cacheitem.h"

#include <QList>
#include <QStringList>

namespace lw {

//! What one sync changed in a cached list, by remote id. Models apply it with row inserts,
//! removals and dataChanged, never a reset, so a list being read does not jump.
struct ChangeSet {
    QStringList inserted;
    QStringList updated;
    QStringList removed;
    //! The inserted and updated items as they are now stored (first sight included), in the
    //! order of `inserted` then `updated`, when the producer has them at hand (MarketCache::apply
    //! does): a model can show them without reading them back.
    QList<CacheItem> stored;

    bool isEmpty() const { return inserted.isEmpty() && updated.isEmpty() && removed.isEmpty(); }
    qsizetype size() const { return inserted.size() + updated.size() + removed.size(); }
};

} // namespace lw
