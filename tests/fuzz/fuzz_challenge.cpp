// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: WWW-Authenticate parsing (RFC 9110 tokenizer, L402/LSAT, IETF Payment and
// its base64url JSON request) and the Authorization builders fed from what it parsed.
#include "l402/authorization.h"
#include "l402/paymentchallenge.h"

#include <QByteArray>
#include <QList>

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    // Header lines as a server may send several.
    const lw::PaymentChallenges challenges = lw::parsePaymentChallenges(bytes.split('\n'));
    const lw::Preimage preimage;
    for (const lw::L402Challenge &c : challenges.l402) {
        if (c.token.isEmpty() || c.invoice.isEmpty())
            __builtin_trap();
        const auto header = lw::l402Authorization(c, preimage);
        // A built header never carries line breaks (no header injection).
        if (header && (header->contains('\r') || header->contains('\n')))
            __builtin_trap();
    }
    for (const lw::PaymentSchemeChallenge &c : challenges.payment) {
        const auto header = lw::paymentAuthorization(c, preimage);
        if (header && (header->contains('\r') || header->contains('\n')))
            __builtin_trap();
    }
    return 0;
}
