// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractProxyModel>
#include <QList>
#include <QtQmlIntegration>

#include <vector>

namespace lw {

//! A filtering, sorting proxy over a flat list model that follows every source change with
//! row inserts, removals and dataChanged, never a reset (except when the source itself resets
//! or moves rows). Unlike QSortFilterProxyModel, a source removal costs a binary search; the
//! renumbering waits for the next other change, so a change set with a thousand scattered
//! removals stays cheap.
//!
//! Subclasses say which source rows to show (acceptsRow) and in which order (rowLess, a strict
//! total order, e.g. ending with the source row), and call refilter() or resort() when their
//! own criteria change.
class FeedProxy : public QAbstractProxyModel {
    Q_OBJECT
    // Known to QML only as TaskFilterModel's base, so the linter sees a model.
    QML_ANONYMOUS

public:
    explicit FeedProxy(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *source) override;
    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;
    QModelIndex index(int row, int column,
                      const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    QModelIndex sibling(int row, int column, const QModelIndex &idx) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    bool hasChildren(const QModelIndex &parent = QModelIndex()) const override;

protected:
    //! Whether the source row is shown.
    virtual bool acceptsRow(int sourceRow) const = 0;
    //! Whether source row a comes before b: a strict total order (no two rows equal).
    virtual bool rowLess(int a, int b) const = 0;
    //! Whether a source change of these roles (empty: any) can move a row in the order.
    virtual bool rolesAffectOrder(const QList<int> &roles) const;

    //! The filter changed: hides and shows rows with removals and inserts.
    void refilter();
    //! The order changed: one layout change; persistent indexes follow their rows.
    void resort();

private:
    void connectSource(QAbstractItemModel *source);
    void rebuild();
    void ensureProxyOf() const;
    //! Applies the removals recorded since the last call: m_rows in source rows of now.
    void settleRemovals();
    //! The source rows first..last of now, counted as before the removals in m_goneSource.
    std::vector<int> sourceRowsBefore(int first, int last) const;
    void insertSourceRows(std::vector<int> sourceRows);
    void removeProxyRows(std::vector<int> proxyRows);
    void sourceRowsInserted(const QModelIndex &parent, int first, int last);
    void sourceRowsAboutToBeRemoved(const QModelIndex &parent, int first, int last);
    void sourceRowsRemoved(const QModelIndex &parent, int first, int last);
    void sourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                           const QList<int> &roles);
    std::vector<int> misplacedRows() const;
    void forwardDataChanged(int first, int last, const std::vector<char> &handled,
                            const QList<int> &roles);

    //! proxy row → source row, counted as before the removals in m_goneSource.
    std::vector<int> m_rows;
    //! source row → proxy row (-1: hidden), both counted as before the removals in
    //! m_goneSource / m_goneProxy; rebuilt on demand after the rows moved.
    mutable std::vector<int> m_proxyOf;
    mutable bool m_proxyOfStale = true;
    //! Removals not yet folded into m_rows and m_proxyOf (sorted rows, counted as before
    //! them): a thousand scattered removals each cost a search, not a pass over every row.
    //! Only ever non-empty while m_proxyOf is current.
    std::vector<int> m_goneSource;
    std::vector<int> m_goneProxy;
    QList<QMetaObject::Connection> m_connections;
};

} // namespace lw
