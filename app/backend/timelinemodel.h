// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timeline.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

namespace lw {

//! A task's escrow timeline for the detail page: one row per step, in order, each done or still
//! to come, with its time and sats. Filled by TaskDetail.
class TimelineModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("A task's timeline comes from its TaskDetail.")

    Q_PROPERTY(int count READ count NOTIFY countChanged FINAL)

public:
    enum Role {
        KindRole = Qt::UserRole + 1, //!< kind: "posted", "quoted", "escrow_locked", "delivered",
                                     //!< "released", "collected"
        TitleRole,                   //!< title: translated, e.g. "Escrow locked 300 sat"
        DoneRole,                    //!< done: the step happened
        CurrentRole,                 //!< current: the first step still to come
        AtRole,                      //!< at: QDateTime, invalid when unknown or not done
        SatsTextRole,                //!< satsText: "300 sat", or "" when no sats moved
        DetailRole,                  //!< detail: a translated line under the title, or ""
    };
    Q_ENUM(Role)

    explicit TimelineModel(QObject *parent = nullptr);

    //! Replaces the steps: rows whose content changed get dataChanged; a new number of steps
    //! resets (the detail always has the same six).
    void setSteps(const QList<TimelineStep> &steps);
    const QList<TimelineStep> &steps() const { return m_steps; }
    int count() const { return int(m_steps.size()); }
    //! The title of a step (translated).
    static QString titleOf(const TimelineStep &step);
    static QString kindName(TimelineStep::Kind kind);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void countChanged();

private:
    int currentRow() const;

    QList<TimelineStep> m_steps;
};

} // namespace lw
