// SPDX-License-Identifier: GPL-3.0-or-later
// What the 402ai "AI for Hire" market answers, as plain values (research/402ai-live.md §3, the
// Appendix transcripts, market.md §1.1). Everything here came from an untrusted server: text is
// for plain-text rendering only, ids and amounts were checked by aiforhirejson.h.
#pragma once

#include "common/bytes.h"
#include "lightning/millisats.h"
#include "lightning/preimage.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace lw {

//! Limits on what a server may make us keep: the HTTP body cap bounds memory per answer, these
//! bound what reaches models, the database and the screen.
inline constexpr qsizetype maxHireIdChars = 200;         //!< UUIDs are 36, bigserials ≤ 19
inline constexpr qsizetype maxHireTitleChars = 1000;     //!< longer titles are truncated
inline constexpr qsizetype maxHireTextChars = 100'000;   //!< descriptions, messages, notes
inline constexpr qsizetype maxHireFilenameChars = 1000;  //!< longer names are truncated
inline constexpr qsizetype maxHireShortTextChars = 1000; //!< reasons, payment ids, URLs
inline constexpr qsizetype maxHireStatusChars = 64;
inline constexpr qsizetype maxHireTimestampChars = 64;
inline constexpr qsizetype maxHireTokenChars = 512;
//! A delivered file of up to 64 MiB (HttpLimits::maxFileBytes) in base64, with room to spare.
inline constexpr qsizetype maxHireContentBase64Chars = 90 * 1024 * 1024;
inline constexpr qsizetype maxHireListItems = 10'000;

//! The snapshot's prices for the paid calls (server.py `_hire_require_paid`), for display and
//! for checking a challenge's amount before paying it.
inline constexpr qint64 hirePostTaskFeeSats = 50;
inline constexpr qint64 hirePostQuoteFeeSats = 10;

//! A server timestamp: Python's isoformat() ("2026-11-21T10:27:22.213746+00:00").
struct HireTimestamp {
    QString text;   //!< as sent; empty when absent
    QDateTime when; //!< UTC; invalid when absent or not ISO 8601 (show `text` then)
};

//! `hire_tasks.status` (lib/hire_store.py CHECK constraint). A newer server may add states:
//! they map to Unknown and keep their text in `statusText`.
enum class HireTaskStatus { Unknown, Open, InEscrow, Delivered, Completed, Cancelled };
//! `hire_quotes.status`.
enum class HireQuoteStatus { Unknown, Pending, Accepted, Rejected };

//! A list answer after the bad items were left out. A single malformed item does not hide the
//! others (one hostile task must not blank the board); `skipped` says how many were left out so
//! the UI can say so, `firstProblem` why (for logs).
template <typename T>
struct HireList {
    QList<T> items;
    int skipped = 0;      //!< items that were not objects or did not parse
    int dropped = 0;      //!< items past maxHireListItems, not looked at
    QString firstProblem; //!< the message of the first skipped item
};

//! GET /ai-for-hire/me: `{"account_id","balance_sats"}` and nothing else in the snapshot.
struct HireAccount {
    QString accountId;
    MilliSats balance;
};

//! A quote, as POST/PATCH …/quotes answer it and as task detail lists it.
struct HireQuote {
    QString id;
    QString taskId; //!< empty when absent
    QString contractorAccountId;
    MilliSats price; //!< price_sats; what accepting it escrows (not the task's budget)
    QString description;
    HireQuoteStatus status = HireQuoteStatus::Unknown;
    QString statusText;
    std::optional<int> messageCount; //!< only in task detail
    HireTimestamp createdAt;
    HireTimestamp updatedAt;
};

//! A delivery. The snapshot never returns its content (402ai-live.md §4.3); a server that does
//! (the sandbox's --serve-deliveries, maybe live 402ai) sends `content_base64`.
struct HireDelivery {
    QString id;
    QString taskId;
    QString quoteId;
    QString contractorAccountId;
    QString filename; //!< untrusted: never a path to write to as is
    QString notes;
    std::optional<QByteArray> content; //!< decoded content_base64, when served
    HireTimestamp createdAt;
};

//! A message on a quote's thread.
struct HireMessage {
    QString id;
    //! The id as a number when it is one (a bigserial in the snapshot): the `since_id` cursor.
    std::optional<qint64> sequence;
    QString taskId;
    QString quoteId;
    QString senderAccountId;
    QString body;
    HireTimestamp createdAt;
};

//! A task: list entries carry the first block, GET /tasks/{id} adds quotes and deliveries.
struct HireTask {
    QString id;
    QString buyerAccountId;
    QString title;
    QString description;
    MilliSats budget; //!< what the buyer offered; escrow is the accepted quote's price
    HireTaskStatus status = HireTaskStatus::Unknown;
    QString statusText;
    int quoteCount = 0;
    HireTimestamp createdAt;
    HireTimestamp updatedAt;
    //! Not in the snapshot's task JSON (only in the accept answer); kept if a server sends it.
    std::optional<MilliSats> escrowed;
    std::optional<HireList<HireQuote>> quotes;        //!< task detail only
    std::optional<HireList<HireDelivery>> deliveries; //!< task detail only
};

//! POST …/quotes/{qid}/accept: `{"task_id","quote_id","status":"in_escrow","escrowed_sats"}`.
struct HireAcceptResult {
    QString taskId;
    QString quoteId;
    HireTaskStatus status = HireTaskStatus::Unknown;
    QString statusText;
    MilliSats escrowed;
};

//! POST …/confirm: `{"task_id","status":"completed","released_sats","contractor_account_id"}`.
struct HireConfirmResult {
    QString taskId;
    HireTaskStatus status = HireTaskStatus::Unknown;
    QString statusText;
    MilliSats released;
    QString contractorAccountId;
};

//! The 402 body of POST /topup: `{"status":"payment_required","payment_method":"topup",
//! "invoice","payment_hash","amount_sats","expires_in","claim_url"}`.
struct TopupInvoice {
    QString statusText;
    QString paymentMethod;
    QString invoice; //!< bolt11; check it with checkHireInvoice() before paying
    PaymentHash paymentHash;
    MilliSats amount;
    //! config.yaml's constant, not the invoice's expiry: count down from the invoice's own.
    std::optional<qint64> expiresInSeconds;
    //! As sent, never followed: the client claims at its own known path.
    QString claimUrl;
};

//! POST /topup/claim: `{"token","balance_sats"}`.
struct TopupClaim {
    QString token; //!< a secret: store it in the keychain before anything else
    MilliSats balance;
};

//! The 402 body of a paid hire call (and of the proxy): `{"status":"payment_required",
//! "invoice","payment_hash","amount_sats","expires_in"[,"token"]}`. The macaroon is only in the
//! WWW-Authenticate header.
struct HireChallengeBody {
    QString statusText;
    QString invoice;
    PaymentHash paymentHash;
    MilliSats amount;
    std::optional<qint64> expiresInSeconds;
    //! An anonymous call made a new, empty account: its token (a secret). Persist it before
    //! showing the invoice, or the account and what is paid into it are lost.
    QString token;
};

//! phoenixd's payinvoice answer, passed through by /collect as `payment`: PaymentSent
//! {recipientAmountSat, routingFeeSat, paymentId, paymentHash, paymentPreimage}, or PaymentFailed
//! {paymentHash, reason}, which phoenixd also answers with HTTP 200.
struct CollectPayment {
    std::optional<MilliSats> recipientAmount; //!< what was sent: may differ from the debit
    std::optional<MilliSats> routingFee;
    QString paymentId;
    std::optional<PaymentHash> paymentHash;
    std::optional<Preimage> preimage;
    bool hasReason = false; //!< a `reason` key: phoenixd's PaymentFailed
    QString reason;         //!< its text, untrusted
};

//! POST /ai-for-hire/collect: `{"status":"paid","amount_sats","payment":{…}}`. The snapshot says
//! "paid" for phoenixd's PaymentFailed too (lib/phoenix.py raises only on HTTP ≥ 400): ask
//! collectVerdict(), never `statusText`.
struct CollectResult {
    QString statusText;
    MilliSats amount; //!< what the server debited (amount_sats), not what was sent
    std::optional<CollectPayment> payment;
};

//! What a /collect answer proves.
enum class CollectVerdict {
    Paid,         //!< "paid" with a preimage that hashes to the payment hash, and no reason
    FailedAsPaid, //!< "paid" but phoenixd's PaymentFailed: nothing was sent, the debit stays
    Unproven,     //!< "paid" without a matching preimage: not paid until the wallet sees it
    NotPaid,      //!< any other status
};

} // namespace lw
