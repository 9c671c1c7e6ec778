// SPDX-License-Identifier: GPL-3.0-or-later
#include "nip04.h"

#include "common/base64.h"
#include "common/crypto.h"

#include <QCoreApplication>

#include <openssl/crypto.h>
#include <openssl/evp.h>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace lw::nostr::nip04 {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(NostrEncryption)
};

using Kind = AppError::Kind;

constexpr qsizetype ivSize = 16;
constexpr qsizetype blockSize = 16;
// NWC messages are small; this keeps every length far below OpenSSL's int limits.
constexpr qsizetype maxPayloadChars = 24 * 1024 * 1024;
constexpr QStringView ivSeparator = u"?iv=";

AppError invalid(const QString &why)
{
    return AppError::make(Kind::BadResponse,
                          Text::tr("An encrypted Nostr message could not be read: %1.").arg(why));
}

struct CipherCtxFree {
    void operator()(EVP_CIPHER_CTX *ctx) const { EVP_CIPHER_CTX_free(ctx); }
};

// AES-256-CBC with PKCS#7 padding in either direction; false on any OpenSSL failure, which when
// decrypting includes bad padding.
bool aes256Cbc(bool encrypting, const Hash32 &key, QByteArrayView iv, QByteArrayView input,
               QByteArray *output)
{
    std::unique_ptr<EVP_CIPHER_CTX, CipherCtxFree> ctx(EVP_CIPHER_CTX_new());
    if (!ctx
        || EVP_CipherInit_ex(ctx.get(), EVP_aes_256_cbc(), nullptr, key.data(),
                             reinterpret_cast<const unsigned char *>(iv.data()), encrypting ? 1 : 0)
               != 1)
        return false;
    output->resize(input.size() + blockSize);
    auto *out = reinterpret_cast<unsigned char *>(output->data());
    int written = 0;
    int finalWritten = 0;
    const bool ok =
        EVP_CipherUpdate(ctx.get(), out, &written,
                         reinterpret_cast<const unsigned char *>(input.data()), int(input.size()))
            == 1
        && EVP_CipherFinal_ex(ctx.get(), out + written, &finalWritten) == 1;
    if (!ok) {
        OPENSSL_cleanse(output->data(), size_t(output->size()));
        output->clear();
        return false;
    }
    output->resize(written + finalWritten);
    return true;
}

} // namespace

Result<QString, AppError> encrypt(QByteArrayView plaintextUtf8, const Hash32 &sharedX)
{
    return encrypt(plaintextUtf8, sharedX, crypto::randomBytes(ivSize));
}

Result<QString, AppError> encrypt(QByteArrayView plaintextUtf8, const Hash32 &sharedX,
                                  QByteArrayView iv16)
{
    if (iv16.size() != ivSize)
        return lw::fail(AppError::make(
            Kind::Invalid, Text::tr("A NIP-04 initialisation vector must be 16 bytes.")));
    if (plaintextUtf8.size() > maxPayloadChars / 2)
        return lw::fail(AppError::make(Kind::Invalid, Text::tr("The Nostr message is too long.")));
    QByteArray ciphertext;
    if (!aes256Cbc(true, sharedX, iv16, plaintextUtf8, &ciphertext))
        return lw::fail(AppError::make(
            Kind::Invalid, Text::tr("The Nostr message could not be encrypted (OpenSSL failed).")));
    return QString(base64::encode(ciphertext) % ivSeparator % base64::encode(iv16));
}

Result<QByteArray, AppError> decrypt(QStringView payload, const Hash32 &sharedX)
{
    if (payload.size() > maxPayloadChars)
        return lw::fail(invalid(Text::tr("it is too long (%1 characters)").arg(payload.size())));
    const qsizetype separator = payload.indexOf(ivSeparator);
    if (separator < 0 || payload.indexOf(ivSeparator, separator + 1) >= 0)
        return lw::fail(invalid(Text::tr("it is not “ciphertext?iv=vector”")));
    const base64::DecodeOptions strict{base64::Alphabet::Standard, base64::Padding::Optional, false,
                                       false};
    const auto ciphertext = base64::decode(payload.first(separator), strict);
    const auto iv = base64::decode(payload.sliced(separator + ivSeparator.size()), strict);
    if (!ciphertext || !iv)
        return lw::fail(invalid(Text::tr("it is not valid base64")));
    if (iv->size() != ivSize)
        return lw::fail(invalid(Text::tr("its initialisation vector is not 16 bytes")));
    if (ciphertext->isEmpty() || ciphertext->size() % blockSize != 0)
        return lw::fail(invalid(Text::tr("its length is not a whole number of AES blocks")));
    QByteArray plaintext;
    if (!aes256Cbc(false, sharedX, *iv, *ciphertext, &plaintext))
        return lw::fail(invalid(Text::tr("its padding is invalid (wrong key?)")));
    return plaintext;
}

} // namespace lw::nostr::nip04
