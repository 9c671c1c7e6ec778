// SPDX-License-Identifier: GPL-3.0-or-later
#include "prooflayerpayoutmodel.h"

#include <QLocale>

namespace lw {

ProofLayerPayoutModel::ProofLayerPayoutModel(QObject *parent)
    : QAbstractListModel(parent)
{}

void ProofLayerPayoutModel::setPayouts(QList<ProofLayerPayout> payouts)
{
    beginResetModel();
    m_payouts = std::move(payouts);
    endResetModel();
    Q_EMIT countChanged();
}

int ProofLayerPayoutModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : count();
}

QVariant ProofLayerPayoutModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ProofLayerPayout &p = m_payouts[index.row()];
    const qint64 sats = p.amount.msat() / 1000;
    switch (role) {
    case PayoutIdRole:
        return p.id;
    case TaskIdRole:
        return p.taskId;
    case AmountSatsRole:
        return sats;
    case Qt::DisplayRole:
    case AmountTextRole:
        //: An amount in satoshis, e.g. "350 sat"
        return tr("%1 sat").arg(QLocale().toString(sats));
    case StatusRole:
        return p.statusText.left(maxProofLayerWordChars);
    case StatusTextRole:
        switch (p.status) {
        case ProofLayerPayoutStatus::Paid:
            //: A ProofLayer payout reached the worker's Lightning Address
            return tr("Paid");
        case ProofLayerPayoutStatus::Pending:
            //: A ProofLayer payout is on its way (not failed)
            return tr("Pending");
        case ProofLayerPayoutStatus::Failed:
            //: A ProofLayer payout could not be paid; the market may pay it again
            return tr("Failed");
        case ProofLayerPayoutStatus::Unknown:
            break;
        }
        //: A payout status the app does not know, followed by the market's own word
        return tr("Other (%1)").arg(p.statusText.left(maxProofLayerWordChars));
    case CreatedAtRole:
        return QDateTime::fromString(p.createdAt, Qt::ISODateWithMs);
    case UpdatedAtRole:
        return QDateTime::fromString(p.updatedAt, Qt::ISODateWithMs);
    case ReasonRole:
        return p.reason.simplified().left(500);
    default:
        return {};
    }
}

QHash<int, QByteArray> ProofLayerPayoutModel::roleNames() const
{
    return {
        {PayoutIdRole, "payoutId"},     {TaskIdRole, "taskId"},
        {AmountSatsRole, "amountSats"}, {AmountTextRole, "amountText"},
        {StatusRole, "status"},         {StatusTextRole, "statusText"},
        {CreatedAtRole, "createdAt"},   {UpdatedAtRole, "updatedAt"},
        {ReasonRole, "reason"},
    };
}

} // namespace lw
