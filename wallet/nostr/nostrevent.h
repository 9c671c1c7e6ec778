// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/bytes.h"
#include "common/result.h"
#include "net/apperror.h"
#include "schnorr.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace lw::nostr {

//! A NIP-01 event. Built locally and signed with signEvent(), or parsed (and fully checked) from
//! untrusted JSON with fromJson().
struct Event {
    Hash32 id;
    XOnlyKey pubkey;
    qint64 createdAt = 0;
    int kind = 0;
    QList<QStringList> tags;
    QString content;
    SchnorrSignature sig;

    //! NIP-01 serialisation [0,pubkey,created_at,kind,tags,content], exactly as nostr-tools hashes
    //! it (JSON.stringify escaping: only ", \, and control characters below 0x20 are escaped).
    QByteArray serializedForId() const;
    Hash32 computeId() const;
    QJsonObject toJson() const;
    QByteArray toJsonBytes() const; // compact
    //! First value of the first tag with this name ("e", "p", "expiration"…), or empty.
    QString tagValue(QStringView name) const;
    //! Shape, hex lengths, id == computeId() and a valid signature; anything else is an error.
    static Result<Event, AppError> fromJson(const QJsonObject &object);
};

//! QJsonDocument::fromJson, except that a U+FEFF starting a string survives: Qt 6.4 drops it
//! (QString::fromUtf8 skips a leading BOM), which changes the event and so breaks its id. Parse
//! relay messages that carry events with this.
QJsonDocument parseJson(QByteArrayView json, QJsonParseError *error = nullptr);

//! Fills pubkey, id and sig.
Result<Event, AppError> signEvent(Event event, const PrivateKey &secret);

} // namespace lw::nostr
