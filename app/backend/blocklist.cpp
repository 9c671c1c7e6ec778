// SPDX-License-Identifier: GPL-3.0-or-later
#include "blocklist.h"

namespace lw {

BlockList::BlockList(const Database &db, QObject *parent)
    : QAbstractListModel(parent)
    , m_store(db)
{}

void BlockList::setProfile(qint64 profileId)
{
    beginResetModel();
    m_profileId = profileId;
    m_entries.clear();
    m_parties.clear();
    m_tasks.clear();
    QString error;
    if (profileId > 0) {
        auto entries = m_store.blocks(profileId);
        if (entries)
            m_entries = std::move(*entries);
        else
            error = entries.error().message;
    }
    for (const FeedBlock &b : std::as_const(m_entries))
        setsOf(b.kind)[b.accountId].insert(b.value);
    endResetModel();
    setError(error);
    Q_EMIT countChanged();
}

bool BlockList::add(FeedBlock block)
{
    if (m_profileId <= 0)
        return false;
    auto added = m_store.addBlock(m_profileId, block);
    if (!added) {
        setError(added.error().message);
        return false;
    }
    setError({});
    if (!*added)
        return true; // already on the list
    const int row = int(m_entries.size());
    beginInsertRows({}, row, row);
    m_entries.append(block);
    setsOf(block.kind)[block.accountId].insert(block.value);
    endInsertRows();
    Q_EMIT countChanged();
    Q_EMIT blocked(block);
    return true;
}

bool BlockList::unblock(int row)
{
    if (row < 0 || row >= m_entries.size())
        return false;
    const FeedBlock block = m_entries.at(row);
    auto removed = m_store.removeBlock(m_profileId, block.id);
    if (!removed) {
        setError(removed.error().message);
        return false;
    }
    setError({});
    beginRemoveRows({}, row, row);
    m_entries.removeAt(row);
    Sets &sets = setsOf(block.kind);
    auto it = sets.find(block.accountId);
    if (it != sets.end()) {
        it->remove(block.value);
        if (it->isEmpty())
            sets.erase(it);
    }
    endRemoveRows();
    Q_EMIT countChanged();
    Q_EMIT unblocked(block);
    return true;
}

int BlockList::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant BlockList::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const FeedBlock &b = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case LabelRole:
        return b.label.isEmpty() ? b.value : b.label;
    case KindRole:
        return QVariant::fromValue(b.kind == FeedBlock::Kind::Task ? Kind::Task : Kind::Buyer);
    case ValueRole:
        return b.value;
    case AccountIdRole:
        return b.accountId;
    default:
        return {};
    }
}

QHash<int, QByteArray> BlockList::roleNames() const
{
    return {{KindRole, "kind"},
            {LabelRole, "label"},
            {ValueRole, "value"},
            {AccountIdRole, "accountId"}};
}

void BlockList::setError(const QString &text)
{
    if (m_errorText == text)
        return;
    m_errorText = text;
    Q_EMIT errorTextChanged();
}

} // namespace lw
