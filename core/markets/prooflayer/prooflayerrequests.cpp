// SPDX-License-Identifier: GPL-3.0-or-later
#include "markets/prooflayer/prooflayerrequests.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace lw {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(ProofLayer)
};

AppError invalid(const QString &message)
{
    return AppError::make(AppError::Kind::Invalid, message);
}

QString normalized(const QString &word)
{
    return word.trimmed().toLower().replace(u'-', u'_');
}

//! Task types whose answers must come with proof (reference 003: Verify, Judge, Recover).
bool needsProof(const QString &taskType)
{
    const QString t = normalized(taskType);
    return t == u"verify" || t == u"judge" || t == u"recover";
}

void insertText(QJsonObject &o, const QString &key, const QString &value)
{
    if (!value.isEmpty())
        o.insert(key, value);
}

std::optional<AppError> checkLink(const QString &url, const QString &what)
{
    if (url.isEmpty() || isProofLayerWebUrl(url))
        return std::nullopt;
    return invalid(Text::tr("%1 must be an http:// or https:// address.").arg(what));
}

} // namespace

ProofLayerVocabulary ProofLayerVocabulary::known()
{
    return {{u"verify"_s, u"execute"_s, u"judge"_s, u"recover"_s, u"agent_to_agent"_s},
            {u"human"_s, u"agent"_s},
            {u"proof_required"_s, u"result_only"_s}};
}

ProofLayerVocabulary ProofLayerVocabulary::from(const ProofLayerContract &contract)
{
    ProofLayerVocabulary v = known();
    if (!contract.taskTypes.isEmpty())
        v.taskTypes = contract.taskTypes;
    if (!contract.workerTypes.isEmpty())
        v.workerTypes = contract.workerTypes;
    if (!contract.trustModes.isEmpty())
        v.trustModes = contract.trustModes;
    return v;
}

QString ProofLayerVocabulary::match(const QStringList &list, const QString &word)
{
    const QString wanted = normalized(word);
    for (const QString &entry : list)
        if (!wanted.isEmpty() && normalized(entry) == wanted)
            return entry;
    return {};
}

bool isProofLayerWebUrl(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    return url.isValid() && (url.scheme() == u"https" || url.scheme() == u"http")
           && !url.host().isEmpty() && text.size() <= maxProofLayerLineChars;
}

QJsonObject proofLayerRegisterBody(const QString &displayName, const LightningAddress &address,
                                   const QString &type)
{
    return {{u"display_name"_s, displayName.trimmed()},
            {u"lightning_address"_s, address.toString()},
            {u"type"_s, type}};
}

QJsonObject proofLayerTaskBody(const ProofLayerTaskDraft &draft)
{
    const ProofLayerTaskInput &in = draft.input;
    QJsonObject input;
    insertText(input, u"question"_s, in.question);
    insertText(input, u"context"_s, in.context);
    insertText(input, u"instructions"_s, in.instructions);
    insertText(input, u"url"_s, in.url);
    insertText(input, u"image_url"_s, in.imageUrl);
    if (!in.attachments.isEmpty()) {
        QJsonArray attachments;
        for (const ProofLayerAttachment &a : in.attachments) {
            QJsonObject o{{u"type"_s, a.type}, {u"url"_s, a.url}};
            insertText(o, u"label"_s, a.label);
            attachments.append(o);
        }
        input.insert(u"attachments"_s, attachments);
    }
    return {{u"task_type"_s, draft.taskType},
            {u"title"_s, draft.title},
            {u"input"_s, input},
            {u"budget_sats"_s, draft.budget.floorSats()},
            {u"worker_type"_s, draft.workerType},
            {u"trust_mode"_s, draft.trustMode}};
}

QJsonObject proofLayerClaimBody(const QString &workerId)
{
    return {{u"worker_id"_s, workerId}};
}

QJsonObject proofLayerSubmitBody(const QString &workerId, const ProofLayerSubmission &submission)
{
    QJsonObject o{{u"worker_id"_s, workerId},
                  {u"answer_json"_s, submission.answer},
                  {u"confidence"_s, submission.confidence}};
    insertText(o, u"proof_url"_s, submission.proofUrl);
    return o;
}

Result<LightningAddress, AppError>
validateWorkerRegistration(const QString &displayName, const QString &address, const QString &type)
{
    const QString name = displayName.trimmed();
    if (name.isEmpty() || name.size() > maxProofLayerDisplayNameChars)
        return fail(invalid(Text::tr("The display name must have 1 to %1 characters.")
                                .arg(maxProofLayerDisplayNameChars)));
    if (type != u"human" && type != u"agent")
        return fail(invalid(Text::tr("The worker type must be human or agent.")));
    auto parsed = parseLightningAddress(address.trimmed());
    if (!parsed)
        return fail(invalid(Text::tr("“%1” is not a Lightning Address: %2")
                                .arg(address.left(200), parsed.error().message)));
    return *parsed;
}

Result<ProofLayerTaskDraft, AppError> normalizeTaskDraft(const ProofLayerTaskDraft &draft,
                                                         const ProofLayerVocabulary &vocabulary)
{
    ProofLayerTaskDraft out = draft;
    out.taskType = ProofLayerVocabulary::match(vocabulary.taskTypes, draft.taskType);
    if (out.taskType.isEmpty())
        return fail(invalid(
            Text::tr("The task type must be one of %1.").arg(vocabulary.taskTypes.join(u", "_s))));
    out.workerType = ProofLayerVocabulary::match(
        vocabulary.workerTypes, draft.workerType.isEmpty() ? u"human"_s : draft.workerType);
    if (out.workerType.isEmpty())
        return fail(invalid(Text::tr("The worker type must be one of %1.")
                                .arg(vocabulary.workerTypes.join(u", "_s))));
    const QString trust = draft.trustMode.isEmpty()
                              ? (needsProof(out.taskType) ? u"proof_required"_s : u"result_only"_s)
                              : draft.trustMode;
    out.trustMode = ProofLayerVocabulary::match(vocabulary.trustModes, trust);
    if (out.trustMode.isEmpty())
        return fail(invalid(Text::tr("The trust mode must be one of %1.")
                                .arg(vocabulary.trustModes.join(u", "_s))));
    out.title = draft.title.trimmed();
    if (out.title.isEmpty() || out.title.size() > maxProofLayerTaskTitleChars)
        return fail(invalid(
            Text::tr("The title must have 1 to %1 characters.").arg(maxProofLayerTaskTitleChars)));
    if (draft.input.question.trimmed().isEmpty() && draft.input.instructions.trimmed().isEmpty())
        return fail(invalid(Text::tr("The task needs a question or instructions for the worker.")));
    if (auto e = checkLink(draft.input.url, Text::tr("The URL")))
        return fail(*e);
    if (auto e = checkLink(draft.input.imageUrl, Text::tr("The image URL")))
        return fail(*e);
    for (const ProofLayerAttachment &a : draft.input.attachments) {
        if (a.type != u"image" && a.type != u"link")
            return fail(invalid(Text::tr("An attachment is an image or a link.")));
        if (a.url.isEmpty() || !isProofLayerWebUrl(a.url))
            return fail(invalid(Text::tr("An attachment needs an http:// or https:// address.")));
    }
    if (draft.budget.msat() <= 0 || !draft.budget.isWholeSats()
        || draft.budget.msat() > MilliSats::maxMoneyMsat)
        return fail(invalid(Text::tr("The budget must be a whole number of sats above zero.")));
    return out;
}

std::optional<AppError> checkTaskRequest(const QUrl &url, const QByteArray &body, MilliSats agreed)
{
    bool queryOk = false;
    const qint64 query = QUrlQuery(url).queryItemValue(u"budget_sats"_s).toLongLong(&queryOk);
    const QJsonValue inBody = QJsonDocument::fromJson(body).object().value(u"budget_sats");
    const qint64 bodySats = inBody.isDouble() ? inBody.toInteger(-1) : -1;
    if (!queryOk || query <= 0 || query != bodySats || !agreed.isWholeSats()
        || agreed.floorSats() != query)
        return invalid(Text::tr("The task's budget differs between the address, the body and the "
                                "agreed price; nothing was sent."));
    return std::nullopt;
}

std::optional<AppError> validateSubmission(const ProofLayerSubmission &submission,
                                           const QString &trustMode)
{
    if (submission.answer.isEmpty())
        return invalid(Text::tr("The answer must be a JSON object with at least one field."));
    if (!std::isfinite(submission.confidence) || submission.confidence < 0
        || submission.confidence > 1)
        return invalid(Text::tr("The confidence must be a number from 0 to 1."));
    if (auto e = checkLink(submission.proofUrl, Text::tr("The proof URL")))
        return e;
    if (submission.proofUrl.isEmpty() && normalized(trustMode) == u"proof_required")
        return invalid(Text::tr("This task requires proof: give a proof URL."));
    return std::nullopt;
}

} // namespace lw
