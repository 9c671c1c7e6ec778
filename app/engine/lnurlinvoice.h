// SPDX-License-Identifier: GPL-3.0-or-later
// LNURL-pay's second step (LUD-06): the invoice for an amount, checked before anyone sees it.
// `lightwork-cli pay` and the Pay dialog both turn an LNURL or Lightning Address into an
// invoice through here.
#pragma once

#include "common/result.h"
#include "lightning/lnurlresponse.h"
#include "lightning/millisats.h"
#include "net/apperror.h"
#include "net/httpclient.h"

#include <QFuture>
#include <QObject>
#include <QString>

namespace lw {

//! The error when `amount` lies outside what the service takes (Invalid), or nothing.
std::optional<AppError> lnurlAmountProblem(const LnurlPayRequest &pay, MilliSats amount);

//! Asks the service's callback for an invoice of exactly `amount` and returns it once it
//! decodes, states that amount and carries the metadata's hash (LUD-06 step 5). Errors: the
//! amount's range (Invalid), the transport's, BadResponse (unreadable) and Refused (an invoice
//! for something else). Nothing is paid here.
QFuture<Result<QString, AppError>> fetchLnurlInvoice(HttpClient *http, QObject *context,
                                                     const LnurlPayRequest &pay, MilliSats amount);

} // namespace lw
