// SPDX-License-Identifier: GPL-3.0-or-later
// LND's REST answers read into Lightwork's values, and its requests written (research/
// lightning.md §2). Internal to lightwork_wallet: LndWallet does the HTTP and hands JSON here.
// Pure functions: no network, no clock, no state.
//
// The grpc-gateway rules apply: snake_case names, int64 as JSON strings (numbers accepted too),
// `bytes` fields as base64 (hashes in Payment and PayReq are hex strings instead), enums as
// names. Every field is checked; what cannot be checked against what was asked is not trusted.
#pragma once

#include "wallet.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <chrono>

namespace lw {

//! The error for an answer of LND's to `call` that could not be read, and why.
AppError lndBadAnswer(const QString &call, const QString &why);
//! A payment whose outcome is not known (yet): the caller looks it up by hash.
OutgoingPayment lndPendingPayment(const PaymentHash &hash, MilliSats amount, const QString &reason);

//! The hash as a URL path segment: base64url, as grpc-gateway reads `bytes` in paths.
QString lndPathHash(const PaymentHash &hash);

//! SendPaymentV2's request: the invoice alone (its amount is what is paid), a fee limit always
//! (0 means "zero-fee routes only" to LND, so it is sent only when asked for), and a routing
//! timeout a little inside `timeout` so LND can still report a failure before the caller stops
//! listening.
QJsonObject lndSendPaymentRequest(const Bolt11Invoice &invoice, MilliSats maxFee,
                                  std::chrono::milliseconds timeout);
//! timeout_seconds for a payment the caller waits `timeout` for: at least 1.
int lndTimeoutSeconds(std::chrono::milliseconds timeout);
//! AddInvoice's request: value_msat, memo, expiry (0: LND's default of 24 h).
QJsonObject lndAddInvoiceRequest(MilliSats amount, const QString &description,
                                 qint64 expirySeconds);

//! An error answer's gRPC code and message: unary `{"code","message"}` or a stream's
//! `{"error":{…}}`. code is -1 and message empty when the body is neither.
struct LndError {
    int code = -1;
    QString message;
};
LndError lndErrorOf(const QByteArray &body);

//! What an error says about the macaroon. LND checks it before any handler runs and answers
//! gRPC Unknown (HTTP 500) with these texts; some proxies say 401/403 instead.
enum class LndAuthProblem { None, BadMacaroon, PermissionDenied };
LndAuthProblem lndAuthProblem(int httpStatus, const LndError &error);
//! SendPaymentV2 refused because of an earlier attempt at the hash (gRPC AlreadyExists):
//! that attempt's state is the answer.
bool lndMeansEarlierAttempt(const LndError &error);
//! TrackPaymentV2's NotFound for a hash LND never tried to pay ("payment isn't initiated").
bool lndMeansNotInitiated(const LndError &error);
//! LookupInvoice's NotFound ("unable to locate invoice").
bool lndMeansNoInvoice(const LndError &error);

//! One line of a server stream: `{"result": message}` or `{"error": {code, message}}`.
struct LndStreamLine {
    bool isError = false;
    QJsonObject result;
    LndError error;
};
Result<LndStreamLine, AppError> parseLndStreamLine(QByteArrayView line, const QString &call);

//! Splits a stream's pieces into lines. A line longer than maxLineBytes is a hostile or broken
//! stream: overflowed() turns true and nothing more is returned.
class LndLineSplitter {
public:
    static constexpr qsizetype maxLineBytes = 1024 * 1024;
    QList<QByteArray> feed(QByteArrayView chunk);
    bool overflowed() const { return m_overflowed; }
    //! What came after the last newline (a truncated stream leaves it).
    const QByteArray &partial() const { return m_partial; }

private:
    QByteArray m_partial;
    bool m_overflowed = false;
};

//! GetInfo: identity_pubkey, alias and the chain of chains[0] (bitcoin only).
Result<Wallet::WalletInfo, AppError> parseLndInfo(const QJsonObject &object);
//! ChannelBalance: local_balance (msat, else sat), what the channels can send now.
Result<MilliSats, AppError> parseLndBalance(const QJsonObject &object);
//! AddInvoice's answer, checked against what was asked: payment_request decodes, for exactly
//! `amount`, with r_hash as its payment hash, on `network`.
InvoiceOutcome parseLndAddInvoice(const QJsonObject &object, MilliSats amount, Network network);
//! LookupInvoice: Paid (amt_paid_msat), Unpaid (OPEN, ACCEPTED), Expired (CANCELED).
IncomingOutcome parseLndInvoice(const QJsonObject &object, const PaymentHash &hash);
//! A Payment message about `hash`: Succeeded only with a preimage that hashes to it, Failed
//! with LND's failure_reason, Pending while in flight. An error when it cannot be read or is
//! about another hash.
PaymentOutcome parseLndPayment(const QJsonObject &object, const PaymentHash &hash);

} // namespace lw
