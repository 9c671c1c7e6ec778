// SPDX-License-Identifier: GPL-3.0-or-later
// A ProofLayer worker's steps, shared by `lightwork-cli prooflayer` and the ProofLayer screen:
// checking a payout address, registering (the worker id kept as the account's remote id),
// reading an answer typed as JSON, and submitting a result for a task the worker claimed.
#pragma once

#include "accounts/accountstore.h"
#include "common/result.h"
#include "lightning/lnurlresponse.h"
#include "markets/prooflayer/prooflayertypes.h"
#include "net/apperror.h"
#include "net/httpclient.h"

#include <QFuture>
#include <QJsonObject>
#include <QObject>
#include <QString>

namespace lw {

class ProofLayerClient;

//! The worker this account registered (its remote id); Invalid when it has not registered.
Result<QString, AppError> proofLayerWorkerId(const AccountStore &store, qint64 accountId);

//! Reads the Lightning Address's LNURL-pay answer, so the payee, its minimum and maximum can
//! be shown before registering. Invalid when it is not name@domain, the transport's errors,
//! Refused or BadResponse when the address's service does not answer a payRequest.
QFuture<Result<LnurlPayRequest, AppError>> checkProofLayerPayee(HttpClient *http, QObject *context,
                                                                const QString &lightningAddress);

//! What registerProofLayerWorker() checks before sending anything: the account is not
//! registered yet, and the name, address and type are acceptable (Invalid otherwise).
Result<bool, AppError> checkProofLayerRegistration(const AccountStore &store, qint64 accountId,
                                                   const QString &displayName,
                                                   const QString &lightningAddress,
                                                   const QString &type);

//! Registers the account's worker (the client checks the address can be paid first) and keeps
//! the worker id in the account store. Refused locally (nothing sent) when the account is
//! registered already or the name, address or type is not acceptable.
QFuture<Result<ProofLayerWorker, AppError>>
registerProofLayerWorker(AccountStore &store, ProofLayerClient *client, const QString &displayName,
                         const QString &lightningAddress, const QString &type);

//! Where a JSON text stops being JSON, for people.
struct ProofLayerAnswerError {
    QString message; //!< translated, with the line and column
    int line = 0;    //!< 1-based
    int column = 0;  //!< 1-based
};

//! An answer typed as JSON: an object, or where and why it is not one.
Result<QJsonObject, ProofLayerAnswerError> parseProofLayerAnswer(const QString &text);

//! Submits `submission` for a task the worker claimed: the task is read first, so that a task
//! claimed by someone else is refused (Conflict) and a proof URL its trust mode requires is
//! checked before the submission leaves.
QFuture<Result<ProofLayerTask, AppError>>
submitProofLayerResult(ProofLayerClient *client, const QString &taskId, const QString &workerId,
                       const ProofLayerSubmission &submission);

} // namespace lw
