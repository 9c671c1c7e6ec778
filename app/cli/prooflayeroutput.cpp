// SPDX-License-Identifier: GPL-3.0-or-later
#include "prooflayeroutput.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace lw::cli::prooflayer {

namespace {

//! Optional text only when there is some, so the plain output stays short.
void put(QJsonObject &o, const QString &key, const QString &value)
{
    if (!value.isEmpty())
        o.insert(key, value);
}

template <typename T, typename ToJson>
QJsonArray arrayOf(const QList<T> &items, ToJson toJson)
{
    QJsonArray out;
    for (const T &item : items)
        out.append(toJson(item));
    return out;
}

template <typename T>
void putCounts(QJsonObject &o, const ProofLayerList<T> &list)
{
    if (list.skipped)
        o.insert(u"skipped"_s, list.skipped);
    if (list.dropped)
        o.insert(u"dropped"_s, list.dropped);
}

QJsonObject inputJson(const ProofLayerTaskInput &in)
{
    QJsonObject o;
    put(o, u"question"_s, in.question);
    put(o, u"context"_s, in.context);
    put(o, u"instructions"_s, in.instructions);
    put(o, u"url"_s, in.url);
    put(o, u"image_url"_s, in.imageUrl);
    if (!in.attachments.isEmpty())
        o.insert(u"attachments"_s, arrayOf(in.attachments, [](const ProofLayerAttachment &a) {
                     QJsonObject item{{u"type"_s, a.type}, {u"url"_s, a.url}};
                     put(item, u"label"_s, a.label);
                     return item;
                 }));
    return o;
}

} // namespace

QJsonObject workerJson(const ProofLayerWorker &w)
{
    QJsonObject o{{u"id"_s, w.id},
                  {u"display_name"_s, w.displayName},
                  {u"lightning_address"_s, w.lightningAddress},
                  {u"type"_s, w.type},
                  {u"completed_jobs"_s, w.completedJobs}};
    if (w.reputationScore)
        o.insert(u"reputation_score"_s, *w.reputationScore);
    put(o, u"tier"_s, w.tier);
    put(o, u"payout_multiplier"_s, w.payoutMultiplier);
    put(o, u"created_at"_s, w.createdAt);
    return o;
}

QJsonObject payoutJson(const ProofLayerPayout &p)
{
    QJsonObject o{{u"id"_s, p.id},
                  {u"task_id"_s, p.taskId},
                  {u"worker_id"_s, p.workerId},
                  {u"amount_sats"_s, p.amount.toSatsDecimal()},
                  {u"status"_s, p.statusText}};
    if (p.platform)
        o.insert(u"platform_sats"_s, p.platform->toSatsDecimal());
    put(o, u"multiplier"_s, p.multiplier);
    put(o, u"lightning_address"_s, p.lightningAddress);
    put(o, u"payment_hash"_s, p.paymentHash);
    put(o, u"reason"_s, p.reason);
    put(o, u"created_at"_s, p.createdAt);
    put(o, u"updated_at"_s, p.updatedAt);
    return o;
}

QJsonObject taskJson(const ProofLayerTask &t)
{
    QJsonObject o{{u"id"_s, t.id},
                  {u"task_type"_s, t.taskType},
                  {u"title"_s, t.title},
                  {u"input"_s, inputJson(t.input)},
                  {u"budget_sats"_s, t.budget.toSatsDecimal()},
                  {u"worker_type"_s, t.workerType},
                  {u"trust_mode"_s, t.trustMode},
                  {u"status"_s, t.statusText}};
    put(o, u"worker_id"_s, t.workerId);
    put(o, u"created_at"_s, t.createdAt);
    put(o, u"claimed_at"_s, t.claimedAt);
    put(o, u"completed_at"_s, t.completedAt);
    if (t.worker)
        o.insert(u"worker"_s, workerJson(*t.worker));
    if (t.result) {
        QJsonObject r{{u"answer_json"_s, t.result->answer}};
        if (t.result->confidence)
            r.insert(u"confidence"_s, *t.result->confidence);
        put(r, u"proof_url"_s, t.result->proofUrl);
        put(r, u"submitted_at"_s, t.result->submittedAt);
        o.insert(u"result"_s, r);
    }
    if (t.payout)
        o.insert(u"payout"_s, payoutJson(*t.payout));
    return o;
}

QJsonObject feedJson(const ProofLayerList<ProofLayerTask> &feed)
{
    QJsonObject o{{u"tasks"_s, arrayOf(feed.items, taskJson)}};
    putCounts(o, feed);
    return o;
}

QJsonObject payoutsJson(const ProofLayerPayouts &p)
{
    QJsonObject o{{u"worker_id"_s, p.workerId},
                  {u"payouts"_s, arrayOf(p.payouts.items, payoutJson)}};
    if (p.totalEarned)
        o.insert(u"total_earned_sats"_s, p.totalEarned->toSatsDecimal());
    putCounts(o, p.payouts);
    return o;
}

QJsonObject releaseJson(const ProofLayerRelease &r)
{
    QJsonObject o{{u"task_id"_s, r.taskId}, {u"status"_s, r.statusText}};
    if (r.payout)
        o.insert(u"payout"_s, payoutJson(*r.payout));
    return o;
}

QJsonObject contractJson(const ProofLayerContract &c)
{
    QJsonObject o{{u"task_types"_s, QJsonArray::fromStringList(c.taskTypes)},
                  {u"worker_types"_s, QJsonArray::fromStringList(c.workerTypes)},
                  {u"trust_modes"_s, QJsonArray::fromStringList(c.trustModes)}};
    put(o, u"name"_s, c.name);
    if (c.workerSharePercent)
        o.insert(u"worker_share_percent"_s, *c.workerSharePercent);
    return o;
}

} // namespace lw::cli::prooflayer
