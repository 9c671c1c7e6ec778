// SPDX-License-Identifier: GPL-3.0-or-later
#include "nwc/relaypool.h"

namespace lw {

namespace {
constexpr qsizetype seenWindow = 1000;
}

RelayPool::RelayPool(const QList<QUrl> &relays, RelayOptions options, QObject *parent)
    : QObject(parent)
{
    for (const QUrl &url : relays) {
        auto *relay = new RelayConnection(url, options, this);
        m_relays.append(relay);
        connect(relay, &RelayConnection::eventReceived, this,
                [this](const QString &subId, const QJsonObject &event) {
                    const QString id = event.value(u"id").toString();
                    if (id.isEmpty() || m_seen.contains(subId + u':' + id))
                        return;
                    m_seen.insert(subId + u':' + id);
                    m_seenOrder.append(subId + u':' + id);
                    if (m_seenOrder.size() > seenWindow)
                        m_seen.remove(m_seenOrder.takeFirst());
                    Q_EMIT eventReceived(subId, event);
                });
        connect(relay, &RelayConnection::endOfStoredEvents, this, [this, relay](const QString &s) {
            const auto it = m_eoseWaiting.find(s);
            if (it == m_eoseWaiting.end())
                return;
            it->remove(relay);
            Q_EMIT endOfStoredEvents(s, int(it->size()));
        });
        connect(relay, &RelayConnection::okReceived, this, &RelayPool::onOk);
        connect(relay, &RelayConnection::eventSent, this, &RelayPool::eventSent);
    }
}

void RelayPool::setAuthSigner(const RelayConnection::AuthSigner &signer)
{
    for (RelayConnection *relay : std::as_const(m_relays))
        relay->setAuthSigner(signer);
}

void RelayPool::open()
{
    for (RelayConnection *relay : std::as_const(m_relays))
        relay->open();
}

int RelayPool::connectedCount() const
{
    return int(std::count_if(m_relays.cbegin(), m_relays.cend(),
                             [](const RelayConnection *r) { return r->isConnected(); }));
}

void RelayPool::subscribe(const QString &subId, const QJsonObject &filter,
                          std::optional<qint64> since)
{
    m_eoseWaiting.insert(subId, QSet<RelayConnection *>(m_relays.cbegin(), m_relays.cend()));
    for (RelayConnection *relay : std::as_const(m_relays))
        relay->subscribe(subId, filter, since);
}

void RelayPool::unsubscribe(const QString &subId)
{
    m_eoseWaiting.remove(subId);
    for (RelayConnection *relay : std::as_const(m_relays))
        relay->unsubscribe(subId);
}

void RelayPool::publish(const QJsonObject &event, const QString &afterSubId)
{
    const QString id = event.value(u"id").toString();
    m_refusals.insert(id, 0);
    for (RelayConnection *relay : std::as_const(m_relays))
        relay->publish(event, afterSubId);
}

void RelayPool::forget(const QString &eventId)
{
    m_refusals.remove(eventId);
    m_accepted.remove(eventId);
    for (RelayConnection *relay : std::as_const(m_relays))
        relay->forget(eventId);
}

void RelayPool::onOk(const QString &eventId, bool accepted, const QString &message)
{
    const auto it = m_refusals.find(eventId);
    if (it == m_refusals.end() || m_accepted.contains(eventId))
        return;
    if (accepted) {
        m_accepted.insert(eventId);
        Q_EMIT published(eventId, true, message);
        return;
    }
    if (++*it >= m_relays.size())
        Q_EMIT published(eventId, false, message);
}

} // namespace lw
