// SPDX-License-Identifier: GPL-3.0-or-later
#include "phoenixd/phoenixdwallet.h"

#include "answered.h"
#include "phoenixd/phoenixdevents.h"
#include "phoenixd/phoenixdjson.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QPromise>

#include <functional>
#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace lw {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(PhoenixdWallet)
};

using Kind = AppError::Kind;

// phoenixd's createinvoice refuses longer descriptions (Api.kt, badRequest).
constexpr qsizetype maxDescriptionLength = 128;

AppError cancelled()
{
    return AppError::make(Kind::Cancelled,
                          Text::tr("The wallet was closed before phoenixd answered."));
}

} // namespace

PhoenixdWallet::PhoenixdWallet(HttpClient *http, QUrl baseUrl, QByteArray password,
                               Network expectedNetwork, QObject *parent)
    : QObject(parent)
    , m_http(http)
    , m_baseUrl(std::move(baseUrl))
    , m_password(std::move(password))
    , m_network(expectedNetwork)
{
    // Credentials travel in the Authorization header only, never in the URL.
    m_baseUrl.setUserInfo(QString());
    m_baseUrl.setQuery(QString());
    m_baseUrl.setFragment(QString());
}

PhoenixdWallet::~PhoenixdWallet() = default;

QUrl PhoenixdWallet::endpoint(const QString &path) const
{
    QUrl url = m_baseUrl;
    QString prefix = url.path();
    while (prefix.endsWith(u'/'))
        prefix.chop(1);
    url.setPath(prefix + u'/' + path);
    return url;
}

HttpRequest PhoenixdWallet::authorised(HttpRequest request) const
{
    // phoenixd checks only the password; the docs use an empty user name.
    request.setHeader("authorization",
                      QByteArray("Basic " + QByteArray(':' + m_password).toBase64()));
    return request;
}

QFuture<HttpResult> PhoenixdWallet::send(const HttpRequest &request)
{
    if (!m_http)
        return QtFuture::makeReadyFuture(HttpResult(fail(AppError::make(
            Kind::Network, Text::tr("Lightwork's network access is not available.")))));
    return m_http->send(authorised(request));
}

AppError PhoenixdWallet::scrubbed(AppError error) const
{
    // phoenixd's own texts never contain the password, but anything that echoes the request
    // (a proxy, a misconfigured server) might.
    if (!m_password.isEmpty()) {
        const QString mask = u"••••"_s;
        const QList<QString> secrets{QString::fromUtf8(m_password),
                                     QString::fromLatin1(QByteArray(':' + m_password).toBase64())};
        for (const QString &secret : secrets) {
            error.message.replace(secret, mask);
            error.serverMessage.replace(secret, mask);
            error.code.replace(secret, mask);
        }
    }
    return error;
}

AppError PhoenixdWallet::errorOf(const HttpResponse &response) const
{
    AppError e = response.toError();
    if (response.status == 401 || response.status == 403) {
        e.kind = Kind::Unauthorised;
        e.message = Text::tr("phoenixd did not accept the password. Use http-password from "
                             "phoenix.conf: paying needs it, http-password-limited-access "
                             "can only receive.");
    } else if (response.status == 404) {
        // Not "not found": that would read as "no such payment" to a caller.
        e.kind = Kind::BadResponse;
        e.message = Text::tr("There is no phoenixd API at %1.")
                        .arg(m_baseUrl.toDisplayString(QUrl::RemoveUserInfo));
    }
    return scrubbed(e);
}

Result<QJsonObject, AppError> PhoenixdWallet::answerObject(const HttpResult &r,
                                                           const QString &call) const
{
    if (!r)
        return fail(scrubbed(r.error()));
    if (!r->isSuccess())
        return fail(errorOf(*r));
    const auto object = r->jsonObject();
    if (!object)
        return fail(phoenixdBadAnswer(call, Text::tr("it is not a JSON object")));
    return *object;
}

QFuture<Result<Wallet::WalletInfo, AppError>> PhoenixdWallet::info()
{
    using Out = Result<WalletInfo, AppError>;
    HttpRequest request = HttpRequest::get(endpoint(u"getinfo"_s));
    return mapAnswer<Out>(send(request), this, fail(cancelled()),
                          [this](const HttpResult &r) -> Out {
                              const auto object = answerObject(r, u"getinfo"_s);
                              if (!object)
                                  return fail(object.error());
                              return parsePhoenixdInfo(*object);
                          });
}

QFuture<Result<Wallet::PayPermission, AppError>> PhoenixdWallet::payPermission()
{
    using Out = Result<PayPermission, AppError>;
    HttpRequest request = HttpRequest::form(endpoint(u"payinvoice"_s), {});
    request.setHeader("accept", "application/json");
    return mapAnswer<Out>(send(request), this, fail(cancelled()),
                          [this](const HttpResult &r) -> Out {
                              if (!r)
                                  return fail(scrubbed(r.error()));
                              if (r->status == 401 || r->status == 403)
                                  return PayPermission::Denied;
                              if (r->status == 400)
                                  return PayPermission::Granted;
                              return PayPermission::Unknown;
                          });
}

QFuture<Result<MilliSats, AppError>> PhoenixdWallet::balance()
{
    using Out = Result<MilliSats, AppError>;
    HttpRequest request = HttpRequest::get(endpoint(u"getbalance"_s));
    return mapAnswer<Out>(send(request), this, fail(cancelled()),
                          [this](const HttpResult &r) -> Out {
                              const auto object = answerObject(r, u"getbalance"_s);
                              if (!object)
                                  return fail(object.error());
                              return parsePhoenixdBalance(*object);
                          });
}

QFuture<InvoiceOutcome> PhoenixdWallet::createInvoice(MilliSats amount, const QString &description,
                                                      qint64 expirySeconds)
{
    const auto refuse = [](const QString &why) {
        return QtFuture::makeReadyFuture(InvoiceOutcome(fail(AppError::make(Kind::Refused, why))));
    };
    if (amount.msat() <= 0)
        return refuse(Text::tr("An invoice needs an amount above zero."));
    if (!amount.isWholeSats())
        return refuse(Text::tr("phoenixd makes invoices in whole satoshis; %1 sat is not one.")
                          .arg(amount.toSatsDecimal()));
    if (description.size() > maxDescriptionLength)
        return refuse(Text::tr("phoenixd accepts invoice descriptions of at most %1 characters.")
                          .arg(maxDescriptionLength));
    if (expirySeconds < 0)
        return refuse(Text::tr("An invoice cannot expire before it is made."));

    QList<QPair<QString, QString>> form{{u"description"_s, description},
                                        {u"amountSat"_s, QString::number(amount.floorSats())}};
    if (expirySeconds > 0)
        form.append({u"expirySeconds"_s, QString::number(expirySeconds)});
    HttpRequest request = HttpRequest::form(endpoint(u"createinvoice"_s), form);
    request.setHeader("accept", "application/json");
    return mapAnswer<InvoiceOutcome>(send(request), this, fail(cancelled()),
                                     [this, amount](const HttpResult &r) -> InvoiceOutcome {
                                         const auto object = answerObject(r, u"createinvoice"_s);
                                         if (!object)
                                             return fail(object.error());
                                         return parsePhoenixdInvoice(*object, amount, m_network);
                                     });
}

QFuture<PaymentOutcome> PhoenixdWallet::payInvoice(const Bolt11Invoice &invoice, MilliSats maxFee,
                                                   std::chrono::milliseconds timeout)
{
    // phoenixd has no fee limit parameter: the LSP sets the fee. maxFee cannot be passed on;
    // supportsFeeLimit() tells the caller, who decides whether to pay this way.
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

    // Only the invoice: amountSat would override the invoice's amount rather than check it.
    HttpRequest request =
        HttpRequest::form(endpoint(u"payinvoice"_s), {{u"invoice"_s, invoice.text}});
    request.setHeader("accept", "application/json");
    request.timeoutMs = int(timeout.count());
    const OutgoingPayment gone = phoenixdPendingPayment(
        invoice, Text::tr("The wallet was closed before phoenixd answered; the payment may "
                          "still complete."));
    QPointer<const QObject> guard(this);
    return whenAnswered<PaymentOutcome>(
        send(request), guard, gone,
        [this, invoice](const HttpResult &r, std::function<void(PaymentOutcome)> deliver) {
            bool lookUp = false;
            const PaymentOutcome outcome = outcomeOfPay(r, invoice, &lookUp);
            if (!lookUp)
                return deliver(outcome);
            // phoenixd refused because of an earlier attempt at this hash: that attempt's state
            // is the answer.
            const QString said = outcome->reason;
            lookupPayment(invoice.paymentHash)
                .then(QtFuture::Launch::Sync, [deliver, invoice, said](QFuture<PaymentOutcome> f) {
                    if (f.resultCount() == 0)
                        return deliver(phoenixdPendingPayment(invoice, said));
                    const PaymentOutcome looked = f.result();
                    if (!looked)
                        return deliver(phoenixdPendingPayment(
                            invoice, Text::tr("phoenixd said “%1”, and looking the payment up "
                                              "failed: %2")
                                         .arg(said, looked.error().describe())));
                    OutgoingPayment p = *looked;
                    if (p.state == OutgoingPayment::State::NotFound) {
                        // It claims an earlier attempt yet has no record: not safe to call
                        // unpaid, so the caller keeps looking.
                        p = phoenixdPendingPayment(
                            invoice, Text::tr("phoenixd said “%1” but has no record of "
                                              "the payment.")
                                         .arg(said));
                    } else if (p.reason.isEmpty()) {
                        p.reason = said;
                    }
                    deliver(p);
                });
        });
}

PaymentOutcome PhoenixdWallet::outcomeOfPay(const HttpResult &r, const Bolt11Invoice &invoice,
                                            bool *lookUp) const
{
    if (!r) {
        // Only errors that stop the request before it leaves are final; after that phoenixd may
        // be paying (payinvoice blocks until it settles), so a timeout or a dropped connection
        // is Pending, never Failed.
        const AppError e = scrubbed(r.error());
        if (e.kind == Kind::Insecure || e.kind == Kind::Tls)
            return fail(e);
        if (e.kind == Kind::Timeout)
            return phoenixdPendingPayment(invoice, Text::tr("phoenixd did not answer in time; the "
                                                            "payment may still complete."));
        return phoenixdPendingPayment(
            invoice,
            Text::tr("No complete answer from phoenixd (%1); the payment may still complete.")
                .arg(e.message));
    }
    if (r->status >= 400 && r->status < 500)
        return fail(errorOf(*r)); // refused as asked (credentials, parameters): nothing sent
    if (!r->isSuccess())
        return phoenixdPendingPayment(invoice, errorOf(*r).describe());

    const auto object = r->jsonObject();
    if (!object)
        return phoenixdUnreadablePayment(invoice, Text::tr("not a JSON object"));
    return parsePhoenixdPayment(*object, invoice, lookUp);
}

QFuture<IncomingOutcome> PhoenixdWallet::lookupInvoice(const PaymentHash &paymentHash)
{
    HttpRequest request = HttpRequest::get(endpoint(u"payments/incoming/"_s + paymentHash.toHex()));
    return mapAnswer<IncomingOutcome>(
        send(request), this, fail(cancelled()),
        [this, paymentHash](const HttpResult &r) -> IncomingOutcome {
            if (!r)
                return fail(scrubbed(r.error()));
            // As for outgoing payments: only phoenixd's own "Not found" means no such invoice.
            if (r->status == 404 && r->body.trimmed() == "Not found") {
                IncomingPayment p;
                p.paymentHash = paymentHash;
                p.state = IncomingPayment::State::NotFound;
                return p;
            }
            const auto object = answerObject(r, u"payments/incoming"_s);
            if (!object)
                return fail(object.error());
            return parsePhoenixdIncomingPayment(*object, paymentHash);
        });
}

QFuture<PaymentOutcome> PhoenixdWallet::lookupPayment(const PaymentHash &paymentHash)
{
    HttpRequest request =
        HttpRequest::get(endpoint(u"payments/outgoingbyhash/"_s + paymentHash.toHex()));
    return mapAnswer<PaymentOutcome>(send(request), this, fail(cancelled()),
                                     [this, paymentHash](const HttpResult &r) -> PaymentOutcome {
                                         if (!r)
                                             return fail(scrubbed(r.error()));
                                         // phoenixd's "Not found" is a record that does not exist;
                                         // "Unknown endpoint" (also 404) is a wrong URL and must
                                         // not read as "never paid".
                                         if (r->status == 404 && r->body.trimmed() == "Not found") {
                                             OutgoingPayment p;
                                             p.paymentHash = paymentHash;
                                             p.state = OutgoingPayment::State::NotFound;
                                             return p;
                                         }
                                         const auto object =
                                             answerObject(r, u"payments/outgoingbyhash"_s);
                                         if (!object)
                                             return fail(object.error());
                                         return parsePhoenixdOutgoingPayment(*object, paymentHash);
                                     });
}

WalletEvents *PhoenixdWallet::events()
{
    if (!m_events)
        m_events = std::make_unique<PhoenixdEvents>(m_baseUrl, m_password);
    m_events->start();
    return m_events.get();
}

} // namespace lw
