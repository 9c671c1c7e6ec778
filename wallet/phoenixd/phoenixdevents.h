// SPDX-License-Identifier: GPL-3.0-or-later
// Received payments pushed by phoenixd over its WebSocket (GET /websocket, Basic auth with the
// full or limited password; research/lightning.md §1.5). phoenixd sends only
// {"type":"payment_received", "amountSat", "paymentHash", …}: no preimage, and nothing that
// arrived while the socket was down is sent again.
#pragma once

#include "pushedpayments.h"

#include <QByteArrayView>
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

//! The wallet's events for a phoenixd node (see PushedPaymentEvents).
class PhoenixdEvents : public PushedPaymentEvents {
    Q_OBJECT

public:
    //! baseUrl is the wallet's (http → ws, https → wss, "/websocket" added to its path).
    PhoenixdEvents(const QUrl &baseUrl, const QByteArray &password, QObject *parent = nullptr);

    //! The WebSocket URL for a phoenixd base URL.
    static QUrl socketUrl(const QUrl &baseUrl);
};

} // namespace lw
