// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QString>
#include <QUrl>

namespace lw {

enum class LnurlErrorCode {
    NotLnurl,
    Bech32,
    InvalidUrl,
    InsecureUrl,
    InvalidAddress,
    InvalidResponse,
    ServiceError, //!< the service answered {"status":"ERROR"}
    Mismatch,     //!< an invoice does not match what was asked for
};
using LnurlError = ParseError<LnurlErrorCode>;

//! LUD-01 tags, or what a LUD-17 scheme implies.
enum class LnurlTag { Unknown, PayRequest, WithdrawRequest, ChannelRequest, Login };
QString lnurlTagName(LnurlTag tag);

//! HTTPS, or plain HTTP to a .onion or loopback host (the local sandbox). LUD-01 forbids
//! anything else, and so does Lightwork.
bool isAcceptableLnurlUrl(const QUrl &url);

//! LUD-01: "LNURL1…" (either case, no length limit) to the URL it encodes.
Result<QUrl, LnurlError> decodeLnurl(QStringView text);
//! LUD-01 encoding; uppercase by default, as QR codes want.
QString encodeLnurl(const QUrl &url, bool upperCase = true);

struct LnurlSchemeUrl {
    QUrl url; //!< the https:// (or onion http://) URL to fetch
    LnurlTag tag = LnurlTag::Unknown;
};
//! LUD-17: lnurlp://, lnurlw://, lnurlc://, keyauth:// to the URL to fetch.
Result<LnurlSchemeUrl, LnurlError> resolveLnurlScheme(QStringView text);

//! LUD-16: user@domain. The user part is lowercased (LUD-16 allows only a-z0-9-_.); the domain
//! may carry a port (a sandbox on loopback).
struct LightningAddress {
    QString user;
    QString domain;

    QString toString() const { return user + u'@' + domain; }
    //! https://domain/.well-known/lnurlp/user (http:// for .onion and loopback).
    QUrl lnurlpUrl() const;
};
Result<LightningAddress, LnurlError> parseLightningAddress(QStringView text);

} // namespace lw
