// SPDX-License-Identifier: GPL-3.0-or-later
#include "prooflayerflow.h"

#include "lightning/lnurl.h"
#include "markets/prooflayer/prooflayerclient.h"
#include "markets/prooflayer/prooflayerrequests.h"
#include "net/lnurlfetch.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>

namespace lw {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(ProofLayerFlow)
};

template <typename T>
QFuture<Result<T, AppError>> refused(const AppError &error)
{
    return QtFuture::makeReadyFuture(Result<T, AppError>(lw::fail(error)));
}

} // namespace

Result<QString, AppError> proofLayerWorkerId(const AccountStore &store, qint64 accountId)
{
    auto account = store.accountById(accountId);
    if (!account)
        return lw::fail(account.error());
    if (account->remoteId.isEmpty())
        return lw::fail(AppError::make(
            AppError::Kind::Invalid,
            Text::tr("Account \"%1\" is not registered as a worker yet (see lightwork-cli "
                     "prooflayer register).")
                .arg(account->name)));
    return account->remoteId;
}

QFuture<Result<LnurlPayRequest, AppError>> checkProofLayerPayee(HttpClient *http, QObject *context,
                                                                const QString &lightningAddress)
{
    auto address = parseLightningAddress(lightningAddress.trimmed());
    if (!address)
        return refused<LnurlPayRequest>(AppError::make(
            AppError::Kind::Invalid, Text::tr("“%1” is not a Lightning Address (name@domain).")
                                         .arg(lightningAddress.trimmed().left(200))));
    const QString shown = address->toString();
    return fetchLnurlPayRequest(http, context, address->lnurlpUrl())
        .then(context, [shown](Result<LnurlPayRequest, AppError> pay) {
            if (!pay) {
                AppError e = pay.error();
                if (e.kind == AppError::Kind::Refused || e.kind == AppError::Kind::BadResponse)
                    e.kind = AppError::Kind::Invalid;
                e.message = Text::tr("The Lightning Address %1 cannot receive payments: %2")
                                .arg(shown, e.message);
                return Result<LnurlPayRequest, AppError>(lw::fail(e));
            }
            if (pay->maxSendable < *MilliSats::fromSats(1))
                return Result<LnurlPayRequest, AppError>(lw::fail(AppError::make(
                    AppError::Kind::Invalid,
                    Text::tr("The Lightning Address %1 accepts less than one sat.").arg(shown))));
            return pay;
        });
}

Result<bool, AppError> checkProofLayerRegistration(const AccountStore &store, qint64 accountId,
                                                   const QString &displayName,
                                                   const QString &lightningAddress,
                                                   const QString &type)
{
    auto account = store.accountById(accountId);
    if (!account)
        return lw::fail(account.error());
    if (!account->remoteId.isEmpty())
        return lw::fail(AppError::make(
            AppError::Kind::Invalid,
            Text::tr("Account \"%1\" is registered as worker %2 already; add another account to "
                     "register another worker.")
                .arg(account->name, account->remoteId)));
    if (auto checked = validateWorkerRegistration(displayName, lightningAddress, type); !checked)
        return lw::fail(checked.error());
    return true;
}

QFuture<Result<ProofLayerWorker, AppError>>
registerProofLayerWorker(AccountStore &store, ProofLayerClient *client, const QString &displayName,
                         const QString &lightningAddress, const QString &type)
{
    const qint64 accountId = client->accountId();
    if (auto checked =
            checkProofLayerRegistration(store, accountId, displayName, lightningAddress, type);
        !checked)
        return refused<ProofLayerWorker>(checked.error());
    return client->registerWorker(displayName, lightningAddress, type)
        .then(client, [&store, accountId](Result<ProofLayerWorker, AppError> worker) {
            if (!worker)
                return worker;
            if (auto saved = store.setRemoteId(accountId, worker->id); !saved) {
                AppError e = saved.error();
                e.message = Text::tr("Registered as worker %1, but the id could not be saved: %2")
                                .arg(worker->id, e.message);
                return Result<ProofLayerWorker, AppError>(lw::fail(e));
            }
            return worker;
        });
}

Result<QJsonObject, ProofLayerAnswerError> parseProofLayerAnswer(const QString &text)
{
    if (text.size() > maxProofLayerTextChars) {
        ProofLayerAnswerError tooLong;
        tooLong.line = 1;
        tooLong.column = 1;
        tooLong.message =
            Text::tr("The answer is too long (at most %1 characters).").arg(maxProofLayerTextChars);
        return lw::fail(tooLong);
    }
    const QByteArray utf8 = text.toUtf8();
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(utf8, &error);
    if (error.error == QJsonParseError::NoError && doc.isObject())
        return doc.object();
    ProofLayerAnswerError out;
    if (error.error == QJsonParseError::NoError) {
        out.line = 1;
        out.column = 1;
        out.message = Text::tr("The answer must be a JSON object ({ … }).");
        return lw::fail(out);
    }
    // The offset counts UTF-8 bytes; lines and columns count characters.
    const QString before = QString::fromUtf8(utf8.left(qMax(0, error.offset)));
    out.line = int(before.count(u'\n')) + 1;
    out.column = int(before.size() - (before.lastIndexOf(u'\n') + 1)) + 1;
    out.message =
        Text::tr("Line %1, column %2: %3").arg(out.line).arg(out.column).arg(error.errorString());
    return lw::fail(out);
}

QFuture<Result<ProofLayerTask, AppError>>
submitProofLayerResult(ProofLayerClient *client, const QString &taskId, const QString &workerId,
                       const ProofLayerSubmission &submission)
{
    using Outcome = Result<ProofLayerTask, AppError>;
    // Checked before anything is sent; the trust mode is checked again once the task is read.
    if (auto problem = validateSubmission(submission))
        return refused<ProofLayerTask>(*problem);
    return client->task(taskId)
        .then(client,
              [client, workerId, submission](Outcome task) -> QFuture<Outcome> {
                  if (!task)
                      return QtFuture::makeReadyFuture(task);
                  if (task->workerId != workerId)
                      return refused<ProofLayerTask>(AppError::make(
                          AppError::Kind::Conflict,
                          Text::tr("Task %1 is not claimed by your worker.").arg(task->id)));
                  return client->submit(task->id, workerId, submission, task->trustMode);
              })
        .unwrap();
}

} // namespace lw
