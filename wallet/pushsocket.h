// SPDX-License-Identifier: GPL-3.0-or-later
// One WebSocket a wallet keeps open to hear what its node pushes (phoenixd /websocket, LNbits
// /api/v1/ws/{key}). Shared by the phoenixd and LNbits events; it knows nothing of either.
#pragma once

#include "net/apperror.h"

#include <QByteArrayList>
#include <QElapsedTimer>
#include <QNetworkRequest>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>
#include <memory>

QT_BEGIN_NAMESPACE
class QWebSocket;
QT_END_NAMESPACE

namespace lw {

//! Opened by start() and reopened after every close or error: first after the first delay,
//! then after twice as long each time up to the most; a connection that carried a message or
//! lasted starts over at the first. Pinged, so a peer that vanished without a word is noticed;
//! larger messages than the cap close the socket (and it is reopened).
//!
//! A close with 1008 (policy violation) or an HTTP 401/403 instead of the handshake means the
//! credentials were refused: it stays Refused, without retrying, until start() again. Only
//! wss:// goes anywhere; ws:// only to this computer, as for HTTP. Errors never carry the URL
//! or the secrets given (a key may be part of the path).
class PushSocket : public QObject {
    Q_OBJECT

public:
    enum class State {
        Idle,       //!< not started
        Connecting, //!< the handshake is under way
        Connected,
        Waiting, //!< dropped; reopens after the delay
        Refused  //!< credentials or URL refused; see lastError()
    };
    Q_ENUM(State)

    struct Options {
        std::chrono::milliseconds firstDelay{1'000};
        std::chrono::milliseconds mostDelay{60'000};
        std::chrono::milliseconds connectTimeout{15'000};
        std::chrono::milliseconds pingInterval{30'000};
        std::chrono::milliseconds pongTimeout{10'000};
        qint64 maxMessageBytes = 64 * 1024;
    };

    //! `request` is the ws(s) URL with any headers (credentials); `secrets` are masked in errors.
    PushSocket(QNetworkRequest request, QByteArrayList secrets, Options options,
               QObject *parent = nullptr);
    ~PushSocket() override;

    //! Opens the socket unless it is open or about to be reopened.
    void start();
    void setRetryDelays(std::chrono::milliseconds first, std::chrono::milliseconds most);

    State state() const { return m_state; }
    //! Why the last connection ended or failed; empty message before any.
    AppError lastError() const { return m_error; }
    //! Handshakes that succeeded so far.
    int connections() const { return m_connections; }
    //! Connections tried so far.
    int attempts() const { return m_attempts; }

Q_SIGNALS:
    //! The socket is open; `again` after the first time.
    void connected(bool again);
    void message(const QString &text);
    void stateChanged(lw::PushSocket::State state);

private:
    void open();
    void onConnected();
    void onText(const QString &text);
    void onDisconnected();
    void onError();
    void ended(const AppError &error, bool refused);
    void dropSocket();
    void setState(State state);
    QString scrubbed(QString text) const;

    QNetworkRequest m_request;
    QByteArrayList m_secrets;
    Options m_options;
    QPointer<QWebSocket> m_socket;
    QTimer m_retry;
    QTimer m_connectTimer;
    QTimer m_pingTimer;
    QTimer m_pongTimer;
    QElapsedTimer m_opened;
    State m_state = State::Idle;
    AppError m_error;
    std::chrono::milliseconds m_delay{1'000};
    bool m_heard = false; //!< a message arrived on this connection
    //! >0 while a signal of the socket is being handled (shared with the handlers' guards)
    std::shared_ptr<int> m_signalDepth = std::make_shared<int>(0);
    int m_connections = 0;
    int m_attempts = 0;
};

} // namespace lw
