// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "desktopnotifier.h"
#include "events/eventbus.h"
#include "feedsource.h"
#include "settingsstore.h"
#include "store/marketcache.h"
#include "sync/syncengine.h"

#include <QMap>
#include <QObject>
#include <QSet>

#include <memory>

namespace lw {

class EngineSession;

//! Keeps the feed current: one SyncEngine per market account (402ai, ProofLayer) of the
//! engine's profile, polling the account's client. Change sets go to FeedSource::apply, rounds
//! to its last-synced indicator, failures to errorText. A profile switch deletes the clients
//! the engines poll, so it stops them; stop() and the destructor leave no engine that can call
//! back, even one whose request is still out.
class FeedSync : public QObject {
    Q_OBJECT

public:
    FeedSync(EngineSession &engine, FeedSource &feed, QObject *parent = nullptr);
    ~FeedSync() override;

    //! The feed's accounts among a profile's: its 402ai and ProofLayer ones, named for people.
    static QList<FeedAccount> feedAccounts(const QList<MarketAccount> &accounts);
    //! "AI for Hire" or "ProofLayer" (translated), or the account's own name when it was given
    //! one other than the market's.
    static QString displayName(const MarketAccount &account);

    //! Makes and starts one engine per feed account of the current profile (stopping any
    //! running ones first). The clients come from the engine; accounts whose client cannot be
    //! made are reported in errorText.
    void start();
    //! Stops and deletes every engine. Rounds still waiting for the network end unheard.
    void stop();
    bool isStarted() const { return m_started; }
    //! How often the engines made from now on poll (PollSettings' defaults until set).
    void setPollSettings(const PollSettings &settings) { m_pollSettings = settings; }
    //! One round of every engine now (a Refresh button).
    void syncNow();

    //! Where notifications go instead of the desktop (tests); nullptr: the desktop again.
    void setNotificationSink(NotificationSink *sink) { m_forward.target = sink; }
    //! The desktop's notification service (also used for the transitions of other screens).
    DesktopNotifier &desktopNotifier() { return m_desktop; }

    //! The accounts that have a running engine.
    QList<qint64> syncedAccounts() const { return m_engines.keys(); }
    //! Why the last round of some account failed (translated, one line per account); empty
    //! while every account syncs.
    QString errorText() const { return m_errorText; }

Q_SIGNALS:
    void errorTextChanged();
    //! An engine was made and started for the account.
    void accountStarted(qint64 accountId);

private:
    //! A transition of the user's own task, quote or payout (not a stranger's in the feed).
    bool concernsUser(const StateEvent &event) const;
    struct Pending;
    //! Hands notifications to the test's sink when there is one, else to the desktop.
    struct Forward : NotificationSink {
        NotificationSink *target = nullptr;
        NotificationSink *desktop = nullptr;
        void notify(const QString &summary, const QString &body) override
        {
            (target ? target : desktop)->notify(summary, body);
        }
    };
    NotificationSettings notificationSettings() const;

    void startAccount(const MarketAccount &account);
    void addEngine(const MarketAccount &account, SyncEngine::Fetch fetch);
    //! `fetch`, answered with an error by stop() if the network has not answered by then.
    SyncEngine::Fetch guarded(SyncEngine::Fetch fetch) const;
    void setError(qint64 accountId, const QString &text);
    void updateErrorText();

    EngineSession &m_engine;
    FeedSource &m_feed;
    MarketCache m_cache;
    EventBus m_events; //!< the engine has none yet; transitions are deduplicated in the database
    QMap<qint64, SyncEngine *> m_engines;
    QMap<qint64, MarketAccount> m_accounts; //!< the feed accounts of the started profile
    QSet<qint64> m_opening;                 //!< accounts whose client is being made
    QMap<qint64, QString> m_errors;
    QString m_errorText;
    std::shared_ptr<Pending> m_pending;
    quint64 m_generation = 0; //!< counts start()s and stop()s, so a late client is not used
    PollSettings m_pollSettings;
    bool m_started = false;
    DesktopNotifier m_desktop;
    Forward m_forward;
};

} // namespace lw
