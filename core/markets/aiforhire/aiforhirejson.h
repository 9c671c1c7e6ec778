// SPDX-License-Identifier: GPL-3.0-or-later
// The 402ai "AI for Hire" market's answers as values, and the checks to make on a 402 before
// paying it. Pure functions: no network, no clock, no state. What is sent (request bodies, the
// local checks before a paid call) is in aiforhirerequests.h.
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

} // namespace lw
