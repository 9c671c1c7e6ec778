// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/bytes.h"
#include "common/result.h"
#include "lightning/bolt11invoice.h"
#include "lightning/millisats.h"
#include "lightning/network.h"
#include "net/apperror.h"

#include <QList>
#include <QString>

#include <optional>

namespace lw {

//! The user's standing limits (Settings). Amounts include routing fees where fees are known.
struct SpendingLimits {
    MilliSats confirmAbove{100'000};     //!< pay without asking up to this (100 sat)
    MilliSats dailyCap{100'000'000};     //!< never more than this in 24 h (100 000 sat)
    MilliSats perPaymentCap{10'000'000}; //!< never more than this at once (10 000 sat)
    MilliSats maxRoutingFee{10'000};     //!< 10 sat
};

//! Where a payment hash came from, to check it against the invoice's.
struct ExpectedHash {
    QString source;                  //!< "macaroon", "X-Payment-Hash", "body"
    std::optional<PaymentHash> hash; //!< nullopt: the source was present but unreadable
};

//! Everything known before paying one invoice for one action.
struct PaymentProposal {
    Bolt11Invoice invoice;
    MilliSats agreed; //!< the price the user agreed to for this action
    Network walletNetwork = Network::Mainnet;
    QList<ExpectedHash> expectedHashes;
    qint64 nowSecs = 0;
    MilliSats spentLast24h; //!< from the journal
};

struct PaymentDecision {
    enum class Verdict { Pay, Ask };
    Verdict verdict = Verdict::Ask;
    MilliSats amount;
};

//! The checks no payment skips, as a pure function: network, amount present and within the
//! agreed price and the caps, not expired, every payment hash the server stated equal to the
//! invoice's. Returns whether to pay at once or ask the user, or why it must not be paid.
Result<PaymentDecision, AppError> decidePayment(const PaymentProposal &proposal,
                                                const SpendingLimits &limits);

} // namespace lw
