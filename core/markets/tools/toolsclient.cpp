// SPDX-License-Identifier: GPL-3.0-or-later
#include "markets/tools/toolsclient.h"

#include "markets/tools/toolsanswers.h"
#include "markets/tools/toolsdiscovery.h"
#include "markets/tools/toolsfields.h"
#include "pay/crashpoint.h"

#include <QJsonDocument>
#include <QPromise>
#include <QTimer>
#include <QUrlQuery>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace lw {

using namespace tools_detail;

namespace {

using CallResult = ToolsResult<ToolCallResult>;

template <typename T>
QFuture<ToolsResult<T>> ready(ToolsResult<T> result)
{
    return QtFuture::makeReadyFuture(std::move(result));
}

QFuture<void> after(QObject *context, int ms)
{
    auto promise = std::make_shared<QPromise<void>>();
    promise->start();
    QTimer::singleShot(ms, context, [promise] { promise->finish(); });
    return promise->future();
}

//! A free GET whose 2xx JSON object is parsed.
template <typename T, typename Parse>
QFuture<ToolsResult<T>> fetch(HttpClient *http, QObject *context, const QUrl &url, Parse parse)
{
    return http->send(HttpRequest::get(url)).then(context, [parse](HttpResult r) {
        if (!r)
            return ToolsResult<T>(fail(r.error()));
        if (!r->isSuccess())
            return ToolsResult<T>(fail(r->toError()));
        const auto object = r->jsonObject();
        if (!object)
            return ToolsResult<T>(fail(object.error()));
        return ToolsResult<T>(parse(*object));
    });
}

//! What the user must know when a paid call's outcome cannot be told: it was paid.
AppError paidButUnknown(const ToolCallResult &r, AppError e)
{
    if (r.payment)
        e.message =
            Text::tr("Paid %1 sat (journal entry %2), but %3")
                .arg(r.payment->amount.toSatsDecimal(), QString::number(r.journalId), e.message);
    return e;
}

} // namespace

ToolsClient::ToolsClient(HttpClient *http, PaymentGate *gate, QUrl baseUrl, qint64 accountId,
                         QObject *parent)
    : QObject(parent)
    , m_http(http)
    , m_gate(gate)
    , m_base(std::move(baseUrl))
    , m_accountId(accountId)
{}

QFuture<ToolsResult<ToolsManifest>> ToolsClient::manifest()
{
    const QUrl base = m_base;
    return fetch<ToolsManifest>(
        m_http, this, marketUrl(m_base, u"/.well-known/l402-services"_s),
        [base](const QJsonObject &o) { return parseToolsManifest(o, base); });
}

QFuture<ToolsResult<QHash<QString, ToolPrice>>> ToolsClient::prices(const ToolsManifest &manifest)
{
    return fetch<QHash<QString, ToolPrice>>(m_http, this, manifest.modelsUrl, parseToolPrices);
}

QFuture<ToolsResult<ToolSchema>> ToolsClient::schema(const ToolService &service)
{
    const QString slug = service.slug;
    return fetch<ToolSchema>(m_http, this, service.endpoint,
                             [slug](const QJsonObject &o) { return parseToolSchema(o, slug); });
}

QFuture<ToolsResult<ToolEstimate>> ToolsClient::estimate(const ToolsManifest &manifest,
                                                         const ToolService &service)
{
    QUrl url = manifest.estimateUrl;
    QUrlQuery query(url);
    query.addQueryItem(u"service"_s, QString::fromLatin1(QUrl::toPercentEncoding(service.slug)));
    url.setQuery(query);
    const QString slug = service.slug;
    return fetch<ToolEstimate>(m_http, this, url,
                               [slug](const QJsonObject &o) { return parseToolEstimate(o, slug); });
}

QFuture<CallResult> ToolsClient::call(const ToolService &service, const QJsonObject &body,
                                      MilliSats agreed)
{
    // The endpoint came from the manifest; the payment and the body go nowhere else.
    if (!isToolSlug(service.slug) || !sameOrigin(service.endpoint, m_base))
        return ready<ToolCallResult>(
            fail(AppError::make(AppError::Kind::Invalid,
                                Text::tr("This tool's address is not on the market's site."))));
    if (agreed.isZero())
        return ready<ToolCallResult>(fail(AppError::make(
            AppError::Kind::Invalid, Text::tr("A paid tool call needs a price to agree to."))));
    const PaidCall paid{u"tools."_s + service.slug, m_accountId,
                        HttpRequest::json("POST", service.endpoint, QJsonDocument(body)), agreed};
    return m_gate->call(paid)
        .then(this,
              [this, slug = service.slug](CallOutcome outcome) {
                  if (!outcome)
                      return ready<ToolCallResult>(fail(outcome.error()));
                  ToolCallResult result;
                  result.slug = slug;
                  result.journalId = outcome->journalId;
                  result.payment = outcome->payment;
                  return settle(result, outcome->response);
              })
        .unwrap()
        .then(this, [this](CallResult r) { return recorded(r); });
}

QFuture<CallResult> ToolsClient::resumeJob(const ToolFollowup &followup)
{
    if (!sameOrigin(followup.job.pollUrl, m_base))
        return ready<ToolCallResult>(fail(AppError::make(
            AppError::Kind::Invalid, Text::tr("This job's address is not on the market's site."))));
    ToolCallResult result;
    result.slug = followup.slug;
    result.journalId = followup.journalId;
    result.jobId = followup.job.id;
    return follow(result, followup.job, 0).then(this, [this](CallResult r) { return recorded(r); });
}

CallResult ToolsClient::recorded(const CallResult &r)
{
    // Only paid calls owe anything; an error (a job not followed to its end) stays as it was.
    if (!m_followups || !r || r->journalId == 0)
        return r;
    if (r->kind == ToolCallResult::Kind::Failed && r->failure.refund
        && !r->failure.refund->lnurlWithdraw.isEmpty() && !r->failure.refund->amount.isZero()) {
        (void)m_followups->refundPending(r->journalId, m_accountId, r->slug, *r->failure.refund);
        return r;
    }
    (void)m_followups->finished(r->journalId, r->kind == ToolCallResult::Kind::Failed
                                                  ? r->failure.message
                                                  : Text::tr("finished"));
    return r;
}

QFuture<CallResult> ToolsClient::confirm(const ToolService &service, const QString &sessionId,
                                         const QJsonObject &answers)
{
    if (!isToolSlug(service.slug) || !sameOrigin(service.endpoint, m_base))
        return ready<ToolCallResult>(
            fail(AppError::make(AppError::Kind::Invalid,
                                Text::tr("This tool's address is not on the market's site."))));
    const QJsonObject body{
        {u"action"_s, u"confirm"_s}, {u"session_id"_s, sessionId}, {u"answers"_s, answers}};
    return m_http->send(HttpRequest::json("POST", service.endpoint, QJsonDocument(body)))
        .then(this,
              [this](HttpResult r) {
                  if (!r)
                      return ready<ToolCallResult>(fail(r.error()));
                  if (r->status == 402) // the call was paid already: never pay a second time
                      return ready<ToolCallResult>(fail(AppError::make(
                          AppError::Kind::Refused,
                          Text::tr("The market asks for another payment to confirm; not paid."))));
                  return settle(ToolCallResult(), *r);
              })
        .unwrap();
}

QFuture<RefundClaimResult> ToolsClient::claimRefund(const QString &lnurlWithdraw,
                                                    std::optional<MilliSats> amount,
                                                    PaymentBackend *wallet,
                                                    const RefundClaimer::Wait &wait)
{
    auto *claimer = new RefundClaimer(m_http, wallet, this);
    claimer->setWait(wait);
    auto claimed = claimer->claim(lnurlWithdraw, amount,
                                  Text::tr("Lightwork: refund from %1").arg(m_base.host()));
    claimed.then(QtFuture::Launch::Sync,
                 [claimer](QFuture<RefundClaimResult>) { claimer->deleteLater(); });
    return claimed;
}

QFuture<CallResult> ToolsClient::settle(ToolCallResult result, const HttpResponse &response)
{
    auto answer = parseToolAnswer(response, m_base);
    if (!answer)
        return ready<ToolCallResult>(fail(paidButUnknown(result, answer.error())));
    switch (answer->kind) {
    case ToolAnswer::Kind::Finished:
        result.output = answer->output;
        break;
    case ToolAnswer::Kind::PushBack:
        result.kind = ToolCallResult::Kind::PushBack;
        result.pushBack = answer->pushBack;
        break;
    case ToolAnswer::Kind::Failed:
        // Refused before any payment (L402_INVALID_PARAMS, …) is an ordinary error.
        if (!result.payment && !answer->failure.refund && answer->failure.refundProblem.isEmpty())
            return ready<ToolCallResult>(fail(response.toError()));
        result.kind = ToolCallResult::Kind::Failed;
        result.failure = answer->failure;
        break;
    case ToolAnswer::Kind::Job:
        result.jobId = answer->job.id;
        // Kept before the first poll: a paid job must outlive this process.
        if (m_followups && result.journalId != 0) {
            (void)m_followups->following(result.journalId, m_accountId, result.slug, answer->job);
            crashPoint("after_job_recorded");
        }
        return follow(result, answer->job, 0);
    }
    return ready<ToolCallResult>(result);
}

int ToolsClient::intervalFor(int askedMs) const
{
    return qBound(m_limits.minIntervalMs, askedMs > 0 ? askedMs : m_limits.defaultIntervalMs,
                  m_limits.maxIntervalMs);
}

QFuture<CallResult> ToolsClient::follow(ToolCallResult result, ToolJob job, int errorsInARow)
{
    if (result.polls >= m_limits.maxPolls)
        return ready<ToolCallResult>(fail(paidButUnknown(
            result, AppError::make(
                        AppError::Kind::Timeout,
                        Text::tr("job %1 was still running after %2 polls; its status "
                                 "is at %3")
                            .arg(job.id, QString::number(result.polls), job.pollUrl.toString())))));
    return after(this, intervalFor(job.intervalMs))
        .then(this, [this, job] { return m_http->send(HttpRequest::get(job.pollUrl)); })
        .unwrap()
        .then(this,
              [this, result, job, errorsInARow](HttpResult r) mutable -> QFuture<CallResult> {
                  ++result.polls;
                  const ToolsResult<ToolJobUpdate> update =
                      r ? parseToolJobUpdate(*r) : ToolsResult<ToolJobUpdate>(fail(r.error()));
                  if (!update) {
                      // The job is paid for: a passing fault must not lose it.
                      if (errorsInARow + 1 < m_limits.maxErrorsInARow)
                          return follow(result, job, errorsInARow + 1);
                      AppError e = update.error();
                      e.message = Text::tr("job %1 could not be followed (%2); its status is at %3")
                                      .arg(job.id, e.message, job.pollUrl.toString());
                      return ready<ToolCallResult>(fail(paidButUnknown(result, e)));
                  }
                  Q_EMIT jobProgress(job.id, result.polls, update->status);
                  if (update->intervalMs > 0)
                      job.intervalMs = update->intervalMs;
                  switch (update->kind) {
                  case ToolJobUpdate::Kind::Running:
                      return follow(result, job, 0);
                  case ToolJobUpdate::Kind::Finished:
                      result.output = update->output;
                      break;
                  case ToolJobUpdate::Kind::Failed:
                      result.kind = ToolCallResult::Kind::Failed;
                      result.failure = update->failure;
                      break;
                  }
                  return ready<ToolCallResult>(result);
              })
        .unwrap();
}

} // namespace lw
