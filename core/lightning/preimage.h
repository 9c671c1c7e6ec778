// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/bytes.h"

namespace lw {

//! The 32-byte secret whose SHA-256 is an invoice's payment hash: proof of payment.
using Preimage = FixedBytes<32, struct PreimageTag>;

//! A fresh preimage from OpenSSL's CSPRNG.
Preimage generatePreimage();

//! sha256(preimage) as a payment hash.
PaymentHash paymentHashOf(const Preimage &preimage);

//! True when sha256(preimage) == paymentHash (compared in constant time). Wallets have returned
//! empty, all-zero and unrelated "preimages"; nothing is trusted without this check.
bool verifyPreimage(const Preimage &preimage, const PaymentHash &paymentHash);

} // namespace lw
