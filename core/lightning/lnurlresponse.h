// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "lightning/bolt11invoice.h"
#include "lightning/lnurl.h"
#include "lightning/millisats.h"

#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QUrl>

#include <optional>

namespace lw {

//! LUD-06 payRequest (with LUD-12 comments and LUD-16 identifiers).
struct LnurlPayRequest {
    QUrl callback;
    MilliSats minSendable;
    MilliSats maxSendable;
    QString metadata;        //!< the raw string: its SHA-256 is the invoice's `h`
    QString description;     //!< text/plain, untrusted
    QString longDescription; //!< text/long-desc, untrusted
    QString identifier;      //!< text/identifier or text/email
    bool hasImage = false;
    int commentAllowed = 0;
    QString
        serviceDomain; //!< host of the LNURL (or Lightning Address) itself: LUD-06 wants it shown
    QString callbackDomain; //!< host the invoice request goes to, when it differs
};

//! LUD-03 withdrawRequest.
struct LnurlWithdrawRequest {
    QUrl callback;
    QString k1;
    QString defaultDescription;
    MilliSats minWithdrawable;
    MilliSats maxWithdrawable;
    QString serviceDomain;
    QString callbackDomain;
};

//! The first answer of an LNURL service: one of the request kinds, a bare OK, or an error.
struct LnurlResponse {
    enum class Kind { PayRequest, WithdrawRequest, Ok, Error, Unsupported };
    Kind kind = Kind::Error;
    std::optional<LnurlPayRequest> payRequest;
    std::optional<LnurlWithdrawRequest> withdrawRequest;
    QString reason; //!< for Error: the service's own words, untrusted
    QString tag;    //!< for Unsupported: the tag it sent
};

//! LUD-09 success action after paying.
struct LnurlSuccessAction {
    QString tag; //!< "message", "url" or "aes"
    QString message;
    QString description;
    QUrl url;
    QString ciphertext;
    QString iv;
};

//! The callback's answer: the invoice to pay.
struct LnurlPayInvoice {
    QString pr;
    std::optional<LnurlSuccessAction> successAction;
};

//! Upper bound on a service's JSON: metadata may carry a base64 image, nothing needs more.
inline constexpr qsizetype maxLnurlResponseBytes = 1024 * 1024;

//! Parses a service's JSON, as fetched from `source` (the decoded LNURL or the Lightning
//! Address URL). LUD-01: status codes mean nothing, the body decides.
Result<LnurlResponse, LnurlError> parseLnurlResponse(QByteArrayView json, const QUrl &source);

//! Parses the payRequest callback's answer (an invoice, or the error shape).
Result<LnurlPayInvoice, LnurlError> parseLnurlPayInvoice(QByteArrayView json, const QUrl &callback);

//! LUD-06 step 5: the invoice's `h` is sha256 of the metadata string as received, and its
//! amount is exactly the one asked for. Returns the mismatch, or nothing when they agree.
std::optional<LnurlError> checkLnurlPayInvoice(const LnurlPayRequest &request, MilliSats amount,
                                               const Bolt11Invoice &invoice);

//! LUD-03: the amount to withdraw, in whole sats (wallets make invoices in sats). `wanted` must
//! lie within the request's range (Mismatch otherwise); without it, the most the range allows.
Result<MilliSats, LnurlError> lnurlWithdrawAmount(const LnurlWithdrawRequest &request,
                                                  std::optional<MilliSats> wanted);

//! A callback's plain answer (LUD-03 withdraw step 5): {"status":"OK"} is success,
//! {"status":"ERROR","reason"} a ServiceError with the reason, anything else InvalidResponse.
Result<bool, LnurlError> parseLnurlCallbackStatus(QByteArrayView json);

//! The payRequest callback URL for an amount (and comment when allowed).
QUrl lnurlPayCallbackUrl(const LnurlPayRequest &request, MilliSats amount,
                         const QString &comment = {});
//! The withdrawRequest callback URL carrying k1 and the invoice.
QUrl lnurlWithdrawCallbackUrl(const LnurlWithdrawRequest &request, const QString &invoice);

} // namespace lw
