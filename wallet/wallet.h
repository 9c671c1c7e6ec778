// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "lightning/millisats.h"
#include "lightning/network.h"
#include "net/apperror.h"
#include "pay/paymentbackend.h"

#include <QCoreApplication>
#include <QFuture>
#include <QObject>
#include <QPromise>
#include <QString>

#include <memory>

namespace lw {

//! Payments the wallet reports on its own (NWC notifications, node streams), for the wallets
//! that push them. Each arrives as the wallet saw it; a preimage is checked before it is passed on.
class WalletEvents : public QObject {
    Q_OBJECT

public:
    using QObject::QObject;

Q_SIGNALS:
    void paymentReceived(const lw::IncomingPayment &payment);
    void paymentSent(const lw::OutgoingPayment &payment);
};

//! The machine codes of a failed connection test (AppError::code), one per reason the settings
//! page explains differently.
namespace ConnectionProblem {
inline constexpr char16_t unreachable[] = u"unreachable";
inline constexpr char16_t tlsMismatch[] = u"tls_mismatch";
inline constexpr char16_t authFailed[] = u"auth_failed";
inline constexpr char16_t wrongNetwork[] = u"wrong_network";
inline constexpr char16_t noPayPermission[] = u"no_pay_permission";
inline constexpr char16_t badResponse[] = u"bad_response";
} // namespace ConnectionProblem

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
    //! Whether the connection's credentials may send payments, as far as can be told without
    //! paying (LNbits invoice key, phoenixd limited password, an NWC connection without
    //! pay_invoice, a read-only macaroon or rune).
    enum class PayPermission { Granted, Denied, Unknown };

    //! The wallet's own account of itself, as reported (not compared with network()).
    virtual QFuture<Result<WalletInfo, AppError>> info() = 0;
    //! What can be spent now.
    virtual QFuture<Result<MilliSats, AppError>> balance() = 0;
    //! A stable machine name of the backend: "phoenixd", …
    virtual QString kind() const = 0;
    //! Whether payInvoice() can hold the routing fee under its maxFee. When false the wallet
    //! picks the fee itself, and the caller decides whether that is acceptable.
    virtual bool supportsFeeLimit() const = 0;
    //! Found out without paying anything; Unknown when the backend cannot tell.
    virtual QFuture<Result<PayPermission, AppError>> payPermission()
    {
        return QtFuture::makeReadyFuture(Result<PayPermission, AppError>(PayPermission::Unknown));
    }
    //! Where pushed payment events arrive; null for backends that have none (look up instead).
    virtual WalletEvents *events() { return nullptr; }

    //! info(), balance() and payPermission() together, and the reported chain checked against
    //! network(). A failure carries one of the ConnectionProblem codes: unreachable
    //! (Network/Timeout), tls_mismatch (Tls), auth_failed (Unauthorised), wrong_network (naming
    //! both chains), no_pay_permission (when needPay and the credentials cannot pay) or
    //! bad_response.
    QFuture<Result<ConnectionReport, AppError>> testConnection(bool needPay = true);
};

} // namespace lw
