// SPDX-License-Identifier: GPL-3.0-or-later
// phoenixd's JSON answers read into Lightwork's values (ACINQ/phoenixd Api.kt; research/
// lightning.md §1). Internal to lightwork_wallet: PhoenixdWallet does the HTTP and hands the
// JSON object of a 2xx answer here. Pure functions: no network, no clock, no state.
//
// phoenixd is trusted no further than its answers can be checked: a missing or wrong-typed
// field is a BadResponse naming it (phoenixd omits null fields, so a null counts as missing),
// and whatever can be checked against what was asked (amount, hash, chain, preimage) is.
#pragma once

#include "wallet.h"

#include <QJsonObject>
#include <QString>

namespace lw {

//! The error for an answer of phoenixd's to `endpoint` that could not be read, and why.
AppError phoenixdBadAnswer(const QString &endpoint, const QString &why);
//! A payment of `invoice` whose outcome is not known (yet): the caller looks it up by hash.
OutgoingPayment phoenixdPendingPayment(const Bolt11Invoice &invoice, const QString &reason);
//! Pending, for a payinvoice answer that could not be read: the payment may have gone through.
OutgoingPayment phoenixdUnreadablePayment(const Bolt11Invoice &invoice, const QString &why);

//! getinfo: nodeId and chain (phoenixd has no alias). testnet3/testnet4 are testnet.
Result<Wallet::WalletInfo, AppError> parsePhoenixdInfo(const QJsonObject &object);
//! getbalance: balanceSat, what the channels can send now.
Result<MilliSats, AppError> parsePhoenixdBalance(const QJsonObject &object);
//! createinvoice, checked against what was asked: the invoice decodes, for exactly `amount`
//! (and amountSat, when present, says so too), with the stated payment hash, on `network`.
InvoiceOutcome parsePhoenixdInvoice(const QJsonObject &object, MilliSats amount, Network network);
//! payinvoice's HTTP-200 answer, PaymentSent (routingFeeSat) or PaymentFailed (reason), for an
//! `invoice` with an amount (payInvoice() refuses others). Never an error: what cannot be
//! verified is Pending. Sets `*lookUp` when phoenixd refused because of an earlier attempt at
//! the same hash, whose state is then the answer.
OutgoingPayment parsePhoenixdPayment(const QJsonObject &object, const Bolt11Invoice &invoice,
                                     bool *lookUp);
//! payments/incoming/{hash} when found: Paid (receivedSat), Unpaid or Expired.
IncomingOutcome parsePhoenixdIncomingPayment(const QJsonObject &object,
                                             const PaymentHash &paymentHash);
//! payments/outgoingbyhash/{hash} when found: Succeeded (preimage checked), Pending or Failed.
PaymentOutcome parsePhoenixdOutgoingPayment(const QJsonObject &object,
                                            const PaymentHash &paymentHash);

} // namespace lw
