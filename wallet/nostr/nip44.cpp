// SPDX-License-Identifier: GPL-3.0-or-later
#include "nip44.h"

#include "common/base64.h"
#include "common/crypto.h"

#include <QCoreApplication>

#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/kdf.h>

#include <bit>
#include <cstring>
#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace lw::nostr::nip44 {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(NostrEncryption)
};

using Kind = AppError::Kind;

constexpr char version = 2;
constexpr qsizetype nonceSize = 32;
constexpr qsizetype macSize = 32;
// The shortest payload: a 1-byte message padded to 32 bytes behind its 2-byte length.
constexpr qsizetype minPayloadChars = 132;
constexpr qsizetype minDecodedSize = 1 + nonceSize + 2 + 32 + macSize;
// The extended 6-byte prefix of the current text allows 4 GiB; no relay carries more than a few
// MiB, so bigger payloads are refused before base64 decoding allocates for them.
constexpr qsizetype maxPayloadChars = 24 * 1024 * 1024;
constexpr qsizetype extendedPrefixThreshold = 65536;

AppError invalid(const QString &why)
{
    return AppError::make(Kind::BadResponse,
                          Text::tr("An encrypted Nostr message could not be read: %1.").arg(why));
}

// Wipes a buffer holding key material or plaintext when it goes out of scope.
struct Wipe {
    QByteArray &bytes;
    ~Wipe()
    {
        if (!bytes.isEmpty())
            OPENSSL_cleanse(bytes.data(), size_t(bytes.size()));
    }
};

struct KdfCtxFree {
    void operator()(EVP_KDF_CTX *ctx) const { EVP_KDF_CTX_free(ctx); }
};
struct CipherCtxFree {
    void operator()(EVP_CIPHER_CTX *ctx) const { EVP_CIPHER_CTX_free(ctx); }
};

// HKDF-SHA256 in one of OpenSSL's modes (RFC 5869 extract or expand). `key` is the IKM for
// extract and the PRK for expand; `saltOrInfo` is the salt for extract and the info for expand.
bool hkdf(int mode, QByteArrayView key, QByteArrayView saltOrInfo, unsigned char *out,
          size_t outSize)
{
    static EVP_KDF *const kdf = EVP_KDF_fetch(nullptr, OSSL_KDF_NAME_HKDF, nullptr);
    if (!kdf)
        return false;
    std::unique_ptr<EVP_KDF_CTX, KdfCtxFree> ctx(EVP_KDF_CTX_new(kdf));
    if (!ctx)
        return false;
    char digest[] = "SHA256";
    const bool extract = mode == EVP_KDF_HKDF_MODE_EXTRACT_ONLY;
    OSSL_PARAM params[] = {
        OSSL_PARAM_construct_int(OSSL_KDF_PARAM_MODE, &mode),
        OSSL_PARAM_construct_utf8_string(OSSL_KDF_PARAM_DIGEST, digest, 0),
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_KEY, const_cast<char *>(key.data()),
                                          size_t(key.size())),
        OSSL_PARAM_construct_octet_string(extract ? OSSL_KDF_PARAM_SALT : OSSL_KDF_PARAM_INFO,
                                          const_cast<char *>(saltOrInfo.data()),
                                          size_t(saltOrInfo.size())),
        OSSL_PARAM_construct_end(),
    };
    return EVP_KDF_derive(ctx.get(), out, outSize, params) == 1;
}

// RFC 8439 ChaCha20 with block counter 0. OpenSSL's IV is the 32-bit little-endian counter
// followed by the 96-bit nonce.
bool chacha20(const MessageKeys &keys, QByteArrayView input, QByteArray *output)
{
    unsigned char iv[16] = {};
    std::memcpy(iv + 4, keys.chachaNonce.data(), 12);
    std::unique_ptr<EVP_CIPHER_CTX, CipherCtxFree> ctx(EVP_CIPHER_CTX_new());
    if (!ctx
        || EVP_EncryptInit_ex(ctx.get(), EVP_chacha20(), nullptr, keys.chachaKey.data(), iv) != 1)
        return false;
    output->resize(input.size());
    // Lengths are capped far below INT_MAX before this point.
    int written = 0;
    if (EVP_EncryptUpdate(ctx.get(), reinterpret_cast<unsigned char *>(output->data()), &written,
                          reinterpret_cast<const unsigned char *>(input.data()), int(input.size()))
            != 1
        || written != input.size())
        return false;
    int finalWritten = 0;
    return EVP_EncryptFinal_ex(ctx.get(), nullptr, &finalWritten) == 1 && finalWritten == 0;
}

Hash32 mac(const MessageKeys &keys, QByteArrayView nonce, QByteArrayView ciphertext)
{
    QByteArray aadAndCiphertext;
    aadAndCiphertext.reserve(nonce.size() + ciphertext.size());
    aadAndCiphertext.append(nonce);
    aadAndCiphertext.append(ciphertext);
    return crypto::hmacSha256(keys.hmacKey.view(), aadAndCiphertext);
}

QByteArray pad(QByteArrayView plaintext)
{
    const qsizetype length = plaintext.size();
    QByteArray padded;
    padded.reserve(2 + paddedLength(length));
    padded.append(char((length >> 8) & 0xff));
    padded.append(char(length & 0xff));
    padded.append(plaintext);
    padded.append(QByteArray(paddedLength(length) - length, '\0'));
    return padded;
}

quint32 bigEndian(QByteArrayView bytes, qsizetype at, int count)
{
    quint32 value = 0;
    for (int i = 0; i < count; ++i)
        value = (value << 8) | quint8(bytes[at + i]);
    return value;
}

// The plaintext inside `padded`, checking the length prefix (2 bytes, or 00 00 + 4 bytes for
// 65536 and more) and that the padded size is exactly what that length pads to.
std::optional<QByteArray> unpad(QByteArrayView padded)
{
    if (padded.size() < 2)
        return std::nullopt;
    qsizetype length = bigEndian(padded, 0, 2);
    qsizetype prefix = 2;
    if (length == 0) {
        if (padded.size() < 6)
            return std::nullopt;
        length = bigEndian(padded, 2, 4);
        prefix = 6;
        if (length < extendedPrefixThreshold)
            return std::nullopt;
    }
    if (length < 1 || prefix + length > padded.size()
        || padded.size() != prefix + paddedLength(length))
        return std::nullopt;
    return padded.sliced(prefix, length).toByteArray();
}

} // namespace

std::optional<ConversationKey> conversationKey(const PrivateKey &secret, const XOnlyKey &peer)
{
    const auto shared = sharedX(secret, peer);
    if (!shared)
        return std::nullopt;
    Hash32 ikm = *shared;
    ConversationKey key;
    const bool ok = hkdf(EVP_KDF_HKDF_MODE_EXTRACT_ONLY, ikm.view(), "nip44-v2", key.data(),
                         ConversationKey::size);
    OPENSSL_cleanse(ikm.data(), Hash32::size);
    if (!ok)
        return std::nullopt;
    return key;
}

std::optional<MessageKeys> messageKeys(const ConversationKey &key, const Hash32 &nonce)
{
    unsigned char okm[76];
    if (!hkdf(EVP_KDF_HKDF_MODE_EXPAND_ONLY, key.view(), nonce.view(), okm, sizeof okm))
        return std::nullopt;
    MessageKeys keys;
    std::memcpy(keys.chachaKey.data(), okm, 32);
    std::memcpy(keys.chachaNonce.data(), okm + 32, 12);
    std::memcpy(keys.hmacKey.data(), okm + 44, 32);
    OPENSSL_cleanse(okm, sizeof okm);
    return keys;
}

qsizetype paddedLength(qsizetype unpaddedLength)
{
    if (unpaddedLength < 1)
        return 0;
    if (unpaddedLength <= 32)
        return 32;
    // 1 << (floor(log2(n - 1)) + 1), in 64 bits.
    const quint64 nextPower = quint64(1) << std::bit_width(quint64(unpaddedLength - 1));
    const quint64 chunk = nextPower <= 256 ? 32 : nextPower / 8;
    return qsizetype(chunk * ((quint64(unpaddedLength) - 1) / chunk + 1));
}

Result<QString, AppError> encrypt(QByteArrayView plaintextUtf8, const ConversationKey &key)
{
    const auto nonce = Hash32::fromBytes(crypto::randomBytes(nonceSize));
    return encrypt(plaintextUtf8, key, *nonce);
}

Result<QString, AppError> encrypt(QByteArrayView plaintextUtf8, const ConversationKey &key,
                                  const Hash32 &nonce)
{
    // Sending stays within what every wallet accepts (the 2-byte prefix of NIP-44 before 2026).
    if (plaintextUtf8.isEmpty() || plaintextUtf8.size() > maxPlaintextLength)
        return lw::fail(AppError::make(
            Kind::Invalid, Text::tr("A Nostr message must be 1 to %1 bytes long; this one is %2.")
                               .arg(maxPlaintextLength)
                               .arg(plaintextUtf8.size())));
    const auto keys = messageKeys(key, nonce);
    QByteArray padded = pad(plaintextUtf8);
    const Wipe wipePadded{padded};
    QByteArray ciphertext;
    if (!keys || !chacha20(*keys, padded, &ciphertext))
        return lw::fail(AppError::make(
            Kind::Invalid, Text::tr("The Nostr message could not be encrypted (OpenSSL failed).")));
    QByteArray payload;
    payload.reserve(1 + nonceSize + ciphertext.size() + macSize);
    payload.append(version);
    payload.append(nonce.view());
    payload.append(ciphertext);
    payload.append(mac(*keys, nonce.view(), ciphertext).view());
    return base64::encode(payload);
}

Result<QByteArray, AppError> decrypt(QStringView payload, const ConversationKey &key)
{
    if (payload.startsWith(u'#'))
        return lw::fail(invalid(Text::tr("it uses an unsupported encryption version")));
    if (payload.size() < minPayloadChars)
        return lw::fail(invalid(Text::tr("it is too short (%1 characters)").arg(payload.size())));
    if (payload.size() > maxPayloadChars)
        return lw::fail(invalid(Text::tr("it is too long (%1 characters)").arg(payload.size())));
    const auto data = base64::decode(
        payload, {base64::Alphabet::Standard, base64::Padding::Required, false, false});
    if (!data)
        return lw::fail(invalid(Text::tr("it is not valid base64")));
    if (data->size() < minDecodedSize)
        return lw::fail(invalid(Text::tr("it is too short (%1 bytes)").arg(data->size())));
    if (data->at(0) != version)
        return lw::fail(invalid(
            Text::tr("it uses unsupported encryption version %1").arg(quint8(data->at(0)))));

    const QByteArrayView bytes(*data);
    const QByteArrayView nonceBytes = bytes.sliced(1, nonceSize);
    const QByteArrayView ciphertext =
        bytes.sliced(1 + nonceSize, bytes.size() - 1 - nonceSize - macSize);
    const QByteArrayView receivedMac = bytes.last(macSize);
    const auto keys = messageKeys(key, *Hash32::fromBytes(nonceBytes));
    if (!keys)
        return lw::fail(invalid(Text::tr("OpenSSL failed")));
    // Authenticate before touching the ciphertext.
    if (!crypto::constantTimeEquals(mac(*keys, nonceBytes, ciphertext).view(), receivedMac))
        return lw::fail(invalid(Text::tr("its authentication code does not match")));

    QByteArray padded;
    const Wipe wipePadded{padded};
    if (!chacha20(*keys, ciphertext, &padded))
        return lw::fail(invalid(Text::tr("OpenSSL failed")));
    auto plaintext = unpad(padded);
    if (!plaintext)
        return lw::fail(invalid(Text::tr("its padding is invalid")));
    return std::move(*plaintext);
}

} // namespace lw::nostr::nip44
