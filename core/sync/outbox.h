// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "net/apperror.h"
#include "store/database.h"
#include "store/marketcache.h"

#include <QFuture>
#include <QObject>

#include <functional>

namespace lw {

//! Where a queued message stands. The GUI shows Pending for Sending and Unconfirmed.
enum class OutboxState {
    Pending,     //!< waiting to be sent
    Sending,     //!< the request is out (a crash here leaves it Unconfirmed on the next start)
    Unconfirmed, //!< no clear answer: the next look at the thread decides (echo → Sent)
    Sent,        //!< the server has it; `remoteId` is its id
    Failed,      //!< refused by the server; retry() queues it again
};

QString outboxStateName(OutboxState state);

struct OutboxMessage {
    QString localId; //!< ours, stable from the moment it is queued
    qint64 accountId = 0;
    QString taskId;
    QString quoteId;
    QString text;
    OutboxState state = OutboxState::Pending;
    QString remoteId;
    QString error;
    int attempts = 0;
    qint64 createdAtMs = 0;
    qint64 updatedAtMs = 0;
};

//! Messages written offline or while a server struggles: each is sent once, in order. When a
//! send has no clear answer it is not repeated blindly; the next fetch of the thread decides:
//! the server's copy of it (same sender and text, not yet matched) marks it Sent, and only a
//! thread without it sends it again. Messages only: payments are never queued.
class Outbox : public QObject {
    Q_OBJECT

public:
    using Sender = std::function<QFuture<Result<QString, AppError>>(const OutboxMessage &)>;

    explicit Outbox(const Database &db, QObject *parent = nullptr);

    static QList<Migration> migrations();

    Result<OutboxMessage, AppError> enqueue(qint64 accountId, const QString &taskId,
                                            const QString &quoteId, const QString &text,
                                            qint64 nowMs);
    //! Sends the account's Pending messages one by one, oldest first, and stops at the first
    //! that ends without a clear answer (the rest would likely meet the same). Resolves with
    //! how many were sent.
    QFuture<Result<int, AppError>> flush(qint64 accountId, Sender send, qint64 nowMs);
    //! Matches Sending/Unconfirmed messages of a quote's thread against the server's messages
    //! of that thread (the whole thread as cached); what matched is Sent, the rest Pending.
    //! `myParty` is our account id on that market (empty: match on text alone).
    Result<int, AppError> reconcile(qint64 accountId, const QString &quoteId,
                                    const QList<CacheItem> &serverMessages, const QString &myParty,
                                    qint64 nowMs);
    //! A Failed message back to Pending.
    Result<bool, AppError> retry(const QString &localId, qint64 nowMs);
    //! After a crash: what was Sending is Unconfirmed.
    Result<int, AppError> recover(qint64 nowMs);

    Result<QList<OutboxMessage>, AppError> thread(qint64 accountId, const QString &quoteId) const;
    Result<std::optional<OutboxMessage>, AppError> message(const QString &localId) const;

Q_SIGNALS:
    void stateChanged(const QString &localId, lw::OutboxState state);

private:
    Result<bool, AppError> move(const QString &localId, OutboxState to,
                                const QList<OutboxState> &from, const QString &remoteId,
                                const QString &error, qint64 nowMs);
    QFuture<Result<int, AppError>> sendNext(qint64 accountId, Sender send, qint64 nowMs,
                                            int sentSoFar);
    Result<QList<OutboxMessage>, AppError> select(const QString &where,
                                                  const QVariantList &bindings) const;

    const Database &m_db;
};

} // namespace lw
