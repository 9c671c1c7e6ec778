// SPDX-License-Identifier: GPL-3.0-or-later
#include "lightning/paymentsockets.h"

#include "http/websockethub.h"
#include "lightning/lightningnode.h"
#include "lightning/walletapis.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkRequest>
#include <QWebSocket>

namespace lw::sandbox {

using namespace Qt::Literals::StringLiterals;

namespace {

// LNbits' ids are keys (32 hex) or payment hashes (64 hex); anything far longer is not one.
constexpr qsizetype maxItemIdLength = 128;

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

PaymentSockets::PaymentSockets(LightningNode &node, WebSocketHub &hub,
                               const QString &phoenixdPrefix, const QString &lnbitsPrefix,
                               QObject *parent)
    : QObject(parent)
    , m_node(node)
{
    hub.addHandler(
        phoenixdPrefix + u"/websocket"_s,
        [this](QWebSocket *socket, const QString &rest) { acceptPhoenixd(socket, rest); });
    hub.addHandler(lnbitsPrefix + u"/api/v1/ws/"_s,
                   [this](QWebSocket *socket, const QString &rest) { acceptLnbits(socket, rest); });
    connect(&m_node, &LightningNode::invoicePaid, this, &PaymentSockets::paid);
}

PaymentSockets::~PaymentSockets() = default;

void PaymentSockets::acceptPhoenixd(QWebSocket *socket, const QString &rest)
{
    if (!rest.isEmpty()) { // "/websocketfoo" is not phoenixd's route
        WebSocketHub::refuse(socket, u"Unknown endpoint"_s);
        return;
    }
    const QNetworkRequest request = socket->request();
    auto wallet = phoenixdWalletOfAuthorization(request.rawHeader("authorization"), m_node);
    if (!wallet) {
        // Browsers cannot set headers: phoenixd also takes the password as a subprotocol.
        const QList<QByteArray> offered = request.rawHeader("sec-websocket-protocol").split(',');
        for (const QByteArray &protocol : offered) {
            wallet = m_node.walletByPhoenixdPassword(QString::fromUtf8(protocol.trimmed()));
            if (wallet)
                break;
        }
    }
    if (!wallet) {
        WebSocketHub::refuse(socket, u"Invalid authentication"_s);
        return;
    }
    listen(u"phoenixd:"_s + wallet->id, socket);
}

void PaymentSockets::acceptLnbits(QWebSocket *socket, const QString &itemId)
{
    if (itemId.isEmpty() || itemId.size() > maxItemIdLength || itemId.contains(u'/')) {
        WebSocketHub::refuse(socket, u"Not Found"_s);
        return;
    }
    listen(u"lnbits:"_s + itemId, socket);
}

void PaymentSockets::listen(const QString &channel, QWebSocket *socket)
{
    m_channels[channel].append(socket);
    // The hub deletes a socket once it is closed; it then leaves its channel.
    connect(socket, &QObject::destroyed, this, [this, channel, socket] {
        auto it = m_channels.find(channel);
        if (it == m_channels.end())
            return;
        it->removeAll(socket);
        if (it->isEmpty())
            m_channels.erase(it);
    });
}

void PaymentSockets::send(const QString &channel, const QByteArray &message)
{
    const auto it = m_channels.constFind(channel);
    if (it == m_channels.cend())
        return;
    const QString text = QString::fromUtf8(message);
    for (QWebSocket *socket : *it)
        if (socket->state() == QAbstractSocket::ConnectedState)
            socket->sendTextMessage(text);
}

void PaymentSockets::paid(const QString &paymentHash, const QString &walletId)
{
    const auto invoice = m_node.invoice(paymentHash);
    const auto wallet = m_node.walletById(walletId);
    if (!invoice || !wallet || !invoice->paidAtMs)
        return;

    // phoenixd's PaymentReceived (Api.kt ApiEvent): whole sats, ms timestamp, null fields omitted.
    QJsonObject phoenixd{{u"type"_s, u"payment_received"_s},
                         {u"amountSat"_s, invoice->receivedMsat / 1000},
                         {u"paymentHash"_s, invoice->paymentHash},
                         {u"timestamp"_s, *invoice->paidAtMs}};
    if (!invoice->externalId.isEmpty())
        phoenixd.insert(u"externalId"_s, invoice->externalId);
    send(u"phoenixd:"_s + walletId, compact(phoenixd));

    // LNbits' send_ws_payment_notification (services/notifications.py).
    const QByteArray lnbits =
        compact({{u"wallet_balance"_s, wallet->balanceMsat / 1000},
                 {u"payment"_s, lnbitsIncomingPaymentJson(*invoice, m_node.nowMs())}});
    send(u"lnbits:"_s + wallet->lnbitsInvoiceKey, lnbits);
    send(u"lnbits:"_s + wallet->lnbitsAdminKey, lnbits);
    send(u"lnbits:"_s + paymentHash, compact({{u"pending"_s, false}, {u"status"_s, u"success"_s}}));
}

} // namespace lw::sandbox
