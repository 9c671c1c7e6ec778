// SPDX-License-Identifier: GPL-3.0-or-later
// `messages list|send|retry`: a quote's thread from the local cache, kept current from the
// server, with messages going out through the outbox (sent once, queued while offline).
#include "cliawait.h"
#include "commands.h"
#include "hirecommand.h"
#include "output.h"
#include "quotethreads.h"
#include "store/marketcache.h"
#include "sync/outbox.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>

#include <algorithm>

namespace lw::cli {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(MessageCommands)
};

qint64 now()
{
    return QDateTime::currentMSecsSinceEpoch();
}

QJsonObject cachedMessageJson(const CacheItem &m)
{
    return {{QStringLiteral("id"), m.remoteId},
            {QStringLiteral("sender_account_id"), m.party},
            {QStringLiteral("body"), m.text},
            {QStringLiteral("created_at"), m.createdAt},
            {QStringLiteral("state"), outboxStateName(OutboxState::Sent)}};
}

QJsonObject outboxJson(const OutboxMessage &m)
{
    // Sending and Unconfirmed read as pending: the user's question is "did it arrive?".
    const bool waiting = m.state == OutboxState::Sending || m.state == OutboxState::Unconfirmed;
    QJsonObject out{{QStringLiteral("local_id"), m.localId},
                    {QStringLiteral("body"), m.text},
                    {QStringLiteral("state"),
                     waiting ? outboxStateName(OutboxState::Pending) : outboxStateName(m.state)}};
    if (!m.remoteId.isEmpty())
        out.insert(QStringLiteral("id"), m.remoteId);
    if (!m.error.isEmpty())
        out.insert(QStringLiteral("error"), m.error);
    return out;
}

//! One thread: its cache, its outbox, and the client that refreshes and sends.
class Thread {
public:
    Thread(HireCommand &h, QString taskId, QString quoteId)
        : m_h(h)
        , m_cache(h.c.session().database())
        , m_outbox(h.c.session().database())
        , m_taskId(std::move(taskId))
        , m_quoteId(std::move(quoteId))
    {
        (void)m_outbox.recover(now()); // a crash mid-send left "sending" rows: unconfirmed
    }

    //! New messages into the cache, then what the server now shows settles the outbox.
    Result<bool, AppError> refresh()
    {
        auto me = m_h.myAccountId();
        auto fetched = await(refreshHireThread(m_h.c.session().database(), m_outbox, m_h.client,
                                               m_taskId, m_quoteId, me ? *me : QString()));
        if (!fetched)
            return lw::fail(fetched.error());
        return true;
    }

    Result<int, AppError> flush() { return await(flushHireOutbox(m_outbox, m_h.client)); }

    Outbox &outbox() { return m_outbox; }

    QJsonObject json(std::optional<qint64> since)
    {
        QJsonArray items;
        auto cached = m_cache.items(m_h.client->accountId(), CacheKind::Message, m_quoteId);
        QList<CacheItem> messages = cached ? *cached : QList<CacheItem>();
        std::sort(messages.begin(), messages.end(), [](const CacheItem &a, const CacheItem &b) {
            return a.sequence.value_or(0) < b.sequence.value_or(0);
        });
        for (const CacheItem &m : std::as_const(messages))
            if (!since || m.sequence.value_or(0) > *since)
                items.append(cachedMessageJson(m));
        if (auto queued = m_outbox.thread(m_h.client->accountId(), m_quoteId))
            for (const OutboxMessage &m : std::as_const(*queued))
                if (m.state != OutboxState::Sent)
                    items.append(outboxJson(m));
        return {{QStringLiteral("messages"), items}};
    }

private:
    HireCommand &m_h;
    MarketCache m_cache;
    Outbox m_outbox;
    QString m_taskId;
    QString m_quoteId;
};

} // namespace

int runMessages(QStringList arguments)
{
    const QString sub = takeSubcommand(arguments);
    HireCommand h(Text::tr("Messages on a quote's thread."));
    const QCommandLineOption since(QStringLiteral("since"),
                                   Text::tr("Only messages after this message id."),
                                   QStringLiteral("id"));
    const QCommandLineOption offline(QStringLiteral("offline"),
                                     Text::tr("Show the thread as last synced; ask no server."));
    h.c.parser.addOptions({since, offline});
    const bool send = sub == u"send";
    const bool retry = sub == u"retry";
    if (!send && !retry && sub != u"list" && !sub.isEmpty())
        return fail(Text::tr("unknown messages command \"%1\"").arg(sub));
    const int args = send || retry ? 3 : 2;
    if (auto code = h.start(arguments, args, args,
                            send    ? Text::tr("a task id, a quote id and the message")
                            : retry ? Text::tr("a task id, a quote id and a queued message's id")
                                    : Text::tr("a task id and a quote id")))
        return *code;
    Thread thread(h, h.c.args().at(0), h.c.args().at(1));

    if (send || retry) {
        QString localId;
        if (send) {
            auto queued = queueHireMessage(thread.outbox(), h.client->accountId(), h.c.args().at(0),
                                           h.c.args().at(1), h.c.args().at(2));
            if (!queued)
                return h.c.report(queued.error());
            localId = queued->localId;
        } else {
            localId = h.c.args().at(2);
            auto requeued = thread.outbox().retry(localId, now());
            if (!requeued)
                return h.c.report(requeued.error());
            if (!*requeued)
                return h.c.report(AppError::make(
                    AppError::Kind::Conflict,
                    Text::tr("Message %1 is not a failed message of this profile.").arg(localId)));
        }
        // Earlier messages whose fate was unclear are settled first, so none goes twice.
        (void)thread.refresh();
        auto flushed = thread.flush();
        auto message = thread.outbox().message(localId);
        if (!message || !*message)
            return h.c.report(message ? AppError::make(AppError::Kind::Storage, {})
                                      : message.error());
        emitResult(outboxJson(**message), h.c.json());
        switch ((*message)->state) {
        case OutboxState::Sent:
            return Success;
        case OutboxState::Failed:
            return h.c.report(AppError::make(AppError::Kind::Invalid, (*message)->error));
        default:
            note(Text::tr("Not confirmed yet (%1). It stays queued: the next `messages list` "
                          "checks whether it arrived and sends it if it did not.")
                     .arg(flushed ? Text::tr("queued behind another message")
                                  : flushed.error().describe()));
            return Failure;
        }
    }

    std::optional<qint64> sinceId;
    if (h.c.parser.isSet(since)) {
        bool ok = false;
        sinceId = h.c.parser.value(since).toLongLong(&ok);
        if (!ok)
            return fail(Text::tr("--since needs a message id"));
    }
    if (!h.c.parser.isSet(offline)) {
        if (auto refreshed = thread.refresh(); !refreshed)
            return h.c.report(refreshed.error());
        (void)thread.flush(); // queued messages go out now that the server answers
    }
    emitResult(thread.json(sinceId), h.c.json());
    return Success;
}

} // namespace lw::cli
