// SPDX-License-Identifier: GPL-3.0-or-later
// A tool call's steps around ToolsClient that `lightwork-cli tools` and the Tools screen share:
// the price to show and agree to before paying, and what a claimed refund leaves behind (its
// ledger row, the follow-up marked claimed).
#pragma once

#include "common/result.h"
#include "lightning/millisats.h"
#include "markets/tools/refundclaimer.h"
#include "markets/tools/toolstypes.h"
#include "net/apperror.h"

#include <QFuture>

#include <optional>

namespace lw {

class Database;
class ToolFollowups;
class ToolsClient;

//! The price to show before paying, and where it came from.
struct ToolQuote {
    enum class Source { None, Estimate, Catalogue, Models };
    std::optional<MilliSats> price;
    Source source = Source::None;
};

//! The market's estimate, else the manifest's price, else the dearest of the tool's models
//! (the invoice is checked against the agreed price by the gate either way). Never fails: no
//! price is Source::None.
QFuture<ToolQuote> quoteToolPrice(ToolsClient *client, const ToolsManifest &manifest,
                                  const ToolService &service);

//! A refund link worth claiming: it has a link and an amount.
bool isClaimableRefund(const ToolRefund &refund);

//! A refund the wallet received, as a ledger row (once per invoice). Nothing for a pending one.
Result<bool, AppError> recordToolRefund(const Database &db, const RefundClaim &claim,
                                        qint64 accountId);

//! Once the market took our invoice the refund is the wallet's business: nothing is left to
//! claim (a second claim would be refused). Nothing for journalId 0.
Result<bool, AppError> markToolRefundClaimed(ToolFollowups &followups, qint64 journalId,
                                             const RefundClaim &claim);

} // namespace lw
