// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/pollschedule.h"

#include <algorithm>
#include <cmath>

namespace lw {

PollSchedule::PollSchedule(PollSettings settings, quint32 seed)
    : m_settings(settings)
    , m_random(seed)
{}

void PollSchedule::recordSuccess(bool changed)
{
    m_failures = 0;
    m_quietPolls = changed ? 0 : m_quietPolls + 1;
}

void PollSchedule::recordFailure()
{
    ++m_failures;
}

int PollSchedule::baseDelayMs() const
{
    const double start = m_active ? m_settings.fastMs : m_settings.idleMs;
    if (m_failures > 0) {
        // Capped exponent: 2^20 times any start is past every cap already.
        const double d = start * std::pow(2.0, std::min(m_failures, 20));
        return int(std::min(d, double(m_settings.maxFailureMs)));
    }
    if (m_active)
        return m_settings.fastMs;
    const double d = start * std::pow(m_settings.idleGrowth, std::min(m_quietPolls, 40));
    return int(std::min(d, double(std::max(m_settings.maxIdleMs, m_settings.idleMs))));
}

int PollSchedule::nextDelayMs()
{
    const double base = baseDelayMs();
    const double factor = 1.0 + m_settings.jitter * (2.0 * m_random.generateDouble() - 1.0);
    return std::max(1, int(std::lround(base * factor)));
}

} // namespace lw
