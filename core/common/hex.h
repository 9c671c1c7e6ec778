// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <optional>

namespace lw::hex {

//! Lowercase hex of the bytes.
QString encode(QByteArrayView bytes);

//! Strict hex: even length, digits and a-f/A-F only; anything else is std::nullopt
//! (QByteArray::fromHex silently skips bad characters, which is wrong for untrusted input).
std::optional<QByteArray> decode(QStringView text);
std::optional<QByteArray> decode(QByteArrayView text);

//! True when text is strict hex of exactly byteCount bytes (any count when byteCount < 0).
bool isHex(QStringView text, qsizetype byteCount = -1);

} // namespace lw::hex
