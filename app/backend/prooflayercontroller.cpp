// SPDX-License-Identifier: GPL-3.0-or-later
#include "prooflayercontroller.h"

#include "enginesession.h"
#include "markets/prooflayer/prooflayercache.h"
#include "markets/prooflayer/prooflayerclient.h"
#include "prooflayerflow.h"
#include "sessionbinding.h"
#include "store/marketcache.h"

#include <QDateTime>
#include <QLocale>

namespace lw {

namespace {

//! A worker's claimed tasks are kept in the offline copy as its "deliveries": ProofLayer has no
//! deliveries of its own, and the open feed's scope (tasks) drops a task once it is claimed.
constexpr CacheKind mineKind = CacheKind::Delivery;
//! At most this many of the worker's own tasks are asked about again on a refresh.
constexpr qsizetype mineRefreshLimit = 50;
constexpr int payoutPollMs = 5000; //!< the market's own page polls every 5 s

QString satsText(qint64 sats)
{
    //: An amount in satoshis, e.g. "350 sat"
    return ProofLayerController::tr("%1 sat").arg(QLocale().toString(sats));
}

bool isDone(const QString &status)
{
    return status.compare(u"completed", Qt::CaseInsensitive) == 0;
}

} // namespace

ProofLayerController::ProofLayerController(QObject *parent)
    : QObject(parent)
{
    m_submitForm.setSender(
        [this](const QString &taskId, const ProofLayerSubmission &s) { return send(taskId, s); });
    connect(&m_submitForm, &ProofLayerSubmitForm::submitted, this, [this] {
        refresh();
        m_poll.start();
    });
    m_poll.setInterval(payoutPollMs);
    connect(&m_poll, &QTimer::timeout, this, [this] {
        if (!busy())
            refresh();
    });
}

ProofLayerController::~ProofLayerController() = default;

void ProofLayerController::setSession(Session *session)
{
    if (!rebindSession(this, m_session, session, [this] { reload(); }))
        return;
    reload();
    Q_EMIT sessionChanged();
}

void ProofLayerController::reload()
{
    ++m_generation;
    m_poll.stop();
    m_account = {};
    m_worker = {};
    m_totalEarnedText.clear();
    m_payouts.setPayouts({});
    m_submitForm.setTaskId({});
    EngineSession *engine = m_session ? m_session->engine() : nullptr;
    if (!engine || m_session->setupState() != Session::SetupState::Ready) {
        m_accountState = AccountState::Loading;
        m_accountText.clear();
    } else if (auto account = engine->onlyAccount(MarketKind::ProofLayer, QString()); !account) {
        m_accountState = AccountState::NoAccount;
        //: The current profile has no ProofLayer account (or several); %1 is the reason
        m_accountText = tr("This profile cannot work on ProofLayer yet. Add one ProofLayer "
                           "account to it in Settings. (%1)")
                            .arg(account.error().message);
    } else {
        m_account = *account;
        m_accountState =
            m_account.remoteId.isEmpty() ? AccountState::Unregistered : AccountState::Registered;
        m_accountText.clear();
    }
    Q_EMIT accountChanged();
    Q_EMIT profileChanged();
    loadFeedFromCache();
    if (m_accountState == AccountState::Registered || m_accountState == AccountState::Unregistered)
        refresh();
}

void ProofLayerController::loadFeedFromCache()
{
    QList<ProofLayerFeedModel::Entry> entries;
    EngineSession *engine = m_session ? m_session->engine() : nullptr;
    if (engine && m_account.id) {
        MarketCache cache(engine->database());
        QSet<QString> mine;
        if (!m_account.remoteId.isEmpty()) {
            if (auto items = cache.items(m_account.id, mineKind, m_account.remoteId)) {
                for (const CacheItem &item : *items) {
                    entries.append({item, true});
                    mine.insert(item.remoteId);
                }
            }
        }
        if (auto items = cache.items(m_account.id, CacheKind::Task)) {
            for (const CacheItem &item : *items)
                if (!mine.contains(item.remoteId))
                    entries.append({item, false});
        } else {
            setError(items.error().message);
        }
    }
    m_feed.setEntries(std::move(entries));
}

QFuture<Result<ProofLayerClient *, AppError>> ProofLayerController::client()
{
    EngineSession *engine = m_session ? m_session->engine() : nullptr;
    if (!engine || !m_account.id)
        return QtFuture::makeReadyFuture(Result<ProofLayerClient *, AppError>(
            lw::fail(AppError::make(AppError::Kind::Invalid, m_accountText))));
    return engine->proofLayer(m_account.name);
}

template <typename Then>
void ProofLayerController::withClient(Then then)
{
    const quint64 generation = m_generation;
    begin();
    client().then(this, [this, generation, then](Result<ProofLayerClient *, AppError> c) {
        end();
        if (generation != m_generation)
            return;
        if (!c) {
            setError(c.error().message);
            return;
        }
        then(*c);
    });
}

void ProofLayerController::refresh()
{
    if (!m_account.id)
        return;
    withClient([this](ProofLayerClient *c) {
        setError({});
        fetchFeed(c);
        if (!m_account.remoteId.isEmpty()) {
            fetchMine(c);
            fetchWorker(c);
        }
    });
}

void ProofLayerController::fetchFeed(ProofLayerClient *c)
{
    const quint64 generation = m_generation;
    const qint64 accountId = m_account.id;
    begin();
    c->feed().then(this, [this, generation,
                          accountId](Result<ProofLayerList<ProofLayerTask>, AppError> tasks) {
        end();
        if (generation != m_generation)
            return;
        if (!tasks)
            return setError(tasks.error().message);
        if (m_session && m_session->engine()) {
            MarketCache cache(m_session->engine()->database());
            if (auto applied = cache.apply(proofLayerFeedSnapshot(accountId, *tasks),
                                           QDateTime::currentMSecsSinceEpoch());
                !applied)
                setError(applied.error().message);
        }
        loadFeedFromCache();
    });
}

void ProofLayerController::fetchMine(ProofLayerClient *c)
{
    // Only the worker's own, unfinished tasks can still change.
    QStringList ids;
    if (m_session && m_session->engine()) {
        MarketCache cache(m_session->engine()->database());
        if (auto items = cache.items(m_account.id, mineKind, m_account.remoteId))
            for (const CacheItem &item : *items)
                if (!isDone(item.status) && ids.size() < mineRefreshLimit)
                    ids.append(item.remoteId);
    }
    const quint64 generation = m_generation;
    bool waiting = false;
    for (const QString &id : ids) {
        begin();
        waiting = true;
        c->task(id).then(this, [this, generation](Result<ProofLayerTask, AppError> task) {
            end();
            if (generation != m_generation)
                return;
            if (!task)
                return setError(task.error().message);
            keepMine(*task);
        });
    }
    if (!waiting && m_payouts.count() > 0)
        m_poll.stop(); // nothing of ours is waiting to be paid
}

void ProofLayerController::keepMine(const ProofLayerTask &task)
{
    EngineSession *engine = m_session ? m_session->engine() : nullptr;
    if (!engine || m_account.remoteId.isEmpty())
        return;
    MarketCache cache(engine->database());
    CacheItem item = toCacheItem(task);
    item.parentId = m_account.remoteId;
    const CacheSnapshot snapshot{m_account.id, mineKind, m_account.remoteId, {item}, false};
    if (auto applied = cache.apply(snapshot, QDateTime::currentMSecsSinceEpoch()); !applied)
        setError(applied.error().message);
    loadFeedFromCache();
}

void ProofLayerController::fetchWorker(ProofLayerClient *c)
{
    const quint64 generation = m_generation;
    const QString id = m_account.remoteId;
    begin();
    c->worker(id).then(this, [this, generation](Result<ProofLayerWorker, AppError> worker) {
        end();
        if (generation != m_generation)
            return;
        if (!worker)
            return setError(worker.error().message);
        m_worker = *worker;
        Q_EMIT profileChanged();
    });
    begin();
    c->payouts(id).then(this, [this, generation](Result<ProofLayerPayouts, AppError> payouts) {
        end();
        if (generation != m_generation)
            return;
        if (!payouts)
            return setError(payouts.error().message);
        m_payouts.setPayouts(payouts->payouts.items);
        m_totalEarnedText =
            payouts->totalEarned ? satsText(payouts->totalEarned->msat() / 1000) : QString();
        bool waiting = false;
        for (const ProofLayerPayout &p : payouts->payouts.items)
            waiting = waiting || p.status == ProofLayerPayoutStatus::Pending;
        if (!waiting && m_poll.isActive() && !payouts->payouts.items.isEmpty())
            m_poll.stop();
        Q_EMIT profileChanged();
    });
}

void ProofLayerController::claim(const QString &taskId)
{
    if (m_accountState != AccountState::Registered || !m_claimingTaskId.isEmpty())
        return;
    m_claimingTaskId = taskId;
    m_claimText.clear();
    m_claimError.clear();
    Q_EMIT claimChanged();
    const QString workerId = m_account.remoteId;
    const quint64 generation = m_generation;
    client().then(
        this, [this, taskId, workerId, generation](Result<ProofLayerClient *, AppError> c) {
            if (generation != m_generation)
                return;
            const auto finish = [this](const QString &text, const QString &error) {
                m_claimingTaskId.clear();
                m_claimText = text;
                m_claimError = error;
                Q_EMIT claimChanged();
            };
            if (!c)
                return finish({}, c.error().message);
            (*c)->claim(taskId, workerId)
                .then(this, [this, generation, finish](Result<ProofLayerTask, AppError> task) {
                    if (generation != m_generation)
                        return;
                    if (!task)
                        return finish({}, task.error().message);
                    keepMine(*task);
                    chooseForSubmit(task->id);
                    //: A ProofLayer task is now the user's to do; %1 is its title
                    finish(tr("Claimed “%1”. Submit your result when it is ready.")
                               .arg(task->title.simplified().left(ProofLayerFeedModel::titleChars)),
                           {});
                });
        });
}

void ProofLayerController::chooseForSubmit(const QString &taskId)
{
    const ProofLayerFeedModel::Entry *entry = m_feed.find(taskId);
    const bool mine = entry && entry->mine;
    m_submitForm.setTaskId(mine ? taskId : QString());
    m_submitForm.setTaskTitle(
        mine ? entry->item.title.simplified().left(ProofLayerFeedModel::titleChars) : QString());
    m_submitForm.setProofRequired(entry
                                  && entry->item.extra.value(u"trust_mode")
                                             .toString()
                                             .compare(u"proof_required", Qt::CaseInsensitive)
                                         == 0);
}

QFuture<Result<ProofLayerTask, AppError>>
ProofLayerController::send(const QString &taskId, const ProofLayerSubmission &submission)
{
    using Outcome = Result<ProofLayerTask, AppError>;
    const QString workerId = m_account.remoteId;
    return client()
        .then(this,
              [this, taskId, workerId,
               submission](Result<ProofLayerClient *, AppError> c) -> QFuture<Outcome> {
                  if (!c)
                      return QtFuture::makeReadyFuture(Outcome(lw::fail(c.error())));
                  return submitProofLayerResult(*c, taskId, workerId, submission)
                      .then(this, [this](Outcome task) {
                          if (task)
                              keepMine(*task);
                          return task;
                      });
              })
        .unwrap();
}

void ProofLayerController::begin()
{
    if (m_pending++ == 0)
        Q_EMIT busyChanged();
}

void ProofLayerController::end()
{
    if (--m_pending == 0)
        Q_EMIT busyChanged();
}

void ProofLayerController::setError(const QString &text)
{
    if (text == m_errorText)
        return;
    m_errorText = text;
    Q_EMIT errorTextChanged();
}

} // namespace lw
