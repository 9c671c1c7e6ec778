// SPDX-License-Identifier: GPL-3.0-or-later
// JSON of the 402ai "AI for Hire" market, both ways, and the checks to make before a paid call.
// Pure functions: no network, no clock, no state.
//
// Reading rules (the server is untrusted):
// - A required field that is absent, null, of the wrong type or out of range is an
//   AppError{BadResponse} naming the field ("quotes[1].price_sats").
// - An optional field that is absent or null takes its default; present but invalid is the
//   same error as for a required one (a wrong type means the API changed or is lying).
//   Exception: /collect's `payment`, phoenixd's pass-through, is read leniently, because the
//   verdict already treats what is missing as unproven and the caller must still learn that
//   the server debited.
// - Amounts are JSON integers of whole sats, 0 ≤ n ≤ 21 million BTC; never strings or fractions.
// - Ids may be strings or integers and become QString. They go into URL paths, so only
//   [A-Za-z0-9_-], at most maxHireIdChars, is accepted: nothing else can redirect a call.
// - Free text (titles, descriptions, messages, notes, filenames) is truncated at its cap; ids,
//   tokens, invoices, hashes, statuses and timestamps past theirs are errors instead, because a
//   cut one would be a different one.
// - Lists: one bad item is skipped and counted (HireList::skipped), not fatal to the list;
//   items past maxHireListItems are dropped and counted. Items that belong to another task or
//   quote than the one asked for count as bad.
#pragma once

#include "common/result.h"
#include "markets/aiforhire/aiforhiretypes.h"
#include "net/apperror.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringView>

#include <optional>

namespace lw {

// Answers ------------------------------------------------------------------------------------

Result<HireAccount, AppError> parseHireAccount(const QJsonObject &o);
//! A task from POST /tasks or GET /tasks/{id} (with quotes and deliveries when present).
Result<HireTask, AppError> parseHireTask(const QJsonObject &o);
//! GET /tasks: `{"tasks":[…]}`.
Result<HireList<HireTask>, AppError> parseHireTasks(const QJsonObject &o);
//! POST or PATCH …/quotes.
Result<HireQuote, AppError> parseHireQuote(const QJsonObject &o);
//! POST …/messages.
Result<HireMessage, AppError> parseHireMessage(const QJsonObject &o);
//! GET …/messages: `{"messages":[…]}`. With `quoteId`, messages of another quote are skipped.
Result<HireList<HireMessage>, AppError> parseHireMessages(const QJsonObject &o,
                                                          const QString &quoteId = {});
//! POST …/deliver (without content in the snapshot).
Result<HireDelivery, AppError> parseHireDelivery(const QJsonObject &o);
Result<HireAcceptResult, AppError> parseHireAcceptResult(const QJsonObject &o);
Result<HireConfirmResult, AppError> parseHireConfirmResult(const QJsonObject &o);
//! The 402 body of POST /topup.
Result<TopupInvoice, AppError> parseTopupInvoice(const QJsonObject &o);
Result<TopupClaim, AppError> parseTopupClaim(const QJsonObject &o);
//! The 402 body of a paid call. Not for the error-envelope 402s (`insufficient_balance` on
//! /collect): tell them apart with isHireChallengeBody() or the WWW-Authenticate header.
Result<HireChallengeBody, AppError> parseHireChallengeBody(const QJsonObject &o);
Result<CollectResult, AppError> parseCollectResult(const QJsonObject &o);

//! True for a 402 body that offers an invoice, false for an error envelope (§4.12).
bool isHireChallengeBody(const QJsonObject &o);

HireTaskStatus hireTaskStatusFromText(QStringView text);
HireQuoteStatus hireQuoteStatusFromText(QStringView text);

//! The highest message sequence, the `since_id` for the next poll. Skipped items are not in it,
//! so they are fetched (and skipped) again: harmless, and nothing new is ever missed.
std::optional<qint64> lastMessageSequence(const QList<HireMessage> &messages);

//! Whether a /collect answer proves the payment. With `invoiceHash` (the hash of the invoice
//! that was sent), the proof must also be for that invoice.
CollectVerdict collectVerdict(const CollectResult &result,
                              const std::optional<PaymentHash> &invoiceHash = std::nullopt);

//! Checks a 402 body's invoice before paying it: it decodes, carries the body's payment hash
//! and exactly the body's amount.
std::optional<AppError> checkHireInvoice(const QString &invoice, const PaymentHash &paymentHash,
                                         MilliSats amount);
//! The X-Payment-Hash and X-Price-Sats headers (empty when absent) must agree with the body.
std::optional<AppError> checkHireChallengeHeaders(const PaymentHash &paymentHash, MilliSats amount,
                                                  const QByteArray &xPaymentHash,
                                                  const QByteArray &xPriceSats);

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
