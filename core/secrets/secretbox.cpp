// SPDX-License-Identifier: GPL-3.0-or-later
#include "secretbox.h"

#include "common/crypto.h"

#include <QCoreApplication>
#include <QPromise>

#include <openssl/crypto.h>
#include <openssl/evp.h>

#include <algorithm>
#include <memory>

namespace lw {

namespace {

struct SecretText {
    Q_DECLARE_TR_FUNCTIONS(SecretStore)
};

struct CipherContextDeleter {
    void operator()(EVP_CIPHER_CTX *ctx) const { EVP_CIPHER_CTX_free(ctx); }
};
using CipherContext = std::unique_ptr<EVP_CIPHER_CTX, CipherContextDeleter>;

// EVP takes int lengths; feeding in slices keeps inputs over 2 GiB correct instead of truncated.
constexpr qsizetype maxSlice = 1 << 30;

const unsigned char *bytes(QByteArrayView view)
{
    return reinterpret_cast<const unsigned char *>(view.data());
}

bool addAssociatedData(EVP_CIPHER_CTX *ctx, QByteArrayView aad, bool encrypt)
{
    for (qsizetype at = 0; at < aad.size(); at += maxSlice) {
        const QByteArrayView slice = aad.sliced(at, qMin(maxSlice, aad.size() - at));
        int outLen = 0;
        const int ok =
            encrypt ? EVP_EncryptUpdate(ctx, nullptr, &outLen, bytes(slice), int(slice.size()))
                    : EVP_DecryptUpdate(ctx, nullptr, &outLen, bytes(slice), int(slice.size()));
        if (ok != 1)
            return false;
    }
    return true;
}

// GCM is a stream mode: every update writes exactly as many bytes as it reads.
bool transform(EVP_CIPHER_CTX *ctx, QByteArrayView in, unsigned char *out, bool encrypt)
{
    for (qsizetype at = 0; at < in.size(); at += maxSlice) {
        const QByteArrayView slice = in.sliced(at, qMin(maxSlice, in.size() - at));
        int outLen = 0;
        const int ok =
            encrypt ? EVP_EncryptUpdate(ctx, out + at, &outLen, bytes(slice), int(slice.size()))
                    : EVP_DecryptUpdate(ctx, out + at, &outLen, bytes(slice), int(slice.size()));
        if (ok != 1 || outLen != int(slice.size()))
            return false;
    }
    return true;
}

Unexpected<SecretError> failed(const QString &message)
{
    return fail(SecretError{SecretError::Kind::Failed, message});
}

} // namespace

SecretBox::SecretBox(const DataKey &key)
    : m_key(key)
{}

SecretBox::~SecretBox()
{
    OPENSSL_cleanse(m_key.data(), DataKey::size);
}

QByteArray SecretBox::seal(QByteArrayView plaintext, QByteArrayView associatedData) const
{
    return sealWithNonce(crypto::randomBytes(nonceSize), plaintext, associatedData);
}

QByteArray SecretBox::sealWithNonce(QByteArrayView nonce, QByteArrayView plaintext,
                                    QByteArrayView associatedData) const
{
    if (nonce.size() != nonceSize)
        qFatal("SecretBox: a nonce must be 12 bytes");

    QByteArray out(overhead + plaintext.size(), Qt::Uninitialized);
    auto *outBytes = reinterpret_cast<unsigned char *>(out.data());
    out[0] = version;
    std::copy(nonce.begin(), nonce.end(), out.begin() + 1);
    unsigned char *ciphertext = outBytes + 1 + nonceSize;
    unsigned char *tag = ciphertext + plaintext.size();

    // Failures here mean OpenSSL itself is broken (out of memory); there is no safe way on.
    const CipherContext ctx(EVP_CIPHER_CTX_new());
    int finalLen = 0;
    if (!ctx
        || EVP_EncryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, m_key.data(), bytes(nonce))
               != 1
        || !addAssociatedData(ctx.get(), associatedData, true)
        || !transform(ctx.get(), plaintext, ciphertext, true)
        || EVP_EncryptFinal_ex(ctx.get(), tag, &finalLen) != 1 || finalLen != 0
        || EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, int(tagSize), tag) != 1)
        qFatal("SecretBox: AES-256-GCM encryption failed");
    return out;
}

std::optional<QByteArray> SecretBox::open(QByteArrayView sealed,
                                          QByteArrayView associatedData) const
{
    if (sealed.size() < overhead || sealed.at(0) != version)
        return std::nullopt;
    const QByteArrayView nonce = sealed.sliced(1, nonceSize);
    const QByteArrayView ciphertext = sealed.sliced(1 + nonceSize, sealed.size() - overhead);
    // EVP's set-tag control takes a non-const pointer but only copies from it.
    unsigned char tag[tagSize];
    std::copy(sealed.end() - tagSize, sealed.end(), tag);

    QByteArray plaintext(ciphertext.size(), Qt::Uninitialized);
    const CipherContext ctx(EVP_CIPHER_CTX_new());
    if (!ctx)
        qFatal("SecretBox: EVP_CIPHER_CTX_new failed");
    int finalLen = 0;
    // The tag check happens in DecryptFinal: until it passes, the plaintext is not released.
    const bool ok =
        EVP_DecryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, m_key.data(), bytes(nonce)) == 1
        && addAssociatedData(ctx.get(), associatedData, false)
        && transform(ctx.get(), ciphertext, reinterpret_cast<unsigned char *>(plaintext.data()),
                     false)
        && EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, int(tagSize), tag) == 1
        && EVP_DecryptFinal_ex(ctx.get(), nullptr, &finalLen) == 1 && finalLen == 0;
    if (!ok) {
        OPENSSL_cleanse(plaintext.data(), size_t(plaintext.size()));
        return std::nullopt;
    }
    return plaintext;
}

QFuture<Result<SecretBox, SecretError>> loadOrCreateDataKey(SecretStore &store,
                                                            const QString &keyName)
{
    using Promise = QPromise<Result<SecretBox, SecretError>>;
    // Shared by the continuations; if the store's futures are cancelled (the store went away),
    // the last owner drops it unfinished and QPromise cancels this future too.
    auto promise = std::make_shared<Promise>();
    QFuture<Result<SecretBox, SecretError>> future = promise->future();
    promise->start();
    const auto finish = [](Promise &p, Result<SecretBox, SecretError> result) {
        p.addResult(std::move(result));
        p.finish();
    };

    SecretStore *const s = &store;
    store.read(keyName).then([promise, finish, s, keyName](const SecretRead &read) {
        if (read) {
            const auto key = DataKey::fromBytes(*read);
            if (!key)
                return finish(*promise,
                              failed(SecretText::tr("The stored data key has the wrong length "
                                                    "(%n bytes instead of 32). It was left as it "
                                                    "is; records sealed with it can't be opened.",
                                                    nullptr, int(read->size()))));
            return finish(*promise, SecretBox(*key));
        }
        if (read.error().kind != SecretError::Kind::NotFound)
            return finish(*promise, fail(read.error()));

        const QByteArray fresh = crypto::randomBytes(DataKey::size);
        s->write(keyName, fresh).then([promise, finish, s, keyName, fresh](const SecretWrite &w) {
            if (!w)
                return finish(*promise, fail(w.error()));
            s->read(keyName).then([promise, finish, fresh](const SecretRead &back) {
                if (!back && back.error().kind != SecretError::Kind::NotFound)
                    return finish(*promise, fail(back.error()));
                if (!back || !crypto::constantTimeEquals(*back, fresh))
                    return finish(*promise,
                                  failed(SecretText::tr("The new data key did not read back from "
                                                        "the secret store as written, so it was "
                                                        "not used.")));
                return finish(*promise, SecretBox(*DataKey::fromBytes(fresh)));
            });
        });
    });
    return future;
}

} // namespace lw
