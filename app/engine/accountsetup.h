// SPDX-License-Identifier: GPL-3.0-or-later
// Adding a market account to a profile: the address rule, the test request, the account row
// and its token in the keychain. `lightwork-cli account add` and the first-run connect flow
// both go through here, so both keep accounts and tokens the same way.
#pragma once

#include "accounts/accountstore.h"
#include "common/result.h"
#include "net/apperror.h"

#include <QFuture>
#include <QUrl>

#include <optional>

namespace lw {

class EngineSession;
class HireClient;

//! A market or wallet address Lightwork will talk to: https, or http on this computer only.
bool acceptableMarketUrl(const QUrl &url);

//! Why `url` is refused (translated), or nothing when it is acceptable.
std::optional<AppError> marketUrlProblem(const QUrl &url);

//! One test request to the market at `url` before an account is stored: ProofLayer's
//! contract, the tools manifest, or for 402ai with a token GET /me (which proves the token).
//! For 402ai without a token nothing is asked (creating the account is the test). Answers the
//! market's own account id when it told one (402ai).
QFuture<Result<QString, AppError>> probeMarket(EngineSession &engine, MarketKind kind,
                                               const QUrl &url, const QByteArray &token);

//! Stores the account in the engine's current profile, then its token (when given) in the
//! keychain, read back; without a kept token no account is left behind.
QFuture<Result<MarketAccount, AppError>> addMarketAccount(EngineSession &engine,
                                                          const MarketAccount &account,
                                                          const std::optional<QByteArray> &token);

//! A 402ai account for a stored account row that has no token: created at the market (free),
//! its token kept in the keychain before anything is paid into it, its remote id stored.
QFuture<Result<HireClient *, AppError>> createHireAccount(EngineSession &engine, qint64 accountId);

} // namespace lw
