// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "lightning/lightningnode.h"

#include <QByteArrayView>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace lw::sandbox {

class Router;

//! phoenixd's HTTP API for every sandbox wallet under `prefix` (the wallet is chosen by its Basic
//! auth password): form bodies, text errors, HTTP 200 payment failures, phoenixd's field names
//! (research/lightning.md §1).
void addPhoenixdRoutes(Router &router, const QString &prefix, LightningNode &node);
//! The wallet an Authorization header names, as phoenixd checks it: Basic auth, any user, the
//! wallet's full-access or limited-access password (fullAccess tells which).
std::optional<Wallet> phoenixdWalletOfAuthorization(QByteArrayView header, LightningNode &node,
                                                    bool *fullAccess = nullptr);

//! LNbits' wallet API for every sandbox wallet under `prefix` (chosen by X-Api-Key; paying needs
//! the admin key): HTTP 520 payment errors, msat amounts (research/lightning.md §4).
void addLnbitsRoutes(Router &router, const QString &prefix, LightningNode &node);
//! An invoice as LNbits' Payment object (api/v1/payments, its WebSocket notifications).
QJsonObject lnbitsIncomingPaymentJson(const InvoiceRecord &invoice, qint64 nowMs);

} // namespace lw::sandbox
