// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "coalescedcall.h"
#include "quotelistmodel.h"
#include "session.h"
#include "timelinemodel.h"

#include <QObject>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

namespace lw {

class HireClient;

//! One 402ai task: what the offline copy holds at once, then the market's fresh answer (the
//! task with its quotes and deliveries, stored back into the copy). The user's role follows
//! from whose task it is: the Buyer accepts a quote (its price moves into escrow through the
//! engine's gate, as `lightwork-cli accept` does) and confirms a delivery (the escrow is
//! released); a Worker sends a quote (10 sat, as `lightwork-cli quote`). Everything the market
//! wrote is shown as plain, bounded text.
class TaskDetail : public QObject {
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(lw::Session *session READ session WRITE setSession NOTIFY sessionChanged FINAL)
    //! The Lightwork account the task was listed for (a feed row's accountId). 0: the current
    //! profile's 402ai account that holds `taskId` in its offline copy.
    Q_PROPERTY(qint64 accountId READ accountId WRITE setAccountId NOTIFY accountIdChanged FINAL)
    Q_PROPERTY(QString taskId READ taskId WRITE setTaskId NOTIFY taskIdChanged FINAL)

    Q_PROPERTY(State state READ state NOTIFY stateChanged FINAL)
    //! An action (accept, confirm, quote) or a fetch is under way.
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged FINAL)
    //! What went wrong last (translated); empty otherwise. While a cached copy is shown, a
    //! failed fetch only sets this.
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged FINAL)
    //! The outcome of the last action, for people (translated); empty before one.
    Q_PROPERTY(QString actionText READ actionText NOTIFY actionTextChanged FINAL)
    //! The last action paid, or may have: its payment is not settled yet (never "failed").
    Q_PROPERTY(bool paymentPending READ paymentPending NOTIFY actionTextChanged FINAL)

    Q_PROPERTY(QString title READ title NOTIFY taskChanged FINAL)
    //! Plain text with its paragraphs, bounded (DetailText::descriptionChars).
    Q_PROPERTY(QString description READ description NOTIFY taskChanged FINAL)
    //! The description was longer than what is shown.
    Q_PROPERTY(bool descriptionShortened READ descriptionShortened NOTIFY taskChanged FINAL)
    //! The market's word ("open", "in_escrow", …).
    Q_PROPERTY(QString status READ status NOTIFY taskChanged FINAL)
    Q_PROPERTY(QString budgetText READ budgetText NOTIFY taskChanged FINAL)
    Q_PROPERTY(QString buyerId READ buyerId NOTIFY taskChanged FINAL)
    //! The accepted quote's worker; empty before one is accepted.
    Q_PROPERTY(QString workerId READ workerId NOTIFY taskChanged FINAL)
    Q_PROPERTY(QString market READ market NOTIFY taskChanged FINAL)
    Q_PROPERTY(QDateTime createdAt READ createdAt NOTIFY taskChanged FINAL)
    Q_PROPERTY(Role role READ role NOTIFY taskChanged FINAL)
    Q_PROPERTY(lw::QuoteListModel *quotes READ quotes CONSTANT FINAL)
    Q_PROPERTY(lw::TimelineModel *timeline READ timeline CONSTANT FINAL)
    //! Escrow locked longer than TaskTimeline::escrowWaitLimitMs without a delivery.
    Q_PROPERTY(bool escrowWaitingLong READ escrowWaitingLong NOTIFY taskChanged FINAL)
    Q_PROPERTY(QString escrowWaitingText READ escrowWaitingText NOTIFY taskChanged FINAL)

    // What the role allows now.
    Q_PROPERTY(bool canQuote READ canQuote NOTIFY taskChanged FINAL)
    Q_PROPERTY(bool canConfirm READ canConfirm NOTIFY taskChanged FINAL)
    //! What quoting costs ("Quoting costs 10 sat …").
    Q_PROPERTY(QString quoteFeeText READ quoteFeeText CONSTANT FINAL)

public:
    enum class State { Idle, Loading, Ready, Failed };
    Q_ENUM(State)
    enum class Role { Buyer, Worker };
    Q_ENUM(Role)

    explicit TaskDetail(QObject *parent = nullptr);
    ~TaskDetail() override;

    Session *session() const { return m_session; }
    void setSession(Session *session);
    qint64 accountId() const { return m_accountId; }
    void setAccountId(qint64 accountId);
    QString taskId() const { return m_taskId; }
    void setTaskId(const QString &taskId);

    State state() const { return m_state; }
    bool busy() const { return m_fetching || m_acting; }
    QString errorText() const { return m_errorText; }
    QString actionText() const { return m_actionText; }
    bool paymentPending() const { return m_paymentPending; }

    QString title() const { return m_title; }
    QString description() const { return m_description; }
    bool descriptionShortened() const { return m_descriptionShortened; }
    QString status() const { return m_facts.task.status; }
    QString budgetText() const;
    QString buyerId() const { return m_buyerId; }
    QString workerId() const { return m_workerId; }
    QString market() const;
    QDateTime createdAt() const;
    Role role() const { return m_role; }
    QuoteListModel *quotes() const { return m_quotes; }
    TimelineModel *timeline() const { return m_timeline; }
    bool escrowWaitingLong() const { return m_waitingLong; }
    QString escrowWaitingText() const;
    bool canQuote() const;
    bool canConfirm() const;
    QString quoteFeeText() const;

    //! Reads the offline copy and asks the market again.
    Q_INVOKABLE void reload();
    //! Buyer: accepts a pending quote; its price moves from the balance into escrow.
    Q_INVOKABLE void acceptQuote(const QString &quoteId);
    //! Buyer: confirms the delivery; the escrow goes to the worker.
    Q_INVOKABLE void confirm();
    //! Worker: sends a quote of `priceSats` (whole sats, as typed) with `message`.
    Q_INVOKABLE void sendQuote(const QString &priceSats, const QString &message);
    //! Why `priceSats` cannot be quoted (translated); empty when it can.
    Q_INVOKABLE QString quotePriceError(const QString &priceSats) const;

Q_SIGNALS:
    void sessionChanged();
    void accountIdChanged();
    void taskIdChanged();
    void stateChanged();
    void busyChanged();
    void errorTextChanged();
    void actionTextChanged();
    void taskChanged();

private:
    EngineSession *engine() const;
    void scheduleLoad();
    void load();
    //! The account whose offline copy holds the task (accountId, or found by taskId).
    qint64 resolveAccount() const;
    //! Reads the task, its quotes and deliveries from the offline copy and shows them.
    bool readCache();
    void fetch();
    void publish();
    void setState(State state);
    void setError(const QString &error);
    void setAction(const QString &text, bool pending = false);
    void setFetching(bool fetching);
    void setActing(bool acting);
    //! Runs `step` with the account's client once it is ready, as an action.
    void withClient(std::function<void(EngineSession &, HireClient *)> step);
    void actionFailed(const AppError &error);

    QPointer<Session> m_session;
    qint64 m_accountId = 0;
    qint64 m_resolvedAccount = 0;
    QString m_taskId;
    CoalescedCall m_load{this, [this] { load(); }}; //!< one load after several setters
    quint64 m_generation = 0;                       //!< counts loads, so a late answer is not shown

    State m_state = State::Idle;
    bool m_fetching = false;
    bool m_acting = false;
    QString m_errorText;
    QString m_actionText;
    bool m_paymentPending = false;

    TaskFacts m_facts;
    QString m_ownId; //!< this account's id at the market; empty while unknown
    QString m_title;
    QString m_description;
    bool m_descriptionShortened = false;
    QString m_buyerId;
    QString m_workerId;
    Role m_role = Role::Worker;
    bool m_waitingLong = false;
    QDateTime m_waitingSince;
    QuoteListModel *m_quotes;
    TimelineModel *m_timeline;
};

} // namespace lw
