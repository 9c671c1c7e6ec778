// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "http/faults.h"
#include "http/requestlog.h"
#include "http/router.h"

#include <QAbstractHttpServer>
#include <QPointer>

namespace lw::sandbox {

class Clock;
class Tamper;
class WebSocketHub;

//! Qt HTTP Server underneath, the sandbox's router, fault injection and request log on top.
//! Built on QAbstractHttpServer because the faults need the socket (to reset or hang it), and
//! a tampered huge body is streamed to it.
//!
//! WebSocket upgrades go to the hub set with setWebSocketHub() (closed when there is none).
//! Qt 6.4 upgrades every request that asks before any route or check runs: a server cannot
//! answer 401 instead, so refusing is up to the hub's handlers (a close with 1008). Faults and
//! the request log do not see WebSockets.
class HttpServer : public QAbstractHttpServer {
    Q_OBJECT

public:
    //! Bodies above this are refused with 413 in the style of the service asked.
    static constexpr qsizetype maxBodyBytes = 16 * 1024 * 1024;
    //! Paths that faults never touch (the admin API tests drive the sandbox with).
    static constexpr QStringView faultFreePrefix = u"/_sandbox/";

    HttpServer(Router &router, FaultInjector &faults, Tamper &tamper, RequestLog &log, Clock &clock,
               QObject *parent = nullptr);

    void setWebSocketHub(WebSocketHub *hub) { m_hub = hub; }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    Router &m_router;
    FaultInjector &m_faults;
    Tamper &m_tamper;
    RequestLog &m_log;
    Clock &m_clock;
    QPointer<WebSocketHub> m_hub;
};

} // namespace lw::sandbox
