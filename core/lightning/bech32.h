// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <optional>

//! BIP-173 bech32 (and BIP-350 bech32m, which BOLT 11 and LNURL must reject). No length limit
//! unless asked for: invoices and LNURLs are far longer than BIP-173's 90 characters.
namespace lw::bech32 {

enum class Variant { Bech32, Bech32m };

enum class ErrorCode {
    Empty,
    TooLong,
    InvalidCharacter,
    MixedCase,
    NoSeparator,
    EmptyHrp,
    ChecksumTooShort,
    InvalidChecksum,
};
using Error = ParseError<ErrorCode>;

struct Decoded {
    QString hrp;     //!< lowercase
    QByteArray data; //!< 5-bit values, checksum removed
    Variant variant = Variant::Bech32;
    bool upperCase = false; //!< the input was all uppercase
};

//! maxLength 0 means unlimited.
Result<Decoded, Error> decode(QStringView text, qsizetype maxLength = 0);

//! Lowercase encoding of an HRP and 5-bit data.
QString encode(QStringView hrp, QByteArrayView data5, Variant variant = Variant::Bech32);

//! Regroups bits (8→5 or 5→8). Without padding, leftover bits must be fewer than fromBits and
//! all zero, else std::nullopt.
std::optional<QByteArray> convertBits(QByteArrayView in, int fromBits, int toBits, bool pad);

} // namespace lw::bech32
