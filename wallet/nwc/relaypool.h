// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "nwc/relayconnection.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QStringList>
#include <QUrl>

namespace lw {

//! All relays of a connection as one: subscriptions and events go to every relay, and an event
//! that several relays deliver arrives once (deduplicated by id, last 1000 ids).
class RelayPool : public QObject {
    Q_OBJECT

public:
    RelayPool(const QList<QUrl> &relays, RelayOptions options, QObject *parent = nullptr);

    void setAuthSigner(const RelayConnection::AuthSigner &signer);
    void open();
    const QList<RelayConnection *> &relays() const { return m_relays; }
    int connectedCount() const;

    void subscribe(const QString &subId, const QJsonObject &filter,
                   std::optional<qint64> since = std::nullopt);
    void unsubscribe(const QString &subId);
    void publish(const QJsonObject &event, const QString &afterSubId = {});
    void forget(const QString &eventId);

Q_SIGNALS:
    void eventReceived(const QString &subId, const QJsonObject &event);
    //! A relay's EOSE; `remaining` is how many relays have not yet sent theirs for subId.
    void endOfStoredEvents(const QString &subId, int remaining);
    //! The first relay accepted the event, or every relay refused it (with the last reason).
    void published(const QString &eventId, bool accepted, const QString &message);
    void eventSent(const QString &eventId);

private:
    void onOk(const QString &eventId, bool accepted, const QString &message);

    QList<RelayConnection *> m_relays;
    QSet<QString> m_seen;
    QStringList m_seenOrder;
    QHash<QString, QSet<RelayConnection *>> m_eoseWaiting;
    QHash<QString, int> m_refusals; //!< per event id not yet accepted anywhere
    QSet<QString> m_accepted;
};

} // namespace lw
