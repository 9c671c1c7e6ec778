// SPDX-License-Identifier: GPL-3.0-or-later
// LNbits' JSON answers read into Lightwork's values (lnbits/lnbits core/views/payment_api.py,
// wallet_api.py; research/lightning.md §4). Internal to lightwork_wallet: LnbitsWallet does the
// HTTP and hands the JSON objects here. Pure functions: no network, no clock, no state.
//
// LNbits is trusted no further than its answers can be checked: a missing or wrong-typed field
// is a BadResponse naming it, and whatever can be checked against what was asked (amount, hash,
// chain, preimage) is. Amounts in answers are msat; outgoing amounts and fees are negative.
#pragma once

#include "wallet.h"

#include <QJsonObject>
#include <QString>

namespace lw {

//! The error for an answer of LNbits' to `endpoint` that could not be read, and why.
AppError lnbitsBadAnswer(const QString &endpoint, const QString &why);
//! A payment of `invoice` whose outcome is not known (yet): the caller looks it up by hash.
OutgoingPayment lnbitsPendingPayment(const Bolt11Invoice &invoice, const QString &reason);

//! GET api/v1/wallet: the wallet's name and balance (msat); `id` is only shown to the admin key.
struct LnbitsWalletAnswer {
    QString name;
    MilliSats balance;
    bool adminKey = false;
};
Result<LnbitsWalletAnswer, AppError> parseLnbitsWallet(const QJsonObject &object);

//! The invoice of a create answer (payment_request, or bolt11), decoded and checked against the
//! stated payment_hash; its chain and payee are the wallet's.
Result<Bolt11Invoice, AppError> parseLnbitsCreatedInvoice(const QJsonObject &object);
//! A create answer checked against what was asked: exactly `amount` (and the stated msat amount,
//! when present, says so too), on `network`.
InvoiceOutcome parseLnbitsInvoice(const QJsonObject &object, MilliSats amount, Network network);

//! What a pay request's answer means.
struct LnbitsPayReading {
    OutgoingPayment payment;
    //! The answer refers to an earlier attempt at the hash ("already paid", "still pending") or
    //! does not say how it ended (LNbits < 1.0): the record by hash is the answer.
    bool lookUp = false;
};
//! The 2xx answer of POST api/v1/payments (out: true), for an `invoice` with an amount. Never an
//! error: what cannot be verified is Pending.
LnbitsPayReading parseLnbitsPayment(const QJsonObject &object, const Bolt11Invoice &invoice);
//! HTTP 520 {"detail", "status"}: failed is Failed; pending and success name an earlier attempt.
LnbitsPayReading parseLnbitsPayError(const QJsonObject &object, const Bolt11Invoice &invoice);

//! GET api/v1/payments/{hash} when found, as an outgoing payment of this wallet. Only a record
//! with `details` (LNbits adds them for the owning wallet's key) of a negative amount is one;
//! anything else is NotFound for this wallet.
PaymentOutcome parseLnbitsOutgoingPayment(const QJsonObject &object,
                                          const PaymentHash &paymentHash);
//! The same answer as an invoice of this wallet: Paid, Unpaid, Expired or NotFound.
IncomingOutcome parseLnbitsIncomingPayment(const QJsonObject &object,
                                           const PaymentHash &paymentHash);

} // namespace lw
