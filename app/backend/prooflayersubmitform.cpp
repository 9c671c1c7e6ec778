// SPDX-License-Identifier: GPL-3.0-or-later
#include "prooflayersubmitform.h"

#include "prooflayerflow.h"

#include <QJsonDocument>
#include <QUrl>

namespace lw {

ProofLayerSubmitForm::ProofLayerSubmitForm(QObject *parent)
    : QObject(parent)
{
    // An empty object is the starting point: the worker fills in the keys.
    m_answerText = QStringLiteral("{\n  \"answer\": \"\"\n}");
    checkAnswer();
}

void ProofLayerSubmitForm::setTaskId(const QString &taskId)
{
    if (taskId == m_taskId)
        return;
    m_taskId = taskId;
    Q_EMIT taskIdChanged();
    setState(State::Idle, {}, {});
    checkAnswer();
}

void ProofLayerSubmitForm::setTaskTitle(const QString &title)
{
    if (title == m_taskTitle)
        return;
    m_taskTitle = title;
    Q_EMIT taskIdChanged();
}

void ProofLayerSubmitForm::setProofRequired(bool required)
{
    if (required == m_proofRequired)
        return;
    m_proofRequired = required;
    Q_EMIT proofRequiredChanged();
    Q_EMIT proofUrlChanged();
    checkAnswer();
}

void ProofLayerSubmitForm::setAnswerText(const QString &text)
{
    if (text == m_answerText)
        return;
    m_answerText = text;
    checkAnswer();
}

void ProofLayerSubmitForm::setConfidence(double confidence)
{
    if (!(confidence >= 0)) // NaN too
        confidence = 0;
    confidence = qMin(confidence, 1.0);
    if (qFuzzyCompare(confidence + 1, m_confidence + 1))
        return;
    m_confidence = confidence;
    Q_EMIT confidenceChanged();
}

void ProofLayerSubmitForm::setProofUrl(const QString &url)
{
    if (url == m_proofUrl)
        return;
    m_proofUrl = url;
    Q_EMIT proofUrlChanged();
    checkAnswer();
}

bool ProofLayerSubmitForm::isProofUrl(const QString &text)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    return url.isValid() && url.scheme() == u"https" && !url.host().isEmpty()
           && url.userInfo().isEmpty() && text.trimmed().size() <= maxProofLayerLineChars;
}

QString ProofLayerSubmitForm::proofUrlError() const
{
    const QString url = m_proofUrl.trimmed();
    if (url.isEmpty())
        //: The proof URL field of a ProofLayer result is empty but the task needs one
        return m_proofRequired ? tr("This task needs a proof URL.") : QString();
    if (!isProofUrl(url))
        //: The proof URL field holds something other than an https:// link
        return tr("The proof URL must be an https:// link.");
    return {};
}

bool ProofLayerSubmitForm::canSubmit() const
{
    return m_canSubmit;
}

void ProofLayerSubmitForm::checkAnswer()
{
    auto parsed = parseProofLayerAnswer(m_answerText);
    m_answerError = parsed ? QString() : parsed.error().message;
    m_answerErrorLine = parsed ? 0 : parsed.error().line;
    Q_EMIT answerChanged();
    const bool can =
        !m_taskId.isEmpty() && parsed && proofUrlError().isEmpty() && m_state != State::Submitting;
    if (can != m_canSubmit) {
        m_canSubmit = can;
        Q_EMIT canSubmitChanged();
    }
}

void ProofLayerSubmitForm::prettify()
{
    auto parsed = parseProofLayerAnswer(m_answerText);
    if (!parsed)
        return; // the error stays shown; the text is the user's
    QString pretty = QString::fromUtf8(QJsonDocument(*parsed).toJson(QJsonDocument::Indented));
    // Qt indents by four spaces; two keep long answers readable in the editor.
    QStringList lines = pretty.trimmed().split(u'\n');
    for (QString &line : lines) {
        qsizetype spaces = 0;
        while (spaces < line.size() && line.at(spaces) == u' ')
            ++spaces;
        line = QString(spaces / 2, u' ') + line.mid(spaces);
    }
    setAnswerText(lines.join(u'\n'));
}

void ProofLayerSubmitForm::setState(State state, const QString &result, const QString &error)
{
    m_state = state;
    m_resultText = result;
    m_errorText = error;
    Q_EMIT stateChanged();
}

void ProofLayerSubmitForm::submit()
{
    checkAnswer();
    if (!m_canSubmit || !m_sender)
        return;
    ProofLayerSubmission submission;
    submission.answer = *parseProofLayerAnswer(m_answerText);
    submission.confidence = m_confidence;
    submission.proofUrl = m_proofUrl.trimmed();
    const QString taskId = m_taskId;
    setState(State::Submitting, {}, {});
    checkAnswer();
    m_sender(taskId, submission)
        .then(this, [this, taskId](const Result<ProofLayerTask, AppError> &task) {
            if (taskId != m_taskId)
                return; // another task was chosen meanwhile
            if (!task) {
                setState(State::Failed, {}, task.error().message);
            } else {
                //: The market took a worker's result; it pays the worker's Lightning Address
                setState(State::Submitted,
                         tr("Submitted. ProofLayer pays your Lightning Address once the result "
                            "is released."),
                         {});
                Q_EMIT submitted(taskId);
            }
            checkAnswer();
        });
}

} // namespace lw
