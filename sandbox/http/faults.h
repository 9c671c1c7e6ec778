// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QRandomGenerator>

namespace lw::sandbox {

//! What the network between client and market does wrong, on purpose: `--latency`,
//! `--error-rate`, `--reset-rate`, `--hang-rate`, all drawn from one generator seeded by
//! `--seed`, so a run is repeatable.
struct FaultSettings {
    int latencyMinMs = 0;
    int latencyMaxMs = 0;
    int errorPercent = 0; //!< 5xx answers, per 100 requests
    int resetPercent = 0; //!< connection resets, per 100 requests
    int hangPercent = 0;  //!< requests never answered, per 100 requests
};

class FaultInjector {
public:
    enum class Action {
        None,
        ServerError, //!< answer 500/502/503 without handling the request
        ResetBefore, //!< drop the connection without handling the request
        ResetAfter,  //!< handle the request, then drop the connection instead of answering
        Hang,        //!< never answer
    };
    struct Decision {
        Action action = Action::None;
        int status = 0; //!< for ServerError
        int delayMs = 0;
    };

    FaultInjector(FaultSettings settings, quint32 seed);
    Decision decide();

private:
    FaultSettings m_settings;
    QRandomGenerator m_random;
};

} // namespace lw::sandbox
