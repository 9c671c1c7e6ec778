// SPDX-License-Identifier: GPL-3.0-or-later
#include "markets/aiforhire/hirecache.h"

#include "markets/aiforhire/hireclient.h"

namespace lw {

CacheItem toCacheItem(const HireTask &task)
{
    CacheItem item;
    item.remoteId = task.id;
    item.status = task.statusText;
    item.amount = task.budget;
    item.title = task.title;
    item.text = task.description;
    item.party = task.buyerAccountId;
    item.createdAt = task.createdAt.text;
    item.updatedAt = task.updatedAt.text;
    item.extra.insert(QStringLiteral("quote_count"), task.quoteCount);
    if (task.escrowed)
        item.extra.insert(QStringLiteral("escrowed_msat"), task.escrowed->msat());
    return item;
}

CacheItem toCacheItem(const HireQuote &quote)
{
    CacheItem item;
    item.remoteId = quote.id;
    item.parentId = quote.taskId;
    item.status = quote.statusText;
    item.amount = quote.price;
    item.text = quote.description;
    item.party = quote.contractorAccountId;
    item.createdAt = quote.createdAt.text;
    item.updatedAt = quote.updatedAt.text;
    if (quote.messageCount)
        item.extra.insert(QStringLiteral("message_count"), *quote.messageCount);
    return item;
}

CacheItem toCacheItem(const HireMessage &message)
{
    CacheItem item;
    item.remoteId = message.id;
    item.parentId = message.quoteId;
    item.text = message.body;
    item.party = message.senderAccountId;
    item.sequence = message.sequence;
    item.createdAt = message.createdAt.text;
    item.extra.insert(QStringLiteral("task_id"), message.taskId);
    return item;
}

CacheItem toCacheItem(const HireDelivery &delivery)
{
    CacheItem item;
    item.remoteId = delivery.id;
    item.parentId = delivery.taskId;
    item.title = delivery.filename;
    item.text = delivery.notes;
    item.party = delivery.contractorAccountId;
    item.createdAt = delivery.createdAt.text;
    item.extra.insert(QStringLiteral("quote_id"), delivery.quoteId);
    return item;
}

CacheSnapshot hireFeedSnapshot(qint64 accountId, const HireList<HireTask> &tasks)
{
    CacheSnapshot s{accountId, CacheKind::Task, {}, {}, true};
    s.items.reserve(tasks.items.size());
    for (const HireTask &t : tasks.items)
        s.items.append(toCacheItem(t));
    // Items left out as malformed or past the cap are not "removed": keep what we had.
    s.complete = tasks.skipped == 0 && tasks.dropped == 0;
    return s;
}

QList<CacheSnapshot> hireTaskSnapshots(qint64 accountId, const HireTask &task)
{
    QList<CacheSnapshot> out;
    if (task.quotes) {
        CacheSnapshot s{accountId, CacheKind::Quote, task.id, {}, task.quotes->skipped == 0};
        for (HireQuote q : task.quotes->items) {
            if (q.taskId.isEmpty())
                q.taskId = task.id;
            s.items.append(toCacheItem(q));
        }
        out.append(s);
    }
    if (task.deliveries) {
        CacheSnapshot s{accountId, CacheKind::Delivery, task.id, {}, task.deliveries->skipped == 0};
        for (const HireDelivery &d : task.deliveries->items)
            s.items.append(toCacheItem(d));
        out.append(s);
    }
    return out;
}

CacheSnapshot hireMessagesSnapshot(qint64 accountId, const QString &quoteId,
                                   const HireList<HireMessage> &messages)
{
    CacheSnapshot s{accountId, CacheKind::Message, quoteId, {}, false};
    for (HireMessage m : messages.items) {
        m.quoteId = quoteId; // the scope is the thread we asked for, whatever the item says
        s.items.append(toCacheItem(m));
    }
    return s;
}

SyncEngine::Fetch hireFeedFetch(HireClient *client)
{
    return [client] {
        const qint64 account = client->accountId();
        return client->tasks().then(
            [account](HireResult<HireList<HireTask>> tasks) -> Result<CacheSnapshot, AppError> {
                if (!tasks)
                    return fail(tasks.error());
                return hireFeedSnapshot(account, *tasks);
            });
    };
}

SyncEngine::Fetch hireThreadFetch(HireClient *client, const MarketCache *cache,
                                  const QString &taskId, const QString &quoteId)
{
    return [client, cache, taskId, quoteId] {
        const qint64 account = client->accountId();
        auto since = cache->lastSequence(account, quoteId);
        return client->messages(taskId, quoteId, since ? *since : std::nullopt)
            .then([account, quoteId](HireResult<HireList<HireMessage>> messages)
                      -> Result<CacheSnapshot, AppError> {
                if (!messages)
                    return fail(messages.error());
                return hireMessagesSnapshot(account, quoteId, *messages);
            });
    };
}

} // namespace lw
