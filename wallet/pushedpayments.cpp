// SPDX-License-Identifier: GPL-3.0-or-later
#include "pushedpayments.h"

namespace lw {

PushedPaymentEvents::PushedPaymentEvents(QNetworkRequest request, QByteArrayList secrets,
                                         PushSocket::Options options, Reader reader,
                                         QObject *parent)
    : WalletEvents(parent)
    , m_socket(std::move(request), std::move(secrets), options)
    , m_read(std::move(reader))
{
    connect(&m_socket, &PushSocket::message, this, &PushedPaymentEvents::onMessage);
    connect(&m_socket, &PushSocket::connected, this, [this](bool again) {
        if (again)
            Q_EMIT reconnected();
    });
}

PushedPaymentEvents::~PushedPaymentEvents() = default;

void PushedPaymentEvents::start()
{
    m_socket.start();
}

void PushedPaymentEvents::setRetryDelays(std::chrono::milliseconds first,
                                         std::chrono::milliseconds most)
{
    m_socket.setRetryDelays(first, most);
}

void PushedPaymentEvents::onMessage(const QString &text)
{
    const auto reading = m_read(text.toUtf8());
    if (!reading) {
        ++m_dropped; // a bad message says nothing about the next one
        return;
    }
    if (!*reading)
        return;
    const IncomingPayment &p = **reading;
    const QString key = p.paymentHash.toHex();
    if (m_reported.contains(key))
        return;
    m_reported.insert(key);
    Q_EMIT paymentReceived(p);
}

} // namespace lw
