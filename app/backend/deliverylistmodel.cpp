// SPDX-License-Identifier: GPL-3.0-or-later
#include "deliverylistmodel.h"

#include "common/safefilename.h"
#include "markets/aiforhire/aiforhiretypes.h"
#include "taskdetailtext.h"

#include <QCryptographicHash>
#include <QLocale>
#include <QSet>

namespace lw {

namespace {

constexpr qsizetype fileNameChars = 200;
constexpr qsizetype notesChars = 4'000;
constexpr int notesLines = 60;

} // namespace

DeliveryRow DeliveryRow::fromMarket(const HireDelivery &d, const QString &ownId)
{
    DeliveryRow r;
    r.deliveryId = d.id;
    r.fileName = DetailText::line(d.filename, fileNameChars);
    r.safeName = safeFileName(d.filename, QStringLiteral("delivery"));
    r.notes = DetailText::paragraphs(d.notes, notesChars, notesLines);
    r.created = d.createdAt.when;
    r.mine = !ownId.isEmpty() && d.contractorAccountId == ownId;
    if (d.content) {
        r.hasContent = true;
        r.sizeBytes = d.content->size();
        r.sha256 = QString::fromLatin1(
            QCryptographicHash::hash(*d.content, QCryptographicHash::Sha256).toHex());
    }
    return r;
}

DeliveryListModel::DeliveryListModel(QObject *parent)
    : QAbstractListModel(parent)
{}

int DeliveryListModel::rowOf(const QString &deliveryId) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).deliveryId == deliveryId)
            return i;
    return -1;
}

void DeliveryListModel::setRows(const QList<DeliveryRow> &rows)
{
    const int before = count();
    QSet<QString> wanted;
    for (const DeliveryRow &r : rows)
        wanted.insert(r.deliveryId);
    for (int i = int(m_rows.size()) - 1; i >= 0; --i) {
        if (wanted.contains(m_rows.at(i).deliveryId))
            continue;
        beginRemoveRows({}, i, i);
        m_rows.removeAt(i);
        endRemoveRows();
    }
    for (DeliveryRow r : rows) {
        const int at = rowOf(r.deliveryId);
        if (at >= 0) {
            // What was saved stays shown across a refresh.
            r.savedPath = m_rows.at(at).savedPath;
            r.saveCheck = m_rows.at(at).saveCheck;
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

void DeliveryListModel::setSaved(int row, const QString &path, DeliveryRow::SaveCheck check)
{
    if (row < 0 || row >= m_rows.size())
        return;
    m_rows[row].savedPath = path;
    m_rows[row].saveCheck = check;
    Q_EMIT dataChanged(index(row), index(row), {SavedPathRole, SaveCheckRole});
}

int DeliveryListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant DeliveryListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DeliveryRow &r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case FileNameRole:
        return r.fileName;
    case DeliveryIdRole:
        return r.deliveryId;
    case SafeNameRole:
        return r.safeName;
    case NotesRole:
        return r.notes;
    case CreatedRole:
        return r.created;
    case SizeBytesRole:
        return r.sizeBytes;
    case SizeTextRole:
        return r.sizeBytes < 0 ? QString() : QLocale().formattedDataSize(r.sizeBytes);
    case Sha256Role:
        return r.sha256;
    case HasContentRole:
        return r.hasContent;
    case MineRole:
        return r.mine;
    case SavedPathRole:
        return r.savedPath;
    case SaveCheckRole:
        return int(r.saveCheck);
    default:
        return {};
    }
}

QHash<int, QByteArray> DeliveryListModel::roleNames() const
{
    return {{DeliveryIdRole, "deliveryId"}, {FileNameRole, "fileName"},
            {SafeNameRole, "safeName"},     {NotesRole, "notes"},
            {CreatedRole, "created"},       {SizeBytesRole, "sizeBytes"},
            {SizeTextRole, "sizeText"},     {Sha256Role, "sha256"},
            {HasContentRole, "hasContent"}, {MineRole, "mine"},
            {SavedPathRole, "savedPath"},   {SaveCheckRole, "saveCheck"}};
}

} // namespace lw
