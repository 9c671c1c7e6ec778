// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/bytes.h"
#include "common/result.h"
#include "lightning/bolt11invoice.h"
#include "lightning/millisats.h"
#include "lightning/network.h"
#include "lightning/preimage.h"
#include "net/apperror.h"

#include <QFuture>
#include <QString>

#include <chrono>
#include <optional>

namespace lw {

//! Where an outgoing payment stands, as the wallet reports it.
struct OutgoingPayment {
    enum class State {
        Succeeded, //!< preimage known (and checked against the hash)
        Pending,   //!< in flight, or the wallet did not answer in time: look it up, never re-pay
        Failed,    //!< terminally failed: nothing left the wallet
        NotFound,  //!< the wallet has no record of this hash: it was never sent
    };
    State state = State::Pending;
    PaymentHash paymentHash;
    std::optional<Preimage> preimage;
    MilliSats amount; //!< sent to the payee
    MilliSats fee;    //!< routing fee
    QString reason;   //!< the wallet's words on failure (untrusted text)
};

//! An invoice the wallet made for us to receive.
struct ReceivingInvoice {
    QString bolt11;
    PaymentHash paymentHash;
};

//! An invoice the wallet made, as it stands now (LNURL-withdraw: the service pays it later).
struct IncomingPayment {
    enum class State {
        Paid,
        Unpaid,  //!< not paid yet, still payable
        Expired, //!< not paid, no longer payable
        NotFound //!< the wallet has no invoice with this hash
    };
    State state = State::Unpaid;
    PaymentHash paymentHash;
    MilliSats received; //!< what arrived, when Paid
};

using PaymentOutcome = Result<OutgoingPayment, AppError>;
using InvoiceOutcome = Result<ReceivingInvoice, AppError>;
using IncomingOutcome = Result<IncomingPayment, AppError>;

//! What the engine needs from a wallet to pay and be paid. The full wallet interface (info,
//! balance, incoming events) lives in wallet/ and extends this; core knows only this much.
//! Implementations must check what they return: a Succeeded payment carries a preimage whose
//! SHA-256 is the hash; an invoice created decodes to the amount asked for.
class PaymentBackend {
public:
    virtual ~PaymentBackend() = default;

    //! The chain the wallet pays on, as configured and confirmed by its last connection test.
    virtual Network network() const = 0;
    //! How long a payment may take before it is reported Pending: long enough for multi-path
    //! retries (LND defaults to 60 s, NWC services take up to 60 s), short enough to tell the
    //! user.
    static constexpr std::chrono::milliseconds defaultPayTimeout{90'000};

    //! Pays exactly the invoice's amount (amountless invoices are refused before this), with
    //! at most maxFee in routing fees where the wallet can hold it. A payment not settled within
    //! timeout is Pending, never Failed: it is looked up by hash later, never paid again.
    virtual QFuture<PaymentOutcome> payInvoice(const Bolt11Invoice &invoice, MilliSats maxFee,
                                               std::chrono::milliseconds timeout) = 0;
    virtual QFuture<PaymentOutcome> lookupPayment(const PaymentHash &paymentHash) = 0;
    virtual QFuture<InvoiceOutcome> createInvoice(MilliSats amount, const QString &description,
                                                  qint64 expirySeconds) = 0;
    //! Whether an invoice made by createInvoice() has been paid, looked up by its hash.
    virtual QFuture<IncomingOutcome> lookupInvoice(const PaymentHash &paymentHash) = 0;
};

} // namespace lw
