// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/bytes.h"
#include "common/result.h"
#include "lightning/millisats.h"
#include "lightning/preimage.h"
#include "net/apperror.h"
#include "store/database.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUrl>

#include <optional>

namespace lw {

class SecretBox;

//! The recorded states of one paid action. Each is durable before the next network step.
enum class PaymentState {
    Intent,          //!< the action is about to be sent (nothing paid)
    InvoiceReceived, //!< the server asked for a payment we may make
    Paying,          //!< the wallet was asked to pay: from here on, look up, never re-pay
    Paid,            //!< the preimage is known and checked
    CredentialSent,  //!< the paid retry (or top-up claim) went out
    Done,            //!< the action is complete
    Failed,          //!< ended without the action; `preimage` tells whether sats left
    Abandoned,       //!< given up before any payment (declined, expired, interrupted)
};

QString paymentStateName(PaymentState state);
std::optional<PaymentState> paymentStateFromName(QStringView name);
bool isFinal(PaymentState state);
//! Paying, paid or credential sent: sats may have left the wallet and the entry is not
//! settled, so whatever it was for is Pending, never Failed.
bool mayHaveLeftWallet(PaymentState state);

//! One journal row. Secret fields (the challenge token, the preimage) are sealed at rest.
struct JournalEntry {
    enum class Kind {
        PaidCall, //!< an HTTP call that may answer 402 and is retried once with a credential
        Topup,    //!< pay a top-up invoice, then claim it with the preimage
        Invoice,  //!< pay an invoice the user brought
    };
    qint64 id = 0;
    Kind kind = Kind::PaidCall;
    QString action;       //!< e.g. "402ai.post_task": says what the sats were for
    qint64 accountId = 0; //!< 0: none
    QByteArray method;
    QUrl url;
    QByteArray body;
    MilliSats agreed;
    PaymentState state = PaymentState::Intent;
    QString invoice;
    std::optional<PaymentHash> paymentHash;
    MilliSats amount;
    MilliSats fee;
    QString scheme;       //!< "L402", "LSAT" or "Payment" for paid calls
    QByteArray token;     //!< the challenge's token (sealed at rest)
    QByteArray challenge; //!< the raw WWW-Authenticate lines, to rebuild the credential
    std::optional<Preimage> preimage;
    bool requestSent = false;
    QString result; //!< what came of it, for people (no secrets)
    QString error;
    qint64 createdAtMs = 0;
    qint64 updatedAtMs = 0;
};

QString journalKindName(JournalEntry::Kind kind);

//! The crash-safe record of every payment intent. Transitions are guarded in SQL (a row
//! moves only from the states that may precede the new one), so two processes resuming the
//! same entry cannot both pay it.
class PaymentJournal {
public:
    PaymentJournal(const Database &db, const SecretBox &box);

    static QList<Migration> migrations();

    Result<qint64, AppError> recordIntent(const JournalEntry &entry);
    Result<bool, AppError> recordInvoice(qint64 id, const QString &invoice, const PaymentHash &hash,
                                         MilliSats amount, const QString &scheme,
                                         const QByteArray &token, const QByteArray &challenge);
    //! False when another process already moved the entry on: then do not pay.
    Result<bool, AppError> markPaying(qint64 id);
    Result<bool, AppError> recordPaid(qint64 id, const Preimage &preimage, MilliSats fee);
    Result<bool, AppError> markCredentialSent(qint64 id);
    //! Recorded just before the first request leaves: an Intent without it never reached
    //! the server and may be sent again; one with it may have been acted on.
    Result<bool, AppError> markRequestSent(qint64 id);
    Result<bool, AppError> markDone(qint64 id, const QString &result);
    Result<bool, AppError> markFailed(qint64 id, const QString &error);
    Result<bool, AppError> markAbandoned(qint64 id, const QString &why);
    //! Back from InvoiceReceived/Paying to Intent when the invoice was never paid and the
    //! action must ask again (a fresh challenge).
    Result<bool, AppError> restart(qint64 id, const QString &why);

    Result<JournalEntry, AppError> entry(qint64 id) const;
    Result<QList<JournalEntry>, AppError> unfinished() const;
    Result<QList<JournalEntry>, AppError> recent(int limit) const;
    //! A non-final or paid entry for this hash: never pay one hash twice.
    Result<std::optional<JournalEntry>, AppError> findByHash(const PaymentHash &hash) const;
    //! Amount + fee of everything that may have left the wallet since `sinceMs`.
    Result<MilliSats, AppError> spentSince(qint64 sinceMs) const;

private:
    Result<bool, AppError> move(qint64 id, PaymentState to, const QList<PaymentState> &from,
                                const QString &extraSql = {}, const QVariantList &extra = {});
    Result<JournalEntry, AppError> read(const QSqlQuery &q) const;
    Result<QList<JournalEntry>, AppError> readAll(Result<QSqlQuery, AppError> q) const;

    const Database &m_db;
    const SecretBox &m_box;
};

} // namespace lw
