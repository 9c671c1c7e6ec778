// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "secrets/secretstore.h"

#include <QObject>
#include <QString>

#include <functional>
#include <memory>

namespace lw {

//! Finds out whether secrets can be kept: probes the keychain (write, read back, delete a
//! sentinel) and says what is wrong in words a user understands. "This session only" is a
//! choice the user makes here; it is never taken silently, and nothing is written to disk.
class KeychainStatus : public QObject {
    Q_OBJECT

public:
    enum class State { Probing, Available, Missing, SessionOnly };
    using Factory = std::function<std::unique_ptr<SecretStore>()>;

    explicit KeychainStatus(Factory keychain, QObject *parent = nullptr);

    State state() const { return m_state; }
    QString message() const { return m_message; }

    //! Probes a fresh keychain store; storeReady() follows when it works.
    void probe();
    //! Secrets in memory for this run only; storeReady() follows.
    void useSessionOnly();
    //! The store that passed (or the memory store), once storeReady() was emitted.
    std::unique_ptr<SecretStore> takeStore() { return std::move(m_ready); }

    //! The user's words for what the keychain answered.
    static QString describe(const SecretError &error);

Q_SIGNALS:
    void changed();
    void storeReady();

private:
    void setState(State state, const QString &message);

    Factory m_factory;
    State m_state = State::Probing;
    QString m_message;
    std::unique_ptr<SecretStore> m_probing; //!< alive while its probe runs
    std::unique_ptr<SecretStore> m_ready;
    quint64 m_attempt = 0;
};

} // namespace lw
