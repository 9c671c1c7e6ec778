// SPDX-License-Identifier: GPL-3.0-or-later
// Sync and outbox against a real sandbox: the feed's change sets and events as other people act
// on the market, and messages sent once when the network loses a request or its answer.
#include "appdatabase.h"
#include "events/eventbus.h"
#include "futureutil.h"
#include "markets/aiforhire/hirecache.h"
#include "markets/aiforhire/hireclient.h"
#include "sandbox/sandboxprocess.h"
#include "sync/outbox.h"

#include <QSignalSpy>

using namespace lw;
using namespace lwtest;
using namespace Qt::Literals::StringLiterals;

namespace {

const QString postMessageRoute = u"POST /api/v1/ai-for-hire/tasks/{}/quotes/{}/messages"_s;

QList<QPair<QByteArray, QByteArray>> tokenHeader(const QByteArray &token)
{
    return {{"X-Token", token}};
}

} // namespace

class TestSyncFlow : public QObject {
    Q_OBJECT

    SandboxProcess sandbox;
    QTemporaryDir dir;
    QNetworkAccessManager network;
    std::unique_ptr<lw::HttpClient> http;
    std::unique_ptr<Database> db;
    QByteArray buyerToken;
    QByteArray workerToken;
    QString workerId;
    qint64 buyerAccount = 0;
    qint64 workerAccount = 0;
    std::unique_ptr<HireClient> buyer;
    std::unique_ptr<HireClient> worker;
    QString taskId;
    QString quoteId;

    int routeCount(const QString &route) { return sandbox.routeCounts().value(route).toInt(); }

    // What other people do on the market, straight at its API.
    QString postTask(const QString &title)
    {
        const QJsonObject body{
            {u"title"_s, title}, {u"description"_s, u"Sync test"_s}, {u"budget_sats"_s, 300}};
        return sandbox
            .post(u"/api/v1/ai-for-hire/tasks"_s, QJsonDocument(body).toJson(),
                  tokenHeader(buyerToken))
            .json.value(u"id"_s)
            .toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!SandboxProcess::binary().isEmpty(), "LW_SANDBOX is not set");
        QVERIFY(sandbox.start({u"--wallet"_s, u"funder:100000"_s}));
        network.setProxy(QNetworkProxy::NoProxy);
        http = std::make_unique<lw::HttpClient>(&network);
        db = openApp(dir.filePath(u"app.sqlite3"_s));
        QVERIFY(db);
        AccountStore accounts(*db);
        auto profile = accounts.addProfile(u"me"_s);
        auto b = accounts.addAccount(accountOf(profile->id, u"buyer"_s));
        auto w = accounts.addAccount(accountOf(profile->id, u"worker"_s));
        QVERIFY(b && w);
        buyerAccount = b->id;
        workerAccount = w->id;
        buyerToken = sandbox.hireAccount(u"funder"_s, 1000);
        workerToken = sandbox.hireAccount(u"funder"_s, 100);
        QVERIFY(!buyerToken.isEmpty() && !workerToken.isEmpty());
        // Free calls only: no gate needed.
        buyer = std::make_unique<HireClient>(http.get(), nullptr, sandbox.url(), buyerAccount);
        buyer->setToken(buyerToken);
        worker = std::make_unique<HireClient>(http.get(), nullptr, sandbox.url(), workerAccount);
        worker->setToken(workerToken);
        auto me = await(worker->me());
        QVERIFY(me);
        workerId = me->accountId;
    }

    void feedChangeSetsAndEvents()
    {
        MarketCache cache(*db);
        EventBus bus(*db);
        SyncEngine engine(&cache, &bus, buyerAccount, hireFeedFetch(buyer.get()));
        QSignalSpy changed(&engine, &SyncEngine::changed);
        QSignalSpy events(&bus, &EventBus::transition);

        const QString early = postTask(u"Before the first sync"_s);
        QVERIFY(!early.isEmpty());
        auto first = await(engine.syncNow());
        QVERIFY2(first, first ? "" : qPrintable(first.error().describe()));
        QVERIFY(*first >= 1);
        QVERIFY(changed.at(0).at(3).value<ChangeSet>().inserted.contains(early));
        QCOMPARE(events.count(), 0); // the first fill is history

        taskId = postTask(u"Posted while we watch"_s);
        QVERIFY(!taskId.isEmpty());
        QCOMPARE(*await(engine.syncNow()), 1);
        QCOMPARE(changed.last().at(3).value<ChangeSet>().inserted, QStringList{taskId});
        QCOMPARE(events.count(), 1); // a new task is news
        QCOMPARE(events.last().at(0).value<StateEvent>().state, u"open"_s);

        // A worker quotes: the quote count changes, the status does not.
        const QJsonObject quote{{u"price_sats"_s, 90}, {u"description"_s, u"I can"_s}};
        quoteId = sandbox
                      .post(u"/api/v1/ai-for-hire/tasks/%1/quotes"_s.arg(taskId),
                            QJsonDocument(quote).toJson(), tokenHeader(workerToken))
                      .json.value(u"id"_s)
                      .toString();
        QVERIFY(!quoteId.isEmpty());
        QCOMPARE(*await(engine.syncNow()), 1);
        QCOMPARE(changed.last().at(3).value<ChangeSet>().updated, QStringList{taskId});
        QCOMPARE(events.count(), 1);

        // The buyer accepts elsewhere (another device): in_escrow is announced, once.
        const auto accepted =
            sandbox.post(u"/api/v1/ai-for-hire/tasks/%1/quotes/%2/accept"_s.arg(taskId, quoteId),
                         {}, tokenHeader(buyerToken));
        QCOMPARE(accepted.status, 200);
        QCOMPARE(*await(engine.syncNow()), 1);
        QCOMPARE(events.count(), 2);
        QCOMPARE(events.last().at(0).value<StateEvent>().state, u"in_escrow"_s);
        const int changeSets = int(changed.count());
        QCOMPARE(*await(engine.syncNow()), 0);
        QCOMPARE(changed.count(), changeSets); // nothing new: no change set, no event
        QCOMPARE(events.count(), 2);
        auto cached = cache.item(buyerAccount, CacheKind::Task, taskId);
        QCOMPARE((*cached)->status, u"in_escrow"_s);
    }

    void outboxQueuesOfflineAndSendsOnce()
    {
        QVERIFY(!quoteId.isEmpty());
        MarketCache cache(*db);
        Outbox outbox(*db);
        auto sendWith = [](HireClient *client) {
            return [client](const OutboxMessage &m) {
                return client->sendMessage(m.taskId, m.quoteId, m.text)
                    .then([](HireResult<HireMessage> r) -> Result<QString, AppError> {
                        if (!r)
                            return fail(r.error());
                        return r->id;
                    });
            };
        };
        // Offline: nothing listens on the port.
        HireClient offline(http.get(), nullptr, QUrl(u"http://127.0.0.1:9"_s), workerAccount);
        offline.setToken(workerToken);
        sandbox.admin("POST", u"/log/clear"_s);
        auto queued = outbox.enqueue(workerAccount, taskId, quoteId, u"written offline"_s, 1);
        QVERIFY(queued);
        auto flushed = await(outbox.flush(workerAccount, sendWith(&offline), 2));
        QVERIFY(!flushed);
        QCOMPARE(flushed.error().kind, AppError::Kind::Network);
        QCOMPARE((*outbox.message(queued->localId))->state, OutboxState::Unconfirmed);
        QCOMPARE(routeCount(postMessageRoute), 0);

        // Back online: the thread lacks it, so it goes out, once.
        auto refresh = [&] {
            auto snapshot = await(hireThreadFetch(worker.get(), &cache, taskId, quoteId)());
            QVERIFY(snapshot);
            QVERIFY(cache.apply(*snapshot, 3));
            auto all = cache.items(workerAccount, CacheKind::Message, quoteId);
            QVERIFY(outbox.reconcile(workerAccount, quoteId, *all, workerId, 3));
        };
        refresh();
        QCOMPARE((*outbox.message(queued->localId))->state, OutboxState::Pending);
        QCOMPARE(*await(outbox.flush(workerAccount, sendWith(worker.get()), 4)), 1);
        QCOMPARE(routeCount(postMessageRoute), 1);
        QCOMPARE((*outbox.message(queued->localId))->state, OutboxState::Sent);

        // The request arrives but its answer is lost: the echo settles it, nothing is resent.
        auto lost = outbox.enqueue(workerAccount, taskId, quoteId, u"answer lost"_s, 5);
        auto loseAnswer = [this](const OutboxMessage &m) {
            return worker->sendMessage(m.taskId, m.quoteId, m.text)
                .then([](HireResult<HireMessage>) -> Result<QString, AppError> {
                    return fail(AppError::make(AppError::Kind::Network, u"reset"_s));
                });
        };
        QVERIFY(!await(outbox.flush(workerAccount, loseAnswer, 6)));
        QCOMPARE(routeCount(postMessageRoute), 2);
        refresh();
        auto settled = *outbox.message(lost->localId);
        QCOMPARE(settled->state, OutboxState::Sent);
        QVERIFY(!settled->remoteId.isEmpty());
        QCOMPARE(*await(outbox.flush(workerAccount, sendWith(worker.get()), 7)), 0);
        QCOMPARE(routeCount(postMessageRoute), 2);

        // The thread at the server has each message exactly once.
        auto thread = await(worker->messages(taskId, quoteId));
        QVERIFY(thread);
        int offlineCopies = 0, lostCopies = 0;
        for (const HireMessage &m : thread->items) {
            offlineCopies += m.body == u"written offline" ? 1 : 0;
            lostCopies += m.body == u"answer lost" ? 1 : 0;
        }
        QCOMPARE(offlineCopies, 1);
        QCOMPARE(lostCopies, 1);
    }
};

QTEST_GUILESS_MAIN(TestSyncFlow)
#include "tst_syncflow.moc"
