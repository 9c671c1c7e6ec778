// SPDX-License-Identifier: GPL-3.0-or-later
#include "http/websockethub.h"

#include <QWebSocket>

using namespace Qt::Literals::StringLiterals;

namespace lw::sandbox {

WebSocketHub::WebSocketHub(QObject *parent)
    : QObject(parent)
{}

WebSocketHub::~WebSocketHub()
{
    // The sockets go with the hub (they are its children), each after a close frame.
    for (QWebSocket *socket : findChildren<QWebSocket *>(Qt::FindDirectChildrenOnly)) {
        socket->disconnect(this);
        socket->close(QWebSocketProtocol::CloseCodeGoingAway, u"sandbox stopped"_s);
    }
}

void WebSocketHub::addHandler(const QString &prefix, Handler handler)
{
    m_handlers.append({prefix, std::move(handler)});
}

void WebSocketHub::accept(std::unique_ptr<QWebSocket> owned)
{
    QWebSocket *socket = owned.release();
    socket->setParent(this);
    // A client has nothing to send on these feeds; a big message is only a way to eat memory.
    socket->setMaxAllowedIncomingMessageSize(64 * 1024);
    socket->setMaxAllowedIncomingFrameSize(64 * 1024);
    connect(socket, &QWebSocket::disconnected, this, [this, socket] { dropped(socket); });

    const QString path = socket->requestUrl().path();
    const Handler *best = nullptr;
    qsizetype bestLength = -1;
    for (const auto &[prefix, handler] : m_handlers) {
        if (path.startsWith(prefix) && prefix.size() > bestLength) {
            best = &handler;
            bestLength = prefix.size();
        }
    }
    if (!best) {
        refuse(socket, u"unknown path"_s);
        return;
    }
    QString rest = path.mid(bestLength);
    while (rest.startsWith(u'/'))
        rest.remove(0, 1);
    (*best)(socket, rest);
}

void WebSocketHub::refuse(QWebSocket *socket, const QString &reason)
{
    // Closed from the event loop: Qt still reads the handshake's socket right after handing it
    // over, and warns when it was closed under it.
    QMetaObject::invokeMethod(
        socket,
        [socket, reason] { socket->close(QWebSocketProtocol::CloseCodePolicyViolated, reason); },
        Qt::QueuedConnection);
}

void WebSocketHub::dropped(QWebSocket *socket)
{
    socket->disconnect(this);
    socket->deleteLater();
}

void WebSocketHub::closeAll()
{
    for (QWebSocket *socket : findChildren<QWebSocket *>(Qt::FindDirectChildrenOnly)) {
        socket->disconnect(this);
        socket->close(QWebSocketProtocol::CloseCodeGoingAway, u"sandbox reset"_s);
        socket->deleteLater();
    }
}

qsizetype WebSocketHub::count() const
{
    return findChildren<QWebSocket *>(Qt::FindDirectChildrenOnly).size();
}

} // namespace lw::sandbox
