// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "secrets/secretstore.h"

#include <QHash>

#include <optional>

namespace lw {

//! Secrets kept in this process only ("this session only", and the store tests use). Every
//! future it returns is already finished. Not thread-safe: use it from one thread.
class MemorySecretStore : public SecretStore {
public:
    QFuture<SecretWrite> probe() override;
    QFuture<SecretRead> read(const QString &key) override;
    QFuture<SecretWrite> write(const QString &key, const QByteArray &value) override;
    QFuture<SecretWrite> remove(const QString &key) override;
    bool isPersistent() const override { return false; }

    //! Test hook: while set, every call fails with this error (a keychain that broke).
    void setFailure(std::optional<SecretError> error) { m_failure = std::move(error); }
    //! Test hook: writes report success but keep nothing (a keychain that loses data).
    void setDiscardWrites(bool discard) { m_discardWrites = discard; }

private:
    QHash<QString, QByteArray> m_values;
    std::optional<SecretError> m_failure;
    bool m_discardWrites = false;
};

} // namespace lw
