// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "events/eventbus.h"
#include "store/marketcache.h"
#include "sync/pollschedule.h"

#include <QFuture>
#include <QMap>
#include <QObject>
#include <QTimer>

#include <functional>

namespace lw {

//! Keeps one market account's cache current: the feed on an adaptive interval, plus whatever
//! the user is looking at (a task's quotes, a thread's messages) while it is watched. Each fetch
//! is applied to the MarketCache and announced as a ChangeSet; state changes of tasks and quotes
//! go to the EventBus (new states only, and none for the first fill of a list).
class SyncEngine : public QObject {
    Q_OBJECT

public:
    using Fetch = std::function<QFuture<Result<CacheSnapshot, AppError>>()>;
    using Clock = std::function<qint64()>;

    SyncEngine(MarketCache *cache, EventBus *events, qint64 accountId, Fetch feed,
               PollSchedule schedule = PollSchedule(), QObject *parent = nullptr);

    void setClock(Clock clock) { m_now = std::move(clock); }
    qint64 accountId() const { return m_accountId; }

    //! Starts polling (the first round at once).
    void start();
    void stop();
    bool isRunning() const { return m_running; }

    //! Also fetches `fetch` each round, fast, until unwatched.
    void watch(const QString &key, Fetch fetch);
    void unwatch(const QString &key);
    //! A paid action is under way: poll fast to see its effect.
    void setInFlight(bool inFlight);

    //! One round now: the feed, then every watched list. Resolves with the number of changed
    //! items, or the first error (the other fetches still ran).
    QFuture<Result<qsizetype, AppError>> syncNow();
    const PollSchedule &schedule() const { return m_schedule; }
    int nextDelayMs() const { return m_timer.interval(); }

Q_SIGNALS:
    void changed(qint64 accountId, lw::CacheKind kind, const QString &parentId,
                 const lw::ChangeSet &changes);
    void synced(qint64 accountId, qint64 atMs);
    void failed(qint64 accountId, const lw::AppError &error);

private:
    void scheduleNext();
    void updateActive();
    QFuture<Result<qsizetype, AppError>> runFetches(QList<Fetch> fetches, qsizetype changedSoFar,
                                                    std::optional<AppError> firstError);
    Result<qsizetype, AppError> applySnapshot(const CacheSnapshot &snapshot);

    MarketCache *m_cache;
    EventBus *m_events;
    qint64 m_accountId;
    Fetch m_feed;
    QMap<QString, Fetch> m_watched;
    PollSchedule m_schedule;
    QTimer m_timer;
    Clock m_now;
    bool m_running = false;
    bool m_inFlight = false;
    bool m_busy = false;
};

} // namespace lw
