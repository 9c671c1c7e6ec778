// SPDX-License-Identifier: GPL-3.0-or-later
#include "phoenixd/phoenixdwallet.h"

#include "lightning/bolt11decoder.h"
#include "lightning/preimage.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
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

// Reads fields of an untrusted JSON object: a missing or wrong-typed field gives std::nullopt
// and the first such problem is kept for the error message. phoenixd omits null fields
// (explicitNulls = false), so a null counts as missing.
class Fields {
public:
    explicit Fields(const QJsonObject &object)
        : m_object(object)
    {}

    const QString &problem() const { return m_problem; }
    bool has(const QString &key) const
    {
        return m_object.contains(key) && !m_object.value(key).isNull()
               && !m_object.value(key).isUndefined();
    }

    std::optional<QString> text(const QString &key)
    {
        if (!has(key))
            return missing<QString>(key);
        const QJsonValue v = m_object.value(key);
        if (!v.isString())
            return wrong<QString>(Text::tr("“%1” is not text").arg(key));
        return v.toString();
    }
    std::optional<bool> flag(const QString &key)
    {
        if (!has(key))
            return missing<bool>(key);
        const QJsonValue v = m_object.value(key);
        if (!v.isBool())
            return wrong<bool>(Text::tr("“%1” is not true or false").arg(key));
        return v.toBool();
    }
    //! A non-negative whole number.
    std::optional<qint64> count(const QString &key)
    {
        if (!has(key))
            return missing<qint64>(key);
        const QJsonValue v = m_object.value(key);
        // toInteger() gives the default for fractions, non-numbers and values out of range.
        const qint64 n = v.isDouble() ? v.toInteger(-1) : -1;
        if (n < 0)
            return wrong<qint64>(Text::tr("“%1” is not a whole number of at least 0").arg(key));
        return n;
    }
    std::optional<MilliSats> sats(const QString &key)
    {
        const auto n = count(key);
        if (!n)
            return std::nullopt;
        const auto amount = MilliSats::fromSats(*n);
        if (!amount || amount->msat() > MilliSats::maxMoneyMsat)
            return wrong<MilliSats>(Text::tr("“%1” is larger than any amount can be").arg(key));
        return amount;
    }
    std::optional<MilliSats> msats(const QString &key)
    {
        const auto n = count(key);
        if (!n)
            return std::nullopt;
        if (*n > MilliSats::maxMoneyMsat)
            return wrong<MilliSats>(Text::tr("“%1” is larger than any amount can be").arg(key));
        return MilliSats(*n);
    }
    template <typename Bytes>
    std::optional<Bytes> bytes(const QString &key)
    {
        const auto t = text(key);
        if (!t)
            return std::nullopt;
        const auto b = Bytes::fromHex(*t);
        if (!b)
            return wrong<Bytes>(Text::tr("“%1” is not %2 bytes of hex").arg(key).arg(Bytes::size));
        return b;
    }

private:
    template <typename T>
    std::optional<T> missing(const QString &key)
    {
        return wrong<T>(Text::tr("“%1” is missing").arg(key));
    }
    template <typename T>
    std::optional<T> wrong(const QString &why)
    {
        if (m_problem.isEmpty())
            m_problem = why;
        return std::nullopt;
    }

    const QJsonObject &m_object;
    QString m_problem;
};

AppError badAnswer(const QString &endpoint, const QString &why)
{
    return AppError::make(
        Kind::BadResponse,
        Text::tr("phoenixd's answer to %1 could not be read: %2.").arg(endpoint, why));
}

OutgoingPayment pendingPayment(const Bolt11Invoice &invoice, const QString &reason)
{
    OutgoingPayment p;
    p.state = OutgoingPayment::State::Pending;
    p.paymentHash = invoice.paymentHash;
    p.amount = invoice.amount.value_or(MilliSats());
    p.reason = reason;
    return p;
}

// Reasons phoenixd (lightning-kmp FinalFailure) gives when an earlier attempt for the same hash
// exists: that attempt's state, not this refusal, says whether money left.
bool meansEarlierAttempt(const QString &reason)
{
    return reason.contains(u"another payment is in progress"_s, Qt::CaseInsensitive)
           || reason.contains(u"already been paid"_s, Qt::CaseInsensitive);
}

// Runs handler(answer, deliver) once the request ends. The handler runs only while guard lives;
// otherwise, or when the request was cancelled, fallback is delivered. No continuation ever
// touches a deleted wallet, and every returned future gets a result.
template <typename T>
QFuture<T> whenAnswered(QFuture<HttpResult> call, QPointer<const QObject> guard, T fallback,
                        std::function<void(const HttpResult &, std::function<void(T)>)> handler)
{
    auto promise = std::make_shared<QPromise<T>>();
    promise->start();
    QFuture<T> out = promise->future();
    std::function<void(T)> deliver = [promise](T value) {
        promise->addResult(std::move(value));
        promise->finish();
    };
    call.then(QtFuture::Launch::Sync,
              [guard, fallback, handler, deliver](QFuture<HttpResult> f) {
                  if (!guard || f.resultCount() == 0)
                      return deliver(fallback);
                  handler(f.result(), deliver);
              })
        .onCanceled([fallback, deliver] { deliver(fallback); });
    return out;
}

template <typename T>
QFuture<T> mapAnswer(QFuture<HttpResult> call, QPointer<const QObject> guard, T fallback,
                     std::function<T(const HttpResult &)> mapper)
{
    return whenAnswered<T>(
        std::move(call), std::move(guard), std::move(fallback),
        [mapper](const HttpResult &r, std::function<void(T)> deliver) { deliver(mapper(r)); });
}

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

QFuture<Result<Wallet::WalletInfo, AppError>> PhoenixdWallet::info()
{
    using Out = Result<WalletInfo, AppError>;
    HttpRequest request = HttpRequest::get(endpoint(u"getinfo"_s));
    return mapAnswer<Out>(
        send(request), this, fail(cancelled()), [this](const HttpResult &r) -> Out {
            if (!r)
                return fail(scrubbed(r.error()));
            if (!r->isSuccess())
                return fail(errorOf(*r));
            const auto object = r->jsonObject();
            if (!object)
                return fail(badAnswer(u"getinfo"_s, Text::tr("it is not a JSON object")));
            Fields fields(*object);
            const auto nodeId = fields.bytes<PublicKey>(u"nodeId"_s);
            const auto chain = fields.text(u"chain"_s);
            if (!nodeId || !chain)
                return fail(badAnswer(u"getinfo"_s, fields.problem()));
            // phoenixd runs on mainnet or testnet (newer builds may say testnet3/testnet4); the
            // sandbox says regtest.
            std::optional<Network> network = networkFromName(*chain);
            if (!network && chain->startsWith(u"testnet"_s, Qt::CaseInsensitive))
                network = Network::Testnet;
            if (!network)
                return fail(badAnswer(
                    u"getinfo"_s,
                    Text::tr("“chain” names an unknown network “%1”").arg(chain->left(40))));
            return WalletInfo{*network, QString(), nodeId->toHex()};
        });
}

QFuture<Result<MilliSats, AppError>> PhoenixdWallet::balance()
{
    using Out = Result<MilliSats, AppError>;
    HttpRequest request = HttpRequest::get(endpoint(u"getbalance"_s));
    return mapAnswer<Out>(
        send(request), this, fail(cancelled()), [this](const HttpResult &r) -> Out {
            if (!r)
                return fail(scrubbed(r.error()));
            if (!r->isSuccess())
                return fail(errorOf(*r));
            const auto object = r->jsonObject();
            if (!object)
                return fail(badAnswer(u"getbalance"_s, Text::tr("it is not a JSON object")));
            Fields fields(*object);
            const auto balance = fields.sats(u"balanceSat"_s);
            if (!balance)
                return fail(badAnswer(u"getbalance"_s, fields.problem()));
            return *balance;
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
    return mapAnswer<InvoiceOutcome>(
        send(request), this, fail(cancelled()),
        [this, amount](const HttpResult &r) -> InvoiceOutcome {
            const QString name = u"createinvoice"_s;
            if (!r)
                return fail(scrubbed(r.error()));
            if (!r->isSuccess())
                return fail(errorOf(*r));
            const auto object = r->jsonObject();
            if (!object)
                return fail(badAnswer(name, Text::tr("it is not a JSON object")));
            Fields fields(*object);
            const auto serialized = fields.text(u"serialized"_s);
            const auto hash = fields.bytes<PaymentHash>(u"paymentHash"_s);
            if (!serialized || !hash)
                return fail(badAnswer(name, fields.problem()));
            if (fields.has(u"amountSat"_s)) {
                const auto stated = fields.sats(u"amountSat"_s);
                if (!stated)
                    return fail(badAnswer(name, fields.problem()));
                if (*stated != amount)
                    return fail(
                        badAnswer(name, Text::tr("it states %1 sat instead of the %2 sat asked for")
                                            .arg(stated->toSatsDecimal(), amount.toSatsDecimal())));
            }
            // What the payer will see is the invoice itself, so that is what gets checked.
            const auto decoded = decodeBolt11(serialized->trimmed());
            if (!decoded)
                return fail(badAnswer(
                    name,
                    Text::tr("the invoice does not decode: %1").arg(decoded.error().message)));
            if (decoded->amount != std::optional<MilliSats>(amount))
                return fail(
                    badAnswer(name, Text::tr("the invoice asks for %1 sat instead of %2 sat")
                                        .arg(decoded->amount ? decoded->amount->toSatsDecimal()
                                                             : Text::tr("any amount"),
                                             amount.toSatsDecimal())));
            if (decoded->paymentHash != *hash)
                return fail(
                    badAnswer(name, Text::tr("the invoice's payment hash is not the one stated")));
            if (decoded->network != m_network)
                return fail(badAnswer(
                    name, Text::tr("the invoice is for %1, not %2")
                              .arg(networkName(decoded->network), networkName(m_network))));
            return ReceivingInvoice{decoded->text, decoded->paymentHash};
        });
}

QFuture<PaymentOutcome> PhoenixdWallet::payInvoice(const Bolt11Invoice &invoice, MilliSats maxFee)
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
    request.timeoutMs = m_payTimeoutMs;
    const OutgoingPayment gone = pendingPayment(
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
                        return deliver(pendingPayment(invoice, said));
                    const PaymentOutcome looked = f.result();
                    if (!looked)
                        return deliver(pendingPayment(
                            invoice, Text::tr("phoenixd said “%1”, and looking the payment up "
                                              "failed: %2")
                                         .arg(said, looked.error().describe())));
                    OutgoingPayment p = *looked;
                    if (p.state == OutgoingPayment::State::NotFound) {
                        // It claims an earlier attempt yet has no record: not safe to call
                        // unpaid, so the caller keeps looking.
                        p = pendingPayment(invoice,
                                           Text::tr("phoenixd said “%1” but has no record of "
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
    const QString name = u"payinvoice"_s;
    const auto notUnderstood = [&](const QString &why) {
        return pendingPayment(
            invoice, Text::tr("phoenixd's answer could not be read (%1); the payment may have "
                              "gone through.")
                         .arg(why));
    };
    if (!r) {
        // Only errors that stop the request before it leaves are final; after that phoenixd may
        // be paying (payinvoice blocks until it settles), so a timeout or a dropped connection
        // is Pending, never Failed.
        const AppError e = scrubbed(r.error());
        if (e.kind == Kind::Insecure || e.kind == Kind::Tls)
            return fail(e);
        if (e.kind == Kind::Timeout)
            return pendingPayment(invoice, Text::tr("phoenixd did not answer within %1 s; the "
                                                    "payment may still complete.")
                                               .arg((m_payTimeoutMs + 999) / 1000));
        return pendingPayment(
            invoice,
            Text::tr("No complete answer from phoenixd (%1); the payment may still complete.")
                .arg(e.message));
    }
    if (r->status >= 400 && r->status < 500)
        return fail(errorOf(*r)); // refused as asked (credentials, parameters): nothing sent
    if (!r->isSuccess())
        return pendingPayment(invoice, errorOf(*r).describe());

    const auto object = r->jsonObject();
    if (!object)
        return notUnderstood(Text::tr("not a JSON object"));
    Fields fields(*object);

    // Both shapes are HTTP 200: PaymentSent has routingFeeSat, PaymentFailed a reason.
    if (fields.has(u"routingFeeSat"_s)) {
        const auto hash = fields.bytes<PaymentHash>(u"paymentHash"_s);
        const auto preimage = fields.bytes<Preimage>(u"paymentPreimage"_s);
        const auto fee = fields.sats(u"routingFeeSat"_s);
        if (!hash || !preimage || !fee)
            return notUnderstood(fields.problem());
        if (*hash != invoice.paymentHash)
            return pendingPayment(
                invoice,
                Text::tr("phoenixd reported paying another payment hash (%1).").arg(hash->toHex()));
        // A preimage that does not hash to the payment hash proves nothing: never Succeeded.
        // Pending, not Failed, because the money may well have left; the caller looks it up
        // again and only a verifiable preimage settles it.
        if (!verifyPreimage(*preimage, invoice.paymentHash))
            return pendingPayment(invoice, Text::tr("phoenixd reported success, but its preimage "
                                                    "does not match the payment hash."));
        OutgoingPayment p;
        p.state = OutgoingPayment::State::Succeeded;
        p.paymentHash = invoice.paymentHash;
        p.preimage = *preimage;
        // Exactly the invoice's amount, as no override was sent; recipientAmountSat is rounded.
        p.amount = *invoice.amount;
        p.fee = *fee;
        return p;
    }

    std::optional<QString> reason;
    if (fields.has(u"reason"_s))
        reason = fields.text(u"reason"_s);
    else if (fields.has(u"message"_s))
        reason = fields.text(u"message"_s);
    if (!reason)
        return notUnderstood(fields.problem().isEmpty()
                                 ? Text::tr("neither a payment nor a failure")
                                 : fields.problem());
    OutgoingPayment p = pendingPayment(invoice, reason->left(500));
    if (meansEarlierAttempt(*reason)) {
        *lookUp = true;
        return p;
    }
    p.state = OutgoingPayment::State::Failed;
    return p;
}

QFuture<PaymentOutcome> PhoenixdWallet::lookupPayment(const PaymentHash &paymentHash)
{
    HttpRequest request =
        HttpRequest::get(endpoint(u"payments/outgoingbyhash/"_s + paymentHash.toHex()));
    return mapAnswer<PaymentOutcome>(
        send(request), this, fail(cancelled()),
        [this, paymentHash](const HttpResult &r) -> PaymentOutcome {
            const QString name = u"payments/outgoingbyhash"_s;
            if (!r)
                return fail(scrubbed(r.error()));
            OutgoingPayment p;
            p.paymentHash = paymentHash;
            // phoenixd's "Not found" is a record that does not exist; "Unknown endpoint" (also
            // 404) is a wrong URL and must not read as "never paid".
            if (r->status == 404 && r->body.trimmed() == "Not found") {
                p.state = OutgoingPayment::State::NotFound;
                return p;
            }
            if (!r->isSuccess())
                return fail(errorOf(*r));
            const auto object = r->jsonObject();
            if (!object)
                return fail(badAnswer(name, Text::tr("it is not a JSON object")));
            Fields fields(*object);
            const auto isPaid = fields.flag(u"isPaid"_s);
            const auto sent = fields.sats(u"sent"_s);  // sat, fees included
            const auto fees = fields.msats(u"fees"_s); // msat
            if (!isPaid || !sent || !fees)
                return fail(badAnswer(name, fields.problem()));
            if (fields.has(u"paymentHash"_s)) {
                const auto hash = fields.bytes<PaymentHash>(u"paymentHash"_s);
                if (!hash)
                    return fail(badAnswer(name, fields.problem()));
                if (*hash != paymentHash)
                    return fail(badAnswer(name, Text::tr("it is about another payment hash")));
            }
            bool completed = false;
            if (fields.has(u"completedAt"_s)) {
                if (!fields.count(u"completedAt"_s))
                    return fail(badAnswer(name, fields.problem()));
                completed = true;
            }
            p.fee = *fees;
            // The invoice states the exact amount; `sent` is truncated to sat.
            std::optional<MilliSats> amount;
            if (fields.has(u"invoice"_s)) {
                const auto text = fields.text(u"invoice"_s);
                if (text) {
                    const auto decoded = decodeBolt11(text->trimmed());
                    if (decoded && decoded->paymentHash == paymentHash)
                        amount = decoded->amount;
                }
            }
            if (!amount)
                amount = sent->minus(*fees);
            p.amount = amount && !amount->isNegative() ? *amount : MilliSats();

            if (*isPaid) {
                const auto preimage = fields.bytes<Preimage>(u"preimage"_s);
                // As in payInvoice: without a preimage that hashes to the payment hash this is
                // not Succeeded; Pending with a reason, and the caller looks again.
                if (!preimage) {
                    p.state = OutgoingPayment::State::Pending;
                    p.reason = Text::tr("phoenixd reports the payment paid, but its preimage "
                                        "could not be read: %1.")
                                   .arg(fields.problem());
                } else if (!verifyPreimage(*preimage, paymentHash)) {
                    p.state = OutgoingPayment::State::Pending;
                    p.reason = Text::tr("phoenixd reports the payment paid, but its preimage does "
                                        "not match the payment hash.");
                } else {
                    p.state = OutgoingPayment::State::Succeeded;
                    p.preimage = *preimage;
                }
            } else {
                // lightning-kmp sets completedAt for Succeeded and Failed, never while pending.
                p.state =
                    completed ? OutgoingPayment::State::Failed : OutgoingPayment::State::Pending;
            }
            return p;
        });
}

} // namespace lw
