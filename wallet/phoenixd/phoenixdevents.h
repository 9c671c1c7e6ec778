// SPDX-License-Identifier: GPL-3.0-or-later
// Received payments pushed by phoenixd over its WebSocket (GET /websocket, Basic auth with the
// full or limited password; research/lightning.md §1.5). phoenixd sends only
// {"type":"payment_received", "amountSat", "paymentHash", …}: no preimage, and nothing that
// arrived while the socket was down is sent again.
#pragma once

#include "pushsocket.h"
#include "wallet.h"

#include <QByteArrayView>
#include <QSet>
#include <QUrl>

#include <optional>

namespace lw {

//! Reads phoenixd's WebSocket messages. Pure: no network, no clock.
class PhoenixdEventFeed {
public:
    //! A payment_received event as a Paid payment; nullopt for the other event types (phoenixd
    //! may add some); an error for a message that is not JSON or fails a check (32-byte hex
    //! paymentHash, amountSat a whole number above 0 and no more than any amount can be,
    //! timestamp a whole number, optional texts as text), which must then be dropped.
    static Result<std::optional<IncomingPayment>, AppError> read(QByteArrayView message);
};

//! The wallet's events for a phoenixd node. Starts with start(); stops when deleted (no signal
//! after that, even when a receiver deletes it from its own event).
class PhoenixdEvents : public WalletEvents {
    Q_OBJECT

public:
    //! baseUrl is the wallet's (http → ws, https → wss, "/websocket" added to its path).
    PhoenixdEvents(const QUrl &baseUrl, const QByteArray &password, QObject *parent = nullptr);
    ~PhoenixdEvents() override;

    //! Opens the socket unless it is open or about to be reopened.
    void start();
    //! The first wait after a drop, doubled each time up to the second.
    void setRetryDelays(std::chrono::milliseconds first, std::chrono::milliseconds most);
    //! Refused means the password was refused (phoenixd answers 401) or the URL is not allowed.
    PushSocket::State state() const { return m_socket.state(); }
    AppError lastError() const { return m_socket.lastError(); }
    int connections() const { return m_socket.connections(); }
    //! Messages dropped because they failed a check.
    int dropped() const { return m_dropped; }

    //! The WebSocket URL for a phoenixd base URL.
    static QUrl socketUrl(const QUrl &baseUrl);

Q_SIGNALS:
    //! The socket is open again after a drop. phoenixd does not send again what was received
    //! meanwhile (it has no replay), so a caller waiting for an invoice looks it up by hash
    //! (Wallet::lookupInvoice) when this fires.
    void reconnected();

private:
    void onMessage(const QString &text);

    PushSocket m_socket;
    QSet<QString> m_reported; //!< hex hashes already passed on
    int m_dropped = 0;
};

} // namespace lw
