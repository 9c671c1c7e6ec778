// SPDX-License-Identifier: GPL-3.0-or-later
#include "feedproxy.h"

#include <algorithm>

namespace lw {

namespace {

// More separate ranges than this in one update, and one covering range is cheaper for every
// view than hundreds of signals (TaskFeedModel does the same).
constexpr size_t maxUpdateRanges = 32;

// A row counted before the removals `gone` (sorted), as counted now.
int nowOf(int before, const std::vector<int> &gone)
{
    return before - int(std::lower_bound(gone.cbegin(), gone.cend(), before) - gone.cbegin());
}

// The inverse, for a row that is still there. gone[j] - j rows that stayed lie below gone[j],
// which never decreases with j: a binary search counts the removals below the row.
int beforeOf(int now, const std::vector<int> &gone)
{
    size_t lo = 0;
    size_t hi = gone.size();
    while (lo < hi) {
        const size_t mid = (lo + hi) / 2;
        if (gone[mid] - int(mid) <= now)
            lo = mid + 1;
        else
            hi = mid;
    }
    return now + int(lo);
}

// The rows counted before the removals `gone` of the rows first..last of now.
std::vector<int> beforeRows(int first, int last, const std::vector<int> &gone)
{
    std::vector<int> rows;
    if (last < first)
        return rows;
    rows.reserve(size_t(last - first + 1));
    int b = beforeOf(first, gone);
    auto g = std::upper_bound(gone.cbegin(), gone.cend(), b);
    rows.push_back(b);
    for (int n = first + 1; n <= last; ++n) {
        ++b;
        while (g != gone.cend() && *g == b) {
            ++b;
            ++g;
        }
        rows.push_back(b);
    }
    return rows;
}

void mergeInto(std::vector<int> &sorted, const std::vector<int> &more)
{
    const auto middle = sorted.insert(sorted.end(), more.cbegin(), more.cend());
    std::inplace_merge(sorted.begin(), middle, sorted.end());
}

} // namespace

FeedProxy::FeedProxy(QObject *parent)
    : QAbstractProxyModel(parent)
{}

void FeedProxy::setSourceModel(QAbstractItemModel *source)
{
    if (source == sourceModel())
        return;
    beginResetModel();
    for (const QMetaObject::Connection &c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    QAbstractProxyModel::setSourceModel(source);
    if (source)
        connectSource(source);
    rebuild();
    endResetModel();
}

void FeedProxy::connectSource(QAbstractItemModel *source)
{
    using M = QAbstractItemModel;
    const auto reset = [this] { beginResetModel(); };
    const auto rebuilt = [this] {
        rebuild();
        endResetModel();
    };
    m_connections = {
        connect(source, &M::modelAboutToBeReset, this, reset),
        connect(source, &M::modelReset, this, rebuilt),
        // The feed never emits these; follow them the simple way.
        connect(source, &M::layoutAboutToBeChanged, this, reset),
        connect(source, &M::layoutChanged, this, rebuilt),
        connect(source, &M::rowsAboutToBeMoved, this, reset),
        connect(source, &M::rowsMoved, this, rebuilt),
        connect(source, &M::rowsInserted, this, &FeedProxy::sourceRowsInserted),
        connect(source, &M::rowsAboutToBeRemoved, this, &FeedProxy::sourceRowsAboutToBeRemoved),
        connect(source, &M::rowsRemoved, this, &FeedProxy::sourceRowsRemoved),
        connect(source, &M::dataChanged, this, &FeedProxy::sourceDataChanged),
        connect(source, &QObject::destroyed, this,
                [this] {
                    beginResetModel();
                    m_rows.clear();
                    m_goneSource.clear();
                    m_goneProxy.clear();
                    m_proxyOfStale = true;
                    endResetModel();
                }),
    };
}

bool FeedProxy::rolesAffectOrder(const QList<int> &roles) const
{
    Q_UNUSED(roles)
    return true;
}

void FeedProxy::rebuild()
{
    m_rows.clear();
    m_goneSource.clear();
    m_goneProxy.clear();
    m_proxyOfStale = true;
    const int n = sourceModel() ? sourceModel()->rowCount() : 0;
    m_rows.reserve(size_t(n));
    for (int s = 0; s < n; ++s) {
        if (acceptsRow(s))
            m_rows.push_back(s);
    }
    const auto less = [this](int a, int b) { return rowLess(a, b); };
    if (!std::is_sorted(m_rows.cbegin(), m_rows.cend(), less)) // often the source's order
        std::sort(m_rows.begin(), m_rows.end(), less);
}

void FeedProxy::ensureProxyOf() const
{
    if (!m_proxyOfStale)
        return;
    const int n = sourceModel() ? sourceModel()->rowCount() : 0;
    m_proxyOf.assign(size_t(n), -1);
    for (size_t p = 0; p < m_rows.size(); ++p) {
        if (m_rows[p] < n)
            m_proxyOf[size_t(m_rows[p])] = int(p);
    }
    m_proxyOfStale = false;
}

void FeedProxy::settleRemovals()
{
    if (m_goneSource.empty() && m_goneProxy.empty())
        return;
    if (!m_goneSource.empty()) {
        std::vector<int> now(m_proxyOf.size());
        size_t g = 0;
        for (int b = 0; b < int(now.size()); ++b) {
            while (g < m_goneSource.size() && m_goneSource[g] < b)
                ++g;
            now[size_t(b)] = b - int(g);
        }
        for (int &s : m_rows)
            s = s < int(now.size()) ? now[size_t(s)] : s - int(m_goneSource.size());
    }
    m_goneSource.clear();
    m_goneProxy.clear();
    m_proxyOfStale = true;
}

std::vector<int> FeedProxy::sourceRowsBefore(int first, int last) const
{
    const int now = int(m_proxyOf.size() - m_goneSource.size());
    return beforeRows(first, qMin(last, now - 1), m_goneSource);
}

void FeedProxy::insertSourceRows(std::vector<int> rows)
{
    settleRemovals();
    if (rows.empty())
        return;
    const auto less = [this](int a, int b) { return rowLess(a, b); };
    if (!std::is_sorted(rows.cbegin(), rows.cend(), less)) // in source order, often the same
        std::sort(rows.begin(), rows.end(), less);
    m_proxyOfStale = true;
    size_t i = 0;
    while (i < rows.size()) {
        const auto at = std::lower_bound(m_rows.begin(), m_rows.end(), rows[i], less);
        const int pos = int(at - m_rows.begin());
        // Every following row that also sorts before the row at `pos` joins this block.
        size_t j = i + 1;
        while (j < rows.size() && (at == m_rows.end() || less(rows[j], *at)))
            ++j;
        beginInsertRows(QModelIndex(), pos, pos + int(j - i) - 1);
        m_rows.insert(m_rows.begin() + pos, rows.cbegin() + qsizetype(i),
                      rows.cbegin() + qsizetype(j));
        endInsertRows();
        i = j;
    }
}

void FeedProxy::removeProxyRows(std::vector<int> rows)
{
    if (rows.empty())
        return;
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    // From the bottom up, so the rows above keep their numbers.
    size_t end = rows.size();
    while (end > 0) {
        size_t start = end - 1;
        while (start > 0 && rows[start - 1] == rows[start] - 1)
            --start;
        const int first = rows[start];
        const int last = rows[end - 1];
        const int n = last - first + 1;
        beginRemoveRows(QModelIndex(), first, last);
        if (!m_proxyOfStale) {
            // Recorded, not applied: the next source removal still finds its rows at once.
            for (int p = first; p <= last; ++p) {
                if (const int s = m_rows[size_t(p)]; s < int(m_proxyOf.size()))
                    m_proxyOf[size_t(s)] = -1;
            }
            mergeInto(m_goneProxy, beforeRows(first, last, m_goneProxy));
        }
        m_rows.erase(m_rows.begin() + first, m_rows.begin() + first + n);
        endRemoveRows();
        end = start;
    }
}

void FeedProxy::sourceRowsInserted(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid())
        return;
    settleRemovals();
    const int n = last - first + 1;
    for (int &s : m_rows)
        s += s >= first ? n : 0;
    m_proxyOfStale = true;
    std::vector<int> shown;
    for (int s = first; s <= last; ++s) {
        if (acceptsRow(s))
            shown.push_back(s);
    }
    insertSourceRows(std::move(shown));
}

void FeedProxy::sourceRowsAboutToBeRemoved(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid())
        return;
    ensureProxyOf();
    std::vector<int> gone;
    for (const int s : sourceRowsBefore(first, last)) {
        if (const int p = m_proxyOf[size_t(s)]; p >= 0)
            gone.push_back(nowOf(p, m_goneProxy));
    }
    removeProxyRows(std::move(gone));
}

void FeedProxy::sourceRowsRemoved(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid())
        return;
    if (!m_proxyOfStale && last < int(m_proxyOf.size() - m_goneSource.size())) {
        // Wait for the next other change to renumber: removals usually come in hundreds.
        mergeInto(m_goneSource, sourceRowsBefore(first, last));
        return;
    }
    settleRemovals();
    const int n = last - first + 1;
    for (int &s : m_rows)
        s -= s > last ? n : 0;
    m_proxyOfStale = true;
}

void FeedProxy::sourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                                  const QList<int> &roles)
{
    if (!topLeft.isValid() || !bottomRight.isValid() || topLeft.parent().isValid())
        return;
    const int first = topLeft.row();
    const int last = bottomRight.row();
    settleRemovals();
    ensureProxyOf();
    std::vector<int> hide;                                  // proxy rows
    std::vector<int> show;                                  // source rows
    std::vector<char> handled(size_t(last - first + 1), 0); // by source row: hidden or shown
    for (int s = first; s <= last && s < int(m_proxyOf.size()); ++s) {
        const int p = m_proxyOf[size_t(s)];
        const bool accepted = acceptsRow(s);
        if (p < 0 && accepted)
            show.push_back(s);
        else if (p >= 0 && !accepted)
            hide.push_back(p);
        else
            continue;
        handled[size_t(s - first)] = 1;
    }
    if (rolesAffectOrder(roles)) {
        std::vector<char> hidden(m_rows.size(), 0);
        for (const int p : hide)
            hidden[size_t(p)] = 1;
        for (const int p : misplacedRows()) {
            if (hidden[size_t(p)])
                continue; // leaves anyway
            const int s = m_rows[size_t(p)];
            hide.push_back(p);
            show.push_back(s);
            if (s >= first && s <= last)
                handled[size_t(s - first)] = 1;
        }
    }
    removeProxyRows(std::move(hide));
    insertSourceRows(std::move(show));
    forwardDataChanged(first, last, handled, roles);
}

// The rows to move so that the order holds again: all but a longest sequence of rows already
// in order (patience sorting). The source may change many rows before it announces the first
// range, so rows outside the announced range can be out of place too.
std::vector<int> FeedProxy::misplacedRows() const
{
    const int size = int(m_rows.size());
    int i = 1;
    while (i < size && rowLess(m_rows[size_t(i - 1)], m_rows[size_t(i)]))
        ++i;
    if (i >= size)
        return {}; // still in order: the common case
    const auto less = [this](int a, int b) {
        return rowLess(m_rows[size_t(a)], m_rows[size_t(b)]);
    };
    std::vector<int> tails; // tails[k]: the smallest last row of an ordered run of length k + 1
    std::vector<int> previous(size_t(size), -1);
    for (int p = 0; p < size; ++p) {
        const auto at = std::lower_bound(tails.begin(), tails.end(), p, less);
        if (at != tails.begin())
            previous[size_t(p)] = *(at - 1);
        if (at == tails.end())
            tails.push_back(p);
        else
            *at = p;
    }
    std::vector<char> keep(size_t(size), 0);
    for (int p = tails.back(); p >= 0; p = previous[size_t(p)])
        keep[size_t(p)] = 1;
    std::vector<int> misplaced;
    for (int p = 0; p < size; ++p) {
        if (!keep[size_t(p)])
            misplaced.push_back(p);
    }
    return misplaced;
}

void FeedProxy::forwardDataChanged(int first, int last, const std::vector<char> &handled,
                                   const QList<int> &roles)
{
    settleRemovals();
    ensureProxyOf();
    std::vector<int> rows;
    for (int s = first; s <= last && s < int(m_proxyOf.size()); ++s) {
        const int p = m_proxyOf[size_t(s)];
        if (p >= 0 && !handled[size_t(s - first)])
            rows.push_back(p);
    }
    if (rows.empty())
        return;
    std::sort(rows.begin(), rows.end());
    std::vector<std::pair<int, int>> ranges;
    for (const int p : rows) {
        if (!ranges.empty() && ranges.back().second == p - 1)
            ranges.back().second = p;
        else
            ranges.emplace_back(p, p);
    }
    if (ranges.size() > maxUpdateRanges)
        ranges = {{ranges.front().first, ranges.back().second}};
    for (const auto &[a, b] : ranges)
        Q_EMIT dataChanged(index(a, 0), index(b, 0), roles);
}

void FeedProxy::refilter()
{
    if (!sourceModel())
        return;
    settleRemovals();
    ensureProxyOf();
    std::vector<int> hide;
    std::vector<int> show;
    for (int s = 0; s < int(m_proxyOf.size()); ++s) {
        const int p = m_proxyOf[size_t(s)];
        const bool accepted = acceptsRow(s);
        if (p >= 0 && !accepted)
            hide.push_back(p);
        else if (p < 0 && accepted)
            show.push_back(s);
    }
    removeProxyRows(std::move(hide));
    insertSourceRows(std::move(show));
}

void FeedProxy::resort()
{
    settleRemovals();
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    std::vector<int> sources;
    sources.reserve(size_t(before.size()));
    for (const QModelIndex &i : before)
        sources.push_back(i.row() < int(m_rows.size()) ? m_rows[size_t(i.row())] : -1);
    std::sort(m_rows.begin(), m_rows.end(), [this](int a, int b) { return rowLess(a, b); });
    m_proxyOfStale = true;
    ensureProxyOf();
    QModelIndexList after;
    after.reserve(before.size());
    for (qsizetype k = 0; k < before.size(); ++k) {
        const int s = sources[size_t(k)];
        const int p = s >= 0 && s < int(m_proxyOf.size()) ? m_proxyOf[size_t(s)] : -1;
        after.append(p >= 0 ? index(p, before[k].column()) : QModelIndex());
    }
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

QModelIndex FeedProxy::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!sourceModel() || !proxyIndex.isValid() || proxyIndex.model() != this
        || proxyIndex.row() >= int(m_rows.size()))
        return {};
    return sourceModel()->index(nowOf(m_rows[size_t(proxyIndex.row())], m_goneSource),
                                proxyIndex.column());
}

QModelIndex FeedProxy::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!sourceModel() || !sourceIndex.isValid() || sourceIndex.model() != sourceModel()
        || sourceIndex.parent().isValid())
        return {};
    ensureProxyOf();
    const int s = beforeOf(sourceIndex.row(), m_goneSource);
    const int p = s < int(m_proxyOf.size()) ? m_proxyOf[size_t(s)] : -1;
    return p >= 0 ? index(nowOf(p, m_goneProxy), sourceIndex.column()) : QModelIndex();
}

QModelIndex FeedProxy::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || row >= int(m_rows.size()) || column != 0)
        return {};
    return createIndex(row, column);
}

QModelIndex FeedProxy::parent(const QModelIndex &child) const
{
    Q_UNUSED(child)
    return {};
}

QModelIndex FeedProxy::sibling(int row, int column, const QModelIndex &idx) const
{
    return idx.isValid() ? index(row, column) : QModelIndex();
}

int FeedProxy::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int FeedProxy::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : 1;
}

bool FeedProxy::hasChildren(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_rows.empty();
}

} // namespace lw
