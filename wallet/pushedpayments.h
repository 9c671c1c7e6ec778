// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pushsocket.h"
#include "wallet.h"

#include <QByteArrayView>
#include <QSet>

#include <functional>
#include <optional>

namespace lw {

//! Received payments pushed over one PushSocket (phoenixd's and LNbits' WebSockets): each
//! message goes through the backend's reader, a message that fails its checks is counted and
//! dropped, and a payment hash is passed on once. Starts with start(); stops when deleted (no
//! signal after that, even when a receiver deletes it from its own event).
class PushedPaymentEvents : public WalletEvents {
    Q_OBJECT

public:
    //! A payment; nullopt for a message about something else; an error for one to drop.
    using Reader = std::function<Result<std::optional<IncomingPayment>, AppError>(QByteArrayView)>;

    PushedPaymentEvents(QNetworkRequest request, QByteArrayList secrets,
                        PushSocket::Options options, Reader reader, QObject *parent = nullptr);
    ~PushedPaymentEvents() override;

    //! Opens the socket unless it is open or about to be reopened.
    void start();
    //! The first wait after a drop, doubled each time up to the second.
    void setRetryDelays(std::chrono::milliseconds first, std::chrono::milliseconds most);
    //! Refused means the credentials were refused or the URL is not allowed.
    PushSocket::State state() const { return m_socket.state(); }
    AppError lastError() const { return m_socket.lastError(); }
    int connections() const { return m_socket.connections(); }
    //! Messages dropped because they failed a check.
    int dropped() const { return m_dropped; }

Q_SIGNALS:
    //! The socket is open again after a drop. Neither phoenixd nor LNbits sends again what
    //! arrived meanwhile, so a caller waiting for an invoice looks it up by hash
    //! (Wallet::lookupInvoice) when this fires.
    void reconnected();

private:
    void onMessage(const QString &text);

    PushSocket m_socket;
    Reader m_read;
    QSet<QString> m_reported; //!< hex hashes already passed on
    int m_dropped = 0;
};

} // namespace lw
