// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QTimer>

#include <functional>

namespace lw {

//! Runs a call once, on the next turn of the event loop, however often it is asked before
//! then: a page sets a controller's session, account and task one after another, and the
//! controller loads once, after all of them.
class CoalescedCall {
public:
    CoalescedCall(QObject *context, std::function<void()> call)
        : m_context(context)
        , m_call(std::move(call))
    {}

    void schedule()
    {
        if (m_queued)
            return;
        m_queued = true;
        QTimer::singleShot(0, m_context, [this] {
            m_queued = false;
            m_call();
        });
    }

private:
    QObject *m_context; //!< owns this call: the timer dies with it
    std::function<void()> m_call;
    bool m_queued = false;
};

} // namespace lw
