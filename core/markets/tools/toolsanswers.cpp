// SPDX-License-Identifier: GPL-3.0-or-later
#include "markets/tools/toolsanswers.h"

#include "markets/tools/toolsfields.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>

using namespace Qt::Literals::StringLiterals;

namespace lw {

using namespace tools_detail;

namespace {

constexpr int maxQuestions = 20;
constexpr qsizetype maxQuestionChars = 1000;
constexpr int maxRetryAfterSeconds = 24 * 3600;

bool isOneOf(const QString &status, std::initializer_list<const char16_t *> names)
{
    for (const char16_t *name : names)
        if (status.compare(QStringView(name), Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

bool finishes(const QString &status)
{
    return isOneOf(status, {u"completed", u"complete", u"succeeded", u"success", u"done", u"ended",
                            u"finished"});
}

bool fails(const QString &status)
{
    return isOneOf(status, {u"failed", u"failure", u"error", u"cancelled", u"canceled", u"expired",
                            u"timeout", u"timed_out"});
}

//! A positive interval in ms from a JSON number, else from a header; 0 when neither says.
int intervalOf(const QJsonValue &v, const QByteArray &header)
{
    qint64 ms = v.isDouble() ? v.toInteger(0) : 0;
    if (ms <= 0 && !header.isEmpty())
        ms = header.trimmed().toLongLong();
    return int(qBound(qint64(0), ms, qint64(24 * 3600 * 1000)));
}

std::optional<QJsonObject> objectOf(const QByteArray &body)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (!doc.isObject())
        return std::nullopt;
    return doc.object();
}

ToolFailure failureOf(int status, const QJsonObject &o, const QByteArray &codeHeader)
{
    ToolFailure f;
    f.httpStatus = status;
    const QJsonValue error = o.value(u"error");
    if (error.isString())
        f.message = capped(error.toString(), maxDescriptionChars);
    else if (error.isObject())
        f.message = firstText(error.toObject(), {u"message"});
    if (f.message.isEmpty())
        f.message = firstText(o, {u"message", u"detail"});
    f.code = firstText(o, {u"error_code"}, 100);
    if (f.code.isEmpty() && error.isObject())
        f.code = firstText(error.toObject(), {u"code"}, 100);
    if (f.code.isEmpty())
        f.code = capped(QString::fromLatin1(codeHeader).trimmed(), 100);
    const QJsonValue retry = o.value(u"retry_after_seconds");
    if (retry.isDouble() && retry.toInteger(-1) >= 0)
        f.retryAfterSeconds = int(qMin<qint64>(retry.toInteger(), maxRetryAfterSeconds));
    QJsonValue refund = o.value(u"refund");
    if (refund.isUndefined() || refund.isNull())
        refund = o.value(u"data").toObject().value(u"refund"); // over MCP
    if (refund.isObject()) {
        auto parsed = parseToolRefund(refund.toObject());
        if (parsed)
            f.refund = *parsed;
        else
            f.refundProblem = parsed.error().message;
    } else if (!refund.isUndefined() && !refund.isNull()) {
        f.refundProblem = Text::tr("the refund is not an object");
    }
    return f;
}

Result<ToolPushBack, AppError> pushBackOf(const QJsonObject &o)
{
    ToolPushBack p;
    const auto session = idOf(o.value(u"session_id"));
    if (!session)
        return fail(badAnswer(Text::tr("it asks questions without a session_id")));
    p.sessionId = *session;
    for (const QJsonValue &q : o.value(u"questions").toArray())
        if (q.isString() && !q.toString().isEmpty() && p.questions.size() < maxQuestions)
            p.questions << capped(q.toString(), maxQuestionChars);
    p.message = firstText(o, {u"message"});
    return p;
}

Result<ToolJob, AppError> jobOf(const HttpResponse &r, const QJsonObject &o, const QUrl &base)
{
    ToolJob job;
    for (const char16_t *name : {u"requestId", u"job_id", u"call_id", u"id"})
        if (job.id.isEmpty())
            job.id = idOf(o.value(QStringView(name))).value_or(QString());
    if (job.id.isEmpty() && !r.header("x-job-id").isEmpty())
        job.id = idOf(QString::fromLatin1(r.header("x-job-id")).trimmed()).value_or(QString());
    QJsonValue poll = o.value(u"poll_url");
    if (!poll.isString() && !r.header("x-poll-url").isEmpty())
        poll = QString::fromLatin1(r.header("x-poll-url")).trimmed();
    if (poll.isString()) {
        const auto url = marketLink(poll, base);
        if (!url)
            return fail(badAnswer(Text::tr("the job's poll address is not on the market's site")));
        job.pollUrl = *url;
    } else if (!job.id.isEmpty()) {
        // The documented free endpoint (reference 001): job-status?requestId=…
        job.pollUrl = marketUrl(base, u"/api/l402/job-status"_s);
        QUrlQuery q;
        q.addQueryItem(u"requestId"_s, QString::fromLatin1(QUrl::toPercentEncoding(job.id)));
        job.pollUrl.setQuery(q);
    } else {
        return fail(badAnswer(Text::tr("a job came with neither an id nor a poll address")));
    }
    job.intervalMs = intervalOf(o.value(u"poll_interval_ms"), r.header("x-poll-interval-ms"));
    job.status = firstText(o, {u"status", u"state"}, 64);
    return job;
}

//! The first of `keys` holding a string, or empty.
QString textIn(const QJsonObject &o, std::initializer_list<const char16_t *> keys)
{
    for (const char16_t *key : keys)
        if (o.value(QStringView(key)).isString())
            return o.value(QStringView(key)).toString();
    return {};
}

} // namespace

Result<ToolRefund, AppError> parseToolRefund(const QJsonObject &o)
{
    ToolRefund r;
    const auto charge = idOf(o.value(u"charge_id"));
    if (!charge)
        return fail(badAnswer(Text::tr("the refund has no charge_id")));
    r.chargeId = *charge;
    const auto amount = satsOf(o.value(u"refund_amount"));
    if (!amount)
        return fail(badAnswer(Text::tr("the refund has no refund_amount in whole sats")));
    r.amount = *amount;
    const QJsonValue link = o.value(u"lnurl_withdraw");
    if (link.isString()) {
        if (link.toString().size() > maxLnurlChars)
            return fail(badAnswer(Text::tr("the refund's lnurl_withdraw is too long")));
        r.lnurlWithdraw = link.toString().trimmed();
    } else if (!link.isUndefined() && !link.isNull()) {
        return fail(badAnswer(Text::tr("the refund's lnurl_withdraw is not text")));
    }
    r.status = firstText(o, {u"status"}, 32);
    return r;
}

ToolFailure parseToolFailure(const HttpResponse &response)
{
    return failureOf(response.status, objectOf(response.body).value_or(QJsonObject()),
                     response.header("x-error-code"));
}

Result<ToolAnswer, AppError> parseToolAnswer(const HttpResponse &response, const QUrl &base)
{
    ToolAnswer a;
    if (!response.isSuccess()) {
        a.kind = ToolAnswer::Kind::Failed;
        a.failure = parseToolFailure(response);
        return a;
    }
    const auto object = objectOf(response.body);
    if (!object) {
        // sats4ai's SMS answers plain text ("Okay", reference 002); other JSON is data.
        const QJsonDocument doc = QJsonDocument::fromJson(response.body);
        a.output = doc.isArray() ? toolOutputOf(doc.array())
                                 : toolOutputOf(QString::fromUtf8(response.body));
        return a;
    }
    const QJsonObject &o = *object;
    const QString status = firstText(o, {u"status"}, 64);
    if (o.value(u"state").toString() == u"pending_confirm") {
        auto pushBack = pushBackOf(o);
        if (!pushBack)
            return fail(pushBack.error());
        a.kind = ToolAnswer::Kind::PushBack;
        a.pushBack = *pushBack;
        return a;
    }
    const bool polled = o.value(u"poll_url").isString() || !response.header("x-poll-url").isEmpty();
    if (response.status == 202 || (polled && !finishes(status) && !fails(status))) {
        auto job = jobOf(response, o, base);
        if (!job)
            return fail(job.error());
        a.kind = ToolAnswer::Kind::Job;
        a.job = *job;
        return a;
    }
    if (fails(status)) {
        a.kind = ToolAnswer::Kind::Failed;
        a.failure = parseToolFailure(response);
        return a;
    }
    a.output = toolOutputOf(o);
    return a;
}

Result<ToolJobUpdate, AppError> parseToolJobUpdate(const HttpResponse &response)
{
    ToolJobUpdate u;
    const auto object = objectOf(response.body);
    if (!response.isSuccess()) {
        u.failure = parseToolFailure(response);
        if (!u.failure.refund && u.failure.refundProblem.isEmpty())
            return fail(response.toError());
        u.kind = ToolJobUpdate::Kind::Failed;
        return u;
    }
    if (!object)
        return fail(badAnswer(Text::tr("a job's status is not a JSON object")));
    const QJsonObject &o = *object;
    u.status = firstText(o, {u"status", u"state"}, 64);
    u.intervalMs = intervalOf(o.value(u"poll_interval_ms"), response.header("x-poll-interval-ms"));
    if (fails(u.status)) {
        u.kind = ToolJobUpdate::Kind::Failed;
        u.failure = parseToolFailure(response);
    } else if (finishes(u.status) || (u.status.isEmpty() && o.contains(u"result"))) {
        u.kind = ToolJobUpdate::Kind::Finished;
        u.output = toolOutputOf(o);
    }
    return u;
}

ToolOutput toolOutputOf(const QJsonValue &body)
{
    ToolOutput out;
    const QJsonValue result = body.toObject().value(u"result");
    out.data = body.isObject() && !result.isUndefined() && !result.isNull() ? result : body;
    if (out.data.isString()) {
        const QString s = out.data.toString();
        const qsizetype comma = s.indexOf(u',');
        if (s.startsWith(u"data:image/") && comma > 0 && s.first(comma).endsWith(u";base64")) {
            out.kind = ToolOutput::Kind::ImageBase64;
            out.mimeType = s.sliced(5, comma - 5 - 7);
            out.text = s.sliced(comma + 1);
        } else {
            out.kind = ToolOutput::Kind::Text;
            out.text = s;
        }
        return out;
    }
    if (!out.data.isObject())
        return out; // a list or a scalar: JSON
    const QJsonObject o = out.data.toObject();
    out.mimeType = capped(o.value(u"mime_type").toString(), 100);
    const QString imageUrl = textIn(o, {u"image_url", u"imageUrl", u"output_url"});
    const QString anyUrl = textIn(o, {u"url"});
    const QString base64 = textIn(o, {u"image_base64", u"b64_json", u"base64"});
    const QString text = textIn(o, {u"text", u"translated_text", u"output", u"content", u"answer"});
    const auto isWeb = [](const QString &u) {
        const QUrl url(u);
        return url.isValid() && (url.scheme() == u"https" || url.scheme() == u"http");
    };
    if (isWeb(imageUrl) || (isWeb(anyUrl) && out.mimeType.startsWith(u"image/"))) {
        out.kind = ToolOutput::Kind::ImageUrl;
        out.text = isWeb(imageUrl) ? imageUrl : anyUrl;
    } else if (!base64.isEmpty()) {
        out.kind = ToolOutput::Kind::ImageBase64;
        out.text = base64;
    } else if (!text.isEmpty()) {
        out.kind = ToolOutput::Kind::Text;
        out.text = text;
    }
    return out;
}

} // namespace lw
