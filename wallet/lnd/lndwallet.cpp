// SPDX-License-Identifier: GPL-3.0-or-later
#include "lnd/lndwallet.h"

#include "answered.h"
#include "common/hex.h"
#include "lnd/lndevents.h"
#include "lnd/lndjson.h"
#include "lnd/lndstream.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPromise>

#include <functional>
#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace lw {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(LndWallet)
};

using Kind = AppError::Kind;

// LND refuses longer memos (invoices.MaxMemoSize, in bytes).
constexpr qsizetype maxMemoBytes = 1024;
// The permission probe needs no more than a round trip.
constexpr int probeTimeoutMs = 10'000;

AppError cancelled()
{
    return AppError::make(Kind::Cancelled, Text::tr("The wallet was closed before LND answered."));
}

template <typename T>
QFuture<T> ready(T value)
{
    return QtFuture::makeReadyFuture(std::move(value));
}

} // namespace

LndWallet::LndWallet(HttpClient *http, QUrl baseUrl, QByteArray macaroonHex,
                     std::optional<QSslCertificate> pinnedCertificate, Network expectedNetwork,
                     QObject *parent)
    : QObject(parent)
    , m_http(http)
    , m_baseUrl(std::move(baseUrl))
    , m_macaroon(macaroonHex.trimmed())
    , m_certificate(std::move(pinnedCertificate))
    , m_network(expectedNetwork)
{
    // The macaroon travels in its header only, never in the URL.
    m_baseUrl.setUserInfo(QString());
    m_baseUrl.setQuery(QString());
    m_baseUrl.setFragment(QString());
}

LndWallet::~LndWallet() = default;

QUrl LndWallet::endpoint(const QString &path) const
{
    QUrl url = m_baseUrl;
    QString prefix = url.path();
    while (prefix.endsWith(u'/'))
        prefix.chop(1);
    url.setPath(prefix + u'/' + path);
    return url;
}

QFuture<HttpResult> LndWallet::send(HttpRequest request)
{
    if (!m_http)
        return ready(HttpResult(fail(AppError::make(
            Kind::Network, Text::tr("Lightwork's network access is not available.")))));
    // Checked here so that nothing else can reach the header.
    if (m_macaroon.isEmpty() || !hex::isHex(QString::fromLatin1(m_macaroon))) {
        AppError e = AppError::make(Kind::Unauthorised,
                                    Text::tr("The macaroon is not hex. Paste the hex of the "
                                             "macaroon file (for example `xxd -p -c0 "
                                             "admin.macaroon`)."));
        return ready(HttpResult(fail(e)));
    }
    request.setHeader("grpc-metadata-macaroon", m_macaroon);
    request.pinnedCertificate = m_certificate;
    return m_http->send(request);
}

AppError LndWallet::scrubbed(AppError error) const
{
    // LND's own texts never contain the macaroon, but anything that echoes the request (a
    // proxy, a misconfigured server) might.
    if (!m_macaroon.isEmpty()) {
        const QString secret = QString::fromLatin1(m_macaroon);
        const QString mask = u"••••"_s;
        for (QString *text : {&error.message, &error.serverMessage, &error.code})
            text->replace(secret, mask, Qt::CaseInsensitive);
    }
    return error;
}

Result<QJsonObject, AppError> LndWallet::answerObject(const HttpResult &r,
                                                      const QString &call) const
{
    if (!r)
        return fail(scrubbed(r.error()));
    if (!r->isSuccess())
        return fail(scrubbed(lndErrorOfAnswer(*r)));
    const auto object = r->jsonObject();
    if (!object)
        return fail(lndBadAnswer(call, Text::tr("it is not a JSON object")));
    return *object;
}

QFuture<Result<Wallet::WalletInfo, AppError>> LndWallet::info()
{
    using Out = Result<WalletInfo, AppError>;
    return mapAnswer<Out>(send(HttpRequest::get(endpoint(u"v1/getinfo"_s))), this,
                          fail(cancelled()), [this](const HttpResult &r) -> Out {
                              const auto object = answerObject(r, u"getinfo"_s);
                              if (!object) {
                                  AppError e = object.error();
                                  // An invoice macaroon may not call GetInfo (info:read).
                                  if (r && r->status != 401
                                      && lndAuthProblem(r->status, lndErrorOf(r->body))
                                             == LndAuthProblem::PermissionDenied)
                                      e.code =
                                          QString::fromUtf16(ConnectionProblem::noPayPermission);
                                  return fail(e);
                              }
                              return parseLndInfo(*object);
                          });
}

QFuture<Result<MilliSats, AppError>> LndWallet::balance()
{
    using Out = Result<MilliSats, AppError>;
    return mapAnswer<Out>(send(HttpRequest::get(endpoint(u"v1/balance/channels"_s))), this,
                          fail(cancelled()), [this](const HttpResult &r) -> Out {
                              const auto object = answerObject(r, u"balance/channels"_s);
                              if (!object)
                                  return fail(object.error());
                              return parseLndBalance(*object);
                          });
}

QFuture<Result<Wallet::PayPermission, AppError>> LndWallet::payPermission()
{
    // LND checks the macaroon's permissions before any handler runs (rpcperms interceptor):
    // SendPaymentV2 needs offchain:write, which invoice.macaroon and readonly.macaroon lack, and
    // those get "permission denied". A request naming neither an invoice nor a destination can
    // pay nothing, so with a macaroon that may pay it fails in the handler instead, with some
    // other error. That difference is the answer.
    using Out = Result<PayPermission, AppError>;
    const QJsonObject probe{{u"fee_limit_msat"_s, u"0"_s}, {u"timeout_seconds"_s, 1}};
    HttpRequest request =
        HttpRequest::json("POST", endpoint(u"v2/router/send"_s), QJsonDocument(probe));
    request.timeoutMs = probeTimeoutMs;
    return mapAnswer<Out>(send(request), this, fail(cancelled()),
                          [this](const HttpResult &r) -> Out {
                              if (!r) {
                                  if (r.error().kind == Kind::Timeout)
                                      return PayPermission::Unknown;
                                  return fail(scrubbed(r.error()));
                              }
                              const LndError said = lndErrorOf(r->body);
                              switch (lndAuthProblem(r->status, said)) {
                              case LndAuthProblem::PermissionDenied:
                                  return PayPermission::Denied;
                              case LndAuthProblem::BadMacaroon:
                                  return fail(scrubbed(lndErrorOfAnswer(*r)));
                              case LndAuthProblem::None:
                                  break;
                              }
                              // The handler refused the empty request: the macaroon got past
                              // the permission check. A 404 is a missing router, not a refusal.
                              if (r->status != 404 && (r->status >= 400 || said.code > 0))
                                  return PayPermission::Granted;
                              return PayPermission::Unknown;
                          });
}

QFuture<InvoiceOutcome> LndWallet::createInvoice(MilliSats amount, const QString &description,
                                                 qint64 expirySeconds)
{
    const auto refuse = [](const QString &why) {
        return ready(InvoiceOutcome(fail(AppError::make(Kind::Refused, why))));
    };
    if (amount.msat() <= 0)
        return refuse(Text::tr("An invoice needs an amount above zero."));
    if (description.toUtf8().size() > maxMemoBytes)
        return refuse(
            Text::tr("LND accepts invoice descriptions of at most %1 bytes.").arg(maxMemoBytes));
    if (expirySeconds < 0)
        return refuse(Text::tr("An invoice cannot expire before it is made."));

    const HttpRequest request =
        HttpRequest::json("POST", endpoint(u"v1/invoices"_s),
                          QJsonDocument(lndAddInvoiceRequest(amount, description, expirySeconds)));
    return mapAnswer<InvoiceOutcome>(send(request), this, fail(cancelled()),
                                     [this, amount](const HttpResult &r) -> InvoiceOutcome {
                                         const auto object = answerObject(r, u"invoices"_s);
                                         if (!object)
                                             return fail(object.error());
                                         return parseLndAddInvoice(*object, amount, m_network);
                                     });
}

QFuture<IncomingOutcome> LndWallet::lookupInvoice(const PaymentHash &paymentHash)
{
    const HttpRequest request = HttpRequest::get(endpoint(u"v1/invoice/"_s + paymentHash.toHex()));
    return mapAnswer<IncomingOutcome>(send(request), this, fail(cancelled()),
                                      [this, paymentHash](const HttpResult &r) -> IncomingOutcome {
                                          // Only LND's own words mean "no such invoice"; a bare 404
                                          // is a wrong URL.
                                          if (r && r->status == 404
                                              && lndMeansNoInvoice(lndErrorOf(r->body))) {
                                              IncomingPayment p;
                                              p.paymentHash = paymentHash;
                                              p.state = IncomingPayment::State::NotFound;
                                              return p;
                                          }
                                          const auto object = answerObject(r, u"invoice"_s);
                                          if (!object)
                                              return fail(object.error());
                                          return parseLndInvoice(*object, paymentHash);
                                      });
}

QFuture<PaymentOutcome> LndWallet::payInvoice(const Bolt11Invoice &invoice, MilliSats maxFee,
                                              std::chrono::milliseconds timeout)
{
    const auto refuse = [](const QString &why) {
        return ready(PaymentOutcome(fail(AppError::make(Kind::Refused, why))));
    };
    if (!invoice.amount)
        return refuse(Text::tr("This invoice has no amount; Lightwork pays only invoices that "
                               "state one."));
    if (invoice.network != m_network)
        return refuse(Text::tr("The invoice is for %1, but the wallet is on %2.")
                          .arg(networkName(invoice.network), networkName(m_network)));
    if (maxFee.isNegative())
        return refuse(Text::tr("A fee limit cannot be negative."));
    if (timeout.count() <= 0)
        return refuse(Text::tr("A payment needs time to complete."));

    HttpRequest request =
        HttpRequest::json("POST", endpoint(u"v2/router/send"_s),
                          QJsonDocument(lndSendPaymentRequest(invoice, maxFee, timeout)));
    request.timeoutMs = int(std::min<qint64>(timeout.count(), std::numeric_limits<int>::max()));
    auto stream = std::make_shared<LndPaymentStream>(u"router/send"_s, invoice.paymentHash);
    request.onData = [stream](const QByteArray &chunk) { return stream->feed(chunk); };

    const OutgoingPayment gone =
        lndPendingPayment(invoice.paymentHash, *invoice.amount,
                          Text::tr("The wallet was closed before LND answered; the payment may "
                                   "still complete."));
    return whenAnswered<PaymentOutcome>(
        send(request), this, gone,
        [this, invoice, stream](const HttpResult &r, std::function<void(PaymentOutcome)> deliver) {
            bool lookUp = false;
            PaymentOutcome outcome = lndSendOutcome(r, *stream, invoice, &lookUp);
            if (!outcome)
                return deliver(fail(scrubbed(outcome.error())));
            outcome->reason = scrubbed(AppError::make(Kind::Wallet, outcome->reason)).message;
            if (!lookUp)
                return deliver(outcome);
            // LND refused because of an earlier attempt at this hash: that attempt's state is
            // the answer, and nothing is sent again.
            const QString said = outcome->reason;
            const MilliSats amount = *invoice.amount;
            lookupPayment(invoice.paymentHash)
                .then(QtFuture::Launch::Sync, [deliver, invoice, said,
                                               amount](QFuture<PaymentOutcome> f) {
                    const auto pending = [&](const QString &why) {
                        return lndPendingPayment(invoice.paymentHash, amount, why);
                    };
                    if (f.resultCount() == 0)
                        return deliver(pending(said));
                    const PaymentOutcome looked = f.result();
                    if (!looked)
                        return deliver(pending(Text::tr("LND said “%1”, and looking the payment "
                                                        "up failed: %2")
                                                   .arg(said, looked.error().describe())));
                    OutgoingPayment p = *looked;
                    if (p.state == OutgoingPayment::State::NotFound) {
                        // It claims an earlier attempt yet has no record: not safe to call
                        // unpaid, so the caller keeps looking.
                        p = pending(
                            Text::tr("LND said “%1” but has no record of the payment.").arg(said));
                    } else if (p.reason.isEmpty()) {
                        p.reason = said;
                    }
                    p.amount = amount;
                    deliver(p);
                });
        });
}

QFuture<PaymentOutcome> LndWallet::lookupPayment(const PaymentHash &paymentHash)
{
    HttpRequest request =
        HttpRequest::get(endpoint(u"v2/router/track/"_s + lndPathHash(paymentHash)));
    request.timeoutMs = int(std::max<qint64>(m_lookupGrace.count(), 1));
    auto stream = std::make_shared<LndPaymentStream>(u"router/track"_s, paymentHash);
    request.onData = [stream](const QByteArray &chunk) { return stream->feed(chunk); };
    return mapAnswer<PaymentOutcome>(
        send(request), this, fail(cancelled()),
        [this, stream, paymentHash](const HttpResult &r) -> PaymentOutcome {
            PaymentOutcome outcome = lndTrackOutcome(r, *stream, paymentHash);
            if (!outcome)
                return fail(scrubbed(outcome.error()));
            return outcome;
        });
}

WalletEvents *LndWallet::events()
{
    if (!m_events)
        m_events = std::make_unique<LndInvoiceEvents>(
            [this](HttpRequest request) { return send(std::move(request)); },
            [this](const QString &path) { return endpoint(path); });
    m_events->start();
    return m_events.get();
}

} // namespace lw
