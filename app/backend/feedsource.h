// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accounts/accountstore.h"
#include "blocklist.h"
#include "feedloader.h"
#include "feedquery.h"
#include "feedtask.h"
#include "savedsearch.h"
#include "store/marketcache.h"
#include "sync/changeset.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QtQmlIntegration>

namespace lw {

//! One market account in the feed.
struct FeedAccount {
    qint64 id = 0;
    QString market; //!< the name the feed shows for the account's market, e.g. "402ai"
    MarketKind kind = MarketKind::AiForHire;
};

//! The app-wide source of feed tasks: every listed account's cached tasks, kept current by
//! the sync engines' change sets. It holds no rows itself; each TaskFeedModel loads tasks()
//! once and then follows tasksChanged().
//!
//! Wiring (done once by the application):
//! \code
//!   auto *feed = new FeedSource(database, accounts, parent);
//!   connect(engine, &SyncEngine::changed, feed, &FeedSource::apply);
//!   connect(engine, &SyncEngine::synced, feed, &FeedSource::noteSynced);
//! \endcode
//! It reads MarketCache's tasks (through FeedQuery); the database must outlive the source and
//! everything runs on the database's (GUI) thread.
//!
//! Rows on the profile's block list (blockList) never leave it: they are dropped as tasks are
//! read and change sets applied, and blocking or unblocking sends the rows as a change.
class FeedSource : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The feed source belongs to the application session; use TaskFeedModel.")

    //! The most recent sync of any account; invalid before the first.
    Q_PROPERTY(QDateTime lastSynced READ lastSynced NOTIFY lastSyncedChanged FINAL)
    //! Why the cache could not be read (translated); empty when it could.
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged FINAL)
    //! The buyers and tasks the user hid from the feed.
    Q_PROPERTY(lw::BlockList *blockList READ blockList CONSTANT FINAL)
    //! The profile's saved searches (the filter bar's menu; new matches notify).
    Q_PROPERTY(lw::SavedSearchModel *savedSearches READ savedSearches CONSTANT FINAL)

public:
    FeedSource(const Database &db, QList<FeedAccount> accounts, QObject *parent = nullptr);
    //! Waits for reads still running on other threads: they use the database file.
    ~FeedSource() override;

    //! Replaces the account list. Tasks of accounts that left are removed and those of new
    //! accounts inserted through tasksChanged(); renamed markets emit marketsChanged().
    void setAccounts(QList<FeedAccount> accounts);
    QList<FeedAccount> accounts() const { return m_accounts; }
    //! The market name of an account ("" when unknown).
    QString marketName(qint64 accountId) const;

    //! Reads every account's tasks from the cache, in feed order (feedOrderLess). Until a
    //! model has asked for them, account and block list changes read no rows: there is no
    //! one to tell (the start-up would otherwise read 10,000 tasks twice).
    QList<FeedTaskPtr> tasks();
    //! What a window shows first: the first `limit` tasks of all accounts in feed order, read
    //! without touching the others. `complete` when there are no more.
    struct FirstTasks {
        QList<FeedTaskPtr> tasks;
        bool complete = true;
    };
    FirstTasks firstTasks(int limit);
    //! tasks() read on another thread (readFeedInBackground; on this one for a database that
    //! has no file). Pass the rows through withoutBlocked() once they are here.
    QFuture<FeedRead> tasksInBackground();
    //! The rows of `tasks` not on the block list as it is now.
    QList<FeedTaskPtr> withoutBlocked(QList<FeedTaskPtr> tasks) const;
    void noteError(const AppError &error) { setError(error); }

    //! When an account's feed was last synced (0: never); without an id, the latest of all.
    qint64 lastSyncedMs(qint64 accountId) const;
    qint64 lastSyncedMs() const;
    QDateTime lastSynced() const;
    QString errorText() const { return m_errorText; }

    BlockList *blockList() const { return m_blocks; }
    SavedSearchModel *savedSearches() const { return m_searches; }
    //! Loads the profile's block list and saved searches (0: none). The rows already loaded
    //! are read again under the new list, unless `rereadRows` is false because setAccounts()
    //! replaces them next (a profile switch).
    void setProfile(qint64 profileId, bool rereadRows = true);

    //! Hides every task of the buyer of `taskId` (its `party`) in that account's feed.
    //! `accountId` is a number (QML has no 64-bit integer type).
    Q_INVOKABLE bool blockBuyer(const QVariant &accountId, const QString &taskId);
    //! Hides the one task.
    Q_INVOKABLE bool hideTask(const QVariant &accountId, const QString &taskId);

public Q_SLOTS:
    //! SyncEngine::changed: re-reads the changed tasks of the account (other kinds are
    //! ignored) and emits them as one tasksChanged().
    void apply(qint64 accountId, lw::CacheKind kind, const QString &parentId,
               const lw::ChangeSet &changes);
    //! SyncEngine::synced: a round ended (with or without changes).
    void noteSynced(qint64 accountId, qint64 atMs);

Q_SIGNALS:
    void tasksChanged(const lw::FeedDelta &delta);
    //! Tasks seen for the first time on this device (not blocked), from one change set;
    //! `firstFill` when it was the account's first sync, when everything is new.
    void tasksArrived(qint64 accountId, const QList<lw::FeedTaskPtr> &tasks, bool firstFill);
    void marketsChanged();
    void lastSyncedChanged();
    void errorTextChanged();

private:
    const FeedAccount *find(qint64 accountId) const;
    QList<FeedTaskPtr> load(qint64 accountId);
    void readLastSynced(qint64 accountId);
    void adoptProfile(const Database &db);
    //! Drops blocked rows, in place.
    void dropBlocked(QList<FeedTaskPtr> &tasks) const;
    void onBlocked(const FeedBlock &block);
    void onUnblocked(const FeedBlock &block);
    FeedTaskPtr readOne(qint64 accountId, const QString &taskId);
    void setError(const AppError &error);
    void clearError();

    MarketCache m_cache;
    FeedQuery m_query;
    QString m_databasePath;
    QList<QFuture<FeedRead>> m_reads; //!< background reads, until this source goes
    QList<FeedAccount> m_accounts;
    QHash<qint64, qint64> m_lastSynced;
    FeedTaskReader m_reader;
    QString m_errorText;
    BlockList *m_blocks;
    SavedSearchModel *m_searches;
    bool m_served = false; //!< tasks() was called: models hold rows that changes must follow
};

} // namespace lw
