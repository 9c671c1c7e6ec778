// SPDX-License-Identifier: GPL-3.0-or-later
// A sats4ai-style L402 tool market over the engine (research/market.md §1.2): free discovery
// through HttpClient, paid calls through the PaymentGate (journaled, the invoice bounded by the
// agreed price, the identical body re-sent with the credential), jobs followed to the end,
// push-backs answered, refunds claimed into the user's wallet by LNURL-withdraw.
#pragma once

#include "markets/tools/refundclaimer.h"
#include "markets/tools/toolfollowups.h"
#include "markets/tools/toolstypes.h"
#include "net/httpclient.h"
#include "pay/paymentgate.h"

#include <QFuture>
#include <QHash>
#include <QObject>
#include <QUrl>

#include <optional>

namespace lw {

template <typename T>
using ToolsResult = Result<T, AppError>;

//! How a paid call ended. Failures after the market took the payment are values (with the
//! refund, when one came); errors are for everything else (refused before paying, a network
//! error, an unreadable answer).
struct ToolCallResult {
    enum class Kind {
        Finished, //!< `output` holds the result
        PushBack, //!< answer `pushBack` with confirm(); already paid
        Failed,   //!< `failure`, with `failure.refund` to claim
    };
    Kind kind = Kind::Finished;
    ToolOutput output;
    ToolPushBack pushBack;
    ToolFailure failure;
    QString slug;  //!< the tool called
    QString jobId; //!< the job followed, if there was one
    int polls = 0;
    qint64 journalId = 0;                   //!< 0 for a confirmation (nothing paid)
    std::optional<OutgoingPayment> payment; //!< set when sats left the wallet for this call
};

//! Polling bounds: the server's poll_interval_ms is kept within them.
struct ToolsPollLimits {
    int minIntervalMs = 1'000;
    int maxIntervalMs = 30'000;
    int defaultIntervalMs = 2'000; //!< when the server does not say
    int maxPolls = 720;            //!< about an hour at the default interval
    int maxErrorsInARow = 3;       //!< failed polls before giving up on following the job
};

class ToolsClient : public QObject {
    Q_OBJECT

public:
    ToolsClient(HttpClient *http, PaymentGate *gate, QUrl baseUrl, qint64 accountId,
                QObject *parent = nullptr);

    QUrl baseUrl() const { return m_base; }
    qint64 accountId() const { return m_accountId; }
    void setPollLimits(const ToolsPollLimits &limits) { m_limits = limits; }
    //! Where paid calls' jobs and refunds are kept until finished (none: not kept).
    void setFollowups(ToolFollowups *followups) { m_followups = followups; }

    // Discovery (free) ------------------------------------------------------------------
    QFuture<ToolsResult<ToolsManifest>> manifest();
    //! Prices per slug from the manifest's model list.
    QFuture<ToolsResult<QHash<QString, ToolPrice>>> prices(const ToolsManifest &manifest);
    QFuture<ToolsResult<ToolSchema>> schema(const ToolService &service);
    QFuture<ToolsResult<ToolEstimate>> estimate(const ToolsManifest &manifest,
                                                const ToolService &service);

    // Paid ------------------------------------------------------------------------------
    //! POSTs `body` to the tool. An invoice above `agreed` is refused before paying; the body
    //! bytes are kept by the gate, so the paid retry is byte-identical. A job is followed to
    //! its end (jobProgress on each poll).
    QFuture<ToolsResult<ToolCallResult>> call(const ToolService &service, const QJsonObject &body,
                                              MilliSats agreed);
    //! Answers a push-back: `{"action":"confirm","session_id","answers"}`, free (a 402 here is
    //! reported, never paid), then follows the call it starts.
    QFuture<ToolsResult<ToolCallResult>>
    confirm(const ToolService &service, const QString &sessionId, const QJsonObject &answers);
    //! Follows a paid call's job that an earlier process left running (from ToolFollowups).
    QFuture<ToolsResult<ToolCallResult>> resumeJob(const ToolFollowup &followup);
    //! Claims a refund link into `wallet` with an invoice of exactly `amount` (the whole offer
    //! when not given).
    QFuture<RefundClaimResult> claimRefund(const QString &lnurlWithdraw,
                                           std::optional<MilliSats> amount, PaymentBackend *wallet,
                                           const RefundClaimer::Wait &wait = {});

Q_SIGNALS:
    void jobProgress(const QString &jobId, int poll, const QString &status);

private:
    QFuture<ToolsResult<ToolCallResult>> settle(ToolCallResult result,
                                                const HttpResponse &response);
    QFuture<ToolsResult<ToolCallResult>> follow(ToolCallResult result, ToolJob job,
                                                int errorsInARow);
    int intervalFor(int askedMs) const;
    //! Keeps what a paid call still owes (a running job, a refund), or notes it settled.
    ToolsResult<ToolCallResult> recorded(const ToolsResult<ToolCallResult> &result);

    HttpClient *m_http;
    PaymentGate *m_gate;
    QUrl m_base;
    qint64 m_accountId;
    ToolsPollLimits m_limits;
    ToolFollowups *m_followups = nullptr;
};

} // namespace lw
