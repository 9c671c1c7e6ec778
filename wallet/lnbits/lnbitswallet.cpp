// SPDX-License-Identifier: GPL-3.0-or-later
#include "lnbits/lnbitswallet.h"

#include "answered.h"
#include "lnbits/lnbitsevents.h"
#include "lnbits/lnbitsjson.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPromise>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace lw {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(LnbitsWallet)
};

using Kind = AppError::Kind;

// The connection probe of info(): the smallest invoice LNbits deletes once it expires (only
// invoices above zero are deleted), expiring soon.
constexpr qint64 probeSats = 1;
constexpr qint64 probeExpirySeconds = 60;

AppError cancelled()
{
    return AppError::make(Kind::Cancelled,
                          Text::tr("The wallet was closed before LNbits answered."));
}

} // namespace

LnbitsWallet::LnbitsWallet(HttpClient *http, QUrl baseUrl, QByteArray apiKey,
                           Network expectedNetwork, QObject *parent)
    : QObject(parent)
    , m_http(http)
    , m_baseUrl(std::move(baseUrl))
    , m_apiKey(std::move(apiKey))
    , m_network(expectedNetwork)
{
    // The key travels in the X-Api-Key header only, never in the URL (LNbits also reads
    // ?api-key=, which would put it in logs).
    m_baseUrl.setUserInfo(QString());
    m_baseUrl.setQuery(QString());
    m_baseUrl.setFragment(QString());
}

LnbitsWallet::~LnbitsWallet() = default;

QUrl LnbitsWallet::endpoint(const QString &path) const
{
    QUrl url = m_baseUrl;
    QString prefix = url.path();
    while (prefix.endsWith(u'/'))
        prefix.chop(1);
    url.setPath(prefix + u'/' + path);
    return url;
}

QFuture<HttpResult> LnbitsWallet::send(HttpRequest request)
{
    if (!m_http)
        return QtFuture::makeReadyFuture(HttpResult(fail(AppError::make(
            Kind::Network, Text::tr("Lightwork's network access is not available.")))));
    request.setHeader("x-api-key", m_apiKey);
    request.setHeader("accept", "application/json");
    return m_http->send(request);
}

HttpRequest LnbitsWallet::post(const QString &path, const QJsonObject &body) const
{
    return HttpRequest::json("POST", endpoint(path), QJsonDocument(body));
}

AppError LnbitsWallet::scrubbed(AppError error) const
{
    // LNbits' own texts never contain the key, but anything that echoes the request might.
    if (!m_apiKey.isEmpty()) {
        const QString secret = QString::fromUtf8(m_apiKey);
        const QString mask = u"••••"_s;
        error.message.replace(secret, mask);
        error.serverMessage.replace(secret, mask);
        error.code.replace(secret, mask);
    }
    return error;
}

AppError LnbitsWallet::errorOf(const HttpResponse &response) const
{
    AppError e = response.toError();
    if (response.status == 401 || response.status == 403) {
        e.kind = Kind::Unauthorised;
        e.message = Text::tr("LNbits did not accept the key for this action. The invoice/read "
                             "key can only receive; paying needs the wallet's admin key.");
    } else if (response.status == 404) {
        // Not "not found": that would read as "no such payment" to a caller.
        e.kind = Kind::BadResponse;
        e.message = Text::tr("There is no LNbits API at %1.")
                        .arg(m_baseUrl.toDisplayString(QUrl::RemoveUserInfo));
    }
    return scrubbed(e);
}

Result<QJsonObject, AppError> LnbitsWallet::answerObject(const HttpResult &r,
                                                         const QString &call) const
{
    if (!r)
        return fail(scrubbed(r.error()));
    if (!r->isSuccess())
        return fail(errorOf(*r));
    const auto object = r->jsonObject();
    if (!object)
        return fail(lnbitsBadAnswer(call, Text::tr("it is not a JSON object")));
    return *object;
}

Result<std::optional<QJsonObject>, AppError> LnbitsWallet::recordOf(const HttpResult &r) const
{
    // Only LNbits' own "Payment does not exist." means no such record; any other 404 is a wrong
    // URL and must not read as "never paid".
    if (r && r->status == 404) {
        const auto object = r->jsonObject();
        if (object && object->value(u"detail").toString() == u"Payment does not exist.")
            return std::optional<QJsonObject>();
    }
    const auto object = answerObject(r, u"api/v1/payments/{hash}"_s);
    if (!object)
        return fail(object.error());
    return std::optional<QJsonObject>(*object);
}

QFuture<Result<Wallet::WalletInfo, AppError>> LnbitsWallet::info()
{
    using Out = Result<WalletInfo, AppError>;
    QPointer<const QObject> guard(this);
    return whenAnswered<Out>(
        send(HttpRequest::get(endpoint(u"api/v1/wallet"_s))), guard, fail(cancelled()),
        [this, guard](const HttpResult &r, std::function<void(Out)> deliver) {
            const auto object = answerObject(r, u"api/v1/wallet"_s);
            if (!object)
                return deliver(fail(object.error()));
            const auto wallet = parseLnbitsWallet(*object);
            if (!wallet)
                return deliver(fail(wallet.error()));
            const QJsonObject probe{{u"out"_s, false},
                                    {u"amount"_s, probeSats},
                                    {u"unit"_s, u"sat"_s},
                                    {u"memo"_s, u"Lightwork connection check"_s},
                                    {u"expiry"_s, probeExpirySeconds}};
            const QString name = wallet->name;
            mapAnswer<Out>(send(post(u"api/v1/payments"_s, probe)), guard, fail(cancelled()),
                           [this, name](const HttpResult &created) -> Out {
                               const auto o = answerObject(created, u"api/v1/payments"_s);
                               if (!o)
                                   return fail(o.error());
                               const auto invoice = parseLnbitsCreatedInvoice(*o);
                               if (!invoice)
                                   return fail(invoice.error());
                               return WalletInfo{invoice->network, name, invoice->payee.toHex()};
                           })
                .then(QtFuture::Launch::Sync, [deliver](QFuture<Out> f) {
                    deliver(f.resultCount() ? f.result() : Out(fail(cancelled())));
                });
        });
}

QFuture<Result<Wallet::PayPermission, AppError>> LnbitsWallet::payPermission()
{
    using Out = Result<PayPermission, AppError>;
    return mapAnswer<Out>(send(HttpRequest::get(endpoint(u"api/v1/wallet"_s))), this,
                          fail(cancelled()), [this](const HttpResult &r) -> Out {
                              const auto object = answerObject(r, u"api/v1/wallet"_s);
                              if (!object)
                                  return fail(object.error());
                              const auto wallet = parseLnbitsWallet(*object);
                              if (!wallet)
                                  return fail(wallet.error());
                              return wallet->adminKey ? PayPermission::Granted
                                                      : PayPermission::Denied;
                          });
}

QFuture<Result<MilliSats, AppError>> LnbitsWallet::balance()
{
    using Out = Result<MilliSats, AppError>;
    return mapAnswer<Out>(send(HttpRequest::get(endpoint(u"api/v1/wallet"_s))), this,
                          fail(cancelled()), [this](const HttpResult &r) -> Out {
                              const auto object = answerObject(r, u"api/v1/wallet"_s);
                              if (!object)
                                  return fail(object.error());
                              const auto wallet = parseLnbitsWallet(*object);
                              if (!wallet)
                                  return fail(wallet.error());
                              return wallet->balance;
                          });
}

QFuture<InvoiceOutcome> LnbitsWallet::createInvoice(MilliSats amount, const QString &description,
                                                    qint64 expirySeconds)
{
    const auto refuse = [](const QString &why) {
        return QtFuture::makeReadyFuture(InvoiceOutcome(fail(AppError::make(Kind::Refused, why))));
    };
    if (amount.msat() <= 0)
        return refuse(Text::tr("An invoice needs an amount above zero."));
    // LNbits reads other units than sat as fiat currencies.
    if (!amount.isWholeSats())
        return refuse(Text::tr("LNbits makes invoices in whole satoshis; %1 sat is not one.")
                          .arg(amount.toSatsDecimal()));
    if (expirySeconds < 0)
        return refuse(Text::tr("An invoice cannot expire before it is made."));
    QJsonObject body{{u"out"_s, false},
                     {u"amount"_s, amount.floorSats()},
                     {u"unit"_s, u"sat"_s},
                     {u"memo"_s, description}};
    if (expirySeconds > 0)
        body.insert(u"expiry"_s, expirySeconds);
    return mapAnswer<InvoiceOutcome>(send(post(u"api/v1/payments"_s, body)), this,
                                     fail(cancelled()),
                                     [this, amount](const HttpResult &r) -> InvoiceOutcome {
                                         const auto object = answerObject(r, u"api/v1/payments"_s);
                                         if (!object)
                                             return fail(object.error());
                                         return parseLnbitsInvoice(*object, amount, m_network);
                                     });
}

QFuture<PaymentOutcome> LnbitsWallet::payInvoice(const Bolt11Invoice &invoice, MilliSats maxFee,
                                                 std::chrono::milliseconds timeout)
{
    // LNbits has no fee limit parameter (see the class comment).
    Q_UNUSED(maxFee)
    const auto refuse = [](const QString &why) {
        return QtFuture::makeReadyFuture(PaymentOutcome(fail(AppError::make(Kind::Refused, why))));
    };
    if (!invoice.amount)
        return refuse(Text::tr("This invoice has no amount; Lightwork pays only invoices that "
                               "state one."));
    if (invoice.network != m_network)
        return refuse(Text::tr("The invoice is for %1, but the wallet is on %2.")
                          .arg(networkName(invoice.network), networkName(m_network)));

    // Only the invoice: an amount would be for amountless invoices, which are refused above.
    HttpRequest request =
        post(u"api/v1/payments"_s, QJsonObject{{u"out"_s, true}, {u"bolt11"_s, invoice.text}});
    request.timeoutMs = int(timeout.count());
    const OutgoingPayment gone = lnbitsPendingPayment(
        invoice, Text::tr("The wallet was closed before LNbits answered; the payment may still "
                          "complete."));
    return whenAnswered<PaymentOutcome>(
        send(request), this, gone,
        [this, invoice](const HttpResult &r, std::function<void(PaymentOutcome)> deliver) {
            settlePay(r, invoice, std::move(deliver));
        });
}

void LnbitsWallet::settlePay(const HttpResult &r, const Bolt11Invoice &invoice,
                             std::function<void(PaymentOutcome)> deliver)
{
    if (!r) {
        // Only errors that stop the request before it leaves are final; after that LNbits may
        // be paying, so a timeout or a dropped connection is Pending, never Failed.
        const AppError e = scrubbed(r.error());
        if (e.kind == Kind::Insecure || e.kind == Kind::Tls)
            return deliver(fail(e));
        if (e.kind == Kind::Timeout)
            return deliver(lnbitsPendingPayment(
                invoice, Text::tr("LNbits did not answer in time; the payment may still "
                                  "complete.")));
        return deliver(lnbitsPendingPayment(
            invoice, Text::tr("No complete answer from LNbits (%1); the payment may still "
                              "complete.")
                         .arg(e.message)));
    }
    LnbitsPayReading reading;
    if (r->status >= 400 && r->status < 500) {
        return deliver(fail(errorOf(*r))); // refused as asked (key, parameters): nothing sent
    } else if (r->status == 520) {
        const auto object = r->jsonObject();
        reading = parseLnbitsPayError(object ? *object : QJsonObject(), invoice);
    } else if (!r->isSuccess()) {
        return deliver(lnbitsPendingPayment(invoice, errorOf(*r).describe()));
    } else {
        const auto object = r->jsonObject();
        reading = parseLnbitsPayment(object ? *object : QJsonObject(), invoice);
    }
    if (!reading.lookUp)
        return deliver(reading.payment);
    // The record by hash says how this (or an earlier) attempt ended.
    const QString said = reading.payment.reason;
    lookupPayment(invoice.paymentHash)
        .then(QtFuture::Launch::Sync, [deliver, invoice, said](QFuture<PaymentOutcome> f) {
            if (f.resultCount() == 0)
                return deliver(lnbitsPendingPayment(invoice, said));
            const PaymentOutcome looked = f.result();
            if (!looked)
                return deliver(lnbitsPendingPayment(
                    invoice, Text::tr("LNbits said “%1”, and looking the payment up failed: %2")
                                 .arg(said, looked.error().describe())));
            OutgoingPayment p = *looked;
            if (p.state == OutgoingPayment::State::NotFound) {
                // It names an earlier attempt yet has no record: not safe to call unpaid, so
                // the caller keeps looking.
                p = lnbitsPendingPayment(
                    invoice,
                    Text::tr("LNbits said “%1” but has no record of the payment.").arg(said));
            } else if (p.reason.isEmpty()) {
                p.reason = said;
            }
            deliver(p);
        });
}

QFuture<PaymentOutcome> LnbitsWallet::lookupPayment(const PaymentHash &paymentHash)
{
    HttpRequest request = HttpRequest::get(endpoint(u"api/v1/payments/"_s + paymentHash.toHex()));
    return mapAnswer<PaymentOutcome>(send(request), this, fail(cancelled()),
                                     [this, paymentHash](const HttpResult &r) -> PaymentOutcome {
                                         const auto record = recordOf(r);
                                         if (!record)
                                             return fail(record.error());
                                         if (!*record) {
                                             OutgoingPayment p;
                                             p.paymentHash = paymentHash;
                                             p.state = OutgoingPayment::State::NotFound;
                                             return p;
                                         }
                                         return parseLnbitsOutgoingPayment(**record, paymentHash);
                                     });
}

QFuture<IncomingOutcome> LnbitsWallet::lookupInvoice(const PaymentHash &paymentHash)
{
    HttpRequest request = HttpRequest::get(endpoint(u"api/v1/payments/"_s + paymentHash.toHex()));
    return mapAnswer<IncomingOutcome>(send(request), this, fail(cancelled()),
                                      [this, paymentHash](const HttpResult &r) -> IncomingOutcome {
                                          const auto record = recordOf(r);
                                          if (!record)
                                              return fail(record.error());
                                          if (!*record) {
                                              IncomingPayment p;
                                              p.paymentHash = paymentHash;
                                              p.state = IncomingPayment::State::NotFound;
                                              return p;
                                          }
                                          return parseLnbitsIncomingPayment(**record, paymentHash);
                                      });
}

WalletEvents *LnbitsWallet::events()
{
    if (!m_events)
        m_events = std::make_unique<LnbitsEvents>(m_baseUrl, m_apiKey);
    m_events->start();
    return m_events.get();
}

} // namespace lw
