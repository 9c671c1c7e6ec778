// SPDX-License-Identifier: GPL-3.0-or-later
// Received payments pushed by LNbits over its WebSocket (/api/v1/ws/{key}; lnbits/lnbits
// core/views/websocket_api.py, services/notifications.py; research/lightning.md §4): on each
// payment of the wallet, {"wallet_balance": sat, "payment": Payment} on the channels of its
// invoice key and admin key. LNbits checks no credentials there and sends nothing again after a
// drop; the key in the path is the secret, so the URL never appears in an error.
#pragma once

#include "pushedpayments.h"

#include <QByteArrayView>
#include <QUrl>

#include <optional>

namespace lw {

//! Reads LNbits' WebSocket messages. Pure: no network, no clock.
class LnbitsEventFeed {
public:
    //! A settled incoming payment as a Paid payment; nullopt for what is not one (an outgoing
    //! payment, a pending or failed one, the {"pending","status"} message of a hash channel); an
    //! error for a message that is not JSON or fails a check (32-byte hex payment_hash, amount a
    //! whole number of msat no larger than any amount can be, a given preimage that hashes to
    //! the hash, wallet_balance a number), which must then be dropped.
    static Result<std::optional<IncomingPayment>, AppError> read(QByteArrayView message);
};

//! The wallet's events for an LNbits wallet. Starts with start(); stops when deleted (no signal
//! after that, even when a receiver deletes it from its own event).
//!
//! LNbits accepts any id on its WebSocket, so a wrong key connects and hears nothing: the
//! wallet's connection test, not this, tells that the key is wrong.
class LnbitsEvents : public PushedPaymentEvents {
    Q_OBJECT

public:
    //! baseUrl is the wallet's (http → ws, https → wss); apiKey is its invoice or admin key
    //! (LNbits notifies both channels).
    LnbitsEvents(const QUrl &baseUrl, const QByteArray &apiKey, QObject *parent = nullptr);
};

} // namespace lw
