// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "nwc/nwcclient.h"
#include "nwc/nwcuri.h"
#include "wallet.h"

#include <QObject>
#include <QSet>

#include <chrono>

namespace lw {

//! A wallet behind Nostr Wallet Connect (NIP-47; research/nwc.md §9.1): requests go encrypted
//! (NIP-44 v2, NIP-04 only when the wallet offers nothing else) over every relay of the
//! connection, and every answer is checked before it counts.
//!
//! NIP-47's pay_invoice has no fee limit, so payInvoice() cannot hold maxFee and
//! supportsFeeLimit() is false; the wallet's own budget is the only cap.
//!
//! A pay request that gets no answer in time is Pending. It is never signed or sent again;
//! lookupPayment() asks the wallet about the hash instead (lookup_invoice).
class NwcWallet : public QObject, public Wallet {
    Q_OBJECT

public:
    //! How long each kind of request waits for its answer (nwc.md §9.1.4). payInvoice() takes
    //! its own timeout from the caller.
    struct Timeouts {
        std::chrono::milliseconds infoEvent{10'000}; //!< the kind 13194 event
        std::chrono::milliseconds quick{15'000};     //!< get_info, get_balance
        std::chrono::milliseconds invoice{30'000};   //!< make_invoice, lookup_invoice
    };

    NwcWallet(NwcUri uri, Network expectedNetwork, QObject *parent = nullptr);
    ~NwcWallet() override;

    //! Both take effect only before the first request (or events()).
    void setTimeouts(const Timeouts &timeouts) { m_timeouts = timeouts; }
    void setRelayOptions(const RelayOptions &options) { m_relayOptions = options; }

    QString kind() const override { return QStringLiteral("nwc"); }
    Network network() const override { return m_network; }
    bool supportsFeeLimit() const override { return false; }
    //! Connects on first use and stays subscribed to the wallet's notifications.
    WalletEvents *events() override;
    //! The connection's own public key (what the wallet knows us by).
    nostr::XOnlyKey clientPubkey() const { return m_clientPubkey; }
    //! The Nostr side, for diagnostics and tests; created on first use.
    NwcClient *client();

    //! get_info: network, alias and node pubkey.
    QFuture<Result<WalletInfo, AppError>> info() override;
    //! From the info event: Granted when it lists pay_invoice, else Denied.
    QFuture<Result<PayPermission, AppError>> payPermission() override;
    //! get_balance.
    QFuture<Result<MilliSats, AppError>> balance() override;
    //! pay_invoice with the invoice only (its own amount). Amountless, expired and other-chain
    //! invoices are refused before anything is sent.
    QFuture<PaymentOutcome> payInvoice(const Bolt11Invoice &invoice, MilliSats maxFee,
                                       std::chrono::milliseconds timeout) override;
    //! lookup_invoice {payment_hash}: Succeeded (preimage checked), Failed, Pending or NotFound.
    QFuture<PaymentOutcome> lookupPayment(const PaymentHash &paymentHash) override;
    //! make_invoice; the invoice is decoded and checked (amount, hash, chain).
    QFuture<InvoiceOutcome> createInvoice(MilliSats amount, const QString &description,
                                          qint64 expirySeconds) override;
    //! lookup_invoice {payment_hash}: Paid, Unpaid, Expired or NotFound.
    QFuture<IncomingOutcome> lookupInvoice(const PaymentHash &paymentHash) override;

private:
    void onNotification(const QString &type, const QJsonObject &notification);

    NwcUri m_uri;
    Network m_network;
    nostr::XOnlyKey m_clientPubkey;
    Timeouts m_timeouts;
    RelayOptions m_relayOptions;
    NwcClient *m_client = nullptr;
    WalletEvents m_events;
    QSet<QString> m_notified; //!< type + payment hash of what was passed on
};

} // namespace lw
