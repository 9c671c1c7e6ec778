// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The current profile's balances as the screens read them: through the engine, with the
// account's token, its payment gate and the profile's default wallet.

#include "markets/aiforhire/hireclient.h"
#include "sessiontestkit.h"

namespace lwtest {

//! The client of the current profile's only 402ai account; null when it has none.
inline lw::HireClient *hireOf(lw::Session &session)
{
    auto client = wait(session.engine()->hire(QString()));
    return client ? *client : nullptr;
}

//! That account's balance in sats as the market tells it; -1 when it cannot be read.
inline qint64 hireBalanceSats(lw::Session &session)
{
    lw::HireClient *client = hireOf(session);
    if (!client)
        return -1;
    auto me = wait(client->me());
    return me ? me->balance.msat() / 1000 : -1;
}

//! The current profile's wallet balance in sats as the node tells it; -1 when unreadable.
inline qint64 walletBalanceSats(lw::Session &session)
{
    auto wallet = wait(session.engine()->requireWallet());
    if (!wallet)
        return -1;
    auto balance = wait((*wallet)->balance());
    return balance ? balance->msat() / 1000 : -1;
}

} // namespace lwtest
