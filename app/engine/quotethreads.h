// SPDX-License-Identifier: GPL-3.0-or-later
// A 402ai quote's message thread and the list of them: `lightwork-cli messages` and the Quotes
// screen go through here, so both keep the offline copy the same way and send through the one
// outbox (each message once, queued while the market cannot be reached).
#pragma once

#include "common/result.h"
#include "lightning/millisats.h"
#include "net/apperror.h"
#include "store/database.h"
#include "sync/changeset.h"
#include "sync/outbox.h"

#include <QDateTime>
#include <QFuture>
#include <QList>
#include <QString>

#include <optional>

namespace lw {

class EngineSession;
class HireClient;

//! One quote's thread as the list shows it: as buyer, a quote received on one's own task; as
//! worker, one's own quote. Text is the market's, untrusted: plain text only.
struct QuoteThreadSummary {
    qint64 accountId = 0;
    QString taskId;
    QString quoteId;
    QString taskTitle;
    QString taskStatus;
    bool asBuyer = false;
    QString counterparty; //!< the other side's market id
    MilliSats price;
    QString quoteStatus;
    QString quoteDescription;
    QString lastMessage; //!< the newest message's body; empty before one
    bool lastFromMe = false;
    qint64 lastSequence = 0; //!< the newest message's cursor (0: none)
    QDateTime lastActivity;  //!< the newest message, else the quote's last change (UTC)
    bool unread = false;     //!< the other side wrote after the thread was last read
};

//! One message of a thread as it is shown: the market's copy, or our own still in the outbox.
struct QuoteThreadMessage {
    QString key;     //!< stable while the message lives: "l:<localId>" for ours, else "r:<id>"
    QString localId; //!< set for messages sent from this device (Retry needs it)
    QString senderId;
    QString body;
    QDateTime at; //!< the server's time, else when it was queued
    bool mine = false;
    OutboxState state = OutboxState::Sent;
    QString error; //!< why it failed (the market's word), for Failed
};

//! What refreshing the list did.
struct QuoteThreadsRefresh {
    ChangeSet feed;       //!< the task board's changes (for the feed's model)
    int tasksFetched = 0; //!< task details asked for
    int threadsFetched = 0;
};

//! The most task details one list refresh asks for (free calls, but one each).
inline constexpr int maxThreadDetailsPerRefresh = 30;

//! The threads of one account from the offline copy, newest activity first. `ownId` is the
//! account's id at the market (empty: none can be told apart, so none is listed).
Result<QList<QuoteThreadSummary>, AppError>
hireQuoteThreads(EngineSession &engine, qint64 accountId, const QString &ownId);
//! Records that the thread was read up to `sequence` (the profile's setting).
Result<bool, AppError> markHireThreadRead(EngineSession &engine, qint64 accountId,
                                          const QString &quoteId, qint64 sequence);

//! Asks the market for the board, the details of the tasks that hold the account's threads (or
//! may: their quote count changed) and the messages of threads whose count grew; all into the
//! offline copy.
QFuture<Result<QuoteThreadsRefresh, AppError>> refreshHireQuoteThreads(EngineSession &engine,
                                                                       HireClient *client);

//! The thread's new messages into the offline copy; then what the market shows settles the
//! outbox (a message with no clear answer that is there is Sent, one that is not is sent
//! again). `ownId` as for hireQuoteThreads. Answers how many messages were new.
QFuture<Result<int, AppError>> refreshHireThread(const Database &db, Outbox &outbox,
                                                 HireClient *client, const QString &taskId,
                                                 const QString &quoteId, const QString &ownId);
//! Queues a message (checked first: a refused one is never queued).
Result<OutboxMessage, AppError> queueHireMessage(Outbox &outbox, qint64 accountId,
                                                 const QString &taskId, const QString &quoteId,
                                                 const QString &text);
//! Sends the account's queued messages, oldest first; answers how many went.
QFuture<Result<int, AppError>> flushHireOutbox(Outbox &outbox, HireClient *client);
//! The thread as shown: the market's messages by their order, then ours not on the market yet.
Result<QList<QuoteThreadMessage>, AppError>
hireThreadMessages(const Database &db, const Outbox &outbox, qint64 accountId,
                   const QString &quoteId, const QString &ownId);

} // namespace lw
