// SPDX-License-Identifier: GPL-3.0-or-later
// A 402ai task's paid steps and what they leave behind: `lightwork-cli tasks post`, `quote`,
// `accept` and `confirm` and the Post a task and Task detail screens go through here, so both
// record the same ledger rows (keyed alike, so a step seen by both is one row) and keep the
// offline copy of a task the same way.
#pragma once

#include "common/result.h"
#include "ledger/ledger.h"
#include "markets/aiforhire/aiforhiretypes.h"
#include "net/apperror.h"
#include "pay/paymentbackend.h"
#include "store/database.h"
#include "sync/changeset.h"

#include <QFuture>
#include <QString>

#include <optional>

namespace lw {

class EngineSession;
class HireClient;

//! What a step produced, how it was paid and whether its ledger row could be written (the
//! sats moved either way: a ledger problem is shown, never a failure).
template <typename T>
struct HireStep {
    T value;
    qint64 journalId = 0;
    std::optional<OutgoingPayment> payment; //!< set when the wallet paid (L402)
    QString ledgerProblem;                  //!< why the ledger could not be written; else empty
    ChangeSet cached; //!< what the step changed in the offline copy of the task list
};

// Ledger rows ----------------------------------------------------------------------------------
// Each answers why the row could not be written (empty when it was, or existed already).

//! A posting or quoting fee: the journal's wallet payment when L402 paid it, else the market
//! balance's movement (keyed by the journal entry, so it is one row however often recorded).
QString recordHireFee(EngineSession &engine, qint64 accountId, qint64 journalId,
                      const std::optional<OutgoingPayment> &payment, LedgerReason reason,
                      qint64 feeSats, const QString &reference);
//! The accepted quote's price moved from the balance into escrow.
QString recordEscrowLocked(EngineSession &engine, qint64 accountId, const QString &taskId,
                           const QString &quoteId, MilliSats escrowed);
//! The escrow released to the worker on confirm.
QString recordReleased(EngineSession &engine, qint64 accountId, const QString &taskId,
                       MilliSats released);

// Pure helpers ---------------------------------------------------------------------------------

//! The price of quote `quoteId` as task detail lists it; empty when the task has no such quote.
std::optional<MilliSats> hireQuotePrice(const HireTask &task, const QString &quoteId);
//! Stores a task as the market sent it (the task, and with detail its quotes and deliveries)
//! in the offline copy. Answers the task's own change (for the feed).
Result<ChangeSet, AppError> cacheHireTask(const Database &db, qint64 accountId,
                                          const HireTask &task, qint64 nowMs);

// Steps ----------------------------------------------------------------------------------------
// Continuations run on `engine`'s thread. Errors are the client's (the gate's for payments):
// a payment that may have happened is never reported as failed by these.

//! The account's own id at the market: the stored one, else asked once (GET /me) and stored.
QFuture<Result<QString, AppError>> hireOwnId(EngineSession &engine, HireClient *client);
//! Posts a task (50 sat; by L402 from the wallet when `allowLightning` and the balance is
//! short), records the fee and stores the new task in the offline copy.
QFuture<Result<HireStep<HireTask>, AppError>> postHireTask(EngineSession &engine,
                                                           HireClient *client, const QString &title,
                                                           const QString &description,
                                                           MilliSats budget, bool allowLightning);
//! Sends a quote (10 sat) on a fresh copy of the task (the fee is taken before the market
//! looks at the task: it must be open and not ours), and records the fee.
QFuture<Result<HireStep<HireQuote>, AppError>>
sendHireQuote(EngineSession &engine, HireClient *client, const QString &taskId, MilliSats price,
              const QString &description, bool allowLightning);
//! Accepts a quote: its price (read from a fresh copy of the task) moves from the balance into
//! escrow through the gate; records the escrow. A short balance is PaymentRequired with the
//! missing sats in its message.
QFuture<Result<HireStep<HireAcceptResult>, AppError>> acceptHireQuote(EngineSession &engine,
                                                                      HireClient *client,
                                                                      const QString &taskId,
                                                                      const QString &quoteId);
//! Confirms a delivery: the escrow goes to the worker; records the release.
QFuture<Result<HireStep<HireConfirmResult>, AppError>>
confirmHireTask(EngineSession &engine, HireClient *client, const QString &taskId);

} // namespace lw
