// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>
#include <QtGlobal>

#include <compare>
#include <optional>

namespace lw {

//! An amount of money in millisatoshis. The only money type in Lightwork: int64 from parse to
//! paint, checked arithmetic, no floating point anywhere.
class MilliSats {
public:
    //! 21 million BTC: no real amount can exceed it, and it fits int64 with room to spare.
    static constexpr qint64 maxMoneyMsat = 2'100'000'000'000'000'000LL;
    static constexpr qint64 msatPerSat = 1000;
    static constexpr qint64 msatPerBtc = 100'000'000'000LL;

    constexpr MilliSats() = default;
    explicit constexpr MilliSats(qint64 msat)
        : m_msat(msat)
    {}

    //! sats × 1000, or std::nullopt when that would overflow.
    static std::optional<MilliSats> fromSats(qint64 sats);

    constexpr qint64 msat() const { return m_msat; }
    //! Whole satoshis, rounded towards negative infinity.
    qint64 floorSats() const;
    //! Whole satoshis, rounded towards positive infinity (what an invoice must cover).
    qint64 ceilSats() const;
    bool isWholeSats() const { return m_msat % msatPerSat == 0; }
    bool isNegative() const { return m_msat < 0; }
    bool isZero() const { return m_msat == 0; }

    std::optional<MilliSats> plus(MilliSats other) const;
    std::optional<MilliSats> minus(MilliSats other) const;
    std::optional<MilliSats> times(qint64 factor) const;

    constexpr auto operator<=>(const MilliSats &) const = default;

    //! Satoshis as an exact decimal without grouping: "250000", "967878.534", "-0.001".
    QString toSatsDecimal() const;

    //! Parses an exact decimal amount of satoshis ("1234", "0.5", "12.345"); at most three
    //! decimals, no sign, no exponent. std::nullopt for anything else or above maxMoneyMsat.
    static std::optional<MilliSats> parseSats(QStringView text);
    //! Parses an exact decimal amount of bitcoin as used by BIP 21/321 ("0.0025"); at most
    //! eleven decimals (one millisatoshi).
    static std::optional<MilliSats> parseBtc(QStringView text);

private:
    qint64 m_msat = 0;
};

} // namespace lw
