// SPDX-License-Identifier: GPL-3.0-or-later
#include "markets/prooflayer/prooflayerclient.h"

#include "markets/prooflayer/prooflayerfields.h"
#include "markets/prooflayer/prooflayerjson.h"
#include "markets/prooflayer/prooflayerrequests.h"
#include "net/lnurlfetch.h"

#include <QCoreApplication>
#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace lw {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(ProofLayer)
};

template <typename T>
QFuture<ProofLayerOutcome<T>> refuse(const AppError &error)
{
    return QtFuture::makeReadyFuture(ProofLayerOutcome<T>(fail(error)));
}

//! Ids go into paths. Letters, digits, '-' and '_' cannot become a separator, a dot segment or
//! an escape, whatever the server decodes before it routes; nothing else is let through.
std::optional<AppError> checkIds(std::initializer_list<QString> ids)
{
    for (const QString &id : ids)
        if (!prooflayer_detail::isPathSafeId(id) || id.size() > maxProofLayerIdChars)
            return AppError::make(AppError::Kind::Invalid,
                                  Text::tr("“%1” is not a ProofLayer id.").arg(id.left(100)));
    return std::nullopt;
}

QString segment(const QString &id)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(id));
}

AppError otherTask()
{
    return AppError::make(AppError::Kind::BadResponse,
                          Text::tr("ProofLayer answered with another task than the one asked."));
}

AppError otherWorker()
{
    return AppError::make(AppError::Kind::BadResponse,
                          Text::tr("ProofLayer answered with another worker than the one asked."));
}

//! Why a payout address is refused: the address's own service, or the transport, failed.
AppError unpayable(const LightningAddress &payee, AppError e)
{
    // What the service said is about the user's input; a network failure stays one.
    if (e.kind == AppError::Kind::Refused || e.kind == AppError::Kind::BadResponse)
        e.kind = AppError::Kind::Invalid;
    e.message = Text::tr("The Lightning Address %1 cannot receive payments: %2")
                    .arg(payee.toString(), e.message);
    return e;
}

//! A 2xx answer's JSON object read by `parse`; any other status is the error it stands for.
template <typename T, typename Parse>
ProofLayerOutcome<T> read(const HttpResponse &response, Parse parse)
{
    if (!response.isSuccess())
        return fail(response.toError());
    auto object = response.jsonObject();
    if (!object)
        return fail(object.error());
    ProofLayerOutcome<T> value = parse(*object);
    if (!value) {
        AppError e = value.error();
        e.httpStatus = response.status;
        return fail(e);
    }
    return value;
}

//! The parser, then a check of what was answered against what was asked.
template <typename T, typename Parse, typename Check>
auto checked(Parse parse, Check check)
{
    return [parse, check](const QJsonObject &o) -> ProofLayerOutcome<T> {
        ProofLayerOutcome<T> value = parse(o);
        if (value)
            if (auto e = check(*value))
                return fail(*e);
        return value;
    };
}

} // namespace

ProofLayerClient::ProofLayerClient(HttpClient *http, PaymentGate *gate, QUrl baseUrl,
                                   qint64 accountId, QObject *parent)
    : QObject(parent)
    , m_http(http)
    , m_gate(gate)
    , m_base(std::move(baseUrl))
    , m_accountId(accountId)
{}

QUrl ProofLayerClient::url(const QString &path,
                           const QList<std::pair<QString, QString>> &query) const
{
    QUrl u = m_base;
    QString base = u.path(QUrl::FullyEncoded);
    while (base.endsWith(u'/'))
        base.chop(1);
    u.setPath(base + path, QUrl::TolerantMode); // segments in `path` are encoded already
    // Values encoded by hand: a QUrlQuery would let '&', '=' and '#' through.
    QStringList pairs;
    for (const auto &[key, value] : query)
        pairs.append(key + u'=' + QString::fromLatin1(QUrl::toPercentEncoding(value)));
    u.setQuery(pairs.isEmpty() ? QString() : pairs.join(u'&'), QUrl::TolerantMode);
    u.setFragment(QString());
    return u;
}

template <typename T, typename Parse>
QFuture<ProofLayerOutcome<T>> ProofLayerClient::send(const HttpRequest &request, Parse parse)
{
    return m_http->send(request).then(this, [parse](HttpResult r) -> ProofLayerOutcome<T> {
        if (!r)
            return fail(r.error());
        return read<T>(*r, parse);
    });
}

QFuture<ProofLayerOutcome<ProofLayerContract>> ProofLayerClient::contract()
{
    return send<ProofLayerContract>(HttpRequest::get(url(u"/api/agent-contract"_s)),
                                    parseProofLayerContract);
}

QFuture<ProofLayerOutcome<ProofLayerWorker>>
ProofLayerClient::registerWorker(const QString &displayName, const QString &lightningAddress,
                                 const QString &type)
{
    using Outcome = ProofLayerOutcome<ProofLayerWorker>;
    auto address = validateWorkerRegistration(displayName, lightningAddress, type);
    if (!address)
        return refuse<ProofLayerWorker>(address.error());
    const LightningAddress payee = *address;
    const HttpRequest request =
        HttpRequest::json("POST", url(u"/api/workers"_s),
                          QJsonDocument(proofLayerRegisterBody(displayName, payee, type)));
    // Payouts go to this address: one that cannot be paid is refused before registering.
    return fetchLnurlPayRequest(m_http, this, payee.lnurlpUrl())
        .then(this,
              [this, request, payee](Result<LnurlPayRequest, AppError> pay) -> QFuture<Outcome> {
                  if (!pay)
                      return refuse<ProofLayerWorker>(unpayable(payee, pay.error()));
                  if (pay->maxSendable < *MilliSats::fromSats(1))
                      return refuse<ProofLayerWorker>(unpayable(
                          payee, AppError::make(AppError::Kind::Invalid,
                                                Text::tr("it accepts less than one sat."))));
                  const auto samePayee =
                      [payee](const ProofLayerWorker &w) -> std::optional<AppError> {
                      if (w.lightningAddress.compare(payee.toString(), Qt::CaseInsensitive) == 0)
                          return std::nullopt;
                      return AppError::make(
                          AppError::Kind::BadResponse,
                          Text::tr("ProofLayer registered the payout address "
                                   "“%1”, not %2.")
                              .arg(w.lightningAddress.left(200), payee.toString()));
                  };
                  return send<ProofLayerWorker>(
                      request, checked<ProofLayerWorker>(parseProofLayerWorker, samePayee));
              })
        .unwrap();
}

QFuture<ProofLayerOutcome<ProofLayerWorker>> ProofLayerClient::worker(const QString &workerId)
{
    if (auto e = checkIds({workerId}))
        return refuse<ProofLayerWorker>(*e);
    const auto sameId = [workerId](const ProofLayerWorker &w) -> std::optional<AppError> {
        return w.id == workerId ? std::nullopt : std::optional(otherWorker());
    };
    return send<ProofLayerWorker>(HttpRequest::get(url(u"/api/workers/"_s + segment(workerId))),
                                  checked<ProofLayerWorker>(parseProofLayerWorker, sameId));
}

QFuture<ProofLayerOutcome<ProofLayerPayouts>> ProofLayerClient::payouts(const QString &workerId)
{
    if (auto e = checkIds({workerId}))
        return refuse<ProofLayerPayouts>(*e);
    const auto sameId = [workerId](const ProofLayerPayouts &p) -> std::optional<AppError> {
        if (p.workerId.isEmpty() || p.workerId == workerId)
            return std::nullopt;
        return otherWorker();
    };
    const QUrl u = url(u"/api/workers/"_s + segment(workerId) + u"/payouts"_s);
    return send<ProofLayerPayouts>(HttpRequest::get(u),
                                   checked<ProofLayerPayouts>(parseProofLayerPayouts, sameId));
}

QFuture<ProofLayerOutcome<ProofLayerList<ProofLayerTask>>>
ProofLayerClient::feed(const ProofLayerFeedFilter &filter)
{
    QList<std::pair<QString, QString>> query;
    if (!filter.taskType.isEmpty())
        query.append({u"task_type"_s, filter.taskType});
    if (!filter.workerType.isEmpty())
        query.append({u"worker_type"_s, filter.workerType});
    if (filter.minBudget)
        query.append({u"budget_min"_s, QString::number(filter.minBudget->ceilSats())});
    return send<ProofLayerList<ProofLayerTask>>(
        HttpRequest::get(url(u"/api/workers/feed"_s, query)), parseProofLayerFeed);
}

QFuture<ProofLayerOutcome<ProofLayerTask>> ProofLayerClient::task(const QString &taskId)
{
    if (auto e = checkIds({taskId}))
        return refuse<ProofLayerTask>(*e);
    const auto sameId = [taskId](const ProofLayerTask &t) -> std::optional<AppError> {
        return t.id == taskId ? std::nullopt : std::optional(otherTask());
    };
    return send<ProofLayerTask>(HttpRequest::get(url(u"/api/tasks/"_s + segment(taskId))),
                                checked<ProofLayerTask>(parseProofLayerTask, sameId));
}

QFuture<ProofLayerOutcome<ProofLayerPaid<ProofLayerCreated>>>
ProofLayerClient::createTask(const ProofLayerTaskDraft &draft,
                             const ProofLayerVocabulary &vocabulary)
{
    using Paid = ProofLayerPaid<ProofLayerCreated>;
    auto normal = normalizeTaskDraft(draft, vocabulary);
    if (!normal)
        return refuse<Paid>(normal.error());
    const MilliSats budget = normal->budget;
    PaidCall call{u"prooflayer.create_task"_s, m_accountId,
                  HttpRequest::json("POST",
                                    url(u"/api/tasks"_s,
                                        {{u"budget_sats"_s, QString::number(budget.floorSats())}}),
                                    QJsonDocument(proofLayerTaskBody(*normal))),
                  budget};
    // The request as it will leave, not as it was meant: one amount in query, body and price.
    if (auto e = checkTaskRequest(call.request.url, call.request.body, call.agreed))
        return refuse<Paid>(*e);
    return m_gate->call(call).then(this, [](CallOutcome outcome) -> ProofLayerOutcome<Paid> {
        if (!outcome)
            return fail(outcome.error());
        auto created = read<ProofLayerCreated>(outcome->response, parseProofLayerCreated);
        if (!created) {
            AppError e = created.error();
            // Paid and created, but unreadable: the user must not simply post it again.
            if (outcome->response.isSuccess())
                e.message = Text::tr("ProofLayer created the task (journal entry %1), but its "
                                     "answer could not be read: %2")
                                .arg(QString::number(outcome->journalId), e.message);
            return fail(e);
        }
        return Paid{std::move(*created), outcome->journalId, outcome->payment};
    });
}

QFuture<ProofLayerOutcome<ProofLayerTask>> ProofLayerClient::claim(const QString &taskId,
                                                                   const QString &workerId)
{
    if (auto e = checkIds({taskId, workerId}))
        return refuse<ProofLayerTask>(*e);
    const auto claimedByUs = [taskId,
                              workerId](const ProofLayerTask &t) -> std::optional<AppError> {
        if (t.id != taskId)
            return otherTask();
        if (t.workerId != workerId)
            return AppError::make(AppError::Kind::Conflict,
                                  Text::tr("Another worker claimed this task first."));
        return std::nullopt;
    };
    const HttpRequest request =
        HttpRequest::json("POST", url(u"/api/tasks/"_s + segment(taskId) + u"/claim"_s),
                          QJsonDocument(proofLayerClaimBody(workerId)));
    return send<ProofLayerTask>(request, checked<ProofLayerTask>(parseProofLayerTask, claimedByUs));
}

QFuture<ProofLayerOutcome<ProofLayerTask>>
ProofLayerClient::submit(const QString &taskId, const QString &workerId,
                         const ProofLayerSubmission &submission, const QString &trustMode)
{
    if (auto e = checkIds({taskId, workerId}))
        return refuse<ProofLayerTask>(*e);
    if (auto e = validateSubmission(submission, trustMode))
        return refuse<ProofLayerTask>(*e);
    const auto sameId = [taskId](const ProofLayerTask &t) -> std::optional<AppError> {
        return t.id == taskId ? std::nullopt : std::optional(otherTask());
    };
    const HttpRequest request =
        HttpRequest::json("POST", url(u"/api/tasks/"_s + segment(taskId) + u"/submit"_s),
                          QJsonDocument(proofLayerSubmitBody(workerId, submission)));
    return send<ProofLayerTask>(request, checked<ProofLayerTask>(parseProofLayerTask, sameId));
}

QFuture<ProofLayerOutcome<ProofLayerRelease>> ProofLayerClient::release(const QString &taskId)
{
    if (auto e = checkIds({taskId}))
        return refuse<ProofLayerRelease>(*e);
    const auto sameId = [taskId](const ProofLayerRelease &r) -> std::optional<AppError> {
        return r.taskId == taskId ? std::nullopt : std::optional(otherTask());
    };
    HttpRequest request =
        HttpRequest::json("POST", url(u"/api/tasks/"_s + segment(taskId) + u"/release"_s),
                          QJsonDocument(QJsonObject()));
    // The market pays the worker's address before it answers, as a wallet's pay call does.
    request.timeoutMs = 90'000;
    return send<ProofLayerRelease>(request,
                                   checked<ProofLayerRelease>(parseProofLayerRelease, sameId));
}

} // namespace lw
