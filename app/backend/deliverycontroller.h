// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "coalescedcall.h"
#include "deliverylistmodel.h"
#include "deliveryupload.h"
#include "session.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

namespace lw {

class EngineSession;

//! A task's deliveries, for both sides: the market's list (the buyer saves what it served,
//! under a safe name, and sees whether what was written matches), and the worker's upload
//! while the task waits for them. Bound to the Session and the task as TaskDetail is.
class DeliveryController : public QObject {
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(lw::Session *session READ session WRITE setSession NOTIFY sessionChanged FINAL)
    //! The Lightwork account the task was listed for; 0: the one whose offline copy holds it.
    Q_PROPERTY(qint64 accountId READ accountId WRITE setAccountId NOTIFY accountIdChanged FINAL)
    Q_PROPERTY(QString taskId READ taskId WRITE setTaskId NOTIFY taskIdChanged FINAL)

    Q_PROPERTY(State state READ state NOTIFY stateChanged FINAL)
    //! What went wrong fetching or saving (translated); empty otherwise.
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged FINAL)
    //! The user posted the task.
    Q_PROPERTY(bool isBuyer READ isBuyer NOTIFY taskChanged FINAL)
    //! The task is in escrow, its accepted quote is this account's, and nothing is delivered.
    Q_PROPERTY(bool canDeliver READ canDeliver NOTIFY taskChanged FINAL)
    //! The market's status word.
    Q_PROPERTY(QString status READ status NOTIFY taskChanged FINAL)
    //! The market sent the content of the deliveries (402ai lists only names and notes).
    Q_PROPERTY(bool contentServed READ contentServed NOTIFY taskChanged FINAL)
    Q_PROPERTY(lw::DeliveryListModel *deliveries READ deliveries CONSTANT FINAL)
    Q_PROPERTY(lw::DeliveryUpload *upload READ upload CONSTANT FINAL)
    //! The outcome of the last Save as (translated); empty before one.
    Q_PROPERTY(QString saveText READ saveText NOTIFY saveTextChanged FINAL)

public:
    enum class State { Idle, Loading, Ready, Failed };
    Q_ENUM(State)

    explicit DeliveryController(QObject *parent = nullptr);
    ~DeliveryController() override;

    Session *session() const { return m_session; }
    void setSession(Session *session);
    qint64 accountId() const { return m_accountId; }
    void setAccountId(qint64 accountId);
    QString taskId() const { return m_taskId; }
    void setTaskId(const QString &taskId);

    State state() const { return m_state; }
    QString errorText() const { return m_errorText; }
    bool isBuyer() const { return m_isBuyer; }
    bool canDeliver() const { return m_canDeliver; }
    QString status() const { return m_status; }
    bool contentServed() const { return !m_content.isEmpty(); }
    DeliveryListModel *deliveries() const { return m_model; }
    DeliveryUpload *upload() const { return m_upload; }
    QString saveText() const { return m_saveText; }

    //! Asks the market for the task's deliveries again.
    Q_INVOKABLE void reload();
    //! The worker's file (from the file dialog, a drop, or a test): DeliveryUpload::setFile.
    Q_INVOKABLE bool setFile(const QUrl &url);
    Q_INVOKABLE void deliver();
    Q_INVOKABLE void cancel();
    //! Where Save as starts: the Downloads folder with the row's safe name.
    Q_INVOKABLE QUrl proposedSaveUrl(int row) const;
    //! Writes row `row`'s content as a new file in the folder of `fileUrl`, named safely (from
    //! the chosen name), never replacing a file; then hashes what was written and compares.
    //! Nothing is opened or run.
    Q_INVOKABLE bool saveDelivery(int row, const QUrl &fileUrl);

Q_SIGNALS:
    void sessionChanged();
    void accountIdChanged();
    void taskIdChanged();
    void stateChanged();
    void errorTextChanged();
    void taskChanged();
    void saveTextChanged();
    //! The worker's delivery reached the market (also when a stopped upload turns out to have
    //! reached it): the task detail should be read again.
    void delivered();

private:
    EngineSession *engine() const;
    void scheduleLoad();
    void load();
    void fetch();
    void apply(const HireTask &task);
    void setState(State state);
    void setError(const QString &error);
    void setSaveText(const QString &text);
    void onDelivered(const HireDelivery &delivery, qint64 sizeBytes, const QString &sha256);

    QPointer<Session> m_session;
    qint64 m_accountId = 0;
    qint64 m_resolvedAccount = 0;
    QString m_taskId;
    CoalescedCall m_load{this, [this] { load(); }}; //!< one load after several setters
    quint64 m_generation = 0;

    State m_state = State::Idle;
    QString m_errorText;
    QString m_ownId;
    QString m_status;
    bool m_isBuyer = false;
    bool m_canDeliver = false;
    QString m_saveText;
    //! Content the market served, by delivery id (never shown or opened; only saved).
    QHash<QString, QByteArray> m_content;
    //! What this app uploaded (size, SHA-256), by delivery id: shown on the worker's rows.
    QHash<QString, QPair<qint64, QString>> m_sent;
    DeliveryListModel *m_model;
    DeliveryUpload *m_upload;
};

} // namespace lw
