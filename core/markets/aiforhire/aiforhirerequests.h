// SPDX-License-Identifier: GPL-3.0-or-later
// What is sent to the 402ai "AI for Hire" market: the request bodies, and the local checks to
// make before a paid call. Pure functions: no network, no clock, no state. The answers are read
// by aiforhirejson.h.
#pragma once

#include "markets/aiforhire/aiforhiretypes.h"
#include "net/apperror.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace lw {

// Request bodies -----------------------------------------------------------------------------
// The snapshot's field names exactly. Amounts must have passed the matching validate*(): they
// are sent as whole sats.

//! POST /tasks: `{"title","description","budget_sats"}` (description left out when empty).
QJsonObject postTaskBody(const QString &title, const QString &description, MilliSats budget);
//! POST …/quotes: `{"price_sats","description"}` (description left out when empty).
QJsonObject quoteBody(MilliSats price, const QString &description);
//! PATCH …/quotes/{qid}: only the fields to change.
QJsonObject quoteUpdateBody(std::optional<MilliSats> price,
                            const std::optional<QString> &description);
//! POST …/messages: `{"body"}`.
QJsonObject messageBody(const QString &text);
//! POST …/deliver: `{"filename","content_base64","notes"}`.
QJsonObject deliverBody(const QString &filename, const QString &contentBase64,
                        const QString &notes);
//! POST /collect: `{"invoice","amount_sats"}`.
QJsonObject collectBody(MilliSats amount, const QString &invoice);
//! POST /topup: `{"amount_sats"}`.
QJsonObject topupBody(MilliSats amount);
//! POST /topup/claim: `{"preimage"[,"token"]}`. A refill bound to an account (made with
//! X-Token) needs its token, or the claim is refused (`missing_token`, step 311).
QJsonObject claimBody(const Preimage &preimage, const QString &token = {});

// Local checks -------------------------------------------------------------------------------
// 402ai takes the fee before it validates and never refunds (402ai-live.md §4.5), so a paid
// call must pass these first. They mirror server.py (title stripped and non-empty; amounts
// integers > 0) and add the client's own caps, so that nothing is paid for that this client
// would then show truncated. Errors: Kind::Invalid for the request, Kind::Conflict for a task
// in the wrong state.

std::optional<AppError> validatePostTask(const QString &title, const QString &description,
                                         MilliSats budget);
//! The body, then what create_quote checks against the task: open, and not one's own.
std::optional<AppError> validateQuote(const HireTask &task, const QString &myAccountId,
                                      MilliSats price, const QString &description);
//! Free, but the server answers "nothing to update" for an empty change.
std::optional<AppError> validateQuoteUpdate(std::optional<MilliSats> price,
                                            const std::optional<QString> &description);
std::optional<AppError> validateMessage(const QString &text);
//! Free, but final: the snapshot accepts one delivery per task without checking it, so an
//! empty or broken one cannot be replaced.
std::optional<AppError> validateDeliver(const QString &filename, const QString &contentBase64,
                                        const QString &notes);
//! The invoice must carry exactly `amount`: the server debits amount_sats and then pays
//! whatever the invoice says, and fails (502) on an amountless one (§4.8).
std::optional<AppError> validateCollect(MilliSats amount, const QString &invoice);
std::optional<AppError> validateTopup(MilliSats amount);

} // namespace lw
