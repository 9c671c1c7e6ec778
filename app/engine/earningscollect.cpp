// SPDX-License-Identifier: GPL-3.0-or-later
#include "earningscollect.h"

#include "enginesession.h"
#include "ledger/ledger.h"
#include "lightning/bolt11decoder.h"
#include "markets/aiforhire/aiforhirejson.h"
#include "markets/aiforhire/aiforhirerequests.h"
#include "markets/aiforhire/hireclient.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QPointer>
#include <QPromise>

#include <memory>

namespace lw {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(EarningsCollect)
};

using Outcome = Result<CollectReceipt, AppError>;

constexpr qint64 invoiceExpirySeconds = 3600;

//! One collect in flight: what it found so far and the promise its caller waits on.
struct CollectRun {
    EngineSession *engine = nullptr;
    QPointer<HireClient> client;
    CollectReceipt receipt;
    QPromise<Outcome> promise;

    void finish(const Outcome &outcome)
    {
        promise.addResult(outcome);
        promise.finish();
    }
    void fail(const AppError &error) { finish(Outcome(lw::fail(error))); }
};

using Run = std::shared_ptr<CollectRun>;

//! The row is keyed by account and hash, so a collect recorded twice (a recheck, the CLI and
//! the app) is one row.
QString recordCollected(EngineSession &engine, const CollectReceipt &r)
{
    LedgerEntry e;
    e.atMs = QDateTime::currentMSecsSinceEpoch();
    e.reason = LedgerReason::Collected;
    e.incoming = true;
    e.amount = r.amount;
    e.source = LedgerEntry::Source::Wallet;
    e.accountId = r.accountId;
    e.reference = r.paymentHash.toHex();
    e.key = QStringLiteral("402ai:%1:collect:%2").arg(r.accountId).arg(r.paymentHash.toHex());
    auto written = Ledger(engine.database()).record(e);
    if (!written)
        return written.error().describe();
    return {};
}

void finishPaid(const Run &run)
{
    run->receipt.status = CollectReceipt::Status::Paid;
    run->receipt.ledgerProblem = recordCollected(*run->engine, run->receipt);
    run->finish(run->receipt);
}

//! The payment may have happened: only the wallet can tell. Whatever it cannot prove stays
//! Pending; the sats are never reported lost.
void lookUpInWallet(const Run &run)
{
    run->receipt.status = CollectReceipt::Status::Pending;
    if (run->engine->profile().id != run->receipt.profileId) {
        run->finish(run->receipt); // another profile's wallet would not know the invoice
        return;
    }
    run->engine->requireWallet().then(run->engine, [run](const Result<Wallet *, AppError> &w) {
        if (!w) {
            run->finish(run->receipt);
            return;
        }
        (*w)->lookupInvoice(run->receipt.paymentHash)
            .then(run->engine, [run](const IncomingOutcome &incoming) {
                if (incoming && incoming->state == IncomingPayment::State::Paid)
                    finishPaid(run);
                else
                    run->finish(run->receipt);
            });
    });
}

//! Errors after which the market certainly did not pay (it refused, or nothing reached it).
bool certainlyNotPaid(AppError::Kind kind)
{
    switch (kind) {
    case AppError::Kind::Network:
    case AppError::Kind::Timeout:
    case AppError::Kind::BadResponse:
    case AppError::Kind::TooLarge:
    case AppError::Kind::Server:
        return false;
    default:
        return true;
    }
}

void sendToMarket(const Run &run, const QString &bolt11)
{
    if (!run->client) {
        run->fail(AppError::make(AppError::Kind::Cancelled,
                                 Text::tr("The profile changed before the market was asked.")));
        return;
    }
    run->client->collect(run->receipt.amount, bolt11)
        .then(run->engine, [run](const Result<CollectResult, AppError> &collected) {
            if (!collected) {
                if (certainlyNotPaid(collected.error().kind))
                    run->fail(collected.error());
                else
                    lookUpInWallet(run);
                return;
            }
            switch (collectVerdict(*collected, run->receipt.paymentHash)) {
            case CollectVerdict::Paid:
                finishPaid(run);
                return;
            case CollectVerdict::Unproven:
                lookUpInWallet(run);
                return;
            case CollectVerdict::FailedAsPaid:
                run->fail(AppError::make(
                    AppError::Kind::Server,
                    Text::tr("The market says \"paid\", but its node failed to pay (%1); the %2 "
                             "sat stay debited from the balance. Contact the market.")
                        .arg(collected->payment ? collected->payment->reason : QString(),
                             run->receipt.amount.toSatsDecimal())));
                return;
            case CollectVerdict::NotPaid:
                break;
            }
            run->fail(AppError::make(
                AppError::Kind::Server,
                Text::tr("The market did not pay (status \"%1\").").arg(collected->statusText)));
        });
}

void invoiceAndSend(const Run &run)
{
    const MilliSats amount = run->receipt.amount;
    if (amount.msat() <= 0) {
        run->fail(
            AppError::make(AppError::Kind::Invalid, Text::tr("There is nothing to collect.")));
        return;
    }
    const QString host = run->client ? run->client->baseUrl().host() : QString();
    run->engine->requireWallet().then(
        run->engine, [run, amount, host](const Result<Wallet *, AppError> &wallet) {
            if (!wallet) {
                run->fail(wallet.error());
                return;
            }
            (*wallet)
                ->createInvoice(amount, Text::tr("Lightwork: earnings from %1").arg(host),
                                invoiceExpirySeconds)
                .then(run->engine, [run, amount](const InvoiceOutcome &invoice) {
                    if (!invoice) {
                        run->fail(invoice.error());
                        return;
                    }
                    // The market debits amount_sats and pays whatever the invoice says: equal.
                    const auto decoded = decodeBolt11(invoice->bolt11);
                    if (!decoded || decoded->amount != amount
                        || decoded->paymentHash != invoice->paymentHash) {
                        run->fail(AppError::make(
                            AppError::Kind::Wallet,
                            Text::tr("The wallet's invoice is not for exactly %1 sat.")
                                .arg(amount.toSatsDecimal())));
                        return;
                    }
                    if (auto err = validateCollect(amount, invoice->bolt11)) {
                        run->fail(*err);
                        return;
                    }
                    run->receipt.paymentHash = invoice->paymentHash;
                    sendToMarket(run, invoice->bolt11);
                });
        });
}

Run makeRun(EngineSession &engine, HireClient *client)
{
    auto run = std::make_shared<CollectRun>();
    run->engine = &engine;
    run->client = client;
    run->receipt.profileId = engine.profile().id;
    run->receipt.accountId = client ? client->accountId() : 0;
    run->promise.start();
    return run;
}

} // namespace

MilliSats collectableAmount(MilliSats balance)
{
    return balance.msat() > 0 ? MilliSats(balance.floorSats() * MilliSats::msatPerSat)
                              : MilliSats();
}

QFuture<Result<CollectReceipt, AppError>> collectEarnings(EngineSession &engine, HireClient *client,
                                                          std::optional<MilliSats> amount)
{
    Run run = makeRun(engine, client);
    QFuture<Outcome> future = run->promise.future();
    if (!client) {
        run->fail(AppError::make(AppError::Kind::Invalid, Text::tr("There is no 402ai account.")));
        return future;
    }
    if (amount) {
        run->receipt.amount = *amount;
        invoiceAndSend(run);
        return future;
    }
    client->me().then(&engine, [run](const Result<HireAccount, AppError> &me) {
        if (!me) {
            run->fail(me.error());
            return;
        }
        run->receipt.amount = collectableAmount(me->balance);
        invoiceAndSend(run);
    });
    return future;
}

QFuture<Result<CollectReceipt, AppError>> recheckCollect(EngineSession &engine,
                                                         const CollectReceipt &pending)
{
    Run run = makeRun(engine, nullptr);
    run->receipt = pending;
    QFuture<Outcome> future = run->promise.future();
    lookUpInWallet(run);
    return future;
}

} // namespace lw
