// SPDX-License-Identifier: GPL-3.0-or-later
#include "toolrun.h"

#include "ledger/ledger.h"
#include "markets/tools/toolfollowups.h"
#include "markets/tools/toolsclient.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QPromise>

#include <memory>

namespace lw {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(ToolsCommands)
};

void settle(const std::shared_ptr<QPromise<ToolQuote>> &promise, const ToolQuote &quote)
{
    promise->addResult(quote);
    promise->finish();
}

} // namespace

QFuture<ToolQuote> quoteToolPrice(ToolsClient *client, const ToolsManifest &manifest,
                                  const ToolService &service)
{
    auto promise = std::make_shared<QPromise<ToolQuote>>();
    promise->start();
    QFuture<ToolQuote> out = promise->future();
    client->estimate(manifest, service)
        .then(client, [=](const ToolsResult<ToolEstimate> &estimate) {
            if (estimate)
                return settle(promise, {estimate->price, ToolQuote::Source::Estimate});
            if (service.price)
                return settle(promise, {service.price, ToolQuote::Source::Catalogue});
            client->prices(manifest).then(
                client, [=](const ToolsResult<QHash<QString, ToolPrice>> &prices) {
                    if (prices && prices->contains(service.slug))
                        return settle(promise, {prices->value(service.slug).highest,
                                                ToolQuote::Source::Models});
                    settle(promise, {});
                });
        });
    return out;
}

bool isClaimableRefund(const ToolRefund &refund)
{
    return !refund.lnurlWithdraw.isEmpty() && !refund.amount.isZero();
}

Result<bool, AppError> recordToolRefund(const Database &db, const RefundClaim &claim,
                                        qint64 accountId)
{
    if (claim.status != RefundClaim::Status::Claimed || claim.amount.isZero())
        return false;
    const QString hash = claim.paymentHash.toHex();
    LedgerEntry e;
    e.atMs = QDateTime::currentMSecsSinceEpoch();
    e.reason = LedgerReason::Refund;
    e.incoming = true;
    e.amount = claim.amount;
    e.source = LedgerEntry::Source::Wallet;
    e.accountId = accountId;
    e.reference = hash;
    e.key = QStringLiteral("tools:refund:") + hash;
    return Ledger(db).record(e);
}

Result<bool, AppError> markToolRefundClaimed(ToolFollowups &followups, qint64 journalId,
                                             const RefundClaim &claim)
{
    if (journalId == 0)
        return false;
    return followups.refundClaimed(
        journalId, claim.status == RefundClaim::Status::Claimed
                       ? Text::tr("refund of %1 sat received").arg(claim.amount.toSatsDecimal())
                       : Text::tr("refund claimed, invoice %1").arg(claim.paymentHash.toHex()));
}

} // namespace lw
