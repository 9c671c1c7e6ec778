// SPDX-License-Identifier: GPL-3.0-or-later
#include "faults.h"

namespace lw::sandbox {

FaultInjector::FaultInjector(FaultSettings settings, quint32 seed)
    : m_settings(settings)
    , m_random(seed)
{}

FaultInjector::Decision FaultInjector::decide()
{
    // Always draw the same number of values, so changing one rate doesn't shift the others.
    const int roll = int(m_random.bounded(100));
    const int which = int(m_random.bounded(6));
    const int latency =
        m_settings.latencyMaxMs > m_settings.latencyMinMs
            ? m_settings.latencyMinMs
                  + int(m_random.bounded(m_settings.latencyMaxMs - m_settings.latencyMinMs + 1))
            : m_settings.latencyMinMs;
    Decision d;
    d.delayMs = latency;
    int threshold = m_settings.errorPercent;
    if (roll < threshold) {
        static constexpr int statuses[] = {500, 502, 503};
        d.action = Action::ServerError;
        d.status = statuses[which % 3];
        return d;
    }
    threshold += m_settings.resetPercent;
    if (roll < threshold) {
        d.action = which % 2 ? Action::ResetAfter : Action::ResetBefore;
        return d;
    }
    threshold += m_settings.hangPercent;
    if (roll < threshold)
        d.action = Action::Hang;
    return d;
}

} // namespace lw::sandbox
