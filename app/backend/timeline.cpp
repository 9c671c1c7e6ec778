// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeline.h"

#include "taskdetailtext.h"

namespace lw {

namespace {

//! How far the task's own status says it got: 0 open, 1 in escrow, 2 delivered, 3 completed.
int statusStage(const QString &status)
{
    if (status == u"in_escrow")
        return 1;
    if (status == u"delivered")
        return 2;
    if (status == u"completed")
        return 3;
    return 0;
}

TimelineStep step(TimelineStep::Kind kind, bool done, const QDateTime &at = {})
{
    TimelineStep s;
    s.kind = kind;
    s.done = done;
    s.at = done ? at : QDateTime();
    return s;
}

} // namespace

std::optional<CacheItem> TaskTimeline::acceptedQuote(const TaskFacts &facts)
{
    for (const CacheItem &q : facts.quotes)
        if (q.status == u"accepted")
            return q;
    return std::nullopt;
}

QList<TimelineStep> TaskTimeline::build(const TaskFacts &f)
{
    using Kind = TimelineStep::Kind;
    const int stage = statusStage(f.task.status);
    const auto accepted = acceptedQuote(f);

    QDateTime firstQuote;
    for (const CacheItem &q : f.quotes) {
        const QDateTime t = DetailText::time(q.createdAt);
        if (t.isValid() && (!firstQuote.isValid() || t < firstQuote))
            firstQuote = t;
    }
    QDateTime delivered;
    for (const CacheItem &d : f.deliveries) {
        const QDateTime t = DetailText::time(d.createdAt);
        if (t.isValid() && (!delivered.isValid() || t < delivered))
            delivered = t;
    }
    // The price escrowed is the accepted quote's; a server that reports escrowed_sats wins.
    std::optional<MilliSats> escrow;
    if (f.task.extra.contains(u"escrowed_msat"))
        escrow = MilliSats(f.task.extra.value(u"escrowed_msat").toInteger());
    else if (accepted)
        escrow = accepted->amount;

    QList<TimelineStep> steps;
    steps.append(step(Kind::Posted, true, DetailText::time(f.task.createdAt)));
    TimelineStep quoted =
        step(Kind::Quoted, !f.quotes.isEmpty() || accepted || stage > 0, firstQuote);
    quoted.count = int(f.quotes.size());
    steps.append(quoted);
    // An accepted quote's updated_at is when it was accepted (the escrow moved then).
    TimelineStep locked = step(Kind::EscrowLocked, accepted || stage >= 1,
                               accepted ? DetailText::time(accepted->updatedAt) : QDateTime());
    locked.sats = escrow;
    steps.append(locked);
    steps.append(step(Kind::Delivered, !f.deliveries.isEmpty() || stage >= 2, delivered));
    // Completed is the last state: the task's updated_at is when it was confirmed.
    TimelineStep released = step(Kind::Released, stage >= 3, DetailText::time(f.task.updatedAt));
    released.sats = escrow;
    steps.append(released);
    steps.append(step(Kind::Collected, stage >= 3 && f.collectedAt.isValid(), f.collectedAt));
    return steps;
}

QDateTime TaskTimeline::escrowWaitingSince(const QList<TimelineStep> &steps)
{
    bool locked = false;
    QDateTime since;
    for (const TimelineStep &s : steps) {
        if (s.kind == TimelineStep::Kind::EscrowLocked) {
            locked = s.done;
            since = s.at;
        }
        if (s.kind == TimelineStep::Kind::Delivered && s.done)
            return {};
    }
    return locked ? since : QDateTime();
}

bool TaskTimeline::escrowWaitingLong(const QList<TimelineStep> &steps, const QDateTime &now)
{
    const QDateTime since = escrowWaitingSince(steps);
    return since.isValid() && since.msecsTo(now) > escrowWaitLimitMs;
}

} // namespace lw
