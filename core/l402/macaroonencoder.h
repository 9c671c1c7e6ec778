// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "l402/macaroon.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <optional>

//! Minting, attenuating and serialising macaroons: what a market (the sandbox) does, and what a
//! client may do to restrict a token it holds. Signatures follow libmacaroons: the root key is
//! first derived with HMAC-SHA256 keyed by "macaroons-key-generator".
namespace lw::macaroons {

Macaroon mint(QByteArrayView rootKey, QByteArrayView identifier, const QString &location);

//! Appends a first-party caveat and chains the signature; no root key needed.
void addFirstPartyCaveat(Macaroon &macaroon, QByteArrayView caveat);

//! The 66-byte L402 identifier: version 0, payment hash, token id (32 bytes).
QByteArray l402Identifier(const PaymentHash &paymentHash, QByteArrayView tokenId);

QByteArray serializeV2(const Macaroon &macaroon);
//! V1 packets, as pymacaroons writes them. std::nullopt when a field is too long for a packet's
//! four-hex-digit length.
std::optional<QByteArray> serializeV1(const Macaroon &macaroon);

} // namespace lw::macaroons
