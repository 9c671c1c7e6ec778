// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pay/paymentclaims.h"
#include "pay/paymentgate.h"
#include "qr/qrwallet.h"

#include <QFuture>
#include <QObject>
#include <QPointer>

#include <chrono>
#include <memory>
#include <optional>

namespace lw {

class EngineSession;

//! How one payment of the Pay dialog stands after the wallet (or the journal) answered.
struct PayResult {
    enum class Kind { Succeeded, Pending, Failed };
    Kind kind = Kind::Failed;
    std::optional<Preimage> preimage; //!< Succeeded: checked against the hash
    MilliSats amount;
    MilliSats fee;
    QString message;      //!< Pending and Failed: why, translated
    qint64 journalId = 0; //!< 0 when the journal has no entry that could still move
};

//! What the user confirmed: exactly this invoice, this amount, this fee limit.
struct PayOrder {
    QString invoice; //!< as decoded (lower case)
    PaymentHash paymentHash;
    MilliSats amount;
    MilliSats agreed;
    MilliSats maxFee;
    QString action; //!< the journal's action: the caller's reason, or "pay"
    QUrl origin;    //!< the LNURL the invoice came from, if any
};

//! Pays one confirmed invoice through a PaymentGate of its own over the profile's wallet (or a
//! phone's QR wallet), with the engine's journal and payment claims. The gate is the engine's
//! kind, so every check and journal step is the same as for any paid action; having its own
//! means the dialog's fee limit applies and the confirmation the user gave with their click
//! covers exactly the invoice and amount in the order, without replacing the engine's
//! confirmer, which other flows rely on.
class PayFlowPayer : public QObject {
    Q_OBJECT

public:
    explicit PayFlowPayer(EngineSession &engine, QObject *parent = nullptr);
    ~PayFlowPayer() override;

    //! How long a node may take before the payment is left Pending (phones: 15 minutes).
    void setPayTimeout(std::chrono::milliseconds timeout) { m_payTimeout = timeout; }

    //! Pays through the profile's default wallet.
    QFuture<PayResult> pay(const PayOrder &order);
    //! Pays by showing the invoice as a QR code to a phone on `network`: offered() follows.
    QFuture<PayResult> payWithPhone(const PayOrder &order, Network network);
    //! Settles a Pending payment by looking it up by hash; never pays it again.
    QFuture<PayResult> resume(qint64 journalId);

    //! The QR wallet of the last payment (a phone's), or null.
    QrWallet *phone() const { return m_phone; }

Q_SIGNALS:
    //! A QR wallet shows an invoice (any invoice it offers: compare the hash).
    void offered(const lw::QrOffer &offer);

private:
    void makeGate(PaymentBackend *wallet, const QString &claimLabel, bool phone);
    void watchPhone(QrWallet *phone);
    QFuture<PayResult> start(const PayOrder &order);
    //! Reads the journal after the gate answered: what it says is the truth.
    PayResult settle(const CallOutcome &outcome, qint64 journalId);
    std::optional<PayResult> refuseKnownHash(const PaymentHash &hash);

    EngineSession &m_engine;
    PaymentClaims m_claims;
    std::unique_ptr<PaymentGate> m_gate;
    std::unique_ptr<QrWallet> m_ownPhone;
    QPointer<QrWallet> m_phone;
    std::optional<PayOrder> m_confirmed;
    std::chrono::milliseconds m_payTimeout = PaymentBackend::defaultPayTimeout;
};

} // namespace lw
