// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDBusConnection>
#include <QObject>
#include <QStringList>

namespace lw {

//! Where the app's notifications go: the desktop's, or a test's list.
class NotificationSink {
public:
    virtual ~NotificationSink() = default;
    //! `summary` and `body` are plain text.
    virtual void notify(const QString &summary, const QString &body) = 0;
};

//! Shows notifications through the freedesktop Notifications service
//! (org.freedesktop.Notifications on the session bus). Every call is asynchronous with a
//! timeout: a desktop without the service, or one that does not answer, turns the notifier
//! off (logged once at info level) and the app goes on without notifications.
class DesktopNotifier : public QObject, public NotificationSink {
    Q_OBJECT

public:
    enum class State { Unknown, Probing, Ready, Disabled };
    Q_ENUM(State)

    static constexpr int defaultTimeoutMs = 5'000;
    static constexpr qsizetype summaryLimit = 120;
    static constexpr qsizetype bodyLimit = 400;
    static constexpr qsizetype queueLimit = 16;

    explicit DesktopNotifier(QObject *parent = nullptr);
    explicit DesktopNotifier(const QDBusConnection &bus, QObject *parent = nullptr);

    void notify(const QString &summary, const QString &body) override;

    State state() const { return m_state; }
    //! How long a call may wait for the service.
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }

    //! The body as the server should get it: one paragraph of plain text, cut to bodyLimit,
    //! with markup escaped when the server reads markup.
    static QString bodyText(const QString &text, bool serverReadsMarkup);
    static QString summaryText(const QString &text);

Q_SIGNALS:
    void stateChanged(lw::DesktopNotifier::State state);
    //! The service accepted a notification and gave it this id.
    void shown(uint id);

private:
    struct Pending {
        QString summary;
        QString body;
    };
    void probe();
    void send(const Pending &note);
    void flush();
    void disable(const QString &why);
    void setState(State state);

    QDBusConnection m_bus;
    State m_state = State::Unknown;
    bool m_markup = false;
    int m_timeoutMs = defaultTimeoutMs;
    QList<Pending> m_queue;
};

} // namespace lw
