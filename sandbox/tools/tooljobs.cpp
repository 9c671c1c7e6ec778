// SPDX-License-Identifier: GPL-3.0-or-later
// After payment: refunds (LNURL-withdraw), the AI call's push-back and polling, async jobs.
#include "http/request.h"
#include "http/response.h"
#include "lightning/lnurl.h"
#include "lightning/lnurlservice.h"
#include "support/clock.h"
#include "support/database.h"
#include "support/entropy.h"
#include "tools/toolsmarket.h"
#include "tools/toolsupport.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace lw::sandbox {

using namespace Qt::Literals::StringLiterals;
using toolsupport::compact;
using toolsupport::parseObject;
using toolsupport::pollIntervalMs;

namespace {

// "First 2 failures per 15-minute window: full refund. After that: 2 sat routing fee."
constexpr qint64 refundWindowMs = 15 * 60 * 1000;
constexpr int fullRefundsPerWindow = 2;
constexpr qint64 refundRoutingFeeSats = 2;
constexpr qint64 refundValidSeconds = 24 * 3600;

} // namespace

QJsonObject ToolsMarket::refund(qint64 chargeId, const QString &service)
{
    const qint64 now = m_clock.nowMs();
    const auto charge = m_db.one(u"SELECT * FROM tool_charges WHERE id = ?"_s, {chargeId});
    const auto recent = m_db.one(u"SELECT COUNT(*) AS n FROM tool_charges WHERE failed_at >= ?"_s,
                                 {now - refundWindowMs});
    const qint64 paid = charge ? charge->value(u"amount_sats"_s).toLongLong() : 0;
    // "First 2 failures per 15-minute window: full refund. After that: 2 sat routing fee."
    const bool withhold = recent && recent->value(u"n"_s).toLongLong() >= fullRefundsPerWindow;
    const qint64 amount = std::max<qint64>(withhold ? paid - refundRoutingFeeSats : paid, 0);
    QJsonObject refundObject{{u"charge_id"_s, chargeId}, {u"refund_amount"_s, amount}};
    if (amount > 0) {
        const auto link = m_lnurl.createWithdraw(
            m_walletId, amount, u"Sats4AI refund for %1 (charge %2)"_s.arg(service).arg(chargeId),
            u"tool_charge:%1"_s.arg(chargeId), refundValidSeconds);
        refundObject.insert(u"lnurl_withdraw"_s, link.lnurl);
        refundObject.insert(u"status"_s, u"pending"_s);
        m_db.exec(
            u"UPDATE tool_charges SET status = 'refunded', refund_k1 = ?, refund_amount = ?, failed_at = ? WHERE id = ?"_s,
            {link.k1, amount, now, chargeId});
    } else {
        refundObject.insert(u"status"_s, u"expired"_s);
        m_db.exec(
            u"UPDATE tool_charges SET status = 'failed', refund_amount = 0, failed_at = ? WHERE id = ?"_s,
            {now, chargeId});
    }
    return QJsonObject{{u"refund"_s, refundObject}};
}

Response ToolsMarket::confirmCall(const QJsonObject &body)
{
    const QString sessionId = body.value(u"session_id").toString();
    const auto session = m_db.one(u"SELECT * FROM tool_sessions WHERE id = ?"_s, {sessionId});
    if (!session)
        return failure(404, u"Unknown session_id"_s, u"INVALID_INPUT"_s);
    if (session->value(u"state"_s).toString() != u"pending_confirm")
        return failure(409, u"This session is already confirmed"_s, u"INVALID_INPUT"_s);
    const QJsonObject answers = body.value(u"answers").toObject();
    const QJsonArray questions =
        QJsonDocument::fromJson(session->value(u"questions_json"_s).toString().toUtf8()).array();
    for (const QJsonValue &q : questions) {
        const QJsonValue a = answers.value(q.toString());
        if (!a.isString() || a.toString().trimmed().isEmpty())
            return failure(400, u"Answer every question: "_s + q.toString(), u"INVALID_INPUT"_s,
                           {{u"questions"_s, questions}});
    }
    QJsonObject request = parseObject(session->value(u"request_json"_s).toString());
    QString details;
    for (auto it = answers.begin(); it != answers.end(); ++it)
        details += u"\n"_s + it.key() + u" "_s + it.value().toString();
    request.insert(u"task"_s, QString(request.value(u"task").toString() + details));
    m_db.exec(u"UPDATE tool_sessions SET state = 'confirmed' WHERE id = ?"_s, {sessionId});
    return startCall(request, session->value(u"charge_id"_s).toLongLong(), sessionId);
}

Response ToolsMarket::startCall(const QJsonObject &callRequest, qint64 chargeId,
                                const QString &sessionId)
{
    const QString callId = u"call_"_s + m_entropy.hex(6);
    m_db.exec(u"INSERT INTO tool_jobs(id, service, charge_id, request_json, status, polls, fails, "
              u"created_at) "
              "VALUES(?, 'ai-call', ?, ?, 'in_progress', 0, 0, ?)"_s,
              {callId, chargeId, compact(callRequest), m_clock.nowMs()});
    m_db.exec(u"UPDATE tool_sessions SET call_id = ? WHERE id = ?"_s, {callId, sessionId});
    return Response::json(
        200, QJsonObject{{u"success"_s, true},
                         {u"state"_s, u"calling"_s},
                         {u"call_id"_s, callId},
                         {u"session_id"_s, sessionId},
                         {u"status"_s, u"initiated"_s},
                         {u"poll_url"_s, absolute(u"/api/l402/ai-call?call_id="_s + callId)},
                         {u"message"_s,
                          u"Call initiated. Poll the poll_url for transcript and results."_s}});
}

Response ToolsMarket::pollCall(const QString &callId)
{
    const auto job =
        m_db.one(u"SELECT * FROM tool_jobs WHERE id = ? AND service = 'ai-call'"_s, {callId});
    if (!job)
        return failure(404, u"Unknown call_id"_s, u"INVALID_INPUT"_s);
    const int polls = job->value(u"polls"_s).toInt() + 1;
    m_db.exec(u"UPDATE tool_jobs SET polls = ? WHERE id = ?"_s, {polls, callId});
    if (polls == 1)
        return Response::json(
            200, QJsonObject{{u"status"_s, u"in_progress"_s},
                             {u"call_id"_s, callId},
                             {u"message"_s, u"Call in progress. Poll again for results."_s}});
    if (polls < pollsToFinish)
        return Response::json(
            200, QJsonObject{
                     {u"status"_s, u"in_progress"_s},
                     {u"call_id"_s, callId},
                     {u"attempt"_s, 2},
                     {u"max_attempts"_s, 3},
                     {u"retry_reason"_s, u"voicemail_reached"_s},
                     {u"message"_s,
                      u"Auto-retrying (attempt 2/3, reason: voicemail_reached). Poll again."_s}});
    m_db.exec(u"UPDATE tool_jobs SET status = 'ended' WHERE id = ?"_s, {callId});
    const QJsonObject request = parseObject(job->value(u"request_json"_s).toString());
    const QString task = request.value(u"task").toString();
    return Response::json(
        200, QJsonObject{{u"status"_s, u"ended"_s},
                         {u"call_id"_s, callId},
                         {u"task_completed"_s, true},
                         {u"transcript"_s,
                          QString(u"Agent: Hi, I'm calling on behalf of a customer. "_s
                                  + task.left(300) + u"\nHost: Of course, that's all arranged."_s)},
                         {u"call_analysis"_s,
                          QJsonObject{{u"call_summary"_s, QString(u"Done: "_s + task.left(120))}}},
                         {u"recording_url"_s, QJsonValue()}});
}

Response ToolsMarket::jobStatus(const Request &request)
{
    const QString id = request.queryValue(u"requestId"_s).isEmpty()
                           ? request.queryValue(u"job_id"_s)
                           : request.queryValue(u"requestId"_s);
    const auto job =
        m_db.one(u"SELECT * FROM tool_jobs WHERE id = ? AND service != 'ai-call'"_s, {id});
    if (!job)
        return failure(404, u"Job not found"_s, u"INVALID_INPUT"_s);
    QString status = job->value(u"status"_s).toString();
    const qint64 chargeId = job->value(u"charge_id"_s).toLongLong();
    if (status == u"processing") {
        const int polls = job->value(u"polls"_s).toInt() + 1;
        m_db.exec(u"UPDATE tool_jobs SET polls = ? WHERE id = ?"_s, {polls, id});
        if (polls < pollsToFinish)
            return Response::json(200, QJsonObject{{u"requestId"_s, id},
                                                   {u"status"_s, u"processing"_s},
                                                   {u"poll_interval_ms"_s, pollIntervalMs}});
        status = job->value(u"fails"_s).toInt() != 0 ? u"FAILED"_s : u"COMPLETED"_s;
        m_db.exec(u"UPDATE tool_jobs SET status = ? WHERE id = ?"_s, {status, id});
        if (status == u"FAILED")
            refund(chargeId, job->value(u"service"_s).toString());
    }
    if (status == u"FAILED") {
        const auto charge = m_db.one(u"SELECT * FROM tool_charges WHERE id = ?"_s, {chargeId});
        QJsonObject refundObject{
            {u"charge_id"_s, chargeId},
            {u"refund_amount"_s, charge ? charge->value(u"refund_amount"_s).toLongLong() : 0}};
        const QString k1 = charge ? charge->value(u"refund_k1"_s).toString() : QString();
        if (!k1.isEmpty()) {
            QUrl link = m_base;
            link.setPath(u"/lnurlw/"_s + k1);
            refundObject.insert(u"lnurl_withdraw"_s, encodeLnurl(link));
            refundObject.insert(u"status"_s, m_lnurl.withdrawStatus(k1));
        } else {
            refundObject.insert(u"status"_s, u"expired"_s);
        }
        return Response::json(200, QJsonObject{{u"requestId"_s, id},
                                               {u"status"_s, u"FAILED"_s},
                                               {u"error"_s, u"Image generation timed out"_s},
                                               {u"error_code"_s, u"TIMEOUT"_s},
                                               {u"refund"_s, refundObject}})
            .header("x-error-code", "TIMEOUT");
    }
    return Response::json(
        200, QJsonObject{{u"requestId"_s, id},
                         {u"status"_s, u"COMPLETED"_s},
                         {u"result"_s, QJsonObject{{u"image_url"_s,
                                                    absolute(u"/api/l402/files/%1.png"_s.arg(id))},
                                                   {u"mime_type"_s, u"image/png"_s}}}});
}

} // namespace lw::sandbox
