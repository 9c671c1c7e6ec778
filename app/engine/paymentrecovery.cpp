// SPDX-License-Identifier: GPL-3.0-or-later
#include "paymentrecovery.h"

#include "enginesession.h"
#include "markets/tools/toolfollowups.h"
#include "toolrun.h"

#include <QCoreApplication>
#include <QPointer>
#include <QPromise>

namespace lw {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(PaymentRecovery)
};

using Outcome = Result<RecoveryReport, AppError>;

} // namespace

int RecoveryReport::count(RecoveryItem::Outcome outcome) const
{
    int n = 0;
    for (const RecoveryItem &i : items)
        n += i.outcome == outcome ? 1 : 0;
    return n;
}

struct PaymentRecovery::Run {
    RecoveryMode mode = RecoveryMode::FinishEverything;
    QList<JournalEntry> entries;
    qsizetype nextEntry = 0;
    QList<ToolFollowup> followups;
    qsizetype nextFollowup = 0;
    RecoveryReport report;
    QPromise<Outcome> promise;
};

PaymentRecovery::PaymentRecovery(EngineSession &engine, QObject *parent)
    : QObject(parent)
    , m_engine(engine)
{}

PaymentRecovery::~PaymentRecovery() = default;

QFuture<Outcome> PaymentRecovery::run(RecoveryMode mode)
{
    if (m_run)
        return m_run->promise.future();
    m_run = std::make_shared<Run>();
    m_run->mode = mode;
    m_run->promise.start();
    QFuture<Outcome> future = m_run->promise.future();
    auto open = m_engine.journal().unfinished();
    if (!open) {
        finish(lw::fail(open.error()));
        return future;
    }
    m_run->entries = *open;
    if (m_begunBefore > 0) {
        m_run->entries.removeIf(
            [this](const JournalEntry &e) { return e.createdAtMs >= m_begunBefore; });
    }
    if (m_run->entries.isEmpty()) {
        startFollowups();
        return future;
    }
    // The gate is made once for the run; an error here is the whole run's (as `resume` says).
    m_engine.gate().then(this, [this](const Result<PaymentGate *, AppError> &gate) {
        if (!gate) {
            finish(lw::fail(gate.error()));
            return;
        }
        nextEntry();
    });
    return future;
}

void PaymentRecovery::nextEntry()
{
    if (m_run->nextEntry >= m_run->entries.size()) {
        startFollowups();
        return;
    }
    const JournalEntry e = m_run->entries.at(m_run->nextEntry++);
    if (m_run->mode == RecoveryMode::NoNewPayments && !mayHaveLeftWallet(e.state)) {
        // Finishing it would ask the server again or pay: only the user starts that.
        listForUser(e, RecoveryItem::Outcome::NeedsUser);
        return;
    }
    if (e.accountId == 0) {
        resumeEntry(e);
        return;
    }
    // The account's token must be at hand for the gate's authorizer and claimer.
    m_engine.hireById(e.accountId).then(this, [this, e](const Result<HireClient *, AppError> &) {
        resumeEntry(e);
    });
}

void PaymentRecovery::resumeEntry(const JournalEntry &e)
{
    if (m_run->mode == RecoveryMode::NoNewPayments && e.state == PaymentState::Paying)
        lookUpFirst(e);
    else
        resumeWithGate(e);
}

void PaymentRecovery::resumeWithGate(const JournalEntry &e)
{
    m_engine.gate().then(this, [this, e](const Result<PaymentGate *, AppError> &gate) {
        if (!gate) {
            recordResumed(e, lw::fail(gate.error()));
            return;
        }
        (*gate)->resume(e).then(this, [this, e](const CallOutcome &r) {
            recordResumed(e, r ? Result<bool, AppError>(true) : lw::fail(r.error()));
        });
    });
}

void PaymentRecovery::lookUpFirst(const JournalEntry &e)
{
    // The gate answers "never sent" by asking the server again, which may pay: here the
    // wallet is asked first, and only an outcome that settles the entry goes to the gate.
    Wallet *wallet = m_engine.wallet();
    if (!wallet || !e.paymentHash) {
        resumeWithGate(e); // the gate says why it cannot, changing nothing
        return;
    }
    wallet->lookupPayment(*e.paymentHash).then(this, [this, e](const PaymentOutcome &found) {
        if (!found) {
            listForUser(e, RecoveryItem::Outcome::StillPending, found.error());
            return;
        }
        switch (found->state) {
        case OutgoingPayment::State::Succeeded:
        case OutgoingPayment::State::Failed:
            resumeWithGate(e); // settles it: Done with the checked preimage, or Failed
            return;
        case OutgoingPayment::State::Pending:
            listForUser(e, RecoveryItem::Outcome::StillPending);
            return;
        case OutgoingPayment::State::NotFound:
            listForUser(e, RecoveryItem::Outcome::NeedsUser);
            return;
        }
        listForUser(e, RecoveryItem::Outcome::StillPending);
    });
}

void PaymentRecovery::recordResumed(const JournalEntry &e, const Result<bool, AppError> &resumed)
{
    RecoveryItem item;
    item.source = RecoveryItem::Source::Journal;
    auto after = m_engine.journal().entry(e.id);
    item.entry = after ? *after : e;
    const bool open = !after || !isFinal(after->state);
    if (!resumed) {
        item.error = resumed.error();
        m_run->report.anyError = true;
    }
    m_run->report.stillOpen = m_run->report.stillOpen || open;
    if (!open)
        item.outcome = resumed ? RecoveryItem::Outcome::Finished : RecoveryItem::Outcome::Error;
    else if (mayHaveLeftWallet(item.entry.state))
        item.outcome = RecoveryItem::Outcome::StillPending;
    else
        item.outcome = resumed ? RecoveryItem::Outcome::NeedsUser : RecoveryItem::Outcome::Error;
    m_run->report.items.append(item);
    nextEntry();
}

void PaymentRecovery::listForUser(const JournalEntry &e, RecoveryItem::Outcome outcome,
                                  std::optional<AppError> error)
{
    RecoveryItem item;
    item.source = RecoveryItem::Source::Journal;
    item.outcome = outcome;
    item.entry = e;
    item.error = std::move(error);
    m_run->report.stillOpen = true;
    m_run->report.items.append(item);
    nextEntry();
}

void PaymentRecovery::startFollowups()
{
    auto open = m_engine.toolFollowups().open();
    if (!open) {
        RecoveryItem item;
        item.source = RecoveryItem::Source::ToolFollowup;
        item.outcome = RecoveryItem::Outcome::Error;
        item.error = open.error();
        m_run->report.items.append(item);
        m_run->report.stillOpen = true;
        m_run->report.anyError = true;
        finish(m_run->report);
        return;
    }
    m_run->followups = *open;
    if (m_begunBefore > 0) {
        m_run->followups.removeIf([this](const ToolFollowup &f) {
            const auto call = m_engine.journal().entry(f.journalId);
            return call && call->createdAtMs >= m_begunBefore;
        });
    }
    nextFollowup();
}

void PaymentRecovery::nextFollowup()
{
    if (m_run->nextFollowup >= m_run->followups.size()) {
        finish(m_run->report);
        return;
    }
    const ToolFollowup f = m_run->followups.at(m_run->nextFollowup++);
    RecoveryItem item;
    item.source = RecoveryItem::Source::ToolFollowup;
    item.toolCall = f.journalId;
    item.service = f.slug;
    m_engine.toolsById(f.accountId)
        .then(this, [this, f, item](const Result<ToolsClient *, AppError> &client) {
            if (!client) {
                endFollowup(item, client.error());
                return;
            }
            if (f.state == ToolFollowup::State::Following) {
                Q_EMIT progress(Text::tr("Following job %1 of %2 (journal entry %3).")
                                    .arg(f.job.id, f.slug)
                                    .arg(f.journalId));
                followJob(*client, f, item);
                return;
            }
            claimRefund(*client, f, item);
        });
}

void PaymentRecovery::followJob(ToolsClient *client, ToolFollowup f, RecoveryItem item)
{
    QPointer<ToolsClient> guard(client);
    client->resumeJob(f).then(
        this, [this, guard, f, item](const ToolsResult<ToolCallResult> &r) mutable {
            if (!r) {
                endFollowup(item, r.error());
                return;
            }
            item.job = *r;
            if (r->kind == ToolCallResult::Kind::Failed && r->failure.refund)
                f.refund = *r->failure.refund;
            if (!guard) {
                endFollowup(item, AppError::make(AppError::Kind::Cancelled,
                                                 Text::tr("The profile changed; the refund is "
                                                          "claimed on the next start.")));
                return;
            }
            claimRefund(guard, f, item);
        });
}

void PaymentRecovery::claimRefund(ToolsClient *client, const ToolFollowup &f, RecoveryItem item)
{
    if (f.refund.lnurlWithdraw.isEmpty() || f.refund.amount.isZero()) {
        endFollowup(item);
        return;
    }
    QPointer<ToolsClient> guard(client);
    m_engine.requireWallet().then(this, [this, guard, f,
                                         item](const Result<Wallet *, AppError> &wallet) {
        if (!wallet || !guard) {
            endFollowup(item, wallet ? AppError::make(AppError::Kind::Cancelled,
                                                      Text::tr("The profile changed; the refund "
                                                               "is claimed on the next start."))
                                     : wallet.error());
            return;
        }
        guard->claimRefund(f.refund.lnurlWithdraw, f.refund.amount, *wallet)
            .then(this, [this, f, item](const RefundClaimResult &claimed) mutable {
                if (!claimed) {
                    endFollowup(item, claimed.error());
                    return;
                }
                item.refund = *claimed;
                if (auto written = recordToolRefund(m_engine.database(), *claimed, f.accountId);
                    !written)
                    Q_EMIT progress(Text::tr("The ledger could not be updated: %1")
                                        .arg(written.error().describe()));
                (void)markToolRefundClaimed(m_engine.toolFollowups(), f.journalId, *claimed);
                endFollowup(item);
            });
    });
}

void PaymentRecovery::endFollowup(RecoveryItem item, std::optional<AppError> error)
{
    if (error) {
        item.error = std::move(error);
        item.outcome = RecoveryItem::Outcome::Error;
        m_run->report.anyError = true;
        m_run->report.stillOpen = true;
    } else {
        auto after = m_engine.toolFollowups().find(item.toolCall);
        const bool known = after && *after;
        item.toolState = known ? toolFollowupStateName((*after)->state) : QStringLiteral("unknown");
        const bool open = known
                          && ((*after)->state == ToolFollowup::State::Following
                              || (*after)->state == ToolFollowup::State::RefundPending);
        item.outcome = open ? RecoveryItem::Outcome::StillPending : RecoveryItem::Outcome::Finished;
    }
    m_run->report.items.append(item);
    nextFollowup();
}

void PaymentRecovery::finish(const Outcome &outcome)
{
    std::shared_ptr<Run> run = std::move(m_run);
    run->promise.addResult(outcome);
    run->promise.finish();
}

} // namespace lw
