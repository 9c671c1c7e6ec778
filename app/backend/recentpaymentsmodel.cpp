// SPDX-License-Identifier: GPL-3.0-or-later
#include "recentpaymentsmodel.h"

#include "common/safetext.h"
#include "enginesession.h"
#include "payflowreview.h"
#include "sessionbinding.h"

#include <QDateTime>

namespace lw {

namespace {

QList<qint64> idsOf(const QList<JournalEntry> &rows)
{
    QList<qint64> ids;
    for (const JournalEntry &e : rows)
        ids.append(e.id);
    return ids;
}

} // namespace

RecentPaymentsModel::RecentPaymentsModel(QObject *parent)
    : QAbstractListModel(parent)
{}

void RecentPaymentsModel::setSession(Session *session)
{
    if (!rebindSession(this, m_session, session, &RecentPaymentsModel::refresh))
        return;
    Q_EMIT sessionChanged();
    refresh();
}

void RecentPaymentsModel::setLimit(int limit)
{
    limit = qBound(1, limit, 10'000);
    if (limit == m_limit)
        return;
    m_limit = limit;
    Q_EMIT limitChanged();
    refresh();
}

void RecentPaymentsModel::refresh()
{
    EngineSession *e = m_session ? m_session->engine() : nullptr;
    QList<JournalEntry> rows;
    if (e)
        rows = e->journal().recent(m_limit).value_or(QList<JournalEntry>());
    if (idsOf(rows) == idsOf(m_rows)) {
        // The same entries in the same places: states, fees and times change in place.
        m_rows = rows;
        if (!rows.isEmpty())
            Q_EMIT dataChanged(index(0), index(int(rows.size()) - 1));
        return;
    }
    beginResetModel();
    m_rows = rows;
    endResetModel();
    Q_EMIT countChanged();
}

QString RecentPaymentsModel::reasonText(const JournalEntry &e)
{
    const QString &a = e.action;
    if (e.kind == JournalEntry::Kind::Topup)
        return tr("Top-up");
    if (a == u"pay")
        //: A payment the user made from the Pay dialog without giving a reason.
        return tr("Payment");
    if (a == u"402ai.post_task")
        return tr("Task posting fee");
    if (a == u"402ai.quote")
        return tr("Quote fee");
    if (a == u"402ai.accept" || a == u"prooflayer.create_task")
        return tr("Escrow");
    if (a.startsWith(u"tools."))
        //: A paid tool call; %1 is the tool's name.
        return tr("Tool: %1").arg(displayText(QStringView(a).mid(6)));
    return displayText(QStringView(a));
}

QString RecentPaymentsModel::stateText(PaymentState state)
{
    switch (state) {
    case PaymentState::Intent:
    case PaymentState::InvoiceReceived:
        return tr("Starting");
    case PaymentState::Paying:
        //: A payment whose outcome the wallet has not confirmed yet.
        return tr("Pending");
    case PaymentState::Paid:
    case PaymentState::CredentialSent:
        return tr("Paid, finishing");
    case PaymentState::Done:
        return tr("Paid");
    case PaymentState::Failed:
        return tr("Failed");
    case PaymentState::Abandoned:
        //: Given up before any money moved (declined, expired, refused).
        return tr("Not paid");
    }
    return {};
}

int RecentPaymentsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : count();
}

QVariant RecentPaymentsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const JournalEntry &e = m_rows.at(index.row());
    const bool hasAmount = e.amount.msat() > 0;
    switch (role) {
    case Qt::DisplayRole:
    case ReasonRole:
        return reasonText(e);
    case ActionRole:
        return e.action;
    case AmountSatsRole:
        return e.amount.floorSats();
    case AmountTextRole:
        return hasAmount ? tr("%1 sat").arg(e.amount.toSatsDecimal()) : QString();
    case FeeTextRole:
        return tr("%1 sat").arg(e.fee.toSatsDecimal());
    case StateRole:
        return stateText(e.state);
    case StateNameRole:
        return paymentStateName(e.state);
    case IsPendingRole:
        return mayHaveLeftWallet(e.state);
    case TimeRole:
        return QDateTime::fromMSecsSinceEpoch(e.updatedAtMs ? e.updatedAtMs : e.createdAtMs,
                                              Qt::UTC);
    case PaymentHashRole:
        return e.paymentHash ? shortHex(e.paymentHash->toHex()) : QString();
    case ErrorRole:
        return e.error;
    default:
        return {};
    }
}

QHash<int, QByteArray> RecentPaymentsModel::roleNames() const
{
    return {{ReasonRole, "reason"},
            {ActionRole, "action"},
            {AmountSatsRole, "amountSats"},
            {AmountTextRole, "amountText"},
            {FeeTextRole, "feeText"},
            {StateRole, "state"},
            {StateNameRole, "stateName"},
            {IsPendingRole, "isPending"},
            {TimeRole, "time"},
            {PaymentHashRole, "paymentHash"},
            {ErrorRole, "error"}};
}

} // namespace lw
