// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "desktopnotifier.h"
#include "events/eventbus.h"
#include "settingsstore.h"

#include <QObject>

#include <functional>

namespace lw {

//! Turns EventBus transitions into desktop notifications: quotes (received, answered) while
//! the profile's notifyQuote is on; payments, escrow, delivery and collection while
//! notifyPayment is. The bus has already made each transition unique.
class StateAlerts : public QObject {
    Q_OBJECT

public:
    enum class Category { None, Quote, Payment };
    using Settings = std::function<NotificationSettings()>;
    //! Whether a transition concerns the user: the public feed also moves strangers' tasks.
    using Concerns = std::function<bool(const StateEvent &event)>;

    StateAlerts(NotificationSink &sink, Settings settings, Concerns concerns,
                QObject *parent = nullptr);

    //! EventBus::transition.
    void handle(const lw::StateEvent &event);

    //! Which setting an entity's new state falls under. Entities are
    //! "<account>:<kind>:<remote id>" (SyncEngine).
    static Category categoryOf(const QString &entity, const QString &state);
    //! The notification's title for the transition (translated).
    static QString summaryOf(const QString &entity, const QString &state);

private:
    NotificationSink &m_sink;
    Settings m_settings;
    Concerns m_concerns;
};

} // namespace lw
