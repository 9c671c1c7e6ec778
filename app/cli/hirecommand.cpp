// SPDX-License-Identifier: GPL-3.0-or-later
#include "hirecommand.h"

#include "cliawait.h"
#include "cliledger.h"
#include "output.h"
#include "paidcommand.h"

#include <QCoreApplication>

namespace lw::cli {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(HireCommands)
};

} // namespace

HireCommand::HireCommand(const QString &description)
    : c(description)
    , m_account(QStringLiteral("account"),
                Text::tr("The 402ai account (when the profile has several)."),
                QStringLiteral("name"))
{
    c.parser.addOption(m_account);
}

std::optional<int> HireCommand::start(const QStringList &arguments, int minArgs, int maxArgs,
                                      const QString &help)
{
    if (auto code = c.start(arguments, minArgs, maxArgs, help))
        return code;
    auto hire = c.session().hire(c.parser.value(m_account));
    if (!hire)
        return c.report(hire.error());
    client = *hire;
    return std::nullopt;
}

std::optional<int> HireCommand::ensureAccount()
{
    if (client->hasToken())
        return std::nullopt;
    note(Text::tr("Creating an account at %1 (nothing is paid for this)…")
             .arg(client->baseUrl().host()));
    auto token = await(client->createAccount());
    if (!token)
        return c.report(token.error());
    // The token reaches the keychain before anything is paid into the account.
    if (auto saved = c.session().saveToken(client->accountId(), *token); !saved)
        return c.report(saved.error());
    if (auto me = await(client->me()))
        (void)c.session().accounts().setRemoteId(client->accountId(), me->accountId);
    return std::nullopt;
}

std::optional<int> HireCommand::topUp(MilliSats amount)
{
    if (auto wallet = c.session().requireWallet(); !wallet)
        return c.report(wallet.error());
    if (auto code = ensureAccount())
        return code;
    auto invoice = await(client->requestTopup(amount));
    if (!invoice)
        return c.report(invoice.error());
    auto gate = c.session().gate();
    if (!gate)
        return c.report(gate.error());
    auto paid = await((*gate)->payInvoice(JournalEntry::Kind::Topup, QStringLiteral("402ai.topup"),
                                          client->accountId(), invoice->invoice, amount,
                                          client->baseUrl()));
    if (!paid)
        return reportPaidError(c, paid.error());
    recordJournalInLedger(c.session(), paid->journalId);
    recordInLedger(c.session(), LedgerReason::TopUp, true, amount, LedgerEntry::Source::Market,
                   client->accountId(), invoice->paymentHash.toHex(),
                   QStringLiteral("journal:%1:market").arg(paid->journalId));
    note(Text::tr("Topped up %1 sat (%2).").arg(amount.toSatsDecimal(), paid->note));
    return std::nullopt;
}

Result<QString, AppError> HireCommand::myAccountId()
{
    auto stored = c.session().accounts().accountById(client->accountId());
    if (stored && !stored->remoteId.isEmpty())
        return stored->remoteId;
    auto me = await(client->me());
    if (!me)
        return lw::fail(me.error());
    (void)c.session().accounts().setRemoteId(client->accountId(), me->accountId);
    return me->accountId;
}

} // namespace lw::cli
