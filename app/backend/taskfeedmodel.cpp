// SPDX-License-Identifier: GPL-3.0-or-later
#include "taskfeedmodel.h"

#include <QSet>

#include <algorithm>

#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace lw {

namespace {

// More separate ranges than this in one update, and one covering range is cheaper for every
// view and proxy than hundreds of signals.
constexpr qsizetype maxUpdateRanges = 32;

quint32 bit(int role)
{
    return 1u << (role - TaskFeedModel::TaskIdRole);
}

quint32 changedRoles(const FeedTask &a, const FeedTask &b)
{
    using M = TaskFeedModel;
    quint32 m = 0;
    if (a.title != b.title)
        m |= bit(M::TitleRole);
    if (a.description != b.description)
        m |= bit(M::DescriptionRole);
    if (a.status != b.status)
        m |= bit(M::StatusRole);
    if (a.taskType != b.taskType)
        m |= bit(M::TaskTypeRole);
    if (a.budgetMsat != b.budgetMsat)
        m |= bit(M::BudgetSatsRole) | bit(M::BudgetTextRole);
    if (a.quoteCount != b.quoteCount)
        m |= bit(M::QuoteCountRole);
    if (a.createdAtMs != b.createdAtMs)
        m |= bit(M::CreatedAtRole);
    if (a.party != b.party)
        m |= bit(M::PartyRole);
    return m;
}

QList<int> rolesOf(quint32 mask)
{
    QList<int> roles;
    for (int role = TaskFeedModel::TaskIdRole; role <= TaskFeedModel::PartyRole; ++role) {
        if (mask & bit(role))
            roles.append(role);
    }
    if (mask & bit(TaskFeedModel::TitleRole))
        roles.append(Qt::DisplayRole);
    return roles;
}

bool rowLess(const FeedTaskPtr &a, const FeedTaskPtr &b)
{
    return feedOrderLess(*a, *b);
}

} // namespace

TaskFeedModel::TaskFeedModel(QObject *parent)
    : QAbstractListModel(parent)
{}

void TaskFeedModel::setSource(FeedSource *source)
{
    if (m_source == source)
        return;
    if (m_source)
        disconnect(m_source, nullptr, this, nullptr);
    m_source = source;
    if (source) {
        connect(source, &FeedSource::tasksChanged, this, &TaskFeedModel::applyDelta);
        connect(source, &FeedSource::lastSyncedChanged, this, &TaskFeedModel::lastSyncedChanged);
        connect(source, &FeedSource::marketsChanged, this, [this] {
            if (!m_rows.empty())
                Q_EMIT dataChanged(index(0), index(count() - 1), {MarketRole});
        });
        connect(source, &QObject::destroyed, this, [this] {
            m_source = nullptr; // already gone: nothing to disconnect
            reload();
            Q_EMIT sourceChanged();
            Q_EMIT lastSyncedChanged();
        });
    }
    reload();
    Q_EMIT sourceChanged();
    Q_EMIT lastSyncedChanged();
}

void TaskFeedModel::reload()
{
    const int before = count();
    const bool wasLoading = loading();
    dropRest(); // a read for the previous source
    beginResetModel();
    m_rows.clear();
    bool complete = true;
    if (m_source) {
        FeedSource::FirstTasks first = m_source->firstTasks(firstScreenRows);
        m_rows.assign(first.tasks.cbegin(), first.tasks.cend());
        complete = first.complete;
    }
    m_seenMarkMs = m_rows.empty() ? 0 : m_rows.front()->firstSeenMs;
    m_newCount = 0;
    endResetModel();
    if (!complete)
        readRest();
    if (count() != before)
        Q_EMIT countChanged();
    Q_EMIT seenMarkChanged();
    Q_EMIT newCountChanged();
    if (loading() != wasLoading)
        Q_EMIT loadingChanged();
}

void TaskFeedModel::readRest()
{
    m_rest = new QFutureWatcher<FeedRead>(this);
    connect(m_rest, &QFutureWatcherBase::finished, this, &TaskFeedModel::takeRest);
    m_rest->setFuture(m_source->tasksInBackground());
}

void TaskFeedModel::dropRest()
{
    if (!m_rest)
        return;
    // The reader thread finishes on its own; nobody takes its rows.
    m_rest->disconnect(this);
    m_rest->deleteLater();
    m_rest = nullptr;
}

void TaskFeedModel::takeRest()
{
    if (!m_rest)
        return;
    const QFuture<FeedRead> future = m_rest->future();
    dropRest();
    FeedRead read = future.result(); // waits when a change set comes first
    if (m_source && !read) {
        m_source->noteError(read.error());
    } else if (m_source) {
        // The first screenful is in already, maybe changed since; the rest goes below it.
        QSet<std::pair<qint64, QString>> shown;
        shown.reserve(qsizetype(m_rows.size()));
        for (const FeedTaskPtr &t : m_rows)
            shown.insert({t->accountId, t->remoteId});
        QList<FeedTaskPtr> rest;
        for (const FeedTaskPtr &t : m_source->withoutBlocked(std::move(*read))) {
            if (!shown.contains({t->accountId, t->remoteId}))
                rest.append(t);
        }
        const int before = count();
        insertTasks(std::move(rest));
        if (count() != before)
            Q_EMIT countChanged();
        recountNew();
#ifdef __GLIBC__
        // The reader thread's buffers were freed in its own malloc arena, which keeps them;
        // with 100,000 rows that is megabytes of memory nobody uses again.
        malloc_trim(0);
#endif
    }
    Q_EMIT loadingChanged();
}

void TaskFeedModel::applyDelta(const FeedDelta &delta)
{
    takeRest(); // the change set follows the whole list
    const int before = count();
    QList<int> removals;
    QList<QPair<int, FeedTaskPtr>> updates;
    QList<FeedTaskPtr> inserts;
    if (delta.removeAll) {
        for (int row = 0; row < count(); ++row) {
            if (m_rows[size_t(row)]->accountId == delta.accountId)
                removals.append(row);
        }
    } else {
        // One pass over the rows finds every changed or removed id of the account.
        QHash<QString, qsizetype> upserted;
        upserted.reserve(delta.upserted.size());
        QList<bool> matched(delta.upserted.size(), false);
        for (qsizetype i = 0; i < delta.upserted.size(); ++i) {
            if (upserted.contains(delta.upserted[i]->remoteId))
                matched[i] = true; // a repeated id: the first copy stands
            else
                upserted.insert(delta.upserted[i]->remoteId, i);
        }
        const QSet<QString> removed(delta.removed.cbegin(), delta.removed.cend());
        for (int row = 0; row < count(); ++row) {
            const FeedTask &t = *m_rows[size_t(row)];
            if (t.accountId != delta.accountId)
                continue;
            if (!removed.isEmpty() && removed.contains(t.remoteId)) {
                removals.append(row);
                continue;
            }
            const auto found = upserted.constFind(t.remoteId);
            if (found == upserted.constEnd())
                continue;
            matched[*found] = true;
            const FeedTaskPtr &next = delta.upserted[*found];
            if (next->firstSeenMs == t.firstSeenMs) {
                updates.append({row, next});
            } else { // its place in the order changed: move it the way views understand
                removals.append(row);
                inserts.append(next);
            }
        }
        for (qsizetype i = 0; i < delta.upserted.size(); ++i) {
            if (!matched[i] && !removed.contains(delta.upserted[i]->remoteId))
                inserts.append(delta.upserted[i]);
        }
    }
    updateRows(std::move(updates)); // row numbers are still the ones found above
    removeRows(removals);
    insertTasks(std::move(inserts));
    if (count() != before)
        Q_EMIT countChanged();
    recountNew();
}

void TaskFeedModel::updateRows(QList<QPair<int, FeedTaskPtr>> updates)
{
    struct Range {
        int first;
        int last;
        quint32 roles;
    };
    QList<Range> ranges;
    for (const auto &[row, task] : std::as_const(updates)) {
        FeedTaskPtr &slot = m_rows[size_t(row)];
        const quint32 roles = changedRoles(*slot, *task);
        slot = task;
        if (roles == 0)
            continue; // only fields the feed does not show changed
        if (!ranges.isEmpty() && ranges.last().last == row - 1) {
            ranges.last().last = row;
            ranges.last().roles |= roles;
        } else {
            ranges.append({row, row, roles});
        }
    }
    if (ranges.size() > maxUpdateRanges) {
        quint32 all = 0;
        for (const Range &r : std::as_const(ranges))
            all |= r.roles;
        ranges = {{ranges.first().first, ranges.last().last, all}};
    }
    for (const Range &r : std::as_const(ranges))
        Q_EMIT dataChanged(index(r.first), index(r.last), rolesOf(r.roles));
}

void TaskFeedModel::removeRows(const QList<int> &sortedRows)
{
    // Top down, with a gap in m_rows where the removed rows collect: each row below a removed
    // run moves once in all, not once per run (a thousand scattered removals stay linear).
    int removed = 0;
    qsizetype start = 0;
    while (start < sortedRows.size()) {
        qsizetype end = start + 1;
        while (end < sortedRows.size() && sortedRows[end] == sortedRows[end - 1] + 1)
            ++end;
        const int first = sortedRows[start] - removed; // the rows above are gone already
        const int n = int(end - start);
        beginRemoveRows(QModelIndex(), first, first + n - 1);
        // Rows between the gap and this run close up over the gap; the run joins the gap.
        if (m_gapSize > 0) {
            const auto from = m_rows.begin() + m_gapAt + m_gapSize;
            std::move(from, m_rows.begin() + first + m_gapSize, m_rows.begin() + m_gapAt);
        }
        m_gapAt = first;
        m_gapSize += n;
        endRemoveRows();
        removed += n;
        start = end;
    }
    if (m_gapSize > 0) {
        m_rows.erase(m_rows.begin() + m_gapAt, m_rows.begin() + m_gapAt + m_gapSize);
        m_gapAt = 0;
        m_gapSize = 0;
    }
}

void TaskFeedModel::insertTasks(QList<FeedTaskPtr> tasks)
{
    if (!std::is_sorted(tasks.cbegin(), tasks.cend(), rowLess)) // usually in feed order already
        std::sort(tasks.begin(), tasks.end(), rowLess);
    qsizetype i = 0;
    while (i < tasks.size()) {
        const auto at = std::lower_bound(m_rows.begin(), m_rows.end(), tasks[i], rowLess);
        const int pos = int(at - m_rows.begin());
        // Every following task that also sorts before the row at `pos` joins this block.
        qsizetype j = i + 1;
        while (j < tasks.size() && (at == m_rows.end() || rowLess(tasks[j], *at)))
            ++j;
        beginInsertRows(QModelIndex(), pos, pos + int(j - i) - 1);
        m_rows.insert(m_rows.begin() + pos, tasks.cbegin() + i, tasks.cbegin() + j);
        endInsertRows();
        i = j;
    }
}

int TaskFeedModel::newRowsFor(qint64 markMs) const
{
    // Rows are newest first by first sight: the new ones are a prefix.
    const auto end =
        std::partition_point(m_rows.cbegin(), m_rows.cend(),
                             [markMs](const FeedTaskPtr &t) { return t->firstSeenMs > markMs; });
    return int(end - m_rows.cbegin());
}

void TaskFeedModel::recountNew()
{
    const int n = newRowsFor(m_seenMarkMs);
    if (n == m_newCount)
        return;
    m_newCount = n;
    Q_EMIT newCountChanged();
}

QDateTime TaskFeedModel::lastSynced() const
{
    return m_source ? m_source->lastSynced() : QDateTime();
}

QDateTime TaskFeedModel::seenMark() const
{
    return m_seenMarkMs > 0 ? QDateTime::fromMSecsSinceEpoch(m_seenMarkMs, Qt::UTC) : QDateTime();
}

void TaskFeedModel::setSeenMark(const QDateTime &mark)
{
    const qint64 ms = mark.isValid() ? mark.toMSecsSinceEpoch() : 0;
    if (ms == m_seenMarkMs)
        return;
    const int before = m_newCount;
    m_seenMarkMs = ms;
    const int after = newRowsFor(ms);
    m_newCount = after;
    if (before != after)
        Q_EMIT dataChanged(index(qMin(before, after)), index(qMax(before, after) - 1), {IsNewRole});
    Q_EMIT seenMarkChanged();
    if (before != after)
        Q_EMIT newCountChanged();
}

void TaskFeedModel::markAllSeen()
{
    if (!m_rows.empty() && m_rows.front()->firstSeenMs > m_seenMarkMs)
        setSeenMark(QDateTime::fromMSecsSinceEpoch(m_rows.front()->firstSeenMs, Qt::UTC));
}

const FeedTask *TaskFeedModel::taskAt(int row) const
{
    return row >= 0 && row < count() ? rowAt(row).get() : nullptr;
}

QString TaskFeedModel::marketName(qint64 accountId) const
{
    return m_source ? m_source->marketName(accountId) : QString();
}

int TaskFeedModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : count();
}

QVariant TaskFeedModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const FeedTask &t = *rowAt(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        //: Shown in the feed for a task whose market sent no title.
        return t.title.isEmpty() ? tr("Untitled task") : t.title;
    case TaskIdRole:
        return t.remoteId;
    case AccountIdRole:
        return t.accountId;
    case MarketRole:
        return marketName(t.accountId);
    case DescriptionRole:
        return QString::fromUtf8(t.description);
    case StatusRole:
        return t.status;
    case TaskTypeRole:
        return t.taskType;
    case BudgetSatsRole:
        return t.hasBudget() ? MilliSats(t.budgetMsat).floorSats() : qint64(0);
    case BudgetTextRole:
        if (!t.hasBudget())
            //: A task's budget in the feed when the market sent none that makes sense.
            return tr("Budget unknown");
        //: A task's budget in the feed; %1 is an amount of satoshis such as 1500 or 0.5.
        return tr("%1 sat").arg(MilliSats(t.budgetMsat).toSatsDecimal());
    case QuoteCountRole:
        return t.quoteCount;
    case CreatedAtRole:
        return t.createdAtMs == FeedTask::noTime
                   ? QDateTime()
                   : QDateTime::fromMSecsSinceEpoch(t.createdAtMs, Qt::UTC);
    case FirstSeenRole:
        return QDateTime::fromMSecsSinceEpoch(t.firstSeenMs, Qt::UTC);
    case IsNewRole:
        return t.firstSeenMs > m_seenMarkMs;
    case PartyRole:
        return t.party;
    default:
        return {};
    }
}

QHash<int, QByteArray> TaskFeedModel::roleNames() const
{
    return {{TaskIdRole, "taskId"},
            {AccountIdRole, "accountId"},
            {MarketRole, "market"},
            {TitleRole, "title"},
            {DescriptionRole, "description"},
            {StatusRole, "status"},
            {TaskTypeRole, "taskType"},
            {BudgetSatsRole, "budgetSats"},
            {BudgetTextRole, "budgetText"},
            {QuoteCountRole, "quoteCount"},
            {CreatedAtRole, "createdAt"},
            {FirstSeenRole, "firstSeen"},
            {IsNewRole, "isNew"},
            {PartyRole, "party"}};
}

} // namespace lw
