// SPDX-License-Identifier: GPL-3.0-or-later
#include "events/eventbus.h"

namespace lw {

EventBus::EventBus(const Database &db, QObject *parent)
    : QObject(parent)
    , m_db(db)
{}

QList<Migration> EventBus::migrations()
{
    return {{1,
             {QStringLiteral("CREATE TABLE state_events (id INTEGER PRIMARY KEY,"
                             " entity TEXT NOT NULL, state TEXT NOT NULL,"
                             " summary TEXT NOT NULL DEFAULT '', at_ms INTEGER NOT NULL,"
                             " UNIQUE (entity, state))")}}};
}

Result<bool, AppError> EventBus::publish(const QString &entity, const QString &state,
                                         const QString &summary, qint64 nowMs)
{
    auto q = m_db.exec(QStringLiteral("INSERT INTO state_events (entity, state, summary, at_ms) "
                                      "VALUES (?,?,?,?) ON CONFLICT (entity, state) DO NOTHING"),
                       {sqlText(entity), sqlText(state), sqlText(summary), nowMs});
    if (!q)
        return fail(q.error());
    if (q->numRowsAffected() != 1)
        return false;
    StateEvent event;
    event.id = q->lastInsertId().toLongLong();
    event.entity = entity;
    event.state = state;
    event.summary = summary;
    event.atMs = nowMs;
    Q_EMIT transition(event);
    return true;
}

Result<QList<StateEvent>, AppError> EventBus::recent(int limit) const
{
    auto q = m_db.exec(QStringLiteral("SELECT id, entity, state, summary, at_ms FROM state_events "
                                      "ORDER BY id DESC LIMIT ?"),
                       {limit});
    if (!q)
        return fail(q.error());
    QList<StateEvent> out;
    while (q->next())
        out.append({q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toString(),
                    q->value(3).toString(), q->value(4).toLongLong()});
    return out;
}

} // namespace lw
