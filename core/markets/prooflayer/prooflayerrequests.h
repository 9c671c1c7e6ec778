// SPDX-License-Identifier: GPL-3.0-or-later
// What is sent to ProofLayer: request bodies and the local checks before a call. Pure
// functions: no network, no clock, no state. Answers are read by prooflayerjson.h.
#pragma once

#include "common/result.h"
#include "lightning/lnurl.h"
#include "markets/prooflayer/prooflayertypes.h"
#include "net/apperror.h"

#include <QByteArray>
#include <QJsonObject>
#include <QUrl>

#include <optional>

namespace lw {

// Request bodies (reference 003's field names) -----------------------------------------------

//! POST /api/workers: `{"display_name","lightning_address","type"}`.
QJsonObject proofLayerRegisterBody(const QString &displayName, const LightningAddress &address,
                                   const QString &type);
//! POST /api/tasks?budget_sats=N: `{"task_type","title","input","budget_sats","worker_type",
//! "trust_mode"}` from a draft that passed normalizeTaskDraft(). Empty input fields are left out.
QJsonObject proofLayerTaskBody(const ProofLayerTaskDraft &draft);
//! POST /api/tasks/{id}/claim: `{"worker_id"}`.
QJsonObject proofLayerClaimBody(const QString &workerId);
//! POST /api/tasks/{id}/submit: `{"worker_id","answer_json","confidence"[,"proof_url"]}`.
QJsonObject proofLayerSubmitBody(const QString &workerId, const ProofLayerSubmission &submission);

// Local checks (Kind::Invalid) -----------------------------------------------------------------

//! A display name (trimmed, 1 … 80 characters), a Lightning Address and a worker type.
Result<LightningAddress, AppError>
validateWorkerRegistration(const QString &displayName, const QString &address, const QString &type);
//! The draft checked and completed before anything is paid: task, worker type and trust mode
//! spelled as `vocabulary` spells them (defaults filled in), a trimmed title of 1 … 200
//! characters, a question or instructions, http(s) URLs, attachments of type image or link,
//! and a budget of whole sats above zero.
Result<ProofLayerTaskDraft, AppError> normalizeTaskDraft(const ProofLayerTaskDraft &draft,
                                                         const ProofLayerVocabulary &vocabulary);
//! The paid call as it will leave: the query's budget_sats, the body's budget_sats and the
//! agreed price are one and the same amount (the market requires the first two equal, and the
//! gate pays at most the third).
std::optional<AppError> checkTaskRequest(const QUrl &url, const QByteArray &body, MilliSats agreed);
//! An answer object, a confidence in [0, 1], a proof URL when the trust mode requires one.
std::optional<AppError> validateSubmission(const ProofLayerSubmission &submission,
                                           const QString &trustMode = {});

//! http:// or https:// with a host: the only links a task or a proof may carry.
bool isProofLayerWebUrl(const QString &text);

} // namespace lw
