// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "lightning/millisats.h"
#include "store/cacheitem.h"

#include <QDateTime>
#include <QList>

#include <optional>

namespace lw {

//! One step of a 402ai task's escrow: posted → quoted → escrow locked → delivered → released
//! → collected. The market reports the task's, quotes' and deliveries' states; the steps are
//! read from those (and, for collected, from the local ledger).
struct TimelineStep {
    enum class Kind { Posted, Quoted, EscrowLocked, Delivered, Released, Collected };
    Kind kind = Kind::Posted;
    bool done = false;
    QDateTime at;                  //!< when it happened; invalid when the market does not say
    std::optional<MilliSats> sats; //!< what moved at this step (escrow, release)
    int count = 0;                 //!< quotes received (Quoted)
};

//! What the market reported about one task, as the offline copy keeps it.
struct TaskFacts {
    CacheItem task;
    QList<CacheItem> quotes;
    QList<CacheItem> deliveries;
    //! When this account last collected its balance to the wallet after the release (from the
    //! ledger; only the worker collects). Invalid when not known.
    QDateTime collectedAt;
};

class TaskTimeline {
public:
    //! Escrow that waits longer than this without a delivery is flagged: three days, the time a
    //! buyer might reasonably wait before asking the worker (402ai has no deadline or refund).
    static constexpr qint64 escrowWaitLimitMs = 3LL * 24 * 60 * 60 * 1000;

    static QList<TimelineStep> build(const TaskFacts &facts);
    //! The accepted quote; empty while none is.
    static std::optional<CacheItem> acceptedQuote(const TaskFacts &facts);
    //! Since when escrow is locked without a delivery; invalid when it is not waiting.
    static QDateTime escrowWaitingSince(const QList<TimelineStep> &steps);
    static bool escrowWaitingLong(const QList<TimelineStep> &steps, const QDateTime &now);
};

} // namespace lw
