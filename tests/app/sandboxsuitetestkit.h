// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What a screen suite over a real sandbox holds: the sandbox, one data folder and one memory
// keychain for the whole suite, and the Session "Try the sandbox" set up on them.

#include "balancetestkit.h"
#include "sandbox/sandboxprocess.h"

#include <QObject>
#include <QTemporaryDir>

namespace lwtest {

class SandboxSuite : public QObject {
protected:
    SandboxProcess m_sandbox;
    QTemporaryDir m_dir;
    std::shared_ptr<lw::MemorySecretStore> m_store = std::make_shared<lw::MemorySecretStore>();
    std::unique_ptr<lw::Session> m_session;

    //! Starts the sandbox with `wallets` and sets the Session up; false, with why in `why`, when
    //! a step failed.
    bool startSession(QString *why, const SandboxWallets &wallets = {})
    {
        if (!m_sandbox.start(sandboxArgs(wallets))) {
            *why = QStringLiteral("the sandbox did not start");
            return false;
        }
        if (!m_dir.isValid()) {
            *why = QStringLiteral("no data folder: ") + m_dir.errorString();
            return false;
        }
        m_session = sandboxSession(m_sandbox, m_dir.path(), m_store, why);
        return m_session != nullptr;
    }

    //! Makes `profile` (Session::tr("Buyer"), …) the current one.
    void use(const QString &profile) { useProfile(*m_session, profile); }

    //! The current profile's 402ai client; null when it has none.
    lw::HireClient *hire() { return hireOf(*m_session); }
};

} // namespace lwtest
