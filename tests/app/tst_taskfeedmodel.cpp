// SPDX-License-Identifier: GPL-3.0-or-later
// The feed model over a real cache: loading, change sets applied as inserts, updates and
// removals (never a reset), two accounts, hostile data, "new" highlights.
#include "common/safetext.h"
#include "feedfixture.h"
#include "feedquery.h"
#include "taskfeedmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace lw;
using namespace lwtest;
using namespace Qt::Literals::StringLiterals;

using R = TaskFeedModel;

class TestTaskFeedModel : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    FeedFixture m_f;
    std::unique_ptr<FeedSource> m_source;
    std::unique_ptr<TaskFeedModel> m_model;
    std::unique_ptr<QSignalSpy> m_resets;

    QVariant at(int row, int role) const { return m_model->index(row, 0).data(role); }

    // Attaches the model (with its tester) to a source over the cache as it is now.
    void attach()
    {
        m_source = m_f.makeSource();
        m_model->setSource(m_source.get());
        m_model->waitUntilLoaded();
        m_resets =
            std::make_unique<QSignalSpy>(m_model.get(), &QAbstractItemModel::modelAboutToBeReset);
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_f.open(m_dir.path()));
        m_model = std::make_unique<TaskFeedModel>();
        new QAbstractItemModelTester(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::Fatal, m_model.get());
    }

    void cleanup()
    {
        if (m_resets)
            QCOMPARE(m_resets->count(), 0); // no sync ever resets the model
        m_resets.reset();
        m_model.reset();
        m_source.reset();
    }

    void loadsEveryAccountNewestFirst()
    {
        m_f.sync(m_f.hire, {feedItem(u"a2"_s), feedItem(u"a1"_s)}, 1000);
        auto b = feedItem(u"b1"_s, 2500);
        b.extra.insert(u"task_type"_s, u"verify"_s);
        b.extra.insert(u"quote_count"_s, 3);
        m_f.sync(m_f.proof, {b}, 2000);
        attach();
        QCOMPARE(m_model->count(), 3);
        QCOMPARE(idsOf(*m_model, R::TaskIdRole), (QStringList{u"b1"_s, u"a1"_s, u"a2"_s}));
        QCOMPARE(at(0, R::AccountIdRole).toLongLong(), m_f.proof);
        QCOMPARE(at(0, R::MarketRole).toString(), u"ProofLayer"_s);
        QCOMPARE(at(1, R::MarketRole).toString(), u"402ai"_s);
        QCOMPARE(at(0, R::TitleRole).toString(), u"Task b1"_s);
        QCOMPARE(at(0, R::DescriptionRole).toString(), u"Description of b1"_s);
        QCOMPARE(at(0, R::StatusRole).toString(), u"open"_s);
        QCOMPARE(at(0, R::TaskTypeRole).toString(), u"verify"_s);
        QCOMPARE(at(1, R::TaskTypeRole).toString(), QString());
        QCOMPARE(at(0, R::BudgetSatsRole).toLongLong(), 2500);
        QCOMPARE(at(0, R::BudgetTextRole).toString(), u"2500 sat"_s);
        QCOMPARE(at(0, R::QuoteCountRole).toInt(), 3);
        QCOMPARE(at(0, R::CreatedAtRole).toDateTime(),
                 QDateTime(QDate(2026, 11, 21), QTime(10, 0), Qt::UTC));
        QCOMPARE(at(0, R::FirstSeenRole).toDateTime().toMSecsSinceEpoch(), 2000);
        QCOMPARE(at(0, R::PartyRole).toString(), u"buyer-b1"_s);
        QCOMPARE(at(0, R::IsNewRole).toBool(), false);
        QCOMPARE(m_model->lastSynced().toMSecsSinceEpoch(), 2000);
        const auto names = m_model->roleNames();
        for (const char *name :
             {"taskId", "accountId", "market", "title", "description", "status", "taskType",
              "budgetSats", "budgetText", "quoteCount", "createdAt", "firstSeen", "isNew", "party"})
            QVERIFY2(names.values().contains(QByteArray(name)), name);
    }

    void insertsAppearAboveWithoutMovingRows()
    {
        m_f.sync(m_f.hire, {feedItem(u"a1"_s), feedItem(u"a2"_s)}, 1000);
        attach();
        const QPersistentModelIndex a1 = m_model->index(0, 0);
        QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
        QSignalSpy count(m_model.get(), &TaskFeedModel::countChanged);
        m_f.sync(m_f.hire,
                 {feedItem(u"a1"_s), feedItem(u"a2"_s), feedItem(u"a3"_s), feedItem(u"a4"_s)}, 2000,
                 m_source.get());
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted[0][1].toInt(), 0);
        QCOMPARE(inserted[0][2].toInt(), 1);
        QCOMPARE(count.count(), 1);
        QCOMPARE(idsOf(*m_model, R::TaskIdRole), (QStringList{u"a3"_s, u"a4"_s, u"a1"_s, u"a2"_s}));
        QCOMPARE(a1.data(R::TaskIdRole).toString(), u"a1"_s);
        QCOMPARE(a1.row(), 2);
    }

    void updatesSignalExactlyTheChangedRows()
    {
        m_f.sync(m_f.hire, feedItems(u"a"_s, 0, 6), 1000);
        attach();
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
        auto items = feedItems(u"a"_s, 0, 6);
        items[1].status = u"awarded"_s;                 // row 1
        items[2].amount = MilliSats(7000);              // row 2: next to row 1, one range
        items[4].extra.insert(u"quote_count"_s, 2);     // row 4: its own range
        items[5].updatedAt = u"2026-11-22T00:00:00Z"_s; // not shown: no signal
        m_f.sync(m_f.hire, items, 2000, m_source.get());
        QCOMPARE(inserted.count(), 0);
        QCOMPARE(removed.count(), 0);
        QCOMPARE(changed.count(), 2);
        QCOMPARE(changed[0][0].toModelIndex().row(), 1);
        QCOMPARE(changed[0][1].toModelIndex().row(), 2);
        const auto roles0 = changed[0][2].value<QList<int>>();
        QVERIFY(roles0.contains(R::StatusRole));
        QVERIFY(roles0.contains(R::BudgetSatsRole));
        QVERIFY(roles0.contains(R::BudgetTextRole));
        QVERIFY(!roles0.contains(R::TitleRole));
        QCOMPARE(changed[1][0].toModelIndex().row(), 4);
        QCOMPARE(changed[1][1].toModelIndex().row(), 4);
        QCOMPARE(changed[1][2].value<QList<int>>(), QList<int>{R::QuoteCountRole});
        QCOMPARE(at(1, R::StatusRole).toString(), u"awarded"_s);
        QCOMPARE(at(2, R::BudgetSatsRole).toLongLong(), 7);
        QCOMPARE(at(4, R::QuoteCountRole).toInt(), 2);
    }

    void removalsRemoveRowsInRanges()
    {
        m_f.sync(m_f.hire, feedItems(u"a"_s, 0, 6), 1000);
        attach();
        QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
        auto items = feedItems(u"a"_s, 0, 6);
        items.removeAt(5);
        items.removeAt(2);
        items.removeAt(1); // rows 1-2 (one range) and 5
        m_f.sync(m_f.hire, items, 2000, m_source.get());
        QCOMPARE(removed.count(), 2);
        // Top down: the second range is numbered after the first has gone.
        QCOMPARE(removed[0][1].toInt(), 1);
        QCOMPARE(removed[0][2].toInt(), 2);
        QCOMPARE(removed[1][1].toInt(), 3);
        QCOMPARE(removed[1][2].toInt(), 3);
        QCOMPARE(idsOf(*m_model, R::TaskIdRole),
                 (QStringList{u"a00000"_s, u"a00003"_s, u"a00004"_s}));
    }

    //! Between two removals of one change set, every row reads as the task now in that place
    //! (the model closes the gaps as it goes), before and after each signal.
    void scatteredRemovalsReadConsistently()
    {
        m_f.sync(m_f.hire, feedItems(u"a"_s, 0, 30), 1000);
        attach();
        QStringList shadow = idsOf(*m_model, R::TaskIdRole);
        const auto rowsNow = [this] { return idsOf(*m_model, R::TaskIdRole); };
        int checks = 0;
        connect(m_model.get(), &QAbstractItemModel::rowsAboutToBeRemoved, this,
                [&](const QModelIndex &, int first, int last) {
                    QCOMPARE(rowsNow(), shadow);
                    shadow.remove(first, last - first + 1);
                });
        connect(m_model.get(), &QAbstractItemModel::rowsRemoved, this, [&] {
            QCOMPARE(rowsNow(), shadow);
            ++checks;
        });
        QList<CacheItem> kept;
        const QList<CacheItem> all = feedItems(u"a"_s, 0, 30);
        for (qsizetype i = 0; i < all.size(); ++i) {
            if (i % 7 != 0 && i % 7 != 3 && i != 29)
                kept.append(all[i]);
        }
        m_f.sync(m_f.hire, kept, 2000, m_source.get());
        QCOMPARE(checks, 9); // 0, 3, 7, 10, 14, 17, 21, 24, 28-29
        QCOMPARE(m_model->count(), kept.size());
        QCOMPARE(rowsNow(), shadow);
        for (const CacheItem &item : kept)
            QVERIFY(shadow.contains(item.remoteId));
    }

    void twoAccountsInterleave()
    {
        m_f.sync(m_f.hire, {feedItem(u"a1"_s), feedItem(u"a2"_s)}, 1000);
        attach();
        m_f.sync(m_f.proof, {feedItem(u"b1"_s)}, 1500, m_source.get());
        m_f.sync(m_f.hire, {feedItem(u"a1"_s), feedItem(u"a2"_s), feedItem(u"a3"_s)}, 2000,
                 m_source.get());
        m_f.sync(m_f.proof, {feedItem(u"b1"_s), feedItem(u"b2"_s)}, 2000, m_source.get());
        // Same first sight: the account with the lower id first.
        QCOMPARE(idsOf(*m_model, R::TaskIdRole),
                 (QStringList{u"a3"_s, u"b2"_s, u"b1"_s, u"a1"_s, u"a2"_s}));
        // A removal in one account leaves the other's row of the same id alone.
        m_f.sync(m_f.proof, {feedItem(u"a1"_s)}, 3000, m_source.get());
        QCOMPARE(idsOf(*m_model, R::TaskIdRole), (QStringList{u"a1"_s, u"a3"_s, u"a1"_s, u"a2"_s}));
        QCOMPARE(at(0, R::AccountIdRole).toLongLong(), m_f.proof);
        QCOMPARE(at(2, R::AccountIdRole).toLongLong(), m_f.hire);
        // What the model shows is what a fresh load of the cache shows.
        TaskFeedModel fresh;
        fresh.setSource(m_source.get());
        fresh.waitUntilLoaded();
        QCOMPARE(idsOf(fresh, R::TaskIdRole), idsOf(*m_model, R::TaskIdRole));
    }

    //! A window gets the first screenful at once; the other rows are read on another thread
    //! and arrive as one insert below it, in the order a full read gives.
    void firstScreenfulFirstThenTheRest()
    {
        const int total = TaskFeedModel::firstScreenRows * 3 + 7;
        m_f.sync(m_f.hire, feedItems(u"a"_s, 0, total - 40), 1000);
        m_f.sync(m_f.proof, feedItems(u"p"_s, 0, 40), 1500);
        m_source = m_f.makeSource();
        const QStringList everything = [this] {
            QStringList ids;
            for (const FeedTaskPtr &t : m_source->tasks())
                ids.append(t->remoteId);
            return ids;
        }();
        QCOMPARE(everything.size(), total);
        QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
        QSignalSpy loading(m_model.get(), &TaskFeedModel::loadingChanged);
        m_model->setSource(m_source.get());
        QCOMPARE(m_model->count(), TaskFeedModel::firstScreenRows);
        QVERIFY(m_model->loading());
        QCOMPARE(idsOf(*m_model, R::TaskIdRole), everything.first(TaskFeedModel::firstScreenRows));
        QTRY_VERIFY(!m_model->loading()); // on its own, through the event loop
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted.first().at(1).toInt(), TaskFeedModel::firstScreenRows);
        QCOMPARE(loading.count(), 2);
        QCOMPARE(idsOf(*m_model, R::TaskIdRole), everything);

        // A change set that comes while the rest is on its way applies to the whole list: the
        // rest is taken in first, then a row of it and one of the first screenful go.
        m_model->setSource(nullptr);
        m_model->setSource(m_source.get());
        QVERIFY(m_model->loading());
        auto items = feedItems(u"a"_s, 0, total - 40);
        items.removeAt(items.size() - 1); // far below the first screenful
        items.removeAt(0);
        m_f.sync(m_f.hire, items, 2000, m_source.get());
        QVERIFY(!m_model->loading());
        QCOMPARE(m_model->count(), total - 2);
        TaskFeedModel fresh;
        fresh.setSource(m_source.get());
        fresh.waitUntilLoaded();
        QCOMPARE(idsOf(*m_model, R::TaskIdRole), idsOf(fresh, R::TaskIdRole));

        // A new source while the rest of the old one is on its way: the old rows never come.
        auto other = m_f.makeSource();
        m_model->setSource(nullptr);
        m_model->setSource(m_source.get());
        QVERIFY(m_model->loading());
        m_model->setSource(other.get());
        m_model->waitUntilLoaded();
        QCOMPARE(idsOf(*m_model, R::TaskIdRole), idsOf(fresh, R::TaskIdRole));
        QTest::qWait(50); // the first read ends too; nothing of it arrives
        QCOMPARE(m_model->count(), total - 2);
        m_model->setSource(nullptr);
        m_resets.reset(); // this test resets on purpose
    }

    void largeChangeSetIsAHandfulOfSignals()
    {
        m_f.sync(m_f.hire, feedItems(u"a"_s, 0, 300), 1000);
        attach();
        QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        auto items = feedItems(u"a"_s, 100, 700); // 0-99 gone, 300-699 new
        for (int i = 0; i < 200; i += 2)          // every other old row updated
            items[i].status = u"claimed"_s;
        m_f.sync(m_f.hire, items, 2000, m_source.get());
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(removed.count(), 1);
        QCOMPARE(changed.count(), 1); // 100 separate rows, one covering range
        QCOMPARE(m_model->count(), 600);
        TaskFeedModel fresh;
        fresh.setSource(m_source.get());
        fresh.waitUntilLoaded();
        QCOMPARE(idsOf(fresh, R::TaskIdRole), idsOf(*m_model, R::TaskIdRole));
        QCOMPARE(idsOf(fresh, R::StatusRole), idsOf(*m_model, R::StatusRole));
    }

    void changedIdsGoneFromTheCacheAreRemoved()
    {
        m_f.sync(m_f.hire, {feedItem(u"a1"_s), feedItem(u"a2"_s)}, 1000);
        attach();
        m_f.sync(m_f.hire, {feedItem(u"a1"_s)}, 2000); // not announced
        ChangeSet late;
        late.updated = {u"a2"_s};
        m_source->apply(m_f.hire, CacheKind::Task, QString(), late);
        QCOMPARE(idsOf(*m_model, R::TaskIdRole), QStringList{u"a1"_s});
    }

    void otherKindsAndUnknownAccountsAreIgnored()
    {
        m_f.sync(m_f.hire, {feedItem(u"a1"_s)}, 1000);
        attach();
        ChangeSet c;
        c.removed = {u"a1"_s};
        m_source->apply(m_f.hire, CacheKind::Quote, u"a1"_s, c);
        m_source->apply(m_f.hire + 1000, CacheKind::Task, QString(), c);
        QCOMPARE(m_model->count(), 1);
    }

    void hostileDataIsShownSafely()
    {
        QList<CacheItem> items;
        auto untitled = feedItem(u"h1"_s);
        untitled.title.clear();
        untitled.createdAt = u"yesterday-ish"_s;
        untitled.extra.insert(u"quote_count"_s, u"many"_s);
        auto negative = feedItem(u"h2"_s);
        negative.amount = MilliSats(-5000);
        negative.createdAt = u"2026-13-45T99:00:00Z"_s;
        negative.extra.insert(u"quote_count"_s, -4);
        auto huge = feedItem(u"h3"_s);
        huge.amount = MilliSats(MilliSats::maxMoneyMsat + 1);
        huge.createdAt = QString(100'000, u'9');
        huge.extra.insert(u"quote_count"_s, 1e300);
        auto big = feedItem(u"h4"_s);
        big.text = QString(1'000'000, u'x');
        big.title = u"Pay \u202Eyou\u202C\u0000now\nplease\t\u200Bok"_s;
        big.party = u"evil\r\nparty"_s;
        big.status = QString(5000, u's');
        big.extra.insert(u"task_type"_s, QJsonArray{1, 2});
        items << untitled << negative << huge << big;
        m_f.sync(m_f.hire, items, 1000);
        attach();
        QCOMPARE(m_model->count(), 4);
        QCOMPARE(at(0, R::TitleRole).toString(), u"Untitled task"_s);
        QVERIFY(!at(0, R::CreatedAtRole).toDateTime().isValid());
        QCOMPARE(at(0, R::QuoteCountRole).toInt(), 0);
        QCOMPARE(at(1, R::BudgetSatsRole).toLongLong(), 0);
        QCOMPARE(at(1, R::BudgetTextRole).toString(), u"Budget unknown"_s);
        QVERIFY(!at(1, R::CreatedAtRole).toDateTime().isValid());
        QCOMPARE(at(1, R::QuoteCountRole).toInt(), 0);
        QCOMPARE(at(2, R::BudgetTextRole).toString(), u"Budget unknown"_s);
        QVERIFY(!at(2, R::CreatedAtRole).toDateTime().isValid());
        QCOMPARE(at(2, R::QuoteCountRole).toInt(), INT_MAX);
        const QString description = at(3, R::DescriptionRole).toString();
        QCOMPARE(description.size(), FeedTask::descriptionLimit + 1);
        QVERIFY(description.endsWith(u'…'));
        QVERIFY(at(3, R::StatusRole).toString().size() <= FeedTask::wordLimit + 1);
        QCOMPARE(at(3, R::TaskTypeRole).toString(), QString());
        for (int role : {int(R::TitleRole), int(R::PartyRole), int(R::DescriptionRole)}) {
            const QString text = at(3, role).toString();
            for (const QChar c : text) {
                QVERIFY2(c.category() != QChar::Other_Control
                             && c.category() != QChar::Other_Format,
                         qPrintable(u"U+%1 in role %2"_s.arg(c.unicode(), 4, 16).arg(role)));
            }
        }
        // Invisible characters stay visible as escapes; line breaks become spaces.
        QCOMPARE(at(3, R::TitleRole).toString(),
                 u"Pay \\u{202e}you\\u{202c}\\u{0000}now please \\u{200b}ok"_s);
        QCOMPARE(at(3, R::PartyRole).toString(), u"evil party"_s);
    }

    //! Long text is checked a block of characters at a time: a character that must be shown
    //! as an escape is found wherever it sits, as the character-by-character rule finds it.
    void escapesAnywhereInLongText()
    {
        const QStringList odd = {u"\u0001"_s, u"\u007f"_s, u"\\"_s,         u"\u202e"_s,
                                 u"\u200b"_s, u"\u00ad"_s, u"\U0001F600"_s, u"\u00e9"_s};
        FeedTaskReader reader;
        for (const qsizetype at : {0, 1, 31, 32, 33, 63, 64, 65, 250, 299}) {
            for (const QString &c : odd) {
                RawTask raw;
                raw.remoteId = u"t"_s;
                raw.text = QString(300, u'a');
                raw.text.insert(at, c);
                const FeedTaskPtr task = reader.read(1, raw);
                const QString shown = task->descriptionAscii
                                          ? QString::fromLatin1(task->description)
                                          : QString::fromUtf8(task->description);
                QCOMPARE(shown, displayText(QStringView(raw.text)));
                QVERIFY2(
                    shown != raw.text || c == u"\U0001F600"_s || c == u"\u00e9"_s,
                    qPrintable(u"U+%1 at %2 left as it is"_s.arg(c[0].unicode(), 4, 16).arg(at)));
            }
        }
        RawTask clean;
        clean.text = QString(300, u'a') + u" b~c"_s;
        QCOMPARE(QString::fromLatin1(reader.read(1, clean)->description), clean.text);
    }

    void queryReadsWhatTheCacheReads()
    {
        auto odd = feedItem(u"q1"_s, 3);
        odd.extra.insert(u"quote_count"_s, u"7"_s);      // a string: not a count
        odd.extra.insert(u"task_type"_s, QJsonArray{1}); // not a word
        auto typed = feedItem(u"q2"_s, 9);
        typed.extra.insert(u"quote_count"_s, 2.5);
        typed.extra.insert(u"task_type"_s, u"judge"_s);
        auto bare = feedItem(u"q3"_s);
        bare.extra = {};
        bare.title = u"  spaced\nout  "_s;
        m_f.sync(m_f.hire, {odd, typed, bare}, 1000);
        m_f.sync(m_f.hire, {odd, typed, bare, feedItem(u"q4"_s)}, 2000);
        FeedTaskReader reader;
        auto viaQuery = FeedQuery(m_f.db()).all(m_f.hire, reader);
        auto viaCache = m_f.cache->items(m_f.hire, CacheKind::Task);
        QVERIFY(viaQuery && viaCache);
        QCOMPARE(viaQuery->size(), viaCache->size());
        for (qsizetype i = 0; i < viaCache->size(); ++i) {
            const FeedTask &a = *viaQuery->at(i);
            const FeedTask &b = *reader.read(m_f.hire, viaCache->at(i));
            QCOMPARE(a.remoteId, b.remoteId);
            QCOMPARE(a.title, b.title);
            QCOMPARE(a.description, b.description);
            QCOMPARE(a.status, b.status);
            QCOMPARE(a.taskType, b.taskType);
            QCOMPARE(a.party, b.party);
            QCOMPARE(a.budgetMsat, b.budgetMsat);
            QCOMPARE(a.quoteCount, b.quoteCount);
            QCOMPARE(a.createdAtMs, b.createdAtMs);
            QCOMPARE(a.firstSeenMs, b.firstSeenMs);
        }
        QCOMPARE(viaQuery->at(0)->remoteId, u"q4"_s);
        QCOMPARE(viaQuery->at(2)->quoteCount, 2);
        QCOMPARE(viaQuery->at(2)->taskType, u"judge"_s);
        QCOMPARE(viaQuery->at(1)->quoteCount, 0);
        QCOMPARE(viaQuery->at(1)->taskType, QString());
        QCOMPARE(viaQuery->at(3)->title, u"spaced out"_s);
        auto some = FeedQuery(m_f.db()).byIds(m_f.hire, {u"q2"_s, u"nope"_s, u"q4"_s}, reader);
        QVERIFY(some);
        QStringList ids;
        for (const FeedTaskPtr &t : std::as_const(*some))
            ids.append(t->remoteId);
        ids.sort();
        QCOMPARE(ids, (QStringList{u"q2"_s, u"q4"_s}));
    }

    void timestampsAreReadInTheirCommonShapes()
    {
        const auto ms = [](const char *iso) {
            return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODateWithMs)
                .toMSecsSinceEpoch();
        };
        using F = FeedTaskReader;
        QCOMPARE(F::parseTimestamp(u"2026-11-21T10:00:00Z"_s), ms("2026-11-21T10:00:00Z"));
        QCOMPARE(F::parseTimestamp(u"2026-11-21T11:30:00+01:30"_s), ms("2026-11-21T10:00:00Z"));
        QCOMPARE(F::parseTimestamp(u"2026-11-21T05:00:00.250-05:00"_s),
                 ms("2026-11-21T10:00:00.250Z"));
        QCOMPARE(F::parseTimestamp(u"2026-11-21 10:00:00"_s), ms("2026-11-21T10:00:00Z"));
        QCOMPARE(F::parseTimestamp(u"2024-02-29T00:00Z"_s), ms("2024-02-29T00:00:00Z"));
        QCOMPARE(F::parseTimestamp(u"1969-12-31T23:59:59Z"_s), -1000);
        QCOMPARE(F::parseTimestamp(u"2026-11-21"_s), ms("2026-11-21T00:00:00Z"));
        for (const QString &bad :
             {u""_s, u"garbage"_s, u"2026-02-29T00:00:00Z"_s, u"2026-11-21T25:00:00Z"_s,
              u"2026-11-21T10:00:00+25:00"_s, u"2026-11-21T10:00:00Zjunk"_s, u"２０２６-11-21"_s})
            QVERIFY2(F::parseTimestamp(bad) == FeedTask::noTime, qPrintable(bad));
    }

    void newRowsAndMarkAllSeen()
    {
        m_f.sync(m_f.hire, {feedItem(u"a1"_s)}, 1000);
        attach();
        QCOMPARE(m_model->newCount(), 0);
        QCOMPARE(m_model->seenMark().toMSecsSinceEpoch(), 1000);
        QSignalSpy newCount(m_model.get(), &TaskFeedModel::newCountChanged);
        m_f.sync(m_f.hire, {feedItem(u"a1"_s), feedItem(u"a2"_s), feedItem(u"a3"_s)}, 2000,
                 m_source.get());
        QCOMPARE(m_model->newCount(), 2);
        QCOMPARE(newCount.count(), 1);
        QCOMPARE(at(0, R::IsNewRole).toBool(), true);
        QCOMPARE(at(1, R::IsNewRole).toBool(), true);
        QCOMPARE(at(2, R::IsNewRole).toBool(), false);
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        m_model->markAllSeen();
        QCOMPARE(m_model->newCount(), 0);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed[0][0].toModelIndex().row(), 0);
        QCOMPARE(changed[0][1].toModelIndex().row(), 1);
        QCOMPARE(changed[0][2].value<QList<int>>(), QList<int>{R::IsNewRole});
        QCOMPARE(at(0, R::IsNewRole).toBool(), false);
        // A restored, older mark makes them new again.
        m_model->setSeenMark(QDateTime::fromMSecsSinceEpoch(500, Qt::UTC));
        QCOMPARE(m_model->newCount(), 3);
        QCOMPARE(at(2, R::IsNewRole).toBool(), true);
    }

    void lastSyncedFollowsTheEngines()
    {
        m_f.sync(m_f.hire, {feedItem(u"a1"_s)}, 1000);
        attach();
        QSignalSpy synced(m_model.get(), &TaskFeedModel::lastSyncedChanged);
        m_f.sync(m_f.proof, {feedItem(u"b1"_s)}, 4000, m_source.get());
        QCOMPARE(m_model->lastSynced().toMSecsSinceEpoch(), 4000);
        QCOMPARE(m_source->lastSyncedMs(m_f.hire), 1000);
        m_source->noteSynced(m_f.hire, 5000);
        QCOMPARE(m_model->lastSynced().toMSecsSinceEpoch(), 5000);
        QCOMPARE(m_source->lastSyncedMs(m_f.hire), 5000);
        m_source->noteSynced(m_f.hire, 10); // an older clock never moves it back
        QCOMPARE(m_source->lastSyncedMs(m_f.hire), 5000);
        QCOMPARE(synced.count(), 2);
    }

    void accountsComeAndGoWithoutReset()
    {
        m_f.sync(m_f.hire, {feedItem(u"a1"_s)}, 1000);
        m_f.sync(m_f.proof, {feedItem(u"b1"_s), feedItem(u"b2"_s)}, 2000);
        attach();
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        auto accounts = m_f.feedAccounts();
        accounts[0].market = u"402ai (work)"_s;
        accounts.removeLast();
        m_source->setAccounts(accounts);
        QCOMPARE(idsOf(*m_model, R::TaskIdRole), QStringList{u"a1"_s});
        QCOMPARE(at(0, R::MarketRole).toString(), u"402ai (work)"_s);
        QCOMPARE(changed.count(), 1);
        m_source->setAccounts(m_f.feedAccounts());
        QCOMPARE(idsOf(*m_model, R::TaskIdRole), (QStringList{u"b1"_s, u"b2"_s, u"a1"_s}));
        // Only a new source resets.
        QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
        auto other = std::make_unique<FeedSource>(m_f.db(), QList<FeedAccount>{});
        m_model->setSource(other.get());
        QCOMPARE(reset.count(), 1);
        QCOMPARE(m_model->count(), 0);
        m_resets->clear();
        other.reset();
        QCOMPARE(m_model->source(), nullptr);
        m_resets->clear();
    }
};

QTEST_GUILESS_MAIN(TestTaskFeedModel)
#include "tst_taskfeedmodel.moc"
