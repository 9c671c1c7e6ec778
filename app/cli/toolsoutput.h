// SPDX-License-Identifier: GPL-3.0-or-later
// Tool-market values as the CLI prints them: amounts in sats, results as the tool sent them
// (the printers make every string safe for a terminal; nothing is interpreted).
#pragma once

#include "markets/tools/refundclaimer.h"
#include "markets/tools/toolsclient.h"
#include "markets/tools/toolstypes.h"

#include <QHash>
#include <QJsonObject>

namespace lw::cli {

QJsonObject serviceJson(const ToolService &service, const std::optional<ToolPrice> &price);
QJsonObject schemaJson(const ToolSchema &schema);
QJsonObject outputJson(const ToolOutput &output);
//! Without the link: it is a bearer claim, printed only when the refund is left to claim.
QJsonObject refundJson(const ToolRefund &refund);
QJsonObject failureJson(const ToolFailure &failure);
QJsonObject claimJson(const RefundClaim &claim);
//! The call's outcome without what depends on the refund claim.
QJsonObject callJson(const QString &slug, const ToolCallResult &result);

//! The catalogue, one tool per line.
void printCatalogue(const ToolsManifest &manifest, const QHash<QString, ToolPrice> &prices);
//! A result for people: the text line by line, the image's address, or the JSON flattened.
void printOutput(const ToolOutput &output);

} // namespace lw::cli
