// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/syncengine.h"

#include <QDateTime>
#include <QSet>

namespace lw {

using Round = Result<qsizetype, AppError>;

namespace {

bool announcesState(CacheKind kind)
{
    return kind == CacheKind::Task || kind == CacheKind::Quote || kind == CacheKind::Payout;
}

} // namespace

SyncEngine::SyncEngine(MarketCache *cache, EventBus *events, qint64 accountId, Fetch feed,
                       PollSchedule schedule, QObject *parent)
    : QObject(parent)
    , m_cache(cache)
    , m_events(events)
    , m_accountId(accountId)
    , m_feed(std::move(feed))
    , m_schedule(std::move(schedule))
    , m_now([] { return QDateTime::currentMSecsSinceEpoch(); })
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] { syncNow(); });
}

void SyncEngine::start()
{
    m_running = true;
    syncNow();
}

void SyncEngine::stop()
{
    m_running = false;
    m_timer.stop();
}

void SyncEngine::watch(const QString &key, Fetch fetch)
{
    m_watched.insert(key, std::move(fetch));
    updateActive();
}

void SyncEngine::unwatch(const QString &key)
{
    m_watched.remove(key);
    updateActive();
}

void SyncEngine::setInFlight(bool inFlight)
{
    m_inFlight = inFlight;
    updateActive();
}

void SyncEngine::updateActive()
{
    const bool wasActive = m_schedule.isActive();
    m_schedule.setActive(m_inFlight || !m_watched.isEmpty());
    // Becoming active should not wait out a long idle delay.
    if (m_running && !wasActive && m_schedule.isActive() && !m_busy)
        scheduleNext();
}

void SyncEngine::scheduleNext()
{
    if (!m_running)
        return;
    m_timer.start(m_schedule.nextDelayMs());
}

QFuture<Result<qsizetype, AppError>> SyncEngine::syncNow()
{
    if (m_busy) // one round at a time; the running one will schedule the next
        return QtFuture::makeReadyFuture<Round>(qsizetype(0));
    m_busy = true;
    m_timer.stop();
    QList<Fetch> fetches{m_feed};
    for (const Fetch &f : std::as_const(m_watched))
        fetches.append(f);
    return runFetches(fetches, 0, std::nullopt)
        .then(this, [this](Result<qsizetype, AppError> result) {
            m_busy = false;
            if (result) {
                m_schedule.recordSuccess(*result > 0);
                Q_EMIT synced(m_accountId, m_now());
            } else {
                m_schedule.recordFailure();
                Q_EMIT failed(m_accountId, result.error());
            }
            scheduleNext();
            return result;
        });
}

QFuture<Result<qsizetype, AppError>> SyncEngine::runFetches(QList<Fetch> fetches,
                                                            qsizetype changedSoFar,
                                                            std::optional<AppError> firstError)
{
    if (fetches.isEmpty()) {
        if (firstError)
            return QtFuture::makeReadyFuture<Round>(fail(*firstError));
        return QtFuture::makeReadyFuture<Round>(changedSoFar);
    }
    const Fetch next = fetches.takeFirst();
    return next()
        .then(this,
              [this, fetches, changedSoFar,
               firstError](Result<CacheSnapshot, AppError> snapshot) mutable {
                  if (snapshot) {
                      auto applied = applySnapshot(*snapshot);
                      if (applied)
                          changedSoFar += *applied;
                      else if (!firstError)
                          firstError = applied.error();
                  } else if (!firstError) {
                      firstError = snapshot.error();
                  }
                  return runFetches(fetches, changedSoFar, firstError);
              })
        .unwrap();
}

Result<qsizetype, AppError> SyncEngine::applySnapshot(const CacheSnapshot &snapshot)
{
    auto before = m_cache->lastSynced(snapshot.accountId, snapshot.kind, snapshot.parentId);
    if (!before)
        return fail(before.error());
    const qint64 now = m_now();
    auto changes = m_cache->apply(snapshot, now);
    if (!changes)
        return fail(changes.error());
    if (changes->isEmpty())
        return qsizetype(0);
    Q_EMIT changed(snapshot.accountId, snapshot.kind, snapshot.parentId, *changes);

    // The first fill of a list is history, not news.
    if (m_events && announcesState(snapshot.kind) && *before != 0) {
        QSet<QString> touched(changes->inserted.cbegin(), changes->inserted.cend());
        touched.unite(QSet<QString>(changes->updated.cbegin(), changes->updated.cend()));
        for (const CacheItem &item : snapshot.items) {
            if (!touched.contains(item.remoteId) || item.status.isEmpty())
                continue;
            const QString entity = QStringLiteral("%1:%2:%3")
                                       .arg(snapshot.accountId)
                                       .arg(cacheKindName(snapshot.kind), item.remoteId);
            auto published = m_events->publish(entity, item.status, item.title, now);
            if (!published)
                return fail(published.error());
        }
    }
    return changes->size();
}

} // namespace lw
