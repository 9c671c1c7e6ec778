// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "lightning/millisats.h"
#include "lightning/network.h"
#include "net/apperror.h"
#include "pay/paymentbackend.h"

#include <QCoreApplication>
#include <QFuture>
#include <QPromise>
#include <QString>

#include <memory>

namespace lw {

//! A Lightning wallet the user connected: what core needs to pay and be paid (PaymentBackend),
//! plus what the settings page shows and checks.
//!
//! Conventions for every implementation:
//! - payInvoice() answers with an error only when the wallet certainly did not send anything
//!   (refused locally or by the wallet before sending, bad credentials). Every uncertain outcome
//!   (timeout, dropped connection, unreadable answer, unverifiable preimage) is a Pending
//!   payment: the caller looks it up by hash and never pays again.
//! - Secrets (passwords, keys) never appear in errors or logs.
class Wallet : public PaymentBackend {
public:
    struct WalletInfo {
        Network network = Network::Mainnet;
        QString alias; //!< empty when the node has none (phoenixd)
        QString nodeId;
    };
    struct ConnectionReport {
        WalletInfo info;
        MilliSats balance;
    };

    //! The wallet's own account of itself, as reported (not compared with network()).
    virtual QFuture<Result<WalletInfo, AppError>> info() = 0;
    //! What can be spent now.
    virtual QFuture<Result<MilliSats, AppError>> balance() = 0;
    //! A stable machine name of the backend: "phoenixd", …
    virtual QString kind() const = 0;
    //! Whether payInvoice() can hold the routing fee under its maxFee. When false the wallet
    //! picks the fee itself, and the caller decides whether that is acceptable.
    virtual bool supportsFeeLimit() const = 0;

    //! info() and balance() together, and the reported chain checked against network().
    //! Errors say why: unreachable (Network/Timeout), credentials refused (Unauthorised), wrong
    //! chain (Refused, naming both), or the wallet's answer not understood (BadResponse).
    QFuture<Result<ConnectionReport, AppError>> testConnection();
};

inline QFuture<Result<Wallet::ConnectionReport, AppError>> Wallet::testConnection()
{
    using Report = Result<ConnectionReport, AppError>;
    // Both requests go out at once, and the continuations hold no pointer to this wallet, so
    // they stay safe if it is deleted before the answers arrive.
    QFuture<Result<WalletInfo, AppError>> infoFuture = info();
    QFuture<Result<MilliSats, AppError>> balanceFuture = balance();
    const Network expected = network();
    auto promise = std::make_shared<QPromise<Report>>();
    promise->start();
    QFuture<Report> out = promise->future();
    infoFuture.then(QtFuture::Launch::Sync, [promise, balanceFuture, expected](
                                                QFuture<Result<WalletInfo, AppError>> f) mutable {
        balanceFuture.then(QtFuture::Launch::Sync, [promise, f, expected](
                                                       QFuture<Result<MilliSats, AppError>> b) {
            const auto deliver = [&promise](Report r) {
                promise->addResult(std::move(r));
                promise->finish();
            };
            const auto cancelled = [] {
                return fail(AppError::make(
                    AppError::Kind::Cancelled,
                    QCoreApplication::translate("Wallet", "The connection test was cancelled.")));
            };
            if (f.resultCount() == 0 || b.resultCount() == 0)
                return deliver(cancelled());
            const Result<WalletInfo, AppError> walletInfo = f.result();
            if (!walletInfo)
                return deliver(fail(walletInfo.error()));
            if (walletInfo->network != expected)
                return deliver(fail(AppError::make(
                    AppError::Kind::Refused,
                    QCoreApplication::translate(
                        "Wallet", "The wallet is on %1, but Lightwork is set up for %2.")
                        .arg(networkName(walletInfo->network), networkName(expected)))));
            const Result<MilliSats, AppError> spendable = b.result();
            if (!spendable)
                return deliver(fail(spendable.error()));
            deliver(ConnectionReport{*walletInfo, *spendable});
        });
    });
    return out;
}

} // namespace lw
