// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/bytes.h"
#include "common/result.h"
#include "lightning/bolt11invoice.h"

#include <QList>
#include <QString>

#include <optional>

namespace lw {

//! What an invoice says before it is signed. Fields are written in a fixed order: p, s, d or h,
//! x, c, f…, r…, 9, m, n.
struct Bolt11Draft {
    Network network = Network::Regtest;
    std::optional<MilliSats> amount;
    qint64 timestamp = 0;
    PaymentHash paymentHash;
    PaymentSecret paymentSecret;
    std::optional<QString> description;
    std::optional<Hash32> descriptionHash;
    std::optional<qint64> expirySeconds;           //!< omitted: readers assume 3600
    std::optional<qint64> minFinalCltvExpiryDelta; //!< omitted: readers assume 18
    QList<FallbackAddress> fallbacks;
    QList<RouteHint> routeHints;
    QList<int> featureBits{8, 14}; //!< var_onion_optin and payment_secret, both required
    std::optional<QByteArray> paymentMetadata;
    bool includePayee = false; //!< write an `n` field (then the signature is also low-S checked)
};

enum class Bolt11EncodeErrorCode { InvalidKey, InvalidField };
using Bolt11EncodeError = ParseError<Bolt11EncodeErrorCode>;

//! Writes and signs a BOLT 11 invoice with the node key. The result always decodes with
//! decodeBolt11() to the same fields.
Result<QString, Bolt11EncodeError> encodeBolt11(const Bolt11Draft &draft, const PrivateKey &key);

} // namespace lw
