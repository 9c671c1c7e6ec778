// SPDX-License-Identifier: GPL-3.0-or-later
#include "feedsync.h"

#include "enginesession.h"
#include "feedalerts.h"
#include "feedalertsstate.h"
#include "markets/aiforhire/hirecache.h"
#include "markets/aiforhire/hireclient.h"
#include "markets/prooflayer/prooflayercache.h"
#include "markets/prooflayer/prooflayerclient.h"
#include "settingsstore.h"

#include <QPointer>
#include <QPromise>

namespace lw {

using FetchResult = Result<CacheSnapshot, AppError>;

//! The rounds whose network answer has not come yet. A SyncEngine waits for its fetch with a
//! continuation bound to itself; deleted first, that continuation would never run and its
//! round would hang on a dead object. stop() answers these rounds at once instead.
struct FeedSync::Pending {
    QList<std::shared_ptr<QPromise<FetchResult>>> open;

    static void settle(QPromise<FetchResult> &promise, const FetchResult &result)
    {
        if (promise.future().isFinished())
            return;
        promise.addResult(result);
        promise.finish();
    }
};

FeedSync::FeedSync(EngineSession &engine, FeedSource &feed, QObject *parent)
    : QObject(parent)
    , m_engine(engine)
    , m_feed(feed)
    , m_cache(engine.database())
    , m_events(engine.database())
    , m_pending(std::make_shared<Pending>())
{
    // The switch deleted the clients the engines poll.
    connect(&m_engine, &EngineSession::profileChanged, this, &FeedSync::stop);
    // Before the feed takes the new profile's accounts (Session connects after this).
    connect(&m_engine, &EngineSession::profileChanged, this,
            [this] { m_feed.setProfile(m_engine.profile().id, false); });
    m_feed.setProfile(m_engine.profile().id);

    m_forward.desktop = &m_desktop;
    new FeedAlerts(
        m_engine.database(), m_feed, m_forward, [this] { return notificationSettings().feedMatch; },
        this);
    auto *states = new StateAlerts(
        m_forward, [this] { return notificationSettings(); },
        [this](const StateEvent &e) { return concernsUser(e); }, this);
    connect(&m_events, &EventBus::transition, states, &StateAlerts::handle);
}

NotificationSettings FeedSync::notificationSettings() const
{
    // Read when needed: the settings page writes the database, and a change counts at once.
    auto prefs = ProfilePreferencesStore(m_engine.accounts()).load(m_engine.profile().id);
    if (!prefs)
        return NotificationSettings{false, false, false};
    return prefs->notify;
}

bool FeedSync::concernsUser(const StateEvent &event) const
{
    // "<account>:<kind>:<remote id>" (SyncEngine): the user's when the item's party (buyer,
    // quoting contractor, worker) is the account's own id at the market, or its task is.
    bool ok = false;
    const qint64 accountId = event.entity.section(u':', 0, 0).toLongLong(&ok);
    const QString kindName = event.entity.section(u':', 1, 1);
    const QString remoteId = event.entity.section(u':', 2);
    if (!ok)
        return false;
    auto account = m_engine.accounts().accountById(accountId);
    if (!account || account->remoteId.isEmpty())
        return false;
    for (const CacheKind kind : {CacheKind::Task, CacheKind::Quote, CacheKind::Payout}) {
        if (cacheKindName(kind) != kindName)
            continue;
        auto item = m_cache.item(accountId, kind, remoteId).value_or(std::nullopt);
        if (!item)
            return false;
        if (item->party == account->remoteId)
            return true;
        if (item->parentId.isEmpty())
            return false;
        auto task = m_cache.item(accountId, CacheKind::Task, item->parentId).value_or(std::nullopt);
        return task && task->party == account->remoteId;
    }
    return false;
}

FeedSync::~FeedSync()
{
    stop();
    // Now, while the cache and the bus they point to are still here.
    qDeleteAll(findChildren<SyncEngine *>(Qt::FindDirectChildrenOnly));
}

QString FeedSync::displayName(const MarketAccount &account)
{
    const QString marketName = marketKindName(account.kind);
    if (!account.name.trimmed().isEmpty()
        && account.name.compare(marketName, Qt::CaseInsensitive) != 0)
        return account.name;
    switch (account.kind) {
    case MarketKind::AiForHire:
        //: The 402ai task market, as the feed names it
        return tr("AI for Hire");
    case MarketKind::ProofLayer:
        //: The ProofLayer task market (a product name)
        return tr("ProofLayer");
    case MarketKind::L402Tools:
        break;
    }
    return account.name;
}

QList<FeedAccount> FeedSync::feedAccounts(const QList<MarketAccount> &accounts)
{
    QList<FeedAccount> out;
    for (const MarketAccount &a : accounts) {
        if (a.kind == MarketKind::AiForHire || a.kind == MarketKind::ProofLayer)
            out.append(FeedAccount{a.id, displayName(a), a.kind});
    }
    return out;
}

void FeedSync::start()
{
    stop();
    m_started = true;
    m_feed.setProfile(m_engine.profile().id); // a profile made by set-up announces no switch
    auto accounts = m_engine.accounts().accounts(m_engine.profile().id);
    if (!accounts) {
        setError(0, tr("The market accounts could not be read: %1").arg(accounts.error().message));
        return;
    }
    for (const MarketAccount &a : std::as_const(*accounts)) {
        if (a.kind == MarketKind::AiForHire || a.kind == MarketKind::ProofLayer)
            m_accounts.insert(a.id, a);
    }
    for (const MarketAccount &a : std::as_const(m_accounts))
        startAccount(a);
}

void FeedSync::startAccount(const MarketAccount &account)
{
    m_opening.insert(account.id);
    const quint64 generation = m_generation;
    const QPointer<FeedSync> self(this);
    // Without a context: the engine's clients answer on this thread, and a switch may drop
    // this request unanswered, which must not leave a continuation tied to this object.
    const auto opened = [self, generation, account](const AppError *error,
                                                    SyncEngine::Fetch fetch) {
        if (!self || self->m_generation != generation)
            return;
        self->m_opening.remove(account.id);
        if (error)
            self->setError(
                account.id,
                tr("%1 could not be opened: %2").arg(displayName(account), error->message));
        else
            self->addEngine(account, std::move(fetch));
    };
    if (account.kind == MarketKind::AiForHire) {
        m_engine.hireById(account.id).then([opened](const Result<HireClient *, AppError> &c) {
            c ? opened(nullptr, hireFeedFetch(*c)) : opened(&c.error(), {});
        });
        return;
    }
    m_engine.proofLayer(account.name)
        .then([opened, id = account.id](const Result<ProofLayerClient *, AppError> &c) {
            if (!c)
                return opened(&c.error(), {});
            if ((*c)->accountId() != id) { // another account of that name: not this one
                const AppError other = AppError::make(AppError::Kind::Invalid,
                                                      tr("Two ProofLayer accounts share a name."));
                return opened(&other, {});
            }
            opened(nullptr, proofLayerFeedFetch(*c));
        });
}

void FeedSync::addEngine(const MarketAccount &account, SyncEngine::Fetch fetch)
{
    auto *sync = new SyncEngine(&m_cache, &m_events, account.id, guarded(std::move(fetch)),
                                PollSchedule(m_pollSettings), this);
    connect(sync, &SyncEngine::changed, &m_feed, &FeedSource::apply);
    connect(sync, &SyncEngine::synced, &m_feed, &FeedSource::noteSynced);
    connect(sync, &SyncEngine::synced, this, [this](qint64 id) { setError(id, {}); });
    connect(sync, &SyncEngine::failed, this, [this](qint64 id, const AppError &error) {
        const QString name = displayName(m_accounts.value(id));
        switch (error.kind) {
        case AppError::Kind::Network:
        case AppError::Kind::Timeout:
        case AppError::Kind::Tls:
            //: %1 is a market, %2 why it could not be reached
            setError(id, tr("%1 cannot be reached, so the list shows what was saved on this "
                            "device. %2")
                             .arg(name, error.message));
            break;
        case AppError::Kind::Unauthorised:
            setError(id, tr("%1 did not accept this account. %2").arg(name, error.message));
            break;
        default:
            setError(id, tr("%1 could not be updated. %2").arg(name, error.message));
        }
    });
    m_engines.insert(account.id, sync);
    sync->start();
    Q_EMIT accountStarted(account.id);
}

SyncEngine::Fetch FeedSync::guarded(SyncEngine::Fetch fetch) const
{
    const std::weak_ptr<Pending> pending = m_pending;
    return [fetch = std::move(fetch), pending] {
        auto promise = std::make_shared<QPromise<FetchResult>>();
        promise->start();
        QFuture<FetchResult> future = promise->future();
        if (auto p = pending.lock())
            p->open.append(promise);
        // No context either: the answer may come after the engine was stopped and deleted.
        fetch().then([promise, pending](const FetchResult &result) {
            Pending::settle(*promise, result);
            if (auto p = pending.lock())
                p->open.removeOne(promise);
        });
        return future;
    };
}

void FeedSync::stop()
{
    ++m_generation;
    m_started = false;
    m_opening.clear();
    m_accounts.clear();
    const auto engines = std::exchange(m_engines, {});
    for (SyncEngine *sync : engines) {
        disconnect(sync, nullptr, this, nullptr);
        disconnect(sync, nullptr, &m_feed, nullptr);
        sync->stop();
    }
    // Ends the rounds still out; their engines hear an error nobody listens to any more.
    const auto abandoned = std::exchange(m_pending, std::make_shared<Pending>());
    const FetchResult stopped =
        fail(AppError::make(AppError::Kind::Cancelled, tr("The feed stopped syncing.")));
    for (const auto &promise : std::as_const(abandoned->open))
        Pending::settle(*promise, stopped);
    for (SyncEngine *sync : engines)
        sync->deleteLater();
    if (!m_errors.isEmpty()) {
        m_errors.clear();
        updateErrorText();
    }
}

void FeedSync::syncNow()
{
    if (!m_started)
        return;
    for (SyncEngine *sync : std::as_const(m_engines))
        sync->syncNow();
    // An account whose client could not be made (a keychain that said no) tries again.
    for (const MarketAccount &a : std::as_const(m_accounts)) {
        if (!m_engines.contains(a.id) && !m_opening.contains(a.id))
            startAccount(a);
    }
}

void FeedSync::setError(qint64 accountId, const QString &text)
{
    if (text.isEmpty() ? m_errors.remove(accountId) == 0 : m_errors.value(accountId) == text)
        return;
    if (!text.isEmpty())
        m_errors.insert(accountId, text);
    updateErrorText();
}

void FeedSync::updateErrorText()
{
    QStringList lines;
    for (const QString &e : std::as_const(m_errors))
        lines.append(e);
    const QString text = lines.join(u'\n');
    if (text == m_errorText)
        return;
    m_errorText = text;
    Q_EMIT errorTextChanged();
}

} // namespace lw
