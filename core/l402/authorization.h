// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "l402/paymentchallenge.h"
#include "lightning/preimage.h"

#include <QByteArray>

namespace lw {

enum class AuthorizationErrorCode { UnsafeToken, IncompleteChallenge };
using AuthorizationError = ParseError<AuthorizationErrorCode>;

//! `L402 <token as received>:<64 lowercase hex>` (or `LSAT …` when only LSAT was offered): the
//! form aperture's strict parser accepts. A token that could break the header (spaces, quotes,
//! commas, colons, control characters) is refused rather than sent.
Result<QByteArray, AuthorizationError> l402Authorization(const L402Challenge &challenge,
                                                         const Preimage &preimage);

//! `Payment <base64url JSON>` echoing every parameter of the challenge, with the preimage as
//! payload (and the payer's DID as `source` when given).
Result<QByteArray, AuthorizationError> paymentAuthorization(const PaymentSchemeChallenge &challenge,
                                                            const Preimage &preimage,
                                                            const QString &source = {});

} // namespace lw
