// SPDX-License-Identifier: GPL-3.0-or-later
#include "feedalertsstate.h"

using namespace Qt::Literals::StringLiterals;

namespace lw {

namespace {

QString kindOf(const QString &entity)
{
    return entity.section(u':', 1, 1);
}

bool isPaymentState(const QString &state)
{
    static const QStringList states{u"accepted"_s,  u"funded"_s,    u"escrowed"_s, u"escrow"_s,
                                    u"delivered"_s, u"completed"_s, u"paid"_s,     u"collected"_s,
                                    u"settled"_s,   u"released"_s,  u"refunded"_s, u"failed"_s};
    return states.contains(state.toLower());
}

} // namespace

StateAlerts::StateAlerts(NotificationSink &sink, Settings settings, Concerns concerns,
                         QObject *parent)
    : QObject(parent)
    , m_sink(sink)
    , m_settings(std::move(settings))
    , m_concerns(std::move(concerns))
{}

StateAlerts::Category StateAlerts::categoryOf(const QString &entity, const QString &state)
{
    const QString kind = kindOf(entity);
    if (kind == u"quote"_s)
        return Category::Quote;
    if (kind == u"payout"_s)
        return Category::Payment;
    if (kind == u"task"_s && isPaymentState(state))
        return Category::Payment;
    return Category::None; // "open": a new task is the feed's news, not a transition
}

QString StateAlerts::summaryOf(const QString &entity, const QString &state)
{
    const QString kind = kindOf(entity);
    const QString s = state.toLower();
    if (kind == u"quote"_s) {
        if (s == u"pending"_s || s == u"open"_s || s == u"new"_s)
            //: Notification title: a quote arrived on one of the user's tasks.
            return tr("New quote");
        if (s == u"accepted"_s)
            //: Notification title: a quote was accepted.
            return tr("Quote accepted");
        if (s == u"rejected"_s || s == u"declined"_s)
            //: Notification title: a quote was turned down.
            return tr("Quote declined");
        //: Notification title: a quote reached a state; %1 is the market's word for it.
        return tr("Quote is now “%1”").arg(state);
    }
    if (kind == u"payout"_s)
        //: Notification title: a payout reached a state; %1 is the market's word for it.
        return tr("Payout is now “%1”").arg(state);
    if (s == u"delivered"_s)
        //: Notification title: the work on a task was delivered.
        return tr("Task delivered");
    if (s == u"paid"_s || s == u"completed"_s || s == u"collected"_s)
        //: Notification title: a task was paid for (or its payment collected).
        return tr("Task paid");
    //: Notification title: a task reached a state; %1 is the market's word for it.
    return tr("Task is now “%1”").arg(state);
}

void StateAlerts::handle(const StateEvent &event)
{
    const Category category = categoryOf(event.entity, event.state);
    if (category == Category::None || !m_settings)
        return;
    const NotificationSettings settings = m_settings();
    if ((category == Category::Quote && !settings.quote)
        || (category == Category::Payment && !settings.payment))
        return;
    if (m_concerns && !m_concerns(event))
        return;
    // The summary is the item's title as the market sent it: shown, never interpreted.
    m_sink.notify(summaryOf(event.entity, event.state), event.summary);
}

} // namespace lw
