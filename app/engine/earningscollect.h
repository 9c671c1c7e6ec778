// SPDX-License-Identifier: GPL-3.0-or-later
// Collecting 402ai earnings into the profile's wallet: `lightwork-cli collect` and the Earnings
// screen's Collect both go through here, so both ask for the same invoice, check it the same
// way and record the same ledger row.
#pragma once

#include "common/bytes.h"
#include "common/result.h"
#include "lightning/millisats.h"
#include "net/apperror.h"

#include <QFuture>
#include <QString>

#include <optional>

namespace lw {

class EngineSession;
class HireClient;

//! How a collect ended when it did not fail.
struct CollectReceipt {
    enum class Status {
        Paid,    //!< proven: the market's preimage matches, or the wallet saw the invoice paid
        Pending, //!< the market may have paid, but it is not proven yet: look it up, never lost
    };
    Status status = Status::Pending;
    MilliSats amount;        //!< what the invoice asked for
    PaymentHash paymentHash; //!< of our invoice: how the wallet is asked later
    qint64 accountId = 0;
    qint64 profileId = 0;  //!< whose wallet made the invoice
    QString ledgerProblem; //!< the ledger could not be written (the sats moved anyway)
};

//! What a balance lets collect: its whole sats. An invoice is asked for exactly this, because
//! the market debits what we ask and pays whatever the invoice says.
MilliSats collectableAmount(MilliSats balance);

//! Collects `amount` (the whole collectable balance when empty) from the 402ai account into the
//! profile's wallet: an invoice of exactly that amount from the wallet, checked by decoding it,
//! then POST /collect. Paid only with proof; an answer that may hide a payment (timeout,
//! dropped or unreadable answer, a "paid" without proof) is looked up in the wallet and is
//! Pending unless the invoice shows paid. Errors: Invalid (nothing to collect), the wallet's,
//! Wallet (an invoice for another amount), the market's refusals, Server (the market says it
//! did not pay). Continuations run on `engine`'s thread; `client` may go with a profile switch.
QFuture<Result<CollectReceipt, AppError>>
collectEarnings(EngineSession &engine, HireClient *client,
                std::optional<MilliSats> amount = std::nullopt);

//! Looks a Pending collect up in the wallet again: Paid (and recorded in the ledger) once its
//! invoice is paid, Pending while it is not. Nothing is sent to the market.
QFuture<Result<CollectReceipt, AppError>> recheckCollect(EngineSession &engine,
                                                         const CollectReceipt &pending);

} // namespace lw
