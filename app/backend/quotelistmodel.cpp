// SPDX-License-Identifier: GPL-3.0-or-later
#include "quotelistmodel.h"

#include "taskdetailtext.h"

namespace lw {

QuoteListModel::QuoteListModel(QObject *parent)
    : QAbstractListModel(parent)
{}

QuoteRow QuoteListModel::fromCache(const CacheItem &item)
{
    QuoteRow r;
    r.quoteId = item.remoteId;
    r.price = item.amount;
    r.status = DetailText::line(item.status, 64);
    r.worker = DetailText::line(item.party, DetailText::idChars);
    r.message = DetailText::paragraphs(item.text, DetailText::quoteChars, DetailText::quoteLines);
    r.created = DetailText::time(item.createdAt);
    const qint64 messages = item.extra.value(u"message_count").toInteger();
    r.messageCount = messages > 0 && messages < 1'000'000 ? int(messages) : 0;
    return r;
}

int QuoteListModel::rowOf(const QString &quoteId) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).quoteId == quoteId)
            return i;
    return -1;
}

void QuoteListModel::setRows(const QList<QuoteRow> &rows)
{
    const int before = count();
    // Gone rows first, from the end so the rows above keep their numbers.
    QSet<QString> wanted;
    for (const QuoteRow &r : rows)
        wanted.insert(r.quoteId);
    for (int i = int(m_rows.size()) - 1; i >= 0; --i) {
        if (wanted.contains(m_rows.at(i).quoteId))
            continue;
        beginRemoveRows({}, i, i);
        m_rows.removeAt(i);
        endRemoveRows();
    }
    for (const QuoteRow &r : rows) {
        const int at = rowOf(r.quoteId);
        if (at >= 0) {
            if (!(m_rows.at(at) == r)) {
                m_rows[at] = r;
                Q_EMIT dataChanged(index(at), index(at));
            }
            continue;
        }
        const int row = int(m_rows.size());
        beginInsertRows({}, row, row);
        m_rows.append(r);
        endInsertRows();
    }
    if (before != count())
        Q_EMIT countChanged();
}

int QuoteListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant QuoteListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QuoteRow &r = m_rows.at(index.row());
    switch (role) {
    case QuoteIdRole:
        return r.quoteId;
    case PriceSatsRole:
        return r.price.floorSats();
    case Qt::DisplayRole:
    case PriceTextRole:
        //: A quote's price, e.g. "300 sat".
        return tr("%1 sat").arg(r.price.toSatsDecimal());
    case StatusRole:
        return r.status;
    case WorkerRole:
        return r.worker;
    case MessageRole:
        return r.message;
    case CreatedRole:
        return r.created;
    case MessageCountRole:
        return r.messageCount;
    case MineRole:
        return r.mine;
    case AcceptableRole:
        return r.acceptable;
    default:
        return {};
    }
}

QHash<int, QByteArray> QuoteListModel::roleNames() const
{
    return {{QuoteIdRole, "quoteId"},     {PriceSatsRole, "priceSats"},
            {PriceTextRole, "priceText"}, {StatusRole, "status"},
            {WorkerRole, "worker"},       {MessageRole, "message"},
            {CreatedRole, "created"},     {MessageCountRole, "messageCount"},
            {MineRole, "mine"},           {AcceptableRole, "acceptable"}};
}

} // namespace lw
