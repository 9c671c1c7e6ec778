// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/outbox.h"

#include <QSet>
#include <QUuid>

namespace lw {

using Flushed = Result<int, AppError>;

namespace {

const QString columns = QStringLiteral("local_id, account_id, task_id, quote_id, body, state, "
                                       "remote_id, error, attempts, created_ms, updated_ms");

OutboxState stateFromName(const QString &name)
{
    for (OutboxState s : {OutboxState::Pending, OutboxState::Sending, OutboxState::Unconfirmed,
                          OutboxState::Sent, OutboxState::Failed})
        if (outboxStateName(s) == name)
            return s;
    return OutboxState::Failed;
}

// An answer that may not have reached the server, or whose effect is unknown: decide later.
bool outcomeUnknown(const AppError &error)
{
    using K = AppError::Kind;
    return error.kind == K::Network || error.kind == K::Timeout || error.kind == K::Server
           || error.kind == K::RateLimited || error.kind == K::BadResponse
           || error.kind == K::TooLarge;
}

} // namespace

QString outboxStateName(OutboxState state)
{
    switch (state) {
    case OutboxState::Pending:
        return QStringLiteral("pending");
    case OutboxState::Sending:
        return QStringLiteral("sending");
    case OutboxState::Unconfirmed:
        return QStringLiteral("unconfirmed");
    case OutboxState::Sent:
        return QStringLiteral("sent");
    case OutboxState::Failed:
        return QStringLiteral("failed");
    }
    return {};
}

Outbox::Outbox(const Database &db, QObject *parent)
    : QObject(parent)
    , m_db(db)
{}

QList<Migration> Outbox::migrations()
{
    return {{1,
             {QStringLiteral(
                  "CREATE TABLE message_outbox (local_id TEXT PRIMARY KEY,"
                  " account_id INTEGER NOT NULL REFERENCES market_accounts(id) ON DELETE CASCADE,"
                  " task_id TEXT NOT NULL, quote_id TEXT NOT NULL, body TEXT NOT NULL,"
                  " state TEXT NOT NULL, remote_id TEXT NOT NULL DEFAULT '',"
                  " error TEXT NOT NULL DEFAULT '', attempts INTEGER NOT NULL DEFAULT 0,"
                  " created_ms INTEGER NOT NULL, updated_ms INTEGER NOT NULL)"),
              QStringLiteral("CREATE INDEX message_outbox_thread ON message_outbox(account_id, "
                             "quote_id)")}}};
}

Result<OutboxMessage, AppError> Outbox::enqueue(qint64 accountId, const QString &taskId,
                                                const QString &quoteId, const QString &text,
                                                qint64 nowMs)
{
    OutboxMessage m;
    m.localId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m.accountId = accountId;
    m.taskId = taskId;
    m.quoteId = quoteId;
    m.text = text;
    m.createdAtMs = m.updatedAtMs = nowMs;
    auto q = m_db.exec(QStringLiteral("INSERT INTO message_outbox (local_id, account_id, task_id,"
                                      " quote_id, body, state, created_ms, updated_ms)"
                                      " VALUES (?,?,?,?,?,?,?,?)"),
                       {m.localId, accountId, sqlText(taskId), sqlText(quoteId), sqlText(text),
                        outboxStateName(OutboxState::Pending), nowMs, nowMs});
    if (!q)
        return fail(q.error());
    Q_EMIT stateChanged(m.localId, m.state);
    return m;
}

QFuture<Result<int, AppError>> Outbox::flush(qint64 accountId, Sender send, qint64 nowMs)
{
    return sendNext(accountId, std::move(send), nowMs, 0);
}

QFuture<Result<int, AppError>> Outbox::sendNext(qint64 accountId, Sender send, qint64 nowMs,
                                                int sentSoFar)
{
    auto pending = select(QStringLiteral("account_id = ? AND state = ? ORDER BY created_ms, "
                                         "rowid LIMIT 1"),
                          {accountId, outboxStateName(OutboxState::Pending)});
    if (!pending)
        return QtFuture::makeReadyFuture<Flushed>(fail(pending.error()));
    if (pending->isEmpty())
        return QtFuture::makeReadyFuture<Flushed>(sentSoFar);
    const OutboxMessage m = pending->first();
    // Durable before the request: a crash from here on must not send it again blindly.
    auto claimed = move(m.localId, OutboxState::Sending, {OutboxState::Pending}, {}, {}, nowMs);
    if (!claimed)
        return QtFuture::makeReadyFuture<Flushed>(fail(claimed.error()));
    if (!*claimed) // another process took it
        return sendNext(accountId, std::move(send), nowMs, sentSoFar);
    return send(m)
        .then(this,
              [this, m, accountId, send, nowMs, sentSoFar](Result<QString, AppError> answer) {
                  if (answer) {
                      auto moved = move(m.localId, OutboxState::Sent, {OutboxState::Sending},
                                        *answer, {}, nowMs);
                      if (!moved)
                          return QtFuture::makeReadyFuture<Flushed>(fail(moved.error()));
                      return sendNext(accountId, send, nowMs, sentSoFar + 1);
                  }
                  const AppError &error = answer.error();
                  if (outcomeUnknown(error)) {
                      auto moved = move(m.localId, OutboxState::Unconfirmed, {OutboxState::Sending},
                                        {}, error.describe(), nowMs);
                      if (!moved)
                          return QtFuture::makeReadyFuture<Flushed>(fail(moved.error()));
                      return QtFuture::makeReadyFuture<Flushed>(fail(error));
                  }
                  auto moved = move(m.localId, OutboxState::Failed, {OutboxState::Sending}, {},
                                    error.describe(), nowMs);
                  if (!moved)
                      return QtFuture::makeReadyFuture<Flushed>(fail(moved.error()));
                  return sendNext(accountId, send, nowMs, sentSoFar);
              })
        .unwrap();
}

Result<int, AppError> Outbox::reconcile(qint64 accountId, const QString &quoteId,
                                        const QList<CacheItem> &serverMessages,
                                        const QString &myParty, qint64 nowMs)
{
    auto all = thread(accountId, quoteId);
    if (!all)
        return fail(all.error());
    QSet<QString> matched;
    for (const OutboxMessage &m : std::as_const(*all))
        if (!m.remoteId.isEmpty())
            matched.insert(m.remoteId);
    int confirmed = 0;
    for (const OutboxMessage &m : std::as_const(*all)) {
        if (m.state != OutboxState::Sending && m.state != OutboxState::Unconfirmed)
            continue;
        QString echo;
        for (const CacheItem &s : serverMessages) {
            if (matched.contains(s.remoteId) || s.text != m.text)
                continue;
            if (!myParty.isEmpty() && s.party != myParty)
                continue;
            echo = s.remoteId;
            break;
        }
        const QList<OutboxState> from{OutboxState::Sending, OutboxState::Unconfirmed};
        if (!echo.isEmpty()) {
            matched.insert(echo);
            auto moved = move(m.localId, OutboxState::Sent, from, echo, {}, nowMs);
            if (!moved)
                return fail(moved.error());
            confirmed += *moved ? 1 : 0;
        } else {
            // The thread as the server has it lacks this message: it never arrived.
            auto moved = move(m.localId, OutboxState::Pending, from, {}, m.error, nowMs);
            if (!moved)
                return fail(moved.error());
        }
    }
    return confirmed;
}

Result<bool, AppError> Outbox::retry(const QString &localId, qint64 nowMs)
{
    return move(localId, OutboxState::Pending, {OutboxState::Failed}, {}, {}, nowMs);
}

Result<int, AppError> Outbox::recover(qint64 nowMs)
{
    auto q = m_db.exec(
        QStringLiteral("UPDATE message_outbox SET state = ?, updated_ms = ? "
                       "WHERE state = ?"),
        {outboxStateName(OutboxState::Unconfirmed), nowMs, outboxStateName(OutboxState::Sending)});
    if (!q)
        return fail(q.error());
    return q->numRowsAffected();
}

Result<QList<OutboxMessage>, AppError> Outbox::thread(qint64 accountId,
                                                      const QString &quoteId) const
{
    return select(QStringLiteral("account_id = ? AND quote_id = ? ORDER BY created_ms, rowid"),
                  {accountId, sqlText(quoteId)});
}

Result<std::optional<OutboxMessage>, AppError> Outbox::message(const QString &localId) const
{
    auto found = select(QStringLiteral("local_id = ?"), {localId});
    if (!found)
        return fail(found.error());
    if (found->isEmpty())
        return std::optional<OutboxMessage>();
    return std::optional<OutboxMessage>(found->first());
}

Result<bool, AppError> Outbox::move(const QString &localId, OutboxState to,
                                    const QList<OutboxState> &from, const QString &remoteId,
                                    const QString &error, qint64 nowMs)
{
    QStringList marks;
    QVariantList bindings{outboxStateName(to),
                          sqlText(remoteId),
                          sqlText(error),
                          to == OutboxState::Sending ? 1 : 0,
                          nowMs,
                          localId};
    for (OutboxState s : from) {
        marks << QStringLiteral("?");
        bindings << outboxStateName(s);
    }
    // Guarded in SQL: only a row still in an expected state moves, so two processes flushing
    // the same outbox cannot both send one message.
    auto q = m_db.exec(QStringLiteral("UPDATE message_outbox SET state = ?, remote_id = ?, "
                                      "error = ?, attempts = attempts + ?, updated_ms = ? "
                                      "WHERE local_id = ? AND state IN (%1)")
                           .arg(marks.join(u',')),
                       bindings);
    if (!q)
        return fail(q.error());
    const bool moved = q->numRowsAffected() == 1;
    if (moved)
        Q_EMIT stateChanged(localId, to);
    return moved;
}

Result<QList<OutboxMessage>, AppError> Outbox::select(const QString &where,
                                                      const QVariantList &bindings) const
{
    auto q = m_db.exec(QStringLiteral("SELECT %1 FROM message_outbox WHERE %2").arg(columns, where),
                       bindings);
    if (!q)
        return fail(q.error());
    QList<OutboxMessage> out;
    while (q->next()) {
        OutboxMessage m;
        m.localId = q->value(0).toString();
        m.accountId = q->value(1).toLongLong();
        m.taskId = q->value(2).toString();
        m.quoteId = q->value(3).toString();
        m.text = q->value(4).toString();
        m.state = stateFromName(q->value(5).toString());
        m.remoteId = q->value(6).toString();
        m.error = q->value(7).toString();
        m.attempts = q->value(8).toInt();
        m.createdAtMs = q->value(9).toLongLong();
        m.updatedAtMs = q->value(10).toLongLong();
        out.append(m);
    }
    return out;
}

} // namespace lw
