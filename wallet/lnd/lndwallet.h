// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/httpclient.h"
#include "wallet.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QUrl>

#include <chrono>
#include <memory>
#include <optional>

namespace lw {

class LndInvoiceEvents;

//! An LND node over its REST API (grpc-gateway; research/lightning.md §2): the macaroon as hex
//! in Grpc-Metadata-macaroon, the node's self-signed tls.cert pinned, JSON both ways. Payments
//! go through the router's streams (SendPaymentV2, TrackPaymentV2; the synchronous route is
//! gone since 0.21), read line by line as they arrive.
//!
//! Received payments are pushed through events() (SubscribeInvoices, see lndevents.h).
class LndWallet : public QObject, public Wallet {
    Q_OBJECT

public:
    //! baseUrl is the REST listener, e.g. https://127.0.0.1:8080 (a path prefix is kept).
    //! pinnedCertificate is the node's tls.cert; without it only a publicly trusted
    //! certificate is accepted. expectedNetwork is the chain the user set up.
    LndWallet(HttpClient *http, QUrl baseUrl, QByteArray macaroonHex,
              std::optional<QSslCertificate> pinnedCertificate, Network expectedNetwork,
              QObject *parent = nullptr);
    ~LndWallet() override;

    QString kind() const override { return QStringLiteral("lnd"); }
    Network network() const override { return m_network; }
    bool supportsFeeLimit() const override { return true; }
    QUrl baseUrl() const { return m_baseUrl; }

    //! How long lookupPayment() follows a payment still in flight before it answers Pending.
    void setLookupGrace(std::chrono::milliseconds grace) { m_lookupGrace = grace; }

    //! v1/getinfo: identity_pubkey, alias, chains[0]. An invoice macaroon may not read it,
    //! which is reported as no_pay_permission (it can receive, not pay).
    QFuture<Result<WalletInfo, AppError>> info() override;
    //! v1/balance/channels: local_balance, what the channels can send now.
    QFuture<Result<MilliSats, AppError>> balance() override;
    //! Found out without paying: see the definition.
    QFuture<Result<PayPermission, AppError>> payPermission() override;
    //! v2/router/send with the invoice alone, fee_limit_msat = maxFee and a routing timeout
    //! inside `timeout`. Amountless invoices and invoices for another chain are refused before
    //! anything is sent. A verified SUCCEEDED ends it at once; at `timeout`, or when the stream
    //! breaks, it is Pending. An earlier attempt at the hash is looked up, never paid again.
    QFuture<PaymentOutcome> payInvoice(const Bolt11Invoice &invoice, MilliSats maxFee,
                                       std::chrono::milliseconds timeout) override;
    //! v2/router/track/{hash}: read until a terminal state or the lookup grace (then Pending);
    //! NotFound for a hash the node never tried to pay.
    QFuture<PaymentOutcome> lookupPayment(const PaymentHash &paymentHash) override;
    //! v1/invoices; the answer is decoded and checked (amount, hash, chain) before it is
    //! returned.
    QFuture<InvoiceOutcome> createInvoice(MilliSats amount, const QString &description,
                                          qint64 expirySeconds) override;
    //! v1/invoice/{hex hash}: Paid, Unpaid, Expired (CANCELED) or NotFound.
    QFuture<IncomingOutcome> lookupInvoice(const PaymentHash &paymentHash) override;
    //! Settled invoices as SubscribeInvoices reports them; the stream opens on the first call
    //! and is reopened (resuming) whenever it ends, until the wallet is deleted.
    WalletEvents *events() override;

private:
    QUrl endpoint(const QString &path) const;
    QFuture<HttpResult> send(HttpRequest request);
    AppError scrubbed(AppError error) const;
    //! A transport error, a non-2xx status or a body that is not a JSON object, as an error.
    Result<QJsonObject, AppError> answerObject(const HttpResult &answer, const QString &call) const;

    QPointer<HttpClient> m_http;
    QUrl m_baseUrl;
    QByteArray m_macaroon;
    std::optional<QSslCertificate> m_certificate;
    Network m_network;
    std::chrono::milliseconds m_lookupGrace{5'000};
    std::unique_ptr<LndInvoiceEvents> m_events;
};

} // namespace lw
