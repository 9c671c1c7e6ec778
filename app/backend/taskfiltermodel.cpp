// SPDX-License-Identifier: GPL-3.0-or-later
#include "taskfiltermodel.h"

#include "taskfeedmodel.h"

#include <QDateTime>

namespace lw {

namespace {

constexpr qint64 msPerDay = 86'400'000;

// Terms are folded already; plain ASCII text only needs case folding, which is cheap.
bool containsFolded(const QString &text, bool ascii, const QString &term)
{
    if (ascii)
        return QStringView(text).contains(term, Qt::CaseInsensitive);
    return TaskFilterModel::fold(text).contains(term);
}

bool containsFolded(const QByteArray &utf8, bool ascii, const QString &term)
{
    if (ascii)
        return QLatin1StringView(utf8).contains(term, Qt::CaseInsensitive);
    return TaskFilterModel::fold(QString::fromUtf8(utf8)).contains(term);
}

std::optional<qint64> msatOf(qint64 sats)
{
    const auto m = MilliSats::fromSats(sats);
    return m ? std::optional<qint64>(m->msat()) : std::nullopt;
}

} // namespace

TaskFilterModel::TaskFilterModel(QObject *parent)
    : FeedProxy(parent)
    , m_now([] { return QDateTime::currentMSecsSinceEpoch(); })
{
    // One remembered count for every signal (a copy per connection would miss changes).
    const auto recount = [this] {
        if (count() == m_lastCount)
            return;
        m_lastCount = count();
        Q_EMIT countChanged();
    };
    connect(this, &QAbstractItemModel::rowsInserted, this, recount);
    connect(this, &QAbstractItemModel::rowsRemoved, this, recount);
    connect(this, &QAbstractItemModel::modelReset, this, recount);
    connect(this, &QAbstractItemModel::layoutChanged, this, recount);
}

void TaskFilterModel::setClock(Clock clock)
{
    m_now = std::move(clock);
    if (m_maxAgeDays > 0)
        refilter();
}

QString TaskFilterModel::fold(QStringView text)
{
    const QString decomposed = text.toString().normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        switch (c.category()) {
        case QChar::Mark_NonSpacing:
        case QChar::Mark_SpacingCombining:
        case QChar::Mark_Enclosing:
            break; // the accent of a decomposed letter
        default:
            out += c;
        }
    }
    return out.toCaseFolded();
}

void TaskFilterModel::setSourceModel(QAbstractItemModel *source)
{
    m_feed = qobject_cast<TaskFeedModel *>(source); // before the base class reads the rows
    FeedProxy::setSourceModel(source);
}

void TaskFilterModel::setMarket(const QString &market)
{
    if (m_market == market)
        return;
    m_market = market;
    refilter();
    Q_EMIT marketChanged();
}

void TaskFilterModel::setStatus(const QString &status)
{
    if (m_status == status)
        return;
    m_status = status;
    refilter();
    Q_EMIT statusChanged();
}

void TaskFilterModel::setTaskType(const QString &taskType)
{
    if (m_taskType == taskType)
        return;
    m_taskType = taskType;
    refilter();
    Q_EMIT taskTypeChanged();
}

void TaskFilterModel::setMinBudgetSats(qint64 sats)
{
    sats = qMax<qint64>(sats, 0);
    if (m_minBudgetSats == sats)
        return;
    m_minBudgetSats = sats;
    refilter();
    Q_EMIT minBudgetSatsChanged();
}

void TaskFilterModel::setMaxBudgetSats(qint64 sats)
{
    sats = qMax<qint64>(sats, 0);
    if (m_maxBudgetSats == sats)
        return;
    m_maxBudgetSats = sats;
    refilter();
    Q_EMIT maxBudgetSatsChanged();
}

void TaskFilterModel::setMaxAgeDays(int days)
{
    days = qMax(days, 0);
    if (m_maxAgeDays == days)
        return;
    m_maxAgeDays = days;
    refilter();
    Q_EMIT maxAgeDaysChanged();
}

void TaskFilterModel::setSearchText(const QString &text)
{
    if (m_searchText == text)
        return;
    m_searchText = text;
    const QStringList terms = fold(text.simplified()).split(u' ', Qt::SkipEmptyParts);
    if (terms != m_terms) { // "elan" and "Élan " filter alike
        m_terms = terms;
        refilter();
    }
    Q_EMIT searchTextChanged();
}

void TaskFilterModel::setSortOrder(SortOrder order)
{
    if (m_sortOrder == order)
        return;
    m_sortOrder = order;
    resort(); // a new order is a layout change: views keep their delegates
    Q_EMIT sortOrderChanged();
}

void TaskFilterModel::setBlockedParties(const QStringList &parties)
{
    if (m_blockedParties == parties)
        return;
    m_blockedParties = parties;
    m_blocked = QSet<QString>(parties.cbegin(), parties.cend());
    refilter();
    Q_EMIT blockedPartiesChanged();
}

bool TaskFilterModel::matchesSearch(const FeedTask &task) const
{
    for (const QString &term : m_terms) {
        if (!containsFolded(task.title, task.titleAscii, term)
            && !containsFolded(task.description, task.descriptionAscii, term))
            return false;
    }
    return true;
}

bool TaskFilterModel::acceptsRow(int sourceRow) const
{
    const TaskFeedModel *model = m_feed.get();
    if (!model)
        return false;
    const FeedTask *t = model->taskAt(sourceRow);
    if (!t)
        return false;
    if (!m_blocked.isEmpty() && m_blocked.contains(t->party))
        return false;
    if (!m_market.isEmpty() && model->marketName(t->accountId) != m_market)
        return false;
    if (!m_status.isEmpty() && t->status.compare(m_status, Qt::CaseInsensitive) != 0)
        return false;
    if (!m_taskType.isEmpty() && t->taskType.compare(m_taskType, Qt::CaseInsensitive) != 0)
        return false;
    if (m_minBudgetSats > 0) {
        const auto min = msatOf(m_minBudgetSats);
        if (!t->hasBudget() || !min || t->budgetMsat < *min)
            return false;
    }
    if (m_maxBudgetSats > 0) {
        const auto max = msatOf(m_maxBudgetSats);
        if (!t->hasBudget() || (max && t->budgetMsat > *max))
            return false;
    }
    if (m_maxAgeDays > 0 && m_now() - t->ageReferenceMs() > m_maxAgeDays * msPerDay)
        return false;
    return m_terms.isEmpty() || matchesSearch(*t);
}

bool TaskFilterModel::rowLess(int left, int right) const
{
    const TaskFeedModel *model = m_feed.get();
    const FeedTask *a = model ? model->taskAt(left) : nullptr;
    const FeedTask *b = model ? model->taskAt(right) : nullptr;
    if (!a || !b)
        return left < right;
    switch (m_sortOrder) {
    case SortOrder::Budget:
        if (a->budgetMsat != b->budgetMsat)
            return a->budgetMsat > b->budgetMsat;
        break;
    case SortOrder::Quotes:
        if (a->quoteCount != b->quoteCount)
            return a->quoteCount < b->quoteCount;
        break;
    case SortOrder::Newest:
        break;
    }
    if (a->firstSeenMs != b->firstSeenMs)
        return a->firstSeenMs > b->firstSeenMs;
    if (a->createdAtMs != b->createdAtMs)
        return a->createdAtMs > b->createdAtMs;
    return left < right;
}

bool TaskFilterModel::rolesAffectOrder(const QList<int> &roles) const
{
    using M = TaskFeedModel;
    if (roles.isEmpty())
        return true;
    for (const int role : roles) {
        switch (role) {
        case M::BudgetSatsRole:
        case M::QuoteCountRole:
        case M::CreatedAtRole:
        case M::FirstSeenRole:
            return true;
        default:
            break;
        }
    }
    return false;
}

} // namespace lw
