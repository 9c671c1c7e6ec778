// SPDX-License-Identifier: GPL-3.0-or-later
// ProofLayer's task lifecycle: pay → open → claimed → submitted → completed (paid out).
#include "http/router.h"
#include "lightning/lnurlservice.h"
#include "prooflayer/prooflayer.h"
#include "support/clock.h"
#include "support/database.h"
#include "support/entropy.h"
#include "support/row.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>

namespace lw::sandbox {

using namespace Qt::Literals::StringLiterals;
using row::num;
using row::str;

namespace {

const QStringList taskTypes{u"verify"_s, u"execute"_s, u"judge"_s, u"recover"_s,
                            u"agent_to_agent"_s};
const QStringList workerTypes{u"human"_s, u"agent"_s};
const QStringList trustModes{u"proof_required"_s, u"result_only"_s};

Response plError(int status, const QString &message)
{
    return Response::json(status, QJsonObject{{u"error"_s, message}});
}

QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

} // namespace

Response ProofLayer::createTask(const Request &request)
{
    bool ok = false;
    const qint64 budget = request.queryValue(u"budget_sats"_s).toLongLong(&ok);
    if (!ok || budget <= 0 || budget > 100'000'000)
        return plError(400, u"budget_sats query parameter must be a positive integer"_s);
    const auto body = request.jsonObject();
    if (!body)
        return plError(400, u"Request body must be JSON"_s);
    const QString type = body->value(u"task_type").toString();
    if (!taskTypes.contains(type))
        return plError(
            400, u"task_type must be one of verify, execute, judge, recover, agent_to_agent"_s);
    const QString title = body->value(u"title").toString().trimmed();
    if (title.isEmpty() || title.size() > 200)
        return plError(400, u"title is required (at most 200 characters)"_s);
    if (!body->value(u"input").isObject())
        return plError(400, u"input must be an object"_s);
    if (body->value(u"budget_sats").toInteger(-1) != budget)
        return plError(400,
                       u"budget_sats in the body must match the budget_sats query parameter"_s);
    const QString workerType = body->value(u"worker_type").toString(u"human"_s);
    if (!workerTypes.contains(workerType))
        return plError(400, u"worker_type must be human or agent"_s);
    const QString trustMode =
        body->value(u"trust_mode")
            .toString(type == u"execute" || type == u"agent_to_agent" ? u"result_only"_s
                                                                      : u"proof_required"_s);
    if (!trustModes.contains(trustMode))
        return plError(400, u"trust_mode must be proof_required or result_only"_s);

    // Anything but an L402/LSAT credential (none, Bearer, …) is answered with the challenge.
    const QByteArray authorization = request.header("authorization").trimmed();
    const QByteArray scheme =
        authorization.first(qMax<qsizetype>(authorization.indexOf(' '), 0)).toUpper();
    if (scheme != "L402" && scheme != "LSAT") {
        const QList<QByteArray> caveats{
            "services=prooflayer:0", "prooflayer_capabilities=create_task",
            "amount_sats=" + QByteArray::number(budget),
            "prooflayer_valid_until=" + QByteArray::number(m_clock.nowSecs() + 3600)};
        const auto c = m_issuer.issue(budget, u"ProofLayer task: "_s + title.left(80), caveats);
        if (!c)
            return plError(503, u"Could not create an invoice"_s);
        // As aperture does: the legacy LSAT line first, then L402, both for the same payment.
        return Response::json(402, QJsonObject{{u"error"_s, u"Payment required"_s},
                                               {u"invoice"_s, c->invoice},
                                               {u"payment_hash"_s, c->paymentHash},
                                               {u"amount_sats"_s, budget}})
            .header("www-authenticate", L402Issuer::wwwAuthenticate(*c, "LSAT"))
            .header("www-authenticate", L402Issuer::wwwAuthenticate(*c, "L402"));
    }
    const auto credential = m_issuer.check(authorization);
    if (!credential)
        return plError(401, u"Invalid L402 credential: "_s + credential.error().message);
    if (credential->caveats.value(u"amount_sats"_s).toLongLong() < budget)
        return plError(402, u"The L402 payment does not cover budget_sats"_s);
    if (credential->caveats.value(u"prooflayer_valid_until"_s).toLongLong() <= m_clock.nowSecs())
        return plError(401, u"The L402 credential has expired"_s);
    m_issuer.consume(credential->paymentHash);

    const QString id = m_entropy.uuid();
    const QString now = m_clock.isoNow();
    m_db.exec(u"INSERT INTO pl_tasks(id, task_type, title, input_json, budget_sats, worker_type, "
              "trust_mode, status, payment_hash, created_at, updated_at) "
              "VALUES(?, ?, ?, ?, ?, ?, ?, 'open', ?, ?, ?)"_s,
              {id, type, title, compact(body->value(u"input").toObject()), budget, workerType,
               trustMode, credential->paymentHash, now, now});
    return Response::json(
        201,
        QJsonObject{{u"task_id"_s, id}, {u"status"_s, u"open"_s}, {u"task"_s, taskJsonById(id)}});
}

Response ProofLayer::claim(const Request &request)
{
    const auto body = request.jsonObject();
    if (!body)
        return plError(400, u"Request body must be JSON"_s);
    const auto t = task(request.params[0]);
    if (!t)
        return plError(404, u"Task not found"_s);
    const auto w = worker(body->value(u"worker_id").toString());
    if (!w)
        return plError(404, u"Worker not found"_s);
    if (str(*t, u"status") != u"open")
        return plError(409, u"Task is not open"_s);
    if (str(*t, u"worker_type") != str(*w, u"type"))
        return plError(409, u"This task needs a %1 worker"_s.arg(str(*t, u"worker_type")));
    const QString now = m_clock.isoNow();
    m_db.exec(
        u"UPDATE pl_tasks SET status = 'claimed', worker_id = ?, claimed_at = ?, updated_at = ? "
        "WHERE id = ? AND status = 'open'"_s,
        {str(*w, u"id"), now, now, str(*t, u"id")});
    return Response::json(200, QJsonObject{{u"task"_s, taskJsonById(str(*t, u"id"))}});
}

Response ProofLayer::submit(const Request &request)
{
    const auto body = request.jsonObject();
    if (!body)
        return plError(400, u"Request body must be JSON"_s);
    const auto t = task(request.params[0]);
    if (!t)
        return plError(404, u"Task not found"_s);
    if (body->value(u"worker_id").toString() != str(*t, u"worker_id"))
        return plError(403, u"Only the worker who claimed the task can submit"_s);
    if (str(*t, u"status") != u"claimed")
        return plError(409, u"Task is not claimed"_s);
    if (!body->value(u"answer_json").isObject())
        return plError(400, u"answer_json must be an object"_s);
    const QJsonValue confidence = body->value(u"confidence");
    if (!confidence.isDouble() || confidence.toDouble() < 0 || confidence.toDouble() > 1)
        return plError(400, u"confidence must be a number from 0 to 1"_s);
    const QString proof = body->value(u"proof_url").toString();
    if (str(*t, u"trust_mode") == u"proof_required" && !proof.startsWith(u"https://")
        && !proof.startsWith(u"http://"))
        return plError(400, u"proof_url is required for proof_required tasks"_s);
    const QString now = m_clock.isoNow();
    const QByteArray confidenceText =
        QJsonDocument(QJsonArray{confidence}).toJson(QJsonDocument::Compact);
    m_db.exec(u"UPDATE pl_tasks SET status = 'submitted', answer_json = ?, confidence = ?, "
              u"proof_url = ?, "
              "submitted_at = ?, updated_at = ? WHERE id = ?"_s,
              {compact(body->value(u"answer_json").toObject()),
               QString::fromUtf8(confidenceText.sliced(1, confidenceText.size() - 2)),
               proof.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(proof), now,
               now, str(*t, u"id")});
    // "Current MVP triggers auto-release": in the background, after answering.
    const QString taskId = str(*t, u"id");
    QTimer::singleShot(0, &m_context, [this, taskId] { release(taskId, [](Response) {}); });
    return Response::json(
        200, QJsonObject{{u"task"_s, taskJsonById(taskId)}, {u"release"_s, u"scheduled"_s}});
}

void ProofLayer::release(const QString &taskId, std::function<void(Response)> done)
{
    const auto t = task(taskId);
    if (!t) {
        done(plError(404, u"Task not found"_s));
        return;
    }
    const auto existing = m_db.one(u"SELECT * FROM pl_payouts WHERE task_id = ?"_s, {taskId});
    auto answer = [this, taskId](const QString &status) {
        // Looked up again: a reset may have removed the payout while it was being paid.
        const auto payout = m_db.one(u"SELECT * FROM pl_payouts WHERE task_id = ?"_s, {taskId});
        if (!payout)
            return plError(404, u"Task not found"_s);
        return Response::json(200, QJsonObject{{u"task_id"_s, taskId},
                                               {u"status"_s, status},
                                               {u"payout"_s, payoutJson(*payout)}});
    };
    // Idempotent: a paid or in-flight payout is reported again, never paid twice.
    if (existing && str(*existing, u"status") != u"failed") {
        done(answer(str(*t, u"status")));
        return;
    }
    if (!existing && str(*t, u"status") != u"submitted") {
        done(plError(409, u"Task has no submission to release"_s));
        return;
    }
    const auto w = worker(str(*t, u"worker_id"));
    if (!w) {
        done(plError(409, u"Task has no worker"_s));
        return;
    }
    // A retried payout pays what was recorded the first time; the worker's score has grown since.
    const qint64 budget = num(*t, u"budget_sats");
    const bool bonus = num(*w, u"reputation_score") > bonusAboveScore;
    const qint64 share = existing ? num(*existing, u"amount_sats")
                                  : budget * (bonus ? bonusWorkerPercent : workerPercent) / 100;
    const QString now = m_clock.isoNow();
    if (existing) {
        m_db.exec(
            u"UPDATE pl_payouts SET status = 'pending', reason = NULL, updated_at = ? WHERE task_id = ?"_s,
            {now, taskId});
    } else {
        m_db.exec(
            u"INSERT INTO pl_payouts(id, task_id, worker_id, amount_sats, platform_sats, "
            u"multiplier, "
            "status, lightning_address, created_at, updated_at) VALUES(?, ?, ?, ?, ?, ?, 'pending', ?, ?, ?)"_s,
            {m_entropy.uuid(), taskId, str(*w, u"id"), share, budget - share,
             bonus ? u"1.1"_s : u"1.0"_s, str(*w, u"lightning_address"), now, now});
        // The task is complete and the worker's reputation grows whatever the payout does.
        m_db.exec(
            u"UPDATE pl_tasks SET status = 'completed', completed_at = ?, updated_at = ? WHERE id = ?"_s,
            {now, now, taskId});
        m_db.exec(u"UPDATE pl_workers SET completed_jobs = completed_jobs + 1, "
                  "reputation_score = reputation_score + 1 WHERE id = ?"_s,
                  {str(*w, u"id")});
    }
    m_lnurl.payAddress(
        m_walletId, str(*w, u"lightning_address"), share * 1000,
        u"ProofLayer payout for task "_s + taskId,
        [this, taskId, answer, done](LnurlService::AddressPayment p) {
            m_db.exec(u"UPDATE pl_payouts SET status = ?, payment_hash = ?, preimage = ?, "
                      "reason = ?, updated_at = ? WHERE task_id = ?"_s,
                      {p.ok ? u"paid"_s : u"failed"_s,
                       p.paymentHash.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                               : QVariant(p.paymentHash),
                       p.preimage.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                            : QVariant(p.preimage),
                       p.ok ? QVariant(QMetaType::fromType<QString>()) : QVariant(p.reason),
                       m_clock.isoNow(), taskId});
            done(answer(u"completed"_s));
        });
}

Response ProofLayer::contract() const
{
    const QJsonObject schema{{u"question"_s, u"string"_s},
                             {u"context"_s, u"string"_s},
                             {u"instructions"_s, u"string"_s},
                             {u"url"_s, u"string?"_s},
                             {u"image_url"_s, u"string?"_s},
                             {u"attachments"_s, u"[{type: image|link, url, label?}]"_s}};
    static const char16_t *const routes[][3] = {
        {u"POST", u"/api/workers", u"register a worker"},
        {u"GET", u"/api/workers/:id", u"worker profile"},
        {u"GET", u"/api/workers/feed", u"open tasks (task_type, worker_type, budget_min)"},
        {u"GET", u"/api/workers/:id/payouts", u"payout history"},
        {u"POST", u"/api/tasks?budget_sats=N", u"create a paid task (L402)"},
        {u"GET", u"/api/tasks/:id", u"task status"},
        {u"POST", u"/api/tasks/:id/claim", u"claim"},
        {u"POST", u"/api/tasks/:id/submit", u"submit answer_json, confidence, proof_url"},
        {u"POST", u"/api/tasks/:id/release", u"pay the worker (idempotent)"}};
    QJsonArray endpoints;
    for (const auto &[method, path, purpose] : routes)
        endpoints.append(QJsonObject{{u"method"_s, QString::fromUtf16(method)},
                                     {u"path"_s, QString::fromUtf16(path)},
                                     {u"purpose"_s, QString::fromUtf16(purpose)}});
    return Response::json(
        200, QJsonObject{
                 {u"name"_s, u"ProofLayer (Lightwork sandbox)"_s},
                 {u"task_types"_s, QJsonArray{u"verify"_s, u"execute"_s, u"judge"_s, u"recover"_s,
                                              u"agent_to_agent"_s}},
                 {u"worker_types"_s, QJsonArray{u"human"_s, u"agent"_s}},
                 {u"trust_modes"_s, QJsonArray{u"proof_required"_s, u"result_only"_s}},
                 {u"recommended_input_schema"_s, schema},
                 {u"payment"_s, QJsonObject{{u"protocol"_s, u"L402"_s},
                                            {u"worker_share_percent"_s, workerPercent},
                                            {u"platform_fee_percent"_s, 100 - workerPercent},
                                            {u"reputation_bonus"_s, u"score > 10: 1.1x payout"_s}}},
                 {u"endpoints"_s, endpoints}});
}

} // namespace lw::sandbox
