// SPDX-License-Identifier: GPL-3.0-or-later
// Core Lightning's clnrest answers read into Lightwork's values (ElementsProject/lightning
// plugins/rest-plugin, doc/schemas/*.json; research/lightning.md §3). Internal to
// lightwork_wallet: ClnWallet does the HTTP and hands the JSON here. Pure functions: no network,
// no clock, no state.
//
// The node is trusted no further than its answers can be checked: a missing or wrong-typed field
// is a BadResponse naming it, and whatever can be checked against what was asked (amount, hash,
// chain, preimage) is. msat fields are integers; before v23 they were strings such as
// "1000msat", which are read as well.
#pragma once

#include "wallet.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace lw {

//! The error for an answer of the node's to `method` that could not be read, and why.
AppError clnBadAnswer(const QString &method, const QString &why);
//! A payment of `invoice` whose outcome is not known (yet): the caller looks it up by hash.
OutgoingPayment clnPendingPayment(const Bolt11Invoice &invoice, const QString &reason);

//! An RPC error as clnrest passes it on: {"code", "message", "data"?}.
struct ClnRpcError {
    int code = 0;
    QString message; //!< the node's words, untrusted, at most 500 characters
};
//! The RPC error in an answer's body, if it holds one.
std::optional<ClnRpcError> parseClnRpcError(const QByteArray &body);
//! The node does not know the method (JSON-RPC -32601, "Unknown command"): xpay before v24.11.
bool isClnUnknownCommand(const ClnRpcError &error);

//! What an RPC error of xpay or pay says about the payment.
enum class ClnPayError {
    NotSent,       //!< the call was refused as asked (parameters): nothing left the node
    Failed,        //!< the node gave up: nothing is in flight
    EarlierAttempt //!< about an earlier attempt (already paid, in progress) or unclear: look up
};
ClnPayError classifyClnPayError(const ClnRpcError &error);

//! getinfo: id, alias and network ("bitcoin" is mainnet, testnet4 is testnet).
Result<Wallet::WalletInfo, AppError> parseClnInfo(const QJsonObject &object);
//! listfunds: Σ channels[].our_amount_msat over channels in state CHANNELD_NORMAL, what the
//! node can send now (research/lightning.md §3.2).
Result<MilliSats, AppError> parseClnBalance(const QJsonObject &object);
//! invoice, checked against what was asked: the bolt11 decodes, for exactly `amount`, with the
//! stated payment_hash, on `network`.
InvoiceOutcome parseClnInvoice(const QJsonObject &object, MilliSats amount, Network network);
//! xpay's answer (no hash, no status: success is payment_preimage, checked) or pay's (status
//! complete / pending / failed, payment_hash), for an `invoice` with an amount. Never an error:
//! what cannot be verified is Pending.
OutgoingPayment parseClnPayment(const QJsonObject &object, const Bolt11Invoice &invoice);
//! listpays by hash: Succeeded (preimage checked) when any attempt completed, Pending while any
//! is in flight, Failed when all failed, NotFound when there is none.
PaymentOutcome parseClnPays(const QJsonObject &object, const PaymentHash &paymentHash);
//! listinvoices by hash: Paid (amount_received_msat), Unpaid, Expired or NotFound.
IncomingOutcome parseClnInvoices(const QJsonObject &object, const PaymentHash &paymentHash);

} // namespace lw
