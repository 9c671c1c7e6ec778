// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "l402/macaroon.h"

#include <QByteArrayView>
#include <QList>
#include <QString>

namespace lw {

enum class MacaroonErrorCode {
    Empty,
    TooLarge,
    UnknownFormat, //!< the bytes are not any macaroon serialisation
    Truncated,
    Malformed, //!< a field is out of order, of the wrong type or length
    InvalidJson,
};
using MacaroonError = ParseError<MacaroonErrorCode>;

//! Upper bound on a serialised macaroon; real ones are a few hundred bytes.
inline constexpr qsizetype maxMacaroonBytes = 64 * 1024;

//! Decodes one macaroon or several concatenated ones (a macaroon followed by its discharges),
//! in V2 binary, V1 packet, V2 JSON or V1 JSON form, told apart by the first byte.
Result<QList<Macaroon>, MacaroonError> decodeMacaroons(QByteArrayView bytes);

//! What a server's L402 token turned out to be. Tokens are format-agnostic in the spec, so a
//! token that is not a macaroon is kept as opaque: it is still what gets sent back.
struct L402Token {
    QString raw; //!< exactly as received
    QList<Macaroon> macaroons;
    QString opaqueReason; //!< why it isn't a macaroon, when it isn't

    bool isMacaroon() const { return !macaroons.isEmpty(); }
    //! The payment hash of the first macaroon (see Macaroon::paymentHash()).
    std::optional<PaymentHash> paymentHash() const;
};

//! Base64 in either alphabet, padded or not (or raw JSON); never fails.
L402Token decodeL402Token(QStringView token);

} // namespace lw
