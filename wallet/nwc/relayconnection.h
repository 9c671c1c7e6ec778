// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <chrono>
#include <functional>
#include <optional>

class QWebSocket;

namespace lw {

//! How a relay connection behaves; the defaults follow research/nwc.md §9.1.8.
struct RelayOptions {
    std::chrono::milliseconds connectTimeout{10'000};
    std::chrono::milliseconds pingInterval{30'000};
    std::chrono::milliseconds pongTimeout{10'000};
    std::chrono::milliseconds reconnectInitial{1'000};
    std::chrono::milliseconds reconnectMax{300'000};
    //! An event waiting for its subscription's EOSE goes out anyway after this long.
    std::chrono::milliseconds publishGrace{1'500};
    //! Larger messages close the socket (NIP-47 asks relays for ≥ 64 KB; we allow more).
    qint64 maxMessageBytes = 512 * 1024;
};

//! One Nostr relay over a WebSocket (NIP-01, NIP-42). It keeps what it was asked for across
//! drops: on every reconnect it re-sends each open subscription (with its `since`, so stored
//! events missed meanwhile arrive) and re-publishes, unchanged, every event whose OK has not
//! arrived. Reconnects back off exponentially with jitter.
//!
//! NIP-42: a REQ or EVENT refused `auth-required:` waits while the connection answers the
//! relay's challenge, and goes again unchanged once the relay accepts; if it refuses, the
//! refusal stands (okReceived false), and an event whose answer's subscription was closed is
//! not sent at all.
class RelayConnection : public QObject {
    Q_OBJECT

public:
    //! Signs a NIP-42 AUTH event (kind 22242) for this relay and challenge; nullopt declines.
    using AuthSigner = std::function<std::optional<QJsonObject>(const QUrl &, const QString &)>;

    RelayConnection(QUrl url, RelayOptions options, QObject *parent = nullptr);
    ~RelayConnection() override;

    QUrl url() const { return m_url; }
    bool isConnected() const { return m_connected; }
    int reconnectCount() const { return m_reconnects; }
    void setAuthSigner(AuthSigner signer) { m_authSigner = std::move(signer); }

    //! Starts connecting (and keeps reconnecting until close()).
    void open();
    void close();

    //! REQ now if connected and again after every reconnect, until unsubscribe().
    void subscribe(const QString &subId, const QJsonObject &filter,
                   std::optional<qint64> since = std::nullopt);
    void unsubscribe(const QString &subId);
    //! Sends the signed event, after subscription `afterSubId` (if any) has had its EOSE on
    //! this socket or the grace time passed, and again after each reconnect until its OK.
    void publish(const QJsonObject &event, const QString &afterSubId = {});
    //! Stops re-publishing an event (its request is over).
    void forget(const QString &eventId);

Q_SIGNALS:
    void connected();
    void disconnected(const QString &reason);
    void eventReceived(const QString &subId, const QJsonObject &event);
    void endOfStoredEvents(const QString &subId);
    void okReceived(const QString &eventId, bool accepted, const QString &message);
    void subscriptionClosed(const QString &subId, const QString &message);
    //! An event left this process on an open socket (the relay may have passed it on).
    void eventSent(const QString &eventId);

private:
    struct Subscription {
        QJsonObject filter;
        std::optional<qint64> since;
        bool eose = false;
        bool waitingForAuth = false;
        //! The relay's CLOSED on this socket: no answer can come through it until a new REQ.
        QString closedBy;
    };
    struct Outgoing {
        QString id;
        QByteArray message;
        QString afterSubId;
        bool sent = false;
        bool waitingForAuth = false;
    };
    //! NIP-42 on the current socket.
    enum class AuthState { None, Sent, Accepted, Refused };

    void connectNow();
    void onConnected();
    void onDropped(const QString &reason);
    void scheduleReconnect();
    void onText(const QString &text);
    void handleOk(const QString &id, bool accepted, const QString &message);
    void handleAuth(const QString &challenge);
    //! Whether an `auth-required:` refusal may still be lifted by authenticating.
    bool expectAuth() const;
    void authAccepted();
    void authRefused(const QString &why);
    void sendReq(const QString &subId);
    void flush(bool ignoreEose);
    void send(const QByteArray &message);

    QUrl m_url;
    RelayOptions m_options;
    QPointer<QWebSocket> m_socket;
    QTimer m_connectTimer;
    QTimer m_pingTimer;
    QTimer m_pongTimer;
    QTimer m_reconnectTimer;
    QTimer m_graceTimer;
    QMap<QString, Subscription> m_subscriptions;
    QList<Outgoing> m_outgoing;
    AuthSigner m_authSigner;
    QString m_authEventId;
    QString m_authChallenge;
    AuthState m_authState = AuthState::None;
    bool m_wantOpen = false;
    bool m_connected = false;
    int m_attempt = 0;
    int m_reconnects = 0;
};

} // namespace lw
