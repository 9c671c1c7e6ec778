// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/apperror.h"

#include <QString>

namespace lw {

//! What an NWC error code says about a payment request that got it (research/nwc.md §9.1.7).
enum class NwcErrorMeaning {
    NotSent,  //!< refused before anything was sent: rate limit, permission, balance, budget…
    Failed,   //!< the payment was tried and failed (PAYMENT_FAILED)
    NotFound, //!< no such invoice or payment (NOT_FOUND)
    Unknown,  //!< INTERNAL, OTHER or a code NIP-47 does not define: the payment may have gone
};

//! The error for an NWC answer {"code", "message"}: a kind, one translated sentence for the
//! code (unknown codes are quoted), and the wallet's own code and words (untrusted, capped).
AppError nwcError(const QString &code, const QString &message);
NwcErrorMeaning nwcErrorMeaning(const QString &code);

} // namespace lw
