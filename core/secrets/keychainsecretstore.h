// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "secrets/secretstore.h"

#include <QObject>
#include <QString>

namespace lw {

//! Secrets in the OS keychain through QtKeychain: the Secret Service (GNOME Keyring, KeePassXC)
//! or KWallet. Never falls back to a plaintext file: without a keychain, calls fail with
//! Unavailable. Fully asynchronous (the GUI calls it on the main thread), so it needs a thread
//! with an event loop. Futures still pending when the store is destroyed are cancelled.
class KeychainSecretStore : public QObject, public SecretStore {
    Q_OBJECT

public:
    static QString defaultService();

    //! service names the application's entries in the keychain; tests use their own.
    explicit KeychainSecretStore(const QString &service = defaultService(),
                                 QObject *parent = nullptr);

    QString service() const { return m_service; }

    QFuture<SecretWrite> probe() override;
    QFuture<SecretRead> read(const QString &key) override;
    QFuture<SecretWrite> write(const QString &key, const QByteArray &value) override;
    QFuture<SecretWrite> remove(const QString &key) override;
    bool isPersistent() const override { return true; }

private:
    QString m_service;
};

} // namespace lw
