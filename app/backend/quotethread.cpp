// SPDX-License-Identifier: GPL-3.0-or-later
#include "quotethread.h"

#include "enginesession.h"
#include "hiretaskflow.h"
#include "markets/aiforhire/aiforhirerequests.h"
#include "markets/aiforhire/hirecache.h"
#include "markets/aiforhire/hireclient.h"
#include "posttaskfields.h"
#include "quotethreads.h"
#include "sessionbinding.h"
#include "store/marketcache.h"
#include "taskdetailtext.h"

#include <QDateTime>

namespace lw {

namespace {

qint64 now()
{
    return QDateTime::currentMSecsSinceEpoch();
}

} // namespace

QuoteThread::QuoteThread(QObject *parent)
    : QObject(parent)
    , m_messages(new QuoteMessageModel(this))
{
    m_poll.setInterval(pollIntervalMs);
    connect(&m_poll, &QTimer::timeout, this, &QuoteThread::poll);
}

QuoteThread::~QuoteThread() = default;

EngineSession *QuoteThread::engine() const
{
    return m_session ? m_session->engine() : nullptr;
}

bool QuoteThread::hasTarget() const
{
    return engine() && m_accountId > 0 && !m_taskId.isEmpty() && !m_quoteId.isEmpty()
           && m_accountInProfile;
}

void QuoteThread::setSession(Session *session)
{
    if (!rebindSession(this, m_session, session, &QuoteThread::scheduleLoad))
        return;
    Q_EMIT sessionChanged();
    scheduleLoad();
}

void QuoteThread::setAccountId(qint64 accountId)
{
    if (m_accountId == accountId)
        return;
    m_accountId = accountId;
    Q_EMIT targetChanged();
    scheduleLoad();
}

void QuoteThread::setTaskId(const QString &taskId)
{
    if (m_taskId == taskId)
        return;
    m_taskId = taskId;
    Q_EMIT targetChanged();
    scheduleLoad();
}

void QuoteThread::setQuoteId(const QString &quoteId)
{
    if (m_quoteId == quoteId)
        return;
    m_quoteId = quoteId;
    Q_EMIT targetChanged();
    scheduleLoad();
}

void QuoteThread::setActive(bool active)
{
    if (m_active == active)
        return;
    m_active = active;
    Q_EMIT activeChanged();
    updateTimer();
    if (m_active && hasTarget()) {
        readCache(); // marks what is shown as read
        poll();
    }
}

void QuoteThread::setPollInterval(int ms)
{
    if (ms < 100 || ms == m_poll.interval())
        return;
    m_poll.setInterval(ms);
    Q_EMIT activeChanged();
}

void QuoteThread::updateTimer()
{
    if (m_active && hasTarget())
        m_poll.start();
    else
        m_poll.stop();
}

void QuoteThread::scheduleLoad()
{
    m_load.schedule();
}

void QuoteThread::load()
{
    ++m_generation;
    m_polling = false;
    m_pollAgain = false;
    m_ownId.clear();
    setError({});
    m_actionText.clear();
    Q_EMIT actionTextChanged();
    EngineSession *e = engine();
    if (e != m_outboxEngine) {
        // One outbox per engine: a send under way when another thread is chosen finishes.
        delete m_outbox;
        m_outboxEngine = e;
        m_outbox = e ? new Outbox(e->database(), this) : nullptr;
        if (m_outbox)
            (void)m_outbox->recover(now()); // a send cut short earlier: settled by a fetch
    }
    m_accountInProfile = false;
    if (e && m_accountId > 0) {
        // Only the current profile's accounts: after a switch, another's thread is not shown.
        auto stored = e->accounts().accountById(m_accountId);
        if (stored && stored->profileId == e->profile().id
            && stored->kind == MarketKind::AiForHire) {
            m_accountInProfile = true;
            m_ownId = stored->remoteId;
        }
    }
    readCache();
    updateTimer();
    if (!hasTarget()) {
        setState(State::Idle);
        return;
    }
    setState(m_known ? State::Ready : State::Loading);
    if (m_active)
        poll();
}

void QuoteThread::readCache()
{
    EngineSession *e = engine();
    m_known = false;
    if (!hasTarget() || !m_outbox) {
        m_title.clear();
        m_counterparty.clear();
        m_priceSats = 0;
        m_quoteStatus.clear();
        m_quoteDescription.clear();
        m_taskStatus.clear();
        m_asBuyer = false;
        m_messages->setRows({});
        Q_EMIT threadChanged();
        return;
    }
    MarketCache cache(e->database());
    const auto task = cache.item(m_accountId, CacheKind::Task, m_taskId).value_or(std::nullopt);
    const auto quote = cache.item(m_accountId, CacheKind::Quote, m_quoteId).value_or(std::nullopt);
    m_known = quote.has_value();
    m_title = task ? DetailText::line(task->title, DetailText::titleChars) : QString();
    m_taskStatus = task ? DetailText::line(task->status, 64) : QString();
    m_asBuyer = task && !m_ownId.isEmpty() && task->party == m_ownId;
    m_priceSats = quote ? quote->amount.msat() / 1000 : 0;
    m_quoteStatus = quote ? DetailText::line(quote->status, 64) : QString();
    m_quoteDescription =
        quote ? DetailText::paragraphs(quote->text, DetailText::quoteChars, DetailText::quoteLines)
              : QString();
    const QString other =
        m_asBuyer ? (quote ? quote->party : QString()) : (task ? task->party : QString());
    m_counterparty = DetailText::line(other, DetailText::idChars);

    auto shown = hireThreadMessages(e->database(), *m_outbox, m_accountId, m_quoteId, m_ownId);
    if (!shown) {
        setError(shown.error().message);
    } else {
        QList<QuoteMessageRow> rows;
        rows.reserve(shown->size());
        for (const QuoteThreadMessage &m : std::as_const(*shown))
            rows.append(QuoteMessageRow::from(m));
        m_messages->setRows(rows);
    }
    if (m_active) {
        const auto last = cache.lastSequence(m_accountId, m_quoteId).value_or(std::nullopt);
        if (last && markHireThreadRead(*e, m_accountId, m_quoteId, *last).value_or(false))
            Q_EMIT activity();
    }
    Q_EMIT threadChanged();
}

void QuoteThread::refresh()
{
    poll();
}

void QuoteThread::poll()
{
    if (!hasTarget() || !m_outbox)
        return;
    if (m_polling) {
        m_pollAgain = true; // e.g. a message queued while the thread is being read
        return;
    }
    m_polling = true;
    const quint64 generation = m_generation;
    const QString taskId = m_taskId;
    const QString quoteId = m_quoteId;
    engine()->hireById(m_accountId).then(this, [=, this](const Result<HireClient *, AppError> &c) {
        if (generation != m_generation)
            return;
        EngineSession *e = engine();
        if (!c || !e) {
            setError(c ? tr("The session closed.") : c.error().message);
            return finishPoll(generation);
        }
        QPointer<HireClient> client = *c;
        hireOwnId(*e, client).then(this, [=, this](const Result<QString, AppError> &own) {
            if (generation != m_generation)
                return;
            EngineSession *eng = engine();
            if (!client || !eng || !m_outbox)
                return finishPoll(generation);
            if (own && !own->isEmpty())
                m_ownId = *own;
            // The thread first: a message whose fate was unclear is settled before any send.
            refreshHireThread(eng->database(), *m_outbox, client, taskId, quoteId, m_ownId)
                .then(this, [=, this](const Result<int, AppError> &read) {
                    if (generation != m_generation)
                        return;
                    if (!read || !client || !m_outbox) {
                        setError(read ? tr("The session closed.") : read.error().message);
                        readCache();
                        return finishPoll(generation);
                    }
                    flushHireOutbox(*m_outbox, client)
                        .then(this, [=, this](const Result<int, AppError> &flushed) {
                            if (generation != m_generation)
                                return;
                            setError(flushed ? QString() : flushed.error().message);
                            readCache();
                            if (flushed && *flushed > 0)
                                Q_EMIT activity();
                            if (!client)
                                return finishPoll(generation);
                            // The quote as the market has it now (a new price, accepted…).
                            client->task(taskId).then(
                                this, [=, this](const Result<HireTask, AppError> &task) {
                                    if (generation != m_generation)
                                        return;
                                    if (EngineSession *store = engine(); task && store)
                                        (void)cacheHireTask(store->database(), m_accountId, *task,
                                                            now());
                                    readCache();
                                    finishPoll(generation);
                                });
                        });
                });
        });
    });
}

void QuoteThread::finishPoll(quint64 generation)
{
    if (generation != m_generation)
        return;
    m_polling = false;
    setState(m_known ? State::Ready : (m_errorText.isEmpty() ? State::Loading : State::Failed));
    if (m_pollAgain) {
        m_pollAgain = false;
        poll();
    }
}

bool QuoteThread::send(const QString &text)
{
    if (!hasTarget() || !m_outbox || !canWrite())
        return false;
    auto queued = queueHireMessage(*m_outbox, m_accountId, m_taskId, m_quoteId, text);
    if (!queued) {
        setError(queued.error().message);
        return false;
    }
    readCache();
    Q_EMIT sent();
    Q_EMIT activity();
    poll();
    return true;
}

void QuoteThread::retry(const QString &localId)
{
    if (!m_outbox)
        return;
    auto message = m_outbox->message(localId);
    if (!message || !*message || (*message)->quoteId != m_quoteId
        || (*message)->accountId != m_accountId)
        return;
    if (!m_outbox->retry(localId, now()).value_or(false))
        return;
    readCache();
    poll();
}

QString QuoteThread::priceError(const QString &priceSats) const
{
    const EngineSession *e = engine();
    const MilliSats cap = e ? e->profile().limits.perPaymentCap : SpendingLimits().perPaymentCap;
    return PostTaskFields::budgetError(priceSats, cap);
}

void QuoteThread::counterOffer(const QString &priceSats, const QString &description)
{
    if (!canCounter())
        return;
    if (const QString problem = priceError(priceSats); !problem.isEmpty()) {
        setError(problem);
        return;
    }
    const MilliSats price = *PostTaskFields::parseBudget(priceSats);
    std::optional<QString> text;
    if (!description.trimmed().isEmpty())
        text = description;
    if (auto problem = validateQuoteUpdate(price, text)) {
        setError(problem->message);
        return;
    }
    const quint64 generation = m_generation;
    const qint64 account = m_accountId;
    const QString taskId = m_taskId;
    const QString quoteId = m_quoteId;
    setError({});
    setActing(true);
    engine()->hireById(account).then(this, [=, this](const Result<HireClient *, AppError> &c) {
        if (generation != m_generation)
            return setActing(false);
        if (!c) {
            setActing(false);
            return setError(c.error().message);
        }
        (*c)->updateQuote(taskId, quoteId, price, text)
            .then(this, [=, this](const Result<HireQuote, AppError> &updated) {
                setActing(false);
                if (generation != m_generation)
                    return;
                EngineSession *e = engine();
                if (!updated || !e)
                    return setError(updated ? tr("The session closed.") : updated.error().message);
                CacheSnapshot one{
                    account, CacheKind::Quote, taskId, {toCacheItem(*updated)}, false};
                if (auto applied = MarketCache(e->database()).apply(one, now()); !applied)
                    setError(applied.error().message);
                //: Quotes: the worker changed their quote; %1 is the new price in sats.
                m_actionText = tr("Your quote is now %1 sat.").arg(updated->price.toSatsDecimal());
                Q_EMIT actionTextChanged();
                readCache();
                Q_EMIT quoteUpdated();
                Q_EMIT activity();
            });
    });
}

QString QuoteThread::priceText() const
{
    if (!m_known)
        return {};
    //: Quotes: a quote's price, e.g. "300 sat".
    return tr("%1 sat").arg(m_priceSats);
}

bool QuoteThread::canCounter() const
{
    return m_known && !m_asBuyer && !m_ownId.isEmpty() && m_quoteStatus == u"pending"
           && m_taskStatus == u"open" && !m_acting;
}

bool QuoteThread::canWrite() const
{
    return m_known && m_quoteStatus != u"rejected";
}

int QuoteThread::maxLength() const
{
    return int(maxHireTextChars);
}

QString QuoteThread::counterFeeText() const
{
    //: Quotes: changing a quote's price on 402ai costs nothing (sending a quote costs a fee).
    return tr("Changing your quote is free on 402ai; the buyer sees the new price at once.");
}

void QuoteThread::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged();
}

void QuoteThread::setError(const QString &error)
{
    if (m_errorText == error)
        return;
    m_errorText = error;
    Q_EMIT errorTextChanged();
}

void QuoteThread::setActing(bool acting)
{
    if (m_acting == acting)
        return;
    m_acting = acting;
    Q_EMIT busyChanged();
    Q_EMIT threadChanged(); // canCounter depends on it
}

} // namespace lw
