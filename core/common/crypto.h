// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bytes.h"

#include <QByteArray>
#include <QByteArrayView>

namespace lw::crypto {

//! SHA-256 through OpenSSL's EVP interface.
Hash32 sha256(QByteArrayView data);

//! HMAC-SHA256 through OpenSSL.
Hash32 hmacSha256(QByteArrayView key, QByteArrayView message);

//! Cryptographically secure random bytes from OpenSSL's DRBG. Aborts if the DRBG can't be
//! seeded: there is no safe way to go on without randomness.
QByteArray randomBytes(qsizetype count);

//! Comparison whose time does not depend on where the inputs differ.
bool constantTimeEquals(QByteArrayView a, QByteArrayView b);

} // namespace lw::crypto
