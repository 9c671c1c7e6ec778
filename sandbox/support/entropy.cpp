// SPDX-License-Identifier: GPL-3.0-or-later
#include "entropy.h"

#include "common/base64.h"
#include "common/crypto.h"
#include "common/hex.h"

namespace lw::sandbox {

Entropy::Entropy(std::optional<quint64> seed, quint32 boot)
{
    if (seed) {
        const quint32 sequence[] = {quint32(*seed), quint32(*seed >> 32), boot, 0x5eedu};
        m_seeded.emplace(std::begin(sequence), std::end(sequence));
    }
}

QByteArray Entropy::bytes(qsizetype count)
{
    if (!m_seeded)
        return crypto::randomBytes(count);
    QByteArray out(count, Qt::Uninitialized);
    for (char &c : out)
        c = char(m_seeded->bounded(256));
    return out;
}

QString Entropy::uuid()
{
    QByteArray b = bytes(16);
    b[6] = char((b[6] & 0x0f) | 0x40); // version 4
    b[8] = char((b[8] & 0x3f) | 0x80); // RFC 4122 variant
    const QString h = hex::encode(b);
    return h.first(8) + u'-' + h.sliced(8, 4) + u'-' + h.sliced(12, 4) + u'-' + h.sliced(16, 4)
           + u'-' + h.sliced(20);
}

QString Entropy::token(const QString &prefix, qsizetype byteCount)
{
    return prefix + base64::encode(bytes(byteCount), base64::Alphabet::Url, false);
}

QString Entropy::hex(qsizetype byteCount)
{
    return hex::encode(bytes(byteCount));
}

} // namespace lw::sandbox
