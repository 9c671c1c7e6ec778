// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>

QT_BEGIN_NAMESPACE
class QWebSocket;
QT_END_NAMESPACE

namespace lw::sandbox {

class LightningNode;
class WebSocketHub;

//! Received payments pushed over WebSockets as phoenixd and LNbits push them
//! (research/lightning.md §1.5 and §4):
//! - `<phoenixd>/websocket`, Basic auth (any user, the wallet's full or limited password) or the
//!   password as a Sec-WebSocket-Protocol value: {"type":"payment_received", "amountSat",
//!   "paymentHash", "externalId"?, "timestamp"} for each payment the wallet receives. phoenixd
//!   answers a wrong password with 401 before the upgrade; Qt 6.4 cannot refuse an upgrade, so
//!   here the socket is closed at once with 1008.
//! - `<lnbits>/api/v1/ws/{item_id}`, no auth, as in LNbits: on a payment to a wallet,
//!   {"wallet_balance" (sat), "payment": Payment} to the channels of its invoice key and admin
//!   key, and {"pending": false, "status": "success"} to the channel of the payment hash. Like
//!   LNbits, any id is accepted (a wrong key just hears nothing).
//! Nothing is sent for outgoing payments; the sockets never carry faults.
class PaymentSockets : public QObject {
    Q_OBJECT

public:
    PaymentSockets(LightningNode &node, WebSocketHub &hub, const QString &phoenixdPrefix,
                   const QString &lnbitsPrefix, QObject *parent = nullptr);
    ~PaymentSockets() override;

private:
    void acceptPhoenixd(QWebSocket *socket, const QString &rest);
    void acceptLnbits(QWebSocket *socket, const QString &itemId);
    void listen(const QString &channel, QWebSocket *socket);
    void send(const QString &channel, const QByteArray &message);
    void paid(const QString &paymentHash, const QString &walletId);

    LightningNode &m_node;
    //! "phoenixd:<wallet id>" and "lnbits:<item id>" → the sockets listening there.
    QHash<QString, QList<QWebSocket *>> m_channels;
};

} // namespace lw::sandbox
