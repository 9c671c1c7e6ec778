// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "feedsource.h"
#include "feedtask.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QFutureWatcher>
#include <QPointer>
#include <QtQmlIntegration>

#include <vector>

namespace lw {

//! The live task list of every connected market: one row per cached task, newest first by
//! first sight. A sync changes it with row inserts, removals and dataChanged (contiguous rows
//! batched into ranges), never a reset, so rows already on screen never move; only a new
//! `source` resets it.
class TaskFeedModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT

    //! Where the tasks come from (the session's feed).
    Q_PROPERTY(lw::FeedSource *source READ source WRITE setSource NOTIFY sourceChanged FINAL)
    Q_PROPERTY(int count READ count NOTIFY countChanged FINAL)
    //! The most recent sync of any account; invalid before the first.
    Q_PROPERTY(QDateTime lastSynced READ lastSynced NOTIFY lastSyncedChanged FINAL)
    //! Rows first seen after seenMark.
    Q_PROPERTY(int newCount READ newCount NOTIFY newCountChanged FINAL)
    //! Tasks first seen after this are "new". Starts at the newest task loaded with the
    //! source (so what arrives while the feed is open is new); the app may restore a saved one.
    Q_PROPERTY(QDateTime seenMark READ seenMark WRITE setSeenMark NOTIFY seenMarkChanged FINAL)
    //! The first screenful is in and the other cached tasks are still being read.
    Q_PROPERTY(bool loading READ loading NOTIFY loadingChanged FINAL)

public:
    enum Role {
        TaskIdRole = Qt::UserRole + 1, //!< taskId: the market's id (string)
        AccountIdRole,                 //!< accountId: the Lightwork account (int64)
        MarketRole,                    //!< market: the market's display name
        TitleRole,                     //!< title: one line of plain text; a placeholder if none
        DescriptionRole,               //!< description: plain text, one paragraph, ≤ 2,000 chars
        StatusRole,                    //!< status: the server's word ("open", …)
        TaskTypeRole,                  //!< taskType: the server's word; "" when the market has none
        BudgetSatsRole,                //!< budgetSats: whole sats (int64); 0 when unknown
        BudgetTextRole,                //!< budgetText: "1500 sat", or a translated "unknown"
        QuoteCountRole,                //!< quoteCount: int, 0 when the market does not say
        CreatedAtRole,                 //!< createdAt: QDateTime, invalid when unreadable
        FirstSeenRole,                 //!< firstSeen: QDateTime of first sight on this device
        IsNewRole,                     //!< isNew: first seen after seenMark
        PartyRole,                     //!< party: the buyer's id, plain text
    };
    Q_ENUM(Role)

    //! Rows read at once when a source is set, more than any window shows; the others are
    //! read on another thread and follow as one insert below them.
    static constexpr int firstScreenRows = 200;

    explicit TaskFeedModel(QObject *parent = nullptr);

    FeedSource *source() const { return m_source; }
    void setSource(FeedSource *source);
    int count() const { return int(m_rows.size()) - m_gapSize; }
    QDateTime lastSynced() const;
    int newCount() const { return m_newCount; }
    QDateTime seenMark() const;
    void setSeenMark(const QDateTime &mark);
    bool loading() const { return m_rest != nullptr; }
    //! Takes in the rest of the cached tasks now, waiting for them if need be.
    void waitUntilLoaded() { takeRest(); }

    //! Moves seenMark past every row: nothing is new any more.
    Q_INVOKABLE void markAllSeen();

    //! The row's task for C++ callers (the filter model); null when out of range.
    const FeedTask *taskAt(int row) const;
    QString marketName(qint64 accountId) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void sourceChanged();
    void countChanged();
    void lastSyncedChanged();
    void newCountChanged();
    void seenMarkChanged();
    void loadingChanged();

private:
    void reload();
    void readRest();
    void takeRest();
    void dropRest();
    void applyDelta(const FeedDelta &delta);
    void removeRows(const QList<int> &sortedRows);
    void insertTasks(QList<FeedTaskPtr> tasks);
    void updateRows(QList<QPair<int, FeedTaskPtr>> updates);
    void recountNew();
    int newRowsFor(qint64 markMs) const;
    //! The task at a row as views see it (past the gap while rows are being removed).
    const FeedTaskPtr &rowAt(int row) const
    {
        return m_rows[size_t(row < m_gapAt ? row : row + m_gapSize)];
    }

    QPointer<FeedSource> m_source;
    //! The rest of the cached tasks on their way (null: none).
    QFutureWatcher<FeedRead> *m_rest = nullptr;
    std::vector<FeedTaskPtr> m_rows;
    //! While removeRows() runs, m_rows[m_gapAt, m_gapAt + m_gapSize) holds removed rows.
    int m_gapAt = 0;
    int m_gapSize = 0;
    qint64 m_seenMarkMs = 0;
    int m_newCount = 0;
};

} // namespace lw
