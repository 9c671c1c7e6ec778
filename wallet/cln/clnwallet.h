// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/httpclient.h"
#include "wallet.h"

#include <QByteArray>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

namespace lw {

class ClnInvoiceEvents;

//! A Core Lightning node over clnrest (ElementsProject/lightning plugins/rest-plugin; research/
//! lightning.md §3): every call is POST /v1/<method> with a JSON body of named parameters and
//! the header Rune; success is HTTP 201, RPC errors are 500 {"code", "message"}.
//!
//! clnrest serves HTTPS with a self-generated certificate by default: pass that certificate as
//! pinnedCertificate, or use http:// on this computer (clnrest-protocol=http). Pays with xpay
//! (v24.11 and later) and falls back to pay, for good, when the node does not know xpay.
class ClnWallet : public QObject, public Wallet {
    Q_OBJECT

public:
    //! baseUrl is where clnrest answers, e.g. https://127.0.0.1:3010 (a path prefix is kept).
    ClnWallet(HttpClient *http, QUrl baseUrl, QByteArray rune,
              std::optional<QSslCertificate> pinnedCertificate, Network expectedNetwork,
              QObject *parent = nullptr);
    ~ClnWallet() override;

    QString kind() const override { return QStringLiteral("cln"); }
    Network network() const override { return m_network; }
    bool supportsFeeLimit() const override { return true; }
    QUrl baseUrl() const { return m_baseUrl; }
    //! Whether payments go through the legacy pay (the node did not know xpay).
    bool usesLegacyPay() const { return m_legacyPay; }

    //! getinfo: id, alias and network.
    QFuture<Result<WalletInfo, AppError>> info() override;
    //! xpay (or pay) with no parameters: clnrest checks the rune before the method runs, so a
    //! rune restricted to other methods gets "Not permitted: method …" (Denied), while a rune
    //! that may pay reaches the method, which refuses the missing invoice (Granted). A refusal
    //! on parameters (a rune with amount limits) is Unknown. Nothing can be paid by a call that
    //! names no invoice.
    QFuture<Result<PayPermission, AppError>> payPermission() override;
    //! listfunds: Σ our_amount_msat over normal channels.
    QFuture<Result<MilliSats, AppError>> balance() override;
    //! xpay {invstring, maxfee} (or pay {bolt11, maxfee}): exactly the invoice's amount, at most
    //! maxFee in fees. Amountless invoices and invoices for another chain are refused before
    //! anything is sent; past timeout the payment is Pending.
    QFuture<PaymentOutcome> payInvoice(const Bolt11Invoice &invoice, MilliSats maxFee,
                                       std::chrono::milliseconds timeout) override;
    //! listpays by payment_hash.
    QFuture<PaymentOutcome> lookupPayment(const PaymentHash &paymentHash) override;
    //! invoice {amount_msat, label (unique), description, expiry?}; the answer is decoded and
    //! checked (amount, hash, chain) before it is returned.
    QFuture<InvoiceOutcome> createInvoice(MilliSats amount, const QString &description,
                                          qint64 expirySeconds) override;
    //! listinvoices by payment_hash.
    QFuture<IncomingOutcome> lookupInvoice(const PaymentHash &paymentHash) override;
    //! Paid invoices as waitanyinvoice reports them, from the first call on (payments made
    //! before it are not reported), until the wallet is deleted.
    WalletEvents *events() override;

private:
    QFuture<HttpResult> call(const QString &method, const QJsonObject &params, int timeoutMs = 0,
                             QObject *cancelWith = nullptr);
    AppError errorOf(const HttpResponse &response, const QString &method) const;
    AppError scrubbed(AppError error) const;
    Result<QJsonObject, AppError> answerObject(const HttpResult &answer,
                                               const QString &method) const;
    QFuture<Result<PayPermission, AppError>> probePermission(const QString &method);
    void pay(const Bolt11Invoice &invoice, MilliSats maxFee, std::chrono::milliseconds timeout,
             std::function<void(PaymentOutcome)> deliver);
    void settlePay(const HttpResult &answer, const Bolt11Invoice &invoice,
                   std::function<void(PaymentOutcome)> deliver);

    QPointer<HttpClient> m_http;
    QUrl m_baseUrl;
    QByteArray m_rune;
    std::optional<QSslCertificate> m_pinned;
    Network m_network;
    bool m_legacyPay = false;
    std::unique_ptr<ClnInvoiceEvents> m_events;
};

} // namespace lw
