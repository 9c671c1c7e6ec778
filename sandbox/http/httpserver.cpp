// SPDX-License-Identifier: GPL-3.0-or-later
#include "httpserver.h"

#include "http/websockethub.h"
#include "support/clock.h"
#include "support/tamper.h"

#include <QCryptographicHash>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>
#include <QWebSocket>

#include <memory>

namespace lw::sandbox {

namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    default:
        return "UNKNOWN";
    }
}

// Keeps the Qt responder only while its socket is connected: Qt deletes the socket after it
// disconnects, and a responder must never outlive it.
struct Connection {
    std::unique_ptr<QHttpServerResponder> responder;
    QPointer<QTcpSocket> socket;
};

void write(Connection &c, const Response &response)
{
    if (!c.socket || !c.responder || c.socket->state() != QAbstractSocket::ConnectedState)
        return;
    QHttpServerResponder &r = *c.responder;
    r.writeStatusLine(QHttpServerResponder::StatusCode(response.status));
    for (const auto &[name, value] : response.headers)
        r.writeHeader(name, value);
    r.writeHeader("content-length", QByteArray::number(response.body.size()));
    r.writeBody(response.body);
    c.responder.reset();
}

// A tampered huge body, written straight to the socket in pieces as it drains and chunked
// (no length to refuse up front): neither side ever holds it whole, and a client can only stop
// it with its own cap.
void streamHugeBody(QTcpSocket *socket)
{
    static constexpr qint64 piece = 64 * 1024;
    static constexpr qint64 highWater = 4 * piece;
    socket->write("HTTP/1.1 200 OK\r\ncontent-type: application/json\r\n"
                  "transfer-encoding: chunked\r\nconnection: close\r\n\r\n");
    auto sent = std::make_shared<qint64>(0);
    auto pump = [socket, sent] {
        static const QByteArray filler(piece, ' ');
        static const QByteArray first = "{\"tasks\":[" + filler.first(piece - 10);
        const QByteArray head = QByteArray::number(piece, 16) + "\r\n";
        while (*sent < Tamper::hugeBodyBytes && socket->bytesToWrite() < highWater) {
            socket->write(head + (*sent == 0 ? first : filler) + "\r\n");
            *sent += piece;
            if (*sent >= Tamper::hugeBodyBytes) {
                socket->write("0\r\n\r\n");
                socket->disconnectFromHost();
            }
        }
    };
    QObject::connect(socket, &QTcpSocket::bytesWritten, socket, pump);
    pump();
}

} // namespace

HttpServer::HttpServer(Router &router, FaultInjector &faults, Tamper &tamper, RequestLog &log,
                       Clock &clock, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_router(router)
    , m_faults(faults)
    , m_tamper(tamper)
    , m_log(log)
    , m_clock(clock)
{
    // Connected from the start: Qt upgrades a WebSocket request only when someone listens.
    connect(this, &QAbstractHttpServer::newWebSocketConnection, this, [this] {
        while (hasPendingWebSocketConnections()) {
            std::unique_ptr<QWebSocket> socket = nextPendingWebSocketConnection();
            if (!socket)
                continue;
            if (m_hub)
                m_hub->accept(std::move(socket));
            else
                socket->close(QWebSocketProtocol::CloseCodePolicyViolated);
        }
    });
}

bool HttpServer::handleRequest(const QHttpServerRequest &qtRequest, QTcpSocket *socket)
{
    // Qt 6.4 upgrades a WebSocket request once this says it was handled (and closes it
    // otherwise): nothing may be written here, it would come before the handshake. The hub
    // decides about the socket instead.
    if (qtRequest.value("upgrade").compare("websocket", Qt::CaseInsensitive) == 0)
        return true;
    m_clock.tick();
    Request request;
    request.method = methodName(qtRequest.method());
    request.path = qtRequest.url().path();
    request.query = qtRequest.query();
    request.headers = qtRequest.headers();
    request.body = qtRequest.body();
    request.remote = qtRequest.remoteAddress();

    const Router::Match match = m_router.match(request.method, request.path);
    request.params = match.params;
    request.route =
        QString::fromLatin1(request.method) + u' ' + (match.handler ? match.pattern : request.path);

    const bool faultFree = request.path.startsWith(faultFreePrefix);
    // Drawn for every request even when tampered, so a tamper does not shift later faults.
    FaultInjector::Decision fault = faultFree ? FaultInjector::Decision{} : m_faults.decide();
    const Tamper::Body tampered =
        faultFree ? Tamper::Body::None : m_tamper.takeBody(request.method, request.path);
    if (tampered != Tamper::Body::None)
        fault = {};

    RequestLog::Entry entry;
    entry.time = m_clock.isoNow();
    entry.method = QString::fromLatin1(request.method);
    entry.path = request.path;
    entry.route = request.route;
    if (!request.body.isEmpty())
        entry.bodySha256 = QString::fromLatin1(
            QCryptographicHash::hash(request.body, QCryptographicHash::Sha256).toHex());
    switch (fault.action) {
    case FaultInjector::Action::ServerError:
        entry.fault = QStringLiteral("error");
        break;
    case FaultInjector::Action::ResetBefore:
    case FaultInjector::Action::ResetAfter:
        entry.fault = QStringLiteral("reset");
        break;
    case FaultInjector::Action::Hang:
        entry.fault = QStringLiteral("hang");
        break;
    case FaultInjector::Action::None:
        break;
    }
    if (tampered != Tamper::Body::None) {
        entry.fault = QStringLiteral("tamper");
        entry.status = 200;
    }
    const qint64 seq = m_log.add(entry);
    if (tampered == Tamper::Body::Huge) {
        streamHugeBody(socket);
        return true;
    }

    if (fault.action == FaultInjector::Action::Hang)
        return true; // the socket stays open until the client gives up
    if (fault.action == FaultInjector::Action::ResetBefore) {
        socket->abort();
        return true;
    }

    auto connection = std::make_shared<Connection>();
    connection->responder =
        std::make_unique<QHttpServerResponder>(makeResponder(qtRequest, socket));
    connection->socket = socket;
    QObject::connect(socket, &QTcpSocket::disconnected, socket,
                     [connection] { connection->responder.reset(); });

    const bool resetAfter = fault.action == FaultInjector::Action::ResetAfter;
    const int delayMs = fault.delayMs;
    QPointer<HttpServer> self(this);
    Reply reply([connection, resetAfter, delayMs, seq, self](Response response) {
        if (self)
            self->m_log.setStatus(seq, response.status);
        auto deliver = [connection, resetAfter, response] {
            if (resetAfter) {
                if (connection->socket)
                    connection->socket->abort();
                return;
            }
            write(*connection, response);
        };
        if (delayMs > 0)
            QTimer::singleShot(delayMs, deliver);
        else
            deliver();
    });

    if (tampered != Tamper::Body::None) {
        reply.send(Response::text(200, Tamper::bodyBytes(tampered), Tamper::contentType(tampered)));
        return true;
    }
    if (fault.action == FaultInjector::Action::ServerError) {
        static const QByteArray texts[] = {"Internal Server Error", "Bad Gateway",
                                           "Service Unavailable"};
        const int index = fault.status == 500 ? 0 : fault.status == 502 ? 1 : 2;
        reply.send(Response::text(fault.status, texts[index]));
        return true;
    }
    if (request.body.size() > maxBodyBytes) {
        reply.send(m_router.error(request, 413));
        return true;
    }
    if (!match.handler) {
        reply.send(m_router.error(request, match.otherMethodMatched ? 405 : 404));
        return true;
    }
    (*match.handler)(request, reply);
    return true;
}

void HttpServer::missingHandler(const QHttpServerRequest &, QTcpSocket *)
{
    // handleRequest() answers everything, unknown routes included.
}

} // namespace lw::sandbox
