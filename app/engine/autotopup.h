// SPDX-License-Identifier: GPL-3.0-or-later
// Topping a 402ai balance up from the wallet when it is read below the user's threshold. The
// rule is pure (decide() reads only the journal it is given); run() acts through the engine's
// payment gate, so the top-up is journaled first and confirmed by the user's rules.
#pragma once

#include "common/result.h"
#include "lightning/millisats.h"
#include "net/apperror.h"
#include "pay/paymentjournal.h"

#include <QFuture>
#include <QList>
#include <QString>

namespace lw {

class EngineSession;
class HireClient;

//! What the user set (Settings → Auto top-up). Off unless turned on.
struct AutoTopUpRules {
    bool enabled = false;
    MilliSats threshold;
    MilliSats amount;
    MilliSats dailyCap;
    //! After a failed top-up the account is left alone this long.
    qint64 backoffMs = 30 * 60 * 1000;
};

//! Whether one account is topped up now, and why not.
struct AutoTopUpDecision {
    enum class Verdict {
        TopUp,          //!< pay `amount` now
        Off,            //!< the rules are off (or incomplete)
        AboveThreshold, //!< the balance is at or above the threshold
        DailyCap,       //!< today's auto top-ups plus this one would pass the cap
        Unsettled,      //!< another top-up of the account is not settled
        BackingOff,     //!< the account's last top-up failed a short while ago
    };
    Verdict verdict = Verdict::Off;
    MilliSats amount;
    MilliSats spentToday; //!< today's auto top-ups of the accounts under the cap
};

//! What run() did.
struct AutoTopUpResult {
    AutoTopUpDecision decision;
    MilliSats balanceBefore;
    qint64 journalId = 0; //!< the top-up's entry when one was paid
    QString ledgerProblem;
};

class AutoTopUp {
public:
    //! The journal's action for automatic top-ups (the ledger reads it as a top-up).
    static QString action();

    //! The rule. `capAccounts` are the accounts whose auto top-ups share the daily cap (the
    //! profile's 402ai accounts); `startOfDayMs` is local midnight today.
    static Result<AutoTopUpDecision, AppError>
    decide(const PaymentJournal &journal, qint64 accountId, const QList<qint64> &capAccounts,
           MilliSats balance, const AutoTopUpRules &rules, qint64 nowMs, qint64 startOfDayMs);

    //! Reads the account's balance and, when decide() says so, tops it up through the gate
    //! (the confirmer asks above the profile's threshold) and writes the ledger rows. A payment
    //! that may have happened is reported as the gate reports it, never as failed.
    static QFuture<Result<AutoTopUpResult, AppError>> run(EngineSession &engine, qint64 accountId,
                                                          const AutoTopUpRules &rules);

    //! Local midnight of the day `nowMs` falls on.
    static qint64 startOfDay(qint64 nowMs);

private:
    static QFuture<Result<AutoTopUpResult, AppError>>
    payTopUp(EngineSession &engine, HireClient *client, AutoTopUpResult result);
    //! Answers why a row could not be written (empty when all were, or existed).
    static QString recordLedger(EngineSession &engine, qint64 accountId, qint64 journalId,
                                MilliSats amount, const QString &paymentHash);
};

} // namespace lw
