// SPDX-License-Identifier: GPL-3.0-or-later
// The first LNURL-pay step over the network (LUD-06/16): what `pay` does before asking for an
// invoice, and what a market registration does to check a payout address can receive.
#pragma once

#include "common/result.h"
#include "lightning/lnurlresponse.h"
#include "net/apperror.h"
#include "net/httpclient.h"

#include <QFuture>
#include <QObject>
#include <QUrl>

namespace lw {

//! GETs `url` (a decoded LNURL or LightningAddress::lnurlpUrl()) and reads its payRequest.
//! Errors: Insecure (not HTTPS, nor HTTP to loopback or .onion), the transport's errors,
//! BadResponse (unreadable), Refused (the service answered with its error shape, its reason
//! in the message) and Invalid (an LNURL of another kind).
QFuture<Result<LnurlPayRequest, AppError>> fetchLnurlPayRequest(HttpClient *http, QObject *context,
                                                                const QUrl &url);

} // namespace lw
