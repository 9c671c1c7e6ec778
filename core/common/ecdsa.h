// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bytes.h"

#include <QByteArray>
#include <QByteArrayView>

#include <optional>

//! Thin wrappers over libsecp256k1's ECDSA and public-key recovery, in the types Lightwork uses.
namespace lw::ecdsa {

struct RecoverableSignature {
    QByteArray compact; //!< 64 bytes, R || S
    int recoveryId = 0; //!< 0..3
};

//! Public key from a compact signature, its recovery id and the signed digest. Accepts high-S
//! signatures, as BOLT 11 requires for recovery.
std::optional<PublicKey> recover(QByteArrayView compact, int recoveryId, const Hash32 &digest);

//! Verifies a compact signature against a key. libsecp256k1 only accepts lower-S signatures,
//! which is BOLT 11's rule when the invoice names its payee.
bool verify(QByteArrayView compact, const Hash32 &digest, const PublicKey &key);

//! True when S is in the upper half of the group order.
bool isHighS(QByteArrayView compact);

bool isValidPublicKey(const PublicKey &key);
bool isValidPrivateKey(const PrivateKey &key);
std::optional<PublicKey> publicKeyOf(const PrivateKey &key);

//! RFC 6979 deterministic recoverable signature (low-S).
std::optional<RecoverableSignature> signRecoverable(const Hash32 &digest, const PrivateKey &key);

} // namespace lw::ecdsa
