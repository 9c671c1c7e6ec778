// SPDX-License-Identifier: GPL-3.0-or-later
#include "millisats.h"

namespace lw {

namespace {

// Parses "<digits>[.<digits>]" into an integer scaled by 10^scaleDigits, exactly.
std::optional<qint64> parseScaledDecimal(QStringView text, int scaleDigits, qint64 maximum)
{
    if (text.isEmpty() || text.size() > 40)
        return std::nullopt;
    const qsizetype dot = text.indexOf(u'.');
    const QStringView whole = dot < 0 ? text : text.first(dot);
    const QStringView frac = dot < 0 ? QStringView() : text.sliced(dot + 1);
    if (whole.isEmpty() || (dot >= 0 && frac.isEmpty()) || frac.size() > scaleDigits)
        return std::nullopt;
    qint64 value = 0;
    auto push = [&value](char16_t c) {
        if (c < u'0' || c > u'9')
            return false;
        return !__builtin_mul_overflow(value, qint64(10), &value)
               && !__builtin_add_overflow(value, qint64(c - u'0'), &value);
    };
    for (QChar c : whole)
        if (!push(c.unicode()))
            return std::nullopt;
    for (QChar c : frac)
        if (!push(c.unicode()))
            return std::nullopt;
    for (qsizetype i = frac.size(); i < scaleDigits; ++i)
        if (__builtin_mul_overflow(value, qint64(10), &value))
            return std::nullopt;
    if (value > maximum)
        return std::nullopt;
    return value;
}

} // namespace

std::optional<MilliSats> MilliSats::fromSats(qint64 sats)
{
    qint64 msat = 0;
    if (__builtin_mul_overflow(sats, msatPerSat, &msat))
        return std::nullopt;
    return MilliSats(msat);
}

qint64 MilliSats::floorSats() const
{
    qint64 q = m_msat / msatPerSat;
    if (m_msat % msatPerSat != 0 && m_msat < 0)
        --q;
    return q;
}

qint64 MilliSats::ceilSats() const
{
    qint64 q = m_msat / msatPerSat;
    if (m_msat % msatPerSat != 0 && m_msat > 0)
        ++q;
    return q;
}

std::optional<MilliSats> MilliSats::plus(MilliSats other) const
{
    qint64 r = 0;
    if (__builtin_add_overflow(m_msat, other.m_msat, &r))
        return std::nullopt;
    return MilliSats(r);
}

std::optional<MilliSats> MilliSats::minus(MilliSats other) const
{
    qint64 r = 0;
    if (__builtin_sub_overflow(m_msat, other.m_msat, &r))
        return std::nullopt;
    return MilliSats(r);
}

std::optional<MilliSats> MilliSats::times(qint64 factor) const
{
    qint64 r = 0;
    if (__builtin_mul_overflow(m_msat, factor, &r))
        return std::nullopt;
    return MilliSats(r);
}

QString MilliSats::toSatsDecimal() const
{
    // Work on the magnitude as unsigned so INT64_MIN has no special case.
    const bool negative = m_msat < 0;
    const quint64 magnitude = negative ? quint64(0) - quint64(m_msat) : quint64(m_msat);
    QString out = QString::number(magnitude / 1000);
    if (const quint64 frac = magnitude % 1000; frac != 0) {
        QString digits = QString::number(frac).rightJustified(3, u'0');
        while (digits.endsWith(u'0'))
            digits.chop(1);
        out += u'.' + digits;
    }
    return negative ? u'-' + out : out;
}

std::optional<MilliSats> MilliSats::parseSats(QStringView text)
{
    const auto v = parseScaledDecimal(text, 3, maxMoneyMsat);
    return v ? std::optional<MilliSats>(MilliSats(*v)) : std::nullopt;
}

std::optional<MilliSats> MilliSats::parseBtc(QStringView text)
{
    const auto v = parseScaledDecimal(text, 11, maxMoneyMsat);
    return v ? std::optional<MilliSats>(MilliSats(*v)) : std::nullopt;
}

} // namespace lw
