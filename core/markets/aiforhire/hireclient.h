// SPDX-License-Identifier: GPL-3.0-or-later
// The 402ai "AI for Hire" market over the engine: free calls straight through HttpClient, paid
// calls (post a task, send a quote, accept) through the PaymentGate so every sat is journaled.
// Field names and routes as the real server has them (research/402ai-live.md, market.md §1.1).
#pragma once

#include "markets/aiforhire/aiforhiretypes.h"
#include "net/httpclient.h"
#include "pay/paymentgate.h"

#include <QFuture>
#include <QObject>
#include <QUrl>

#include <optional>

namespace lw {

template <typename T>
using HireResult = Result<T, AppError>;

//! What a paid call produced: the parsed answer when the server answered now, and what the
//! gate did (journal id, the payment if sats left the wallet).
template <typename T>
struct HirePaid {
    T value;
    qint64 journalId = 0;
    std::optional<OutgoingPayment> payment;
};

//! A delivery read from a file: the body to send and what the user is shown and we record.
struct HireDeliveryFile {
    QString filename;      //!< the file's own name, no folders
    QString contentBase64; //!< encoded in pieces while hashing, never the raw file held twice
    qint64 sizeBytes = 0;
    QByteArray sha256; //!< of the raw file, 32 bytes
};

//! Reads `path` (at most `maxBytes`) into a delivery. Errors: Invalid (missing, not a regular
//! file, empty, too large), Storage (unreadable).
Result<HireDeliveryFile, AppError> readDeliveryFile(const QString &path, qint64 maxBytes);

//! One 402ai account on one server. The X-Token is given by the owner (who keeps it in the
//! keychain); it is sent as `X-Token` on every call and never logged or journaled. Paid calls
//! carry `accountId` so the gate's authorizer adds the same token. Ids go into paths
//! percent-encoded; one that is empty, `.`, `..` or holds `/` or `\` is refused (Invalid)
//! before anything is sent, because servers decode `%2F` before they route.
class HireClient : public QObject {
    Q_OBJECT

public:
    HireClient(HttpClient *http, PaymentGate *gate, QUrl baseUrl, qint64 accountId,
               QObject *parent = nullptr);

    void setToken(const QByteArray &token) { m_token = token; }
    bool hasToken() const { return !m_token.isEmpty(); }
    QUrl baseUrl() const { return m_base; }
    qint64 accountId() const { return m_accountId; }

    // Account -----------------------------------------------------------------------------
    //! A new, empty account: an anonymous paid call answers 402 with the new account's token
    //! in its body (402ai-live.md §4.1, step 44). Nothing is paid. The caller stores the
    //! token in the keychain before doing anything else with it.
    QFuture<HireResult<QByteArray>> createAccount();
    QFuture<HireResult<HireAccount>> me();
    //! POST /topup (with X-Token when set: a refill bound to this account). The answer is the
    //! 402 body, checked with checkHireInvoice against its own hash and amount.
    QFuture<HireResult<TopupInvoice>> requestTopup(MilliSats amount);
    //! POST /topup/claim with the preimage and this account's token (refused locally without
    //! one: the server would credit a new account). A claim answered `payment_already_used`
    //! after an earlier claim whose answer was lost is reported as `alreadyClaimed`: the refill
    //! was bound to this account, so the sats are there.
    struct ClaimAnswer {
        MilliSats balance; //!< zero when alreadyClaimed: that answer has none (ask me())
        bool alreadyClaimed = false;
    };
    QFuture<HireResult<ClaimAnswer>> claimTopup(const Preimage &preimage);

    // Tasks -------------------------------------------------------------------------------
    QFuture<HireResult<HireList<HireTask>>> tasks(const QString &status = {});
    QFuture<HireResult<HireTask>> task(const QString &taskId);
    //! 50 sat from the balance, or by L402 when `allowLightning` (agreed at the fee).
    //! Validated locally first: the server takes the fee before it validates.
    QFuture<HireResult<HirePaid<HireTask>>> postTask(const QString &title,
                                                     const QString &description, MilliSats budget,
                                                     bool allowLightning);

    // Quotes and messages -----------------------------------------------------------------
    //! 10 sat; `task` is a fresh copy (validateQuote checks it is open and not our own).
    QFuture<HireResult<HirePaid<HireQuote>>> sendQuote(const HireTask &task,
                                                       const QString &myAccountId, MilliSats price,
                                                       const QString &description,
                                                       bool allowLightning);
    QFuture<HireResult<HireQuote>> updateQuote(const QString &taskId, const QString &quoteId,
                                               std::optional<MilliSats> price,
                                               const std::optional<QString> &description);
    //! Escrow from the balance only (agreed 0 sat by Lightning: §4.2). A short balance is an
    //! error (PaymentRequired) with code `insufficient_balance` whose message names the missing
    //! sats when the caller passes the quote price (then /me is asked for the balance).
    QFuture<HireResult<HirePaid<HireAcceptResult>>>
    accept(const QString &taskId, const QString &quoteId,
           std::optional<MilliSats> price = std::nullopt);
    QFuture<HireResult<HireList<HireMessage>>>
    messages(const QString &taskId, const QString &quoteId, std::optional<qint64> sinceId = {});
    QFuture<HireResult<HireMessage>> sendMessage(const QString &taskId, const QString &quoteId,
                                                 const QString &text);

    // Work --------------------------------------------------------------------------------
    //! POST …/deliver with the file's name, base64 content and notes. `progress` reports bytes
    //! sent of the request body. Destroying `stopWith` stops the upload at once (a Cancelled
    //! error, as HttpRequest::cancelWith): when the whole body had been sent by then, the market
    //! may still have taken it, so ask it.
    QFuture<HireResult<HireDelivery>> deliver(const QString &taskId, const HireDeliveryFile &file,
                                              const QString &notes,
                                              std::function<void(qint64, qint64)> progress = {},
                                              QObject *stopWith = nullptr);
    QFuture<HireResult<HireConfirmResult>> confirm(const QString &taskId);
    //! POST /collect with an invoice of exactly `amount` (made by the user's own wallet).
    QFuture<HireResult<CollectResult>> collect(MilliSats amount, const QString &invoice);

private:
    QUrl url(const QString &path) const;
    HttpRequest authorized(HttpRequest request) const;

    HttpClient *m_http;
    PaymentGate *m_gate;
    QUrl m_base;
    qint64 m_accountId;
    QByteArray m_token;
};

} // namespace lw
