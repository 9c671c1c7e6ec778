// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractListModel>
#include <QList>
#include <QSet>

namespace lw {

//! A list model whose rows have stable keys: a new list is applied as the smallest change the
//! views understand (rows gone removed, changed rows updated in place, new rows at the end
//! inserted), so a thread being read does not jump; a reordering resets.
class KeyedRowsModel : public QAbstractListModel {
public:
    using QAbstractListModel::QAbstractListModel;

protected:
    template <typename Row, typename Key>
    void replaceRows(QList<Row> &current, const QList<Row> &next, Key key)
    {
        QSet<QString> wanted;
        for (const Row &r : next)
            wanted.insert(key(r));
        for (int i = int(current.size()) - 1; i >= 0; --i) {
            if (wanted.contains(key(current.at(i))))
                continue;
            beginRemoveRows({}, i, i);
            current.removeAt(i);
            endRemoveRows();
        }
        // What is left must be the start of the new list, in order; else start over.
        for (int i = 0; i < current.size(); ++i) {
            if (key(current.at(i)) != key(next.at(i))) {
                beginResetModel();
                current = next;
                endResetModel();
                return;
            }
        }
        for (int i = 0; i < current.size(); ++i) {
            if (!(current.at(i) == next.at(i))) {
                current[i] = next.at(i);
                Q_EMIT dataChanged(index(i), index(i));
            }
        }
        if (next.size() > current.size()) {
            beginInsertRows({}, int(current.size()), int(next.size()) - 1);
            for (qsizetype i = current.size(); i < next.size(); ++i)
                current.append(next.at(i));
            endInsertRows();
        }
    }
};

} // namespace lw
