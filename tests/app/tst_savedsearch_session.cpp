// SPDX-License-Identifier: GPL-3.0-or-later
// Saved searches, notifications and the block list through the Session's feed against a real
// lightwork-sandbox: a task posted to the market that matches a saved search raises exactly
// one notification (none with the setting off), and blocking its buyer takes it off the feed.

#include "feedsync.h"
#include "notifytestkit.h"
#include "sandboxsuitetestkit.h"
#include "settingsstore.h"
#include "taskfeedmodel.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace lw;
using namespace lwtest;
using namespace Qt::Literals::StringLiterals;
using State = Session::SetupState;

namespace {

bool hasTask(FeedSource &feed, const QString &id)
{
    for (const FeedTaskPtr &t : feed.tasks()) {
        if (t->remoteId == id)
            return true;
    }
    return false;
}

} // namespace

class TestSavedSearchSession : public SandboxSuite {
    Q_OBJECT

    RecordingSink m_sink;
    QByteArray m_token;

    QString post(const QString &title)
    {
        const lwtest::HttpResult posted =
            m_sandbox.post(u"/api/v1/ai-for-hire/tasks"_s,
                           json({{u"title"_s, title},
                                 {u"description"_s, u"Posted by the saved-search test"_s},
                                 {u"budget_sats"_s, 321}}),
                           {{"x-token", m_token}});
        if (posted.status != 201)
            return {};
        const QString id = posted.json.value(u"id").toString();
        return id.isEmpty() ? posted.json.value(u"task").toObject().value(u"id").toString() : id;
    }

    //! True once the feed has the task; until then asks the market again.
    bool shows(const QString &id)
    {
        if (hasTask(*m_session->feed(), id))
            return true;
        m_session->syncNow();
        return false;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_sandbox.start(sandboxArgs({.bots = 1})));
        m_session = std::make_unique<Session>(sandboxOptions(m_sandbox, m_dir.path(), m_store));
        QTRY_COMPARE(m_session->setupState(), State::NeedsSetup);
        m_session->feedSync()->setNotificationSink(&m_sink);
        QString why;
        QVERIFY2(setUpSandbox(*m_session, &why), qPrintable(why));
        m_token = m_sandbox.hireAccount(u"buyer"_s, 500);
        QVERIFY(!m_token.isEmpty());
        // A first task, so that the account's first sync (which never notifies) is behind us.
        const QString first = post(u"Warm-up task"_s);
        QVERIFY(!first.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(shows(first), 10'000);
    }

    void cleanupTestCase() { m_session.reset(); }

    void aMatchingTaskNotifiesOnceAndItsBuyerCanBeBlocked()
    {
        FeedSource &feed = *m_session->feed();
        QVERIFY(feed.savedSearches()->save(u"Birds"_s, {{u"searchText"_s, u"zebrafinch"_s}}));
        m_sink.notes.clear();

        const QString id = post(u"Count the zebrafinch flock"_s);
        QVERIFY(!id.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(shows(id), 10'000);
        QTRY_COMPARE_WITH_TIMEOUT(m_sink.notes.size(), 1, 5'000);
        QCOMPARE(m_sink.notes[0].summary, u"New task for “Birds”"_s);
        QVERIFY2(m_sink.notes[0].body.startsWith(u"Count the zebrafinch flock · 321"_s),
                 qPrintable(m_sink.notes[0].body));
        // More rounds bring nothing new.
        m_session->syncNow();
        QTest::qWait(500);
        QCOMPARE(m_sink.notes.size(), 1);

        TaskFeedModel model;
        model.setSource(&feed);
        QVERIFY(feed.blockBuyer(feed.accounts().constFirst().id, id));
        QVERIFY(!hasTask(feed, id));
        for (int row = 0; row < model.rowCount(); ++row)
            QVERIFY(model.data(model.index(row), TaskFeedModel::TaskIdRole).toString() != id);
        QVERIFY(feed.blockList()->unblock(0));
        QVERIFY(hasTask(feed, id));
    }

    void nothingWithTheSettingOff()
    {
        EngineSession &engine = *m_session->engine();
        ProfilePreferencesStore store(engine.accounts());
        auto prefs = store.load(engine.profile().id);
        QVERIFY(prefs);
        prefs->notify.feedMatch = false;
        QVERIFY(store.save(engine.profile().id, *prefs));
        m_sink.notes.clear();

        const QString id = post(u"Another zebrafinch count"_s);
        QVERIFY(!id.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(shows(id), 10'000);
        QTest::qWait(300);
        QCOMPARE(m_sink.notes.size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestSavedSearchSession)
#include "tst_savedsearch_session.moc"
