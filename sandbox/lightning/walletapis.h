// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace lw::sandbox {

class LightningNode;
class Router;

//! phoenixd's HTTP API for every sandbox wallet under `prefix` (the wallet is chosen by its Basic
//! auth password): form bodies, text errors, HTTP 200 payment failures, phoenixd's field names
//! (research/lightning.md §1).
void addPhoenixdRoutes(Router &router, const QString &prefix, LightningNode &node);

//! LNbits' wallet API for every sandbox wallet under `prefix` (chosen by X-Api-Key; paying needs
//! the admin key): HTTP 520 payment errors, msat amounts (research/lightning.md §4).
void addLnbitsRoutes(Router &router, const QString &prefix, LightningNode &node);

} // namespace lw::sandbox
