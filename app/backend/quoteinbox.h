// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "quoteinboxmodel.h"
#include "session.h"

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

namespace lw {

//! The Quotes list: every quote thread of the current profile's 402ai accounts, from the
//! offline copy at once, then kept current from the market while `active` (every
//! `pollIntervalMs`, and on refresh()). As `lightwork-cli messages` does, through
//! quotethreads.h.
class QuoteInbox : public QObject {
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(lw::Session *session READ session WRITE setSession NOTIFY sessionChanged FINAL)
    //! Polls the market while true (the page is shown).
    Q_PROPERTY(bool active READ active WRITE setActive NOTIFY activeChanged FINAL)
    Q_PROPERTY(lw::QuoteInboxModel *threads READ threads CONSTANT FINAL)
    //! A refresh is under way.
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged FINAL)
    //! Why the market could not be asked (translated); empty otherwise.
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged FINAL)
    //! The profile has a 402ai account at all.
    Q_PROPERTY(bool hasAccount READ hasAccount NOTIFY threadsChanged FINAL)

public:
    static constexpr int pollIntervalMs = 30'000;

    explicit QuoteInbox(QObject *parent = nullptr);
    ~QuoteInbox() override;

    Session *session() const { return m_session; }
    void setSession(Session *session);
    bool active() const { return m_active; }
    void setActive(bool active);
    QuoteInboxModel *threads() const { return m_threads; }
    bool busy() const { return m_pending > 0; }
    QString errorText() const { return m_errorText; }
    bool hasAccount() const { return !m_accounts.isEmpty(); }

    //! Asks the market now.
    Q_INVOKABLE void refresh();
    //! Reads the offline copy again (after a thread was read or written to).
    Q_INVOKABLE void reload();

Q_SIGNALS:
    void sessionChanged();
    void activeChanged();
    void busyChanged();
    void errorTextChanged();
    void threadsChanged();
    //! A refresh finished (with or without an error).
    void refreshed();

private:
    void rebind();
    void setError(const QString &error);
    void setPending(int pending);

    QPointer<Session> m_session;
    bool m_active = false;
    QuoteInboxModel *m_threads;
    QTimer m_poll;
    QList<qint64> m_accounts; //!< the profile's 402ai accounts
    int m_pending = 0;        //!< accounts being refreshed
    quint64 m_generation = 0; //!< counts profile changes, so a late answer is dropped
    QString m_errorText;
    QString m_firstError; //!< of the refresh under way
};

} // namespace lw
