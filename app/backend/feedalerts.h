// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "desktopnotifier.h"
#include "events/eventbus.h"
#include "feedtask.h"

#include <QObject>

#include <functional>

namespace lw {

class FeedSource;

//! Announces new feed tasks that match a saved search: one notification per sync (a summary
//! when several match), never for an account's first sync, never twice for a task (the
//! EventBus keeps what was announced, across restarts), and only while `enabled()` says so
//! (the profile's notifyFeedMatch).
class FeedAlerts : public QObject {
    Q_OBJECT

public:
    using Enabled = std::function<bool()>;
    using Clock = std::function<qint64()>;

    FeedAlerts(const Database &db, FeedSource &feed, NotificationSink &sink, Enabled enabled,
               QObject *parent = nullptr);

    void setClock(Clock clock) { m_now = std::move(clock); }

    //! FeedSource::tasksArrived.
    void handleArrivals(qint64 accountId, const QList<lw::FeedTaskPtr> &tasks, bool firstFill);

    //! "5,000 sat", or "" without a budget.
    static QString budgetText(const FeedTask &task);

private:
    FeedSource &m_feed;
    NotificationSink &m_sink;
    Enabled m_enabled;
    Clock m_now;
    EventBus m_announced;
};

} // namespace lw
