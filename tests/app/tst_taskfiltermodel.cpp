// SPDX-License-Identifier: GPL-3.0-or-later
// The feed's filters, search and sort orders over a real feed, alone and combined, as the feed
// changes underneath; the proxy never resets.
#include "feedfixture.h"
#include "taskfeedmodel.h"
#include "taskfiltermodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace lw;
using namespace lwtest;
using namespace Qt::Literals::StringLiterals;

using R = TaskFeedModel;
using Sort = TaskFilterModel::SortOrder;

namespace {

constexpr qint64 day = 86'400'000;
// "Now" for the age filter: 2026-11-21T10:00:00Z plus ten days.
const qint64 now = QDateTime(QDate(2026, 12, 1), QTime(10, 0), Qt::UTC).toMSecsSinceEpoch();

CacheItem task(const QString &id, qint64 sats, const QString &title, int quotes = 0,
               const QString &created = u"2026-11-21T10:00:00Z"_s)
{
    CacheItem item = feedItem(id, sats);
    item.title = title;
    item.extra.insert(u"quote_count"_s, quotes);
    item.createdAt = created;
    return item;
}

} // namespace

class TestTaskFilterModel : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    FeedFixture m_f;
    std::unique_ptr<FeedSource> m_source;
    std::unique_ptr<TaskFeedModel> m_feed;
    std::unique_ptr<TaskFilterModel> m_filter;
    std::unique_ptr<QSignalSpy> m_resets;

    QStringList ids() const { return idsOf(*m_filter, R::TaskIdRole); }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_f.open(m_dir.path()));
        auto verify = task(u"p1"_s, 5000, u"Verify the Café Élan opening hours"_s, 4,
                           u"2026-11-30T10:00:00Z"_s);
        verify.extra.insert(u"task_type"_s, u"verify"_s);
        auto judge = task(u"p2"_s, 200, u"Judge two logos"_s, 0, u"2026-11-01T10:00:00Z"_s);
        judge.extra.insert(u"task_type"_s, u"judge"_s);
        judge.status = u"claimed"_s;
        m_f.sync(m_f.proof, {verify, judge}, 2000);
        auto resume = task(u"h1"_s, 1500, u"Polish my résumé"_s, 2, u"not a date"_s);
        resume.text = u"A naïve CV in Ångström units"_s;
        auto spam = task(u"h2"_s, 100, u"Cheap work"_s, 9);
        spam.party = u"spammer"_s;
        auto unknown = task(u"h3"_s, 0, u"Budget never sent"_s, 1);
        unknown.amount = MilliSats(-1);
        m_f.sync(m_f.hire, {resume, spam, unknown}, 1000);

        m_source = m_f.makeSource();
        m_feed = std::make_unique<TaskFeedModel>();
        m_feed->setSource(m_source.get());
        m_filter = std::make_unique<TaskFilterModel>();
        m_filter->setClock([] { return now; });
        new QAbstractItemModelTester(
            m_filter.get(), QAbstractItemModelTester::FailureReportingMode::Fatal, m_filter.get());
        m_filter->setSourceModel(m_feed.get());
        m_resets =
            std::make_unique<QSignalSpy>(m_filter.get(), &QAbstractItemModel::modelAboutToBeReset);
    }

    void cleanup()
    {
        QCOMPARE(m_resets->count(), 0); // filters and syncs never reset the view
        m_resets.reset();
        m_filter.reset();
        m_feed.reset();
        m_source.reset();
    }

    void newestFirstByDefault()
    {
        QCOMPARE(m_filter->count(), 5);
        // First sight, then creation (an unreadable date last).
        QCOMPARE(ids(), (QStringList{u"p1"_s, u"p2"_s, u"h2"_s, u"h3"_s, u"h1"_s}));
    }

    void sortsByBudgetAndQuotes()
    {
        QSignalSpy layout(m_filter.get(), &QAbstractItemModel::layoutChanged);
        m_filter->setSortOrder(Sort::Budget);
        QCOMPARE(ids(), (QStringList{u"p1"_s, u"h1"_s, u"p2"_s, u"h2"_s, u"h3"_s}));
        m_filter->setSortOrder(Sort::Quotes);
        QCOMPARE(ids(), (QStringList{u"p2"_s, u"h3"_s, u"h1"_s, u"p1"_s, u"h2"_s}));
        m_filter->setSortOrder(Sort::Newest);
        QCOMPARE(ids(), (QStringList{u"p1"_s, u"p2"_s, u"h2"_s, u"h3"_s, u"h1"_s}));
        QCOMPARE(layout.count(), 3);
    }

    void filtersByMarketStatusAndType()
    {
        QSignalSpy count(m_filter.get(), &TaskFilterModel::countChanged);
        m_filter->setMarket(u"ProofLayer"_s);
        QCOMPARE(ids(), (QStringList{u"p1"_s, u"p2"_s}));
        QCOMPARE(count.count(), 1);
        m_filter->setStatus(u"OPEN"_s);
        QCOMPARE(ids(), QStringList{u"p1"_s});
        m_filter->setStatus(QString());
        m_filter->setTaskType(u"Judge"_s);
        QCOMPARE(ids(), QStringList{u"p2"_s});
        m_filter->setMarket(u"402ai"_s);
        QCOMPARE(ids(), QStringList());
        m_filter->setTaskType(QString());
        QCOMPARE(ids(), (QStringList{u"h2"_s, u"h3"_s, u"h1"_s}));
        m_filter->setMarket(QString());
        QCOMPARE(m_filter->count(), 5);
    }

    //! Every change of count is announced, whichever way the rows went (to none and back).
    void countChangesAreAnnounced()
    {
        int announced = m_filter->count();
        connect(m_filter.get(), &TaskFilterModel::countChanged, this,
                [&] { announced = m_filter->count(); });
        const auto check = [&] { return announced == m_filter->count(); };
        m_filter->setSearchText(u"nothing matches this"_s);
        QCOMPARE(m_filter->count(), 0);
        QVERIFY(check());
        m_filter->setSearchText(QString());
        QCOMPARE(m_filter->count(), 5);
        QVERIFY(check());
        m_filter->setMarket(u"ProofLayer"_s);
        QVERIFY(check());
        m_filter->setMinBudgetSats(std::numeric_limits<qint64>::max());
        QCOMPARE(m_filter->count(), 0);
        QVERIFY(check());
        m_filter->setMinBudgetSats(0);
        m_filter->setMarket(QString());
        QCOMPARE(m_filter->count(), 5);
        QVERIFY(check());
    }

    void filtersByBudgetRange()
    {
        m_filter->setMinBudgetSats(200);
        QCOMPARE(ids(), (QStringList{u"p1"_s, u"p2"_s, u"h1"_s}));
        m_filter->setMaxBudgetSats(1500);
        QCOMPARE(ids(), (QStringList{u"p2"_s, u"h1"_s}));
        m_filter->setMinBudgetSats(0);
        // A bound hides tasks whose budget is unknown.
        QCOMPARE(ids(), (QStringList{u"p2"_s, u"h2"_s, u"h1"_s}));
        m_filter->setMaxBudgetSats(0);
        QCOMPARE(m_filter->count(), 5);
        m_filter->setMinBudgetSats(std::numeric_limits<qint64>::max()); // no overflow
        QCOMPARE(m_filter->count(), 0);
    }

    void filtersByAge()
    {
        m_filter->setMaxAgeDays(5); // p1 is a day old; h1's date is unreadable: first sight (1970)
        QCOMPARE(ids(), QStringList{u"p1"_s});
        m_filter->setMaxAgeDays(10);
        QCOMPARE(ids(), (QStringList{u"p1"_s, u"h2"_s, u"h3"_s}));
        m_filter->setClock([] { return now + 30 * day; });
        QCOMPARE(ids(), QStringList());
        m_filter->setMaxAgeDays(0);
        QCOMPARE(m_filter->count(), 5);
    }

    void searchIgnoresCaseAndAccents()
    {
        m_filter->setSearchText(u"cafe"_s);
        QCOMPARE(ids(), QStringList{u"p1"_s});
        m_filter->setSearchText(u"  ÉLAN  "_s);
        QCOMPARE(ids(), QStringList{u"p1"_s});
        m_filter->setSearchText(u"RESUME"_s);
        QCOMPARE(ids(), QStringList{u"h1"_s});
        m_filter->setSearchText(u"naive angstrom"_s); // description; every word must match
        QCOMPARE(ids(), QStringList{u"h1"_s});
        m_filter->setSearchText(u"naive logos"_s);
        QCOMPARE(ids(), QStringList());
        m_filter->setSearchText(u"Lögos"_s); // an accent in the query matches plain text
        QCOMPARE(ids(), QStringList{u"p2"_s});
        m_filter->setSearchText(u"description OF h2"_s);
        QCOMPARE(ids(), QStringList{u"h2"_s});
        m_filter->setSearchText(QString());
        QCOMPARE(m_filter->count(), 5);
        QCOMPARE(TaskFilterModel::fold(u"Ångström Œuvre ﬁx"_s), u"angstrom œuvre fix"_s);
    }

    void hidesBlockedParties()
    {
        m_filter->setBlockedParties({u"spammer"_s, u"buyer-p2"_s});
        QCOMPARE(ids(), (QStringList{u"p1"_s, u"h3"_s, u"h1"_s}));
        m_filter->setBlockedParties({});
        QCOMPARE(m_filter->count(), 5);
    }

    void combinesFiltersAndFollowsTheFeed()
    {
        m_filter->setMinBudgetSats(1000);
        m_filter->setSearchText(u"verify"_s);
        m_filter->setSortOrder(Sort::Budget);
        QCOMPARE(ids(), QStringList{u"p1"_s});
        QSignalSpy inserted(m_filter.get(), &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(m_filter.get(), &QAbstractItemModel::rowsRemoved);
        // A new match arrives, the old one drops below the budget.
        auto verify = task(u"p1"_s, 500, u"Verify the Café Élan opening hours"_s, 4,
                           u"2026-11-30T10:00:00Z"_s);
        verify.extra.insert(u"task_type"_s, u"verify"_s);
        auto judge = task(u"p2"_s, 200, u"Judge two logos"_s, 0, u"2026-11-01T10:00:00Z"_s);
        judge.extra.insert(u"task_type"_s, u"judge"_s);
        judge.status = u"claimed"_s;
        m_f.sync(m_f.proof,
                 {verify, judge, task(u"p3"_s, 9000, u"Verify a receipt"_s),
                  task(u"p4"_s, 90, u"Verify cheaply"_s)},
                 3000, m_source.get());
        QCOMPARE(ids(), QStringList{u"p3"_s});
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(removed.count(), 1);
        QCOMPARE(m_filter->count(), 1);
        // And leaves when it is gone from the market.
        m_f.sync(m_f.proof, {verify, judge}, 4000, m_source.get());
        QCOMPARE(ids(), QStringList());
    }
};

QTEST_GUILESS_MAIN(TestTaskFilterModel)
#include "tst_taskfiltermodel.moc"
