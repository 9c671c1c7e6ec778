// SPDX-License-Identifier: GPL-3.0-or-later
#include "markets/aiforhire/hireclient.h"

#include "common/base64.h"
#include "markets/aiforhire/aiforhirejson.h"
#include "markets/aiforhire/aiforhirerequests.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QUrlQuery>

using namespace Qt::Literals::StringLiterals;

namespace lw {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(HireClient)
};

//! A multiple of 3, so each piece encodes to base64 without padding in the middle.
constexpr qint64 readChunkBytes = 3 * 64 * 1024;

template <typename T>
QFuture<HireResult<T>> ready(HireResult<T> result)
{
    return QtFuture::makeReadyFuture(std::move(result));
}

AppError invalid(const QString &message)
{
    return AppError::make(AppError::Kind::Invalid, message);
}

AppError badResponse(const HttpResponse &response, const QString &message)
{
    AppError e = AppError::make(AppError::Kind::BadResponse, message);
    e.httpStatus = response.status;
    return e;
}

//! Ids are untrusted (typed by a user, or from a server): percent-encoding keeps one in one
//! segment on our side, but servers decode %2F before routing (the sandbox and Starlette both
//! do), so ids that would become more than one segment, or a dot segment, are refused.
std::optional<AppError> checkIds(std::initializer_list<QString> ids)
{
    for (const QString &id : ids)
        if (id.isEmpty() || id == u"." || id == u".." || id.contains(u'/') || id.contains(u'\\'))
            return invalid(Text::tr("“%1” is not a valid 402ai id.").arg(id.left(100)));
    return std::nullopt;
}

QString segment(const QString &id)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(id));
}

QString taskPath(const QString &taskId, const QString &tail = {})
{
    return u"/ai-for-hire/tasks/"_s + segment(taskId) + tail;
}

QString quotePath(const QString &taskId, const QString &quoteId, const QString &tail = {})
{
    return taskPath(taskId, u"/quotes/"_s + segment(quoteId) + tail);
}

HttpRequest jsonRequest(const QByteArray &method, const QUrl &url, const QJsonObject &body = {})
{
    return HttpRequest::json(method, url, QJsonDocument(body));
}

//! The body of an answer of any status, parsed.
template <typename T, typename Parse>
HireResult<T> parsedBody(const HttpResponse &response, Parse parse)
{
    auto object = response.jsonObject();
    if (!object)
        return fail(object.error());
    auto value = parse(*object);
    if (!value) {
        AppError e = value.error();
        e.httpStatus = response.status;
        return fail(e);
    }
    return std::move(*value);
}

//! A 2xx answer parsed, or the error the status and the server's envelope stand for.
template <typename T, typename Parse>
HireResult<T> parsed(const HttpResponse &response, Parse parse)
{
    if (!response.isSuccess())
        return fail(response.toError());
    return parsedBody<T>(response, parse);
}

//! A free call: its 2xx answer parsed.
template <typename T, typename Parse>
QFuture<HireResult<T>> exchange(HttpClient *http, QObject *context, const HttpRequest &request,
                                Parse parse)
{
    return http->send(request).then(context, [parse](HttpResult r) -> HireResult<T> {
        if (!r)
            return fail(r.error());
        return parsed<T>(*r, parse);
    });
}

//! A paid call's answer. When the server did the (paid) action but its answer is unreadable,
//! the message says so: the user must not simply try again and pay twice.
template <typename T, typename Parse>
HireResult<HirePaid<T>> paidAnswer(const CallOutcome &outcome, Parse parse)
{
    if (!outcome)
        return fail(outcome.error());
    auto value = parsed<T>(outcome->response, parse);
    if (!value) {
        AppError e = value.error();
        if (outcome->response.isSuccess())
            e.message = Text::tr("The market did this (journal entry %1), but its answer could "
                                 "not be read: %2")
                            .arg(QString::number(outcome->journalId), e.message);
        else if (!outcome->note.isEmpty())
            // payment_already_used after a lost answer: our earlier send did it. Not a refusal
            // to try again, which would pay (and do it) twice.
            e.message = Text::tr("The market did this (journal entry %1; %2), but its answer "
                                 "was lost. Check the market before trying again.")
                            .arg(QString::number(outcome->journalId), outcome->note);
        return fail(e);
    }
    return HirePaid<T>{std::move(*value), outcome->journalId, outcome->payment};
}

template <typename T, typename Parse>
QFuture<HireResult<HirePaid<T>>> paid(PaymentGate *gate, QObject *context, const PaidCall &call,
                                      Parse parse)
{
    return gate->call(call).then(
        context, [parse](CallOutcome outcome) { return paidAnswer<T>(outcome, parse); });
}

//! An accept refused for lack of balance: a 402, either 402ai's L402 challenge (which must
//! never be paid: §4.2) or an `insufficient_balance` envelope.
AppError shortBalance(AppError e, std::optional<MilliSats> price, std::optional<MilliSats> balance)
{
    if (e.code.isEmpty())
        e.code = u"insufficient_balance"_s;
    e.kind = AppError::Kind::PaymentRequired;
    const auto missing = price && balance ? price->minus(*balance) : std::nullopt;
    if (missing && !missing->isNegative() && !missing->isZero())
        e.message = Text::tr("The account is %1 sat short of the %2 sat escrow. Top it up, then "
                             "accept again.")
                        .arg(missing->toSatsDecimal(), price->toSatsDecimal());
    else
        e.message = Text::tr("The account's balance does not cover the escrow. Top it up, then "
                             "accept again.");
    return e;
}

} // namespace

Result<HireDeliveryFile, AppError> readDeliveryFile(const QString &path, qint64 maxBytes)
{
    const QFileInfo info(path);
    if (!info.exists())
        return fail(invalid(Text::tr("The file %1 does not exist.").arg(path)));
    if (!info.isFile())
        return fail(invalid(Text::tr("%1 is not a regular file.").arg(path)));
    if (info.size() == 0)
        return fail(invalid(Text::tr("The file %1 is empty.").arg(path)));
    const QString tooLarge =
        Text::tr("The file %1 is larger than %2 bytes.").arg(path, QString::number(maxBytes));
    if (info.size() > maxBytes)
        return fail(invalid(tooLarge));
    QFile file(path);
    const auto unreadable = [&] {
        return AppError::make(AppError::Kind::Storage,
                              Text::tr("Cannot read %1: %2").arg(path, file.errorString()));
    };
    if (!file.open(QIODevice::ReadOnly))
        return fail(unreadable());

    HireDeliveryFile out;
    out.filename = info.fileName();
    out.contentBase64.reserve((info.size() + 2) / 3 * 4);
    QCryptographicHash sha(QCryptographicHash::Sha256);
    QByteArray pending; // under 3 bytes left over when a read comes back short
    while (true) {
        const QByteArray chunk = file.read(readChunkBytes);
        if (chunk.isEmpty()) {
            if (file.error() != QFileDevice::NoError)
                return fail(unreadable());
            break;
        }
        out.sizeBytes += chunk.size();
        if (out.sizeBytes > maxBytes) // it grew since we looked
            return fail(invalid(tooLarge));
        sha.addData(chunk);
        pending += chunk;
        const qsizetype whole = pending.size() - pending.size() % 3;
        out.contentBase64 += base64::encode(QByteArrayView(pending).first(whole));
        pending.remove(0, whole);
    }
    out.contentBase64 += base64::encode(pending);
    if (out.sizeBytes == 0)
        return fail(invalid(Text::tr("The file %1 is empty.").arg(path)));
    out.sha256 = sha.result();
    return out;
}

HireClient::HireClient(HttpClient *http, PaymentGate *gate, QUrl baseUrl, qint64 accountId,
                       QObject *parent)
    : QObject(parent)
    , m_http(http)
    , m_gate(gate)
    , m_base(std::move(baseUrl))
    , m_accountId(accountId)
{}

QUrl HireClient::url(const QString &path) const
{
    QUrl u = m_base;
    QString base = u.path(QUrl::FullyEncoded);
    while (base.endsWith(u'/'))
        base.chop(1);
    // Tolerant: the segments in `path` are percent-encoded already and must stay so.
    u.setPath(base + u"/api/v1"_s + path, QUrl::TolerantMode);
    u.setQuery(QString());
    u.setFragment(QString());
    return u;
}

HttpRequest HireClient::authorized(HttpRequest request) const
{
    if (!m_token.isEmpty())
        request.setHeader("x-token", m_token);
    return request;
}

QFuture<HireResult<QByteArray>> HireClient::createAccount()
{
    // Anonymous on purpose (no X-Token) and straight through HttpClient: the 402 is the
    // answer, nothing is to be paid.
    const auto request = jsonRequest("POST", url(u"/ai-for-hire/tasks"_s));
    return m_http->send(request).then(this, [](HttpResult result) -> HireResult<QByteArray> {
        if (!result)
            return fail(result.error());
        const HttpResponse &response = *result;
        AppError e = response.toError();
        e.kind = AppError::Kind::BadResponse;
        e.message =
            Text::tr("The market did not open a new account (HTTP %1).").arg(response.status);
        if (response.status != 402)
            return fail(e);
        auto challenge = parsedBody<HireChallengeBody>(response, parseHireChallengeBody);
        if (!challenge)
            return fail(challenge.error());
        if (challenge->token.isEmpty())
            return fail(e);
        return challenge->token.toUtf8();
    });
}

QFuture<HireResult<HireAccount>> HireClient::me()
{
    return exchange<HireAccount>(
        m_http, this, authorized(HttpRequest::get(url(u"/ai-for-hire/me"_s))), parseHireAccount);
}

QFuture<HireResult<TopupInvoice>> HireClient::requestTopup(MilliSats amount)
{
    if (auto e = validateTopup(amount))
        return ready<TopupInvoice>(fail(*e));
    const auto request = authorized(jsonRequest("POST", url(u"/topup"_s), topupBody(amount)));
    return m_http->send(request).then(
        this, [amount](HttpResult result) -> HireResult<TopupInvoice> {
            if (!result)
                return fail(result.error());
            const HttpResponse &response = *result;
            if (response.status != 402)
                return fail(response.isSuccess()
                                ? badResponse(response, Text::tr("The market answered a top-up "
                                                                 "without an invoice."))
                                : response.toError());
            auto topup = parsedBody<TopupInvoice>(response, parseTopupInvoice);
            if (!topup)
                return fail(topup.error());
            if (auto e = checkHireInvoice(topup->invoice, topup->paymentHash, topup->amount))
                return fail(*e);
            if (auto e = checkHireChallengeHeaders(topup->paymentHash, topup->amount,
                                                   response.header("x-payment-hash"),
                                                   response.header("x-price-sats")))
                return fail(*e);
            if (topup->amount != amount)
                return fail(AppError::make(
                    AppError::Kind::Refused,
                    Text::tr("The market asks %1 sat for a top-up of %2 sat.")
                        .arg(topup->amount.toSatsDecimal(), amount.toSatsDecimal())));
            return topup;
        });
}

QFuture<HireResult<HireClient::ClaimAnswer>> HireClient::claimTopup(const Preimage &preimage)
{
    // Without a token the server would credit a new account whose token we could not return.
    if (m_token.isEmpty())
        return ready<ClaimAnswer>(fail(invalid(
            Text::tr("This 402ai account has no token yet; a top-up cannot be claimed for it."))));
    const QString token = QString::fromUtf8(m_token);
    const auto request = jsonRequest("POST", url(u"/topup/claim"_s), claimBody(preimage, token));
    return m_http->send(request).then(this, [token](HttpResult result) -> HireResult<ClaimAnswer> {
        if (!result)
            return fail(result.error());
        const HttpResponse &response = *result;
        if (response.status == 400 && response.toError().code == u"payment_already_used") {
            // Claimed before (an answer that was lost): the refill was bound to this account,
            // so the sats are there; the balance is not in this answer (ask me()).
            return ClaimAnswer{MilliSats(), true};
        }
        auto claim = parsed<TopupClaim>(response, parseTopupClaim);
        if (!claim)
            return fail(claim.error());
        if (claim->token != token)
            return fail(badResponse(response, Text::tr("The market credited the top-up to "
                                                       "another account than this one.")));
        return ClaimAnswer{claim->balance, false};
    });
}

QFuture<HireResult<HireList<HireTask>>> HireClient::tasks(const QString &status)
{
    QUrl u = url(u"/ai-for-hire/tasks"_s);
    if (!status.isEmpty()) // encoded here: QUrlQuery would let '&', '=' and '#' through
        u.setQuery(QUrlQuery{{u"status"_s, QString::fromLatin1(QUrl::toPercentEncoding(status))}});
    return exchange<HireList<HireTask>>(m_http, this, authorized(HttpRequest::get(u)),
                                        parseHireTasks);
}

QFuture<HireResult<HireTask>> HireClient::task(const QString &taskId)
{
    if (auto e = checkIds({taskId}))
        return ready<HireTask>(fail(*e));
    return exchange<HireTask>(
        m_http, this, authorized(HttpRequest::get(url(taskPath(taskId)))),
        [taskId](const QJsonObject &o) -> Result<HireTask, AppError> {
            auto task = parseHireTask(o);
            if (task && task->id != taskId)
                return fail(AppError::make(AppError::Kind::BadResponse,
                                           Text::tr("The market answered with another task.")));
            return task;
        });
}

QFuture<HireResult<HirePaid<HireTask>>> HireClient::postTask(const QString &title,
                                                             const QString &description,
                                                             MilliSats budget, bool allowLightning)
{
    // Before anything is sent: the server takes the fee first and validates after.
    if (auto e = validatePostTask(title, description, budget))
        return ready<HirePaid<HireTask>>(fail(*e));
    const PaidCall call{
        u"402ai.post_task"_s, m_accountId,
        jsonRequest("POST", url(u"/ai-for-hire/tasks"_s), postTaskBody(title, description, budget)),
        allowLightning ? *MilliSats::fromSats(hirePostTaskFeeSats) : MilliSats()};
    return paid<HireTask>(m_gate, this, call, parseHireTask);
}

QFuture<HireResult<HirePaid<HireQuote>>>
HireClient::sendQuote(const HireTask &task, const QString &myAccountId, MilliSats price,
                      const QString &description, bool allowLightning)
{
    if (auto e = validateQuote(task, myAccountId, price, description))
        return ready<HirePaid<HireQuote>>(fail(*e));
    if (auto e = checkIds({task.id}))
        return ready<HirePaid<HireQuote>>(fail(*e));
    const PaidCall call{
        u"402ai.quote"_s, m_accountId,
        jsonRequest("POST", url(taskPath(task.id, u"/quotes"_s)), quoteBody(price, description)),
        allowLightning ? *MilliSats::fromSats(hirePostQuoteFeeSats) : MilliSats()};
    return paid<HireQuote>(m_gate, this, call, parseHireQuote);
}

QFuture<HireResult<HireQuote>> HireClient::updateQuote(const QString &taskId,
                                                       const QString &quoteId,
                                                       std::optional<MilliSats> price,
                                                       const std::optional<QString> &description)
{
    if (auto e = checkIds({taskId, quoteId}))
        return ready<HireQuote>(fail(*e));
    if (auto e = validateQuoteUpdate(price, description))
        return ready<HireQuote>(fail(*e));
    const auto request =
        jsonRequest("PATCH", url(quotePath(taskId, quoteId)), quoteUpdateBody(price, description));
    return exchange<HireQuote>(m_http, this, authorized(request), parseHireQuote);
}

QFuture<HireResult<HirePaid<HireAcceptResult>>>
HireClient::accept(const QString &taskId, const QString &quoteId, std::optional<MilliSats> price)
{
    using Answer = HireResult<HirePaid<HireAcceptResult>>;
    if (auto e = checkIds({taskId, quoteId}))
        return ready<HirePaid<HireAcceptResult>>(fail(*e));
    // Agreed at 0 sat: the server keeps an L402 escrow payment without crediting it (§4.2).
    const PaidCall call{u"402ai.accept"_s, m_accountId,
                        jsonRequest("POST", url(quotePath(taskId, quoteId, u"/accept"_s))),
                        MilliSats()};
    return m_gate->call(call)
        .then(this,
              [this, price](CallOutcome outcome) -> QFuture<Answer> {
                  if (outcome || outcome.error().httpStatus != 402)
                      return ready(paidAnswer<HireAcceptResult>(outcome, parseHireAcceptResult));
                  const AppError refused = outcome.error();
                  if (!price)
                      return ready(Answer(fail(shortBalance(refused, price, std::nullopt))));
                  // Say how much is missing: the balance is one free call away.
                  return me().then(this, [refused, price](HireResult<HireAccount> account) {
                      const auto balance = account ? std::optional(account->balance) : std::nullopt;
                      return Answer(fail(shortBalance(refused, price, balance)));
                  });
              })
        .unwrap();
}

QFuture<HireResult<HireList<HireMessage>>>
HireClient::messages(const QString &taskId, const QString &quoteId, std::optional<qint64> sinceId)
{
    if (auto e = checkIds({taskId, quoteId}))
        return ready<HireList<HireMessage>>(fail(*e));
    QUrl u = url(quotePath(taskId, quoteId, u"/messages"_s));
    if (sinceId)
        u.setQuery(QUrlQuery{{u"since_id"_s, QString::number(*sinceId)}});
    return exchange<HireList<HireMessage>>(
        m_http, this, authorized(HttpRequest::get(u)),
        [quoteId](const QJsonObject &o) { return parseHireMessages(o, quoteId); });
}

QFuture<HireResult<HireMessage>>
HireClient::sendMessage(const QString &taskId, const QString &quoteId, const QString &text)
{
    if (auto e = checkIds({taskId, quoteId}))
        return ready<HireMessage>(fail(*e));
    if (auto e = validateMessage(text))
        return ready<HireMessage>(fail(*e));
    const auto request =
        jsonRequest("POST", url(quotePath(taskId, quoteId, u"/messages"_s)), messageBody(text));
    return exchange<HireMessage>(m_http, this, authorized(request), parseHireMessage);
}

QFuture<HireResult<HireDelivery>>
HireClient::deliver(const QString &taskId, const HireDeliveryFile &file, const QString &notes,
                    std::function<void(qint64, qint64)> progress, QObject *stopWith)
{
    if (auto e = checkIds({taskId}))
        return ready<HireDelivery>(fail(*e));
    // Free but final: one delivery per task, so a broken one cannot be replaced.
    if (auto e = validateDeliver(file.filename, file.contentBase64, notes))
        return ready<HireDelivery>(fail(*e));
    auto request = authorized(jsonRequest("POST", url(taskPath(taskId, u"/deliver"_s)),
                                          deliverBody(file.filename, file.contentBase64, notes)));
    // The deadline covers the whole upload: allow 100 kB/s on top of the usual 30 s.
    request.timeoutMs = int(qMin<qint64>(30'000 + request.body.size() / 100, 3'600'000));
    if (progress) // Qt closes with (0, 0), which would set a progress bar back to nothing
        request.uploadProgress = [progress](qint64 sent, qint64 total) {
            if (total > 0)
                progress(sent, total);
        };
    request.cancelWith = stopWith;
    return exchange<HireDelivery>(m_http, this, request, parseHireDelivery);
}

QFuture<HireResult<HireConfirmResult>> HireClient::confirm(const QString &taskId)
{
    if (auto e = checkIds({taskId}))
        return ready<HireConfirmResult>(fail(*e));
    const auto request = jsonRequest("POST", url(taskPath(taskId, u"/confirm"_s)));
    return exchange<HireConfirmResult>(m_http, this, authorized(request), parseHireConfirmResult);
}

QFuture<HireResult<CollectResult>> HireClient::collect(MilliSats amount, const QString &invoice)
{
    // The server debits amount_sats and pays whatever the invoice says (§4.8).
    if (auto e = validateCollect(amount, invoice))
        return ready<CollectResult>(fail(*e));
    auto request = authorized(jsonRequest("POST", url(u"/ai-for-hire/collect"_s),
                                          collectBody(amount, invoice.trimmed())));
    // The server's payinvoice is held until the payment settles, as a wallet's is.
    request.timeoutMs = 90'000;
    return exchange<CollectResult>(m_http, this, request, parseCollectResult);
}

} // namespace lw
