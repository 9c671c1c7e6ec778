// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/bytes.h"
#include "common/result.h"
#include "net/apperror.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringView>

//! NIP-04 (legacy NWC) encryption: AES-256-CBC with PKCS#7 padding, keyed by the unhashed shared
//! x coordinate; payload "base64(ciphertext)?iv=base64(iv)". It has no MAC: a decrypted message
//! is only as trustworthy as the signed event that carried it.
namespace lw::nostr::nip04 {

//! Encrypts with a fresh random IV; returns "base64?iv=base64".
Result<QString, AppError> encrypt(QByteArrayView plaintextUtf8, const Hash32 &sharedX);
//! As above with a given 16-byte IV (for vectors).
Result<QString, AppError> encrypt(QByteArrayView plaintextUtf8, const Hash32 &sharedX,
                                  QByteArrayView iv16);

//! Strictly parses the payload and decrypts; bad base64, IV length or padding is an error.
Result<QByteArray, AppError> decrypt(QStringView payload, const Hash32 &sharedX);

} // namespace lw::nostr::nip04
