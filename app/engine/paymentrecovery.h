// SPDX-License-Identifier: GPL-3.0-or-later
// Finishing what an interrupted process left open: journal entries (looked up by hash, paid
// credentials sent, paid top-ups claimed) and paid tool calls (jobs followed, refunds claimed).
// `lightwork-cli resume` and the app's start both go through here.
#pragma once

#include "common/result.h"
#include "markets/tools/refundclaimer.h"
#include "markets/tools/toolsclient.h"
#include "net/apperror.h"
#include "pay/paymentjournal.h"

#include <QFuture>
#include <QList>
#include <QObject>

#include <memory>
#include <optional>

namespace lw {

class EngineSession;

//! What recovery did with one open journal entry or tool follow-up.
struct RecoveryItem {
    enum class Source { Journal, ToolFollowup };
    enum class Outcome {
        Finished,     //!< nothing left to do (done, or ended for good)
        StillPending, //!< sats may have left: looked up again later, never paid again
        NeedsUser,    //!< nothing left the wallet; finishing it would pay: only on a click
        Error,        //!< a step failed; the entry keeps its state
    };
    Source source = Source::Journal;
    Outcome outcome = Outcome::Finished;
    //! Journal: the entry as it is now (as it was when it cannot be read again).
    JournalEntry entry;
    // Tool follow-ups (toolCall 0 with an error: the follow-ups could not be read).
    qint64 toolCall = 0;
    QString service;
    std::optional<ToolCallResult> job;
    std::optional<RefundClaim> refund;
    QString toolState; //!< the follow-up's state name afterwards; empty after an error
    std::optional<AppError> error;
};

struct RecoveryReport {
    QList<RecoveryItem> items;
    //! An entry is not final afterwards, or a follow-up step failed (the CLI's exit 3).
    bool stillOpen = false;
    bool anyError = false;

    int count(RecoveryItem::Outcome outcome) const;
};

enum class RecoveryMode {
    //! `lightwork-cli resume`: every entry as PaymentGate::resume finishes it, the user's own
    //! invoices and fresh challenges included (the user asked for it by running the command).
    FinishEverything,
    //! The app's start: only steps that cannot spend. Entries that never left the wallet, and
    //! those the wallet says it never sent, are listed as NeedsUser and left untouched.
    NoNewPayments,
};

//! One run over the journal's unfinished entries and the open tool follow-ups, one at a time,
//! through the engine's gate and clients. A run continues on this object's thread; delete it
//! to drop a run (its future is then cancelled).
class PaymentRecovery : public QObject {
    Q_OBJECT

public:
    explicit PaymentRecovery(EngineSession &engine, QObject *parent = nullptr);
    ~PaymentRecovery() override;

    //! Errors: the journal cannot be read, or no gate can be made for it.
    QFuture<Result<RecoveryReport, AppError>> run(RecoveryMode mode);
    //! Only what was begun before `ms` (ms since the epoch): an earlier process's. What this
    //! process began is still in its own hands (a payment in flight across a profile switch).
    void setBegunBefore(qint64 ms) { m_begunBefore = ms; }

Q_SIGNALS:
    //! A step worth telling someone watching (translated, no secrets).
    void progress(const QString &line);

private:
    struct Run;

    void nextEntry();
    void resumeEntry(const JournalEntry &entry);
    void resumeWithGate(const JournalEntry &entry);
    void lookUpFirst(const JournalEntry &entry);
    void recordResumed(const JournalEntry &entry, const Result<bool, AppError> &resumed);
    void listForUser(const JournalEntry &entry, RecoveryItem::Outcome outcome,
                     std::optional<AppError> error = std::nullopt);
    void startFollowups();
    void nextFollowup();
    void followJob(ToolsClient *client, ToolFollowup followup, RecoveryItem item);
    void claimRefund(ToolsClient *client, const ToolFollowup &followup, RecoveryItem item);
    void endFollowup(RecoveryItem item, std::optional<AppError> error = std::nullopt);
    void finish(const Result<RecoveryReport, AppError> &outcome);

    EngineSession &m_engine;
    std::shared_ptr<Run> m_run;
    qint64 m_begunBefore = 0; //!< 0: everything
};

} // namespace lw
