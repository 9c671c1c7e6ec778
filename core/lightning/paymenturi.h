// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "lightning/lnurl.h"
#include "lightning/millisats.h"

#include <QString>
#include <QUrl>

#include <optional>

namespace lw {

enum class PaymentUriErrorCode { Empty, TooLong, Unrecognised, Invalid, UnsupportedRequirement };
using PaymentUriError = ParseError<PaymentUriErrorCode>;

//! What a pasted string, scanned QR or `lightning:`/`bitcoin:` link asks to pay. Only classifies
//! and extracts; the invoice itself is decoded by decodeBolt11(), and nothing is paid without
//! the user's confirmation (BIP 321: "MUST NOT act on URIs without getting the user's
//! authorization").
struct PaymentUri {
    enum class Kind { Bolt11, Lnurl, LightningAddress, OnChainOnly };
    Kind kind = Kind::Bolt11;
    QString bolt11; //!< lowercase, for Kind::Bolt11
    QUrl lnurl;     //!< the URL to fetch, for Kind::Lnurl
    LnurlTag lnurlTag = LnurlTag::Unknown;
    std::optional<LightningAddress> address;
    QString bitcoinAddress;          //!< BIP 21/321 path, may be empty
    std::optional<MilliSats> amount; //!< BIP 21/321 `amount` (decimal BTC)
    QString label;                   //!< untrusted
    QString message;                 //!< untrusted
};

//! Longest input considered: an invoice at its 7089-character cap plus a URI around it.
inline constexpr qsizetype maxPaymentUriLength = 8192;

//! Accepts a bare invoice, `lightning:` (any case, with or without "//"), `bitcoin:…?lightning=`
//! (keys case-insensitive), LNURL1…, lnurlp/lnurlw/lnurlc/keyauth links, Lightning Addresses
//! and web links carrying `?lightning=LNURL1…` (LUD-01's fallback).
Result<PaymentUri, PaymentUriError> parsePaymentUri(QStringView text);

//! True when the text starts like a BOLT 11 invoice ("ln" + a known network prefix).
bool looksLikeBolt11(QStringView text);

} // namespace lw
