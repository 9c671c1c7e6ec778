// SPDX-License-Identifier: GPL-3.0-or-later
#include "toolsmarket.h"

#include "common/base64.h"
#include "common/crypto.h"
#include "http/router.h"
#include "lightning/lightningnode.h"
#include "lightning/lnurl.h"
#include "lightning/lnurlservice.h"
#include "support/clock.h"
#include "support/database.h"
#include "support/entropy.h"
#include "tools/toolcatalog.h"
#include "tools/toolsupport.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <algorithm>

namespace lw::sandbox {

using namespace Qt::Literals::StringLiterals;
using toolsupport::compact;
using toolsupport::parseObject;
using toolsupport::pollIntervalMs;

namespace {

QString rfc3339(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate);
}

bool containsMarker(const QJsonValue &value)
{
    if (value.isString())
        return value.toString().contains(ToolsMarket::failMarker);
    if (value.isObject()) {
        const QJsonObject o = value.toObject();
        return std::any_of(o.begin(), o.end(),
                           [](const auto &v) { return containsMarker(QJsonValue(v)); });
    }
    if (value.isArray()) {
        const QJsonArray a = value.toArray();
        return std::any_of(a.begin(), a.end(),
                           [](const auto &v) { return containsMarker(QJsonValue(v)); });
    }
    return false;
}

// An AI-call task with no number in it lacks a date, a time or a count; sats4ai asks first.
const QStringList callQuestions{u"What date should the call be about?"_s,
                                u"What time would you prefer?"_s, u"How many people is it for?"_s};

bool callNeedsDetails(const QJsonObject &body)
{
    static const QRegularExpression digit(u"[0-9]"_s);
    return !digit.match(body.value(u"task").toString()).hasMatch();
}

QJsonObject exampleBody(const ToolDefinition &tool)
{
    if (tool.id == u"translate-text")
        return {
            {u"input"_s, QJsonObject{{u"text"_s, u"Hello"_s}, {u"target_language"_s, u"es"_s}}}};
    if (tool.id == u"ai-call")
        return {{u"phone_number"_s, u"+1234567890"_s},
                {u"task"_s, u"Book a table for 2 at 7 PM on Saturday under the name Smith."_s},
                {u"duration_minutes"_s, 3}};
    return {{u"input"_s, QJsonObject{{u"prompt"_s, u"a cat in space"_s}}}};
}

} // namespace

ToolsMarket::ToolsMarket(Database &db, Clock &clock, Entropy &entropy, LightningNode &node,
                         LnurlService &lnurl, const QUrl &base, Settings settings)
    : m_db(db)
    , m_clock(clock)
    , m_entropy(entropy)
    , m_node(node)
    , m_lnurl(lnurl)
    , m_base(base)
    , m_settings(settings)
    , m_failRandom(settings.seed)
    , m_walletId(node.ensureWallet(u"market-sats4ai"_s, 0).id)
    , m_issuer(db, clock, node, m_walletId,
               {u"sats4ai"_s, u"sats4ai"_s, L402Issuer::Format::ApertureV2, true})
{}

void ToolsMarket::reset()
{
    for (const char16_t *table : {u"tool_charges", u"tool_jobs", u"tool_sessions"})
        m_db.exec(u"DELETE FROM "_s + QString::fromUtf16(table));
    m_failRandom.seed(m_settings.seed);
}

QString ToolsMarket::absolute(const QString &pathAndQuery) const
{
    return m_base.toString() + pathAndQuery;
}

Response ToolsMarket::failure(int status, const QString &message, const QString &code,
                              const QJsonObject &extra) const
{
    QJsonObject body{{u"error"_s, message}, {u"error_code"_s, code}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        body.insert(it.key(), it.value());
    return Response::json(status, body).header("x-error-code", code.toLatin1());
}

void ToolsMarket::addRoutes(Router &router)
{
    router.setErrorHandler(u"/api/l402/"_s, [this](const Request &, int status) {
        return failure(status,
                       status == 405   ? u"Method not allowed"_s
                       : status == 413 ? u"Request body too large"_s
                                       : u"Unknown service"_s,
                       u"INVALID_INPUT"_s);
    });

    router.add("GET", u"/.well-known/l402-services"_s,
               [this](const Request &) { return manifest(); });
    router.add("GET", u"/api/l402/models"_s, [this](const Request &) { return models(); });
    router.add("GET", u"/api/estimate-cost"_s, [this](const Request &r) { return estimate(r); });
    router.add("GET", u"/api/error-codes"_s, [](const Request &) {
        QJsonArray codes;
        for (const auto &[code, meaning] :
             {std::pair{u"TIMEOUT"_s, u"Service timed out; a refund is issued"_s},
              std::pair{u"INVALID_INPUT"_s, u"Bad parameters"_s},
              std::pair{u"SERVICE_ERROR"_s, u"Service failure"_s},
              std::pair{u"L402_INVALID_PARAMS"_s,
                        u"Pre-payment validation failed; no invoice, no charge"_s},
              std::pair{u"L402_REFUND_ISSUED"_s, u"The payload contains a refund object"_s}})
            codes.append(QJsonObject{{u"code"_s, code}, {u"meaning"_s, meaning}});
        return Response::json(200, QJsonObject{{u"error_codes"_s, codes}});
    });
    router.add("GET", u"/api/l402/job-status"_s, [this](const Request &r) { return jobStatus(r); });
    router.add("GET", u"/api/l402/files/{}"_s, [this](const Request &r) {
        const QString id = r.params[0].chopped(r.params[0].endsWith(u".png") ? 4 : 0);
        const auto job = m_db.one(u"SELECT status FROM tool_jobs WHERE id = ?"_s, {id});
        if (!job || job->value(u"status"_s).toString() != u"COMPLETED")
            return failure(404, u"File not found"_s, u"INVALID_INPUT"_s);
        return Response::text(200, toolcatalog::samplePng(), "image/png");
    });
    router.add("GET", u"/api/l402/{}"_s, [this](const Request &r) {
        const ToolDefinition *tool = toolcatalog::find(r.params[0]);
        if (!tool)
            return failure(404, u"Unknown service"_s, u"INVALID_INPUT"_s);
        const QString callId = r.queryValue(u"call_id"_s);
        if (tool->id == u"ai-call" && !callId.isEmpty())
            return pollCall(callId);
        return schema(*tool);
    });
    router.add("POST", u"/api/l402/{}"_s, [this](const Request &r) { return call(r); });
}

Response ToolsMarket::manifest() const
{
    QJsonArray services;
    for (const ToolDefinition &tool : toolcatalog::tools()) {
        QJsonObject service{{u"id"_s, tool.id},
                            {u"name"_s, tool.id},
                            {u"description"_s, tool.description},
                            {u"endpoint"_s, absolute(u"/api/l402/"_s + tool.id)},
                            {u"method"_s, u"POST"_s},
                            {u"async"_s, tool.async},
                            {u"input_schema"_s, tool.inputSchema},
                            {u"failure_codes"_s, QJsonArray{u"TIMEOUT"_s, u"SERVICE_ERROR"_s}}};
        service.insert(
            u"pricing"_s,
            QJsonObject{{u"currency"_s, u"sat"_s},
                        {u"estimate_url"_s, absolute(u"/api/estimate-cost?service="_s + tool.id)}});
        services.append(service);
    }
    const QJsonObject features{
        {u"async_jobs"_s,
         QJsonObject{
             {u"response_status"_s, 202},
             {u"fields"_s, QJsonArray{u"job_id"_s, u"poll_url"_s, u"poll_interval_ms"_s}},
             {u"headers"_s, QJsonArray{u"X-Job-Id"_s, u"X-Poll-Url"_s, u"X-Poll-Interval-Ms"_s}}}},
        {u"refunds"_s, QJsonObject{{u"type"_s, u"lnurl-withdraw"_s}}},
        {u"error_codes"_s,
         QJsonObject{{u"response_field"_s, u"error_code"_s}, {u"header"_s, u"X-Error-Code"_s}}}};
    return Response::json(
        200,
        QJsonObject{{u"version"_s, u"0.3.0"_s},
                    {u"name"_s, u"Sats4AI (Lightwork sandbox)"_s},
                    {u"description"_s, u"Pay-per-use AI tools over L402, simulated locally."_s},
                    {u"homepage"_s, m_base.toString()},
                    {u"protocol"_s, u"L402"_s},
                    {u"protocols"_s, QJsonArray{u"L402"_s, u"MPP"_s}},
                    {u"payment_network"_s, u"lightning"_s},
                    {u"model_discovery"_s, absolute(u"/api/l402/models"_s)},
                    {u"error_codes_url"_s, absolute(u"/api/error-codes"_s)},
                    {u"estimate_cost_url"_s, absolute(u"/api/estimate-cost"_s)},
                    {u"authentication"_s,
                     QJsonObject{{u"L402"_s, u"Authorization: L402 <macaroon>:<preimage>"_s},
                                 {u"MPP"_s, u"Authorization: Payment <base64url(JSON)>"_s},
                                 {u"token_valid_seconds"_s, tokenValidSeconds},
                                 {u"body_must_match"_s, true}}},
                    {u"services"_s, services},
                    {u"features"_s, features}});
}

Response ToolsMarket::models() const
{
    QJsonArray out;
    for (const ToolDefinition &tool : toolcatalog::tools())
        out.append(QJsonObject{{u"service"_s, tool.id},
                               {u"model"_s, QString(u"sandbox-"_s + tool.id)},
                               {u"price_sats"_s, toolcatalog::price(tool, exampleBody(tool))},
                               {u"async"_s, tool.async}});
    return Response::json(200, QJsonObject{{u"models"_s, out}});
}

Response ToolsMarket::estimate(const Request &request) const
{
    const ToolDefinition *tool = toolcatalog::find(request.queryValue(u"service"_s));
    if (!tool)
        return failure(400, u"service must name a tool"_s, u"INVALID_INPUT"_s);
    QJsonObject body = exampleBody(*tool);
    if (tool->id == u"translate-text") {
        const qint64 chars = request.queryValue(u"chars"_s).toLongLong();
        body = {{u"input"_s,
                 QJsonObject{{u"text"_s, QString(std::clamp<qint64>(chars, 1, 5000), u'x')}}}};
    } else if (tool->id == u"ai-call" && !request.queryValue(u"duration_minutes"_s).isEmpty()) {
        body.insert(
            u"duration_minutes"_s,
            std::clamp<qint64>(request.queryValue(u"duration_minutes"_s).toLongLong(), 1, 10));
    }
    return Response::json(200,
                          QJsonObject{{u"service"_s, tool->id},
                                      {u"estimated_cost_sats"_s, toolcatalog::price(*tool, body)},
                                      {u"currency"_s, u"sat"_s},
                                      {u"error_code"_s, u"L402_ESTIMATE_ONLY"_s}});
}

Response ToolsMarket::schema(const ToolDefinition &tool) const
{
    return Response::json(
        200, QJsonObject{{u"service"_s, tool.id},
                         {u"description"_s, tool.description},
                         {u"method"_s, u"POST"_s},
                         {u"async"_s, tool.async},
                         {u"input_schema"_s, tool.inputSchema},
                         {u"example"_s, exampleBody(tool)},
                         {u"price_sats"_s, toolcatalog::price(tool, exampleBody(tool))}});
}

Response ToolsMarket::call(const Request &request)
{
    const ToolDefinition *tool = toolcatalog::find(request.params[0]);
    if (!tool)
        return failure(404, u"Unknown service"_s, u"INVALID_INPUT"_s);
    const auto body = request.jsonObject();
    if (!body)
        return failure(400, u"Request body must be a JSON object"_s, u"L402_INVALID_PARAMS"_s);
    if (tool->id == u"ai-call" && body->value(u"action").toString() == u"confirm")
        return confirmCall(*body);
    if (const auto problem = toolcatalog::validate(*tool, *body))
        return failure(400, *problem, u"L402_INVALID_PARAMS"_s,
                       {{u"suggestion"_s,
                         u"Fix the request; no invoice was created and nothing was charged."_s},
                        {u"example"_s, exampleBody(*tool)}});
    if (request.header("authorization").isEmpty())
        return challenge(*tool, *body, request.body);
    auto redeemed = redeem(*tool, request);
    if (auto *error = std::get_if<Response>(&redeemed))
        return *error;
    return run(*tool, *body, std::get<QVariantMap>(redeemed));
}

Response ToolsMarket::challenge(const ToolDefinition &tool, const QJsonObject &body,
                                const QByteArray &rawBody)
{
    const qint64 amount = toolcatalog::price(tool, body);
    const QString requestHash = crypto::sha256(rawBody).toHex();
    const qint64 now = m_clock.nowMs();
    const qint64 validUntil = now / 1000 + tokenValidSeconds;
    const QList<QByteArray> caveats{
        "services=sats4ai:0", "sats4ai_capabilities=" + tool.id.toLatin1(),
        "amount_sats=" + QByteArray::number(amount), "request_hash=" + requestHash.toLatin1(),
        "sats4ai_valid_until=" + QByteArray::number(validUntil)};
    const auto c = m_issuer.issue(amount, u"Sats4AI "_s + tool.id, caveats, tokenValidSeconds);
    if (!c)
        return failure(503, u"Could not create an invoice"_s, u"SERVICE_ERROR"_s);
    m_db.exec(u"INSERT INTO tool_charges(service, payment_hash, amount_sats, request_hash, token, "
              u"status, "
              "created_at, expires_at) VALUES(?, ?, ?, ?, ?, 'unpaid', ?, ?)"_s,
              {tool.id, c->paymentHash, amount, requestHash, c->token, now, validUntil * 1000});
    const auto row =
        m_db.one(u"SELECT id FROM tool_charges WHERE payment_hash = ?"_s, {c->paymentHash});
    const qint64 chargeId = row ? row->value(u"id"_s).toLongLong() : 0;

    // The IETF "Payment" (MPP) challenge for the same invoice: request = base64url(JCS JSON).
    const QJsonObject chargeRequest{
        {u"amount"_s, QString::number(amount)},
        {u"currency"_s, u"sat"_s},
        {u"description"_s, QString(u"Sats4AI "_s + tool.id)},
        {u"methodDetails"_s, QJsonObject{{u"invoice"_s, c->invoice},
                                         {u"network"_s, u"regtest"_s},
                                         {u"paymentHash"_s, c->paymentHash}}}};
    const QString requestParam =
        base64::encode(compact(chargeRequest).toUtf8(), base64::Alphabet::Url, false);
    const QByteArray payment = "Payment id=\"" + QByteArray::number(chargeId)
                               + "\", realm=\"sats4ai\", "
                                 "method=\"lightning\", intent=\"charge\", request=\""
                               + requestParam.toLatin1() + "\", expires=\""
                               + rfc3339(validUntil * 1000).toLatin1() + '"';
    return Response::json(402, QJsonObject{{u"error"_s, u"Payment required"_s},
                                           {u"invoice"_s, c->invoice},
                                           {u"macaroon"_s, c->token},
                                           {u"payment_hash"_s, c->paymentHash},
                                           {u"amount_sats"_s, amount},
                                           {u"charge_id"_s, chargeId},
                                           {u"expires_in"_s, tokenValidSeconds}})
        .header("www-authenticate", L402Issuer::wwwAuthenticate(*c, "L402"))
        .header("www-authenticate", payment)
        .header("cache-control", "no-store");
}

std::variant<QVariantMap, Response> ToolsMarket::redeem(const ToolDefinition &tool,
                                                        const Request &request)
{
    const QByteArray authorization = request.header("authorization").trimmed();
    QByteArray l402 = authorization;
    std::optional<qint64> namedCharge;
    if (authorization.startsWith("Payment ") || authorization.startsWith("payment ")) {
        // sats4ai's form {"challenge":{"id","macaroon"},"payload":{"preimage"}}; the IETF form
        // echoes the challenge parameters instead of the macaroon.
        const auto json = base64::decode(QString::fromLatin1(authorization.sliced(8).trimmed()),
                                         {base64::Alphabet::Url, base64::Padding::Optional});
        const QJsonObject credential =
            json ? QJsonDocument::fromJson(*json).object() : QJsonObject();
        const QJsonObject challenge = credential.value(u"challenge").toObject();
        const QString preimage =
            credential.value(u"payload").toObject().value(u"preimage").toString();
        bool ok = false;
        const qint64 id = challenge.value(u"id").toString().toLongLong(&ok);
        if (!ok || preimage.isEmpty())
            return failure(401, u"Malformed Payment credential"_s, u"INVALID_INPUT"_s);
        namedCharge = id;
        QString macaroon = challenge.value(u"macaroon").toString();
        if (macaroon.isEmpty()) {
            const auto row = m_db.one(u"SELECT token FROM tool_charges WHERE id = ?"_s, {id});
            if (!row)
                return failure(401, u"Unknown payment challenge"_s, u"INVALID_INPUT"_s);
            macaroon = row->value(u"token"_s).toString();
        }
        l402 = "L402 " + macaroon.toLatin1() + ':' + preimage.toLatin1();
    }
    const auto credential = m_issuer.check(l402);
    if (!credential) {
        if (credential.error().failure == L402Issuer::Failure::NotL402)
            return challenge(tool, *request.jsonObject(), request.body);
        return failure(401, credential.error().message, u"INVALID_INPUT"_s);
    }
    const auto charge =
        m_db.one(u"SELECT * FROM tool_charges WHERE payment_hash = ?"_s, {credential->paymentHash});
    if (!charge || (namedCharge && charge->value(u"id"_s).toLongLong() != *namedCharge))
        return failure(401, u"Unknown payment challenge"_s, u"INVALID_INPUT"_s);
    if (credential->caveats.value(u"sats4ai_capabilities"_s) != tool.id)
        return failure(401,
                       u"This payment is for %1, not %2"_s.arg(
                           credential->caveats.value(u"sats4ai_capabilities"_s), tool.id),
                       u"INVALID_INPUT"_s);
    if (credential->caveats.value(u"sats4ai_valid_until"_s).toLongLong() <= m_clock.nowSecs())
        return failure(401, u"The L402 token has expired; request a new invoice"_s,
                       u"INVALID_INPUT"_s);
    if (credential->caveats.value(u"request_hash"_s) != crypto::sha256(request.body).toHex())
        return failure(401, u"The request body differs from the one the invoice was issued for"_s,
                       u"L402_BODY_MISMATCH"_s,
                       {{u"suggestion"_s, u"Re-send exactly the body of the first request."_s}});
    m_issuer.consume(credential->paymentHash);
    m_db.exec(u"UPDATE tool_charges SET status = 'paid' WHERE id = ?"_s, {charge->value(u"id"_s)});
    return *charge;
}

bool ToolsMarket::shouldFail(const QJsonObject &body)
{
    // Always draw, so the failure sequence depends only on the number of paid calls.
    const bool random = int(m_failRandom.bounded(100)) < m_settings.failPercent;
    return random || containsMarker(body);
}

Response ToolsMarket::run(const ToolDefinition &tool, const QJsonObject &body,
                          const QVariantMap &charge)
{
    const qint64 chargeId = charge.value(u"id"_s).toLongLong();
    const QByteArray receipt =
        base64::encode(
            compact(QJsonObject{{u"status"_s, u"success"_s},
                                {u"method"_s, u"lightning"_s},
                                {u"timestamp"_s, rfc3339(m_clock.nowMs())},
                                {u"reference"_s, charge.value(u"payment_hash"_s).toString()},
                                {u"challengeId"_s, QString::number(chargeId)}})
                .toUtf8(),
            base64::Alphabet::Url, false)
            .toLatin1();
    const bool fails = shouldFail(body);

    if (tool.id == u"ai-call") {
        if (fails) {
            QJsonObject r = refund(chargeId, tool.id);
            return failure(502, u"The call could not be placed"_s, u"SERVICE_ERROR"_s, r);
        }
        if (callNeedsDetails(body)) {
            const QString sessionId = m_entropy.uuid();
            m_db.exec(u"INSERT INTO tool_sessions(id, charge_id, request_json, questions_json, "
                      u"state, created_at) "
                      "VALUES(?, ?, ?, ?, 'pending_confirm', ?)"_s,
                      {sessionId, chargeId, compact(body),
                       QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(callQuestions))
                                             .toJson(QJsonDocument::Compact)),
                       m_clock.nowMs()});
            return Response::
                json(200,
                     QJsonObject{
                         {u"success"_s, true},
                         {u"state"_s, u"pending_confirm"_s},
                         {u"session_id"_s, sessionId},
                         {u"questions"_s, QJsonArray::fromStringList(callQuestions)},
                         {u"message"_s,
                          u"Task is missing some details. POST with action='confirm' to proceed."_s}})
                    .header("payment-receipt", receipt);
        }
        return startCall(body, chargeId, m_entropy.uuid()).header("payment-receipt", receipt);
    }
    if (tool.async) {
        const QString jobId = u"pred_"_s + m_entropy.hex(10);
        m_db.exec(u"INSERT INTO tool_jobs(id, service, charge_id, request_json, status, polls, "
                  u"fails, created_at) "
                  "VALUES(?, ?, ?, ?, 'processing', 0, ?, ?)"_s,
                  {jobId, tool.id, chargeId, compact(body), fails ? 1 : 0, m_clock.nowMs()});
        const QString poll = u"/api/l402/job-status?requestId=%1&jobType=image"_s.arg(jobId);
        return Response::json(202, QJsonObject{{u"requestId"_s, jobId},
                                               {u"job_id"_s, jobId},
                                               {u"status"_s, u"processing"_s},
                                               {u"poll_url"_s, poll},
                                               {u"poll_interval_ms"_s, pollIntervalMs}})
            .header("x-job-id", jobId.toLatin1())
            .header("x-poll-url", poll.toLatin1())
            .header("x-poll-interval-ms", QByteArray::number(pollIntervalMs))
            .header("payment-receipt", receipt);
    }
    if (fails) {
        QJsonObject r = refund(chargeId, tool.id);
        r.insert(u"retry_after_seconds"_s, 20);
        return failure(502,
                       tool.id == u"translate-text" ? u"Translation timed out"_s
                                                    : u"Text generation timed out"_s,
                       u"TIMEOUT"_s, r);
    }
    return Response::json(200, toolcatalog::result(tool, body)).header("payment-receipt", receipt);
}

} // namespace lw::sandbox
