// SPDX-License-Identifier: GPL-3.0-or-later
// The rest of the local store: the poll schedule, the event bus, the ledger, the outbox and the
// sync engine over fake fetches (the sandbox flows are in tst_syncflow).
#include "appdatabase.h"
#include "events/eventbus.h"
#include "futureutil.h"
#include "ledger/ledger.h"
#include "sync/outbox.h"
#include "sync/syncengine.h"

#include <QPromise>
#include <QSignalSpy>

using namespace lw;
using namespace lwtest;
using namespace Qt::Literals::StringLiterals;

namespace {

template <typename T>
QFuture<T> readyFuture(T value)
{
    QPromise<T> p;
    p.start();
    p.addResult(std::move(value));
    p.finish();
    return p.future();
}

CacheItem item(const QString &id, const QString &status, const QString &party = {},
               const QString &text = {})
{
    CacheItem i;
    i.remoteId = id;
    i.status = status;
    i.party = party;
    i.text = text;
    return i;
}

JournalEntry paidEntry(qint64 id, const QString &action, qint64 sats, qint64 feeMsat)
{
    JournalEntry e;
    e.id = id;
    e.action = action;
    e.amount = MilliSats(sats * 1000);
    e.fee = MilliSats(feeMsat);
    e.preimage = Preimage{};
    e.state = PaymentState::Done;
    e.updatedAtMs = 1'790'000'000'000 + id;
    return e;
}

} // namespace

class TestLocalStore : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    qint64 m_account = 0;
    int m_opened = 0;

private Q_SLOTS:
    void init()
    {
        m_db = openApp(m_dir.filePath(u"store-%1.sqlite3"_s.arg(++m_opened)));
        QVERIFY(m_db);
        AccountStore accounts(*m_db);
        auto profile = accounts.addProfile(u"me"_s);
        QVERIFY(profile);
        auto a = accounts.addAccount(accountOf(profile->id, u"main"_s));
        QVERIFY(a);
        m_account = a->id;
    }

    void cleanup() { m_db.reset(); }

    // Poll schedule ------------------------------------------------------------------------
    void scheduleIsFastWhileActive()
    {
        PollSchedule s(PollSettings{}, 1);
        QCOMPARE(s.baseDelayMs(), 20'000);
        s.setActive(true);
        QCOMPARE(s.baseDelayMs(), 5'000);
        s.recordSuccess(false);
        s.recordSuccess(false);
        QCOMPARE(s.baseDelayMs(), 5'000); // watched lists stay fast even when quiet
    }

    void scheduleBacksOffWhenIdleAndQuiet()
    {
        PollSchedule s(PollSettings{}, 1);
        int last = s.baseDelayMs();
        for (int i = 0; i < 10; ++i) {
            s.recordSuccess(false);
            QVERIFY(s.baseDelayMs() >= last);
            last = s.baseDelayMs();
        }
        QCOMPARE(last, 120'000);
        s.recordSuccess(true); // news: back to the idle base
        QCOMPARE(s.baseDelayMs(), 20'000);
    }

    void scheduleBacksOffOnFailure()
    {
        PollSchedule s(PollSettings{}, 1);
        s.setActive(true);
        s.recordFailure();
        QCOMPARE(s.baseDelayMs(), 10'000);
        s.recordFailure();
        QCOMPARE(s.baseDelayMs(), 20'000);
        for (int i = 0; i < 100; ++i)
            s.recordFailure();
        QCOMPARE(s.baseDelayMs(), 300'000);
        s.recordSuccess(false);
        QCOMPARE(s.baseDelayMs(), 5'000);
    }

    void jitterStaysInItsBand()
    {
        PollSchedule s(PollSettings{}, 42);
        int low = INT_MAX, high = 0;
        for (int i = 0; i < 2'000; ++i) {
            const int d = s.nextDelayMs();
            low = std::min(low, d);
            high = std::max(high, d);
        }
        QVERIFY2(low >= 16'000 && high <= 24'000, qPrintable(u"%1..%2"_s.arg(low).arg(high)));
        // Spread, not a constant: two clients started together drift apart.
        QVERIFY(high - low > 4'000);
    }

    // Event bus -----------------------------------------------------------------------------
    void eventsAreAnnouncedOncePerState()
    {
        EventBus bus(*m_db);
        QSignalSpy spy(&bus, &EventBus::transition);
        QCOMPARE(*bus.publish(u"1:task:a"_s, u"open"_s, u"A"_s, 1), true);
        QCOMPARE(*bus.publish(u"1:task:a"_s, u"open"_s, u"A"_s, 2), false);
        QCOMPARE(*bus.publish(u"1:task:a"_s, u"in_escrow"_s, u"A"_s, 3), true);
        QCOMPARE(*bus.publish(u"1:task:b"_s, u"open"_s, u"B"_s, 4), true);
        QCOMPARE(spy.count(), 3);
        QCOMPARE(spy.at(1).at(0).value<StateEvent>().state, u"in_escrow"_s);
        // A second bus on the same file (another process) knows what was announced.
        EventBus again(*m_db);
        QCOMPARE(*again.publish(u"1:task:a"_s, u"in_escrow"_s, u"A"_s, 5), false);
        auto recent = again.recent(10);
        QVERIFY(recent);
        QCOMPARE(recent->size(), 3);
        QCOMPARE(recent->first().entity, u"1:task:b"_s);
    }

    // Ledger --------------------------------------------------------------------------------
    void journalEntriesBecomeLedgerRows()
    {
        Ledger ledger(*m_db);
        QCOMPARE(*ledger.recordJournal(paidEntry(1, u"402ai.post_task"_s, 50, 0)), 1);
        QCOMPARE(*ledger.recordJournal(paidEntry(2, u"402ai.quote"_s, 10, 1'500)), 2);
        QCOMPARE(*ledger.recordJournal(paidEntry(3, u"tools.quote"_s, 21, 0)),
                 1); // a tool named "quote"
        JournalEntry topup = paidEntry(4, u"402ai.topup"_s, 1000, 0);
        topup.kind = JournalEntry::Kind::Topup;
        QCOMPARE(*ledger.recordJournal(topup), 1);
        JournalEntry unpaid = paidEntry(5, u"402ai.post_task"_s, 50, 0);
        unpaid.preimage.reset(); // from the balance, or failed: nothing left the wallet
        QCOMPARE(*ledger.recordJournal(unpaid), 0);
        // Resume or a second process recording the same entry adds nothing.
        QCOMPARE(*ledger.recordJournal(paidEntry(2, u"402ai.quote"_s, 10, 1'500)), 0);

        auto rows = ledger.entries();
        QVERIFY(rows);
        QStringList reasons;
        qint64 out = 0;
        for (const LedgerEntry &e : *rows) {
            reasons << ledgerReasonName(e.reason);
            out += e.incoming ? -e.amount.msat() : e.amount.msat();
        }
        QCOMPARE(reasons, (QStringList{u"post_fee"_s, u"quote_fee"_s, u"routing_fee"_s,
                                       u"l402_call"_s, u"top_up"_s}));
        QCOMPARE(out, 50'000 + 10'000 + 1'500 + 21'000 + 1'000'000);
        auto fees = ledger.entries({0, 0, 0, LedgerReason::RoutingFee});
        QCOMPARE(fees->size(), 1);
        QCOMPARE(fees->first().amount.msat(), 1'500);
    }

    void ledgerCsvIsSafeForSpreadsheets()
    {
        Ledger ledger(*m_db);
        LedgerEntry e;
        e.atMs = 1'790'000'000'123;
        e.reason = LedgerReason::Collected;
        e.incoming = true;
        e.amount = MilliSats(370'500);
        e.source = LedgerEntry::Source::Wallet;
        e.accountId = m_account;
        e.reference = u"=HYPERLINK(\"http://evil\")"_s;
        e.note = u"line one\nline, two"_s;
        e.key = u"test:1"_s;
        QVERIFY(*ledger.record(e));
        QVERIFY(!*ledger.record(e)); // same key: once
        const QByteArray csv = Ledger::toCsv(*ledger.entries());
        const QList<QByteArray> lines = csv.split('\n');
        QCOMPARE(lines.first(), "time,reason,direction,sats,source,account,reference,note\r");
        QVERIFY(csv.contains("2026-09-21T"));
        QVERIFY(csv.contains(",collected,in,370.500,wallet,"));
        QVERIFY(csv.contains("\"'=HYPERLINK(\"\"http://evil\"\")\""));
        QVERIFY(csv.contains("\"line one\nline, two\"\r\n"));
    }

    // Outbox --------------------------------------------------------------------------------
    void outboxSendsOnceInOrder()
    {
        Outbox outbox(*m_db);
        QVERIFY(outbox.enqueue(m_account, u"t"_s, u"q"_s, u"first"_s, 1));
        QVERIFY(outbox.enqueue(m_account, u"t"_s, u"q"_s, u"second"_s, 2));
        QStringList sent;
        auto sender = [&sent](const OutboxMessage &m) {
            sent << m.text;
            return readyFuture<Result<QString, AppError>>(QString(u"r-"_s + m.text));
        };
        QCOMPARE(*await(outbox.flush(m_account, sender, 10)), 2);
        QCOMPARE(sent, (QStringList{u"first"_s, u"second"_s}));
        QCOMPARE(*await(outbox.flush(m_account, sender, 11)), 0); // nothing twice
        auto thread = outbox.thread(m_account, u"q"_s);
        QCOMPARE(thread->at(0).state, OutboxState::Sent);
        QCOMPARE(thread->at(0).remoteId, u"r-first"_s);
        QCOMPARE(thread->at(1).attempts, 1);
    }

    void outboxOfflineWaitsAndEchoDecides()
    {
        Outbox outbox(*m_db);
        auto a = outbox.enqueue(m_account, u"t"_s, u"q"_s, u"hello"_s, 1);
        auto b = outbox.enqueue(m_account, u"t"_s, u"q"_s, u"again"_s, 2);
        int calls = 0;
        auto offline = [&calls](const OutboxMessage &) {
            ++calls;
            return readyFuture<Result<QString, AppError>>(
                fail(AppError::make(AppError::Kind::Network, u"offline"_s)));
        };
        auto flushed = await(outbox.flush(m_account, offline, 3));
        QVERIFY(!flushed);
        QCOMPARE(calls, 1); // stops at the first unclear answer; "again" waits its turn
        QCOMPARE((*outbox.message(a->localId))->state, OutboxState::Unconfirmed);
        QCOMPARE((*outbox.message(b->localId))->state, OutboxState::Pending);

        // The thread shows the server did get "hello" (its echo from us): Sent, not resent.
        const QList<CacheItem> server{item(u"m1"_s, {}, u"other"_s, u"hello"_s),
                                      item(u"m2"_s, {}, u"me"_s, u"hello"_s)};
        QCOMPARE(*outbox.reconcile(m_account, u"q"_s, server, u"me"_s, 4), 1);
        auto settled = *outbox.message(a->localId);
        QCOMPARE(settled->state, OutboxState::Sent);
        QCOMPARE(settled->remoteId, u"m2"_s); // not the other party's identical words

        QStringList sent;
        auto online = [&sent](const OutboxMessage &m) {
            sent << m.text;
            return readyFuture<Result<QString, AppError>>(u"m3"_s);
        };
        QCOMPARE(*await(outbox.flush(m_account, online, 5)), 1);
        QCOMPARE(sent, QStringList{u"again"_s});
    }

    void outboxResendsOnlyWhatTheServerLacks()
    {
        Outbox outbox(*m_db);
        auto a = outbox.enqueue(m_account, u"t"_s, u"q"_s, u"lost"_s, 1);
        auto timeout = [](const OutboxMessage &) {
            return readyFuture<Result<QString, AppError>>(
                fail(AppError::make(AppError::Kind::Timeout, u"slow"_s)));
        };
        QVERIFY(!await(outbox.flush(m_account, timeout, 2)));
        // One earlier identical message already matched to another send is not an echo.
        auto old = outbox.enqueue(m_account, u"t"_s, u"q"_s, u"lost"_s, 0);
        QVERIFY(m_db->exec(u"UPDATE message_outbox SET state = 'sent', remote_id = 'm1' "
                           "WHERE local_id = ?"_s,
                           {old->localId}));
        QCOMPARE(*outbox.reconcile(m_account, u"q"_s, {item(u"m1"_s, {}, u"me"_s, u"lost"_s)},
                                   u"me"_s, 3),
                 0);
        QCOMPARE((*outbox.message(a->localId))->state, OutboxState::Pending);
    }

    void outboxRefusalFailsAndRetryRequeues()
    {
        Outbox outbox(*m_db);
        auto a = outbox.enqueue(m_account, u"t"_s, u"q"_s, u"x"_s, 1);
        auto refused = [](const OutboxMessage &) {
            AppError e = AppError::make(AppError::Kind::Conflict, u"quote closed"_s);
            return readyFuture<Result<QString, AppError>>(fail(e));
        };
        QCOMPARE(*await(outbox.flush(m_account, refused, 2)), 0);
        auto failed = *outbox.message(a->localId);
        QCOMPARE(failed->state, OutboxState::Failed);
        QVERIFY(failed->error.contains(u"quote closed"_s));
        QCOMPARE(*outbox.retry(a->localId, 3), true);
        QCOMPARE(*outbox.retry(a->localId, 3), false); // only from Failed
        QCOMPARE((*outbox.message(a->localId))->state, OutboxState::Pending);
    }

    void outboxCrashWhileSendingIsUnconfirmed()
    {
        Outbox outbox(*m_db);
        auto a = outbox.enqueue(m_account, u"t"_s, u"q"_s, u"x"_s, 1);
        QVERIFY(m_db->exec(u"UPDATE message_outbox SET state = 'sending'"_s));
        QCOMPARE(*outbox.recover(2), 1);
        QCOMPARE((*outbox.message(a->localId))->state, OutboxState::Unconfirmed);
        int calls = 0;
        auto sender = [&calls](const OutboxMessage &) {
            ++calls;
            return readyFuture<Result<QString, AppError>>(u"m"_s);
        };
        QCOMPARE(*await(outbox.flush(m_account, sender, 3)), 0);
        QCOMPARE(calls, 0); // never resent before the thread was looked at
    }

    // Sync engine ---------------------------------------------------------------------------
    void engineAppliesSnapshotsAndAnnouncesNewStates()
    {
        MarketCache cache(*m_db);
        EventBus bus(*m_db);
        QList<CacheItem> board{item(u"a"_s, u"open"_s), item(u"b"_s, u"open"_s)};
        int fetches = 0;
        const qint64 account = m_account;
        auto fetch = [&board, &fetches, account] {
            ++fetches;
            return readyFuture<Result<CacheSnapshot, AppError>>(
                CacheSnapshot{account, CacheKind::Task, {}, board, true});
        };
        qint64 now = 1000;
        SyncEngine engine(&cache, &bus, m_account, fetch, PollSchedule(PollSettings{}, 3));
        engine.setClock([&now] { return now; });
        QSignalSpy changed(&engine, &SyncEngine::changed);
        QSignalSpy events(&bus, &EventBus::transition);

        QCOMPARE(*await(engine.syncNow()), 2);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(events.count(), 0); // the first fill is history

        board[0].status = u"in_escrow"_s;
        board.append(item(u"c"_s, u"open"_s));
        board.removeAt(1);
        now = 2000;
        QCOMPARE(*await(engine.syncNow()), 3);
        const auto set = changed.at(1).at(3).value<ChangeSet>();
        QCOMPARE(set.updated, QStringList{u"a"_s});
        QCOMPARE(set.inserted, QStringList{u"c"_s});
        QCOMPARE(set.removed, QStringList{u"b"_s});
        QCOMPARE(events.count(), 2);

        now = 3000;
        QCOMPARE(*await(engine.syncNow()), 0); // nothing new: no change set, no events
        QCOMPARE(changed.count(), 2);
        QCOMPARE(events.count(), 2);
        QCOMPARE(fetches, 3);
    }

    void engineWatchesAndBacksOff()
    {
        MarketCache cache(*m_db);
        const qint64 account = m_account;
        bool failing = true;
        auto feed = [&failing, account] {
            if (failing)
                return readyFuture<Result<CacheSnapshot, AppError>>(
                    fail(AppError::make(AppError::Kind::Server, u"500"_s)));
            return readyFuture<Result<CacheSnapshot, AppError>>(
                CacheSnapshot{account, CacheKind::Task, {}, {}, true});
        };
        int threadFetches = 0;
        auto thread = [&threadFetches, account] {
            ++threadFetches;
            return readyFuture<Result<CacheSnapshot, AppError>>(
                CacheSnapshot{account, CacheKind::Message, u"q"_s, {}, false});
        };
        SyncEngine engine(&cache, nullptr, m_account, feed, PollSchedule(PollSettings{}, 5));
        QSignalSpy failed(&engine, &SyncEngine::failed);
        engine.watch(u"thread q"_s, thread);
        QVERIFY(engine.schedule().isActive());
        auto first = await(engine.syncNow());
        QVERIFY(!first);
        QCOMPARE(first.error().kind, AppError::Kind::Server);
        QCOMPARE(threadFetches, 1); // one failing list does not starve the others
        QCOMPARE(failed.count(), 1);
        QCOMPARE(engine.schedule().baseDelayMs(), 10'000);
        failing = false;
        QVERIFY(await(engine.syncNow()));
        QCOMPARE(engine.schedule().baseDelayMs(), 5'000);
        engine.unwatch(u"thread q"_s);
        QVERIFY(!engine.schedule().isActive());
        QVERIFY(await(engine.syncNow()));
        QCOMPARE(threadFetches, 2);
    }

    void engineRunsOnItsOwnTimer()
    {
        MarketCache cache(*m_db);
        const qint64 account = m_account;
        int fetches = 0;
        auto feed = [&fetches, account] {
            ++fetches;
            return readyFuture<Result<CacheSnapshot, AppError>>(
                CacheSnapshot{account, CacheKind::Task, {}, {}, true});
        };
        PollSettings fast;
        fast.fastMs = 20;
        fast.idleMs = 20;
        fast.maxIdleMs = 20;
        SyncEngine engine(&cache, nullptr, m_account, feed, PollSchedule(fast, 9));
        engine.start();
        QTRY_VERIFY_WITH_TIMEOUT(fetches >= 4, 5'000);
        engine.stop();
        const int stopped = fetches;
        QTest::qWait(150);
        QCOMPARE(fetches, stopped);
    }
};

QTEST_GUILESS_MAIN(TestLocalStore)
#include "tst_localstore.moc"
