// SPDX-License-Identifier: GPL-3.0-or-later
#include "feedalerts.h"

#include "feedsource.h"
#include "savedsearch.h"

#include <QDateTime>
#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace lw {

namespace {

constexpr qsizetype titlesInSummary = 3;

struct Match {
    FeedTaskPtr task;
    QString searchName;
};

} // namespace

FeedAlerts::FeedAlerts(const Database &db, FeedSource &feed, NotificationSink &sink,
                       Enabled enabled, QObject *parent)
    : QObject(parent)
    , m_feed(feed)
    , m_sink(sink)
    , m_enabled(std::move(enabled))
    , m_now([] { return QDateTime::currentMSecsSinceEpoch(); })
    , m_announced(db)
{
    connect(&m_feed, &FeedSource::tasksArrived, this, &FeedAlerts::handleArrivals);
}

QString FeedAlerts::budgetText(const FeedTask &task)
{
    if (!task.hasBudget())
        return {};
    //: A task's budget in a notification; %L1 is a whole number of satoshis.
    return tr("%L1 sat").arg(task.budgetMsat / 1'000);
}

void FeedAlerts::handleArrivals(qint64 accountId, const QList<FeedTaskPtr> &tasks, bool firstFill)
{
    const QList<SavedSearch> &searches = m_feed.savedSearches()->searches();
    if (firstFill || tasks.isEmpty() || searches.isEmpty() || !m_enabled || !m_enabled())
        return;
    QList<SavedSearchMatcher> matchers;
    matchers.reserve(searches.size());
    for (const SavedSearch &s : searches)
        matchers.append(SavedSearchMatcher(s));
    const QString market = m_feed.marketName(accountId);
    const qint64 now = m_now();
    QList<Match> matches;
    for (const FeedTaskPtr &task : tasks) {
        for (qsizetype i = 0; i < matchers.size(); ++i) {
            if (!matchers[i].matches(*task, market, now))
                continue;
            const QString entity = u"%1:feed-match:%2"_s.arg(accountId).arg(task->remoteId);
            auto first = m_announced.publish(entity, u"matched"_s, searches[i].name, now);
            if (first && *first)
                matches.append({task, searches[i].name});
            break; // one search is enough to announce a task
        }
    }
    if (matches.isEmpty())
        return;
    if (matches.size() == 1) {
        const FeedTask &t = *matches.constFirst().task;
        const QString budget = budgetText(t);
        //: Notification title: a new task matches the saved search named %1.
        const QString summary = tr("New task for “%1”").arg(matches.constFirst().searchName);
        m_sink.notify(summary, budget.isEmpty() ? t.title : t.title + u" · "_s + budget);
        return;
    }
    QStringList titles;
    for (qsizetype i = 0; i < matches.size() && i < titlesInSummary; ++i)
        titles.append(matches[i].task->title);
    QString body = titles.join(u"; "_s);
    if (matches.size() > titlesInSummary)
        //: Ends a list of task titles in a notification; %n is how many more there are.
        body += u' ' + tr("and %n more", "", int(matches.size() - titlesInSummary));
    //: Notification title: %n new tasks match the user's saved searches.
    m_sink.notify(tr("%n new tasks match your saved searches", "", int(matches.size())), body);
}

} // namespace lw
