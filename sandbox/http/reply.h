// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "http/response.h"

#include <functional>
#include <memory>

namespace lw::sandbox {

//! The way back to one client. Copyable; the first send() answers, later ones are ignored, so a
//! handler may answer now or from a timer. Sending to a client that went away does nothing.
class Reply {
public:
    using Sender = std::function<void(Response)>;

    Reply() = default;
    explicit Reply(Sender sender)
        : m_state(std::make_shared<State>(State{std::move(sender), false}))
    {}

    void send(Response response) const
    {
        if (!m_state || m_state->sent)
            return;
        m_state->sent = true;
        m_state->sender(std::move(response));
    }
    bool isSent() const { return !m_state || m_state->sent; }

private:
    struct State {
        Sender sender;
        bool sent = false;
    };
    std::shared_ptr<State> m_state;
};

} // namespace lw::sandbox
