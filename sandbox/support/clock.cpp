// SPDX-License-Identifier: GPL-3.0-or-later
#include "clock.h"

#include <QDateTime>

#include <chrono>

namespace lw::sandbox {

Clock Clock::real()
{
    return Clock();
}

Clock Clock::virtualFrom(qint64 startMs)
{
    Clock c;
    c.m_virtualStartMs = startMs;
    return c;
}

qint64 Clock::nowMs() const
{
    if (m_virtualStartMs)
        return *m_virtualStartMs + m_ticks + m_offsetMs;
    return QDateTime::currentMSecsSinceEpoch() + m_offsetMs;
}

qint64 Clock::nowUs() const
{
    if (m_virtualStartMs)
        return nowMs() * 1000;
    const auto since = std::chrono::system_clock::now().time_since_epoch();
    return std::chrono::duration_cast<std::chrono::microseconds>(since).count() + m_offsetMs * 1000;
}

QString Clock::iso(qint64 us)
{
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(us / 1000, Qt::UTC);
    // Python leaves the fraction out when the microseconds are zero.
    if (us % 1'000'000 == 0)
        return t.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) + QStringLiteral("+00:00");
    return t.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz"))
           + QStringLiteral("%1+00:00").arg(us % 1000, 3, 10, QLatin1Char('0'));
}

QString Clock::isoNow() const
{
    return iso(nowUs());
}

void Clock::tick()
{
    ++m_ticks;
}

void Clock::advance(qint64 ms)
{
    m_offsetMs += ms;
}

} // namespace lw::sandbox
