// SPDX-License-Identifier: GPL-3.0-or-later
// The feed's block list over a real cache: blocked buyers and hidden tasks leave the feed
// source and its model at once, stay out of later change sets and of a fresh load, and come
// back when unblocked; the list is kept per profile.
#include "blocklist.h"
#include "feedfixture.h"
#include "taskfeedmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace lw;
using namespace lwtest;
using namespace Qt::Literals::StringLiterals;

namespace {

QStringList sourceIds(FeedSource &source)
{
    QStringList ids;
    for (const FeedTaskPtr &t : source.tasks())
        ids.append(t->remoteId);
    ids.sort();
    return ids;
}

qint64 profileIdOf(const Database &db, const QString &name)
{
    auto q = db.exec(u"SELECT id FROM profiles WHERE name = ?"_s, {name});
    return q && q->next() ? q->value(0).toLongLong() : 0;
}

} // namespace

class TestBlockList : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    FeedFixture m_f;
    std::unique_ptr<FeedSource> m_source;
    std::unique_ptr<TaskFeedModel> m_model;
    qint64 m_profile = 0;

    QStringList modelIds() const
    {
        QStringList ids = idsOf(*m_model, TaskFeedModel::TaskIdRole);
        ids.sort();
        return ids;
    }

    // Three tasks of the hire account; t2 and t3 share a buyer.
    QList<CacheItem> items() const
    {
        QList<CacheItem> list{feedItem(u"t1"_s), feedItem(u"t2"_s), feedItem(u"t3"_s)};
        list[2].party = list[1].party;
        return list;
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_f.open(m_dir.path()));
        m_profile = profileIdOf(m_f.db(), u"me"_s);
        QVERIFY(m_profile > 0);
        m_f.sync(m_f.hire, items(), 1'000);
        m_source = m_f.makeSource();
        m_source->setProfile(m_profile);
        new QAbstractItemModelTester(m_source->blockList(),
                                     QAbstractItemModelTester::FailureReportingMode::Fatal,
                                     m_source.get());
        m_model = std::make_unique<TaskFeedModel>();
        new QAbstractItemModelTester(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::Fatal, m_model.get());
        m_model->setSource(m_source.get());
    }

    void cleanup()
    {
        m_model.reset();
        m_source.reset();
    }

    void blockingABuyerHidesAllOfItsTasksAndUnblockingBringsThemBack()
    {
        const QStringList all{u"t1"_s, u"t2"_s, u"t3"_s};
        QCOMPARE(modelIds(), all);
        QSignalSpy resets(m_model.get(), &QAbstractItemModel::modelAboutToBeReset);

        QVERIFY(m_source->blockBuyer(m_f.hire, u"t2"_s));
        QCOMPARE(modelIds(), QStringList{u"t1"_s});
        QCOMPARE(sourceIds(*m_source), QStringList{u"t1"_s});
        QCOMPARE(m_source->blockList()->count(), 1);
        QCOMPARE(
            m_source->blockList()->index(0, 0).data(BlockList::KindRole).value<BlockList::Kind>(),
            BlockList::Kind::Buyer);
        QCOMPARE(m_source->blockList()->index(0, 0).data(BlockList::ValueRole).toString(),
                 u"buyer-t2"_s);
        // Blocking twice adds nothing.
        QVERIFY(m_source->blockBuyer(m_f.hire, u"t3"_s));
        QCOMPARE(m_source->blockList()->count(), 1);

        // A later change set with a new task of that buyer does not show it.
        QList<CacheItem> later = items();
        CacheItem t4 = feedItem(u"t4"_s);
        t4.party = later[1].party;
        later.append(t4);
        later.append(feedItem(u"t5"_s));
        QSignalSpy arrived(m_source.get(), &FeedSource::tasksArrived);
        m_f.sync(m_f.hire, later, 2'000, m_source.get());
        QCOMPARE(modelIds(), (QStringList{u"t1"_s, u"t5"_s}));
        QCOMPARE(arrived.count(), 1);
        const auto arrivedTasks = arrived.at(0).at(1).value<QList<FeedTaskPtr>>();
        QCOMPARE(arrivedTasks.size(), 1); // t4 is blocked: not news either
        QCOMPARE(arrivedTasks.constFirst()->remoteId, u"t5"_s);

        QVERIFY(m_source->blockList()->unblock(0));
        QCOMPARE(m_source->blockList()->count(), 0);
        QCOMPARE(modelIds(), (QStringList{u"t1"_s, u"t2"_s, u"t3"_s, u"t4"_s, u"t5"_s}));
        QCOMPARE(sourceIds(*m_source), modelIds());
        QCOMPARE(resets.count(), 0);
    }

    void hidingATaskHidesOnlyThatTask()
    {
        QVERIFY(m_source->hideTask(m_f.hire, u"t2"_s));
        QCOMPARE(modelIds(), (QStringList{u"t1"_s, u"t3"_s}));
        QCOMPARE(m_source->blockList()->index(0, 0).data(BlockList::LabelRole).toString(),
                 u"Task t2"_s);
        // An update of the hidden task stays hidden.
        QList<CacheItem> later = items();
        later[1].status = u"accepted"_s;
        m_f.sync(m_f.hire, later, 2'000, m_source.get());
        QCOMPARE(modelIds(), (QStringList{u"t1"_s, u"t3"_s}));
        // The same id in another account is another task.
        m_f.sync(m_f.proof, {feedItem(u"t2"_s)}, 2'000, m_source.get());
        QCOMPARE(modelIds(), (QStringList{u"t1"_s, u"t2"_s, u"t3"_s}));

        QVERIFY(m_source->blockList()->unblock(0));
        QCOMPARE(modelIds(), (QStringList{u"t1"_s, u"t2"_s, u"t2"_s, u"t3"_s}));
    }

    void unknownTasksAndBadRowsAreRefused()
    {
        QVERIFY(!m_source->hideTask(m_f.hire, u"nope"_s));
        QVERIFY(!m_source->blockBuyer(m_f.hire + 1000, u"t1"_s));
        QVERIFY(!m_source->blockList()->unblock(0));
        QVERIFY(!m_source->blockList()->unblock(-1));
        QCOMPARE(m_source->blockList()->count(), 0);
        QCOMPARE(modelIds().size(), 3);
    }

    void theListIsKeptPerProfileAndAcrossRestarts()
    {
        QVERIFY(m_source->blockBuyer(m_f.hire, u"t1"_s));
        // A new source (a restart) reads the list and never shows the rows.
        auto again = m_f.makeSource();
        again->setProfile(m_profile);
        QCOMPARE(sourceIds(*again), (QStringList{u"t2"_s, u"t3"_s}));
        // Another profile has its own (empty) list: switching re-reads the rows.
        AccountStore accounts(m_f.db());
        auto other = accounts.addProfile(u"other"_s);
        QVERIFY(other);
        QSignalSpy changed(again.get(), &FeedSource::tasksChanged);
        again->setProfile(other->id);
        QCOMPARE(again->blockList()->count(), 0);
        QVERIFY(changed.count() > 0);
        QCOMPARE(sourceIds(*again), (QStringList{u"t1"_s, u"t2"_s, u"t3"_s}));
        again->setProfile(m_profile);
        QCOMPARE(again->blockList()->count(), 1);
        QCOMPARE(sourceIds(*again), (QStringList{u"t2"_s, u"t3"_s}));
    }
};

QTEST_GUILESS_MAIN(TestBlockList)
#include "tst_blocklist.moc"
