// SPDX-License-Identifier: GPL-3.0-or-later
// The Session's feed against a real lightwork-sandbox with bots posting tasks: filled from the
// market after "Try the sandbox", new tasks arriving as inserts (never a reset), a profile
// switch that changes the accounts without old engines calling back, and a restart with the
// market down that shows the cached tasks before any answer.

#include "feedsync.h"
#include "sandbox/sandboxprocess.h"
#include "sessiontestkit.h"
#include "taskfeedmodel.h"

#include <QAbstractItemModelTester>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace lw;
using namespace lwtest;
using namespace Qt::Literals::StringLiterals;
using State = Session::SetupState;

namespace {

QSet<QString> modelIds(const TaskFeedModel &model, qint64 accountId = 0)
{
    QSet<QString> ids;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex i = model.index(row);
        if (accountId == 0 || model.data(i, TaskFeedModel::AccountIdRole).toLongLong() == accountId)
            ids.insert(model.data(i, TaskFeedModel::TaskIdRole).toString());
    }
    return ids;
}

QSet<qint64> modelAccounts(const TaskFeedModel &model)
{
    QSet<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.insert(model.data(model.index(row), TaskFeedModel::AccountIdRole).toLongLong());
    return ids;
}

QSet<qint64> feedAccountIds(const FeedSource &feed)
{
    QSet<qint64> ids;
    for (const FeedAccount &a : feed.accounts())
        ids.insert(a.id);
    return ids;
}

QSet<qint64> syncedAccounts(const Session &session)
{
    const QList<qint64> list = session.feedSync()->syncedAccounts();
    return {list.cbegin(), list.cend()};
}

QString l402Macaroon(const lwtest::HttpResult &challenge)
{
    static const QRegularExpression re(u"L402 macaroon=\"([^\"]*)\""_s);
    return re.match(QString::fromLatin1(challenge.header("www-authenticate"))).captured(1);
}

} // namespace

class TestFeedSync : public QObject {
    Q_OBJECT

private:
    SandboxProcess m_sandbox;
    QTemporaryDir m_dir; //!< one data folder through the suite: the last case restarts over it
    std::shared_ptr<MemorySecretStore> m_store = std::make_shared<MemorySecretStore>();
    std::unique_ptr<Session> m_session;

    Session::Options options() { return sandboxOptions(m_sandbox, m_dir.path(), m_store); }

    //! The task ids the sandbox itself lists at `path`.
    QSet<QString> sandboxTaskIds(const QString &path)
    {
        QSet<QString> ids;
        for (const QJsonValue &t : m_sandbox.get(path).json.value(u"tasks").toArray())
            ids.insert(t.toObject().value(u"id").toString());
        return ids;
    }

    QSet<QString> sandboxHireTasks() { return sandboxTaskIds(u"/api/v1/ai-for-hire/tasks"_s); }

    QSet<QString> sandboxProofLayerTasks() { return sandboxTaskIds(u"/api/workers/feed"_s); }

    qint64 accountOf(MarketKind kind)
    {
        auto a = m_session->engine()->onlyAccount(kind, QString());
        return a ? a->id : 0;
    }

    //! True once every id is a row of `account`; until then asks the markets again (a round
    //! already out when the ids were read may not have them).
    bool shows(const TaskFeedModel &model, const QSet<QString> &ids, qint64 account)
    {
        if (modelIds(model, account).contains(ids))
            return true;
        m_session->syncNow();
        return false;
    }

    //! Posts a ProofLayer task over plain HTTP, paid by the sandbox's buyer wallet.
    QString postProofLayerTask(const QString &title)
    {
        const QByteArray body =
            json({{u"task_type"_s, u"verify"_s},
                  {u"title"_s, title},
                  {u"input"_s, QJsonObject{{u"question"_s, u"Is the page up?"_s}}},
                  {u"budget_sats"_s, 100},
                  {u"worker_type"_s, u"human"_s}});
        const QString path = u"/api/tasks?budget_sats=100"_s;
        const lwtest::HttpResult challenge = m_sandbox.post(path, body);
        const lwtest::HttpResult paid =
            m_sandbox.pay(u"buyer"_s, challenge.json.value(u"invoice").toString());
        const QString credential = u"L402 "_s + l402Macaroon(challenge) + u':'
                                   + paid.json.value(u"paymentPreimage").toString();
        return m_sandbox.post(path, body, {{"authorization", credential.toLatin1()}})
            .json.value(u"task_id")
            .toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_sandbox.start(sandboxArgs({.bots = 2, .botIntervalMs = 200})));
    }

    void cleanupTestCase() { m_session.reset(); }

    void feedFillsFromTheMarket()
    {
        m_session = std::make_unique<Session>(options());
        Session &session = *m_session;
        QTRY_COMPARE(session.setupState(), State::NeedsSetup);
        QVERIFY(session.feed()); // the cache is readable before any set-up
        QVERIFY(session.feed()->accounts().isEmpty());
        QVERIFY(!session.feedSync()->isStarted());

        TaskFeedModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSource(session.feed());
        QCOMPARE(model.rowCount(), 0);

        session.trySandbox();
        QTRY_COMPARE_WITH_TIMEOUT(session.setupState(), State::Ready, 30'000);
        QVERIFY(session.feedSync()->isStarted());
        const qint64 hire = accountOf(MarketKind::AiForHire);
        QVERIFY(hire > 0);
        QCOMPARE(feedAccountIds(*session.feed()), QSet<qint64>{hire});
        QCOMPARE(session.feed()->marketName(hire), u"AI for Hire"_s);

        // The bots have been posting since the sandbox started.
        QTRY_VERIFY_WITH_TIMEOUT(sandboxHireTasks().size() >= 2, 10'000);
        const QSet<QString> listed = sandboxHireTasks();
        QTRY_VERIFY_WITH_TIMEOUT(shows(model, listed, hire), 10'000);
        // And nothing the market does not list.
        QVERIFY(sandboxHireTasks().contains(modelIds(model)));
        QCOMPARE(modelAccounts(model), QSet<qint64>{hire});
        QCOMPARE(model.data(model.index(0), TaskFeedModel::MarketRole).toString(),
                 u"AI for Hire"_s);
        QVERIFY(model.lastSynced().isValid());
        QVERIFY(session.feedErrorText().isEmpty());
        QVERIFY(session.feed()->errorText().isEmpty());
    }

    void aNewTaskArrivesAsAnInsert()
    {
        QVERIFY(m_session);
        Session &session = *m_session;
        TaskFeedModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSource(session.feed());
        const int before = model.rowCount();
        QVERIFY(before > 0);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

        const QByteArray token = m_sandbox.hireAccount(u"buyer"_s, 500);
        QVERIFY(!token.isEmpty());
        const lwtest::HttpResult posted =
            m_sandbox.post(u"/api/v1/ai-for-hire/tasks"_s,
                           json({{u"title"_s, u"Count the birds in feed.jpg"_s},
                                 {u"description"_s, u"Posted by the feed test"_s},
                                 {u"budget_sats"_s, 321}}),
                           {{"x-token", token}});
        QCOMPARE(posted.status, 201);
        const QString id = posted.json.value(u"id").toString().isEmpty()
                               ? posted.json.value(u"task").toObject().value(u"id").toString()
                               : posted.json.value(u"id").toString();
        QVERIFY(!id.isEmpty());

        const qint64 hire = accountOf(MarketKind::AiForHire);
        QTRY_VERIFY_WITH_TIMEOUT(shows(model, {id}, hire), 10'000);
        QVERIFY(inserted.count() >= 1);
        QCOMPARE(reset.count(), 0);
        // New rows come in above the ones shown; the new task is among the inserted rows.
        bool found = false;
        for (const QList<QVariant> &args : std::as_const(inserted)) {
            for (int row = args.at(1).toInt(); row <= args.at(2).toInt(); ++row)
                found = found
                        || model.data(model.index(row), TaskFeedModel::TaskIdRole).toString() == id;
        }
        QVERIFY(found);
        const QModelIndex row = model.index(0);
        QVERIFY(model.rowCount() > before);
        QVERIFY(model.data(row, TaskFeedModel::IsNewRole).toBool());
    }

    void switchingProfileSwitchesAccounts()
    {
        QVERIFY(m_session);
        Session &session = *m_session;
        TaskFeedModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSource(session.feed());
        const qint64 buyerHire = accountOf(MarketKind::AiForHire);
        QCOMPARE(syncedAccounts(session), QSet<qint64>{buyerHire});

        const QString plTask = postProofLayerTask(u"Is the feed's page up?"_s);
        QVERIFY(!plTask.isEmpty());
        QVERIFY(sandboxProofLayerTasks().contains(plTask));

        QSignalSpy deltas(session.feed(), &FeedSource::tasksChanged);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        // Engines that poll all the time: one of the buyer's would call back right after the
        // switch if it were left running, whether its round was out or not.
        PollSettings fast;
        fast.fastMs = fast.idleMs = fast.maxIdleMs = 50;
        fast.jitter = 0;
        session.feedSync()->setPollSettings(fast);
        session.feedSync()->start();
        QTRY_COMPARE_WITH_TIMEOUT(syncedAccounts(session), QSet<qint64>{buyerHire}, 10'000);
        QTest::qWait(150);
        const int worker = int(session.profiles().indexOf(u"Worker"_s));
        QVERIFY(worker >= 0);
        session.setCurrentProfile(worker);
        QCOMPARE(session.currentProfile(), worker);

        const qint64 workerHire = accountOf(MarketKind::AiForHire);
        const qint64 proofLayer = accountOf(MarketKind::ProofLayer);
        QVERIFY(workerHire > 0 && workerHire != buyerHire);
        QVERIFY(proofLayer > 0);
        QCOMPARE(feedAccountIds(*session.feed()), (QSet<qint64>{workerHire, proofLayer}));
        QCOMPARE(session.feed()->marketName(proofLayer), u"ProofLayer"_s);
        QVERIFY(!modelAccounts(model).contains(buyerHire));
        const qsizetype afterSwitch = deltas.count();
        MarketCache cache(session.engine()->database());
        const auto buyerSynced = cache.lastSynced(buyerHire, CacheKind::Task);
        QVERIFY(buyerSynced && *buyerSynced > 0);

        QTRY_COMPARE_WITH_TIMEOUT(syncedAccounts(session), (QSet<qint64>{workerHire, proofLayer}),
                                  10'000);
        QTRY_VERIFY_WITH_TIMEOUT(shows(model, {plTask}, proofLayer), 10'000);
        QTRY_VERIFY_WITH_TIMEOUT(shows(model, sandboxHireTasks(), workerHire), 10'000);
        QCOMPARE(model.data(model.index(0), TaskFeedModel::MarketRole).isValid(), true);
        // Long enough for the buyer's round to have come back: nothing of it was heard.
        QTest::qWait(500);
        for (qsizetype i = afterSwitch; i < deltas.count(); ++i) {
            const auto delta = deltas.at(i).at(0).value<FeedDelta>();
            QVERIFY2(delta.accountId == workerHire || delta.accountId == proofLayer,
                     qPrintable(u"a change for account %1"_s.arg(delta.accountId)));
        }
        QCOMPARE(modelAccounts(model), (QSet<qint64>{workerHire, proofLayer}));
        // The buyer's engine, stopped with its round out, wrote nothing more.
        QCOMPARE(cache.lastSynced(buyerHire, CacheKind::Task).value_or(-1), *buyerSynced);
        QVERIFY(inserted.count() >= 1);
        QCOMPARE(reset.count(), 0);
        QVERIFY(session.feedErrorText().isEmpty());
    }

    void restartShowsTheCacheBeforeTheNetwork()
    {
        QVERIFY(m_session);
        TaskFeedModel before;
        before.setSource(m_session->feed());
        const QSet<QString> cached = modelIds(before);
        QVERIFY(cached.size() >= 3);
        before.setSource(nullptr);
        m_session.reset();
        QVERIFY(m_sandbox.stopCleanly()); // nothing can answer from here on

        Session session(options());
        // What the feed held when the first (and only possible) answer came: a refusal.
        std::optional<QSet<QString>> atFirstAnswer;
        connect(&session, &Session::feedErrorTextChanged, this, [&] {
            if (atFirstAnswer || !session.feed())
                return;
            QSet<QString> ids;
            for (const FeedTaskPtr &t : session.feed()->tasks())
                ids.insert(t->remoteId);
            atFirstAnswer = ids;
        });
        TaskFeedModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_COMPARE(session.setupState(), State::Ready);
        QVERIFY(session.feed());
        model.setSource(session.feed());
        QCOMPARE(modelIds(model), cached);
        QVERIFY(session.feedSync()->isStarted());

        QTRY_VERIFY_WITH_TIMEOUT(!session.feedErrorText().isEmpty(), 10'000);
        QVERIFY2(session.feedErrorText().contains(u"cannot be reached"_s),
                 qPrintable(session.feedErrorText()));
        QVERIFY(session.feedErrorText().contains(u"AI for Hire"_s));
        QVERIFY(session.feedErrorText().contains(u"ProofLayer"_s));
        QVERIFY(atFirstAnswer);
        QCOMPARE(*atFirstAnswer, cached);
        QVERIFY(!session.feedErrorText().contains(m_sandbox.adminKey()));
        // The failure removed nothing.
        QCOMPARE(modelIds(model), cached);
        session.syncNow();
        QTest::qWait(200);
        QCOMPARE(modelIds(model), cached);
    }
};

QTEST_GUILESS_MAIN(TestFeedSync)
#include "tst_feedsync.moc"
