// SPDX-License-Identifier: GPL-3.0-or-later
// ProofLayer's answers as values. Pure functions: no network, no clock, no state. What is sent
// is in prooflayerrequests.h.
//
// Reading rules (the server is untrusted):
// - A required field that is absent, null, of the wrong type or out of range is an
//   AppError{BadResponse} naming the field ("task.payout.amount_sats"); nothing throws.
// - An optional field that is absent or null takes its default; present but of the wrong type
//   is the same error (the API changed, or lies).
// - Amounts are JSON integers of whole sats within 21 million BTC, never strings or fractions.
// - Ids are strings or integers of [A-Za-z0-9_-] only: they go into URL paths.
// - Free text (titles, questions, names, reasons) is cut at its cap; statuses, types and
//   timestamps past theirs are errors, because a cut one would be another one.
// - Lists: a bad item is skipped and counted, never fatal to the list.
// - Answers come in the envelopes the sandbox uses ({"task":…}, {"worker":…}); a bare object
//   is read the same, so a server that leaves the envelope out still works.
#pragma once

#include "common/result.h"
#include "markets/prooflayer/prooflayertypes.h"
#include "net/apperror.h"

#include <QJsonObject>
#include <QStringView>

namespace lw {

//! POST /api/workers, GET /api/workers/{id}: `{"worker":{…}}`.
Result<ProofLayerWorker, AppError> parseProofLayerWorker(const QJsonObject &o);
//! GET /api/tasks/{id}, POST …/claim, POST …/submit: `{"task":{…}}`.
Result<ProofLayerTask, AppError> parseProofLayerTask(const QJsonObject &o);
//! GET /api/workers/feed: `{"tasks":[…]}`.
Result<ProofLayerList<ProofLayerTask>, AppError> parseProofLayerFeed(const QJsonObject &o);
//! POST /api/tasks (after payment): `{"task_id","status"[,"task"]}`.
Result<ProofLayerCreated, AppError> parseProofLayerCreated(const QJsonObject &o);
//! POST /api/tasks/{id}/release: `{"task_id","status","payout"}`.
Result<ProofLayerRelease, AppError> parseProofLayerRelease(const QJsonObject &o);
//! GET /api/workers/{id}/payouts: `{"worker_id","payouts":[…],"total_earned_sats"}`. Payouts of
//! another worker are skipped.
Result<ProofLayerPayouts, AppError> parseProofLayerPayouts(const QJsonObject &o);
//! GET /api/agent-contract.
Result<ProofLayerContract, AppError> parseProofLayerContract(const QJsonObject &o);

ProofLayerTaskStatus proofLayerTaskStatusFromText(QStringView text);
ProofLayerPayoutStatus proofLayerPayoutStatusFromText(QStringView text);

} // namespace lw
