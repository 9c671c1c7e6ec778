// SPDX-License-Identifier: GPL-3.0-or-later
#include "network.h"

#include <array>

namespace lw {

namespace {

struct NetworkNames {
    Network network;
    const char16_t *name;
    const char16_t *currency;
};

constexpr std::array<NetworkNames, 5> table{{
    {Network::Mainnet, u"mainnet", u"bc"},
    {Network::Testnet, u"testnet", u"tb"},
    {Network::Signet, u"signet", u"tbs"},
    {Network::Regtest, u"regtest", u"bcrt"},
    {Network::Simnet, u"simnet", u"sb"},
}};

} // namespace

QString networkName(Network network)
{
    for (const auto &row : table)
        if (row.network == network)
            return QString::fromUtf16(row.name);
    return {};
}

std::optional<Network> networkFromName(QStringView name)
{
    for (const auto &row : table)
        if (name.compare(QStringView(row.name), Qt::CaseInsensitive) == 0)
            return row.network;
    if (name.compare(u"bitcoin", Qt::CaseInsensitive) == 0)
        return Network::Mainnet;
    return std::nullopt;
}

QString bolt11Currency(Network network)
{
    for (const auto &row : table)
        if (row.network == network)
            return QString::fromUtf16(row.currency);
    return {};
}

std::optional<Network> networkFromBolt11Currency(QStringView currency)
{
    for (const auto &row : table)
        if (currency == QStringView(row.currency))
            return row.network;
    return std::nullopt;
}

} // namespace lw
