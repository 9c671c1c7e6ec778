// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "session.h"

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

namespace lw {

//! The Post a task screen: a validated form for 402ai (title, description, budget; the 50 sat
//! posting fee from the balance or, when it is short, from the wallet by L402) and for
//! ProofLayer when the profile has an account there (its task type, question, worker type and
//! trust mode; posting pays the budget by Lightning). Every payment goes through the engine's
//! gate, which asks the user above their threshold. A payment that may have left the wallet
//! is Pending, never Failed.
class PostTaskForm : public QObject {
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(lw::Session *session READ session WRITE setSession NOTIFY sessionChanged FINAL)
    Q_PROPERTY(Market market READ market WRITE setMarket NOTIFY formChanged FINAL)
    //! The profile has a ProofLayer account, so it may be chosen.
    Q_PROPERTY(bool proofLayerAvailable READ proofLayerAvailable NOTIFY accountsChanged FINAL)
    //! The profile has a 402ai account.
    Q_PROPERTY(bool hireAvailable READ hireAvailable NOTIFY accountsChanged FINAL)

    Q_PROPERTY(QString title READ title WRITE setTitle NOTIFY formChanged FINAL)
    Q_PROPERTY(QString description READ description WRITE setDescription NOTIFY formChanged FINAL)
    //! The budget as typed (whole sats).
    Q_PROPERTY(QString budget READ budget WRITE setBudget NOTIFY formChanged FINAL)
    Q_PROPERTY(PayBy payBy READ payBy WRITE setPayBy NOTIFY formChanged FINAL)

    // ProofLayer's own fields, in its spelling (ProofLayerVocabulary::known()).
    Q_PROPERTY(QStringList taskTypes READ taskTypes CONSTANT FINAL)
    Q_PROPERTY(QStringList workerTypes READ workerTypes CONSTANT FINAL)
    Q_PROPERTY(QStringList trustModes READ trustModes CONSTANT FINAL)
    Q_PROPERTY(QString taskType READ taskType WRITE setTaskType NOTIFY formChanged FINAL)
    // The same as indexes into the lists, for pickers.
    Q_PROPERTY(int taskTypeIndex READ taskTypeIndex WRITE setTaskTypeIndex NOTIFY formChanged FINAL)
    Q_PROPERTY(
        int workerTypeIndex READ workerTypeIndex WRITE setWorkerTypeIndex NOTIFY formChanged FINAL)
    //! 0: the task type's default; i + 1: trustModes[i].
    Q_PROPERTY(
        int trustModeIndex READ trustModeIndex WRITE setTrustModeIndex NOTIFY formChanged FINAL)
    //! "Default for the type" (translated), then trustModes.
    Q_PROPERTY(QStringList trustModeChoices READ trustModeChoices CONSTANT FINAL)
    //! The question the worker answers (ProofLayer's `input.question`).
    Q_PROPERTY(QString input READ input WRITE setInput NOTIFY formChanged FINAL)
    Q_PROPERTY(QString workerType READ workerType WRITE setWorkerType NOTIFY formChanged FINAL)
    //! Empty: the task type's default.
    Q_PROPERTY(QString trustMode READ trustMode WRITE setTrustMode NOTIFY formChanged FINAL)

    // Per-field errors (translated), empty while the field is fine or untouched.
    Q_PROPERTY(QString titleError READ titleError NOTIFY formChanged FINAL)
    Q_PROPERTY(QString descriptionError READ descriptionError NOTIFY formChanged FINAL)
    Q_PROPERTY(QString budgetError READ budgetError NOTIFY formChanged FINAL)
    Q_PROPERTY(QString inputError READ inputError NOTIFY formChanged FINAL)
    //! Why the chosen way to pay cannot pay (a short balance); empty otherwise.
    Q_PROPERTY(QString payError READ payError NOTIFY formChanged FINAL)

    //! What posting costs, before paying ("Posting costs 50 sat.").
    Q_PROPERTY(QString feeText READ feeText NOTIFY formChanged FINAL)
    //! How the chosen way to pay works at this market.
    Q_PROPERTY(QString payHint READ payHint NOTIFY formChanged FINAL)
    //! The 402ai balance ("4950 sat"); empty while unknown.
    Q_PROPERTY(QString balanceText READ balanceText NOTIFY accountsChanged FINAL)
    Q_PROPERTY(bool canSubmit READ canSubmit NOTIFY formChanged FINAL)

    Q_PROPERTY(State state READ state NOTIFY stateChanged FINAL)
    Q_PROPERTY(bool busy READ busy NOTIFY stateChanged FINAL)
    //! The state in words (translated); empty while Idle.
    Q_PROPERTY(QString stateText READ stateText NOTIFY stateChanged FINAL)
    //! Why the last post failed (translated); empty otherwise.
    Q_PROPERTY(QString errorText READ errorText NOTIFY stateChanged FINAL)
    //! The new task's id once Posted.
    Q_PROPERTY(QString taskId READ taskId NOTIFY stateChanged FINAL)
    //! The account the task was posted with once Posted (for opening its detail).
    Q_PROPERTY(qint64 postedAccountId READ postedAccountId NOTIFY stateChanged FINAL)

public:
    enum class Market { AiForHire, ProofLayer };
    Q_ENUM(Market)
    //! 402ai: Balance never pays by Lightning; Wallet lets the wallet pay when the balance is
    //! short. ProofLayer is always paid by the wallet.
    enum class PayBy { Balance, Wallet };
    Q_ENUM(PayBy)
    enum class State { Idle, Submitting, Posted, Pending, Failed };
    Q_ENUM(State)

    explicit PostTaskForm(QObject *parent = nullptr);

    Session *session() const { return m_session; }
    void setSession(Session *session);
    Market market() const { return m_market; }
    void setMarket(Market market);
    bool proofLayerAvailable() const { return m_proofLayerAccount != 0; }
    bool hireAvailable() const { return m_hireAccount != 0; }

    QString title() const { return m_title; }
    void setTitle(const QString &title);
    QString description() const { return m_description; }
    void setDescription(const QString &description);
    QString budget() const { return m_budget; }
    void setBudget(const QString &budget);
    PayBy payBy() const { return m_payBy; }
    void setPayBy(PayBy payBy);

    QStringList taskTypes() const;
    QStringList workerTypes() const;
    QStringList trustModes() const;
    QString taskType() const { return m_taskType; }
    void setTaskType(const QString &type);
    int taskTypeIndex() const { return int(taskTypes().indexOf(m_taskType)); }
    void setTaskTypeIndex(int index) { setTaskType(taskTypes().value(index, m_taskType)); }
    int workerTypeIndex() const { return int(workerTypes().indexOf(m_workerType)); }
    void setWorkerTypeIndex(int index) { setWorkerType(workerTypes().value(index, m_workerType)); }
    int trustModeIndex() const { return int(trustModes().indexOf(m_trustMode)) + 1; }
    void setTrustModeIndex(int index)
    {
        setTrustMode(index <= 0 ? QString() : trustModes().value(index - 1));
    }
    QStringList trustModeChoices() const;
    QString input() const { return m_input; }
    void setInput(const QString &input);
    QString workerType() const { return m_workerType; }
    void setWorkerType(const QString &type);
    QString trustMode() const { return m_trustMode; }
    void setTrustMode(const QString &mode);

    QString titleError() const;
    QString descriptionError() const;
    QString budgetError() const;
    QString inputError() const;
    QString payError() const;
    QString feeText() const;
    QString payHint() const;
    QString balanceText() const;
    bool canSubmit() const;

    State state() const { return m_state; }
    bool busy() const { return m_state == State::Submitting; }
    QString stateText() const;
    QString errorText() const { return m_errorText; }
    QString taskId() const { return m_taskId; }
    qint64 postedAccountId() const { return m_postedAccount; }

    //! Pays and posts. Does nothing unless canSubmit (never once Posted or Pending: reset()).
    Q_INVOKABLE void submit();
    //! Clears the form for the next task (not while one is being posted).
    Q_INVOKABLE void reset();
    //! Reads the accounts and the 402ai balance again.
    Q_INVOKABLE void refresh();

Q_SIGNALS:
    void sessionChanged();
    void formChanged();
    void accountsChanged();
    void stateChanged();
    //! A task was posted (also reflected in state and taskId).
    void posted(const QString &taskId, qint64 accountId);

private:
    void setState(State state, const QString &error = {}, const QString &taskId = {});
    //! Touches a field: its error shows from now on.
    void touch(int field);
    bool touched(int field) const { return m_touched & field; }
    MilliSats cap() const;
    //! What is wrong with the ProofLayer fields, touched or not.
    QString inputProblem() const;
    MilliSats postingCost() const;
    EngineSession *engine() const;
    void submitHire(MilliSats budget);
    void submitProofLayer(MilliSats budget);
    void finishFailed(const AppError &error);

    QPointer<Session> m_session;
    Market m_market = Market::AiForHire;
    QString m_title;
    QString m_description;
    QString m_budget;
    PayBy m_payBy = PayBy::Balance;
    QString m_taskType;
    QString m_input;
    QString m_workerType;
    QString m_trustMode;
    int m_touched = 0; //!< fields the user changed (or all, after a submit attempt)

    qint64 m_hireAccount = 0;
    qint64 m_proofLayerAccount = 0;
    QString m_proofLayerName;
    std::optional<MilliSats> m_balance;
    quint64 m_generation = 0; //!< counts refreshes, so a late balance is not shown

    State m_state = State::Idle;
    QString m_errorText;
    QString m_taskId;
    qint64 m_postedAccount = 0;
};

} // namespace lw
