// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/httpclient.h"
#include "pay/paymentbackend.h"
#include "pay/paymentclaims.h"
#include "pay/paymentjournal.h"
#include "pay/spendingpolicy.h"

#include <QFuture>
#include <QObject>

#include <functional>
#include <optional>

namespace lw {

//! What the user is asked before a payment above their threshold.
struct PaymentPrompt {
    QString action;
    QString host;
    MilliSats amount;
    MilliSats maxFee;
    QString description; //!< the invoice's own, untrusted
    QString invoice;
};

//! An HTTP call that may cost money: the price agreed for it bounds any invoice it meets.
struct PaidCall {
    QString action;
    qint64 accountId = 0;
    HttpRequest request; //!< without account credentials: the authorizer adds them
    MilliSats agreed;    //!< zero: the call must not be paid by Lightning
};

struct PaidCallResult {
    HttpResponse response;
    qint64 journalId = 0;
    std::optional<OutgoingPayment> payment; //!< set when sats left the wallet for this call
    QString note;                           //!< e.g. "the server had already accepted this payment"
};

using CallOutcome = Result<PaidCallResult, AppError>;
using ClaimOutcome = Result<QString, AppError>;

//! Every paid action goes through here: the first request; on a 402 the challenge is parsed
//! and checked (decidePayment), paid once (asking the user above the threshold), the
//! preimage verified, and the identical request sent once more with the credential. Each
//! step is journaled before the next network step, so resume() can finish anything a crash
//! interrupted without paying twice. An HTTP answer other than a 402 is returned as a value
//! whatever its status (the journal says failed for a non-2xx), so a market client can read
//! what a failure carries; errors are for what has no such answer.
class PaymentGate : public QObject {
    Q_OBJECT

public:
    using Authorizer = std::function<void(qint64 accountId, HttpRequest &request)>;
    using Confirmer = std::function<QFuture<bool>(const PaymentPrompt &prompt)>;
    //! Sends a top-up claim for a paid top-up entry; returns a summary for the journal.
    using Claimer =
        std::function<QFuture<ClaimOutcome>(const JournalEntry &entry, const Preimage &preimage)>;

    //! `wallet` may be null: calls paid from a market balance still go through the journal,
    //! and anything that needs a payment is refused.
    PaymentGate(HttpClient *http, PaymentJournal *journal, PaymentBackend *wallet,
                SpendingLimits limits, QObject *parent = nullptr);

    void setAuthorizer(Authorizer authorizer) { m_authorize = std::move(authorizer); }
    void setConfirmer(Confirmer confirmer) { m_confirm = std::move(confirmer); }
    void setClaimer(Claimer claimer) { m_claim = std::move(claimer); }
    const SpendingLimits &limits() const { return m_limits; }
    //! New caps for the payments decided from now on (one already being paid keeps its own).
    void setLimits(const SpendingLimits &limits) { m_limits = limits; }
    //! How long the wallet may take before a payment is left Pending (looked up on resume).
    void setPayTimeout(std::chrono::milliseconds timeout) { m_payTimeout = timeout; }
    //! Claims each hash for `walletLabel` before the wallet is asked to pay it, so no other
    //! backend (a QR code on the phone) pays it too; a hash another wallet holds is not paid.
    //! Null (the default) pays without claims.
    void setClaims(PaymentClaims *claims, QString walletLabel)
    {
        m_claims = claims;
        m_claimLabel = std::move(walletLabel);
    }

    QFuture<CallOutcome> call(const PaidCall &call);
    //! Pays an invoice that is the whole action (`pay`, top-ups): journaled the same way.
    //! For Topup entries the claimer runs after the payment.
    QFuture<CallOutcome> payInvoice(JournalEntry::Kind kind, const QString &action,
                                    qint64 accountId, const QString &invoice, MilliSats agreed,
                                    const QUrl &origin);
    //! Finishes one unfinished entry (see docs/architecture.md, "Payment journal").
    QFuture<CallOutcome> resume(const JournalEntry &entry);

    //! How many of the calls above have not finished: while any has, the gate, its wallet and
    //! whatever its callbacks use must stay alive, or an outcome is lost half way.
    int running() const { return m_running; }

Q_SIGNALS:
    //! The last running call finished (emitted from inside it: delete the gate later, not here).
    void idle();

private:
    QFuture<CallOutcome> startCall(const PaidCall &call);
    QFuture<CallOutcome> startPayInvoice(JournalEntry::Kind kind, const QString &action,
                                         qint64 accountId, const QString &invoice, MilliSats agreed,
                                         const QUrl &origin);
    QFuture<CallOutcome> startResume(const JournalEntry &entry);
    //! Counts `future` in running() until it ends, however it ends.
    QFuture<CallOutcome> track(QFuture<CallOutcome> future);
    QFuture<CallOutcome> sendFirst(const JournalEntry &entry);
    QFuture<CallOutcome> onChallenge(const JournalEntry &entry, const HttpResponse &response);
    QFuture<CallOutcome> checkAndPay(JournalEntry entry, const Bolt11Invoice &invoice,
                                     const QList<ExpectedHash> &expected, const QString &scheme,
                                     const QByteArray &token, const QByteArray &challenge);
    QFuture<CallOutcome> pay(const JournalEntry &entry);
    QFuture<CallOutcome> onPayment(const JournalEntry &entry, const PaymentOutcome &outcome,
                                   bool fromLookup);
    QFuture<CallOutcome> afterPaid(const JournalEntry &entry, const OutgoingPayment &payment);
    QFuture<CallOutcome> sendCredential(const JournalEntry &entry, const OutgoingPayment &payment,
                                        int attempt, bool lastUnknown);
    HttpRequest rebuild(const JournalEntry &entry) const;
    CallOutcome failEntry(qint64 id, const AppError &error);
    //! Ends this wallet's claim after an outcome that proves nothing was sent.
    void releaseClaim(const JournalEntry &entry, OutgoingPayment::State outcome);

    HttpClient *m_http;
    PaymentJournal *m_journal;
    PaymentBackend *m_wallet;
    SpendingLimits m_limits;
    std::chrono::milliseconds m_payTimeout = PaymentBackend::defaultPayTimeout;
    Authorizer m_authorize;
    Confirmer m_confirm;
    Claimer m_claim;
    PaymentClaims *m_claims = nullptr;
    QString m_claimLabel;
    int m_running = 0;
};

} // namespace lw
