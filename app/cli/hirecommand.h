// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commandcontext.h"

#include <QCommandLineOption>

namespace lw::cli {

//! A 402ai command: its options (`--account`), the session, and the account's client.
class HireCommand {
public:
    explicit HireCommand(const QString &description);

    std::optional<int> start(const QStringList &arguments, int minArgs, int maxArgs,
                             const QString &help);
    //! The account must exist on the server: one is made (nothing paid) when it has no token.
    std::optional<int> ensureAccount();
    //! Pays a top-up of `amount` into the account and claims it.
    std::optional<int> topUp(MilliSats amount);
    //! The account's id at the market (stored, or asked once).
    Result<QString, AppError> myAccountId();

    CommandContext c;
    HireClient *client = nullptr;

private:
    QCommandLineOption m_account;
};

} // namespace lw::cli
