// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Wallets of the current profile for the tests that pay: stored directly, as the Wallet page
// stores a tested one, or through the Wallet page's form against a sandbox node.

#include "sessiontestkit.h"
#include "walletregistry.h"
#include "walletsetup.h"

#include <QJsonObject>

namespace lwtest {

//! Stores the regtest connection `name` (of `kind`, at `url`, with `secret` in the keychain)
//! for the current profile without testing it; false when it was refused or not stored.
inline bool addWalletConnection(lw::EngineSession &engine, const QString &name, const QString &kind,
                                const QUrl &url, const QByteArray &secret)
{
    auto checked = lw::WalletRegistry::check({kind, url, {}, secret});
    if (!checked)
        return false;
    lw::WalletConnection w;
    w.profileId = engine.profile().id;
    w.name = name;
    w.kind = kind;
    w.network = lw::Network::Regtest;
    w.settings = checked->settings;
    auto added = engine.accounts().addWallet(w);
    if (!added)
        return false;
    auto key = engine.accounts().walletSecretKey(added->id);
    return key && wait(engine.secrets().write(*key, checked->secret));
}

//! The phoenixd node of the sandbox wallet `wallet`: its url and password.
template <typename Sandbox>
QJsonObject sandboxPhoenixd(const Sandbox &sandbox, const QString &wallet)
{
    return sandbox.wallet(wallet).value(QStringLiteral("phoenixd")).toObject();
}

//! Connects the phoenixd node of the sandbox wallet `wallet` through the Wallet page's form:
//! tested, then saved as `name` (the default wallet); false, with why in `why`, when a step
//! did not end as it should.
template <typename Sandbox>
bool connectSandboxWallet(lw::Session &session, const Sandbox &sandbox, const QString &wallet,
                          const QString &name, QString *why)
{
    using State = lw::WalletSetup::State;
    const QJsonObject phoenixd = sandboxPhoenixd(sandbox, wallet);
    lw::WalletSetup setup;
    setup.setSession(&session);
    setup.setKind(QStringLiteral("phoenixd"));
    setup.setUrl(phoenixd.value(QStringLiteral("url")).toString());
    setup.setSecret(phoenixd.value(QStringLiteral("password")).toString());
    setup.setNetwork(QStringLiteral("regtest"));
    setup.test();
    if (!QTest::qWaitFor([&] { return setup.state() == State::Tested; })) {
        *why = QStringLiteral("the test did not pass: ") + setup.errorText();
        return false;
    }
    setup.save(name);
    if (!QTest::qWaitFor([&] { return setup.state() == State::Saved; })) {
        *why = QStringLiteral("the wallet was not saved: ") + setup.errorText();
        return false;
    }
    return true;
}

} // namespace lwtest
