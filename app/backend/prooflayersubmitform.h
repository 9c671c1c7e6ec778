// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "markets/prooflayer/prooflayertypes.h"
#include "net/apperror.h"

#include <QFuture>
#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

#include <functional>

namespace lw {

//! The result a worker submits for a claimed ProofLayer task: the answer as a JSON object
//! (checked here, with the line and column of the first mistake), a confidence from 0 to 1
//! and a proof URL (https only; required when the task's trust mode asks for proof). Nothing
//! leaves before every field is acceptable.
class ProofLayerSubmitForm : public QObject {
    Q_OBJECT
    QML_ELEMENT

    //! The claimed task the result is for; empty: none chosen.
    Q_PROPERTY(QString taskId READ taskId WRITE setTaskId NOTIFY taskIdChanged FINAL)
    //! The task's title as the feed shows it (plain text).
    Q_PROPERTY(QString taskTitle READ taskTitle WRITE setTaskTitle NOTIFY taskIdChanged FINAL)
    //! The task asks for a proof URL (its trust mode is proof_required).
    Q_PROPERTY(bool proofRequired READ proofRequired WRITE setProofRequired NOTIFY
                   proofRequiredChanged FINAL)
    Q_PROPERTY(QString answerText READ answerText WRITE setAnswerText NOTIFY answerChanged FINAL)
    //! Why the answer is not a JSON object, with its line and column (translated); empty if it is.
    Q_PROPERTY(QString answerError READ answerError NOTIFY answerChanged FINAL)
    //! The 1-based line of that mistake; 0 without one.
    Q_PROPERTY(int answerErrorLine READ answerErrorLine NOTIFY answerChanged FINAL)
    Q_PROPERTY(double confidence READ confidence WRITE setConfidence NOTIFY confidenceChanged FINAL)
    Q_PROPERTY(QString proofUrl READ proofUrl WRITE setProofUrl NOTIFY proofUrlChanged FINAL)
    Q_PROPERTY(QString proofUrlError READ proofUrlError NOTIFY proofUrlChanged FINAL)
    Q_PROPERTY(bool canSubmit READ canSubmit NOTIFY canSubmitChanged FINAL)
    Q_PROPERTY(State state READ state NOTIFY stateChanged FINAL)
    //! What the market answered (translated); empty before a submission.
    Q_PROPERTY(QString resultText READ resultText NOTIFY stateChanged FINAL)
    Q_PROPERTY(QString errorText READ errorText NOTIFY stateChanged FINAL)

public:
    enum class State { Idle, Submitting, Submitted, Failed };
    Q_ENUM(State)

    //! Sends a checked submission for a task (the controller's client and worker).
    using Sender = std::function<QFuture<Result<ProofLayerTask, AppError>>(
        const QString &taskId, const ProofLayerSubmission &submission)>;

    explicit ProofLayerSubmitForm(QObject *parent = nullptr);

    void setSender(Sender sender) { m_sender = std::move(sender); }

    QString taskId() const { return m_taskId; }
    void setTaskId(const QString &taskId);
    QString taskTitle() const { return m_taskTitle; }
    void setTaskTitle(const QString &title);
    bool proofRequired() const { return m_proofRequired; }
    void setProofRequired(bool required);
    QString answerText() const { return m_answerText; }
    void setAnswerText(const QString &text);
    QString answerError() const { return m_answerError; }
    int answerErrorLine() const { return m_answerErrorLine; }
    double confidence() const { return m_confidence; }
    void setConfidence(double confidence);
    QString proofUrl() const { return m_proofUrl; }
    void setProofUrl(const QString &url);
    QString proofUrlError() const;
    bool canSubmit() const;
    State state() const { return m_state; }
    QString resultText() const { return m_resultText; }
    QString errorText() const { return m_errorText; }

    //! The answer laid out with two-space indents, when it is a JSON object.
    Q_INVOKABLE void prettify();
    //! Sends the result when every field is acceptable; otherwise only says why not.
    Q_INVOKABLE void submit();

    //! https:// with a host, and nothing else, is a proof URL.
    static bool isProofUrl(const QString &text);

Q_SIGNALS:
    void taskIdChanged();
    void proofRequiredChanged();
    void answerChanged();
    void confidenceChanged();
    void proofUrlChanged();
    void canSubmitChanged();
    void stateChanged();
    //! The market took the result for `taskId`.
    void submitted(const QString &taskId);

private:
    void checkAnswer();
    void setState(State state, const QString &result, const QString &error);

    Sender m_sender;
    QString m_taskId;
    QString m_taskTitle;
    bool m_proofRequired = false;
    QString m_answerText;
    QString m_answerError;
    int m_answerErrorLine = 0;
    double m_confidence = 0.8;
    QString m_proofUrl;
    State m_state = State::Idle;
    QString m_resultText;
    QString m_errorText;
    bool m_canSubmit = false;
};

} // namespace lw
