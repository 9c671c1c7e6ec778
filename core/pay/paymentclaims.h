// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/bytes.h"
#include "common/result.h"
#include "lightning/preimage.h"
#include "net/apperror.h"
#include "pay/paymentbackend.h"
#include "store/database.h"

#include <QList>
#include <QString>

#include <optional>

namespace lw {

//! How long a claim holds once its wallet has been asked to pay.
enum class ClaimHold {
    //! Until the claiming wallet reports an outcome that proves nothing was or can be sent
    //! (Failed, or NotFound on a lookup).
    UntilDefiniteOutcome,
    //! Until a preimage proves the payment was made: for wallets the app cannot ask (a phone
    //! paying a QR code may pay at any time, so no answer and no clock ends the claim).
    UntilPreimage,
};

//! Who is paying, or has paid, one payment hash.
struct PaymentClaim {
    PaymentHash paymentHash;
    QString wallet; //!< the claiming wallet's label ("phoenixd", "qr", …)
    ClaimHold hold = ClaimHold::UntilDefiniteOutcome;
    qint64 claimedAtMs = 0;
    std::optional<qint64> releasedAtMs;
    std::optional<qint64> paidAtMs;

    //! Still closed to every other wallet: held, or paid.
    bool isActive() const { return !releasedAtMs || paidAtMs; }
};

//! One wallet at a time per invoice, across every backend and process that shares the app
//! database: a hash a node is paying is never shown as a QR code, and one shown as a QR code is
//! never paid by a node. Each change is one guarded SQL statement, so two processes cannot
//! both win a claim.
class PaymentClaims {
public:
    explicit PaymentClaims(const Database &db);

    static QList<Migration> migrations();

    //! True when `wallet` holds the hash now (newly, or already: asking again is harmless and
    //! may only lengthen the hold). False when another wallet holds it, or it was paid.
    Result<bool, AppError> claim(const PaymentHash &hash, const QString &wallet,
                                 ClaimHold hold = ClaimHold::UntilDefiniteOutcome);
    //! Lets go after `outcome` (Failed, or NotFound) from the wallet that holds the claim.
    //! False, changing nothing, for any other state, another wallet, or an UntilPreimage hold.
    Result<bool, AppError> release(const PaymentHash &hash, const QString &wallet,
                                   OutgoingPayment::State outcome);
    //! Closes the claim as paid once sha256(preimage) is the hash: released, and never
    //! claimable again by anyone. False for a wrong preimage or a wallet that does not hold it.
    Result<bool, AppError> recordPaid(const PaymentHash &hash, const QString &wallet,
                                      const Preimage &preimage);

    Result<std::optional<PaymentClaim>, AppError> find(const PaymentHash &hash) const;
    //! The label of the wallet holding an open (held, unpaid) claim on `hash`, when that is not
    //! `wallet`; nothing when the claim is this wallet's, released, paid, or cannot be read.
    std::optional<QString> openHolderOtherThan(const PaymentHash &hash,
                                               const QString &wallet) const;

private:
    const Database &m_db;
};

} // namespace lw
