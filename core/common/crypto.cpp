// SPDX-License-Identifier: GPL-3.0-or-later
#include "crypto.h"

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/rand.h>

#include <cstdlib>

namespace lw::crypto {

Hash32 sha256(QByteArrayView data)
{
    Hash32 out;
    unsigned int len = 0;
    if (EVP_Digest(data.data(), size_t(data.size()), out.data(), &len, EVP_sha256(), nullptr) != 1
        || len != Hash32::size)
        qFatal("EVP_Digest(SHA-256) failed");
    return out;
}

Hash32 hmacSha256(QByteArrayView key, QByteArrayView message)
{
    Hash32 out;
    unsigned int len = 0;
    // An empty key is legal for HMAC; OpenSSL wants a non-null pointer for it.
    static const unsigned char empty = 0;
    const void *keyData = key.isEmpty() ? static_cast<const void *>(&empty) : key.data();
    if (!HMAC(EVP_sha256(), keyData, int(key.size()),
              reinterpret_cast<const unsigned char *>(message.data()), size_t(message.size()),
              out.data(), &len)
        || len != Hash32::size)
        qFatal("HMAC-SHA256 failed");
    return out;
}

QByteArray randomBytes(qsizetype count)
{
    QByteArray out(count, Qt::Uninitialized);
    if (count > 0 && RAND_bytes(reinterpret_cast<unsigned char *>(out.data()), int(count)) != 1)
        qFatal("RAND_bytes failed: no secure randomness available");
    return out;
}

bool constantTimeEquals(QByteArrayView a, QByteArrayView b)
{
    if (a.size() != b.size())
        return false;
    if (a.isEmpty())
        return true;
    return CRYPTO_memcmp(a.data(), b.data(), size_t(a.size())) == 0;
}

} // namespace lw::crypto
