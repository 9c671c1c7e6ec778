// SPDX-License-Identifier: GPL-3.0-or-later
#include "markets/prooflayer/prooflayercache.h"

#include "markets/prooflayer/prooflayerclient.h"

namespace lw {

namespace {

void insertText(QJsonObject &extra, const QString &key, const QString &value)
{
    if (!value.isEmpty())
        extra.insert(key, value);
}

} // namespace

CacheItem toCacheItem(const ProofLayerTask &task)
{
    CacheItem item;
    item.remoteId = task.id;
    item.status = task.statusText;
    item.amount = task.budget;
    item.title = task.title;
    item.text = task.input.question;
    item.party = task.workerId;
    item.createdAt = task.createdAt;
    item.updatedAt = task.updatedAt;
    insertText(item.extra, QStringLiteral("task_type"), task.taskType);
    insertText(item.extra, QStringLiteral("worker_type"), task.workerType);
    insertText(item.extra, QStringLiteral("trust_mode"), task.trustMode);
    insertText(item.extra, QStringLiteral("context"), task.input.context);
    insertText(item.extra, QStringLiteral("instructions"), task.input.instructions);
    insertText(item.extra, QStringLiteral("url"), task.input.url);
    insertText(item.extra, QStringLiteral("image_url"), task.input.imageUrl);
    insertText(item.extra, QStringLiteral("claimed_at"), task.claimedAt);
    insertText(item.extra, QStringLiteral("completed_at"), task.completedAt);
    return item;
}

CacheItem toCacheItem(const ProofLayerPayout &payout)
{
    CacheItem item;
    item.remoteId = payout.id;
    item.status = payout.statusText;
    item.amount = payout.amount;
    item.text = payout.reason;
    item.party = payout.workerId;
    item.createdAt = payout.createdAt;
    item.updatedAt = payout.updatedAt;
    insertText(item.extra, QStringLiteral("task_id"), payout.taskId);
    insertText(item.extra, QStringLiteral("payment_hash"), payout.paymentHash);
    insertText(item.extra, QStringLiteral("multiplier"), payout.multiplier);
    if (payout.platform)
        item.extra.insert(QStringLiteral("platform_msat"), payout.platform->msat());
    return item;
}

CacheSnapshot proofLayerFeedSnapshot(qint64 accountId, const ProofLayerList<ProofLayerTask> &tasks)
{
    CacheSnapshot s{accountId, CacheKind::Task, {}, {}, true};
    s.items.reserve(tasks.items.size());
    for (const ProofLayerTask &t : tasks.items)
        s.items.append(toCacheItem(t));
    // Items left out as malformed or past the cap are not "removed": keep what we had.
    s.complete = tasks.skipped == 0 && tasks.dropped == 0;
    return s;
}

CacheSnapshot proofLayerPayoutsSnapshot(qint64 accountId, const ProofLayerPayouts &payouts)
{
    CacheSnapshot s{accountId, CacheKind::Payout, {}, {}, true};
    s.items.reserve(payouts.payouts.items.size());
    for (const ProofLayerPayout &p : payouts.payouts.items)
        s.items.append(toCacheItem(p));
    s.complete = payouts.payouts.skipped == 0 && payouts.payouts.dropped == 0;
    return s;
}

SyncEngine::Fetch proofLayerFeedFetch(ProofLayerClient *client)
{
    return [client] {
        const qint64 account = client->accountId();
        return client->feed().then(
            [account](ProofLayerOutcome<ProofLayerList<ProofLayerTask>> tasks)
                -> Result<CacheSnapshot, AppError> {
                if (!tasks)
                    return fail(tasks.error());
                return proofLayerFeedSnapshot(account, *tasks);
            });
    };
}

} // namespace lw
