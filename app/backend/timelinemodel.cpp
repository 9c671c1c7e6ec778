// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelinemodel.h"

namespace lw {

namespace {

bool sameStep(const TimelineStep &a, const TimelineStep &b)
{
    return a.kind == b.kind && a.done == b.done && a.at == b.at && a.sats == b.sats
           && a.count == b.count;
}

} // namespace

TimelineModel::TimelineModel(QObject *parent)
    : QAbstractListModel(parent)
{}

QString TimelineModel::kindName(TimelineStep::Kind kind)
{
    switch (kind) {
    case TimelineStep::Kind::Posted:
        return QStringLiteral("posted");
    case TimelineStep::Kind::Quoted:
        return QStringLiteral("quoted");
    case TimelineStep::Kind::EscrowLocked:
        return QStringLiteral("escrow_locked");
    case TimelineStep::Kind::Delivered:
        return QStringLiteral("delivered");
    case TimelineStep::Kind::Released:
        return QStringLiteral("released");
    case TimelineStep::Kind::Collected:
        return QStringLiteral("collected");
    }
    return {};
}

QString TimelineModel::titleOf(const TimelineStep &s)
{
    switch (s.kind) {
    case TimelineStep::Kind::Posted:
        //: Task timeline: the buyer posted the task.
        return tr("Posted");
    case TimelineStep::Kind::Quoted:
        //: Task timeline: workers sent quotes.
        return tr("Quoted");
    case TimelineStep::Kind::EscrowLocked:
        if (s.sats)
            //: Task timeline: the accepted quote's price is held in escrow; %1 is the amount.
            return tr("Escrow locked %1 sat").arg(s.sats->toSatsDecimal());
        //: Task timeline: the accepted quote's price is held in escrow (amount unknown).
        return tr("Escrow locked");
    case TimelineStep::Kind::Delivered:
        //: Task timeline: the worker delivered the work.
        return tr("Delivered");
    case TimelineStep::Kind::Released:
        if (s.sats)
            //: Task timeline: the buyer confirmed and the escrow went to the worker.
            return tr("Released %1 sat").arg(s.sats->toSatsDecimal());
        //: Task timeline: the buyer confirmed and the escrow went to the worker.
        return tr("Released");
    case TimelineStep::Kind::Collected:
        //: Task timeline: the worker moved the earnings to their wallet.
        return tr("Collected");
    }
    return {};
}

int TimelineModel::currentRow() const
{
    for (int i = 0; i < m_steps.size(); ++i)
        if (!m_steps.at(i).done)
            return i;
    return -1;
}

void TimelineModel::setSteps(const QList<TimelineStep> &steps)
{
    if (steps.size() != m_steps.size()) {
        beginResetModel();
        m_steps = steps;
        endResetModel();
        Q_EMIT countChanged();
        return;
    }
    const int wasCurrent = currentRow();
    QList<int> changed;
    for (int i = 0; i < steps.size(); ++i)
        if (!sameStep(steps.at(i), m_steps.at(i)))
            changed.append(i);
    m_steps = steps;
    const int nowCurrent = currentRow();
    if (wasCurrent != nowCurrent) {
        if (wasCurrent >= 0 && !changed.contains(wasCurrent))
            changed.append(wasCurrent);
        if (nowCurrent >= 0 && !changed.contains(nowCurrent))
            changed.append(nowCurrent);
    }
    for (int row : std::as_const(changed))
        Q_EMIT dataChanged(index(row), index(row));
}

int TimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_steps.size());
}

QVariant TimelineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TimelineStep &s = m_steps.at(index.row());
    switch (role) {
    case KindRole:
        return kindName(s.kind);
    case Qt::DisplayRole:
    case TitleRole:
        return titleOf(s);
    case DoneRole:
        return s.done;
    case CurrentRole:
        return index.row() == currentRow();
    case AtRole:
        return s.at;
    case SatsTextRole:
        //: Task timeline: an amount of sats, e.g. "300 sat".
        return s.sats ? tr("%1 sat").arg(s.sats->toSatsDecimal()) : QString();
    case DetailRole:
        if (s.kind == TimelineStep::Kind::Quoted && s.count > 0)
            //: Task timeline: how many quotes the task has.
            return tr("%n quote(s)", nullptr, s.count);
        if (s.kind == TimelineStep::Kind::Collected && !s.done)
            //: Task timeline: the worker collects earnings from the Earnings screen.
            return tr("Earnings are moved to a wallet from Earnings.");
        return QString();
    default:
        return {};
    }
}

QHash<int, QByteArray> TimelineModel::roleNames() const
{
    return {{KindRole, "kind"},       {TitleRole, "title"}, {DoneRole, "done"},
            {CurrentRole, "current"}, {AtRole, "at"},       {SatsTextRole, "satsText"},
            {DetailRole, "detail"}};
}

} // namespace lw
