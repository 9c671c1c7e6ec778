// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocalServer>
#include <QObject>
#include <QStringList>

namespace lw {

//! One running Lightwork per user and data folder. A second launch hands its arguments (a
//! `lightning:` link from the browser, say) to the running instance over a per-user local socket
//! and exits; the running instance emits argumentsReceived(). Messages from the socket are
//! untrusted: size-capped, read with a timeout and parsed defensively (see handoffmessage.h).
class SingleInstance : public QObject {
    Q_OBJECT

public:
    enum class Role {
        Primary,   //!< this process is the running instance now
        Secondary, //!< the running instance took the arguments; exit quietly
        Failed,    //!< an instance answers but did not take them, or the socket is unusable
    };
    Q_ENUM(Role)

    enum class HandOff { Delivered, NoInstance, NoAnswer };

    //! `serverName` is a socket path (see defaultServerName()).
    explicit SingleInstance(QString serverName, QObject *parent = nullptr);
    ~SingleInstance() override;

    //! The socket in the user's runtime folder (0700, owned by the user), named after the user
    //! id and, when LIGHTWORK_DATA is set, a hash of that folder, so
    //! tests and a sandbox instance do not meet the real one.
    static QString defaultServerName();

    //! Hands `arguments` to a running instance, or becomes the running instance. Blocks for at
    //! most a few seconds; call it before any window exists.
    Role start(const QStringList &arguments);

    //! Sends `arguments` and waits for the running instance's acknowledgement.
    HandOff handOff(const QStringList &arguments, int timeoutMs = 3000) const;

    QString serverName() const { return m_serverName; }
    bool isListening() const { return m_server.isListening(); }

Q_SIGNALS:
    //! Arguments of a later launch, as that launch received them (untrusted text).
    void argumentsReceived(const QStringList &arguments);

private:
    bool listen();
    bool someoneAnswers() const;
    void acceptConnections();

    QString m_serverName;
    QLocalServer m_server;
    int m_openConnections = 0;
};

} // namespace lw
