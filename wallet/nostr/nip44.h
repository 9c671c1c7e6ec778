// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/bytes.h"
#include "common/result.h"
#include "net/apperror.h"
#include "schnorr.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringView>

#include <optional>

//! NIP-44 version 2 encryption: ChaCha20 + HMAC-SHA256 with HKDF-derived keys, padded plaintext,
//! base64 payload `0x02 ‖ nonce(32) ‖ ciphertext ‖ mac(32)`.
namespace lw::nostr::nip44 {

using ConversationKey = FixedBytes<32, struct ConversationKeyTag>;

//! The largest plaintext NIP-44 v2 can carry (bytes).
inline constexpr qsizetype maxPlaintextLength = 65535;

//! HKDF-extract(salt "nip44-v2", sharedX(secret, peer)); symmetric between the two parties.
std::optional<ConversationKey> conversationKey(const PrivateKey &secret, const XOnlyKey &peer);

//! Per-message keys from HKDF-expand(conversationKey, nonce, 76).
struct MessageKeys {
    FixedBytes<32, struct ChaChaKeyTag> chachaKey;
    FixedBytes<12, struct ChaChaNonceTag> chachaNonce;
    FixedBytes<32, struct HmacKeyTag> hmacKey;
};
std::optional<MessageKeys> messageKeys(const ConversationKey &key, const Hash32 &nonce);

//! Encrypts 1..65535 bytes of UTF-8 with a fresh random nonce (the limit every wallet accepts).
Result<QString, AppError> encrypt(QByteArrayView plaintextUtf8, const ConversationKey &key);
//! As above with a given nonce (for vectors; never reuse a nonce with the same key).
Result<QString, AppError> encrypt(QByteArrayView plaintextUtf8, const ConversationKey &key,
                                  const Hash32 &nonce);

//! Checks version, lengths and the MAC (in constant time, before decrypting), then the padding.
//! Accepts the extended 6-byte length prefix of the current NIP-44 text (messages of 65,536 bytes
//! and more, as nostr-tools sends them) up to a 24 MiB payload.
Result<QByteArray, AppError> decrypt(QStringView payload, const ConversationKey &key);

//! Padded length of the plaintext (at least 32, then chunked powers of two).
qsizetype paddedLength(qsizetype unpaddedLength);

} // namespace lw::nostr::nip44
