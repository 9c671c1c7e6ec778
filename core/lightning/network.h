// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace lw {

//! The Bitcoin chain a Lightning invoice or wallet belongs to.
enum class Network { Mainnet, Testnet, Signet, Regtest, Simnet };

//! "mainnet", "testnet", "signet", "regtest", "simnet".
QString networkName(Network network);
std::optional<Network> networkFromName(QStringView name);

//! BOLT 11 currency prefix: "bc", "tb", "tbs", "bcrt", "sb".
QString bolt11Currency(Network network);
std::optional<Network> networkFromBolt11Currency(QStringView currency);

} // namespace lw
