// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/bytes.h"
#include "lightning/millisats.h"
#include "lightning/network.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace lw {

//! One hop of an `r` routing hint (51 bytes on the wire).
struct RouteHop {
    PublicKey pubkey;
    quint64 shortChannelId = 0;
    quint32 feeBaseMsat = 0;
    quint32 feeProportionalMillionths = 0;
    quint16 cltvExpiryDelta = 0;

    //! "block x transaction x output", e.g. "66051x263430x1800".
    QString shortChannelIdText() const;
    friend bool operator==(const RouteHop &, const RouteHop &) = default;
};
using RouteHint = QList<RouteHop>;

//! An `f` field: witness version 0–16, 17 (P2PKH hash) or 18 (P2SH hash), and its program.
struct FallbackAddress {
    int version = 0;
    QByteArray program;
    friend bool operator==(const FallbackAddress &, const FallbackAddress &) = default;
};

//! A tagged field as it appeared, for diagnostics: its letter, its length in 5-bit groups, and
//! whether the reader used it or skipped it (unknown tag, wrong fixed length, duplicate).
struct Bolt11Field {
    char tag = 0;
    int length = 0;
    bool used = false;
};

//! A decoded and signature-checked BOLT 11 invoice. Only decodeBolt11() makes these from text,
//! so every instance has a valid checksum, signature, payment hash and payment secret.
struct Bolt11Invoice {
    static constexpr qint64 defaultExpirySeconds = 3600;
    static constexpr qint64 defaultMinFinalCltvExpiryDelta = 18;

    QString text; //!< the invoice, lowercase
    QString hrp;
    Network network = Network::Mainnet;
    std::optional<MilliSats> amount; //!< absent: the payer chooses
    qint64 timestamp = 0;            //!< seconds since the Unix epoch
    PaymentHash paymentHash;
    PaymentSecret paymentSecret;
    std::optional<QString> description; //!< `d`, untrusted text: render as plain text only
    std::optional<Hash32> descriptionHash;
    PublicKey payee;
    bool payeeFromField = false; //!< `n` was present (else recovered from the signature)
    qint64 expirySeconds = defaultExpirySeconds;
    qint64 minFinalCltvExpiryDelta = defaultMinFinalCltvExpiryDelta;
    QList<FallbackAddress> fallbacks;
    QList<RouteHint> routeHints;
    QList<int> featureBits; //!< set bits, ascending
    std::optional<QByteArray> paymentMetadata;
    QByteArray signature; //!< 64 bytes R || S
    int recoveryId = 0;
    bool highS = false;
    Hash32 signingHash;
    QList<Bolt11Field> fields;

    qint64 expiresAt() const { return timestamp + expirySeconds; }
    //! BOLT 11: after timestamp + expiry a payer SHOULD NOT attempt the payment.
    bool isExpired(qint64 nowSecs) const { return nowSecs >= expiresAt(); }
    qint64 secondsUntilExpiry(qint64 nowSecs) const { return expiresAt() - nowSecs; }
    bool hasFeature(int bit) const { return featureBits.contains(bit); }
};

} // namespace lw
