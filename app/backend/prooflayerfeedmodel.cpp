// SPDX-License-Identifier: GPL-3.0-or-later
#include "prooflayerfeedmodel.h"

#include "markets/prooflayer/prooflayertypes.h"

#include <QLocale>

namespace lw {

namespace {

QString oneLine(QString text, qsizetype chars)
{
    text = text.simplified();
    return text.size() > chars ? text.left(chars - 1) + u'…' : text;
}

qint64 wholeSats(const CacheItem &item)
{
    return item.amount.msat() / 1000;
}

} // namespace

ProofLayerFeedModel::ProofLayerFeedModel(QObject *parent)
    : QAbstractListModel(parent)
{}

void ProofLayerFeedModel::setEntries(QList<Entry> entries)
{
    beginResetModel();
    m_all = std::move(entries);
    m_rows.clear();
    for (qsizetype i = 0; i < m_all.size(); ++i)
        if (accepts(m_all[i]))
            m_rows.append(i);
    endResetModel();
    Q_EMIT countChanged();
}

int ProofLayerFeedModel::rowOf(const QString &taskId) const
{
    for (qsizetype r = 0; r < m_rows.size(); ++r)
        if (m_all[m_rows[r]].item.remoteId == taskId)
            return int(r);
    return -1;
}

const ProofLayerFeedModel::Entry *ProofLayerFeedModel::find(const QString &taskId) const
{
    for (const Entry &e : m_all)
        if (e.item.remoteId == taskId)
            return &e;
    return nullptr;
}

void ProofLayerFeedModel::setTaskType(const QString &type)
{
    if (type == m_taskType)
        return;
    m_taskType = type;
    refilter();
}

void ProofLayerFeedModel::setStatus(const QString &status)
{
    if (status == m_status)
        return;
    m_status = status;
    refilter();
}

void ProofLayerFeedModel::setMinRewardSats(int sats)
{
    sats = qMax(0, sats);
    if (sats == m_min)
        return;
    m_min = sats;
    refilter();
}

void ProofLayerFeedModel::setMaxRewardSats(int sats)
{
    sats = qMax(0, sats);
    if (sats == m_max)
        return;
    m_max = sats;
    refilter();
}

QStringList ProofLayerFeedModel::taskTypes() const
{
    return ProofLayerVocabulary::known().taskTypes;
}

QStringList ProofLayerFeedModel::statuses() const
{
    return {QStringLiteral("open"), QStringLiteral("claimed"), QStringLiteral("submitted"),
            QStringLiteral("completed")};
}

bool ProofLayerFeedModel::accepts(const Entry &entry) const
{
    const CacheItem &t = entry.item;
    if (!m_taskType.isEmpty()
        && ProofLayerVocabulary::match({t.extra.value(u"task_type").toString()}, m_taskType)
               .isEmpty())
        return false;
    if (!m_status.isEmpty() && t.status.compare(m_status, Qt::CaseInsensitive) != 0)
        return false;
    const qint64 sats = wholeSats(t);
    if (m_min > 0 && sats < m_min)
        return false;
    if (m_max > 0 && sats > m_max)
        return false;
    return true;
}

void ProofLayerFeedModel::refilter()
{
    setEntries(std::move(m_all));
    Q_EMIT filterChanged();
}

int ProofLayerFeedModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : count();
}

QVariant ProofLayerFeedModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &e = m_all[m_rows[index.row()]];
    const CacheItem &t = e.item;
    const QString trust = t.extra.value(u"trust_mode").toString();
    switch (role) {
    case TaskIdRole:
        return t.remoteId;
    case Qt::DisplayRole:
    case TitleRole: {
        const QString title = oneLine(t.title, titleChars);
        //: A ProofLayer task whose title the market left empty
        return title.isEmpty() ? tr("Untitled task") : title;
    }
    case QuestionRole:
        return t.text.left(questionChars);
    case TaskTypeRole:
        return oneLine(t.extra.value(u"task_type").toString(), maxProofLayerWordChars);
    case RewardSatsRole:
        return wholeSats(t);
    case RewardTextRole:
        //: An amount in satoshis, e.g. "500 sat"
        return tr("%1 sat").arg(QLocale().toString(wholeSats(t)));
    case WorkerShareTextRole:
        //: What a worker is paid of a task's budget (ProofLayer pays 70 %), e.g. "350 sat to you"
        return tr("%1 sat to you").arg(QLocale().toString(wholeSats(t) * 70 / 100));
    case TrustModeRole:
        return oneLine(trust, maxProofLayerWordChars);
    case ProofRequiredRole:
        return trust.compare(u"proof_required", Qt::CaseInsensitive) == 0;
    case StatusRole:
        return oneLine(t.status, maxProofLayerWordChars);
    case PostedAtRole:
        return QDateTime::fromString(t.createdAt, Qt::ISODateWithMs);
    case DeadlineTextRole:
        //: ProofLayer tasks have no deadline: the first worker to claim one does it
        return tr("No deadline");
    case MineRole:
        return e.mine;
    default:
        return {};
    }
}

QHash<int, QByteArray> ProofLayerFeedModel::roleNames() const
{
    return {
        {TaskIdRole, "taskId"},
        {TitleRole, "title"},
        {QuestionRole, "question"},
        {TaskTypeRole, "taskType"},
        {RewardSatsRole, "rewardSats"},
        {RewardTextRole, "rewardText"},
        {WorkerShareTextRole, "workerShareText"},
        {TrustModeRole, "trustMode"},
        {ProofRequiredRole, "proofRequired"},
        {StatusRole, "status"},
        {PostedAtRole, "postedAt"},
        {DeadlineTextRole, "deadlineText"},
        {MineRole, "mine"},
    };
}

} // namespace lw
