// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "qr/qrmatrix.h"
#include "wallet.h"

#include <QHash>
#include <QObject>

#include <functional>
#include <list>
#include <memory>
#include <optional>

namespace lw {

class PaymentClaims;

//! An invoice shown for a phone wallet to pay.
struct QrOffer {
    QString bolt11;             //!< the invoice as given
    QString qrText;             //!< "LIGHTNING:" + the invoice upper-cased (alphanumeric mode)
    std::optional<QrMatrix> qr; //!< always set in an offer (optional only to be default-made)
    PaymentHash paymentHash;
    MilliSats amount;
    qint64 expiresAt = 0; //!< unix seconds, for the countdown
};

//! "Pay by QR": the user's phone is the wallet. payInvoice() shows the invoice as a QR code
//! (offered()) and waits for the user to paste the preimage the phone wallet shows; only a
//! preimage whose SHA-256 is the invoice's hash completes it. The app cannot ask the phone
//! anything, so every outcome it cannot prove is Pending: closing the code or waiting past the
//! timeout never fails a payment the phone may still make.
//!
//! With claims set, an invoice another wallet is paying is never offered, and an offered one
//! is held (ClaimHold::UntilPreimage) so no other wallet pays it; the claim also tells, after a
//! restart, that a hash was offered before (Pending, never NotFound).
class QrWallet : public QObject, public Wallet {
    Q_OBJECT

public:
    //! The claim label of this backend (its kind()).
    static constexpr char16_t label[] = u"qr";

    explicit QrWallet(Network network, QObject *parent = nullptr);
    ~QrWallet() override;

    //! Shared with the payment engine; null offers without asking anyone (tests, no database).
    void setClaims(PaymentClaims *claims) { m_claims = claims; }
    //! Unix seconds now; replaceable so expiry can be tested.
    void setClock(std::function<qint64()> nowSecs) { m_now = std::move(nowSecs); }

    QString kind() const override { return QString::fromUtf16(label); }
    Network network() const override { return m_network; }
    bool supportsFeeLimit() const override { return false; }
    QFuture<Result<PayPermission, AppError>> payPermission() override;
    //! The chain as configured and "Phone wallet"; a phone has no node id the app can see.
    QFuture<Result<WalletInfo, AppError>> info() override;
    //! Always an Invalid error with code "unknown": the phone's balance is not known here.
    QFuture<Result<MilliSats, AppError>> balance() override;

    //! Refuses amountless, other-chain, expired and claimed-elsewhere invoices; otherwise emits
    //! offered() and finishes when a matching preimage is pasted (Succeeded), on cancel() or
    //! after timeout (Pending). maxFee cannot be held: the phone picks its own route.
    QFuture<PaymentOutcome> payInvoice(const Bolt11Invoice &invoice, MilliSats maxFee,
                                       std::chrono::milliseconds timeout) override;
    //! Succeeded once a preimage was accepted in this process; Pending for any invoice offered
    //! (before or after it expires, and after a restart when the claim says it was offered);
    //! NotFound only for a hash never offered.
    QFuture<PaymentOutcome> lookupPayment(const PaymentHash &paymentHash) override;
    //! A phone cannot receive through the app: Invalid.
    QFuture<InvoiceOutcome> createInvoice(MilliSats amount, const QString &description,
                                          qint64 expirySeconds) override;
    QFuture<IncomingOutcome> lookupInvoice(const PaymentHash &paymentHash) override;

    //! The user's paste: 64 hex digits, surrounding whitespace allowed. Completes the offered
    //! invoice whose hash is sha256 of it and answers that hash; any other text, or a preimage
    //! of no offered invoice, is an error and everything keeps waiting. With claims set, an
    //! invoice an earlier run offered (its claim still waits for a preimage) counts as offered.
    Result<PaymentHash, AppError> submitPreimage(QStringView text);
    //! The user closed the code: its payments end Pending (the phone may still pay). False when
    //! nothing was waiting for this hash.
    bool cancel(const PaymentHash &paymentHash);

Q_SIGNALS:
    void offered(const lw::QrOffer &offer);

private:
    struct Offered {
        MilliSats amount;
        qint64 expiresAt = 0;
        std::optional<Preimage> preimage; //!< set once the user proved the payment
    };
    struct Waiter {
        quint64 id = 0;
        PaymentHash hash;
        std::shared_ptr<QPromise<PaymentOutcome>> promise;
    };

    std::optional<AppError> refusal(const Bolt11Invoice &invoice) const;
    OutgoingPayment pending(const PaymentHash &hash, const QString &reason) const;
    bool heldForPhone(const PaymentHash &hash) const;
    OutgoingPayment succeeded(const PaymentHash &hash) const;
    //! Finishes the waiters for `hash` (or only the one with `id`) with `outcome`.
    int settle(const PaymentHash &hash, const OutgoingPayment &outcome,
               std::optional<quint64> id = std::nullopt);
    qint64 now() const;

    Network m_network;
    PaymentClaims *m_claims = nullptr;
    std::function<qint64()> m_now;
    QHash<QByteArray, Offered> m_offered; // by hash bytes: every invoice offered in this process
    std::list<Waiter> m_waiters;
    quint64 m_nextId = 1;
};

} // namespace lw
