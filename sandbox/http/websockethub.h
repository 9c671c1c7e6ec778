// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>
#include <QPair>
#include <QString>

#include <functional>
#include <memory>

QT_BEGIN_NAMESPACE
class QWebSocket;
QT_END_NAMESPACE

namespace lw::sandbox {

//! The WebSockets the HTTP server upgraded: each is handed, by the longest path prefix that
//! matches, to the handler registered for it, and kept here until the client leaves or
//! closeAll() runs. Unknown paths are closed at once with 1008. Handlers never own a socket:
//! they may hold it (a QPointer, or until its destroyed()) and send on it.
class WebSocketHub : public QObject {
    Q_OBJECT

public:
    //! `rest` is the path after the prefix (without a leading '/'). A handler that does not
    //! want the socket refuses it; the hub deletes it once it is closed.
    using Handler = std::function<void(QWebSocket *socket, const QString &rest)>;

    explicit WebSocketHub(QObject *parent = nullptr);
    ~WebSocketHub() override;

    //! Sockets whose path starts with `prefix` ("/phoenixd/websocket") go to `handler`.
    void addHandler(const QString &prefix, Handler handler);
    //! Takes a socket whose handshake is done.
    void accept(std::unique_ptr<QWebSocket> socket);
    //! Closes every socket (a reset or a stop of the sandbox): 1001, going away.
    void closeAll();
    //! Closes a socket just handed over with 1008 (policy violation) and `reason`, once Qt
    //! is done with its handshake.
    static void refuse(QWebSocket *socket, const QString &reason);
    //! Sockets open now.
    qsizetype count() const;

private:
    void dropped(QWebSocket *socket);

    QList<QPair<QString, Handler>> m_handlers;
};

} // namespace lw::sandbox
