// SPDX-License-Identifier: GPL-3.0-or-later
#include "quoteinboxmodel.h"

#include "taskdetailtext.h"

namespace lw {

namespace {

constexpr qsizetype previewChars = 200;

} // namespace

QuoteInboxRow QuoteInboxRow::from(const QuoteThreadSummary &s)
{
    QuoteInboxRow r;
    r.accountId = s.accountId;
    r.taskId = s.taskId;
    r.quoteId = s.quoteId;
    r.title = DetailText::line(s.taskTitle, DetailText::titleChars);
    r.counterparty = DetailText::line(s.counterparty, DetailText::idChars);
    r.priceSats = s.price.msat() / 1000;
    r.quoteStatus = DetailText::line(s.quoteStatus, 64);
    r.lastMessage = DetailText::line(s.lastMessage, previewChars);
    r.lastFromMe = s.lastFromMe;
    r.activity = s.lastActivity;
    r.unread = s.unread;
    r.asBuyer = s.asBuyer;
    return r;
}

QuoteInboxModel::QuoteInboxModel(QObject *parent)
    : KeyedRowsModel(parent)
{}

void QuoteInboxModel::setRows(const QList<QuoteInboxRow> &rows)
{
    const int before = count();
    const int unreadBefore = unreadCount();
    replaceRows(m_rows, rows, [](const QuoteInboxRow &r) { return r.key(); });
    if (before != count() || unreadBefore != unreadCount())
        Q_EMIT countChanged();
}

int QuoteInboxModel::unreadCount() const
{
    return int(std::count_if(m_rows.begin(), m_rows.end(),
                             [](const QuoteInboxRow &r) { return r.unread; }));
}

int QuoteInboxModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : count();
}

QVariant QuoteInboxModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QuoteInboxRow &r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return r.title;
    case AccountIdRole:
        return r.accountId;
    case TaskIdRole:
        return r.taskId;
    case QuoteIdRole:
        return r.quoteId;
    case CounterpartyRole:
        return r.counterparty;
    case PriceSatsRole:
        return r.priceSats;
    case QuoteStatusRole:
        return r.quoteStatus;
    case LastMessageRole:
        return r.lastMessage;
    case LastFromMeRole:
        return r.lastFromMe;
    case ActivityRole:
        return r.activity;
    case UnreadRole:
        return r.unread;
    case AsBuyerRole:
        return r.asBuyer;
    default:
        return {};
    }
}

QHash<int, QByteArray> QuoteInboxModel::roleNames() const
{
    return {{AccountIdRole, "accountId"},
            {TaskIdRole, "taskId"},
            {QuoteIdRole, "quoteId"},
            {TitleRole, "title"},
            {CounterpartyRole, "counterparty"},
            {PriceSatsRole, "priceSats"},
            {QuoteStatusRole, "quoteStatus"},
            {LastMessageRole, "lastMessage"},
            {LastFromMeRole, "lastFromMe"},
            {ActivityRole, "activity"},
            {UnreadRole, "unread"},
            {AsBuyerRole, "asBuyer"}};
}

} // namespace lw
