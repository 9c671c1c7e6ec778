// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/bytes.h"
#include "common/result.h"
#include "secrets/secretstore.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QFuture>
#include <QString>

#include <optional>

namespace lw {

//! The key that seals secrets at rest (preimages, L402 credentials in the payment journal).
using DataKey = FixedBytes<32, struct DataKeyTag>;

//! AES-256-GCM through OpenSSL's EVP interface. A sealed value is
//! version (0x01) | 12-byte random nonce | ciphertext | 16-byte tag; the associated data (a row
//! id, a column name) is authenticated but not stored, so a value moved elsewhere won't open.
class SecretBox {
public:
    static constexpr char version = 0x01;
    static constexpr qsizetype nonceSize = 12;
    static constexpr qsizetype tagSize = 16;
    static constexpr qsizetype overhead = 1 + nonceSize + tagSize;

    explicit SecretBox(const DataKey &key);
    SecretBox(const SecretBox &) = default;
    SecretBox &operator=(const SecretBox &) = default;
    ~SecretBox();

    //! A fresh random nonce every call, so sealing the same plaintext twice gives different bytes.
    QByteArray seal(QByteArrayView plaintext, QByteArrayView associatedData) const;
    //! nullopt on any change to the sealed bytes, a wrong key, wrong associated data, an unknown
    //! version or short input; never partial plaintext.
    std::optional<QByteArray> open(QByteArrayView sealed, QByteArrayView associatedData) const;

    //! For known-answer tests only: a nonce must never repeat under one key, which only seal()'s
    //! random nonces ensure. nonce must be nonceSize bytes.
    QByteArray sealWithNonce(QByteArrayView nonce, QByteArrayView plaintext,
                             QByteArrayView associatedData) const;

private:
    DataKey m_key;
};

//! Reads the data key stored under keyName, or creates one (32 random bytes), writes it and reads
//! it back, so a key that did not persist is never used. A stored value of the wrong length is an
//! error and is left alone: replacing it would make everything sealed with it unreadable.
//! store must outlive the returned future.
QFuture<Result<SecretBox, SecretError>> loadOrCreateDataKey(SecretStore &store,
                                                            const QString &keyName);

} // namespace lw
