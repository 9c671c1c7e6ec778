// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "nostr/nip44.h"
#include "nwc/nwcuri.h"
#include "nwc/relaypool.h"

#include <QFuture>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QPromise>
#include <QSet>
#include <QStringList>

#include <chrono>
#include <memory>
#include <optional>

namespace lw {

//! What the wallet service's info event (kind 13194) offers.
struct NwcCapabilities {
    QStringList methods;
    QStringList notifications;
    bool nip44 = false; //!< else NIP-04, the only scheme of services that name none
    bool supports(const QString &method) const { return methods.contains(method); }
};

//! How one request ended. Only Answered carries the wallet's words; the others say why not.
struct NwcReply {
    enum class Status {
        Answered,   //!< a verified response: errorCode empty and result, or errorCode/message
        TimedOut,   //!< sent, and no verified response in time: the wallet may have acted
        NotSent,    //!< never reached a relay (or every relay refused it): nothing happened
        Unreadable, //!< the wallet's signed response could not be read or did not match
    };
    Status status = Status::TimedOut;
    QJsonObject result;
    QString errorCode;
    QString errorMessage;
    QString detail; //!< why, for the statuses other than Answered (never contains a secret)
};

//! The Nostr side of an NWC connection: relays, the info event, encrypted requests and their
//! verified responses, and notifications. Money rules live in NwcWallet, not here.
//!
//! A request subscribes to its response before it is published, carries an `expiration` at its
//! deadline, and is never signed twice: after a reconnect the same event may go out again, and
//! after its deadline it is forgotten.
class NwcClient : public QObject {
    Q_OBJECT

public:
    NwcClient(const NwcUri &uri, RelayOptions options, QObject *parent = nullptr);
    ~NwcClient() override;

    void setInfoTimeout(std::chrono::milliseconds timeout) { m_infoTimeout = timeout; }
    nostr::XOnlyKey clientPubkey() const { return m_clientPubkey; }
    RelayPool *pool() const { return m_pool; }

    //! Connects to the relays and looks for the info event.
    void start();
    //! The info event's offer, cached once found; an error when no relay has one in time.
    QFuture<Result<NwcCapabilities, AppError>> capabilities();
    //! One request {"method", "params"} and its response. When the wallet answers
    //! UNSUPPORTED_ENCRYPTION its info event is read again; a request other than pay_invoice
    //! is then sent once more (a new event) if the wallet now wants the other scheme.
    QFuture<NwcReply> request(const QString &method, const QJsonObject &params,
                              std::chrono::milliseconds timeout);

    //! Largest request plaintext (NIP-44 v2's limit).
    static constexpr qsizetype maxRequestBytes = nostr::nip44::maxPlaintextLength;

Q_SIGNALS:
    //! A notification from the wallet (signature, author and recipient checked, decrypted).
    void notificationReceived(const QString &type, const QJsonObject &notification);

private:
    struct Pending {
        QString method;
        QJsonObject params;
        QString eventId;
        bool nip44 = false;
        bool sent = false;
        bool retried = false; //!< re-sent once after the wallet refused its encryption
        std::shared_ptr<QPromise<NwcReply>> promise;
        QTimer *timer = nullptr;
    };
    struct Discovery {
        QString subId;
        std::optional<QJsonObject> best;
        qint64 bestCreatedAt = -1;
        QString bestId;
        QTimer *timer = nullptr;
        QList<std::shared_ptr<QPromise<Result<NwcCapabilities, AppError>>>> waiting;
    };

    void send(const QString &subId, const QString &method, const QJsonObject &params,
              std::chrono::milliseconds timeout, const NwcCapabilities &caps);
    void onEvent(const QString &subId, const QJsonObject &json);
    void onEose(const QString &subId, int remaining);
    void onPublished(const QString &eventId, bool accepted, const QString &message);
    void onResponse(const QString &subId, const QJsonObject &json);
    void onNotification(const QJsonObject &json);
    void finishDiscovery();
    bool retryWithFreshInfo(const QString &subId, const NwcReply &refusal);
    void finish(const QString &subId, NwcReply reply);
    std::optional<QString> encrypt(const QByteArray &plaintext, bool nip44) const;
    std::optional<QByteArray> decrypt(const QString &payload, bool nip44First) const;
    std::optional<QJsonObject> signedEvent(int kind, QList<QStringList> tags,
                                           const QString &content) const;
    QString nextSubId(const QString &prefix);

    NwcUri m_uri;
    nostr::XOnlyKey m_clientPubkey;
    std::optional<nostr::nip44::ConversationKey> m_conversationKey;
    std::optional<Hash32> m_sharedX;
    RelayPool *m_pool = nullptr;
    std::chrono::milliseconds m_infoTimeout{10'000};
    std::optional<NwcCapabilities> m_caps;
    std::optional<Discovery> m_discovery;
    QHash<QString, Pending> m_pending; //!< by response subscription id
    QString m_notificationSubId;
    bool m_notificationsNip44 = false;
    bool m_started = false;
    quint64 m_counter = 0;
};

} // namespace lw
