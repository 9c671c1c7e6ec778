// SPDX-License-Identifier: GPL-3.0-or-later
// The feed's filters, search and sort orders over a real feed, alone and combined, as the feed
// changes underneath; the proxy never resets.
#include "feedfixture.h"
#include "taskfeedmodel.h"
#include "taskfiltermodel.h"

#include <QAbstractItemModelTester>
#include <QRandomGenerator>
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

    // What a view shows of a row: the fields that change in place.
    static QString shown(const QAbstractItemModel &model, int row)
    {
        const QModelIndex i = model.index(row, 0);
        return i.data(R::TaskIdRole).toString() + u'|' + i.data(R::StatusRole).toString() + u'|'
               + i.data(R::BudgetTextRole).toString() + u'|'
               + QString::number(i.data(R::QuoteCountRole).toInt());
    }

    static QStringList allShown(const QAbstractItemModel &model)
    {
        QStringList rows;
        for (int row = 0; row < model.rowCount(); ++row)
            rows.append(shown(model, row));
        return rows;
    }

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

    //! Proxy rows whose source row does not map back to them, and source rows mapped to a
    //! proxy row that shows another task.
    int mappingProblems() const
    {
        int problems = 0;
        for (int row = 0; row < m_filter->rowCount(); ++row) {
            const QModelIndex proxy = m_filter->index(row, 0);
            if (m_filter->mapFromSource(m_filter->mapToSource(proxy)) != proxy)
                ++problems;
        }
        for (int row = 0; row < m_feed->rowCount(); ++row) {
            const QModelIndex source = m_feed->index(row, 0);
            const QModelIndex proxy = m_filter->mapFromSource(source);
            if (proxy.isValid()
                && proxy.data(TaskFeedModel::TaskIdRole) != source.data(TaskFeedModel::TaskIdRole))
                ++problems;
        }
        return problems;
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

    //! Random syncs (new, changed and gone tasks, budgets and quotes that move rows, statuses
    //! that hide them) under each sort order: following the feed signal by signal, the proxy
    //! always equals one built from scratch, and a copy kept only from its signals (as a view
    //! keeps its rows) equals both.
    void followsRandomSyncsLikeAFreshProxy()
    {
        QStringList mirror = allShown(*m_filter);
        int checkedRemovals = 0;
        int mappingFailures = 0;
        const auto connections = {
            connect(m_filter.get(), &QAbstractItemModel::rowsInserted, this,
                    [&](const QModelIndex &, int first, int last) {
                        for (int row = first; row <= last; ++row)
                            mirror.insert(row, shown(*m_filter, row));
                    }),
            connect(m_filter.get(), &QAbstractItemModel::rowsRemoved, this,
                    [&](const QModelIndex &, int first, int last) {
                        mirror.remove(first, last - first + 1);
                    }),
            connect(m_filter.get(), &QAbstractItemModel::dataChanged, this,
                    [&](const QModelIndex &from, const QModelIndex &to) {
                        for (int row = from.row(); row <= to.row(); ++row)
                            mirror[row] = shown(*m_filter, row);
                    }),
            connect(m_filter.get(), &QAbstractItemModel::layoutChanged, this,
                    [&] { mirror = allShown(*m_filter); }),
            // Between two removals of one change set the proxy has not renumbered its rows
            // yet: the mapping both ways must hold all the same.
            connect(m_feed.get(), &QAbstractItemModel::rowsRemoved, this,
                    [&] { ++checkedRemovals, mappingFailures += mappingProblems(); }),
        };
        QRandomGenerator rng(20261122);
        qint64 seen = 10'000;
        for (const Sort order : {Sort::Budget, Sort::Quotes, Sort::Newest}) {
            m_filter->setSortOrder(order);
            m_filter->setStatus(order == Sort::Quotes ? u"open"_s : QString());
            m_filter->setMinBudgetSats(order == Sort::Newest ? 40 : 0);
            for (int round = 0; round < 15; ++round) {
                QList<CacheItem> items;
                for (int i = 0; i < 80; ++i) {
                    const quint32 pick = rng.bounded(10u);
                    if (pick == 0)
                        continue; // gone, or not there yet
                    CacheItem item =
                        task(u"r%1"_s.arg(i, 3, 10, QLatin1Char('0')), 10 + rng.bounded(100),
                             u"Random task"_s, int(rng.bounded(4u)));
                    if (pick < 3)
                        item.status = u"claimed"_s;
                    items.append(item);
                }
                m_f.sync(round % 2 ? m_f.hire : m_f.proof, items, seen += 1000, m_source.get());
                TaskFilterModel fresh;
                fresh.setClock([] { return now; });
                fresh.setSortOrder(order);
                fresh.setStatus(m_filter->status());
                fresh.setMinBudgetSats(m_filter->minBudgetSats());
                fresh.setSourceModel(m_feed.get());
                QCOMPARE(allShown(*m_filter), allShown(fresh));
                QCOMPARE(mirror, allShown(*m_filter));
                QVERIFY(m_filter->count() > 0);
            }
        }
        for (const auto &c : connections)
            disconnect(c);
        QVERIFY(checkedRemovals > 20);
        QCOMPARE(mappingFailures, 0);
    }

    //! A change set of thousands of rows, one in ten removed: removals come as one signal
    //! per run of the proxy's rows, and the view's rows end as a fresh proxy's.
    void largeChangeSetStaysIncremental()
    {
        QList<CacheItem> items;
        for (int i = 0; i < 3000; ++i)
            items.append(task(u"b%1"_s.arg(i, 5, 10, QLatin1Char('0')), 100 + i % 7, u"Big"_s));
        m_f.sync(m_f.hire, items, 50'000, m_source.get());
        QCOMPARE(m_filter->count(), 3002); // and the two ProofLayer tasks
        QList<CacheItem> next;
        for (int i = 0; i < 3000; ++i) {
            if (i % 10 == 0)
                continue;
            CacheItem item = items[i];
            if (i % 10 < 5)
                item.status = u"claimed"_s;
            next.append(item);
        }
        for (int i = 3000; i < 4000; ++i)
            next.append(task(u"b%1"_s.arg(i, 5, 10, QLatin1Char('0')), 100, u"Big"_s));
        QSignalSpy removed(m_filter.get(), &QAbstractItemModel::rowsRemoved);
        QSignalSpy inserted(m_filter.get(), &QAbstractItemModel::rowsInserted);
        m_f.sync(m_f.hire, next, 60'000, m_source.get());
        QCOMPARE(m_filter->count(), 3002 - 300 + 1000);
        QCOMPARE(removed.count(), 300);
        QCOMPARE(inserted.count(), 1); // the new ones are newest: one block at the top
        TaskFilterModel fresh;
        fresh.setSourceModel(m_feed.get());
        QCOMPARE(allShown(*m_filter), allShown(fresh));
        m_filter->setStatus(u"claimed"_s); // a filter change is inserts and removals too
        QCOMPARE(m_filter->count(), 1200 + 1);
    }
};

QTEST_GUILESS_MAIN(TestTaskFilterModel)
#include "tst_taskfiltermodel.moc"
