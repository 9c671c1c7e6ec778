// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "lightning/bolt11invoice.h"

#include <QByteArray>
#include <QByteArrayView>

#include <optional>

//! Helpers shared by the BOLT 11 decoder and encoder: conversions between 5-bit words and the
//! field types. Internal to core.
namespace lw::bolt11 {

//! Tag letter of a 5-bit tag value ("qpzry9x8…" order).
char tagLetter(int value);
//! 5-bit tag value of a tag letter, or -1.
int tagValue(char letter);

//! Big-endian unsigned integer of the words (callers bound the word count).
quint64 wordsToUint(QByteArrayView words);
//! Same, or std::nullopt when the value needs more than 62 bits.
std::optional<quint64> wordsToUintChecked(QByteArrayView words);
//! Minimal big-endian words for a value (empty for 0).
QByteArray uintToWords(quint64 value);

//! Bytes of the words; trailing bits that don't fill a byte are dropped (field data).
QByteArray wordsToBytes(QByteArrayView words);
//! Bytes of the words, zero-padded to a byte boundary (the signed message).
QByteArray wordsToBytesPadded(QByteArrayView words);
//! Words of the bytes, zero-padded to a multiple of 5 bits.
QByteArray bytesToWords(QByteArrayView bytes);

//! Hops of an `r` field; std::nullopt unless the data is a non-empty multiple of 51 bytes.
std::optional<RouteHint> parseRouteHint(QByteArrayView bytes);
QByteArray serializeRouteHint(const RouteHint &hint);

} // namespace lw::bolt11
