// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/httpclient.h"
#include "wallet.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>
#include <memory>

namespace lw {

class LnbitsEvents;

//! An LNbits wallet over its API (lnbits/lnbits payment_api.py, wallet_api.py; research/
//! lightning.md §4): the header X-Api-Key, JSON bodies, amounts in msat. The invoice (read) key
//! can receive; paying needs the wallet's admin key.
//!
//! LNbits takes no fee limit with a payment (the server's fee reserve applies), so payInvoice()
//! ignores maxFee and supportsFeeLimit() is false.
class LnbitsWallet : public QObject, public Wallet {
    Q_OBJECT

public:
    //! baseUrl is where LNbits answers, e.g. http://127.0.0.1:5000 (a path prefix is kept).
    //! expectedNetwork is the chain the user set up; testConnection() checks it.
    LnbitsWallet(HttpClient *http, QUrl baseUrl, QByteArray apiKey, Network expectedNetwork,
                 QObject *parent = nullptr);
    ~LnbitsWallet() override;

    QString kind() const override { return QStringLiteral("lnbits"); }
    Network network() const override { return m_network; }
    bool supportsFeeLimit() const override { return false; }
    QUrl baseUrl() const { return m_baseUrl; }

    //! LNbits names no chain anywhere in its API, so the chain and node id are read from an
    //! invoice it makes: 1 sat, expiring after a minute. LNbits deletes unpaid invoices once
    //! they expire (delete_expired_invoices in core/crud/payments.py), so the probe leaves no
    //! trace. The alias is the wallet's name (api/v1/wallet).
    QFuture<Result<WalletInfo, AppError>> info() override;
    //! api/v1/wallet: LNbits adds the wallet's id only for the admin key (api_wallet), which is
    //! the key that may pay. Nothing is paid to find out.
    QFuture<Result<PayPermission, AppError>> payPermission() override;
    //! api/v1/wallet: balance (msat).
    QFuture<Result<MilliSats, AppError>> balance() override;
    //! POST api/v1/payments {out: true, bolt11}: LNbits pays exactly the invoice's amount.
    //! Amountless invoices and invoices for another chain are refused before anything is sent.
    //! LNbits answers pending after its own wait; past timeout the payment is Pending too.
    QFuture<PaymentOutcome> payInvoice(const Bolt11Invoice &invoice, MilliSats maxFee,
                                       std::chrono::milliseconds timeout) override;
    //! api/v1/payments/{hash}: Succeeded (preimage checked), Pending, Failed or NotFound.
    QFuture<PaymentOutcome> lookupPayment(const PaymentHash &paymentHash) override;
    //! POST api/v1/payments {out: false} in whole satoshis; the answer is decoded and checked
    //! (amount, hash, chain) before it is returned.
    QFuture<InvoiceOutcome> createInvoice(MilliSats amount, const QString &description,
                                          qint64 expirySeconds) override;
    //! api/v1/payments/{hash}: Paid (with what arrived), Unpaid, Expired or NotFound.
    QFuture<IncomingOutcome> lookupInvoice(const PaymentHash &paymentHash) override;
    //! Received payments as LNbits pushes them over its WebSocket; the socket opens on the
    //! first call and is reopened whenever it drops, until the wallet is deleted.
    WalletEvents *events() override;

private:
    QUrl endpoint(const QString &path) const;
    QFuture<HttpResult> send(HttpRequest request);
    HttpRequest post(const QString &path, const QJsonObject &body) const;
    //! The error of a non-2xx answer, in LNbits' terms and without the key.
    AppError errorOf(const HttpResponse &response) const;
    AppError scrubbed(AppError error) const;
    Result<QJsonObject, AppError> answerObject(const HttpResult &answer, const QString &call) const;
    //! The record by hash: found (object), not found (nullopt) or an error.
    Result<std::optional<QJsonObject>, AppError> recordOf(const HttpResult &answer) const;
    void settlePay(const HttpResult &answer, const Bolt11Invoice &invoice,
                   std::function<void(PaymentOutcome)> deliver);

    QPointer<HttpClient> m_http;
    QUrl m_baseUrl;
    QByteArray m_apiKey;
    Network m_network;
    std::unique_ptr<LnbitsEvents> m_events;
};

} // namespace lw
