// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <optional>

namespace lw::base64 {

enum class Alphabet {
    Standard, //!< RFC 4648 §4: + and /
    Url,      //!< RFC 4648 §5: - and _
    Any,      //!< either, even mixed (what servers in the wild send for macaroons)
};

enum class Padding { Optional, Required, Forbidden };

struct DecodeOptions {
    Alphabet alphabet = Alphabet::Any;
    Padding padding = Padding::Optional;
    //! Strict decoders (the IETF Payment scheme) reject encodings whose unused low bits are set.
    bool rejectNonZeroTrailingBits = false;
    //! Skip ASCII whitespace anywhere (macaroons pasted across lines).
    bool ignoreWhitespace = false;
};

//! Validates first (alphabet, padding position and count, impossible lengths), then decodes with
//! Qt. Anything not valid under the options is std::nullopt.
std::optional<QByteArray> decode(QStringView text, const DecodeOptions &options = {});

QString encode(QByteArrayView bytes, Alphabet alphabet = Alphabet::Standard, bool padded = true);

} // namespace lw::base64
