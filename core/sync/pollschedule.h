// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QRandomGenerator>

namespace lw {

//! How often a market is asked. Defaults: every 5 s while something is watched or a paid action
//! is in flight (ProofLayer's own board refreshes every 5 s), from 20 s up to 2 min while idle
//! and nothing changes, and doubling up to 5 min while the server fails.
struct PollSettings {
    int fastMs = 5'000;
    int idleMs = 20'000;
    int maxIdleMs = 120'000;
    int maxFailureMs = 300'000;
    double idleGrowth = 1.5;
    //! ± this fraction at random, so many clients (or accounts) do not poll in step.
    double jitter = 0.2;
};

//! The adaptive interval as a pure object: the engine reports what happened, this says when to
//! ask next.
class PollSchedule {
public:
    explicit PollSchedule(PollSettings settings = {},
                          quint32 seed = QRandomGenerator::global()->generate());

    void setActive(bool active) { m_active = active; }
    bool isActive() const { return m_active; }
    //! A poll that answered; `changed` when it brought anything new.
    void recordSuccess(bool changed);
    void recordFailure();
    int failures() const { return m_failures; }

    //! The delay before the next poll, without jitter.
    int baseDelayMs() const;
    //! baseDelayMs() with jitter applied.
    int nextDelayMs();

private:
    PollSettings m_settings;
    QRandomGenerator m_random;
    bool m_active = false;
    int m_failures = 0;
    int m_quietPolls = 0;
};

} // namespace lw
