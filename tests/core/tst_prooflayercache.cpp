// SPDX-License-Identifier: GPL-3.0-or-later
// ProofLayer's feed and payouts as cache snapshots: parsed from the sandbox's shape, mapped,
// and diffed by the real MarketCache, so what the feed shows is what the market sent.
#include "appdatabase.h"
#include "markets/prooflayer/prooflayercache.h"
#include "markets/prooflayer/prooflayerjson.h"

using namespace lw;
using namespace lwtest;
using namespace Qt::Literals::StringLiterals;

namespace {

QJsonObject taskObject(const QString &id, const QString &status = u"open"_s, qint64 sats = 1000)
{
    return {{u"id"_s, id},
            {u"task_type"_s, u"verify"_s},
            {u"title"_s, QString(u"Is "_s + id + u" still live?"_s)},
            {u"input"_s, QJsonObject{{u"question"_s, u"Does it return 200?"_s},
                                     {u"context"_s, u"A shop page"_s},
                                     {u"url"_s, u"https://example.com"_s}}},
            {u"budget_sats"_s, sats},
            {u"worker_type"_s, u"human"_s},
            {u"trust_mode"_s, u"proof_required"_s},
            {u"status"_s, status},
            {u"worker_id"_s, QJsonValue()},
            {u"created_at"_s, u"2026-09-21T14:13:20Z"_s},
            {u"claimed_at"_s, QJsonValue()}};
}

ProofLayerList<ProofLayerTask> feedOf(const QJsonArray &tasks)
{
    auto feed = parseProofLayerFeed({{u"tasks"_s, tasks}});
    if (!feed)
        qWarning("%s", qPrintable(feed.error().describe()));
    return feed ? *feed : ProofLayerList<ProofLayerTask>();
}

QStringList ids(const QList<CacheItem> &items)
{
    QStringList out;
    for (const CacheItem &i : items)
        out.append(i.remoteId);
    out.sort();
    return out;
}

} // namespace

class TestProofLayerCache : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<AccountStore> m_accounts;
    std::unique_ptr<MarketCache> m_cache;
    qint64 m_account = 0;

private Q_SLOTS:
    void init()
    {
        m_db = openApp(m_dir.filePath(u"pl-%1.sqlite3"_s.arg(QDateTime::currentMSecsSinceEpoch())));
        QVERIFY(m_db);
        m_accounts = std::make_unique<AccountStore>(*m_db);
        auto profile = m_accounts->addProfile(u"me"_s);
        QVERIFY(profile);
        auto a = m_accounts->addAccount(accountOf(profile->id, u"prooflayer"_s,
                                                  MarketKind::ProofLayer, u"https://pl.example"_s));
        QVERIFY(a);
        m_account = a->id;
        m_cache = std::make_unique<MarketCache>(*m_db);
    }

    void cleanup()
    {
        m_cache.reset();
        m_accounts.reset();
        m_db.reset();
    }

    void taskFieldsMapToTheItem()
    {
        const auto feed = feedOf({taskObject(u"t-1"_s)});
        QCOMPARE(feed.items.size(), 1);
        const CacheItem item = toCacheItem(feed.items.first());
        QCOMPARE(item.remoteId, u"t-1"_s);
        QVERIFY(item.parentId.isEmpty());
        QCOMPARE(item.status, u"open"_s);
        QCOMPARE(item.amount.msat(), 1'000'000);
        QCOMPARE(item.title, u"Is t-1 still live?"_s);
        QCOMPARE(item.text, u"Does it return 200?"_s);
        QVERIFY(item.party.isEmpty()); // nobody claimed it yet
        QCOMPARE(item.createdAt, u"2026-09-21T14:13:20Z"_s);
        QCOMPARE(item.extra.value(u"task_type"_s).toString(), u"verify"_s);
        QCOMPARE(item.extra.value(u"worker_type"_s).toString(), u"human"_s);
        QCOMPARE(item.extra.value(u"trust_mode"_s).toString(), u"proof_required"_s);
        QCOMPARE(item.extra.value(u"context"_s).toString(), u"A shop page"_s);
        QCOMPARE(item.extra.value(u"url"_s).toString(), u"https://example.com"_s);
        // Absent fields add no keys: they would change the fingerprint for nothing.
        QVERIFY(!item.extra.contains(u"instructions"_s));
        QVERIFY(!item.extra.contains(u"claimed_at"_s));

        auto claimed = taskObject(u"t-2"_s, u"claimed"_s);
        claimed.insert(u"worker_id"_s, u"w-9"_s);
        claimed.insert(u"claimed_at"_s, u"2026-09-21T14:20:00Z"_s);
        const auto second = feedOf({claimed});
        QCOMPARE(second.items.size(), 1);
        const CacheItem c = toCacheItem(second.items.first());
        QCOMPARE(c.party, u"w-9"_s);
        QCOMPARE(c.status, u"claimed"_s);
        QCOMPARE(c.extra.value(u"claimed_at"_s).toString(), u"2026-09-21T14:20:00Z"_s);
    }

    void feedSnapshotsDiffInTheCache()
    {
        auto first =
            proofLayerFeedSnapshot(m_account, feedOf({taskObject(u"a"_s), taskObject(u"b"_s)}));
        QCOMPARE(first.accountId, m_account);
        QCOMPARE(first.kind, CacheKind::Task);
        QVERIFY(first.complete);
        auto changes = m_cache->apply(first, 1000);
        QVERIFY(changes);
        QCOMPARE(changes->inserted.size(), 2);

        // "a" got a bigger budget, "b" was claimed (it leaves the open feed), "c" is new.
        auto second = proofLayerFeedSnapshot(
            m_account, feedOf({taskObject(u"a"_s, u"open"_s, 2000), taskObject(u"c"_s)}));
        changes = m_cache->apply(second, 2000);
        QVERIFY(changes);
        QCOMPARE(changes->inserted, QStringList{u"c"_s});
        QCOMPARE(changes->updated, QStringList{u"a"_s});
        QCOMPARE(changes->removed, QStringList{u"b"_s});

        auto items = m_cache->items(m_account, CacheKind::Task);
        QVERIFY(items);
        QCOMPARE(ids(*items), (QStringList{u"a"_s, u"c"_s}));
        auto a = m_cache->item(m_account, CacheKind::Task, u"a"_s);
        QVERIFY(a && *a);
        QCOMPARE((*a)->amount.msat(), 2'000'000);
        QCOMPARE((*a)->extra.value(u"task_type"_s).toString(), u"verify"_s);

        // The same answer again changes nothing.
        changes = m_cache->apply(second, 3000);
        QVERIFY(changes);
        QVERIFY(changes->isEmpty());
    }

    void aFeedWithBadItemsRemovesNothing()
    {
        QVERIFY(m_cache->apply(
            proofLayerFeedSnapshot(m_account, feedOf({taskObject(u"a"_s), taskObject(u"b"_s)})),
            1000));
        // One hostile item: the rest is shown, but what is missing may only be unreadable.
        QJsonObject broken = taskObject(u"x"_s);
        broken.insert(u"budget_sats"_s, u"lots"_s);
        const auto feed = feedOf({taskObject(u"c"_s), broken});
        QCOMPARE(feed.skipped, 1);
        const auto snapshot = proofLayerFeedSnapshot(m_account, feed);
        QVERIFY(!snapshot.complete);
        auto changes = m_cache->apply(snapshot, 2000);
        QVERIFY(changes);
        QCOMPARE(changes->inserted, QStringList{u"c"_s});
        QVERIFY(changes->removed.isEmpty());
        auto items = m_cache->items(m_account, CacheKind::Task);
        QVERIFY(items);
        QCOMPARE(ids(*items), (QStringList{u"a"_s, u"b"_s, u"c"_s}));
    }

    void payoutsMapToPayoutItems()
    {
        const QJsonObject payout{{u"id"_s, u"p-1"_s},
                                 {u"task_id"_s, u"t-1"_s},
                                 {u"worker_id"_s, u"w-1"_s},
                                 {u"amount_sats"_s, 700},
                                 {u"platform_sats"_s, 300},
                                 {u"multiplier"_s, u"1.0"_s},
                                 {u"status"_s, u"paid"_s},
                                 {u"lightning_address"_s, u"carol@127.0.0.1:41234"_s},
                                 {u"payment_hash"_s, QString(64, u'a')},
                                 {u"created_at"_s, u"2026-09-21T14:13:21Z"_s},
                                 {u"updated_at"_s, u"2026-09-21T14:13:22Z"_s}};
        auto parsed = parseProofLayerPayouts(
            {{u"worker_id"_s, u"w-1"_s}, {u"payouts"_s, QJsonArray{payout}}});
        QVERIFY(parsed);
        const auto snapshot = proofLayerPayoutsSnapshot(m_account, *parsed);
        QCOMPARE(snapshot.kind, CacheKind::Payout);
        QVERIFY(snapshot.complete);
        QCOMPARE(snapshot.items.size(), 1);
        const CacheItem &item = snapshot.items.first();
        QCOMPARE(item.remoteId, u"p-1"_s);
        QCOMPARE(item.status, u"paid"_s);
        QCOMPARE(item.amount.msat(), 700'000);
        QCOMPARE(item.party, u"w-1"_s);
        QCOMPARE(item.extra.value(u"task_id"_s).toString(), u"t-1"_s);
        QCOMPARE(item.extra.value(u"platform_msat"_s).toInteger(), 300'000);
        QCOMPARE(item.extra.value(u"payment_hash"_s).toString(), QString(64, u'a'));
        auto changes = m_cache->apply(snapshot, 1000);
        QVERIFY(changes);
        QCOMPARE(changes->inserted, QStringList{u"p-1"_s});
    }
};

QTEST_GUILESS_MAIN(TestProofLayerCache)
#include "tst_prooflayercache.moc"
