// SPDX-License-Identifier: GPL-3.0-or-later
#include "quotethreads.h"

#include "enginesession.h"
#include "hiretaskflow.h"
#include "markets/aiforhire/aiforhirerequests.h"
#include "markets/aiforhire/hirecache.h"
#include "markets/aiforhire/hireclient.h"
#include "store/marketcache.h"

#include <QCoreApplication>
#include <QHash>
#include <QPointer>
#include <QPromise>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <functional>
#include <memory>

namespace lw {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(QuoteThreads)
};

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

AppError clientGone()
{
    return AppError::make(AppError::Kind::Cancelled,
                          Text::tr("The profile changed before the market answered."));
}

//! Python's isoformat() has microseconds; Qt reads at most milliseconds.
QDateTime serverTime(const QString &text)
{
    if (text.isEmpty() || text.size() > 64)
        return {};
    static const QRegularExpression micro(QStringLiteral("(\\.\\d{3})\\d+"));
    QString s = text.trimmed();
    s.replace(micro, QStringLiteral("\\1"));
    QDateTime t = QDateTime::fromString(s, Qt::ISODateWithMs);
    if (!t.isValid())
        return {};
    if (t.timeSpec() == Qt::LocalTime)
        t.setTimeSpec(Qt::UTC);
    return t.toUTC();
}

QString readKey(qint64 accountId, const QString &quoteId)
{
    return QStringLiteral("quote_read.%1.%2").arg(accountId).arg(quoteId);
}

bool finalStatus(const QString &status)
{
    return status == u"completed" || status == u"cancelled";
}

QList<CacheItem> byOrder(QList<CacheItem> messages)
{
    std::stable_sort(messages.begin(), messages.end(), [](const CacheItem &a, const CacheItem &b) {
        if (a.sequence.value_or(0) != b.sequence.value_or(0))
            return a.sequence.value_or(0) < b.sequence.value_or(0);
        return a.firstSeenMs < b.firstSeenMs;
    });
    return messages;
}

//! One refresh of the list in flight: what is left to ask and its promise.
struct ListRun {
    using Outcome = Result<QuoteThreadsRefresh, AppError>;
    QPromise<Outcome> promise;
    QuoteThreadsRefresh done;
    QStringList tasks;                        //!< details still to ask for
    QList<std::pair<QString, QString>> chats; //!< (task, quote) threads still to ask for
    QString ownId;
    std::function<void()> next; //!< holds the run weakly: no cycle

    ListRun() { promise.start(); }
    void finish(const Outcome &outcome)
    {
        promise.addResult(outcome);
        promise.finish();
    }
};

} // namespace

Result<QList<QuoteThreadSummary>, AppError> hireQuoteThreads(EngineSession &engine,
                                                             qint64 accountId, const QString &ownId)
{
    QList<QuoteThreadSummary> out;
    if (ownId.isEmpty())
        return out;
    MarketCache cache(engine.database());
    auto tasks = cache.items(accountId, CacheKind::Task);
    if (!tasks)
        return lw::fail(tasks.error());
    const qint64 profileId = engine.profile().id;
    for (const CacheItem &t : std::as_const(*tasks)) {
        auto quotes = cache.items(accountId, CacheKind::Quote, t.remoteId);
        if (!quotes)
            return lw::fail(quotes.error());
        const bool asBuyer = t.party == ownId;
        for (const CacheItem &q : std::as_const(*quotes)) {
            if (!asBuyer && q.party != ownId)
                continue;
            QuoteThreadSummary s;
            s.accountId = accountId;
            s.taskId = t.remoteId;
            s.quoteId = q.remoteId;
            s.taskTitle = t.title;
            s.taskStatus = t.status;
            s.asBuyer = asBuyer;
            s.counterparty = asBuyer ? q.party : t.party;
            s.price = q.amount;
            s.quoteStatus = q.status;
            s.quoteDescription = q.text;
            s.lastActivity = serverTime(q.updatedAt.isEmpty() ? q.createdAt : q.updatedAt);
            if (!s.lastActivity.isValid())
                s.lastActivity = QDateTime::fromMSecsSinceEpoch(q.firstSeenMs, Qt::UTC);
            auto messages = cache.items(accountId, CacheKind::Message, q.remoteId);
            if (messages && !messages->isEmpty()) {
                const CacheItem last = byOrder(*messages).constLast();
                s.lastMessage = last.text;
                s.lastFromMe = last.party == ownId;
                s.lastSequence = last.sequence.value_or(0);
                QDateTime at = serverTime(last.createdAt);
                if (!at.isValid())
                    at = QDateTime::fromMSecsSinceEpoch(last.firstSeenMs, Qt::UTC);
                s.lastActivity = std::max(s.lastActivity, at);
                const QString read = engine.accounts()
                                         .profileSetting(profileId, readKey(accountId, q.remoteId))
                                         .value_or(QString());
                s.unread = !s.lastFromMe && s.lastSequence > read.toLongLong();
            }
            out.append(s);
        }
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const auto &a, const auto &b) { return a.lastActivity > b.lastActivity; });
    return out;
}

Result<bool, AppError> markHireThreadRead(EngineSession &engine, qint64 accountId,
                                          const QString &quoteId, qint64 sequence)
{
    const QString key = readKey(accountId, quoteId);
    auto read = engine.accounts().profileSetting(engine.profile().id, key);
    if (read && read->toLongLong() >= sequence)
        return false;
    return engine.accounts().setProfileSetting(engine.profile().id, key, QString::number(sequence));
}

QFuture<Result<QuoteThreadsRefresh, AppError>> refreshHireQuoteThreads(EngineSession &engine,
                                                                       HireClient *client)
{
    auto run = std::make_shared<ListRun>();
    auto future = run->promise.future();
    if (!client) {
        run->finish(lw::fail(
            AppError::make(AppError::Kind::Invalid, Text::tr("There is no 402ai account."))));
        return future;
    }
    QPointer<HireClient> c = client;
    EngineSession *e = &engine;
    const qint64 account = client->accountId();

    // One request at a time: the details first (each names the threads whose messages are
    // behind), then those threads' messages.
    std::weak_ptr<ListRun> weak = run;
    run->next = [weak, c, e, account] {
        auto self = weak.lock();
        if (!self)
            return;
        if (!c)
            return self->finish(lw::fail(clientGone()));
        if (!self->tasks.isEmpty()) {
            const QString taskId = self->tasks.takeFirst();
            c->task(taskId).then(e, [self, e, account](const HireResult<HireTask> &task) {
                if (!task)
                    return self->finish(lw::fail(task.error()));
                if (auto cached = cacheHireTask(e->database(), account, *task, nowMs()); !cached)
                    return self->finish(lw::fail(cached.error()));
                ++self->done.tasksFetched;
                MarketCache cache(e->database());
                const bool mine = task->buyerAccountId == self->ownId;
                if (task->quotes) {
                    for (const HireQuote &q : task->quotes->items) {
                        if (!mine && q.contractorAccountId != self->ownId)
                            continue;
                        const auto have = cache.items(account, CacheKind::Message, q.id);
                        if (have && q.messageCount.value_or(0) > have->size())
                            self->chats.append({task->id, q.id});
                    }
                }
                self->next();
            });
            return;
        }
        if (self->chats.isEmpty())
            return self->finish(self->done);
        const auto [taskId, quoteId] = self->chats.takeFirst();
        const auto since =
            MarketCache(e->database()).lastSequence(account, quoteId).value_or(std::nullopt);
        c->messages(taskId, quoteId, since)
            .then(e, [self, e, account, quoteId](const HireResult<HireList<HireMessage>> &m) {
                if (!m)
                    return self->finish(lw::fail(m.error()));
                MarketCache cache(e->database());
                if (auto applied = cache.apply(hireMessagesSnapshot(account, quoteId, *m), nowMs());
                    !applied)
                    return self->finish(lw::fail(applied.error()));
                ++self->done.threadsFetched;
                self->next();
            });
    };

    hireOwnId(engine, client).then(e, [run, c, e, account](const Result<QString, AppError> &own) {
        if (!own)
            return run->finish(lw::fail(own.error()));
        if (!c)
            return run->finish(lw::fail(clientGone()));
        run->ownId = *own;
        c->tasks().then(e, [run, e, account](const HireResult<HireList<HireTask>> &board) {
            if (!board)
                return run->finish(lw::fail(board.error()));
            MarketCache cache(e->database());
            auto feed = cache.apply(hireFeedSnapshot(account, *board), nowMs());
            if (!feed)
                return run->finish(lw::fail(feed.error()));
            run->done.feed = *feed;
            if (run->ownId.isEmpty()) // never funded: the market knows no thread of it
                return run->finish(run->done);
            QStringList first, later;
            for (const HireTask &t : board->items) {
                if (t.quoteCount <= 0)
                    continue;
                const auto quotes =
                    cache.items(account, CacheKind::Quote, t.id).value_or(QList<CacheItem>());
                const bool mine = t.buyerAccountId == run->ownId;
                const bool quoted = std::any_of(quotes.begin(), quotes.end(),
                                                [&](auto &q) { return q.party == run->ownId; });
                const bool countChanged = t.quoteCount != quotes.size();
                if ((mine || quoted) && !(finalStatus(t.statusText) && !countChanged))
                    first.append(t.id);
                else if (countChanged)
                    later.append(t.id); // may hold a quote of ours we have not seen
            }
            run->tasks = (first + later).mid(0, maxThreadDetailsPerRefresh);
            run->next();
        });
    });
    return future;
}

QFuture<Result<int, AppError>> refreshHireThread(const Database &db, Outbox &outbox,
                                                 HireClient *client, const QString &taskId,
                                                 const QString &quoteId, const QString &ownId)
{
    using Outcome = Result<int, AppError>;
    if (!client)
        return QtFuture::makeReadyFuture(Outcome(lw::fail(clientGone())));
    const qint64 account = client->accountId();
    const auto since = MarketCache(db).lastSequence(account, quoteId).value_or(std::nullopt);
    const Database *d = &db;
    QPointer<Outbox> box = &outbox;
    return client->messages(taskId, quoteId, since)
        .then(&outbox,
              [d, box, account, quoteId, ownId](const HireResult<HireList<HireMessage>> &m) {
                  if (!m)
                      return Outcome(lw::fail(m.error()));
                  MarketCache cache(*d);
                  auto applied = cache.apply(hireMessagesSnapshot(account, quoteId, *m), nowMs());
                  if (!applied)
                      return Outcome(lw::fail(applied.error()));
                  auto all = cache.items(account, CacheKind::Message, quoteId);
                  if (!all)
                      return Outcome(lw::fail(all.error()));
                  if (box) {
                      auto settled = box->reconcile(account, quoteId, *all, ownId, nowMs());
                      if (!settled)
                          return Outcome(lw::fail(settled.error()));
                  }
                  return Outcome(int(applied->inserted.size()));
              });
}

Result<OutboxMessage, AppError> queueHireMessage(Outbox &outbox, qint64 accountId,
                                                 const QString &taskId, const QString &quoteId,
                                                 const QString &text)
{
    if (auto problem = validateMessage(text))
        return lw::fail(*problem);
    return outbox.enqueue(accountId, taskId, quoteId, text, nowMs());
}

QFuture<Result<int, AppError>> flushHireOutbox(Outbox &outbox, HireClient *client)
{
    if (!client)
        return QtFuture::makeReadyFuture(Result<int, AppError>(lw::fail(clientGone())));
    QPointer<HireClient> c = client;
    auto send = [c](const OutboxMessage &m) -> QFuture<Result<QString, AppError>> {
        if (!c)
            return QtFuture::makeReadyFuture(Result<QString, AppError>(lw::fail(clientGone())));
        return c->sendMessage(m.taskId, m.quoteId, m.text)
            .then([](const HireResult<HireMessage> &sent) -> Result<QString, AppError> {
                if (!sent)
                    return lw::fail(sent.error());
                return sent->id;
            });
    };
    return outbox.flush(client->accountId(), send, nowMs());
}

Result<QList<QuoteThreadMessage>, AppError>
hireThreadMessages(const Database &db, const Outbox &outbox, qint64 accountId,
                   const QString &quoteId, const QString &ownId)
{
    auto cached = MarketCache(db).items(accountId, CacheKind::Message, quoteId);
    if (!cached)
        return lw::fail(cached.error());
    auto queued = outbox.thread(accountId, quoteId);
    if (!queued)
        return lw::fail(queued.error());
    QHash<QString, OutboxMessage> byRemote;
    for (const OutboxMessage &m : std::as_const(*queued))
        if (!m.remoteId.isEmpty())
            byRemote.insert(m.remoteId, m);
    QList<QuoteThreadMessage> out;
    QSet<QString> shown;
    for (const CacheItem &c : byOrder(*cached)) {
        QuoteThreadMessage m;
        m.senderId = c.party;
        m.body = c.text;
        m.at = serverTime(c.createdAt);
        if (!m.at.isValid())
            m.at = QDateTime::fromMSecsSinceEpoch(c.firstSeenMs, Qt::UTC);
        if (auto own = byRemote.find(c.remoteId); own != byRemote.end()) {
            m.key = QStringLiteral("l:") + own->localId;
            m.localId = own->localId;
            m.mine = true;
            shown.insert(own->localId);
        } else {
            m.key = QStringLiteral("r:") + c.remoteId;
            m.mine = !ownId.isEmpty() && c.party == ownId;
        }
        out.append(m);
    }
    for (const OutboxMessage &q : std::as_const(*queued)) {
        if (shown.contains(q.localId))
            continue;
        QuoteThreadMessage m;
        m.key = QStringLiteral("l:") + q.localId;
        m.localId = q.localId;
        m.senderId = ownId;
        m.body = q.text;
        m.at = QDateTime::fromMSecsSinceEpoch(q.createdAtMs, Qt::UTC);
        m.mine = true;
        // Sending and Unconfirmed read as pending: the question is "did it arrive?".
        m.state = q.state == OutboxState::Sending || q.state == OutboxState::Unconfirmed
                      ? OutboxState::Pending
                      : q.state;
        m.error = q.error;
        out.append(m);
    }
    return out;
}

} // namespace lw
