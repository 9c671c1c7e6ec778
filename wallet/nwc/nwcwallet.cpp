// SPDX-License-Identifier: GPL-3.0-or-later
#include "nwc/nwcwallet.h"

#include "nwc/nwcerrors.h"
#include "nwc/nwcjson.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QPointer>
#include <QPromise>

#include <functional>
#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace lw {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(NwcWallet)
};

using Kind = AppError::Kind;

// Maps a future's result once it arrives, only while guard lives; otherwise (or when the
// future was cancelled) fallback. Every returned future gets a result.
template <typename T, typename In>
QFuture<T> mapFuture(QFuture<In> in, QPointer<const QObject> guard, T fallback,
                     std::function<void(const In &, std::function<void(T)>)> handler)
{
    auto promise = std::make_shared<QPromise<T>>();
    promise->start();
    QFuture<T> out = promise->future();
    std::function<void(T)> deliver = [promise](T value) {
        promise->addResult(std::move(value));
        promise->finish();
    };
    in.then(QtFuture::Launch::Sync, [guard, fallback, handler, deliver](QFuture<In> f) {
          if (!guard || f.resultCount() == 0)
              return deliver(fallback);
          handler(f.result(), deliver);
      }).onCanceled([fallback, deliver] { deliver(fallback); });
    return out;
}

template <typename T>
QFuture<T> mapReply(QFuture<NwcReply> in, QPointer<const QObject> guard, T fallback,
                    std::function<T(const NwcReply &)> mapper)
{
    return mapFuture<T, NwcReply>(
        std::move(in), std::move(guard), std::move(fallback),
        [mapper](const NwcReply &r, std::function<void(T)> deliver) { deliver(mapper(r)); });
}

AppError cancelled()
{
    return AppError::make(Kind::Cancelled,
                          Text::tr("The wallet was closed before the wallet service answered."));
}

//! The error of a request that got no usable answer (not a payment: those are Pending).
AppError errorOfReply(const NwcReply &r)
{
    switch (r.status) {
    case NwcReply::Status::Answered:
        return nwcError(r.errorCode, r.errorMessage);
    case NwcReply::Status::NotSent:
        return AppError::make(Kind::Network, r.detail);
    case NwcReply::Status::TimedOut:
        return AppError::make(Kind::Timeout, r.detail);
    case NwcReply::Status::Unreadable:
        break;
    }
    return AppError::make(Kind::BadResponse, r.detail);
}

bool failedOrRefused(const NwcReply &r)
{
    return r.status != NwcReply::Status::Answered || !r.errorCode.isEmpty();
}

qint64 nowSeconds()
{
    return QDateTime::currentSecsSinceEpoch();
}

} // namespace

NwcWallet::NwcWallet(NwcUri uri, Network expectedNetwork, QObject *parent)
    : QObject(parent)
    , m_uri(std::move(uri))
    , m_network(expectedNetwork)
    , m_clientPubkey(nostr::xOnlyPublicKey(m_uri.secret).value_or(nostr::XOnlyKey()))
{}

NwcWallet::~NwcWallet()
{
    // The client's last answers (Pending for requests in flight) go out while the events
    // object they might reach still exists.
    delete m_client;
    m_client = nullptr;
}

NwcClient *NwcWallet::client()
{
    if (!m_client) {
        m_client = new NwcClient(m_uri, m_relayOptions, this);
        m_client->setInfoTimeout(m_timeouts.infoEvent);
        connect(m_client, &NwcClient::notificationReceived, this, &NwcWallet::onNotification);
        m_client->start();
    }
    return m_client;
}

WalletEvents *NwcWallet::events()
{
    client();
    return &m_events;
}

void NwcWallet::onNotification(const QString &type, const QJsonObject &notification)
{
    // Each is checked as an answer would be; what does not check out is not passed on. Services
    // have sent the same notification twice (getAlby/hub#1874): each goes on once.
    const auto firstTime = [this, &type](const PaymentHash &hash) {
        const QString key = type + u':' + hash.toHex();
        if (m_notified.contains(key))
            return false;
        m_notified.insert(key);
        return true;
    };
    if (type == u"payment_received") {
        const auto p = parseNwcReceivedNotification(notification);
        if (p && firstTime(p->paymentHash))
            Q_EMIT m_events.paymentReceived(*p);
    } else if (type == u"payment_sent") {
        const auto p = parseNwcSentNotification(notification);
        if (p && firstTime(p->paymentHash))
            Q_EMIT m_events.paymentSent(*p);
    }
}

QFuture<Result<Wallet::WalletInfo, AppError>> NwcWallet::info()
{
    using Out = Result<WalletInfo, AppError>;
    return mapReply<Out>(client()->request(u"get_info"_s, {}, m_timeouts.quick), this,
                         fail(cancelled()), [](const NwcReply &r) -> Out {
                             if (failedOrRefused(r))
                                 return fail(errorOfReply(r));
                             return parseNwcInfo(r.result);
                         });
}

QFuture<Result<Wallet::PayPermission, AppError>> NwcWallet::payPermission()
{
    using Out = Result<PayPermission, AppError>;
    using In = Result<NwcCapabilities, AppError>;
    return mapFuture<Out, In>(client()->capabilities(), this, fail(cancelled()),
                              [](const In &caps, std::function<void(Out)> deliver) {
                                  if (!caps)
                                      return deliver(fail(caps.error()));
                                  deliver(caps->supports(u"pay_invoice"_s) ? PayPermission::Granted
                                                                           : PayPermission::Denied);
                              });
}

QFuture<Result<MilliSats, AppError>> NwcWallet::balance()
{
    using Out = Result<MilliSats, AppError>;
    return mapReply<Out>(client()->request(u"get_balance"_s, {}, m_timeouts.quick), this,
                         fail(cancelled()), [](const NwcReply &r) -> Out {
                             if (failedOrRefused(r))
                                 return fail(errorOfReply(r));
                             return parseNwcBalance(r.result);
                         });
}

QFuture<PaymentOutcome> NwcWallet::payInvoice(const Bolt11Invoice &invoice, MilliSats maxFee,
                                              std::chrono::milliseconds timeout)
{
    // NIP-47 has no fee limit parameter (see the class comment).
    Q_UNUSED(maxFee)
    const auto refuse = [](Kind kind, const QString &why) {
        return QtFuture::makeReadyFuture(PaymentOutcome(fail(AppError::make(kind, why))));
    };
    if (!invoice.amount)
        return refuse(Kind::Refused, Text::tr("This invoice has no amount; Lightwork pays only "
                                              "invoices that state one."));
    if (invoice.network != m_network)
        return refuse(Kind::Refused,
                      Text::tr("The invoice is for %1, but the wallet is on %2.")
                          .arg(networkName(invoice.network), networkName(m_network)));
    if (invoice.isExpired(nowSeconds()))
        return refuse(Kind::Refused, Text::tr("The invoice has expired."));

    const PaymentHash hash = invoice.paymentHash;
    const MilliSats amount = *invoice.amount;
    const OutgoingPayment gone = nwcPendingPayment(
        hash, amount,
        Text::tr("The wallet was closed before the wallet service answered; the payment may "
                 "still complete."));
    using In = Result<NwcCapabilities, AppError>;
    QPointer<NwcWallet> self(this);
    return mapFuture<PaymentOutcome, In>(
        client()->capabilities(), this, gone,
        [self, invoice, timeout, gone, hash, amount](const In &caps,
                                                     std::function<void(PaymentOutcome)> deliver) {
            if (!caps)
                return deliver(fail(caps.error()));
            if (!caps->supports(u"pay_invoice"_s))
                return deliver(fail(AppError::make(
                    Kind::Unauthorised, Text::tr("This wallet connection may not pay invoices."))));
            const QFuture<NwcReply> reply = self->client()->request(
                u"pay_invoice"_s, QJsonObject{{u"invoice"_s, invoice.text}}, timeout);
            mapReply<PaymentOutcome>(
                reply, QPointer<const QObject>(self.data()), gone,
                [invoice, hash, amount, timeout](const NwcReply &r) -> PaymentOutcome {
                    switch (r.status) {
                    case NwcReply::Status::NotSent:
                        return fail(AppError::make(Kind::Network, r.detail));
                    case NwcReply::Status::TimedOut:
                        return nwcPendingPayment(
                            hash, amount,
                            Text::tr("The wallet did not answer within %1 s; the payment may "
                                     "still complete.")
                                .arg(timeout.count() / 1000));
                    case NwcReply::Status::Unreadable:
                        return nwcPendingPayment(hash, amount, r.detail);
                    case NwcReply::Status::Answered:
                        break;
                    }
                    if (r.errorCode.isEmpty())
                        return parseNwcPayResult(r.result, invoice);
                    const AppError e = nwcError(r.errorCode, r.errorMessage);
                    switch (nwcErrorMeaning(r.errorCode)) {
                    case NwcErrorMeaning::NotSent:
                        return fail(e);
                    case NwcErrorMeaning::Failed: {
                        OutgoingPayment p;
                        p.state = OutgoingPayment::State::Failed;
                        p.paymentHash = hash;
                        p.amount = amount;
                        p.reason = e.describe();
                        return p;
                    }
                    case NwcErrorMeaning::NotFound:
                    case NwcErrorMeaning::Unknown:
                        break;
                    }
                    return nwcPendingPayment(hash, amount, e.describe());
                })
                .then(QtFuture::Launch::Sync, [deliver, gone](QFuture<PaymentOutcome> f) {
                    deliver(f.resultCount() > 0 ? f.result() : PaymentOutcome(gone));
                });
        });
}

QFuture<PaymentOutcome> NwcWallet::lookupPayment(const PaymentHash &paymentHash)
{
    return mapReply<PaymentOutcome>(
        client()->request(u"lookup_invoice"_s,
                          QJsonObject{{u"payment_hash"_s, paymentHash.toHex()}},
                          m_timeouts.invoice),
        this, fail(cancelled()), [paymentHash](const NwcReply &r) -> PaymentOutcome {
            if (r.status == NwcReply::Status::Answered && r.errorCode == u"NOT_FOUND") {
                OutgoingPayment p;
                p.paymentHash = paymentHash;
                p.state = OutgoingPayment::State::NotFound;
                return p;
            }
            if (failedOrRefused(r))
                return fail(errorOfReply(r));
            return parseNwcOutgoing(r.result, paymentHash);
        });
}

QFuture<InvoiceOutcome> NwcWallet::createInvoice(MilliSats amount, const QString &description,
                                                 qint64 expirySeconds)
{
    const auto refuse = [](const QString &why) {
        return QtFuture::makeReadyFuture(InvoiceOutcome(fail(AppError::make(Kind::Refused, why))));
    };
    if (amount.msat() <= 0)
        return refuse(Text::tr("An invoice needs an amount above zero."));
    if (expirySeconds < 0)
        return refuse(Text::tr("An invoice cannot expire before it is made."));
    if (description.size() > 639)
        return refuse(Text::tr("Invoice descriptions are limited to 639 characters."));
    QJsonObject params{{u"amount"_s, amount.msat()}, {u"description"_s, description}};
    if (expirySeconds > 0)
        params.insert(u"expiry"_s, expirySeconds);
    const Network network = m_network;
    return mapReply<InvoiceOutcome>(
        client()->request(u"make_invoice"_s, params, m_timeouts.invoice), this, fail(cancelled()),
        [amount, network](const NwcReply &r) -> InvoiceOutcome {
            if (failedOrRefused(r))
                return fail(errorOfReply(r));
            return parseNwcMadeInvoice(r.result, amount, network);
        });
}

QFuture<IncomingOutcome> NwcWallet::lookupInvoice(const PaymentHash &paymentHash)
{
    return mapReply<IncomingOutcome>(
        client()->request(u"lookup_invoice"_s,
                          QJsonObject{{u"payment_hash"_s, paymentHash.toHex()}},
                          m_timeouts.invoice),
        this, fail(cancelled()), [paymentHash](const NwcReply &r) -> IncomingOutcome {
            if (r.status == NwcReply::Status::Answered && r.errorCode == u"NOT_FOUND") {
                IncomingPayment p;
                p.paymentHash = paymentHash;
                p.state = IncomingPayment::State::NotFound;
                return p;
            }
            if (failedOrRefused(r))
                return fail(errorOfReply(r));
            return parseNwcIncoming(r.result, paymentHash, nowSeconds());
        });
}

} // namespace lw
