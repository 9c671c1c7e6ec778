// SPDX-License-Identifier: GPL-3.0-or-later
#include "quoteinbox.h"

#include "enginesession.h"
#include "feedsource.h"
#include "markets/aiforhire/hireclient.h"
#include "quotethreads.h"
#include "sessionbinding.h"

#include <algorithm>

namespace lw {

QuoteInbox::QuoteInbox(QObject *parent)
    : QObject(parent)
    , m_threads(new QuoteInboxModel(this))
{
    m_poll.setInterval(pollIntervalMs);
    connect(&m_poll, &QTimer::timeout, this, &QuoteInbox::refresh);
}

QuoteInbox::~QuoteInbox() = default;

void QuoteInbox::setSession(Session *session)
{
    if (!rebindSession(this, m_session, session, &QuoteInbox::rebind))
        return;
    Q_EMIT sessionChanged();
    rebind();
}

void QuoteInbox::setActive(bool active)
{
    if (m_active == active)
        return;
    m_active = active;
    Q_EMIT activeChanged();
    if (m_active) {
        m_poll.start();
        refresh();
    } else {
        m_poll.stop();
    }
}

void QuoteInbox::rebind()
{
    ++m_generation;
    m_accounts.clear();
    setPending(0);
    setError({});
    EngineSession *e = m_session ? m_session->engine() : nullptr;
    if (e && e->profile().id) {
        if (auto all = e->accounts().accounts(e->profile().id)) {
            for (const MarketAccount &a : std::as_const(*all))
                if (a.kind == MarketKind::AiForHire)
                    m_accounts.append(a.id);
        }
    }
    reload();
    if (m_active)
        refresh();
}

void QuoteInbox::reload()
{
    EngineSession *e = m_session ? m_session->engine() : nullptr;
    QList<QuoteInboxRow> rows;
    for (qint64 id : std::as_const(m_accounts)) {
        if (!e)
            break;
        auto account = e->accounts().accountById(id);
        if (!account)
            continue;
        auto threads = hireQuoteThreads(*e, id, account->remoteId);
        if (!threads) {
            setError(threads.error().message);
            continue;
        }
        for (const QuoteThreadSummary &s : std::as_const(*threads))
            rows.append(QuoteInboxRow::from(s));
    }
    std::stable_sort(rows.begin(), rows.end(), [](const QuoteInboxRow &a, const QuoteInboxRow &b) {
        return a.activity > b.activity;
    });
    m_threads->setRows(rows);
    Q_EMIT threadsChanged();
}

void QuoteInbox::refresh()
{
    EngineSession *e = m_session ? m_session->engine() : nullptr;
    if (!e || m_pending > 0 || m_session->setupState() != Session::SetupState::Ready)
        return;
    if (m_accounts.isEmpty()) {
        Q_EMIT refreshed();
        return;
    }
    const quint64 generation = m_generation;
    m_firstError.clear();
    setPending(int(m_accounts.size()));
    for (qint64 id : std::as_const(m_accounts)) {
        auto done = [this, generation](const QString &error) {
            if (generation != m_generation)
                return;
            if (m_firstError.isEmpty())
                m_firstError = error;
            setPending(m_pending - 1);
            if (m_pending == 0) {
                reload();
                setError(m_firstError);
                Q_EMIT refreshed();
            }
        };
        e->hireById(id).then(this, [this, id, done](const Result<HireClient *, AppError> &c) {
            EngineSession *now = m_session ? m_session->engine() : nullptr;
            if (!c || !now)
                return done(c ? tr("The session closed.") : c.error().message);
            refreshHireQuoteThreads(*now, *c).then(
                this, [this, id, done](const Result<QuoteThreadsRefresh, AppError> &r) {
                    if (!r)
                        return done(r.error().message);
                    // The board was read: the feed's model hears of what changed.
                    if (m_session && m_session->feed() && !r->feed.isEmpty())
                        m_session->feed()->apply(id, CacheKind::Task, QString(), r->feed);
                    done({});
                });
        });
    }
}

void QuoteInbox::setError(const QString &error)
{
    if (m_errorText == error)
        return;
    m_errorText = error;
    Q_EMIT errorTextChanged();
}

void QuoteInbox::setPending(int pending)
{
    const bool was = busy();
    m_pending = pending;
    if (was != busy())
        Q_EMIT busyChanged();
}

} // namespace lw
