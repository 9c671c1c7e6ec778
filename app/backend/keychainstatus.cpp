// SPDX-License-Identifier: GPL-3.0-or-later
#include "keychainstatus.h"

#include "secrets/memorysecretstore.h"

namespace lw {

KeychainStatus::KeychainStatus(Factory keychain, QObject *parent)
    : QObject(parent)
    , m_factory(std::move(keychain))
{}

QString KeychainStatus::describe(const SecretError &error)
{
    switch (error.kind) {
    case SecretError::Kind::Unavailable:
        return tr("No keychain is running. Lightwork keeps tokens, wallet passwords and keys "
                  "only in the system keychain (GNOME Keyring, KWallet or KeePassXC). Start one "
                  "and retry, or keep secrets in memory for this session only.");
    case SecretError::Kind::Denied:
        return tr("The keychain is locked and the request to unlock it was refused. Unlock it "
                  "and retry, or keep secrets in memory for this session only.");
    case SecretError::Kind::NotFound:
    case SecretError::Kind::Failed:
        break;
    }
    return tr("The keychain could not keep a test entry (%1). Retry, or keep secrets in memory "
              "for this session only.")
        .arg(error.message);
}

void KeychainStatus::probe()
{
    if (m_state == State::Available || m_state == State::SessionOnly)
        return;
    const quint64 attempt = ++m_attempt;
    m_probing = m_factory();
    setState(State::Probing, QString());
    m_probing->probe().then(this, [this, attempt](const SecretWrite &probed) {
        if (attempt != m_attempt || m_state != State::Probing)
            return; // the user chose meanwhile
        if (!probed) {
            m_probing.reset();
            setState(State::Missing, describe(probed.error()));
            return;
        }
        m_ready = std::move(m_probing);
        setState(State::Available, QString());
        Q_EMIT storeReady();
    });
}

void KeychainStatus::useSessionOnly()
{
    if (m_state == State::Available || m_state == State::SessionOnly)
        return;
    ++m_attempt;
    m_ready = std::make_unique<MemorySecretStore>();
    setState(State::SessionOnly, tr("Secrets are kept in memory for this session only: tokens "
                                    "and passwords are gone when Lightwork quits."));
    Q_EMIT storeReady();
}

void KeychainStatus::setState(State state, const QString &message)
{
    if (state == m_state && message == m_message)
        return;
    m_state = state;
    m_message = message;
    Q_EMIT changed();
}

} // namespace lw
