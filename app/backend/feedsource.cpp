// SPDX-License-Identifier: GPL-3.0-or-later
#include "feedsource.h"

#include <QSet>

#include <algorithm>

namespace lw {

FeedSource::FeedSource(const Database &db, QList<FeedAccount> accounts, QObject *parent)
    : QObject(parent)
    , m_cache(db)
    , m_query(db)
    , m_databasePath(db.path())
    , m_accounts(std::move(accounts))
    , m_blocks(new BlockList(db, this))
    , m_searches(new SavedSearchModel(db, this))
{
    for (const FeedAccount &a : std::as_const(m_accounts))
        readLastSynced(a.id);
    connect(m_blocks, &BlockList::blocked, this, &FeedSource::onBlocked);
    connect(m_blocks, &BlockList::unblocked, this, &FeedSource::onUnblocked);
    adoptProfile(db);
}

FeedSource::~FeedSource()
{
    for (QFuture<FeedRead> &read : m_reads)
        read.waitForFinished();
}

void FeedSource::adoptProfile(const Database &db)
{
    // Until told otherwise the lists are those of the accounts' profile.
    if (m_blocks->profileId() != 0 || m_accounts.isEmpty())
        return;
    auto q = db.exec(QStringLiteral("SELECT profile_id FROM market_accounts WHERE id = ?"),
                     {m_accounts.constFirst().id});
    if (q && q->next()) {
        const qint64 id = q->value(0).toLongLong();
        m_blocks->setProfile(id);
        m_searches->setProfile(id);
    }
}

void FeedSource::setProfile(qint64 profileId, bool rereadRows)
{
    if (profileId == m_blocks->profileId())
        return;
    m_blocks->setProfile(profileId);
    m_searches->setProfile(profileId);
    if (!rereadRows || !m_served)
        return;
    // Rows read under the old list: read them again under the new one.
    for (const FeedAccount &a : std::as_const(m_accounts)) {
        Q_EMIT tasksChanged(FeedDelta{a.id, {}, {}, true});
        FeedDelta delta{a.id, load(a.id), {}, false};
        if (!delta.upserted.isEmpty())
            Q_EMIT tasksChanged(delta);
    }
}

void FeedSource::dropBlocked(QList<FeedTaskPtr> &tasks) const
{
    if (m_blocks->count() == 0)
        return;
    tasks.removeIf([this](const FeedTaskPtr &t) { return m_blocks->isBlocked(*t); });
}

FeedTaskPtr FeedSource::readOne(qint64 accountId, const QString &taskId)
{
    if (!find(accountId) || taskId.isEmpty())
        return {};
    auto read = m_query.byIds(accountId, {taskId}, m_reader);
    if (!read) {
        setError(read.error());
        return {};
    }
    return read->isEmpty() ? FeedTaskPtr() : read->constFirst();
}

bool FeedSource::blockBuyer(const QVariant &accountId, const QString &taskId)
{
    const FeedTaskPtr task = readOne(accountId.toLongLong(), taskId);
    if (!task || task->party.isEmpty())
        return false;
    return m_blocks->add(
        FeedBlock{0, FeedBlock::Kind::Party, task->accountId, task->party, task->party, 0});
}

bool FeedSource::hideTask(const QVariant &accountId, const QString &taskId)
{
    const FeedTaskPtr task = readOne(accountId.toLongLong(), taskId);
    if (!task)
        return false;
    return m_blocks->add(
        FeedBlock{0, FeedBlock::Kind::Task, task->accountId, task->remoteId, task->title, 0});
}

void FeedSource::onBlocked(const FeedBlock &block)
{
    if (!find(block.accountId) || !m_served)
        return;
    FeedDelta delta{block.accountId, {}, {}, false};
    if (block.kind == FeedBlock::Kind::Task) {
        delta.removed.append(block.value);
    } else {
        // Once per block: reading the account's rows back is cheaper than keeping an index.
        auto all = m_query.all(block.accountId, m_reader);
        if (!all) {
            setError(all.error());
            return;
        }
        for (const FeedTaskPtr &t : std::as_const(*all)) {
            if (t->party == block.value)
                delta.removed.append(t->remoteId);
        }
    }
    if (!delta.removed.isEmpty())
        Q_EMIT tasksChanged(delta);
}

void FeedSource::onUnblocked(const FeedBlock &block)
{
    if (!find(block.accountId) || !m_served)
        return;
    FeedDelta delta{block.accountId, {}, {}, false};
    if (block.kind == FeedBlock::Kind::Task) {
        if (FeedTaskPtr t = readOne(block.accountId, block.value))
            delta.upserted.append(t);
    } else {
        auto all = m_query.all(block.accountId, m_reader);
        if (!all) {
            setError(all.error());
            return;
        }
        for (const FeedTaskPtr &t : std::as_const(*all)) {
            if (t->party == block.value)
                delta.upserted.append(t);
        }
    }
    dropBlocked(delta.upserted); // still hidden by another entry
    if (!delta.upserted.isEmpty())
        Q_EMIT tasksChanged(delta);
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
        if (!m_served)
            continue;
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
    dropBlocked(*tasks);
    return *tasks;
}

QList<FeedTaskPtr> FeedSource::tasks()
{
    m_served = true;
    clearError();
    QList<qint64> ids;
    for (const FeedAccount &a : std::as_const(m_accounts))
        ids.append(a.id);
    FeedRead read = readFeed(m_query, ids);
    if (!read) {
        setError(read.error());
        return {};
    }
    return withoutBlocked(std::move(*read));
}

FeedSource::FirstTasks FeedSource::firstTasks(int limit)
{
    m_served = true;
    clearError();
    FirstTasks first;
    QList<QList<FeedTaskPtr>> lists;
    for (const FeedAccount &a : std::as_const(m_accounts)) {
        // One more than asked: whether more are there.
        auto tasks = m_query.first(a.id, limit + 1, m_reader);
        if (!tasks) {
            setError(tasks.error());
            return {};
        }
        if (tasks->size() > limit) {
            first.complete = false;
            tasks->removeLast();
        }
        lists.append(std::move(*tasks));
    }
    first.tasks = mergeInFeedOrder(lists);
    if (first.tasks.size() > limit) {
        first.complete = false;
        first.tasks.resize(limit);
    }
    first.tasks = withoutBlocked(std::move(first.tasks));
    return first;
}

QFuture<FeedRead> FeedSource::tasksInBackground()
{
    QList<qint64> ids;
    for (const FeedAccount &a : std::as_const(m_accounts))
        ids.append(a.id);
    if (m_databasePath.isEmpty() || m_databasePath == u":memory:")
        return QtFuture::makeReadyFuture(readFeed(m_query, ids));
    m_reads.removeIf([](const QFuture<FeedRead> &f) { return f.isFinished(); });
    m_reads.append(readFeedInBackground(m_databasePath, ids));
    return m_reads.constLast();
}

QList<FeedTaskPtr> FeedSource::withoutBlocked(QList<FeedTaskPtr> tasks) const
{
    dropBlocked(tasks);
    return tasks;
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
    dropBlocked(delta.upserted);
    // Before this change set the account had never synced: every task is new, none is news.
    const bool firstFill = m_lastSynced.value(accountId, 0) == 0;
    clearError();
    readLastSynced(accountId);
    Q_EMIT tasksChanged(delta);
    Q_EMIT lastSyncedChanged();
    if (!changes.inserted.isEmpty()) {
        const QSet<QString> inserted(changes.inserted.cbegin(), changes.inserted.cend());
        QList<FeedTaskPtr> arrived;
        for (const FeedTaskPtr &t : std::as_const(delta.upserted)) {
            if (inserted.contains(t->remoteId))
                arrived.append(t);
        }
        if (!arrived.isEmpty())
            Q_EMIT tasksArrived(accountId, arrived, firstFill);
    }
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
