// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/appschema.h"

#include "accounts/accountstore.h"
#include "events/eventbus.h"
#include "ledger/ledger.h"
#include "markets/tools/toolfollowups.h"
#include "pay/paymentclaims.h"
#include "pay/paymentjournal.h"
#include "store/feedpreferences.h"
#include "store/marketcache.h"
#include "sync/outbox.h"

namespace lw {

namespace {

QStringList step(const QList<Migration> &migrations, int version)
{
    for (const Migration &m : migrations)
        if (m.version == version)
            return m.statements;
    qFatal("schema step %d is missing", version);
}

} // namespace

QList<Migration> appMigrations()
{
    const QList<Migration> journal = PaymentJournal::migrations();
    const QList<Migration> accounts = AccountStore::migrations();
    return {
        {1, step(journal, 1)},
        {2, step(accounts, 1)},
        {3, step(MarketCache::migrations(), 1)},
        {4, step(Outbox::migrations(), 1)},
        {5, step(Ledger::migrations(), 1)},
        {6, step(EventBus::migrations(), 1)},
        {7, step(ToolFollowups::migrations(), 1)},
        {8, step(PaymentClaims::migrations(), 1)},
        {9, step(accounts, 2)},
        {10, step(FeedPreferences::migrations(), 1)},
    };
}

} // namespace lw
