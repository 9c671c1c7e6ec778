// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/bytes.h"

#include <QByteArrayView>

#include <optional>

//! BIP-340 keys, signatures and x-only ECDH over libsecp256k1 (the library's headers stay in the
//! .cpp). Every function is safe on any input: invalid keys give std::nullopt or false.
namespace lw::nostr {

//! A BIP-340 public key: the x coordinate of the point with even y.
using XOnlyKey = FixedBytes<32, struct XOnlyKeyTag>;
using SchnorrSignature = FixedBytes<64, struct SchnorrSignatureTag>;

//! A random valid secret key (for tests and new connections).
PrivateKey generateSecretKey();

//! True when the secret is in [1, n-1].
bool isValidSecretKey(const PrivateKey &secret);

//! True when the key is the x coordinate of a curve point.
bool isValidXOnlyKey(const XOnlyKey &key);

//! nullopt for an invalid key.
std::optional<XOnlyKey> xOnlyPublicKey(const PrivateKey &secret);

//! BIP-340 signature of a message of any length (32 bytes for Nostr ids); auxRand as in BIP-340.
//! The signature is verified before it is returned.
std::optional<SchnorrSignature> sign(QByteArrayView message, const PrivateKey &secret,
                                     const Hash32 &auxRand);
//! As above with 32 fresh random bytes of aux data.
std::optional<SchnorrSignature> sign(QByteArrayView message, const PrivateKey &secret);

//! BIP-340 verification; false for an invalid key or signature.
bool verify(QByteArrayView message, const SchnorrSignature &signature, const XOnlyKey &publicKey);

//! x coordinate of secret·P, where P is the point with even y for `peer` (NIP-04/NIP-44 input),
//! unhashed. nullopt for an invalid secret or a peer that is not on the curve.
std::optional<Hash32> sharedX(const PrivateKey &secret, const XOnlyKey &peer);

} // namespace lw::nostr
