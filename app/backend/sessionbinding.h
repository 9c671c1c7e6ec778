// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "session.h"

#include <QPointer>

namespace lw {

//! Points a model's or controller's `current` Session at `session`: drops every connection from
//! the old one and re-reads through `onChange` whenever the new one's profile or set-up changes.
//! False when it already was that session (the caller then announces nothing).
template <typename Self, typename Slot>
bool rebindSession(Self *self, QPointer<Session> &current, Session *session, Slot onChange)
{
    if (current == session)
        return false;
    if (current)
        QObject::disconnect(current, nullptr, self, nullptr);
    current = session;
    if (session) {
        QObject::connect(session, &Session::profilesChanged, self, onChange);
        QObject::connect(session, &Session::setupChanged, self, onChange);
    }
    return true;
}

} // namespace lw
