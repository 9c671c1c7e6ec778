// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "net/apperror.h"
#include "secrets/secretstore.h"

#include <QFuture>

#include <memory>

namespace lw {

//! A SecretStore error as the engine's error: Unavailable carries the code `no_keychain`,
//! NotFound the kind NotFound, everything else is Storage.
AppError secretError(const SecretError &error);

//! The engine's view of the SecretStore: errors as AppError, and a write that counts only once
//! it reads back. Every call is asynchronous (the keychain answers over D-Bus); the CLI awaits
//! the futures, the GUI continues from them. Values are never logged.
class EngineSecrets {
public:
    explicit EngineSecrets(std::unique_ptr<SecretStore> store);

    SecretStore &store() { return *m_store; }
    //! False when secrets end with the process ("this session only").
    bool isPersistent() const { return m_store->isPersistent(); }

    QFuture<Result<QByteArray, AppError>> read(const QString &key);
    //! Written, then read back: a secret that did not persist must not be relied on.
    QFuture<Result<bool, AppError>> write(const QString &key, const QByteArray &value);
    QFuture<Result<bool, AppError>> remove(const QString &key);

private:
    std::unique_ptr<SecretStore> m_store;
};

} // namespace lw
