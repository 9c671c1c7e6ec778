// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/bytes.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace lw {

enum class MacaroonFormat {
    V2Binary, //!< libmacaroons/go-macaroon v2 (aperture)
    V2Json,
    V1Binary, //!< the hex-length text packets pymacaroons serialises (402ai)
    V1Json,
};

struct MacaroonCaveat {
    QByteArray identifier;
    QByteArray verificationId; //!< empty for first-party caveats
    QString location;

    bool isFirstParty() const { return verificationId.isEmpty(); }
    //! The caveat for display; invalid UTF-8 and control characters escaped.
    QString text() const;
    //! A first-party "condition=value" caveat split at its first "=", both sides trimmed.
    //! std::nullopt for third-party caveats, non-UTF-8 bytes or no "=".
    std::optional<std::pair<QString, QString>> condition() const;
};

//! The L402 identifier: version, payment hash, token id; or, for 402ai, just the hash as hex.
struct L402Identifier {
    enum class Form {
        Binary,         //!< 66 bytes: uint16 version, payment hash, token id
        HexText,        //!< the same 66 bytes as 132 hex characters (boltwall)
        PaymentHashHex, //!< 64 hex characters: the payment hash itself (402ai)
    };
    Form form = Form::Binary;
    quint16 version = 0;
    std::optional<PaymentHash> paymentHash; //!< absent for versions other than 0
    QByteArray tokenId;
};

//! A decoded macaroon. Lightwork never holds the root key, so it does not verify signatures;
//! it reads what the token says was paid for and when it expires.
struct Macaroon {
    MacaroonFormat format = MacaroonFormat::V2Binary;
    QString location;
    QByteArray identifier;
    QList<MacaroonCaveat> caveats;
    QByteArray signature;

    std::optional<L402Identifier> l402Identifier() const;
    //! The payment hash the token is bound to: from the identifier and from every
    //! "payment_hash=" caveat. std::nullopt when there is none or they disagree.
    std::optional<PaymentHash> paymentHash() const;
    bool hasConflictingPaymentHashes() const;
    //! Earliest expiry in ms since the epoch from "<service>_valid_until" (seconds) or
    //! "expiration" (milliseconds) caveats.
    std::optional<qint64> expiresAtMs() const;
    QString identifierText() const;
};

} // namespace lw
