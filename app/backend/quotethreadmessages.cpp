// SPDX-License-Identifier: GPL-3.0-or-later
#include "quotethreadmessages.h"

#include "taskdetailtext.h"

namespace lw {

QuoteMessageRow QuoteMessageRow::from(const QuoteThreadMessage &m)
{
    QuoteMessageRow r;
    r.key = m.key;
    r.localId = m.localId;
    r.sender = DetailText::line(m.senderId, DetailText::idChars);
    r.body = DetailText::paragraphs(m.body, DetailText::quoteChars, DetailText::quoteLines);
    r.at = m.at;
    r.mine = m.mine;
    switch (m.state) {
    case OutboxState::Sent:
        r.state = QStringLiteral("sent");
        break;
    case OutboxState::Failed:
        r.state = QStringLiteral("failed");
        r.errorText = DetailText::line(m.error, 300);
        break;
    default:
        r.state = QStringLiteral("pending");
        break;
    }
    return r;
}

QuoteMessageModel::QuoteMessageModel(QObject *parent)
    : KeyedRowsModel(parent)
{}

void QuoteMessageModel::setRows(const QList<QuoteMessageRow> &rows)
{
    const int before = count();
    replaceRows(m_rows, rows, [](const QuoteMessageRow &r) { return r.key; });
    if (before != count())
        Q_EMIT countChanged();
}

int QuoteMessageModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : count();
}

QVariant QuoteMessageModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QuoteMessageRow &r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case BodyRole:
        return r.body;
    case KeyRole:
        return r.key;
    case LocalIdRole:
        return r.localId;
    case SenderRole:
        return r.sender;
    case AtRole:
        return r.at;
    case MineRole:
        return r.mine;
    case StateRole:
        return r.state;
    case ErrorTextRole:
        return r.errorText;
    default:
        return {};
    }
}

QHash<int, QByteArray> QuoteMessageModel::roleNames() const
{
    return {{KeyRole, "key"},         {LocalIdRole, "localId"},
            {SenderRole, "sender"},   {BodyRole, "body"},
            {AtRole, "at"},           {MineRole, "mine"},
            {StateRole, "sendState"}, {ErrorTextRole, "errorText"}};
}

} // namespace lw
