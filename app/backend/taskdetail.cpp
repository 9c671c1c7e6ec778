// SPDX-License-Identifier: GPL-3.0-or-later
#include "taskdetail.h"

#include "enginesession.h"
#include "feedsource.h"
#include "hiretaskflow.h"
#include "markets/aiforhire/hireclient.h"
#include "posttaskfields.h"
#include "sessionbinding.h"
#include "store/marketcache.h"
#include "taskdetailtext.h"

namespace lw {

TaskDetail::TaskDetail(QObject *parent)
    : QObject(parent)
    , m_quotes(new QuoteListModel(this))
    , m_timeline(new TimelineModel(this))
{}

TaskDetail::~TaskDetail() = default;

EngineSession *TaskDetail::engine() const
{
    return m_session ? m_session->engine() : nullptr;
}

void TaskDetail::setSession(Session *session)
{
    if (!rebindSession(this, m_session, session, &TaskDetail::scheduleLoad))
        return;
    Q_EMIT sessionChanged();
    scheduleLoad();
}

void TaskDetail::setAccountId(qint64 accountId)
{
    if (m_accountId == accountId)
        return;
    m_accountId = accountId;
    Q_EMIT accountIdChanged();
    scheduleLoad();
}

void TaskDetail::setTaskId(const QString &taskId)
{
    if (m_taskId == taskId)
        return;
    m_taskId = taskId;
    Q_EMIT taskIdChanged();
    scheduleLoad();
}

void TaskDetail::scheduleLoad()
{
    m_load.schedule();
}

void TaskDetail::reload()
{
    load();
}

qint64 TaskDetail::resolveAccount() const
{
    EngineSession *e = engine();
    if (!e || !e->profile().id)
        return 0;
    auto accounts = e->accounts().accounts(e->profile().id);
    if (!accounts)
        return 0;
    MarketCache cache(e->database());
    for (const MarketAccount &a : std::as_const(*accounts)) {
        if (a.kind != MarketKind::AiForHire)
            continue;
        if (m_accountId ? a.id == m_accountId
                        : bool(cache.item(a.id, CacheKind::Task, m_taskId).value_or(std::nullopt)))
            return a.id;
    }
    return 0;
}

void TaskDetail::load()
{
    ++m_generation;
    m_facts = {};
    m_ownId.clear();
    setError({});
    m_resolvedAccount = m_taskId.isEmpty() ? 0 : resolveAccount();
    if (!engine() || m_taskId.isEmpty()) {
        publish();
        setState(State::Idle);
        return;
    }
    if (!m_resolvedAccount) {
        publish();
        //: Task detail: the task is not one of the current profile's 402ai accounts.
        setError(tr("This task is not in the current profile's 402ai account."));
        setState(State::Failed);
        return;
    }
    if (auto stored = engine()->accounts().accountById(m_resolvedAccount))
        m_ownId = stored->remoteId;
    setState(readCache() ? State::Ready : State::Loading);
    fetch();
}

bool TaskDetail::readCache()
{
    EngineSession *e = engine();
    MarketCache cache(e->database());
    auto task = cache.item(m_resolvedAccount, CacheKind::Task, m_taskId);
    if (!task) {
        setError(task.error().message);
        return false;
    }
    if (!*task) {
        publish();
        return false;
    }
    m_facts.task = **task;
    m_facts.quotes =
        cache.items(m_resolvedAccount, CacheKind::Quote, m_taskId).value_or(QList<CacheItem>());
    m_facts.deliveries =
        cache.items(m_resolvedAccount, CacheKind::Delivery, m_taskId).value_or(QList<CacheItem>());
    // The offline copy lists newest first; the market, and this page, oldest first.
    std::reverse(m_facts.quotes.begin(), m_facts.quotes.end());
    std::reverse(m_facts.deliveries.begin(), m_facts.deliveries.end());
    // Collected: the worker's own move of the balance to the wallet, after the release.
    if (m_facts.task.status == u"completed") {
        LedgerFilter filter;
        filter.accountId = m_resolvedAccount;
        filter.reason = LedgerReason::Collected;
        const QDateTime released = DetailText::time(m_facts.task.updatedAt);
        filter.sinceMs = released.isValid() ? released.toMSecsSinceEpoch() : 0;
        auto rows = Ledger(e->database()).entries(filter);
        if (rows && !rows->isEmpty())
            m_facts.collectedAt = QDateTime::fromMSecsSinceEpoch(rows->first().atMs, Qt::UTC);
    }
    publish();
    return true;
}

void TaskDetail::fetch()
{
    const quint64 generation = m_generation;
    const qint64 account = m_resolvedAccount;
    const QString taskId = m_taskId;
    setFetching(true);
    engine()->hireById(account).then(this, [=, this](const Result<HireClient *, AppError> &c) {
        if (generation != m_generation)
            return;
        if (!c) {
            setFetching(false);
            setError(c.error().message);
            if (m_state == State::Loading)
                setState(State::Failed);
            return;
        }
        QPointer<HireClient> client = *c;
        if (m_ownId.isEmpty() && engine()) {
            hireOwnId(*engine(), client).then(this, [=, this](const Result<QString, AppError> &id) {
                if (generation == m_generation && id && !id->isEmpty()) {
                    m_ownId = *id;
                    publish();
                }
            });
        }
        client->task(taskId).then(this, [=, this](const Result<HireTask, AppError> &task) {
            if (generation != m_generation)
                return;
            setFetching(false);
            EngineSession *e = engine();
            if (!task || !e) {
                setError(task ? tr("The session closed.") : task.error().message);
                if (m_state == State::Loading)
                    setState(State::Failed);
                return;
            }
            auto changes =
                cacheHireTask(e->database(), account, *task, QDateTime::currentMSecsSinceEpoch());
            if (!changes) {
                setError(changes.error().message);
            } else if (m_session && m_session->feed() && !changes->isEmpty()) {
                m_session->feed()->apply(account, CacheKind::Task, QString(), *changes);
            }
            readCache();
            setState(State::Ready);
        });
    });
}

void TaskDetail::publish()
{
    const CacheItem &t = m_facts.task;
    bool shortened = false;
    m_title = DetailText::line(t.title, DetailText::titleChars);
    if (m_title.isEmpty() && !t.remoteId.isEmpty())
        //: Task detail: the market sent no title.
        m_title = tr("Untitled task");
    m_description = DetailText::paragraphs(t.text, DetailText::descriptionChars,
                                           DetailText::descriptionLines, &shortened);
    m_descriptionShortened = shortened;
    m_buyerId = DetailText::line(t.party, DetailText::idChars);
    const auto accepted = TaskTimeline::acceptedQuote(m_facts);
    m_workerId = accepted ? DetailText::line(accepted->party, DetailText::idChars) : QString();
    m_role = !m_ownId.isEmpty() && t.party == m_ownId ? Role::Buyer : Role::Worker;

    const bool open = t.status == u"open";
    QList<QuoteRow> rows;
    for (const CacheItem &q : std::as_const(m_facts.quotes)) {
        QuoteRow r = QuoteListModel::fromCache(q);
        r.mine = !m_ownId.isEmpty() && q.party == m_ownId;
        r.acceptable = m_role == Role::Buyer && open && q.status == u"pending";
        rows.append(r);
    }
    m_quotes->setRows(rows);

    const QList<TimelineStep> steps =
        t.remoteId.isEmpty() ? QList<TimelineStep>() : TaskTimeline::build(m_facts);
    m_timeline->setSteps(steps);
    m_waitingSince = TaskTimeline::escrowWaitingSince(steps);
    m_waitingLong = TaskTimeline::escrowWaitingLong(steps, QDateTime::currentDateTimeUtc());
    Q_EMIT taskChanged();
}

QString TaskDetail::budgetText() const
{
    if (m_facts.task.remoteId.isEmpty())
        return {};
    //: Task detail: the buyer's budget, e.g. "500 sat".
    return tr("%1 sat").arg(m_facts.task.amount.toSatsDecimal());
}

QString TaskDetail::market() const
{
    if (!m_session || !m_session->feed() || !m_resolvedAccount)
        return QStringLiteral("402ai");
    const QString name = m_session->feed()->marketName(m_resolvedAccount);
    return name.isEmpty() ? QStringLiteral("402ai") : name;
}

QDateTime TaskDetail::createdAt() const
{
    return DetailText::time(m_facts.task.createdAt);
}

QString TaskDetail::escrowWaitingText() const
{
    if (!m_waitingLong)
        return {};
    const qint64 days = m_waitingSince.daysTo(QDateTime::currentDateTimeUtc());
    if (m_role == Role::Buyer)
        //: Task detail: escrow has waited long for a delivery; %n is days. 402ai has no
        //: deadline or refund, so the buyer can only ask the worker.
        return tr("The escrow has waited %n day(s) without a delivery. 402ai has no deadline "
                  "or refund: ask the worker on the quote's thread.",
                  nullptr, int(days));
    //: Task detail (worker): the buyer has waited long for the delivery; %n is days.
    return tr("The escrow has waited %n day(s) for your delivery.", nullptr, int(days));
}

bool TaskDetail::canQuote() const
{
    if (m_role != Role::Worker || m_facts.task.status != u"open" || m_acting)
        return false;
    for (const QuoteRow &r : m_quotes->rows())
        if (r.mine)
            return false; // one quote per worker: update it instead
    return engine() != nullptr;
}

bool TaskDetail::canConfirm() const
{
    return m_role == Role::Buyer && m_facts.task.status == u"delivered" && !m_acting && engine();
}

QString TaskDetail::quoteFeeText() const
{
    //: Task detail: what sending a quote costs; %1 is the fee in sats.
    return tr("Quoting costs %1 sat, from your 402ai balance (or your wallet when the balance "
              "is short).")
        .arg(hirePostQuoteFeeSats);
}

QString TaskDetail::quotePriceError(const QString &priceSats) const
{
    const EngineSession *e = engine();
    const MilliSats cap = e ? e->profile().limits.perPaymentCap : SpendingLimits().perPaymentCap;
    return PostTaskFields::budgetError(priceSats, cap);
}

void TaskDetail::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged();
}

void TaskDetail::setError(const QString &error)
{
    if (m_errorText == error)
        return;
    m_errorText = error;
    Q_EMIT errorTextChanged();
}

void TaskDetail::setAction(const QString &text, bool pending)
{
    m_actionText = text;
    m_paymentPending = pending;
    Q_EMIT actionTextChanged();
}

void TaskDetail::setFetching(bool fetching)
{
    const bool was = busy();
    m_fetching = fetching;
    if (was != busy())
        Q_EMIT busyChanged();
}

void TaskDetail::setActing(bool acting)
{
    const bool was = busy();
    m_acting = acting;
    if (was != busy())
        Q_EMIT busyChanged();
    Q_EMIT taskChanged(); // what the role allows depends on it
}

void TaskDetail::actionFailed(const AppError &error)
{
    setActing(false);
    EngineSession *e = engine();
    if (e && e->hasUnsettledPayment()) {
        //: Task detail: a payment may have left the wallet; it is looked up, never paid again.
        setAction(tr("The payment is not settled yet; it is looked up and finished "
                     "automatically. Do not try again."),
                  true);
    }
    setError(error.message);
}

void TaskDetail::withClient(std::function<void(EngineSession &, HireClient *)> step)
{
    EngineSession *e = engine();
    if (!e || !m_resolvedAccount || m_acting)
        return;
    setError({});
    setAction({});
    setActing(true);
    e->hireById(m_resolvedAccount)
        .then(this, [this, step](const Result<HireClient *, AppError> &client) {
            EngineSession *now = engine();
            if (!client || !now) {
                actionFailed(
                    client ? AppError::make(AppError::Kind::Cancelled, tr("The session closed."))
                           : client.error());
                return;
            }
            step(*now, *client);
        });
}

void TaskDetail::acceptQuote(const QString &quoteId)
{
    bool acceptable = false;
    for (const QuoteRow &r : m_quotes->rows())
        acceptable = acceptable || (r.quoteId == quoteId && r.acceptable);
    if (!acceptable || m_acting)
        return;
    const QString taskId = m_taskId;
    withClient([this, taskId, quoteId](EngineSession &e, HireClient *client) {
        acceptHireQuote(e, client, taskId, quoteId)
            .then(this, [this](const Result<HireStep<HireAcceptResult>, AppError> &done) {
                if (!done)
                    return actionFailed(done.error());
                setActing(false);
                load();
                //: Task detail: the quote was accepted; %1 is the amount now in escrow.
                setAction(tr("Quote accepted: %1 sat locked in escrow.")
                              .arg(done->value.escrowed.toSatsDecimal()));
                if (!done->ledgerProblem.isEmpty())
                    setError(tr("The ledger could not be updated: %1").arg(done->ledgerProblem));
            });
    });
}

void TaskDetail::confirm()
{
    if (!canConfirm())
        return;
    const QString taskId = m_taskId;
    withClient([this, taskId](EngineSession &e, HireClient *client) {
        confirmHireTask(e, client, taskId)
            .then(this, [this](const Result<HireStep<HireConfirmResult>, AppError> &done) {
                if (!done)
                    return actionFailed(done.error());
                setActing(false);
                load();
                //: Task detail: the delivery was confirmed; %1 is what went to the worker.
                setAction(tr("Confirmed: %1 sat released to the worker.")
                              .arg(done->value.released.toSatsDecimal()));
                if (!done->ledgerProblem.isEmpty())
                    setError(tr("The ledger could not be updated: %1").arg(done->ledgerProblem));
            });
    });
}

void TaskDetail::sendQuote(const QString &priceSats, const QString &message)
{
    if (!canQuote())
        return;
    if (const QString problem = quotePriceError(priceSats); !problem.isEmpty()) {
        setError(problem);
        return;
    }
    const MilliSats price = *PostTaskFields::parseBudget(priceSats);
    const QString taskId = m_taskId;
    withClient([this, taskId, price, message](EngineSession &e, HireClient *client) {
        sendHireQuote(e, client, taskId, price, message, true)
            .then(this, [this](const Result<HireStep<HireQuote>, AppError> &done) {
                if (!done)
                    return actionFailed(done.error());
                setActing(false);
                load();
                //: Task detail: the quote was sent; %1 is its price.
                setAction(tr("Quote of %1 sat sent.").arg(done->value.price.toSatsDecimal()));
                if (!done->ledgerProblem.isEmpty())
                    setError(tr("The ledger could not be updated: %1").arg(done->ledgerProblem));
            });
    });
}

} // namespace lw
