// SPDX-License-Identifier: GPL-3.0-or-later
#include "feedsource.h"

#include <QSet>

#include <algorithm>

namespace lw {

namespace {} // namespace

FeedSource::FeedSource(const Database &db, QList<FeedAccount> accounts, QObject *parent)
    : QObject(parent)
    , m_cache(db)
    , m_query(db)
    , m_accounts(std::move(accounts))
{
    for (const FeedAccount &a : std::as_const(m_accounts))
        readLastSynced(a.id);
}

const FeedAccount *FeedSource::find(qint64 accountId) const
{
    for (const FeedAccount &a : m_accounts) {
        if (a.id == accountId)
            return &a;
    }
    return nullptr;
}

QString FeedSource::marketName(qint64 accountId) const
{
    const FeedAccount *a = find(accountId);
    return a ? a->market : QString();
}

void FeedSource::setAccounts(QList<FeedAccount> accounts)
{
    const QList<FeedAccount> before = std::exchange(m_accounts, std::move(accounts));
    bool renamed = false;
    for (const FeedAccount &old : before) {
        const FeedAccount *now = find(old.id);
        if (!now) {
            m_lastSynced.remove(old.id);
            Q_EMIT tasksChanged(FeedDelta{old.id, {}, {}, true});
        } else if (now->market != old.market) {
            renamed = true;
        }
    }
    if (renamed)
        Q_EMIT marketsChanged();
    for (const FeedAccount &a : std::as_const(m_accounts)) {
        const bool known = std::any_of(before.cbegin(), before.cend(),
                                       [&a](const FeedAccount &b) { return b.id == a.id; });
        if (known)
            continue;
        readLastSynced(a.id);
        FeedDelta delta{a.id, load(a.id), {}, false};
        if (!delta.upserted.isEmpty())
            Q_EMIT tasksChanged(delta);
    }
    Q_EMIT lastSyncedChanged();
}

QList<FeedTaskPtr> FeedSource::load(qint64 accountId)
{
    auto tasks = m_query.all(accountId, m_reader);
    if (!tasks) {
        setError(tasks.error());
        return {};
    }
    return *tasks;
}

QList<FeedTaskPtr> FeedSource::tasks()
{
    clearError();
    QList<FeedTaskPtr> all;
    const auto less = [](const FeedTaskPtr &a, const FeedTaskPtr &b) {
        return feedOrderLess(*a, *b);
    };
    for (const FeedAccount &a : std::as_const(m_accounts)) {
        const qsizetype middle = all.size();
        all.append(load(a.id));
        // Each account's list comes sorted from the cache: merging keeps the load linear.
        std::inplace_merge(all.begin(), all.begin() + middle, all.end(), less);
    }
    // SQLite orders ids by UTF-8 bytes, QString by UTF-16 units: they differ past U+FFFF.
    if (!std::is_sorted(all.cbegin(), all.cend(), less))
        std::stable_sort(all.begin(), all.end(), less);
    return all;
}

qint64 FeedSource::lastSyncedMs(qint64 accountId) const
{
    return m_lastSynced.value(accountId, 0);
}

qint64 FeedSource::lastSyncedMs() const
{
    qint64 latest = 0;
    for (const qint64 ms : m_lastSynced)
        latest = qMax(latest, ms);
    return latest;
}

QDateTime FeedSource::lastSynced() const
{
    const qint64 ms = lastSyncedMs();
    return ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC) : QDateTime();
}

void FeedSource::apply(qint64 accountId, CacheKind kind, const QString &parentId,
                       const ChangeSet &changes)
{
    if (kind != CacheKind::Task || !parentId.isEmpty() || !find(accountId))
        return;
    FeedDelta delta{accountId, {}, changes.removed, false};
    if (changes.stored.size() == changes.inserted.size() + changes.updated.size()) {
        // The cache handed over what it wrote: no need to read 10,000 rows back.
        delta.upserted.reserve(changes.stored.size());
        for (const CacheItem &item : changes.stored)
            delta.upserted.append(m_reader.read(accountId, item));
    } else {
        auto read = m_query.byIds(accountId, changes.inserted + changes.updated, m_reader);
        if (!read) {
            setError(read.error());
            return;
        }
        delta.upserted = std::move(*read);
    }
    // Changed and gone again since: the cache is the truth.
    QSet<QString> found;
    found.reserve(delta.upserted.size());
    for (const FeedTaskPtr &t : std::as_const(delta.upserted))
        found.insert(t->remoteId);
    for (const QStringList *ids : {&changes.inserted, &changes.updated}) {
        for (const QString &id : *ids) {
            if (!found.contains(id))
                delta.removed.append(id);
        }
    }
    clearError();
    readLastSynced(accountId);
    Q_EMIT tasksChanged(delta);
    Q_EMIT lastSyncedChanged();
}

void FeedSource::noteSynced(qint64 accountId, qint64 atMs)
{
    if (!find(accountId) || atMs <= m_lastSynced.value(accountId, 0))
        return;
    m_lastSynced.insert(accountId, atMs);
    Q_EMIT lastSyncedChanged();
}

void FeedSource::readLastSynced(qint64 accountId)
{
    auto synced = m_cache.lastSynced(accountId, CacheKind::Task);
    if (synced)
        m_lastSynced.insert(accountId, qMax(*synced, m_lastSynced.value(accountId, 0)));
}

void FeedSource::setError(const AppError &error)
{
    if (m_errorText == error.message)
        return;
    m_errorText = error.message;
    Q_EMIT errorTextChanged();
}

void FeedSource::clearError()
{
    if (m_errorText.isEmpty())
        return;
    m_errorText.clear();
    Q_EMIT errorTextChanged();
}

} // namespace lw
