// SPDX-License-Identifier: GPL-3.0-or-later
// Saved feed searches (store, list, apply, delete, per profile) and the notifications for new
// tasks that match one: one per sync, none on an account's first sync, none with the setting
// off, never twice for a task.
#include "feedalerts.h"
#include "feedalertsstate.h"
#include "feedfixture.h"
#include "notifytestkit.h"
#include "savedsearch.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace lw;
using namespace lwtest;
using namespace Qt::Literals::StringLiterals;

namespace {

qint64 profileIdOf(const Database &db, const QString &name)
{
    auto q = db.exec(u"SELECT id FROM profiles WHERE name = ?"_s, {name});
    return q && q->next() ? q->value(0).toLongLong() : 0;
}

CacheItem task(const QString &id, const QString &title, qint64 sats)
{
    CacheItem item = feedItem(id, sats);
    item.title = title;
    return item;
}

constexpr qint64 now = 1'800'000'000'000;

} // namespace

class TestSavedSearch : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    FeedFixture m_f;
    std::unique_ptr<FeedSource> m_source;
    qint64 m_profile = 0;
    RecordingSink m_sink;
    bool m_enabled = true;
    std::unique_ptr<FeedAlerts> m_alerts;

    SavedSearchModel &searches() { return *m_source->savedSearches(); }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_f.open(m_dir.path()));
        m_profile = profileIdOf(m_f.db(), u"me"_s);
        m_source = m_f.makeSource();
        m_source->setProfile(m_profile);
        new QAbstractItemModelTester(
            &searches(), QAbstractItemModelTester::FailureReportingMode::Fatal, m_source.get());
        m_sink.notes.clear();
        m_enabled = true;
        m_alerts =
            std::make_unique<FeedAlerts>(m_f.db(), *m_source, m_sink, [this] { return m_enabled; });
        m_alerts->setClock([] { return now; });
    }

    void cleanup()
    {
        m_alerts.reset();
        m_source.reset();
    }

    void roundTrip()
    {
        QSignalSpy resets(&searches(), &QAbstractItemModel::modelAboutToBeReset);
        QSignalSpy inserted(&searches(), &QAbstractItemModel::rowsInserted);
        QVERIFY(searches().save(u"  Translations "_s, {{u"searchText"_s, u"translate"_s},
                                                       {u"market"_s, u"402ai"_s},
                                                       {u"status"_s, u"open"_s},
                                                       {u"taskType"_s, u"text"_s},
                                                       {u"minBudgetSats"_s, 1000},
                                                       {u"maxBudgetSats"_s, 9000},
                                                       {u"maxAgeDays"_s, 7}}));
        QVERIFY(searches().save(u"Audio"_s, {{u"searchText"_s, u"audio"_s}}));
        QCOMPARE(searches().count(), 2);
        // By name; the name is trimmed.
        QCOMPARE(searches().index(0, 0).data(SavedSearchModel::NameRole).toString(), u"Audio"_s);
        QCOMPARE(searches().index(1, 0).data(SavedSearchModel::NameRole).toString(),
                 u"Translations"_s);
        const QVariantMap applied = searches().filters(1);
        QCOMPARE(applied.value(u"searchText"_s).toString(), u"translate"_s);
        QCOMPARE(applied.value(u"market"_s).toString(), u"402ai"_s);
        QCOMPARE(applied.value(u"status"_s).toString(), u"open"_s);
        QCOMPARE(applied.value(u"taskType"_s).toString(), u"text"_s);
        QCOMPARE(applied.value(u"minBudgetSats"_s).toLongLong(), 1000);
        QCOMPARE(applied.value(u"maxBudgetSats"_s).toLongLong(), 9000);
        QCOMPARE(applied.value(u"maxAgeDays"_s).toInt(), 7);
        QVERIFY(searches().filters(2).isEmpty());

        // Saving under an existing name replaces it.
        QVERIFY(searches().save(u"Audio"_s, {{u"searchText"_s, u"podcast"_s}}));
        QCOMPARE(searches().count(), 2);
        QCOMPARE(searches().filters(0).value(u"searchText"_s).toString(), u"podcast"_s);
        QCOMPARE(inserted.count(), 2); // an open list keeps its rows: no reset
        QCOMPARE(resets.count(), 0);

        // Kept: a new source (a restart) lists them; another profile has none.
        auto again = m_f.makeSource();
        again->setProfile(m_profile);
        QCOMPARE(again->savedSearches()->count(), 2);
        AccountStore accounts(m_f.db());
        auto other = accounts.addProfile(u"other"_s);
        QVERIFY(other);
        again->setProfile(other->id);
        QCOMPARE(again->savedSearches()->count(), 0);

        QVERIFY(searches().remove(0));
        QCOMPARE(searches().count(), 1);
        QVERIFY(!searches().remove(5));
        again->setProfile(m_profile);
        QCOMPARE(again->savedSearches()->count(), 1);
        QCOMPARE(again->savedSearches()->filters(0).value(u"searchText"_s).toString(),
                 u"translate"_s);
    }

    void badNamesAreRefused()
    {
        QSignalSpy error(&searches(), &SavedSearchModel::errorTextChanged);
        QVERIFY(!searches().save(u"   "_s, {}));
        QVERIFY(!searches().errorText().isEmpty());
        QVERIFY(!searches().save(QString(200, u'x'), {}));
        QVERIFY(!searches().save(u"long"_s, {{u"searchText"_s, QString(600, u'y')}}));
        QCOMPARE(searches().count(), 0);
        // Negative numbers and junk read as "no bound".
        QVERIFY(searches().save(u"odd"_s, {{u"minBudgetSats"_s, -5}, {u"maxAgeDays"_s, u"x"_s}}));
        QCOMPARE(searches().filters(0).value(u"minBudgetSats"_s).toLongLong(), 0);
        QCOMPARE(searches().filters(0).value(u"maxAgeDays"_s).toInt(), 0);
        QVERIFY(searches().errorText().isEmpty());
    }

    void matcherFollowsTheFilterRules()
    {
        SavedSearch s;
        s.searchText = u"élan translate"_s;
        s.minBudgetSats = 100;
        FeedTaskReader reader;
        CacheItem match = task(u"a"_s, u"Translate with ELAN"_s, 500);
        CacheItem cheap = task(u"b"_s, u"Translate with elan"_s, 50);
        CacheItem other = task(u"c"_s, u"Draw a cat"_s, 500);
        const SavedSearchMatcher m(s);
        QVERIFY(m.matches(*reader.read(1, match), u"402ai"_s, now));
        QVERIFY(!m.matches(*reader.read(1, cheap), u"402ai"_s, now));
        QVERIFY(!m.matches(*reader.read(1, other), u"402ai"_s, now));
        s.market = u"ProofLayer"_s;
        QVERIFY(!SavedSearchMatcher(s).matches(*reader.read(1, match), u"402ai"_s, now));
        s.market.clear();
        s.maxAgeDays = 1; // created 2026-11-21, "now" is in 2027
        QVERIFY(!SavedSearchMatcher(s).matches(*reader.read(1, match), u"402ai"_s, now));
    }

    void oneNotificationPerSyncNeverOnTheFirstNeverTwice()
    {
        QVERIFY(searches().save(u"Translations"_s, {{u"searchText"_s, u"translate"_s}}));
        // The first sync of an account: everything is new, nothing is news.
        m_f.sync(m_f.hire, {task(u"t1"_s, u"Translate a page"_s, 100)}, 1'000, m_source.get());
        QCOMPARE(m_sink.notes.size(), 0);

        // One new match: one notification naming the search, the title and the budget.
        QList<CacheItem> items{task(u"t1"_s, u"Translate a page"_s, 100),
                               task(u"t2"_s, u"Translate <b>a book</b>"_s, 5000),
                               task(u"t3"_s, u"Draw a cat"_s, 100)};
        m_f.sync(m_f.hire, items, 2'000, m_source.get());
        QCOMPARE(m_sink.notes.size(), 1);
        QCOMPARE(m_sink.notes[0].summary, u"New task for “Translations”"_s);
        QVERIFY2(m_sink.notes[0].body.startsWith(u"Translate <b>a book</b> · "_s),
                 qPrintable(m_sink.notes[0].body));
        QVERIFY(m_sink.notes[0].body.contains(u"5"_s));

        // An update of t2 (not new) and the same task seen again: no second notification.
        items[1].status = u"accepted"_s;
        m_f.sync(m_f.hire, items, 3'000, m_source.get());
        QCOMPARE(m_sink.notes.size(), 1);
        QList<FeedTaskPtr> again = m_source->tasks();
        again.removeIf([](const FeedTaskPtr &t) { return t->remoteId != u"t2"_s; });
        QCOMPARE(again.size(), 1);
        m_alerts->handleArrivals(m_f.hire, again, false); // e.g. another process saw it too
        QCOMPARE(m_sink.notes.size(), 1);

        // Several matches in one sync: one summary.
        items.append(task(u"t4"_s, u"translate menus"_s, 10));
        items.append(task(u"t5"_s, u"TRANSLATE signs"_s, 10));
        items.append(task(u"t6"_s, u"Draw a dog"_s, 10));
        m_f.sync(m_f.hire, items, 4'000, m_source.get());
        QCOMPARE(m_sink.notes.size(), 2);
        QCOMPARE(m_sink.notes[1].summary, u"2 new tasks match your saved searches"_s);
        QVERIFY(m_sink.notes[1].body.contains(u"translate menus"_s));
        QVERIFY(m_sink.notes[1].body.contains(u"TRANSLATE signs"_s));
        QVERIFY(!m_sink.notes[1].body.contains(u"dog"_s));
    }

    void nothingWithTheSettingOffOrWithoutSearches()
    {
        m_f.sync(m_f.hire, {task(u"t1"_s, u"Translate"_s, 1)}, 1'000, m_source.get());
        m_f.sync(m_f.hire, {task(u"t2"_s, u"Translate"_s, 1)}, 2'000, m_source.get());
        QCOMPARE(m_sink.notes.size(), 0); // no saved search yet
        QVERIFY(searches().save(u"T"_s, {{u"searchText"_s, u"translate"_s}}));
        m_enabled = false;
        m_f.sync(m_f.hire, {task(u"t3"_s, u"Translate"_s, 1)}, 3'000, m_source.get());
        QCOMPARE(m_sink.notes.size(), 0);
        m_enabled = true;
        m_f.sync(m_f.hire, {task(u"t4"_s, u"Translate"_s, 1)}, 4'000, m_source.get());
        QCOMPARE(m_sink.notes.size(), 1);
        QVERIFY(m_sink.notes[0].body.startsWith(u"Translate"_s));
    }

    void stateTransitionsFollowTheirSettings()
    {
        NotificationSettings settings;
        // Strangers' tasks move in the public feed too: only the user's own are news.
        StateAlerts alerts(
            m_sink, [&settings] { return settings; },
            [](const StateEvent &e) { return !e.entity.contains(u"stranger"_s); });
        EventBus bus(m_f.db());
        connect(&bus, &EventBus::transition, &alerts, &StateAlerts::handle);
        QVERIFY(*bus.publish(u"7:quote:q1"_s, u"pending"_s, u"Quote for the logo"_s, 1));
        QCOMPARE(m_sink.notes.size(), 1);
        QCOMPARE(m_sink.notes[0].summary, u"New quote"_s);
        QCOMPARE(m_sink.notes[0].body, u"Quote for the logo"_s);
        QVERIFY(!*bus.publish(u"7:quote:q1"_s, u"pending"_s, u"again"_s, 2)); // deduplicated
        QVERIFY(*bus.publish(u"7:task:t1"_s, u"delivered"_s, u"Logo"_s, 3));
        QCOMPARE(m_sink.notes.size(), 2);
        QCOMPARE(m_sink.notes[1].summary, u"Task delivered"_s);
        QVERIFY(*bus.publish(u"7:task:t2"_s, u"open"_s, u"Not news"_s, 4));
        QCOMPARE(m_sink.notes.size(), 2);
        QVERIFY(*bus.publish(u"7:task:stranger"_s, u"delivered"_s, u"Someone's logo"_s, 4));
        QCOMPARE(m_sink.notes.size(), 2);
        settings.quote = false;
        QVERIFY(*bus.publish(u"7:quote:q1"_s, u"accepted"_s, u"x"_s, 5));
        QCOMPARE(m_sink.notes.size(), 2);
        settings.payment = false;
        QVERIFY(*bus.publish(u"7:payout:p1"_s, u"paid"_s, u"x"_s, 6));
        QCOMPARE(m_sink.notes.size(), 2);
        settings.payment = true;
        QVERIFY(*bus.publish(u"7:payout:p2"_s, u"paid"_s, u"Payout"_s, 7));
        QCOMPARE(m_sink.notes.size(), 3);
    }
};

QTEST_GUILESS_MAIN(TestSavedSearch)
#include "tst_savedsearch.moc"
