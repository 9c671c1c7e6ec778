// SPDX-License-Identifier: GPL-3.0-or-later
#include "macaroonencoder.h"

#include "common/crypto.h"

namespace lw::macaroons {

namespace {

void appendVarint(QByteArray &out, quint64 v)
{
    while (v >= 0x80) {
        out.append(char((v & 0x7f) | 0x80));
        v >>= 7;
    }
    out.append(char(v));
}

void appendField(QByteArray &out, int type, QByteArrayView data)
{
    appendVarint(out, quint64(type));
    appendVarint(out, quint64(data.size()));
    out.append(data.data(), data.size());
}

// A packet's length is four hex digits, so it holds at most 0xffff bytes.
bool appendPacket(QByteArray &out, QByteArrayView key, QByteArrayView value)
{
    const qsizetype total = 4 + key.size() + 1 + value.size() + 1;
    if (total > 0xffff)
        return false;
    out += QByteArray::number(total, 16).rightJustified(4, '0');
    out.append(key.data(), key.size());
    out.append(' ');
    out.append(value.data(), value.size());
    out.append('\n');
    return true;
}

} // namespace

Macaroon mint(QByteArrayView rootKey, QByteArrayView identifier, const QString &location)
{
    static constexpr char generator[] = "macaroons-key-generator";
    const Hash32 derived = crypto::hmacSha256(QByteArrayView(generator), rootKey);
    Macaroon m;
    m.location = location;
    m.identifier = identifier.toByteArray();
    m.signature = crypto::hmacSha256(derived.view(), identifier).toByteArray();
    return m;
}

void addFirstPartyCaveat(Macaroon &macaroon, QByteArrayView caveat)
{
    macaroon.caveats.append(MacaroonCaveat{caveat.toByteArray(), {}, {}});
    macaroon.signature = crypto::hmacSha256(macaroon.signature, caveat).toByteArray();
}

QByteArray l402Identifier(const PaymentHash &paymentHash, QByteArrayView tokenId)
{
    QByteArray out(2, 0); // version 0, big-endian
    out += paymentHash.toByteArray();
    out.append(tokenId.data(), tokenId.size());
    return out;
}

QByteArray serializeV2(const Macaroon &m)
{
    QByteArray out(1, 2);
    if (!m.location.isEmpty())
        appendField(out, 1, m.location.toUtf8());
    appendField(out, 2, m.identifier);
    out.append(char(0));
    for (const MacaroonCaveat &c : m.caveats) {
        if (!c.location.isEmpty())
            appendField(out, 1, c.location.toUtf8());
        appendField(out, 2, c.identifier);
        if (!c.verificationId.isEmpty())
            appendField(out, 4, c.verificationId);
        out.append(char(0));
    }
    out.append(char(0));
    appendField(out, 6, m.signature);
    return out;
}

std::optional<QByteArray> serializeV1(const Macaroon &m)
{
    QByteArray out;
    bool ok = appendPacket(out, "location", m.location.toUtf8())
              && appendPacket(out, "identifier", m.identifier);
    for (const MacaroonCaveat &c : m.caveats) {
        ok = ok && appendPacket(out, "cid", c.identifier);
        if (!c.verificationId.isEmpty())
            ok = ok && appendPacket(out, "vid", c.verificationId)
                 && appendPacket(out, "cl", c.location.toUtf8());
    }
    ok = ok && appendPacket(out, "signature", m.signature);
    if (!ok)
        return std::nullopt;
    return out;
}

} // namespace lw::macaroons
