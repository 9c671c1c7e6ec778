// SPDX-License-Identifier: GPL-3.0-or-later
#include "paidcommand.h"

#include "cliawait.h"
#include "cliledger.h"
#include "lightning/bolt11decoder.h"
#include "markets/aiforhire/aiforhirejson.h"
#include "markets/aiforhire/aiforhirerequests.h"
#include "output.h"

#include <QCoreApplication>

namespace lw::cli {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(PaidCommand)
};

} // namespace

int reportPaidError(CommandContext &c, const AppError &error)
{
    const int code = c.report(error);
    auto open = c.session().journal().unfinished();
    if (!open)
        return code;
    for (const JournalEntry &e : *open) {
        if (e.state == PaymentState::Paying || e.state == PaymentState::Paid
            || e.state == PaymentState::CredentialSent) {
            note(Text::tr("Payment %1 (%2) is not settled yet. Do not pay again: run "
                          "\"lightwork-cli resume\" to finish it.")
                     .arg(e.id)
                     .arg(e.action));
            return Pending;
        }
    }
    return code;
}

int collectEarnings(CommandContext &c, HireClient *client, const QString &amountText)
{
    MilliSats amount;
    if (amountText.isEmpty()) {
        auto me = await(client->me());
        if (!me)
            return c.report(me.error());
        amount = MilliSats(me->balance.floorSats() * 1000);
    } else {
        int code = Success;
        const auto parsed = c.sats(amountText, Text::tr("the amount"), &code);
        if (!parsed)
            return code;
        amount = *parsed;
    }
    if (amount.isZero())
        return c.report(
            AppError::make(AppError::Kind::Invalid, Text::tr("There is nothing to collect.")));
    auto found = c.session().requireWallet();
    if (!found)
        return c.report(found.error());
    Wallet *wallet = *found;
    // The server debits amount_sats and pays whatever the invoice says: they must be equal.
    auto invoice = await(wallet->createInvoice(
        amount, Text::tr("Lightwork: earnings from %1").arg(client->baseUrl().host()), 3600));
    if (!invoice)
        return c.report(invoice.error());
    const auto decoded = decodeBolt11(invoice->bolt11);
    if (!decoded || decoded->amount != amount || decoded->paymentHash != invoice->paymentHash)
        return c.report(AppError::make(AppError::Kind::Wallet,
                                       Text::tr("The wallet's invoice is not for exactly %1 sat.")
                                           .arg(amount.toSatsDecimal())));
    if (auto err = validateCollect(amount, invoice->bolt11))
        return c.report(*err);
    auto collected = await(client->collect(amount, invoice->bolt11));
    if (!collected)
        return c.report(collected.error());
    QJsonObject out{{QStringLiteral("amount_sats"), amount.toSatsDecimal()},
                    {QStringLiteral("payment_hash"), invoice->paymentHash.toHex()}};
    switch (collectVerdict(*collected, invoice->paymentHash)) {
    case CollectVerdict::Paid:
        recordInLedger(c.session(), LedgerReason::Collected, true, amount,
                       LedgerEntry::Source::Wallet, client->accountId(),
                       invoice->paymentHash.toHex(),
                       QStringLiteral("402ai:%1:collect:%2")
                           .arg(client->accountId())
                           .arg(invoice->paymentHash.toHex()));
        out.insert(QStringLiteral("status"), QStringLiteral("paid"));
        emitResult(out, c.json());
        return Success;
    case CollectVerdict::FailedAsPaid:
        return c.report(AppError::make(
            AppError::Kind::Server,
            Text::tr("The market says \"paid\", but its node failed to pay (%1); the %2 sat "
                     "stay debited from the balance. Contact the market.")
                .arg(collected->payment ? collected->payment->reason : QString(),
                     amount.toSatsDecimal())));
    case CollectVerdict::Unproven:
        out.insert(QStringLiteral("status"), QStringLiteral("unproven"));
        emitResult(out, c.json());
        note(Text::tr("The market gave no proof of payment; check the wallet for hash %1.")
                 .arg(invoice->paymentHash.toHex()));
        return Pending;
    case CollectVerdict::NotPaid:
        break;
    }
    return c.report(AppError::make(
        AppError::Kind::Server,
        Text::tr("The market did not pay (status \"%1\").").arg(collected->statusText)));
}

} // namespace lw::cli
