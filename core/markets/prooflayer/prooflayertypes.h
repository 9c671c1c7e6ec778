// SPDX-License-Identifier: GPL-3.0-or-later
// What the ProofLayer agent market answers and what is sent to it, as plain values (reference
// 003, research/market.md §1.3). Everything read from the server is untrusted: text is for
// plain-text rendering only; ids and amounts were checked by prooflayerjson.h.
#pragma once

#include "lightning/millisats.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace lw {

//! Bounds on what a server may make us keep (the HTTP body cap bounds memory per answer).
inline constexpr qsizetype maxProofLayerIdChars = 128;       //!< UUIDs are 36
inline constexpr qsizetype maxProofLayerTitleChars = 1000;   //!< longer titles are truncated
inline constexpr qsizetype maxProofLayerTextChars = 100'000; //!< questions, context, reasons
inline constexpr qsizetype maxProofLayerLineChars = 2048;    //!< names, addresses, URLs
inline constexpr qsizetype maxProofLayerWordChars = 64;      //!< statuses, types, timestamps
inline constexpr qsizetype maxProofLayerListItems = 10'000;

//! What we send at most: the sandbox's limits, which the real market is not known to exceed.
inline constexpr qsizetype maxProofLayerTaskTitleChars = 200;
inline constexpr qsizetype maxProofLayerDisplayNameChars = 80;

//! A task's state: pay → open → claimed → submitted → completed. A newer server may add
//! states: they map to Unknown and keep their text.
enum class ProofLayerTaskStatus { Unknown, Open, Claimed, Submitted, Completed };
enum class ProofLayerPayoutStatus { Unknown, Pending, Paid, Failed };

//! A list after its bad items were left out: one hostile task must not blank the feed.
template <typename T>
struct ProofLayerList {
    QList<T> items;
    int skipped = 0;      //!< items that were not objects or did not parse
    int dropped = 0;      //!< items past maxProofLayerListItems, not looked at
    QString firstProblem; //!< why the first skipped item was left out
};

struct ProofLayerAttachment {
    QString type; //!< "image" or "link"
    QString url;
    QString label;
};

//! The recommended input schema: question, context, instructions, url?, image_url?,
//! attachments[{type, url, label?}].
struct ProofLayerTaskInput {
    QString question;
    QString context;
    QString instructions;
    QString url;
    QString imageUrl;
    QList<ProofLayerAttachment> attachments;
};

//! A worker: the identity that claims, submits and is paid at its Lightning Address.
struct ProofLayerWorker {
    QString id;
    QString displayName;
    QString lightningAddress; //!< where payouts go
    QString type;             //!< "human" or "agent"
    qint64 completedJobs = 0;
    //! Opaque: the scale is not documented (the UI shows "5.1/10", the bonus starts above 10).
    std::optional<double> reputationScore;
    QString tier;             //!< the server's own name for the score, shown as is
    QString payoutMultiplier; //!< as sent ("1.1"); text, never used in arithmetic
    QString createdAt;
};

//! What a worker submitted.
struct ProofLayerResult {
    QJsonObject answer; //!< answer_json, any object; untrusted
    std::optional<double> confidence;
    QString proofUrl;
    QString submittedAt;
};

//! A payout to a worker's Lightning Address.
struct ProofLayerPayout {
    QString id;
    QString taskId;
    QString workerId;
    MilliSats amount;                  //!< amount_sats: what the worker is paid
    std::optional<MilliSats> platform; //!< platform_sats: the market's share
    QString multiplier;
    ProofLayerPayoutStatus status = ProofLayerPayoutStatus::Unknown;
    QString statusText;
    QString lightningAddress;
    QString paymentHash; //!< hex as sent; empty until paid
    QString reason;      //!< why it failed, untrusted
    QString createdAt;
    QString updatedAt;
};

struct ProofLayerTask {
    QString id;
    QString taskType;
    QString title;
    ProofLayerTaskInput input;
    MilliSats budget;
    QString workerType;
    QString trustMode;
    ProofLayerTaskStatus status = ProofLayerTaskStatus::Unknown;
    QString statusText;
    QString workerId; //!< empty until claimed
    QString createdAt;
    QString updatedAt;
    QString claimedAt;
    QString completedAt;
    std::optional<ProofLayerWorker> worker;
    std::optional<ProofLayerResult> result;
    std::optional<ProofLayerPayout> payout;
};

//! POST /api/tasks: `{task_id, status}` (Devpost), the sandbox adds the task itself.
struct ProofLayerCreated {
    QString taskId;
    ProofLayerTaskStatus status = ProofLayerTaskStatus::Unknown;
    QString statusText;
    std::optional<ProofLayerTask> task;
};

//! POST /api/tasks/{id}/release: `{task_id, status, payout}`.
struct ProofLayerRelease {
    QString taskId;
    ProofLayerTaskStatus status = ProofLayerTaskStatus::Unknown;
    QString statusText;
    std::optional<ProofLayerPayout> payout;
};

//! GET /api/workers/{id}/payouts: `{worker_id, payouts, total_earned_sats}`.
struct ProofLayerPayouts {
    QString workerId;
    ProofLayerList<ProofLayerPayout> payouts;
    std::optional<MilliSats> totalEarned;
};

//! GET /api/agent-contract (and /.well-known/prooflayer-agent.json): the server's own words
//! for task types, worker types and trust modes.
struct ProofLayerContract {
    QString name;
    QStringList taskTypes;
    QStringList workerTypes;
    QStringList trustModes;
    std::optional<qint64> workerSharePercent;
};

// What is sent ------------------------------------------------------------------------------

//! GET /api/workers/feed filters (reference 003 and the sandbox: task_type, worker_type,
//! budget_min). Empty or absent: no filter.
struct ProofLayerFeedFilter {
    QString taskType;
    QString workerType;
    std::optional<MilliSats> minBudget;
};

//! The spellings a task may use. known() is reference 003's list in the sandbox's spelling;
//! a server's contract, when it has one, is the authority.
struct ProofLayerVocabulary {
    QStringList taskTypes;
    QStringList workerTypes;
    QStringList trustModes;

    static ProofLayerVocabulary known();
    //! The contract's lists, each falling back to known()'s when the contract has none.
    static ProofLayerVocabulary from(const ProofLayerContract &contract);
    //! The server's spelling of `word` in `list`, ignoring case and '-' versus '_' (reference
    //! 003 writes "agent-to-agent", the sandbox "agent_to_agent"); empty when it is not there.
    static QString match(const QStringList &list, const QString &word);
};

//! A task to post. Empty workerType and trustMode take the reference's defaults: "human", and
//! "proof_required" for verify, judge and recover, "result_only" otherwise.
struct ProofLayerTaskDraft {
    QString taskType;
    QString title;
    ProofLayerTaskInput input;
    MilliSats budget; //!< whole sats; the price agreed for the call, exactly
    QString workerType;
    QString trustMode;
};

//! A worker's answer to a claimed task.
struct ProofLayerSubmission {
    QJsonObject answer;    //!< answer_json
    double confidence = 0; //!< 0 … 1
    QString proofUrl;      //!< required by proof_required tasks
};

} // namespace lw
