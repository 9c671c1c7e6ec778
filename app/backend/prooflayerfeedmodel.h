// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/cacheitem.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

namespace lw {

//! ProofLayer's tasks as the worker sees them: the open feed and the tasks this worker
//! claimed, from the offline copy, narrowed by task type, status and reward range. Every text
//! came from the market: plain text only.
class ProofLayerFeedModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The feed belongs to a ProofLayerController.")

    Q_PROPERTY(int count READ count NOTIFY countChanged FINAL)
    //! Rows before filtering.
    Q_PROPERTY(int totalCount READ totalCount NOTIFY countChanged FINAL)
    //! Only this task type ("" for every type).
    Q_PROPERTY(QString taskType READ taskType WRITE setTaskType NOTIFY filterChanged FINAL)
    //! Only this status ("open", "claimed", "submitted", "completed"; "" for every status).
    Q_PROPERTY(QString status READ status WRITE setStatus NOTIFY filterChanged FINAL)
    //! Reward bounds in whole sats; 0 is no bound.
    Q_PROPERTY(int minRewardSats READ minRewardSats WRITE setMinRewardSats NOTIFY filterChanged)
    Q_PROPERTY(int maxRewardSats READ maxRewardSats WRITE setMaxRewardSats NOTIFY filterChanged)
    //! The task types the filter offers (the market's spelling).
    Q_PROPERTY(QStringList taskTypes READ taskTypes CONSTANT FINAL)
    Q_PROPERTY(QStringList statuses READ statuses CONSTANT FINAL)

public:
    enum Role {
        TaskIdRole = Qt::UserRole + 1, //!< taskId
        TitleRole,                     //!< title: one line; a placeholder when the market sent none
        QuestionRole,                  //!< question: plain text, bounded
        TaskTypeRole,                  //!< taskType: the market's word
        RewardSatsRole,                //!< rewardSats: the budget in whole sats (int64)
        RewardTextRole,                //!< rewardText: "500 sat"
        WorkerShareTextRole,           //!< workerShareText: what the worker is paid (70 %)
        TrustModeRole,                 //!< trustMode: the market's word
        ProofRequiredRole,             //!< proofRequired: a proof URL must be submitted
        StatusRole,                    //!< status: the market's word
        PostedAtRole,                  //!< postedAt: QDateTime, invalid when unreadable
        DeadlineTextRole,              //!< deadlineText: translated ("No deadline")
        MineRole,                      //!< mine: claimed by this worker
    };
    Q_ENUM(Role)

    //! One cached task with where it came from.
    struct Entry {
        CacheItem item;
        bool mine = false;
    };

    explicit ProofLayerFeedModel(QObject *parent = nullptr);

    //! Replaces every row (mine first, then the open feed, each newest first).
    void setEntries(QList<Entry> entries);
    //! The row of a task id among the filtered rows, -1 when not shown.
    Q_INVOKABLE int rowOf(const QString &taskId) const;
    //! A task's entry whether filtered out or not; null when unknown.
    const Entry *find(const QString &taskId) const;

    int count() const { return int(m_rows.size()); }
    int totalCount() const { return int(m_all.size()); }
    QString taskType() const { return m_taskType; }
    void setTaskType(const QString &type);
    QString status() const { return m_status; }
    void setStatus(const QString &status);
    int minRewardSats() const { return m_min; }
    void setMinRewardSats(int sats);
    int maxRewardSats() const { return m_max; }
    void setMaxRewardSats(int sats);
    QStringList taskTypes() const;
    QStringList statuses() const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    //! Title text bounded for a row.
    static constexpr qsizetype titleChars = 200;
    static constexpr qsizetype questionChars = 2000;

Q_SIGNALS:
    void countChanged();
    void filterChanged();

private:
    bool accepts(const Entry &entry) const;
    void refilter();

    QList<Entry> m_all;
    QList<qsizetype> m_rows; //!< indexes into m_all
    QString m_taskType;
    QString m_status;
    int m_min = 0;
    int m_max = 0;
};

} // namespace lw
