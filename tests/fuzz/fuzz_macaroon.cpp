// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: macaroon decoding from raw bytes (V2 binary, V1 packets, JSON) and from
// token text (base64 in either alphabet), plus everything derived for display.
#include "l402/macaroondecoder.h"
#include "l402/macaroonencoder.h"

#include <QString>

#include <cstdint>

namespace {

void exercise(const lw::Macaroon &m)
{
    (void)m.l402Identifier();
    (void)m.paymentHash();
    (void)m.expiresAtMs();
    (void)m.identifierText();
    for (const lw::MacaroonCaveat &c : m.caveats) {
        (void)c.text();
        (void)c.condition();
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto macaroons = lw::decodeMacaroons(bytes);
    if (macaroons) {
        for (const lw::Macaroon &m : *macaroons) {
            exercise(m);
            // A decoded V2 binary macaroon serialises back to a macaroon with the same fields.
            if (m.format == lw::MacaroonFormat::V2Binary) {
                const auto again = lw::decodeMacaroons(lw::macaroons::serializeV2(m));
                if (!again || again->first().identifier != m.identifier
                    || again->first().signature != m.signature
                    || again->first().caveats.size() != m.caveats.size())
                    __builtin_trap();
            }
        }
    }
    const lw::L402Token token = lw::decodeL402Token(QString::fromLatin1(bytes));
    for (const lw::Macaroon &m : token.macaroons)
        exercise(m);
    return 0;
}
