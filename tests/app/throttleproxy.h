// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHostAddress>
#include <QList>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <memory>

namespace lwtest {

//! A TCP proxy on the port the app knows the market by, in front of the sandbox on another
//! one. Throttled, it passes what the app sends on at `perTick` bytes every 20 ms, so that an
//! upload is still running when it is stopped; what the app had not sent never arrives, and a
//! connection the app ends is cut towards the sandbox at once. Holding answers, it passes
//! requests on but not what the sandbox answers to them.
class ThrottleProxy : public QTcpServer {
public:
    ThrottleProxy(quint16 port, quint16 upstream)
        : m_upstream(upstream)
    {
        listen(QHostAddress::LocalHost, port);
        m_tick.setInterval(20);
        QObject::connect(&m_tick, &QTimer::timeout, this, [this] {
            m_pipes.removeIf([](const auto &p) { return !p->client || !p->upstream; });
            for (const auto &p : std::as_const(m_pipes)) {
                p->passed = 0;
                forward(*p);
            }
        });
        m_tick.start();
    }

    void setThrottle(qint64 perTick) { m_perTick = perTick; }
    //! Connections made from now on get no answer (until the app ends them).
    void setHoldAnswers(bool hold) { m_holdAnswers = hold; }

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto pipe = std::make_shared<Pipe>();
        auto *client = new QTcpSocket(this);
        client->setSocketDescriptor(descriptor);
        // Small buffers on this side: the app's upload waits for the throttle, not for them.
        client->setSocketOption(QAbstractSocket::ReceiveBufferSizeSocketOption, 64 * 1024);
        client->setReadBufferSize(16 * 1024);
        auto *upstream = new QTcpSocket(this);
        pipe->client = client;
        pipe->upstream = upstream;
        pipe->hold = m_holdAnswers;
        m_pipes.append(pipe);
        connect(client, &QTcpSocket::readyRead, this, [this, pipe] { forward(*pipe); });
        connect(upstream, &QTcpSocket::connected, this, [this, pipe] { forward(*pipe); });
        connect(upstream, &QTcpSocket::readyRead, this, [pipe] {
            if (pipe->client && pipe->client->isOpen() && !pipe->hold)
                pipe->client->write(pipe->upstream->readAll());
        });
        connect(client, &QTcpSocket::disconnected, this, [pipe] {
            if (pipe->upstream)
                pipe->upstream->abort(); // what was not passed on never arrives
            pipe->client->deleteLater();
        });
        connect(upstream, &QTcpSocket::disconnected, this, [pipe] {
            if (pipe->hold)
                return;
            if (pipe->client && pipe->client->isOpen() && pipe->upstream->isOpen()) {
                pipe->client->write(pipe->upstream->readAll());
                pipe->client->disconnectFromHost();
            }
            pipe->upstream->deleteLater();
        });
        upstream->connectToHost(QHostAddress::LocalHost, m_upstream);
    }

private:
    struct Pipe {
        QPointer<QTcpSocket> client;
        QPointer<QTcpSocket> upstream;
        qint64 passed = 0; //!< this tick
        bool hold = false;
    };

    void forward(Pipe &p)
    {
        if (!p.client || !p.client->isOpen() || !p.upstream
            || p.upstream->state() != QAbstractSocket::ConnectedState)
            return;
        const qint64 room = m_perTick > 0 ? m_perTick - p.passed : p.client->bytesAvailable();
        if (room <= 0)
            return;
        const QByteArray data = p.client->read(room);
        p.passed += data.size();
        p.upstream->write(data);
    }

    quint16 m_upstream;
    qint64 m_perTick = 0;
    bool m_holdAnswers = false;
    QTimer m_tick;
    QList<std::shared_ptr<Pipe>> m_pipes;
};

} // namespace lwtest
