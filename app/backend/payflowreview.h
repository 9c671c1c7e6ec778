// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "lightning/bolt11invoice.h"
#include "pay/spendingpolicy.h"

#include <QString>

#include <optional>

namespace lw {

//! What is known around one invoice when the Pay dialog shows it.
struct PayContext {
    //! Why nothing can be paid at all (keychain missing, data folder not open); empty when fine.
    QString engineProblem;
    //! The chain of the profile's wallet; nullopt while it opens or when there is none.
    std::optional<Network> walletNetwork;
    //! Why there is no wallet to pay from (none connected, its secret missing, still opening).
    QString walletProblem;
    //! The chain a phone paying the QR code is taken to be on (the profile's connection).
    Network phoneNetwork = Network::Mainnet;
    SpendingLimits limits; //!< the profile's, with the dialog's fee limit
    MilliSats spentLast24h;
    MilliSats agreed; //!< the most the caller agreed to pay (the invoice's own amount for `pay`)
    qint64 nowSecs = 0;
    //! The journal has an entry paying or having paid this hash.
    std::optional<qint64> journalEntry;
};

//! The verdict the dialog shows: whether Confirm (and "Pay with a phone") may be pressed, and
//! why not, in the user's words. The money checks are decidePayment's, the same the gate
//! repeats before paying, so the dialog never offers what the gate would refuse.
struct PayReview {
    bool canConfirm = false;
    bool canPayWithPhone = false;
    QString blockReason; //!< translated; empty when canConfirm
    bool networkMismatch = false;
    bool expired = false;
    bool missingAmount = false;
};

//! The verdict for `invoice` in `context`. Pure: no clock, no database.
PayReview reviewInvoice(const Bolt11Invoice &invoice, const PayContext &context);

//! "0291…3f0a": the first and last characters of a node id or hash, for one line.
QString shortHex(const QString &hex);

} // namespace lw
