// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "hex.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <array>
#include <cstddef>
#include <cstring>
#include <optional>

namespace lw {

//! A fixed-size byte string with a tag, so a payment hash can't be passed where a preimage is
//! expected. Always exactly N bytes; construction from untrusted input goes through the
//! optional-returning factories.
template <std::size_t N, typename Tag>
class FixedBytes {
public:
    static constexpr std::size_t size = N;

    FixedBytes() { m_bytes.fill(0); }

    static std::optional<FixedBytes> fromBytes(QByteArrayView bytes)
    {
        if (static_cast<std::size_t>(bytes.size()) != N)
            return std::nullopt;
        FixedBytes out;
        std::memcpy(out.m_bytes.data(), bytes.data(), N);
        return out;
    }
    static std::optional<FixedBytes> fromHex(QStringView text)
    {
        const auto bytes = hex::decode(text);
        if (!bytes)
            return std::nullopt;
        return fromBytes(*bytes);
    }

    const unsigned char *data() const { return m_bytes.data(); }
    unsigned char *data() { return m_bytes.data(); }
    QByteArray toByteArray() const
    {
        return QByteArray(reinterpret_cast<const char *>(m_bytes.data()), qsizetype(N));
    }
    QByteArrayView view() const
    {
        return QByteArrayView(reinterpret_cast<const char *>(m_bytes.data()), qsizetype(N));
    }
    QString toHex() const { return hex::encode(view()); }
    bool isZero() const
    {
        for (auto b : m_bytes)
            if (b != 0)
                return false;
        return true;
    }

    friend bool operator==(const FixedBytes &a, const FixedBytes &b)
    {
        return a.m_bytes == b.m_bytes;
    }
    friend bool operator!=(const FixedBytes &a, const FixedBytes &b) { return !(a == b); }

private:
    std::array<unsigned char, N> m_bytes;
};

using Hash32 = FixedBytes<32, struct Hash32Tag>;
using PaymentHash = FixedBytes<32, struct PaymentHashTag>;
using PaymentSecret = FixedBytes<32, struct PaymentSecretTag>;
//! A compressed secp256k1 public key (node id).
using PublicKey = FixedBytes<33, struct PublicKeyTag>;
using PrivateKey = FixedBytes<32, struct PrivateKeyTag>;

} // namespace lw
