// SPDX-License-Identifier: GPL-3.0-or-later
#include "cln/clnwallet.h"

#include "answered.h"
#include "cln/clnevents.h"
#include "cln/clnjson.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QPromise>
#include <QRandomGenerator>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace lw {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(ClnWallet)
};

using Kind = AppError::Kind;

AppError cancelled()
{
    return AppError::make(Kind::Cancelled,
                          Text::tr("The wallet was closed before Core Lightning answered."));
}

bool unknownCommand(const HttpResult &r)
{
    if (!r || (r->status != 404 && r->status != 500))
        return false;
    const auto error = parseClnRpcError(r->body);
    return error && isClnUnknownCommand(*error);
}

} // namespace

ClnWallet::ClnWallet(HttpClient *http, QUrl baseUrl, QByteArray rune,
                     std::optional<QSslCertificate> pinnedCertificate, Network expectedNetwork,
                     QObject *parent)
    : QObject(parent)
    , m_http(http)
    , m_baseUrl(std::move(baseUrl))
    , m_rune(std::move(rune))
    , m_pinned(std::move(pinnedCertificate))
    , m_network(expectedNetwork)
{
    // The rune travels in its header only, never in the URL.
    m_baseUrl.setUserInfo(QString());
    m_baseUrl.setQuery(QString());
    m_baseUrl.setFragment(QString());
}

ClnWallet::~ClnWallet() = default;

QFuture<HttpResult> ClnWallet::call(const QString &method, const QJsonObject &params, int timeoutMs,
                                    QObject *cancelWith)
{
    if (!m_http)
        return QtFuture::makeReadyFuture(HttpResult(fail(AppError::make(
            Kind::Network, Text::tr("Lightwork's network access is not available.")))));
    QUrl url = m_baseUrl;
    QString prefix = url.path();
    while (prefix.endsWith(u'/'))
        prefix.chop(1);
    url.setPath(prefix + u"/v1/"_s + method);
    HttpRequest request = HttpRequest::json("POST", url, QJsonDocument(params));
    request.setHeader("rune", m_rune);
    request.setHeader("accept", "application/json");
    request.pinnedCertificate = m_pinned;
    request.timeoutMs = timeoutMs;
    request.cancelWith = cancelWith;
    return m_http->send(request);
}

AppError ClnWallet::scrubbed(AppError error) const
{
    // clnrest's own texts never contain the rune, but anything that echoes the request might.
    if (!m_rune.isEmpty()) {
        const QString secret = QString::fromUtf8(m_rune);
        const QString mask = u"••••"_s;
        error.message.replace(secret, mask);
        error.serverMessage.replace(secret, mask);
        error.code.replace(secret, mask);
    }
    return error;
}

AppError ClnWallet::errorOf(const HttpResponse &response, const QString &method) const
{
    AppError e = response.toError();
    const auto rpc = parseClnRpcError(response.body);
    // The RPC code goes with the node's words; AppError::code is left to the connection test.
    if (rpc)
        e.serverMessage = u"%1 (%2)"_s.arg(rpc->message).arg(rpc->code);
    if (response.status == 401 || response.status == 403) {
        e.kind = Kind::Unauthorised;
        e.message = Text::tr("Core Lightning did not accept the rune for %1. Create one with "
                             "lightning-cli createrune that allows the calls Lightwork makes.")
                        .arg(method);
    } else if (response.status == 404) {
        // Not "not found": that would read as "no such payment" to a caller.
        e.kind = Kind::BadResponse;
        e.message = rpc && isClnUnknownCommand(*rpc)
                        ? Text::tr("This Core Lightning node does not offer %1.").arg(method)
                        : Text::tr("There is no clnrest API at %1.")
                              .arg(m_baseUrl.toDisplayString(QUrl::RemoveUserInfo));
    } else if (rpc) {
        e.kind = Kind::Wallet;
        e.message = Text::tr("Core Lightning refused %1.").arg(method);
    }
    return scrubbed(e);
}

Result<QJsonObject, AppError> ClnWallet::answerObject(const HttpResult &r,
                                                      const QString &method) const
{
    if (!r)
        return fail(scrubbed(r.error()));
    if (!r->isSuccess())
        return fail(errorOf(*r, method));
    const auto object = r->jsonObject();
    if (!object)
        return fail(clnBadAnswer(method, Text::tr("it is not a JSON object")));
    return *object;
}

QFuture<Result<Wallet::WalletInfo, AppError>> ClnWallet::info()
{
    using Out = Result<WalletInfo, AppError>;
    return mapAnswer<Out>(call(u"getinfo"_s, {}), this, fail(cancelled()),
                          [this](const HttpResult &r) -> Out {
                              const auto object = answerObject(r, u"getinfo"_s);
                              if (!object)
                                  return fail(object.error());
                              return parseClnInfo(*object);
                          });
}

QFuture<Result<Wallet::PayPermission, AppError>> ClnWallet::payPermission()
{
    return probePermission(m_legacyPay ? u"pay"_s : u"xpay"_s);
}

QFuture<Result<Wallet::PayPermission, AppError>> ClnWallet::probePermission(const QString &method)
{
    using Out = Result<PayPermission, AppError>;
    QPointer<const QObject> guard(this);
    return whenAnswered<Out>(
        call(method, {}), guard, fail(cancelled()),
        [this, method](const HttpResult &r, std::function<void(Out)> deliver) {
            if (!r)
                return deliver(fail(scrubbed(r.error())));
            if (method == u"xpay" && unknownCommand(r)) {
                // Before v24.11: the rune's word on pay is what counts.
                m_legacyPay = true;
                probePermission(u"pay"_s).then(QtFuture::Launch::Sync, [deliver](QFuture<Out> f) {
                    deliver(f.resultCount() ? f.result() : Out(fail(cancelled())));
                });
                return;
            }
            const auto rpc = parseClnRpcError(r->body);
            if (r->status == 401 || r->status == 403) {
                const QString said = rpc ? rpc->message : QString();
                // checkrune's refusal of restrictions: "Not permitted: method …" when the rune
                // names other methods; on parameters (amount limits) it cannot tell.
                if (said.contains(u"Not permitted"_s, Qt::CaseInsensitive))
                    return deliver(said.contains(u"method"_s, Qt::CaseInsensitive)
                                       ? Out(PayPermission::Denied)
                                       : Out(PayPermission::Unknown));
                return deliver(fail(errorOf(*r, method)));
            }
            // The call reached the method, which refused the missing invoice: the rune may pay.
            if (rpc && r->status >= 400)
                return deliver(Out(PayPermission::Granted));
            deliver(Out(PayPermission::Unknown));
        });
}

QFuture<Result<MilliSats, AppError>> ClnWallet::balance()
{
    using Out = Result<MilliSats, AppError>;
    return mapAnswer<Out>(call(u"listfunds"_s, {}), this, fail(cancelled()),
                          [this](const HttpResult &r) -> Out {
                              const auto object = answerObject(r, u"listfunds"_s);
                              if (!object)
                                  return fail(object.error());
                              return parseClnBalance(*object);
                          });
}

QFuture<InvoiceOutcome> ClnWallet::createInvoice(MilliSats amount, const QString &description,
                                                 qint64 expirySeconds)
{
    const auto refuse = [](const QString &why) {
        return QtFuture::makeReadyFuture(InvoiceOutcome(fail(AppError::make(Kind::Refused, why))));
    };
    if (amount.msat() <= 0)
        return refuse(Text::tr("An invoice needs an amount above zero."));
    if (expirySeconds < 0)
        return refuse(Text::tr("An invoice cannot expire before it is made."));
    // Labels must be unique on the node (error 900 otherwise): time and 64 random bits.
    const QString label =
        u"lightwork-%1-%2"_s.arg(QDateTime::currentMSecsSinceEpoch())
            .arg(qulonglong(QRandomGenerator::system()->generate64()), 16, 16, QChar(u'0'));
    QJsonObject params{
        {u"amount_msat"_s, amount.msat()}, {u"label"_s, label}, {u"description"_s, description}};
    if (expirySeconds > 0)
        params.insert(u"expiry"_s, expirySeconds);
    return mapAnswer<InvoiceOutcome>(call(u"invoice"_s, params), this, fail(cancelled()),
                                     [this, amount](const HttpResult &r) -> InvoiceOutcome {
                                         const auto object = answerObject(r, u"invoice"_s);
                                         if (!object)
                                             return fail(object.error());
                                         return parseClnInvoice(*object, amount, m_network);
                                     });
}

QFuture<PaymentOutcome> ClnWallet::payInvoice(const Bolt11Invoice &invoice, MilliSats maxFee,
                                              std::chrono::milliseconds timeout)
{
    const auto refuse = [](const QString &why) {
        return QtFuture::makeReadyFuture(PaymentOutcome(fail(AppError::make(Kind::Refused, why))));
    };
    if (!invoice.amount)
        return refuse(Text::tr("This invoice has no amount; Lightwork pays only invoices that "
                               "state one."));
    if (invoice.network != m_network)
        return refuse(Text::tr("The invoice is for %1, but the wallet is on %2.")
                          .arg(networkName(invoice.network), networkName(m_network)));
    if (maxFee.isNegative())
        return refuse(Text::tr("A fee limit cannot be below zero."));
    auto promise = std::make_shared<QPromise<PaymentOutcome>>();
    promise->start();
    QFuture<PaymentOutcome> out = promise->future();
    pay(invoice, maxFee, timeout, [promise](PaymentOutcome outcome) {
        promise->addResult(std::move(outcome));
        promise->finish();
    });
    return out;
}

void ClnWallet::pay(const Bolt11Invoice &invoice, MilliSats maxFee,
                    std::chrono::milliseconds timeout, std::function<void(PaymentOutcome)> deliver)
{
    // Only the invoice and the fee limit: amount_msat is for amountless invoices, refused above.
    const bool legacy = m_legacyPay;
    const QJsonObject params{{legacy ? u"bolt11"_s : u"invstring"_s, invoice.text},
                             {u"maxfee"_s, maxFee.msat()}};
    const OutgoingPayment gone = clnPendingPayment(
        invoice, Text::tr("The wallet was closed before Core Lightning answered; the payment "
                          "may still complete."));
    whenAnswered<PaymentOutcome>(
        call(legacy ? u"pay"_s : u"xpay"_s, params, int(timeout.count())), this, gone,
        [this, invoice, maxFee, timeout, legacy](const HttpResult &r,
                                                 std::function<void(PaymentOutcome)> done) {
            if (!legacy && unknownCommand(r)) {
                // The node predates xpay: nothing ran, so pay is safe to call, now and later.
                m_legacyPay = true;
                return pay(invoice, maxFee, timeout, done);
            }
            settlePay(r, invoice, done);
        })
        .then(QtFuture::Launch::Sync, [deliver, gone](QFuture<PaymentOutcome> f) {
            deliver(f.resultCount() ? f.result() : PaymentOutcome(gone));
        });
}

void ClnWallet::settlePay(const HttpResult &r, const Bolt11Invoice &invoice,
                          std::function<void(PaymentOutcome)> deliver)
{
    if (!r) {
        // Only errors that stop the request before it leaves are final; after that the node may
        // be paying (xpay blocks until it settles), so a timeout or a dropped connection is
        // Pending, never Failed.
        const AppError e = scrubbed(r.error());
        if (e.kind == Kind::Insecure || e.kind == Kind::Tls)
            return deliver(fail(e));
        if (e.kind == Kind::Timeout)
            return deliver(clnPendingPayment(
                invoice, Text::tr("Core Lightning did not answer in time; the payment may still "
                                  "complete.")));
        return deliver(clnPendingPayment(
            invoice, Text::tr("No complete answer from Core Lightning (%1); the payment may "
                              "still complete.")
                         .arg(e.message)));
    }
    const auto rpc = parseClnRpcError(r->body);
    if (r->status == 401 || r->status == 403)
        return deliver(fail(errorOf(*r, u"xpay"_s))); // the rune was refused: nothing ran
    if (r->isSuccess()) {
        const auto object = r->jsonObject();
        const OutgoingPayment p =
            object ? parseClnPayment(*object, invoice)
                   : clnPendingPayment(invoice, Text::tr("Core Lightning's answer could not be "
                                                         "read; the payment may have gone "
                                                         "through."));
        return deliver(p);
    }
    if (!rpc) {
        if (r->status >= 400 && r->status < 500)
            return deliver(fail(errorOf(*r, u"xpay"_s))); // refused as asked: nothing ran
        return deliver(clnPendingPayment(invoice, errorOf(*r, u"xpay"_s).describe()));
    }
    switch (classifyClnPayError(*rpc)) {
    case ClnPayError::NotSent:
        return deliver(fail(errorOf(*r, u"xpay"_s)));
    case ClnPayError::Failed: {
        OutgoingPayment p = clnPendingPayment(invoice, rpc->message);
        p.state = OutgoingPayment::State::Failed;
        return deliver(p);
    }
    case ClnPayError::EarlierAttempt:
        break;
    }
    // Already paid, in progress, or a catch-all: listpays says how it stands.
    const QString said = rpc->message;
    lookupPayment(invoice.paymentHash)
        .then(QtFuture::Launch::Sync, [deliver, invoice, said](QFuture<PaymentOutcome> f) {
            if (f.resultCount() == 0)
                return deliver(clnPendingPayment(invoice, said));
            const PaymentOutcome looked = f.result();
            if (!looked)
                return deliver(clnPendingPayment(
                    invoice, Text::tr("Core Lightning said “%1”, and looking the payment up "
                                      "failed: %2")
                                 .arg(said, looked.error().describe())));
            OutgoingPayment p = *looked;
            if (p.state == OutgoingPayment::State::NotFound)
                p = clnPendingPayment(
                    invoice, Text::tr("Core Lightning said “%1” but has no record of the payment.")
                                 .arg(said));
            else if (p.reason.isEmpty())
                p.reason = said;
            deliver(p);
        });
}

QFuture<PaymentOutcome> ClnWallet::lookupPayment(const PaymentHash &paymentHash)
{
    return mapAnswer<PaymentOutcome>(
        call(u"listpays"_s, {{u"payment_hash"_s, paymentHash.toHex()}}), this, fail(cancelled()),
        [this, paymentHash](const HttpResult &r) -> PaymentOutcome {
            const auto object = answerObject(r, u"listpays"_s);
            if (!object)
                return fail(object.error());
            return parseClnPays(*object, paymentHash);
        });
}

QFuture<IncomingOutcome> ClnWallet::lookupInvoice(const PaymentHash &paymentHash)
{
    return mapAnswer<IncomingOutcome>(
        call(u"listinvoices"_s, {{u"payment_hash"_s, paymentHash.toHex()}}), this,
        fail(cancelled()), [this, paymentHash](const HttpResult &r) -> IncomingOutcome {
            const auto object = answerObject(r, u"listinvoices"_s);
            if (!object)
                return fail(object.error());
            return parseClnInvoices(*object, paymentHash);
        });
}

WalletEvents *ClnWallet::events()
{
    if (!m_events)
        m_events = std::make_unique<ClnInvoiceEvents>(
            [this](const QString &method, const QJsonObject &params, int timeoutMs) {
                // The long poll ends with the events object, not minutes later.
                return call(method, params, timeoutMs, m_events.get());
            });
    m_events->start();
    return m_events.get();
}

} // namespace lw
