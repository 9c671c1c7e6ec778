// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/httpclient.h"
#include "wallet.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <memory>

namespace lw {

class PhoenixdEvents;

//! A phoenixd node over its HTTP API (ACINQ/phoenixd Api.kt; research/lightning.md §1): Basic
//! auth with an empty user and the http-password, form bodies, JSON answers. Paying needs the
//! full-access password; the limited one can only receive.
//!
//! phoenixd has no fee limit: the LSP sets trampoline fees (4 sat + 0.4 % at the time of
//! writing), so payInvoice() ignores maxFee and supportsFeeLimit() is false.
class PhoenixdWallet : public QObject, public Wallet {
    Q_OBJECT

public:
    //! baseUrl is where phoenixd answers, e.g. http://127.0.0.1:9740 (a path prefix is kept).
    //! expectedNetwork is the chain the user set up; testConnection() checks it.
    PhoenixdWallet(HttpClient *http, QUrl baseUrl, QByteArray password, Network expectedNetwork,
                   QObject *parent = nullptr);
    ~PhoenixdWallet() override;

    QString kind() const override { return QStringLiteral("phoenixd"); }
    Network network() const override { return m_network; }
    bool supportsFeeLimit() const override { return false; }
    QUrl baseUrl() const { return m_baseUrl; }

    //! getinfo: nodeId and chain; phoenixd has no alias.
    QFuture<Result<WalletInfo, AppError>> info() override;
    //! payinvoice without an invoice: phoenixd checks full access before the parameters, so the
    //! limited-access password gets 401 (Denied) and the full one 400 (Granted). Nothing can be
    //! paid by a request that names no invoice.
    QFuture<Result<PayPermission, AppError>> payPermission() override;
    //! getbalance: balanceSat, what the channels can send now.
    QFuture<Result<MilliSats, AppError>> balance() override;
    //! payinvoice with the invoice only, so phoenixd pays exactly its amount. Amountless
    //! invoices and invoices for another chain are refused before anything is sent. maxFee is
    //! not enforceable (see the class comment).
    //! payinvoice holds the request until the payment settles; past timeout it is Pending.
    QFuture<PaymentOutcome> payInvoice(const Bolt11Invoice &invoice, MilliSats maxFee,
                                       std::chrono::milliseconds timeout) override;
    //! payments/outgoingbyhash: Succeeded (preimage checked), Pending, Failed or NotFound.
    QFuture<PaymentOutcome> lookupPayment(const PaymentHash &paymentHash) override;
    //! createinvoice in whole satoshis, description at most 128 characters; the answer is
    //! decoded and checked (amount, hash, chain) before it is returned.
    QFuture<InvoiceOutcome> createInvoice(MilliSats amount, const QString &description,
                                          qint64 expirySeconds) override;
    //! payments/incoming/{hash}: Paid (with what arrived), Unpaid, Expired or NotFound.
    QFuture<IncomingOutcome> lookupInvoice(const PaymentHash &paymentHash) override;
    //! Received payments as phoenixd pushes them over its WebSocket; the socket opens on the
    //! first call and is reopened whenever it drops, until the wallet is deleted.
    WalletEvents *events() override;

private:
    QUrl endpoint(const QString &path) const;
    HttpRequest authorised(HttpRequest request) const;
    QFuture<HttpResult> send(const HttpRequest &request);
    //! The error of a non-2xx answer, in phoenixd's terms and without the password.
    AppError errorOf(const HttpResponse &response) const;
    AppError scrubbed(AppError error) const;
    //! A transport error, a non-2xx status or a body that is not a JSON object, as an error.
    Result<QJsonObject, AppError> answerObject(const HttpResult &answer, const QString &call) const;
    PaymentOutcome outcomeOfPay(const HttpResult &result, const Bolt11Invoice &invoice,
                                bool *lookUp) const;

    QPointer<HttpClient> m_http;
    QUrl m_baseUrl;
    QByteArray m_password;
    Network m_network;
    std::unique_ptr<PhoenixdEvents> m_events;
};

} // namespace lw
