// SPDX-License-Identifier: GPL-3.0-or-later
#include "nwc/relayconnection.h"

#include "nostr/nostrevent.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkProxy>
#include <QRandomGenerator>
#include <QWebSocket>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace lw {

namespace {

QString stringAt(const QJsonArray &a, qsizetype i)
{
    return i < a.size() ? a.at(i).toString() : QString();
}

} // namespace

RelayConnection::RelayConnection(QUrl url, RelayOptions options, QObject *parent)
    : QObject(parent)
    , m_url(std::move(url))
    , m_options(options)
{
    m_connectTimer.setSingleShot(true);
    m_pongTimer.setSingleShot(true);
    m_reconnectTimer.setSingleShot(true);
    m_graceTimer.setSingleShot(true);
    connect(&m_connectTimer, &QTimer::timeout, this,
            [this] { onDropped(u"the relay did not accept the connection in time"_s); });
    connect(&m_pongTimer, &QTimer::timeout, this,
            [this] { onDropped(u"the relay stopped answering pings"_s); });
    connect(&m_reconnectTimer, &QTimer::timeout, this, &RelayConnection::connectNow);
    connect(&m_graceTimer, &QTimer::timeout, this, [this] { flush(true); });
    connect(&m_pingTimer, &QTimer::timeout, this, [this] {
        if (m_socket && m_connected && !m_pongTimer.isActive()) {
            m_socket->ping();
            m_pongTimer.start(m_options.pongTimeout);
        }
    });
}

RelayConnection::~RelayConnection()
{
    m_wantOpen = false;
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        delete m_socket;
    }
}

void RelayConnection::open()
{
    if (m_wantOpen)
        return;
    m_wantOpen = true;
    connectNow();
}

void RelayConnection::close()
{
    m_wantOpen = false;
    m_reconnectTimer.stop();
    if (m_socket)
        onDropped(u"closed"_s);
}

void RelayConnection::connectNow()
{
    if (!m_wantOpen || m_socket)
        return;
    auto *socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    socket->setProxy(QNetworkProxy::NoProxy);
    socket->setMaxAllowedIncomingMessageSize(quint64(m_options.maxMessageBytes));
    socket->setMaxAllowedIncomingFrameSize(quint64(m_options.maxMessageBytes));
    m_socket = socket;
    connect(socket, &QWebSocket::connected, this, &RelayConnection::onConnected);
    connect(socket, &QWebSocket::disconnected, this, [this, socket] {
        if (socket == m_socket)
            onDropped(socket->closeReason().isEmpty() ? u"the relay closed the connection"_s
                                                      : socket->closeReason().left(200));
    });
    connect(socket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), this,
            [this, socket](QAbstractSocket::SocketError) {
                if (socket == m_socket)
                    onDropped(socket->errorString().left(200));
            });
    connect(socket, &QWebSocket::textMessageReceived, this, &RelayConnection::onText);
    connect(socket, &QWebSocket::pong, this, [this] { m_pongTimer.stop(); });
    m_connectTimer.start(m_options.connectTimeout);
    socket->open(m_url);
}

void RelayConnection::onConnected()
{
    m_connectTimer.stop();
    m_connected = true;
    m_attempt = 0;
    m_pingTimer.start(m_options.pingInterval);
    Q_EMIT connected();
    for (auto it = m_subscriptions.cbegin(); it != m_subscriptions.cend(); ++it)
        sendReq(it.key());
    flush(false);
    if (std::any_of(m_outgoing.cbegin(), m_outgoing.cend(),
                    [](const Outgoing &o) { return !o.sent; }))
        m_graceTimer.start(m_options.publishGrace);
}

void RelayConnection::onDropped(const QString &reason)
{
    if (!m_socket)
        return;
    QWebSocket *socket = m_socket;
    m_socket = nullptr;
    socket->disconnect(this);
    socket->abort();
    socket->deleteLater();
    const bool wasConnected = m_connected;
    m_connected = false;
    m_connectTimer.stop();
    m_pingTimer.stop();
    m_pongTimer.stop();
    m_graceTimer.stop();
    m_authEventId.clear();
    m_authChallenge.clear();
    m_authState = AuthState::None;
    for (Subscription &s : m_subscriptions) {
        s.eose = false;
        s.waitingForAuth = false;
        s.closedBy.clear();
    }
    for (Outgoing &o : m_outgoing) {
        o.sent = false;
        o.waitingForAuth = false;
    }
    if (wasConnected)
        Q_EMIT disconnected(reason);
    scheduleReconnect();
}

void RelayConnection::scheduleReconnect()
{
    if (!m_wantOpen || m_reconnectTimer.isActive())
        return;
    const qint64 initial = std::max<qint64>(1, m_options.reconnectInitial.count());
    const qint64 cap = std::max<qint64>(initial, m_options.reconnectMax.count());
    const int shift = std::min(m_attempt, 20);
    const qint64 base = std::min(cap, initial << shift);
    // ±20 % so that many clients dropped together do not come back together.
    const double jitter = 0.8 + 0.4 * QRandomGenerator::global()->generateDouble();
    ++m_attempt;
    ++m_reconnects;
    m_reconnectTimer.start(std::chrono::milliseconds(qint64(double(base) * jitter)));
}

void RelayConnection::subscribe(const QString &subId, const QJsonObject &filter,
                                std::optional<qint64> since)
{
    Subscription s;
    s.filter = filter;
    s.since = since;
    m_subscriptions.insert(subId, s);
    if (m_connected)
        sendReq(subId);
}

void RelayConnection::unsubscribe(const QString &subId)
{
    if (m_subscriptions.remove(subId) > 0 && m_connected)
        send(QJsonDocument(QJsonArray{u"CLOSE"_s, subId}).toJson(QJsonDocument::Compact));
}

void RelayConnection::publish(const QJsonObject &event, const QString &afterSubId)
{
    const QString id = event.value(u"id").toString();
    forget(id);
    m_outgoing.append(
        Outgoing{id, QJsonDocument(QJsonArray{u"EVENT"_s, event}).toJson(QJsonDocument::Compact),
                 afterSubId, false, false});
    if (!m_connected)
        return;
    flush(false);
    const bool waiting = std::any_of(m_outgoing.cbegin(), m_outgoing.cend(),
                                     [&](const Outgoing &o) { return o.id == id && !o.sent; });
    if (waiting && !m_graceTimer.isActive())
        m_graceTimer.start(m_options.publishGrace);
}

void RelayConnection::forget(const QString &eventId)
{
    m_outgoing.removeIf([&](const Outgoing &o) { return o.id == eventId; });
}

void RelayConnection::sendReq(const QString &subId)
{
    Subscription &s = m_subscriptions[subId];
    QJsonObject filter = s.filter;
    if (s.since)
        filter.insert(u"since"_s, *s.since);
    s.eose = false;
    s.closedBy.clear();
    send(QJsonDocument(QJsonArray{u"REQ"_s, subId, filter}).toJson(QJsonDocument::Compact));
}

void RelayConnection::flush(bool ignoreEose)
{
    if (!m_connected)
        return;
    QList<std::pair<QString, QString>> refused;
    for (auto o = m_outgoing.begin(); o != m_outgoing.end();) {
        const auto sub = o->afterSubId.isEmpty() ? m_subscriptions.cend()
                                                 : m_subscriptions.constFind(o->afterSubId);
        const bool hasSub = sub != m_subscriptions.cend();
        if (!o->sent && hasSub && !sub->closedBy.isEmpty()) {
            // Its answer could not come back through this socket: the request stays unsent.
            refused.append({o->id, u"not sent: the relay closed the subscription for its answer ("_s
                                       + sub->closedBy + u')'});
            o = m_outgoing.erase(o);
            continue;
        }
        // Ephemeral answers reach only subscriptions open when they are published, so a
        // request waits until its answer's subscription is in place (or being authorised).
        const bool subPending = hasSub && (sub->waitingForAuth || (!ignoreEose && !sub->eose));
        if (!o->sent && !o->waitingForAuth && !subPending) {
            o->sent = true;
            send(o->message);
            Q_EMIT eventSent(o->id);
        }
        ++o;
    }
    // Signalled last: a receiver may forget() events and so change m_outgoing.
    for (const auto &[id, message] : std::as_const(refused))
        Q_EMIT okReceived(id, false, message);
}

void RelayConnection::send(const QByteArray &message)
{
    if (m_socket && m_connected)
        m_socket->sendTextMessage(QString::fromUtf8(message));
}

void RelayConnection::onText(const QString &text)
{
    m_pongTimer.stop(); // any message shows the socket is alive
    if (text.size() > m_options.maxMessageBytes)
        return;
    // nostr::parseJson keeps a leading U+FEFF in strings, which Qt's parser drops (the event id
    // would no longer match).
    const QJsonArray a = nostr::parseJson(text.toUtf8()).array();
    const QString type = stringAt(a, 0);
    if (type == u"EVENT" && a.size() >= 3 && a.at(2).isObject()) {
        const QString subId = stringAt(a, 1);
        if (m_subscriptions.contains(subId))
            Q_EMIT eventReceived(subId, a.at(2).toObject());
    } else if (type == u"EOSE") {
        const QString subId = stringAt(a, 1);
        const auto it = m_subscriptions.find(subId);
        if (it == m_subscriptions.end())
            return;
        it->eose = true;
        Q_EMIT endOfStoredEvents(subId);
        flush(false);
    } else if (type == u"OK" && a.size() >= 3) {
        handleOk(stringAt(a, 1), a.at(2).toBool(), stringAt(a, 3).left(300));
    } else if (type == u"CLOSED") {
        const QString subId = stringAt(a, 1);
        const QString message = stringAt(a, 2).left(300);
        const auto it = m_subscriptions.find(subId);
        if (it == m_subscriptions.end())
            return;
        if (message.startsWith(u"auth-required:") && expectAuth()) {
            it->waitingForAuth = true;
            return;
        }
        it->waitingForAuth = false;
        it->closedBy = message.isEmpty() ? u"closed by the relay"_s : message;
        Q_EMIT subscriptionClosed(subId, message);
        flush(false);
    } else if (type == u"AUTH") {
        handleAuth(stringAt(a, 1));
    }
    // NOTICE and anything unknown: nothing to act on.
}

void RelayConnection::handleOk(const QString &id, bool accepted, const QString &message)
{
    if (!m_authEventId.isEmpty() && id == m_authEventId) {
        m_authEventId.clear();
        if (accepted)
            authAccepted();
        else
            authRefused(message.isEmpty() ? u"no reason given"_s : message);
        return;
    }
    const auto it = std::find_if(m_outgoing.begin(), m_outgoing.end(),
                                 [&](const Outgoing &o) { return o.id == id; });
    if (it == m_outgoing.end())
        return;
    if (!accepted && message.startsWith(u"auth-required:") && expectAuth()) {
        it->waitingForAuth = true;
        return;
    }
    const bool ok = accepted || message.startsWith(u"duplicate:");
    m_outgoing.erase(it);
    Q_EMIT okReceived(id, ok, message);
}

void RelayConnection::handleAuth(const QString &challenge)
{
    if (!m_authSigner || challenge.isEmpty() || challenge.size() > 256)
        return;
    // Relays repeat the challenge after each refusal: one answer per challenge and socket.
    if (challenge == m_authChallenge)
        return;
    m_authChallenge = challenge;
    const auto event = m_authSigner(m_url, challenge);
    if (!event)
        return authRefused(u"the AUTH event could not be signed"_s);
    m_authState = AuthState::Sent;
    m_authEventId = event->value(u"id").toString();
    send(QJsonDocument(QJsonArray{u"AUTH"_s, *event}).toJson(QJsonDocument::Compact));
}

bool RelayConnection::expectAuth() const
{
    // Once the relay has accepted or refused our AUTH, a further refusal is final.
    return m_authSigner && (m_authState == AuthState::None || m_authState == AuthState::Sent);
}

void RelayConnection::authAccepted()
{
    m_authState = AuthState::Accepted;
    // What the relay refused for want of it goes again, unchanged.
    for (auto it = m_subscriptions.begin(); it != m_subscriptions.end(); ++it) {
        if (it->waitingForAuth) {
            it->waitingForAuth = false;
            sendReq(it.key());
        }
    }
    for (Outgoing &o : m_outgoing) {
        if (o.waitingForAuth) {
            o.waitingForAuth = false;
            o.sent = false;
        }
    }
    flush(false);
    if (std::any_of(m_outgoing.cbegin(), m_outgoing.cend(),
                    [](const Outgoing &o) { return !o.sent; })
        && !m_graceTimer.isActive())
        m_graceTimer.start(m_options.publishGrace);
}

void RelayConnection::authRefused(const QString &why)
{
    m_authState = AuthState::Refused;
    const QString message =
        u"auth-required: the relay refused authentication ("_s + why.left(200) + u')';
    QStringList closed;
    for (auto it = m_subscriptions.begin(); it != m_subscriptions.end(); ++it) {
        if (it->waitingForAuth) {
            it->waitingForAuth = false;
            it->closedBy = message;
            closed.append(it.key());
        }
    }
    QStringList refused;
    m_outgoing.removeIf([&](const Outgoing &o) {
        if (o.waitingForAuth)
            refused.append(o.id);
        return o.waitingForAuth;
    });
    for (const QString &subId : std::as_const(closed))
        Q_EMIT subscriptionClosed(subId, message);
    for (const QString &id : std::as_const(refused))
        Q_EMIT okReceived(id, false, message);
    flush(false); // events waiting for a closed subscription are refused too
}

} // namespace lw
