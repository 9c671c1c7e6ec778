// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "l402/macaroondecoder.h"
#include "l402/paymentchallenge.h"
#include "lightning/bolt11invoice.h"
#include "lightning/lnurl.h"
#include "lightning/paymenturi.h"

#include <QJsonObject>

//! JSON views of decoded values, for `lightwork-cli decode` and diagnostics. Field names are
//! snake_case; amounts are integer millisatoshis; bytes are lowercase hex.
namespace lw::json {

QJsonObject invoice(const Bolt11Invoice &invoice, qint64 nowSecs);
QJsonObject macaroon(const Macaroon &macaroon);
QJsonObject token(const L402Token &token);
QJsonObject lightningAddress(const LightningAddress &address);
QJsonObject lnurl(const QUrl &url, LnurlTag tag);

} // namespace lw::json
