// SPDX-License-Identifier: GPL-3.0-or-later
// Claiming an LNURL-withdraw link (LUD-03) into the user's own wallet: how sats4ai refunds a
// paid call that failed. Nothing is paid here; the service pays an invoice our wallet made.
#pragma once

#include "common/result.h"
#include "net/httpclient.h"
#include "pay/paymentbackend.h"

#include <QFuture>
#include <QObject>
#include <QPointer>

#include <optional>

namespace lw {

//! Where a claim ended. Claimed only when the wallet itself saw the invoice paid.
struct RefundClaim {
    enum class Status { Claimed, Pending };
    Status status = Status::Pending;
    MilliSats amount;        //!< asked for (Pending) or received (Claimed)
    PaymentHash paymentHash; //!< of our invoice: look it up in the wallet later
    QString note;            //!< why it is pending
};
using RefundClaimResult = Result<RefundClaim, AppError>;

//! One claim at a time per instance is the intended use; each claim() is independent.
class RefundClaimer : public QObject {
    Q_OBJECT

public:
    //! How long to wait for the wallet to see the invoice paid (LUD-03 services may pay after
    //! answering OK), and how often to look.
    struct Wait {
        int totalMs = 30'000;
        int intervalMs = 500;
    };

    RefundClaimer(HttpClient *http, PaymentBackend *wallet, QObject *parent = nullptr);

    void setWait(Wait wait) { m_wait = wait; }

    //! `link`: bech32 LNURL (optionally `lightning:`-prefixed) or `lnurlw://`. Fetches the
    //! withdraw request, makes an invoice of exactly `amount` (the whole offer when not given)
    //! with the wallet, submits it to the callback, then looks the invoice up by hash until it
    //! is paid or the wait is over. Errors: Invalid (not a withdraw link), Conflict (the service
    //! refuses: claimed, expired), Refused (the link does not offer `amount`), BadResponse,
    //! Network/Timeout before the invoice was submitted, Wallet.
    QFuture<RefundClaimResult> claim(const QString &link, std::optional<MilliSats> amount,
                                     const QString &description);

private:
    QFuture<RefundClaimResult> submit(const QUrl &callback, RefundClaim claim);
    QFuture<RefundClaimResult> waitPaid(RefundClaim claim, int looksLeft);

    QPointer<HttpClient> m_http;
    PaymentBackend *m_wallet;
    Wait m_wait;
};

} // namespace lw
