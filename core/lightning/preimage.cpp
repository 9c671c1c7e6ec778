// SPDX-License-Identifier: GPL-3.0-or-later
#include "preimage.h"

#include "common/crypto.h"

namespace lw {

Preimage generatePreimage()
{
    return *Preimage::fromBytes(crypto::randomBytes(Preimage::size));
}

PaymentHash paymentHashOf(const Preimage &preimage)
{
    return *PaymentHash::fromBytes(crypto::sha256(preimage.view()).view());
}

bool verifyPreimage(const Preimage &preimage, const PaymentHash &paymentHash)
{
    return crypto::constantTimeEquals(paymentHashOf(preimage).view(), paymentHash.view());
}

} // namespace lw
