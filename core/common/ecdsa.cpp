// SPDX-License-Identifier: GPL-3.0-or-later
#include "ecdsa.h"

#include "crypto.h"

#include <secp256k1.h>
#include <secp256k1_recovery.h>

namespace lw::ecdsa {

namespace {

// One context for the process: read-only after creation, so safe to share between threads.
const secp256k1_context *context()
{
    static const secp256k1_context *ctx = [] {
        secp256k1_context *c = secp256k1_context_create(SECP256K1_CONTEXT_NONE);
        const QByteArray seed = crypto::randomBytes(32);
        // Blinding against side channels when signing.
        if (!secp256k1_context_randomize(c, reinterpret_cast<const unsigned char *>(seed.data())))
            qFatal("secp256k1_context_randomize failed");
        return c;
    }();
    return ctx;
}

const unsigned char *bytes(QByteArrayView v)
{
    return reinterpret_cast<const unsigned char *>(v.data());
}

std::optional<PublicKey> serialize(const secp256k1_pubkey &pubkey)
{
    PublicKey out;
    size_t len = PublicKey::size;
    if (!secp256k1_ec_pubkey_serialize(context(), out.data(), &len, &pubkey,
                                       SECP256K1_EC_COMPRESSED)
        || len != PublicKey::size)
        return std::nullopt;
    return out;
}

} // namespace

std::optional<PublicKey> recover(QByteArrayView compact, int recoveryId, const Hash32 &digest)
{
    if (compact.size() != 64 || recoveryId < 0 || recoveryId > 3)
        return std::nullopt;
    secp256k1_ecdsa_recoverable_signature sig;
    if (!secp256k1_ecdsa_recoverable_signature_parse_compact(context(), &sig, bytes(compact),
                                                             recoveryId))
        return std::nullopt;
    secp256k1_pubkey pubkey;
    if (!secp256k1_ecdsa_recover(context(), &pubkey, &sig, digest.data()))
        return std::nullopt;
    return serialize(pubkey);
}

bool verify(QByteArrayView compact, const Hash32 &digest, const PublicKey &key)
{
    if (compact.size() != 64)
        return false;
    secp256k1_ecdsa_signature sig;
    secp256k1_pubkey pubkey;
    if (!secp256k1_ecdsa_signature_parse_compact(context(), &sig, bytes(compact)))
        return false;
    if (!secp256k1_ec_pubkey_parse(context(), &pubkey, key.data(), PublicKey::size))
        return false;
    return secp256k1_ecdsa_verify(context(), &sig, digest.data(), &pubkey) == 1;
}

bool isHighS(QByteArrayView compact)
{
    if (compact.size() != 64)
        return false;
    secp256k1_ecdsa_signature sig;
    if (!secp256k1_ecdsa_signature_parse_compact(context(), &sig, bytes(compact)))
        return false;
    // normalize returns 1 exactly when the input was not lower-S.
    return secp256k1_ecdsa_signature_normalize(context(), nullptr, &sig) == 1;
}

bool isValidPublicKey(const PublicKey &key)
{
    secp256k1_pubkey pubkey;
    return secp256k1_ec_pubkey_parse(context(), &pubkey, key.data(), PublicKey::size) == 1;
}

bool isValidPrivateKey(const PrivateKey &key)
{
    return secp256k1_ec_seckey_verify(context(), key.data()) == 1;
}

std::optional<PublicKey> publicKeyOf(const PrivateKey &key)
{
    secp256k1_pubkey pubkey;
    if (!secp256k1_ec_pubkey_create(context(), &pubkey, key.data()))
        return std::nullopt;
    return serialize(pubkey);
}

std::optional<RecoverableSignature> signRecoverable(const Hash32 &digest, const PrivateKey &key)
{
    secp256k1_ecdsa_recoverable_signature sig;
    if (!secp256k1_ecdsa_sign_recoverable(context(), &sig, digest.data(), key.data(), nullptr,
                                          nullptr))
        return std::nullopt;
    RecoverableSignature out;
    out.compact = QByteArray(64, Qt::Uninitialized);
    if (!secp256k1_ecdsa_recoverable_signature_serialize_compact(
            context(), reinterpret_cast<unsigned char *>(out.compact.data()), &out.recoveryId,
            &sig))
        return std::nullopt;
    return out;
}

} // namespace lw::ecdsa
