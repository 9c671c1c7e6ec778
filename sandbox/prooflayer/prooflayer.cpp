// SPDX-License-Identifier: GPL-3.0-or-later
#include "prooflayer.h"

#include "http/router.h"
#include "lightning/lightningnode.h"
#include "lightning/lnurlservice.h"
#include "support/clock.h"
#include "support/database.h"
#include "support/entropy.h"
#include "support/row.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>

namespace lw::sandbox {

using namespace Qt::Literals::StringLiterals;
using row::nullableText;
using row::num;
using row::str;

namespace {

Response plError(int status, const QString &message)
{
    return Response::json(status, QJsonObject{{u"error"_s, message}});
}

QString tierOf(qint64 score)
{
    if (score > ProofLayer::bonusAboveScore)
        return u"Expert"_s;
    if (score >= 6)
        return u"Trusted"_s;
    if (score >= 3)
        return u"Rising"_s;
    return u"New"_s;
}

} // namespace

ProofLayer::ProofLayer(Database &db, Clock &clock, Entropy &entropy, LightningNode &node,
                       LnurlService &lnurl)
    : m_db(db)
    , m_clock(clock)
    , m_entropy(entropy)
    , m_node(node)
    , m_lnurl(lnurl)
    , m_walletId(node.ensureWallet(u"market-prooflayer"_s, 0).id)
    , m_issuer(db, clock, node, m_walletId,
               {u"prooflayer"_s, u"prooflayer"_s, L402Issuer::Format::ApertureV2, true})
{
    // A payout interrupted by a restart is failed, so that /release pays it again.
    m_db.exec(u"UPDATE pl_payouts SET status = 'failed', reason = ? WHERE status = 'pending'"_s,
              {u"interrupted by a restart"_s});
}

void ProofLayer::reset()
{
    for (const char16_t *table : {u"pl_workers", u"pl_tasks", u"pl_payouts"})
        m_db.exec(u"DELETE FROM "_s + QString::fromUtf16(table));
}

std::optional<QVariantMap> ProofLayer::worker(const QString &id)
{
    return m_db.one(u"SELECT * FROM pl_workers WHERE id = ?"_s, {id});
}

std::optional<QVariantMap> ProofLayer::task(const QString &id)
{
    return m_db.one(u"SELECT * FROM pl_tasks WHERE id = ?"_s, {id});
}

QJsonObject ProofLayer::workerJson(const QVariantMap &w) const
{
    const qint64 score = num(w, u"reputation_score");
    return {{u"id"_s, str(w, u"id")},
            {u"display_name"_s, str(w, u"display_name")},
            {u"lightning_address"_s, str(w, u"lightning_address")},
            {u"type"_s, str(w, u"type")},
            {u"completed_jobs"_s, num(w, u"completed_jobs")},
            {u"reputation_score"_s, score},
            {u"tier"_s, tierOf(score)},
            {u"payout_multiplier"_s, score > bonusAboveScore ? u"1.1"_s : u"1.0"_s},
            {u"created_at"_s, str(w, u"created_at")}};
}

QJsonObject ProofLayer::payoutJson(const QVariantMap &p) const
{
    QJsonObject o{{u"id"_s, str(p, u"id")},
                  {u"task_id"_s, str(p, u"task_id")},
                  {u"worker_id"_s, str(p, u"worker_id")},
                  {u"amount_sats"_s, num(p, u"amount_sats")},
                  {u"platform_sats"_s, num(p, u"platform_sats")},
                  {u"multiplier"_s, str(p, u"multiplier")},
                  {u"status"_s, str(p, u"status")},
                  {u"lightning_address"_s, str(p, u"lightning_address")},
                  {u"payment_hash"_s, nullableText(p, u"payment_hash")},
                  {u"created_at"_s, str(p, u"created_at")},
                  {u"updated_at"_s, str(p, u"updated_at")}};
    if (!p.value(u"reason"_s).isNull())
        o.insert(u"reason"_s, str(p, u"reason"));
    return o;
}

QJsonValue ProofLayer::taskJsonById(const QString &id)
{
    const auto t = task(id);
    return t ? QJsonValue(taskJson(*t)) : QJsonValue();
}

QJsonObject ProofLayer::taskJson(const QVariantMap &t)
{
    QJsonObject o{{u"id"_s, str(t, u"id")},
                  {u"task_type"_s, str(t, u"task_type")},
                  {u"title"_s, str(t, u"title")},
                  {u"input"_s, QJsonDocument::fromJson(str(t, u"input_json").toUtf8()).object()},
                  {u"budget_sats"_s, num(t, u"budget_sats")},
                  {u"worker_type"_s, str(t, u"worker_type")},
                  {u"trust_mode"_s, str(t, u"trust_mode")},
                  {u"status"_s, str(t, u"status")},
                  {u"worker_id"_s, nullableText(t, u"worker_id")},
                  {u"created_at"_s, str(t, u"created_at")},
                  {u"updated_at"_s, str(t, u"updated_at")},
                  {u"claimed_at"_s, nullableText(t, u"claimed_at")},
                  {u"completed_at"_s, nullableText(t, u"completed_at")},
                  {u"payment"_s, QJsonObject{{u"payment_hash"_s, str(t, u"payment_hash")},
                                             {u"amount_sats"_s, num(t, u"budget_sats")},
                                             {u"status"_s, u"paid"_s}}}};
    const auto w = t.value(u"worker_id"_s).isNull() ? std::nullopt : worker(str(t, u"worker_id"));
    o.insert(u"worker"_s, w ? QJsonValue(workerJson(*w)) : QJsonValue());
    if (t.value(u"answer_json"_s).isNull()) {
        o.insert(u"result"_s, QJsonValue());
    } else {
        const QJsonDocument confidence =
            QJsonDocument::fromJson("[" + str(t, u"confidence").toUtf8() + "]");
        o.insert(u"result"_s,
                 QJsonObject{{u"answer_json"_s,
                              QJsonDocument::fromJson(str(t, u"answer_json").toUtf8()).object()},
                             {u"confidence"_s, confidence.array().first()},
                             {u"proof_url"_s, nullableText(t, u"proof_url")},
                             {u"submitted_at"_s, nullableText(t, u"submitted_at")}});
    }
    const auto payout = m_db.one(u"SELECT * FROM pl_payouts WHERE task_id = ?"_s, {str(t, u"id")});
    o.insert(u"payout"_s, payout ? QJsonValue(payoutJson(*payout)) : QJsonValue());
    return o;
}

void ProofLayer::addRoutes(Router &router, const QString &prefix)
{
    router.setErrorHandler(prefix + u"/api/"_s, [](const Request &, int status) {
        return plError(status, status == 405   ? u"Method not allowed"_s
                               : status == 413 ? u"Request body too large"_s
                                               : u"Not found"_s);
    });

    router.add("GET", prefix + u"/.well-known/prooflayer-agent.json",
               [this](const Request &) { return contract(); });
    router.add("GET", prefix + u"/api/agent-contract",
               [this](const Request &) { return contract(); });

    router.add("POST", prefix + u"/api/workers", [this](const Request &request) {
        const auto body = request.jsonObject();
        if (!body)
            return plError(400, u"Request body must be JSON"_s);
        const QString name = body->value(u"display_name").toString().trimmed();
        const QString address = body->value(u"lightning_address").toString().trimmed();
        const QString type = body->value(u"type").toString(u"human"_s);
        if (name.isEmpty() || name.size() > 80)
            return plError(400, u"display_name is required (at most 80 characters)"_s);
        if (!LnurlService::isLightningAddress(address.toLower()))
            return plError(400,
                           u"lightning_address must be a valid Lightning Address (name@domain)"_s);
        if (type != u"human" && type != u"agent")
            return plError(400, u"type must be human or agent"_s);
        const QString id = m_entropy.uuid();
        m_db.exec(
            u"INSERT INTO pl_workers(id, display_name, lightning_address, type, completed_jobs, "
            "reputation_score, created_at) VALUES(?, ?, ?, ?, 0, 0, ?)"_s,
            {id, name, address.toLower(), type, m_clock.isoNow()});
        const auto created = worker(id);
        if (!created)
            return plError(500, u"The sandbox could not store the worker"_s);
        return Response::json(201, QJsonObject{{u"worker"_s, workerJson(*created)}});
    });

    router.add("GET", prefix + u"/api/workers/feed", [this](const Request &request) {
        QString sql = u"SELECT * FROM pl_tasks WHERE status = 'open'"_s;
        QVariantList args;
        for (const auto &[key, column] : {std::pair{u"task_type"_s, u"task_type"_s},
                                          std::pair{u"worker_type"_s, u"worker_type"_s}}) {
            const QString v = request.queryValue(key);
            if (!v.isEmpty()) {
                sql += u" AND "_s + column + u" = ?"_s;
                args << v;
            }
        }
        const QString min = request.queryValue(u"budget_min"_s);
        if (!min.isEmpty()) {
            bool ok = false;
            const qint64 v = min.toLongLong(&ok);
            if (!ok || v < 0)
                return plError(400, u"budget_min must be a non-negative integer"_s);
            sql += u" AND budget_sats >= ?"_s;
            args << v;
        }
        QJsonArray tasks;
        for (const QVariantMap &row : m_db.all(sql + u" ORDER BY seq DESC"_s, args))
            tasks.append(taskJson(row));
        return Response::json(200, QJsonObject{{u"tasks"_s, tasks}});
    });

    router.add("GET", prefix + u"/api/workers/{}/payouts", [this](const Request &request) {
        if (!worker(request.params[0]))
            return plError(404, u"Worker not found"_s);
        QJsonArray payouts;
        qint64 total = 0;
        for (const QVariantMap &row :
             m_db.all(u"SELECT * FROM pl_payouts WHERE worker_id = ? ORDER BY seq"_s,
                      {request.params[0]})) {
            payouts.append(payoutJson(row));
            if (str(row, u"status") == u"paid")
                total += num(row, u"amount_sats");
        }
        return Response::json(200, QJsonObject{{u"worker_id"_s, request.params[0]},
                                               {u"payouts"_s, payouts},
                                               {u"total_earned_sats"_s, total}});
    });

    router.add("GET", prefix + u"/api/workers/{}", [this](const Request &request) {
        const auto w = worker(request.params[0]);
        return w ? Response::json(200, QJsonObject{{u"worker"_s, workerJson(*w)}})
                 : plError(404, u"Worker not found"_s);
    });

    router.add("POST", prefix + u"/api/tasks",
               [this](const Request &request) { return createTask(request); });

    router.add("GET", prefix + u"/api/tasks/{}", [this](const Request &request) {
        const auto t = task(request.params[0]);
        return t ? Response::json(200, QJsonObject{{u"task"_s, taskJson(*t)}})
                 : plError(404, u"Task not found"_s);
    });

    router.add("POST", prefix + u"/api/tasks/{}/claim",
               [this](const Request &request) { return claim(request); });
    router.add("POST", prefix + u"/api/tasks/{}/submit",
               [this](const Request &request) { return submit(request); });
    router.addAsync("POST", prefix + u"/api/tasks/{}/release",
                    [this](const Request &request, Reply reply) {
                        release(request.params[0], [reply](Response r) { reply.send(r); });
                    });
}

} // namespace lw::sandbox
