// SPDX-License-Identifier: GPL-3.0-or-later
#include "bolt11words.h"

#include "lightning/bech32.h"

#include <QtEndian>

namespace lw::bolt11 {

namespace {
constexpr char charset[] = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";
constexpr qsizetype hopSize = 51;
} // namespace

char tagLetter(int value)
{
    return value >= 0 && value < 32 ? charset[value] : '?';
}

int tagValue(char letter)
{
    for (int i = 0; i < 32; ++i)
        if (charset[i] == letter)
            return i;
    return -1;
}

quint64 wordsToUint(QByteArrayView words)
{
    quint64 v = 0;
    for (char w : words)
        v = (v << 5) | quint64(static_cast<unsigned char>(w) & 31);
    return v;
}

std::optional<quint64> wordsToUintChecked(QByteArrayView words)
{
    quint64 v = 0;
    for (char w : words) {
        if (v >> 57)
            return std::nullopt;
        v = (v << 5) | quint64(static_cast<unsigned char>(w) & 31);
    }
    return v;
}

QByteArray uintToWords(quint64 value)
{
    QByteArray out;
    while (value > 0) {
        out.prepend(char(value & 31));
        value >>= 5;
    }
    return out;
}

QByteArray wordsToBytes(QByteArrayView words)
{
    QByteArray out = wordsToBytesPadded(words);
    if ((words.size() * 5) % 8 != 0)
        out.chop(1);
    return out;
}

QByteArray wordsToBytesPadded(QByteArrayView words)
{
    return *bech32::convertBits(words, 5, 8, true);
}

QByteArray bytesToWords(QByteArrayView bytes)
{
    return *bech32::convertBits(bytes, 8, 5, true);
}

std::optional<RouteHint> parseRouteHint(QByteArrayView bytes)
{
    if (bytes.isEmpty() || bytes.size() % hopSize != 0)
        return std::nullopt;
    RouteHint hint;
    for (qsizetype off = 0; off < bytes.size(); off += hopSize) {
        const auto *p = reinterpret_cast<const uchar *>(bytes.data() + off);
        RouteHop hop;
        hop.pubkey = *PublicKey::fromBytes(bytes.sliced(off, 33));
        hop.shortChannelId = qFromBigEndian<quint64>(p + 33);
        hop.feeBaseMsat = qFromBigEndian<quint32>(p + 41);
        hop.feeProportionalMillionths = qFromBigEndian<quint32>(p + 45);
        hop.cltvExpiryDelta = qFromBigEndian<quint16>(p + 49);
        hint.append(hop);
    }
    return hint;
}

QByteArray serializeRouteHint(const RouteHint &hint)
{
    QByteArray out(hint.size() * hopSize, Qt::Uninitialized);
    for (qsizetype i = 0; i < hint.size(); ++i) {
        auto *p = reinterpret_cast<uchar *>(out.data() + i * hopSize);
        const RouteHop &hop = hint[i];
        std::copy_n(hop.pubkey.data(), PublicKey::size, p);
        qToBigEndian(hop.shortChannelId, p + 33);
        qToBigEndian(hop.feeBaseMsat, p + 41);
        qToBigEndian(hop.feeProportionalMillionths, p + 45);
        qToBigEndian(hop.cltvExpiryDelta, p + 49);
    }
    return out;
}

} // namespace lw::bolt11
