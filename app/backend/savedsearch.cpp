// SPDX-License-Identifier: GPL-3.0-or-later
#include "savedsearch.h"

#include "lightning/millisats.h"
#include "taskfiltermodel.h"

using namespace Qt::Literals::StringLiterals;

namespace lw {

namespace {

constexpr qint64 msPerDay = 86'400'000;

bool containsFolded(QStringView text, bool ascii, const QString &term)
{
    if (ascii)
        return text.contains(term, Qt::CaseInsensitive);
    return TaskFilterModel::fold(text).contains(term);
}

std::optional<qint64> msatOf(qint64 sats)
{
    const auto m = MilliSats::fromSats(sats);
    return m ? std::optional<qint64>(m->msat()) : std::nullopt;
}

qint64 nonNegative(const QVariant &value)
{
    bool ok = false;
    const qint64 n = value.toLongLong(&ok);
    return ok && n > 0 ? n : 0;
}

} // namespace

SavedSearchModel::SavedSearchModel(const Database &db, QObject *parent)
    : QAbstractListModel(parent)
    , m_store(db)
{}

void SavedSearchModel::setProfile(qint64 profileId)
{
    m_profileId = profileId;
    reload();
}

void SavedSearchModel::reload()
{
    beginResetModel();
    m_searches.clear();
    QString error;
    if (m_profileId > 0) {
        auto searches = m_store.searches(m_profileId);
        if (searches)
            m_searches = std::move(*searches);
        else
            error = searches.error().message;
    }
    endResetModel();
    setError(error);
    Q_EMIT countChanged();
}

SavedSearch SavedSearchModel::fromMap(const QString &name, const QVariantMap &filters)
{
    SavedSearch s;
    s.name = name.trimmed();
    s.searchText = filters.value(u"searchText"_s).toString().trimmed();
    s.market = filters.value(u"market"_s).toString().trimmed();
    s.status = filters.value(u"status"_s).toString().trimmed();
    s.taskType = filters.value(u"taskType"_s).toString().trimmed();
    s.minBudgetSats = nonNegative(filters.value(u"minBudgetSats"_s));
    s.maxBudgetSats = nonNegative(filters.value(u"maxBudgetSats"_s));
    s.maxAgeDays = int(qMin<qint64>(nonNegative(filters.value(u"maxAgeDays"_s)), 36'500));
    return s;
}

QVariantMap SavedSearchModel::toMap(const SavedSearch &search)
{
    return {{u"name"_s, search.name},
            {u"searchText"_s, search.searchText},
            {u"market"_s, search.market},
            {u"status"_s, search.status},
            {u"taskType"_s, search.taskType},
            {u"minBudgetSats"_s, search.minBudgetSats},
            {u"maxBudgetSats"_s, search.maxBudgetSats},
            {u"maxAgeDays"_s, search.maxAgeDays}};
}

bool SavedSearchModel::save(const QString &name, const QVariantMap &filters)
{
    if (m_profileId <= 0)
        return false;
    auto saved = m_store.saveSearch(m_profileId, fromMap(name, filters));
    if (!saved) {
        setError(saved.error().message);
        return false;
    }
    auto fresh = m_store.searches(m_profileId);
    if (!fresh) {
        setError(fresh.error().message);
        return false;
    }
    setError({});
    // One row inserted or changed, never a reset: an open list keeps its rows.
    const auto byId = [](const QList<SavedSearch> &list, qint64 id) {
        for (qsizetype i = 0; i < list.size(); ++i) {
            if (list[i].id == id)
                return int(i);
        }
        return -1;
    };
    const int to = byId(*fresh, *saved);
    const int from = byId(m_searches, *saved);
    if (to < 0 || fresh->size() != m_searches.size() + (from < 0 ? 1 : 0)) {
        reload(); // changed elsewhere too
        return true;
    }
    if (from >= 0) {
        m_searches[from] = fresh->at(to);
        const QModelIndex i = index(from);
        Q_EMIT dataChanged(i, i);
        return true;
    }
    beginInsertRows({}, to, to);
    m_searches.insert(to, fresh->at(to));
    endInsertRows();
    Q_EMIT countChanged();
    return true;
}

QVariantMap SavedSearchModel::filters(int row) const
{
    if (row < 0 || row >= m_searches.size())
        return {};
    return toMap(m_searches.at(row));
}

bool SavedSearchModel::remove(int row)
{
    if (row < 0 || row >= m_searches.size())
        return false;
    auto removed = m_store.removeSearch(m_profileId, m_searches.at(row).id);
    if (!removed) {
        setError(removed.error().message);
        return false;
    }
    setError({});
    beginRemoveRows({}, row, row);
    m_searches.removeAt(row);
    endRemoveRows();
    Q_EMIT countChanged();
    return true;
}

int SavedSearchModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_searches.size());
}

QVariant SavedSearchModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SavedSearch &s = m_searches.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return s.name;
    case SummaryRole: {
        QStringList parts;
        for (const QString &p : {s.searchText, s.market, s.status, s.taskType}) {
            if (!p.isEmpty())
                parts.append(p);
        }
        return parts.join(u" · "_s);
    }
    case SearchIdRole:
        return s.id;
    default:
        return {};
    }
}

QHash<int, QByteArray> SavedSearchModel::roleNames() const
{
    return {{NameRole, "name"}, {SummaryRole, "summary"}, {SearchIdRole, "searchId"}};
}

void SavedSearchModel::setError(const QString &text)
{
    if (m_errorText == text)
        return;
    m_errorText = text;
    Q_EMIT errorTextChanged();
}

SavedSearchMatcher::SavedSearchMatcher(const SavedSearch &search)
    : m_search(search)
    , m_terms(TaskFilterModel::fold(search.searchText.simplified()).split(u' ', Qt::SkipEmptyParts))
{}

bool SavedSearchMatcher::matches(const FeedTask &t, const QString &marketName, qint64 nowMs) const
{
    if (!m_search.market.isEmpty() && marketName != m_search.market)
        return false;
    if (!m_search.status.isEmpty() && t.status.compare(m_search.status, Qt::CaseInsensitive) != 0)
        return false;
    if (!m_search.taskType.isEmpty()
        && t.taskType.compare(m_search.taskType, Qt::CaseInsensitive) != 0)
        return false;
    if (m_search.minBudgetSats > 0) {
        const auto min = msatOf(m_search.minBudgetSats);
        if (!t.hasBudget() || !min || t.budgetMsat < *min)
            return false;
    }
    if (m_search.maxBudgetSats > 0) {
        const auto max = msatOf(m_search.maxBudgetSats);
        if (!t.hasBudget() || (max && t.budgetMsat > *max))
            return false;
    }
    if (m_search.maxAgeDays > 0 && nowMs - t.ageReferenceMs() > m_search.maxAgeDays * msPerDay)
        return false;
    const QString description = QString::fromUtf8(t.description);
    for (const QString &term : m_terms) {
        if (!containsFolded(t.title, t.titleAscii, term)
            && !containsFolded(description, t.descriptionAscii, term))
            return false;
    }
    return true;
}

} // namespace lw
