// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "coalescedcall.h"
#include "quotethreadmessages.h"
#include "session.h"
#include "sync/outbox.h"

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

namespace lw {

class HireClient;

//! One quote's chat: its messages from the offline copy at once, then kept current from the
//! market while `active` (every `pollIntervalMs`). Messages go out through the outbox: each
//! is sent once, a message written while the market cannot be reached waits (pending) and goes
//! when it can, a refused one is failed until retry(). The worker can change the quote's price
//! and description from here (free on 402ai); the buyer sees the new price in the header.
class QuoteThread : public QObject {
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(lw::Session *session READ session WRITE setSession NOTIFY sessionChanged FINAL)
    Q_PROPERTY(qint64 accountId READ accountId WRITE setAccountId NOTIFY targetChanged FINAL)
    Q_PROPERTY(QString taskId READ taskId WRITE setTaskId NOTIFY targetChanged FINAL)
    Q_PROPERTY(QString quoteId READ quoteId WRITE setQuoteId NOTIFY targetChanged FINAL)
    //! Polls the market while true (the chat is shown).
    Q_PROPERTY(bool active READ active WRITE setActive NOTIFY activeChanged FINAL)
    //! How often the open thread asks the market, in ms.
    Q_PROPERTY(int pollInterval READ pollInterval WRITE setPollInterval NOTIFY activeChanged FINAL)

    Q_PROPERTY(State state READ state NOTIFY stateChanged FINAL)
    //! A change of the quote is under way.
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged FINAL)
    //! Why the market could not be asked, or refused (translated); empty otherwise.
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged FINAL)
    //! The outcome of the last change of the quote (translated); empty before one.
    Q_PROPERTY(QString actionText READ actionText NOTIFY actionTextChanged FINAL)
    Q_PROPERTY(lw::QuoteMessageModel *messages READ messages CONSTANT FINAL)

    Q_PROPERTY(QString title READ title NOTIFY threadChanged FINAL)
    Q_PROPERTY(QString counterparty READ counterparty NOTIFY threadChanged FINAL)
    Q_PROPERTY(qint64 priceSats READ priceSats NOTIFY threadChanged FINAL)
    Q_PROPERTY(QString priceText READ priceText NOTIFY threadChanged FINAL)
    Q_PROPERTY(QString quoteStatus READ quoteStatus NOTIFY threadChanged FINAL)
    Q_PROPERTY(QString quoteDescription READ quoteDescription NOTIFY threadChanged FINAL)
    Q_PROPERTY(QString taskStatus READ taskStatus NOTIFY threadChanged FINAL)
    //! The quote is on the user's own task (else it is the user's quote).
    Q_PROPERTY(bool asBuyer READ asBuyer NOTIFY threadChanged FINAL)
    //! The worker may change the quote now (their own, pending, on an open task).
    Q_PROPERTY(bool canCounter READ canCounter NOTIFY threadChanged FINAL)
    //! Messages can be written (the market refuses them on a rejected quote).
    Q_PROPERTY(bool canWrite READ canWrite NOTIFY threadChanged FINAL)
    Q_PROPERTY(int maxLength READ maxLength CONSTANT FINAL)
    //! What changing the quote costs, said before it is done.
    Q_PROPERTY(QString counterFeeText READ counterFeeText CONSTANT FINAL)

public:
    enum class State { Idle, Loading, Ready, Failed };
    Q_ENUM(State)
    static constexpr int pollIntervalMs = 5'000;

    explicit QuoteThread(QObject *parent = nullptr);
    ~QuoteThread() override;

    Session *session() const { return m_session; }
    void setSession(Session *session);
    qint64 accountId() const { return m_accountId; }
    void setAccountId(qint64 accountId);
    QString taskId() const { return m_taskId; }
    void setTaskId(const QString &taskId);
    QString quoteId() const { return m_quoteId; }
    void setQuoteId(const QString &quoteId);
    bool active() const { return m_active; }
    void setActive(bool active);
    int pollInterval() const { return m_poll.interval(); }
    void setPollInterval(int ms);

    State state() const { return m_state; }
    bool busy() const { return m_acting; }
    QString errorText() const { return m_errorText; }
    QString actionText() const { return m_actionText; }
    QuoteMessageModel *messages() const { return m_messages; }

    QString title() const { return m_title; }
    QString counterparty() const { return m_counterparty; }
    qint64 priceSats() const { return m_priceSats; }
    QString priceText() const;
    QString quoteStatus() const { return m_quoteStatus; }
    QString quoteDescription() const { return m_quoteDescription; }
    QString taskStatus() const { return m_taskStatus; }
    bool asBuyer() const { return m_asBuyer; }
    bool canCounter() const;
    bool canWrite() const;
    int maxLength() const;
    QString counterFeeText() const;

    //! Queues `text` and sends it; false (with errorText) when it cannot be queued.
    Q_INVOKABLE bool send(const QString &text);
    //! A failed message of this thread back into the queue, and sent.
    Q_INVOKABLE void retry(const QString &localId);
    //! Worker: changes the quote's price (whole sats, as typed) and, when not empty, its text.
    Q_INVOKABLE void counterOffer(const QString &priceSats, const QString &description);
    //! Why `priceSats` cannot be the new price (translated); empty when it can.
    Q_INVOKABLE QString priceError(const QString &priceSats) const;
    //! Asks the market now.
    Q_INVOKABLE void refresh();

Q_SIGNALS:
    void sessionChanged();
    void targetChanged();
    void activeChanged();
    void stateChanged();
    void busyChanged();
    void errorTextChanged();
    void actionTextChanged();
    void threadChanged();
    //! A message was queued.
    void sent();
    //! The thread was read further, or written to: the list's unread marks may change.
    void activity();
    //! The quote's price or text changed.
    void quoteUpdated();

private:
    EngineSession *engine() const;
    bool hasTarget() const;
    void scheduleLoad();
    void load();
    void readCache();
    void poll();
    void finishPoll(quint64 generation);
    void setState(State state);
    void setError(const QString &error);
    void setActing(bool acting);
    void updateTimer();

    QPointer<Session> m_session;
    qint64 m_accountId = 0;
    QString m_taskId;
    QString m_quoteId;
    bool m_active = false;
    CoalescedCall m_load{this, [this] { load(); }}; //!< one load after several setters
    quint64 m_generation = 0;                       //!< counts targets, so a late answer is dropped
    bool m_polling = false;
    bool m_pollAgain = false;
    QTimer m_poll;
    Outbox *m_outbox = nullptr;
    EngineSession *m_outboxEngine = nullptr; //!< whose database m_outbox writes

    State m_state = State::Idle;
    bool m_acting = false;
    QString m_errorText;
    QString m_actionText;
    QuoteMessageModel *m_messages;

    QString m_ownId;
    QString m_title;
    QString m_counterparty;
    qint64 m_priceSats = 0;
    QString m_quoteStatus;
    QString m_quoteDescription;
    QString m_taskStatus;
    bool m_asBuyer = false;
    bool m_known = false;            //!< the offline copy has the quote
    bool m_accountInProfile = false; //!< accountId is the current profile's 402ai account
};

} // namespace lw
