// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "lightning/bolt11invoice.h"

#include <QStringView>

namespace lw {

enum class Bolt11ErrorCode {
    Empty,
    TooLong,
    Bech32,       //!< not valid bech32 (checksum, characters, case)
    NotAnInvoice, //!< the prefix is not "ln…"
    UnknownNetwork,
    InvalidAmount,         //!< not digits + one of m/u/n/p, or zero, or leading zeros
    SubMillisatoshiAmount, //!< a pico amount whose last digit is not 0
    AmountTooLarge,
    TooShort,       //!< no room for timestamp and signature
    MalformedField, //!< a tagged field runs past the end or is invalid for its type
    MissingPaymentHash,
    MissingPaymentSecret,
    MissingDescription,     //!< neither `d` nor `h`
    ConflictingDescription, //!< both `d` and `h`
    InvalidDescription,     //!< `d` is not UTF-8
    UnknownRequiredFeature, //!< an unknown even feature bit
    InvalidSignature,       //!< recovery failed or the recovery id is out of range
    PayeeMismatch,          //!< the signature does not verify against `n` (or is high-S)
};
using Bolt11Error = ParseError<Bolt11ErrorCode>;

//! The longest invoice accepted: 7089 characters, the capacity of the largest QR code, which is
//! also LND's limit. It bounds the work an untrusted string can cause.
inline constexpr qsizetype maxBolt11Length = 7089;

//! Decodes a BOLT 11 invoice (bare bech32: strip "lightning:" first) and checks its signature:
//! against `n` when present, otherwise by recovering the payee's key. Everything a payer needs
//! to decide is checked here; expiry is not, because it depends on the clock.
Result<Bolt11Invoice, Bolt11Error> decodeBolt11(QStringView text);

} // namespace lw
