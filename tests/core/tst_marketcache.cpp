// SPDX-License-Identifier: GPL-3.0-or-later
// The offline cache: diffing snapshots into change sets, scopes, removals, and the schema.
#include "appdatabase.h"
#include "store/marketcache.h"

using namespace lw;
using namespace lwtest;
using namespace Qt::Literals::StringLiterals;

namespace {

CacheItem task(const QString &id, const QString &status = u"open"_s, qint64 sats = 100)
{
    CacheItem item;
    item.remoteId = id;
    item.status = status;
    item.amount = MilliSats(sats * 1000);
    item.title = u"Task "_s + id;
    item.text = u"<b>plain</b> text"_s;
    item.createdAt = u"2026-11-21T10:00:00+00:00"_s;
    item.updatedAt = item.createdAt;
    return item;
}

CacheSnapshot feed(qint64 account, QList<CacheItem> items, bool complete = true)
{
    return {account, CacheKind::Task, {}, std::move(items), complete};
}

QStringList sorted(QStringList l)
{
    l.sort();
    return l;
}

} // namespace

class TestMarketCache : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<AccountStore> m_accounts;
    std::unique_ptr<MarketCache> m_cache;
    qint64 m_account = 0;
    qint64 m_other = 0;

private Q_SLOTS:
    void init()
    {
        m_db =
            openApp(m_dir.filePath(u"cache-%1.sqlite3"_s.arg(QDateTime::currentMSecsSinceEpoch())));
        QVERIFY(m_db);
        m_accounts = std::make_unique<AccountStore>(*m_db);
        auto profile = m_accounts->addProfile(u"me"_s);
        QVERIFY(profile);
        auto a = m_accounts->addAccount(accountOf(profile->id, u"main"_s));
        auto b = m_accounts->addAccount(accountOf(profile->id, u"second"_s));
        QVERIFY(a && b);
        m_account = a->id;
        m_other = b->id;
        m_cache = std::make_unique<MarketCache>(*m_db);
    }

    void cleanup()
    {
        m_cache.reset();
        m_accounts.reset();
        m_db.reset();
    }

    void firstSnapshotInsertsEverything()
    {
        auto changes = m_cache->apply(feed(m_account, {task(u"a"_s), task(u"b"_s)}), 1000);
        QVERIFY2(changes,
                 changes ? ""
                         : qPrintable(changes.error().describe() + changes.error().serverMessage));
        QCOMPARE(sorted(changes->inserted), (QStringList{u"a"_s, u"b"_s}));
        QVERIFY(changes->updated.isEmpty());
        QVERIFY(changes->removed.isEmpty());
        auto items = m_cache->items(m_account, CacheKind::Task);
        QVERIFY(items);
        QCOMPARE(items->size(), 2);
        QCOMPARE(items->first().text, u"<b>plain</b> text"_s);
        QCOMPARE(items->first().firstSeenMs, 1000);
        QCOMPARE(*m_cache->lastSynced(m_account, CacheKind::Task), 1000);
    }

    //! What apply hands over is what a read gives back, first sight included.
    void changesCarryTheStoredItems()
    {
        QVERIFY(m_cache->apply(feed(m_account, {task(u"a"_s), task(u"b"_s)}), 1000));
        CacheItem changed = task(u"b"_s, u"assigned"_s, 250);
        changed.extra = QJsonObject{{u"quote_count"_s, 3}};
        auto changes =
            m_cache->apply(feed(m_account, {task(u"a"_s), changed, task(u"c"_s)}, false), 2000);
        QVERIFY(changes);
        QCOMPARE(changes->inserted, QStringList{u"c"_s});
        QCOMPARE(changes->updated, QStringList{u"b"_s});
        QCOMPARE(changes->stored.size(), 2);
        for (const CacheItem &handed : changes->stored) {
            auto read = m_cache->item(m_account, CacheKind::Task, handed.remoteId);
            QVERIFY(read && *read);
            const CacheItem &r = **read;
            QCOMPARE(handed.status, r.status);
            QCOMPARE(handed.amount, r.amount);
            QCOMPARE(handed.title, r.title);
            QCOMPARE(handed.text, r.text);
            QCOMPARE(handed.createdAt, r.createdAt);
            QCOMPARE(handed.extra, r.extra);
            QCOMPARE(handed.firstSeenMs, r.firstSeenMs);
            QCOMPARE(handed.syncedMs, r.syncedMs);
        }
        QCOMPARE(changes->stored.at(0).remoteId, u"c"_s); // inserted first, then updated
        QCOMPARE(changes->stored.at(0).firstSeenMs, 2000);
        QCOMPARE(changes->stored.at(1).firstSeenMs, 1000); // first sight kept on an update
    }

    void unchangedSnapshotIsEmpty()
    {
        QVERIFY(m_cache->apply(feed(m_account, {task(u"a"_s)}), 1000));
        auto changes = m_cache->apply(feed(m_account, {task(u"a"_s)}), 2000);
        QVERIFY(changes);
        QVERIFY(changes->isEmpty());
        auto item = m_cache->item(m_account, CacheKind::Task, u"a"_s);
        QVERIFY(item && *item);
        QCOMPARE((*item)->syncedMs, 2000); // seen again, not changed
        QCOMPARE((*item)->firstSeenMs, 1000);
    }

    void everyVisibleFieldIsAnUpdate_data()
    {
        QTest::addColumn<int>("field");
        for (int i = 0; i < 7; ++i)
            QTest::addRow("field %d", i) << i;
    }

    void everyVisibleFieldIsAnUpdate()
    {
        QFETCH(int, field);
        QVERIFY(m_cache->apply(feed(m_account, {task(u"a"_s), task(u"b"_s)}), 1000));
        CacheItem changed = task(u"a"_s);
        switch (field) {
        case 0:
            changed.status = u"in_escrow"_s;
            break;
        case 1:
            changed.updatedAt = u"2026-11-21T10:05:00+00:00"_s;
            break;
        case 2:
            changed.amount = MilliSats(101'000);
            break;
        case 3:
            changed.title += u'!';
            break;
        case 4:
            changed.text.clear();
            break;
        case 5:
            changed.extra.insert(u"quote_count"_s, 1);
            break;
        case 6:
            changed.party = u"someone"_s;
            break;
        }
        auto changes = m_cache->apply(feed(m_account, {changed, task(u"b"_s)}), 2000);
        QVERIFY(changes);
        QCOMPARE(changes->updated, QStringList{u"a"_s});
        QVERIFY(changes->inserted.isEmpty());
        QVERIFY(changes->removed.isEmpty());
    }

    void completeSnapshotRemovesWhatItLacks()
    {
        QVERIFY(m_cache->apply(feed(m_account, {task(u"a"_s), task(u"b"_s), task(u"c"_s)}), 1));
        auto changes = m_cache->apply(feed(m_account, {task(u"b"_s), task(u"d"_s)}), 2);
        QVERIFY(changes);
        QCOMPARE(changes->inserted, QStringList{u"d"_s});
        QCOMPARE(sorted(changes->removed), (QStringList{u"a"_s, u"c"_s}));
        QCOMPARE(m_cache->items(m_account, CacheKind::Task)->size(), 2);
    }

    void partialSnapshotNeverRemoves()
    {
        QVERIFY(m_cache->apply(feed(m_account, {task(u"a"_s), task(u"b"_s)}), 1));
        auto changes = m_cache->apply(feed(m_account, {task(u"c"_s)}, false), 2);
        QVERIFY(changes);
        QCOMPARE(changes->inserted, QStringList{u"c"_s});
        QVERIFY(changes->removed.isEmpty());
        QCOMPARE(m_cache->items(m_account, CacheKind::Task)->size(), 3);
    }

    void repeatedAndEmptyIdsCountOnce()
    {
        CacheItem second = task(u"a"_s, u"completed"_s);
        auto changes = m_cache->apply(feed(m_account, {task(u"a"_s), second, task(QString())}), 1);
        QVERIFY(changes);
        QCOMPARE(changes->inserted, QStringList{u"a"_s});
        auto item = m_cache->item(m_account, CacheKind::Task, u"a"_s);
        QCOMPARE((*item)->status, u"open"_s); // the first copy stands
    }

    void scopesAndAccountsAreSeparate()
    {
        QVERIFY(m_cache->apply(feed(m_account, {task(u"a"_s)}), 1));
        QVERIFY(m_cache->apply(feed(m_other, {task(u"a"_s), task(u"x"_s)}), 1));
        CacheSnapshot quotes{m_account, CacheKind::Quote, u"a"_s, {task(u"q1"_s)}, true};
        QVERIFY(m_cache->apply(quotes, 1));
        // An empty complete snapshot of another task's quotes removes nothing of task a's.
        CacheSnapshot otherQuotes{m_account, CacheKind::Quote, u"b"_s, {}, true};
        auto changes = m_cache->apply(otherQuotes, 2);
        QVERIFY(changes && changes->isEmpty());
        QCOMPARE(m_cache->items(m_account, CacheKind::Quote, u"a"_s)->size(), 1);
        QCOMPARE(m_cache->items(m_account, CacheKind::Task)->size(), 1);
        QCOMPARE(m_cache->items(m_other, CacheKind::Task)->size(), 2);
        QCOMPARE(*m_cache->lastSynced(m_account, CacheKind::Quote, u"b"_s), 2);
        QCOMPARE(*m_cache->lastSynced(m_account, CacheKind::Quote, u"c"_s), 0);
    }

    void messageCursor()
    {
        QVERIFY(!*m_cache->lastSequence(m_account, u"q1"_s));
        QList<CacheItem> messages;
        for (qint64 seq : {3, 11, 7}) {
            CacheItem m;
            m.remoteId = QString::number(seq);
            m.sequence = seq;
            m.text = u"hello"_s;
            messages.append(m);
        }
        QVERIFY(m_cache->apply({m_account, CacheKind::Message, u"q1"_s, messages, false}, 1));
        QCOMPARE(m_cache->lastSequence(m_account, u"q1"_s)->value_or(0), 11);
        QVERIFY(!*m_cache->lastSequence(m_account, u"q2"_s));
    }

    void removingTheAccountClearsItsCache()
    {
        QVERIFY(m_cache->apply(feed(m_account, {task(u"a"_s), task(u"b"_s)}), 1));
        QVERIFY(m_accounts->removeAccount(m_account));
        QCOMPARE(count(*m_db, u"SELECT COUNT(*) FROM cache_items"_s), 0);
        QCOMPARE(count(*m_db, u"SELECT COUNT(*) FROM cache_scopes"_s), 0);
    }

    void aFailedWriteChangesNothing()
    {
        QVERIFY(m_cache->apply(feed(m_account, {task(u"a"_s)}), 1));
        // An account that does not exist violates the foreign key mid-transaction.
        auto changes = m_cache->apply(feed(99999, {task(u"z"_s)}), 2);
        QVERIFY(!changes);
        QCOMPARE(changes.error().kind, AppError::Kind::Storage);
        QCOMPARE(count(*m_db, u"SELECT COUNT(*) FROM cache_items"_s), 1);
        // And the database is usable afterwards.
        QVERIFY(m_cache->apply(feed(m_account, {task(u"a"_s), task(u"b"_s)}), 3));
    }

    void tenThousandTasksInOneSnapshot()
    {
        QList<CacheItem> items;
        for (int i = 0; i < 10'000; ++i)
            items.append(task(QString::number(i)));
        auto first = m_cache->apply(feed(m_account, items), 1);
        QVERIFY(first);
        QCOMPARE(first->inserted.size(), 10'000);
        items[5].status = u"completed"_s;
        items.removeLast();
        auto second = m_cache->apply(feed(m_account, items), 2);
        QVERIFY(second);
        QCOMPARE(second->updated, QStringList{u"5"_s});
        QCOMPARE(second->removed, QStringList{u"9999"_s});
        QVERIFY(second->inserted.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestMarketCache)
#include "tst_marketcache.moc"
