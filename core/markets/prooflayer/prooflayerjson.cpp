// SPDX-License-Identifier: GPL-3.0-or-later
#include "markets/prooflayer/prooflayerjson.h"

#include "markets/prooflayer/prooflayerfields.h"

#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace lw {

using namespace prooflayer_detail;

namespace {

//! Job counts beyond this are not believed (a worker doing one job a second for a century).
constexpr qint64 maxCompletedJobs = 4'000'000'000;

//! `{"<key>":{…}}`, or the object itself when the key is absent. The path names the envelope.
struct Envelope {
    QJsonObject object;
    QString at;
};

Result<Envelope, AppError> unwrap(const QJsonObject &o, const QString &key)
{
    const QJsonValue inner = o.value(key);
    if (inner.isUndefined())
        return Envelope{o, QString()};
    if (!inner.isObject())
        return fail(flawed(inner.isNull() ? Flaw::Missing : Flaw::WrongType, key));
    return Envelope{inner.toObject(), key + u'.'};
}

template <typename T>
Result<T, AppError> done(const FieldReader &r, T value)
{
    if (!r.ok())
        return fail(r.flaw());
    return value;
}

Result<ProofLayerWorker, AppError> readWorker(const QJsonObject &o, const QString &at)
{
    FieldReader r(o, at);
    ProofLayerWorker w;
    w.id = r.id(u"id");
    w.displayName = r.text(u"display_name", maxProofLayerLineChars);
    w.lightningAddress = r.word(u"lightning_address", false, maxProofLayerLineChars);
    w.type = r.word(u"type");
    w.completedJobs = r.whole(u"completed_jobs", maxCompletedJobs).value_or(0);
    w.reputationScore = r.number(u"reputation_score", -std::numeric_limits<double>::max(),
                                 std::numeric_limits<double>::max());
    w.tier = r.text(u"tier", maxProofLayerWordChars);
    w.payoutMultiplier = r.numberText(u"payout_multiplier");
    w.createdAt = r.word(u"created_at");
    return done(r, std::move(w));
}

Result<ProofLayerPayout, AppError> readPayout(const QJsonObject &o, const QString &at)
{
    FieldReader r(o, at);
    ProofLayerPayout p;
    p.id = r.id(u"id");
    p.taskId = r.id(u"task_id", false);
    p.workerId = r.id(u"worker_id", false);
    p.amount = r.sats(u"amount_sats").value_or(MilliSats());
    p.platform = r.sats(u"platform_sats", false);
    p.multiplier = r.numberText(u"multiplier");
    p.statusText = r.word(u"status", true);
    p.status = proofLayerPayoutStatusFromText(p.statusText);
    p.lightningAddress = r.word(u"lightning_address", false, maxProofLayerLineChars);
    p.paymentHash = r.word(u"payment_hash", false, maxProofLayerWordChars);
    p.reason = r.text(u"reason", maxProofLayerTextChars);
    p.createdAt = r.word(u"created_at");
    p.updatedAt = r.word(u"updated_at");
    return done(r, std::move(p));
}

Result<ProofLayerResult, AppError> readResult(const QJsonObject &o, const QString &at)
{
    FieldReader r(o, at);
    ProofLayerResult result;
    result.answer = r.object(u"answer_json", true).value_or(QJsonObject());
    result.confidence = r.number(u"confidence", 0, 1);
    result.proofUrl = r.text(u"proof_url", maxProofLayerLineChars);
    result.submittedAt = r.word(u"submitted_at");
    return done(r, std::move(result));
}

Result<ProofLayerTaskInput, AppError> readInput(const QJsonObject &o, const QString &at)
{
    FieldReader r(o, at);
    ProofLayerTaskInput input;
    input.question = r.text(u"question", maxProofLayerTextChars);
    input.context = r.text(u"context", maxProofLayerTextChars);
    input.instructions = r.text(u"instructions", maxProofLayerTextChars);
    input.url = r.text(u"url", maxProofLayerLineChars);
    input.imageUrl = r.text(u"image_url", maxProofLayerLineChars);
    // Attachments are extras: a malformed one is left out rather than hiding the task.
    input.attachments =
        readItems<ProofLayerAttachment>(
            r.array(u"attachments").value_or(QJsonArray()), at + u"attachments"_s,
            [](const QJsonObject &item,
               const QString &itemAt) -> Result<ProofLayerAttachment, AppError> {
                FieldReader a(item, itemAt);
                ProofLayerAttachment out{a.word(u"type", true),
                                         a.text(u"url", maxProofLayerLineChars, true),
                                         a.text(u"label", maxProofLayerLineChars)};
                return done(a, std::move(out));
            })
            .items;
    return done(r, std::move(input));
}

//! A nested object read with `read`, or nothing when absent or null.
template <typename T, typename Read>
std::optional<T> nested(FieldReader &r, QStringView key, Read read, std::optional<AppError> &flaw)
{
    const auto o = r.object(key);
    if (!o)
        return std::nullopt;
    auto value = read(*o, r.path(key) + u'.');
    if (!value) {
        if (!flaw)
            flaw = value.error();
        return std::nullopt;
    }
    return std::move(*value);
}

Result<ProofLayerTask, AppError> readTask(const QJsonObject &o, const QString &at)
{
    FieldReader r(o, at);
    std::optional<AppError> inner;
    ProofLayerTask t;
    t.id = r.id(u"id");
    t.taskType = r.word(u"task_type", true);
    t.title = r.text(u"title", maxProofLayerTitleChars, true);
    t.input =
        nested<ProofLayerTaskInput>(r, u"input", readInput, inner).value_or(ProofLayerTaskInput());
    t.budget = r.sats(u"budget_sats").value_or(MilliSats());
    t.workerType = r.word(u"worker_type");
    t.trustMode = r.word(u"trust_mode");
    t.statusText = r.word(u"status", true);
    t.status = proofLayerTaskStatusFromText(t.statusText);
    t.workerId = r.id(u"worker_id", false);
    t.createdAt = r.word(u"created_at");
    t.updatedAt = r.word(u"updated_at");
    t.claimedAt = r.word(u"claimed_at");
    t.completedAt = r.word(u"completed_at");
    t.worker = nested<ProofLayerWorker>(r, u"worker", readWorker, inner);
    t.result = nested<ProofLayerResult>(r, u"result", readResult, inner);
    t.payout = nested<ProofLayerPayout>(r, u"payout", readPayout, inner);
    if (!r.ok())
        return fail(r.flaw());
    if (inner)
        return fail(*inner);
    // A worker or payout of another task is not this one's, whatever the server says.
    if (t.worker && !t.workerId.isEmpty() && t.worker->id != t.workerId)
        return fail(flawed(Flaw::Impossible, r.path(u"worker.id")));
    if (t.payout && !t.payout->taskId.isEmpty() && t.payout->taskId != t.id)
        return fail(flawed(Flaw::Impossible, r.path(u"payout.task_id")));
    return t;
}

} // namespace

ProofLayerTaskStatus proofLayerTaskStatusFromText(QStringView text)
{
    using S = ProofLayerTaskStatus;
    static const std::pair<QStringView, S> names[] = {{u"open", S::Open},
                                                      {u"claimed", S::Claimed},
                                                      {u"submitted", S::Submitted},
                                                      {u"completed", S::Completed}};
    for (const auto &[name, status] : names)
        if (text == name)
            return status;
    return S::Unknown;
}

ProofLayerPayoutStatus proofLayerPayoutStatusFromText(QStringView text)
{
    using S = ProofLayerPayoutStatus;
    if (text == u"pending")
        return S::Pending;
    if (text == u"paid")
        return S::Paid;
    if (text == u"failed")
        return S::Failed;
    return S::Unknown;
}

Result<ProofLayerWorker, AppError> parseProofLayerWorker(const QJsonObject &o)
{
    auto e = unwrap(o, u"worker"_s);
    if (!e)
        return fail(e.error());
    return readWorker(e->object, e->at);
}

Result<ProofLayerTask, AppError> parseProofLayerTask(const QJsonObject &o)
{
    auto e = unwrap(o, u"task"_s);
    if (!e)
        return fail(e.error());
    return readTask(e->object, e->at);
}

Result<ProofLayerList<ProofLayerTask>, AppError> parseProofLayerFeed(const QJsonObject &o)
{
    FieldReader r(o, QString());
    const auto tasks = r.array(u"tasks", true);
    if (!r.ok())
        return fail(r.flaw());
    return readItems<ProofLayerTask>(*tasks, u"tasks"_s, readTask);
}

Result<ProofLayerCreated, AppError> parseProofLayerCreated(const QJsonObject &o)
{
    FieldReader r(o, QString());
    ProofLayerCreated c;
    c.taskId = r.id(u"task_id");
    c.statusText = r.word(u"status", true);
    c.status = proofLayerTaskStatusFromText(c.statusText);
    std::optional<AppError> inner;
    c.task = nested<ProofLayerTask>(r, u"task", readTask, inner);
    if (!r.ok())
        return fail(r.flaw());
    if (inner)
        return fail(*inner);
    if (c.task && c.task->id != c.taskId)
        return fail(flawed(Flaw::Impossible, u"task.id"_s));
    return c;
}

Result<ProofLayerRelease, AppError> parseProofLayerRelease(const QJsonObject &o)
{
    FieldReader r(o, QString());
    ProofLayerRelease out;
    out.taskId = r.id(u"task_id");
    out.statusText = r.word(u"status", true);
    out.status = proofLayerTaskStatusFromText(out.statusText);
    std::optional<AppError> inner;
    out.payout = nested<ProofLayerPayout>(r, u"payout", readPayout, inner);
    if (!r.ok())
        return fail(r.flaw());
    if (inner)
        return fail(*inner);
    if (out.payout && !out.payout->taskId.isEmpty() && out.payout->taskId != out.taskId)
        return fail(flawed(Flaw::Impossible, u"payout.task_id"_s));
    return out;
}

Result<ProofLayerPayouts, AppError> parseProofLayerPayouts(const QJsonObject &o)
{
    FieldReader r(o, QString());
    ProofLayerPayouts out;
    out.workerId = r.id(u"worker_id", false);
    const auto payouts = r.array(u"payouts", true);
    out.totalEarned = r.sats(u"total_earned_sats", false);
    if (!r.ok())
        return fail(r.flaw());
    const QString workerId = out.workerId;
    out.payouts = readItems<ProofLayerPayout>(
        *payouts, u"payouts"_s,
        [&workerId](const QJsonObject &item,
                    const QString &at) -> Result<ProofLayerPayout, AppError> {
            auto p = readPayout(item, at);
            if (p && !workerId.isEmpty() && !p->workerId.isEmpty() && p->workerId != workerId)
                return fail(flawed(Flaw::Impossible, at + u"worker_id"_s));
            return p;
        });
    return out;
}

Result<ProofLayerContract, AppError> parseProofLayerContract(const QJsonObject &o)
{
    FieldReader r(o, QString());
    ProofLayerContract c;
    c.name = r.text(u"name", maxProofLayerLineChars);
    // Words only: anything else in these lists is left out, not trusted into a request.
    const auto words = [&r](QStringView key) {
        QStringList out;
        for (const QJsonValue &v : r.array(key).value_or(QJsonArray()))
            if (v.isString() && !v.toString().isEmpty()
                && v.toString().size() <= maxProofLayerWordChars)
                out.append(v.toString());
        return out;
    };
    c.taskTypes = words(u"task_types");
    c.workerTypes = words(u"worker_types");
    c.trustModes = words(u"trust_modes");
    if (const auto payment = r.object(u"payment")) {
        FieldReader p(*payment, u"payment."_s);
        if (const auto share = p.number(u"worker_share_percent", 0, 100))
            c.workerSharePercent = qint64(*share);
        if (!p.ok())
            return fail(p.flaw());
    }
    return done(r, std::move(c));
}

} // namespace lw
