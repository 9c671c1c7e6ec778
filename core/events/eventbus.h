// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "net/apperror.h"
#include "store/database.h"

#include <QObject>

namespace lw {

//! One state an entity reached: "task 42 is delivered".
struct StateEvent {
    qint64 id = 0;
    QString entity;  //!< e.g. "402ai:7:task:42" (market, account, kind, remote id)
    QString state;   //!< the new state, e.g. "delivered"
    QString summary; //!< for the notification, plain text
    qint64 atMs = 0;
};

//! State transitions, deduplicated by (entity, new state) in the app's SQLite file, so a state
//! seen by two syncs, two processes or after a restart is announced once.
class EventBus : public QObject {
    Q_OBJECT

public:
    explicit EventBus(const Database &db, QObject *parent = nullptr);

    static QList<Migration> migrations();

    //! Records the event; true (and `transition` emitted) only the first time.
    Result<bool, AppError> publish(const QString &entity, const QString &state,
                                   const QString &summary, qint64 nowMs);
    //! Newest first.
    Result<QList<StateEvent>, AppError> recent(int limit) const;

Q_SIGNALS:
    void transition(const lw::StateEvent &event);

private:
    const Database &m_db;
};

} // namespace lw
