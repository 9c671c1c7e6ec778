// SPDX-License-Identifier: GPL-3.0-or-later
// NWC results (NIP-47 §3.5 of research/nwc.md) read into Lightwork's values. Pure functions: no
// network, no clock unless passed, no state. Every field is untrusted: a missing or wrong-typed
// field is a BadResponse naming it, and whatever can be checked against what was asked (hash,
// amount, chain, preimage) is.
#pragma once

#include "wallet.h"

#include <QJsonObject>
#include <QString>

namespace lw {

AppError nwcBadAnswer(const QString &method, const QString &why);
//! A payment of `hash` whose outcome is not known (yet): the caller looks it up by hash.
OutgoingPayment nwcPendingPayment(const PaymentHash &hash, MilliSats amount, const QString &why);

//! pay_invoice's result for `invoice`: Succeeded only with a preimage that hashes to the
//! invoice's payment hash; anything else is Pending with the reason.
OutgoingPayment parseNwcPayResult(const QJsonObject &result, const Bolt11Invoice &invoice);
//! lookup_invoice's transaction for an outgoing payment of `hash`: Succeeded (preimage
//! checked), Failed, or Pending.
PaymentOutcome parseNwcOutgoing(const QJsonObject &tx, const PaymentHash &hash);
//! lookup_invoice's transaction for an invoice of ours: Paid, Unpaid or Expired.
IncomingOutcome parseNwcIncoming(const QJsonObject &tx, const PaymentHash &hash, qint64 nowSecs);
//! make_invoice's transaction, checked: it decodes, for exactly `amount`, on `network`, with the
//! stated payment hash.
InvoiceOutcome parseNwcMadeInvoice(const QJsonObject &tx, MilliSats amount, Network network);
//! get_info: network (required), alias and node pubkey (optional).
Result<Wallet::WalletInfo, AppError> parseNwcInfo(const QJsonObject &result);
//! get_balance: balance in msat.
Result<MilliSats, AppError> parseNwcBalance(const QJsonObject &result);

//! payment_received: a Paid IncomingPayment, when its hash (and preimage, if given) check out.
std::optional<IncomingPayment> parseNwcReceivedNotification(const QJsonObject &tx);
//! payment_sent: a Succeeded OutgoingPayment, only with a preimage that hashes to its hash.
std::optional<OutgoingPayment> parseNwcSentNotification(const QJsonObject &tx);

} // namespace lw
