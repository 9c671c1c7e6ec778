// SPDX-License-Identifier: GPL-3.0-or-later
#include "schnorr.h"

#include "common/crypto.h"

#include <openssl/crypto.h>
#include <secp256k1.h>
#include <secp256k1_ecdh.h>
#include <secp256k1_extrakeys.h>
#include <secp256k1_schnorrsig.h>

#include <cstring>

namespace lw::nostr {

namespace {

// One context for the process: read-only after creation, so safe to share between threads.
const secp256k1_context *context()
{
    static const secp256k1_context *ctx = [] {
        secp256k1_context *c = secp256k1_context_create(SECP256K1_CONTEXT_NONE);
        QByteArray seed = crypto::randomBytes(32);
        // Blinding against side channels when signing and in ECDH.
        if (!secp256k1_context_randomize(c, reinterpret_cast<const unsigned char *>(seed.data())))
            qFatal("secp256k1_context_randomize failed");
        OPENSSL_cleanse(seed.data(), size_t(seed.size()));
        return c;
    }();
    return ctx;
}

const unsigned char *bytes(QByteArrayView v)
{
    return reinterpret_cast<const unsigned char *>(v.data());
}

// Wipes the key pair (it holds the secret) when it goes out of scope.
struct KeyPair {
    secp256k1_keypair pair;
    ~KeyPair() { OPENSSL_cleanse(&pair, sizeof pair); }
};

// Nostr wants the raw x coordinate; libsecp256k1's default hashes the compressed point.
int copyX(unsigned char *output, const unsigned char *x32, const unsigned char *, void *)
{
    std::memcpy(output, x32, 32);
    return 1;
}

// The point with even y whose x is `key` (BIP-340 lift_x), if there is one.
std::optional<secp256k1_pubkey> liftX(const XOnlyKey &key)
{
    unsigned char compressed[33];
    compressed[0] = 0x02;
    std::memcpy(compressed + 1, key.data(), 32);
    secp256k1_pubkey point;
    if (!secp256k1_ec_pubkey_parse(context(), &point, compressed, sizeof compressed))
        return std::nullopt;
    return point;
}

} // namespace

PrivateKey generateSecretKey()
{
    for (;;) {
        QByteArray random = crypto::randomBytes(PrivateKey::size);
        const auto key = PrivateKey::fromBytes(random);
        OPENSSL_cleanse(random.data(), size_t(random.size()));
        // Fails with probability about 2^-128 (zero or at least the group order).
        if (key && isValidSecretKey(*key))
            return *key;
    }
}

bool isValidSecretKey(const PrivateKey &secret)
{
    return secp256k1_ec_seckey_verify(context(), secret.data()) == 1;
}

bool isValidXOnlyKey(const XOnlyKey &key)
{
    secp256k1_xonly_pubkey parsed;
    return secp256k1_xonly_pubkey_parse(context(), &parsed, key.data()) == 1;
}

std::optional<XOnlyKey> xOnlyPublicKey(const PrivateKey &secret)
{
    KeyPair keyPair;
    if (!secp256k1_keypair_create(context(), &keyPair.pair, secret.data()))
        return std::nullopt;
    secp256k1_xonly_pubkey xonly;
    if (!secp256k1_keypair_xonly_pub(context(), &xonly, nullptr, &keyPair.pair))
        return std::nullopt;
    XOnlyKey out;
    if (!secp256k1_xonly_pubkey_serialize(context(), out.data(), &xonly))
        return std::nullopt;
    return out;
}

std::optional<SchnorrSignature> sign(QByteArrayView message, const PrivateKey &secret,
                                     const Hash32 &auxRand)
{
    KeyPair keyPair;
    if (!secp256k1_keypair_create(context(), &keyPair.pair, secret.data()))
        return std::nullopt;
    secp256k1_schnorrsig_extraparams params = SECP256K1_SCHNORRSIG_EXTRAPARAMS_INIT;
    params.ndata = const_cast<unsigned char *>(auxRand.data());
    SchnorrSignature signature;
    if (!secp256k1_schnorrsig_sign_custom(context(), signature.data(), bytes(message),
                                          size_t(message.size()), &keyPair.pair, &params))
        return std::nullopt;
    // A fault while signing could leak the key in a bad signature; never let one out.
    secp256k1_xonly_pubkey xonly;
    if (!secp256k1_keypair_xonly_pub(context(), &xonly, nullptr, &keyPair.pair)
        || !secp256k1_schnorrsig_verify(context(), signature.data(), bytes(message),
                                        size_t(message.size()), &xonly))
        return std::nullopt;
    return signature;
}

std::optional<SchnorrSignature> sign(QByteArrayView message, const PrivateKey &secret)
{
    const auto auxRand = Hash32::fromBytes(crypto::randomBytes(Hash32::size));
    return sign(message, secret, *auxRand);
}

bool verify(QByteArrayView message, const SchnorrSignature &signature, const XOnlyKey &publicKey)
{
    secp256k1_xonly_pubkey xonly;
    if (!secp256k1_xonly_pubkey_parse(context(), &xonly, publicKey.data()))
        return false;
    return secp256k1_schnorrsig_verify(context(), signature.data(), bytes(message),
                                       size_t(message.size()), &xonly)
           == 1;
}

std::optional<Hash32> sharedX(const PrivateKey &secret, const XOnlyKey &peer)
{
    if (!isValidSecretKey(secret))
        return std::nullopt;
    const auto point = liftX(peer);
    if (!point)
        return std::nullopt;
    Hash32 out;
    if (!secp256k1_ecdh(context(), out.data(), &*point, secret.data(), copyX, nullptr))
        return std::nullopt;
    return out;
}

} // namespace lw::nostr
