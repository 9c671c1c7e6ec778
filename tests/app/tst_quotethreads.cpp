// SPDX-License-Identifier: GPL-3.0-or-later
// The Quotes screen's C++ over a memory keychain and a real lightwork-sandbox: two Sessions on
// one data folder, one acting as the sandbox's Buyer and one as its Worker, each with its own
// open thread. A worker's quote is a thread for both; a buyer's message reaches the worker's
// open thread on its next poll, once; a message whose send is answered with garbage stays
// pending and is sent exactly once when the market answers again; a message the market refuses
// is failed and Retry sends it again; the worker's counter-offer is the price both see.

#include "balancetestkit.h"
#include "hiretaskflow.h"
#include "markets/aiforhire/hirecache.h"
#include "quoteinbox.h"
#include "quotethread.h"
#include "sandbox/sandboxprocess.h"
#include "store/marketcache.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace lw;
using namespace lwtest;
using namespace Qt::Literals::StringLiterals;

namespace {

constexpr qint64 priceSats = 300;
constexpr int slowMs = 30'000;
//! Two polls of an open thread, and some room.
constexpr int pollMs = 400;
constexpr int twoPollsMs = 2 * pollMs + 5'000;

} // namespace

class TestQuoteThreads : public QObject {
    Q_OBJECT

private:
    SandboxProcess m_sandbox;
    QTemporaryDir m_dir;
    std::shared_ptr<MemorySecretStore> m_store = std::make_shared<MemorySecretStore>();
    std::unique_ptr<Session> m_worker; //!< the first Session, set up, acting as the Worker
    std::unique_ptr<Session> m_buyer;  //!< a second Session on the same folder, as the Buyer
    QString m_taskId;
    QString m_quoteId;

    Session::Options options() const { return sandboxOptions(m_sandbox, m_dir.path(), m_store); }

    static qint64 accountOf(Session &session)
    {
        auto account = session.engine()->onlyAccount(MarketKind::AiForHire, QString());
        return account ? account->id : 0;
    }

    std::unique_ptr<QuoteThread> openThread(Session &session, const QString &quoteId,
                                            bool active = true)
    {
        auto thread = std::make_unique<QuoteThread>();
        new QAbstractItemModelTester(thread->messages(),
                                     QAbstractItemModelTester::FailureReportingMode::Fatal,
                                     thread.get());
        thread->setPollInterval(pollMs);
        thread->setSession(&session);
        thread->setAccountId(accountOf(session));
        thread->setTaskId(m_taskId);
        thread->setQuoteId(quoteId);
        thread->setActive(active);
        return thread;
    }

    //! How often `body` is in the thread as the market has it (asked as the buyer).
    int onMarket(const QString &quoteId, const QString &body)
    {
        auto messages = wait(hireOf(*m_buyer)->messages(m_taskId, quoteId));
        if (!messages)
            return -1;
        return int(std::count_if(messages->items.begin(), messages->items.end(),
                                 [&](const HireMessage &m) { return m.body == body; }));
    }

    static int rowsWith(const QuoteMessageModel *model, const QString &body)
    {
        return int(std::count_if(model->rows().begin(), model->rows().end(),
                                 [&](const QuoteMessageRow &r) { return r.body == body; }));
    }

    static const QuoteMessageRow *rowWith(const QuoteMessageModel *model, const QString &body)
    {
        for (const QuoteMessageRow &r : model->rows())
            if (r.body == body)
                return &r;
        return nullptr;
    }

    static const QuoteInboxRow *threadRow(const QuoteInbox &inbox, const QString &quoteId)
    {
        for (const QuoteInboxRow &r : inbox.threads()->rows())
            if (r.quoteId == quoteId)
                return &r;
        return nullptr;
    }

    static void refreshed(QuoteInbox &inbox)
    {
        QSignalSpy done(&inbox, &QuoteInbox::refreshed);
        inbox.refresh();
        QVERIFY(done.wait(slowMs));
        QVERIFY2(inbox.errorText().isEmpty(), qPrintable(inbox.errorText()));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_sandbox.start(sandboxArgs()));
        QVERIFY(m_dir.isValid());
        QString why;
        m_worker = sandboxSession(options(), &why);
        QVERIFY2(m_worker, qPrintable(why));
        m_buyer = std::make_unique<Session>(options());
        QTRY_COMPARE_WITH_TIMEOUT(m_buyer->setupState(), Session::SetupState::Ready, slowMs);
        for (Session *s : {m_worker.get(), m_buyer.get()})
            approvePayments(*s);
        useProfile(*m_buyer, Session::tr("Buyer"));
        useProfile(*m_worker, Session::tr("Worker"));

        // The buyer posts a task (from the balance), the worker quotes on it.
        auto posted = wait(postHireTask(*m_buyer->engine(), hireOf(*m_buyer), u"Translate a poem"_s,
                                        u"Into Spanish"_s, MilliSats(500'000), false));
        QVERIFY2(posted, posted ? "" : qPrintable(posted.error().describe()));
        m_taskId = posted->value.id;
        auto quoted = wait(sendHireQuote(*m_worker->engine(), hireOf(*m_worker), m_taskId,
                                         MilliSats(priceSats * 1000), u"Native speaker"_s, true));
        QVERIFY2(quoted, quoted ? "" : qPrintable(quoted.error().describe()));
        m_quoteId = quoted->value.id;
    }

    void aQuoteIsAThreadForBothSides()
    {
        QuoteInbox worker;
        new QAbstractItemModelTester(
            worker.threads(), QAbstractItemModelTester::FailureReportingMode::Fatal, &worker);
        worker.setSession(m_worker.get());
        refreshed(worker);
        const QuoteInboxRow *mine = threadRow(worker, m_quoteId);
        QVERIFY(mine);
        QVERIFY(!mine->asBuyer);
        QCOMPARE(mine->taskId, m_taskId);
        QCOMPARE(mine->title, u"Translate a poem"_s);
        QCOMPARE(mine->priceSats, priceSats);
        QCOMPARE(mine->quoteStatus, u"pending"_s);
        QVERIFY(mine->lastMessage.isEmpty());
        QVERIFY(!mine->unread);

        // The buyer's device has never seen the quote: the refresh finds it.
        QuoteInbox buyer;
        new QAbstractItemModelTester(buyer.threads(),
                                     QAbstractItemModelTester::FailureReportingMode::Fatal, &buyer);
        buyer.setSession(m_buyer.get());
        QVERIFY(buyer.hasAccount());
        refreshed(buyer);
        const QuoteInboxRow *theirs = threadRow(buyer, m_quoteId);
        QVERIFY(theirs);
        QVERIFY(theirs->asBuyer);
        QCOMPARE(theirs->priceSats, priceSats);
        const QString workerId =
            m_worker->engine()->accounts().accountById(accountOf(*m_worker))->remoteId;
        QVERIFY(!workerId.isEmpty());
        QCOMPARE(theirs->counterparty, workerId);
    }

    void aBuyersMessageReachesTheWorkersOpenThreadOnce()
    {
        auto worker = openThread(*m_worker, m_quoteId);
        QTRY_COMPARE_WITH_TIMEOUT(worker->state(), QuoteThread::State::Ready, slowMs);
        QCOMPARE(worker->priceSats(), priceSats);
        QVERIFY(!worker->asBuyer());
        QVERIFY(worker->canWrite());

        auto buyer = openThread(*m_buyer, m_quoteId);
        QTRY_COMPARE_WITH_TIMEOUT(buyer->state(), QuoteThread::State::Ready, slowMs);
        QVERIFY(buyer->asBuyer());
        QVERIFY(!buyer->canCounter());   // only the worker changes a quote
        QVERIFY(!buyer->send(u"   "_s)); // refused before it is queued
        QVERIFY(!buyer->errorText().isEmpty());
        const QString hello = u"Can you start today?"_s;
        QVERIFY(buyer->send(hello));
        QCOMPARE(rowsWith(buyer->messages(), hello), 1); // shown at once, as pending
        QTRY_COMPARE_WITH_TIMEOUT(rowWith(buyer->messages(), hello)->state, u"sent"_s, slowMs);
        QVERIFY(rowWith(buyer->messages(), hello)->mine);

        // The worker's thread is open and polls: the message arrives without any call.
        QTRY_COMPARE_WITH_TIMEOUT(rowsWith(worker->messages(), hello), 1, twoPollsMs);
        const QuoteMessageRow *got = rowWith(worker->messages(), hello);
        QVERIFY(!got->mine);
        QCOMPARE(got->state, u"sent"_s);
        QVERIFY(got->at.isValid());

        // More polls bring nothing twice.
        QSignalSpy polled(worker.get(), &QuoteThread::threadChanged);
        QVERIFY(polled.wait(twoPollsMs));
        QTest::qWait(2 * pollMs);
        QCOMPARE(rowsWith(worker->messages(), hello), 1);
        QCOMPARE(rowsWith(buyer->messages(), hello), 1);
        QCOMPARE(onMarket(m_quoteId, hello), 1);

        // The worker's list shows it as the newest, unread until the thread is read.
        worker->setActive(false);
        QuoteInbox inbox;
        inbox.setSession(m_worker.get());
        refreshed(inbox);
        const QuoteInboxRow *row = threadRow(inbox, m_quoteId);
        QVERIFY(row);
        QCOMPARE(row->lastMessage, hello);
        QVERIFY(!row->lastFromMe);
        // It was read while the thread was open.
        QVERIFY(!row->unread);
        // A reply, read only by the buyer's list: unread there until the buyer opens it.
        buyer->setActive(false);
        QVERIFY(worker->send(u"Yes, starting now."_s));
        QTRY_COMPARE_WITH_TIMEOUT(rowWith(worker->messages(), u"Yes, starting now."_s)->state,
                                  u"sent"_s, slowMs);
        QuoteInbox buyerInbox;
        buyerInbox.setSession(m_buyer.get());
        refreshed(buyerInbox);
        QVERIFY(threadRow(buyerInbox, m_quoteId));
        QCOMPARE(threadRow(buyerInbox, m_quoteId)->lastMessage, u"Yes, starting now."_s);
        QVERIFY(threadRow(buyerInbox, m_quoteId)->unread);
        QCOMPARE(buyerInbox.threads()->unreadCount(), 1);
        buyer->setActive(true); // opening the thread reads it
        QTRY_VERIFY_WITH_TIMEOUT(rowWith(buyer->messages(), u"Yes, starting now."_s), slowMs);
        buyerInbox.reload();
        QVERIFY(!threadRow(buyerInbox, m_quoteId)->unread);
    }

    void anUnansweredSendStaysPendingThenGoesOnce()
    {
        auto buyer = openThread(*m_buyer, m_quoteId);
        QTRY_COMPARE_WITH_TIMEOUT(buyer->state(), QuoteThread::State::Ready, slowMs);
        QTRY_VERIFY(!buyer->messages()->rows().isEmpty());
        // The next send is not handled and answered with an HTML page: no clear answer.
        const QString path =
            u"/api/v1/ai-for-hire/tasks/%1/quotes/%2/messages"_s.arg(m_taskId, m_quoteId);
        QVERIFY(m_sandbox.tamper({{u"mode"_s, u"non_json"_s},
                                  {u"count"_s, 1},
                                  {u"path"_s, path},
                                  {u"method"_s, u"POST"_s}}));
        const QString text = u"Sent while the market struggles"_s;
        QVERIFY(buyer->send(text));
        QTRY_VERIFY_WITH_TIMEOUT(!buyer->errorText().isEmpty(), slowMs);
        QCOMPARE(rowWith(buyer->messages(), text)->state, u"pending"_s);
        QCOMPARE(onMarket(m_quoteId, text), 0);
        // The next poll finds it missing on the market and sends it: once.
        QTRY_COMPARE_WITH_TIMEOUT(rowWith(buyer->messages(), text)->state, u"sent"_s, twoPollsMs);
        QTRY_VERIFY_WITH_TIMEOUT(buyer->errorText().isEmpty(), twoPollsMs);
        QCOMPARE(onMarket(m_quoteId, text), 1);
        QTest::qWait(2 * pollMs);
        QCOMPARE(onMarket(m_quoteId, text), 1);
        QCOMPARE(rowsWith(buyer->messages(), text), 1);
    }

    void aCounterOfferIsThePriceBothSee()
    {
        auto worker = openThread(*m_worker, m_quoteId);
        QTRY_COMPARE_WITH_TIMEOUT(worker->state(), QuoteThread::State::Ready, slowMs);
        QTRY_VERIFY_WITH_TIMEOUT(worker->canCounter(), slowMs);
        QVERIFY(!worker->counterFeeText().isEmpty());
        QVERIFY(!worker->priceError(u"abc"_s).isEmpty());
        QVERIFY(worker->priceError(u"250"_s).isEmpty());
        const qint64 before = wait(hireOf(*m_worker)->me())->balance.msat();
        QSignalSpy updated(worker.get(), &QuoteThread::quoteUpdated);
        worker->counterOffer(u"250"_s, u"Native speaker, today"_s);
        QVERIFY(worker->busy());
        QVERIFY(updated.wait(slowMs));
        QVERIFY2(worker->errorText().isEmpty(), qPrintable(worker->errorText()));
        QCOMPARE(worker->priceSats(), 250);
        QVERIFY(worker->actionText().contains(u"250"_s));
        QCOMPARE(worker->quoteDescription(), u"Native speaker, today"_s);
        QCOMPARE(wait(hireOf(*m_worker)->me())->balance.msat(), before); // free on 402ai

        // The buyer's open thread shows the new price on its next poll.
        auto buyer = openThread(*m_buyer, m_quoteId);
        QTRY_COMPARE_WITH_TIMEOUT(buyer->priceSats(), 250, twoPollsMs);
        QCOMPARE(buyer->priceText(), u"250 sat"_s);
        QuoteInbox inbox;
        inbox.setSession(m_buyer.get());
        refreshed(inbox);
        QCOMPARE(threadRow(inbox, m_quoteId)->priceSats, 250);
    }

    void aRefusedMessageFailsAndRetrySendsItAgain()
    {
        // A second worker quotes and the buyer accepts that quote: ours is rejected, and the
        // market refuses messages on it.
        const QByteArray token = m_sandbox.hireAccount(u"worker"_s, 100);
        QVERIFY(!token.isEmpty());
        const auto other =
            m_sandbox.post(u"/api/v1/ai-for-hire/tasks/%1/quotes"_s.arg(m_taskId),
                           R"({"price_sats":20,"description":"Cheaper"})",
                           {{"x-token", token}, {"content-type", "application/json"}});
        QCOMPARE(other.status, 201);
        const QString otherQuote = other.json.value(u"id").toString();
        // The buyer's thread still holds our quote as pending (not polling).
        auto buyer = openThread(*m_buyer, m_quoteId, false);
        QTRY_COMPARE_WITH_TIMEOUT(buyer->state(), QuoteThread::State::Ready, slowMs);
        QVERIFY(buyer->canWrite());
        auto accepted =
            wait(acceptHireQuote(*m_buyer->engine(), hireOf(*m_buyer), m_taskId, otherQuote));
        QVERIFY2(accepted, accepted ? "" : qPrintable(accepted.error().describe()));
        // acceptHireQuote stored the task afresh: read the stale quote back in for the test.
        CacheSnapshot stale{accountOf(*m_buyer), CacheKind::Quote, m_taskId, {}, false};
        auto cached = MarketCache(m_buyer->engine()->database())
                          .item(accountOf(*m_buyer), CacheKind::Quote, m_quoteId);
        QVERIFY(cached && *cached);
        CacheItem pending = **cached;
        pending.status = u"pending"_s;
        stale.items.append(pending);
        QVERIFY(MarketCache(m_buyer->engine()->database()).apply(stale, 1));
        QSignalSpy reloaded(buyer.get(), &QuoteThread::threadChanged);
        buyer->setQuoteId(QString());
        buyer->setQuoteId(m_quoteId);
        QVERIFY(reloaded.wait());
        QVERIFY(buyer->canWrite());

        const QString text = u"Still there?"_s;
        QVERIFY(buyer->send(text));
        QTRY_COMPARE_WITH_TIMEOUT(rowWith(buyer->messages(), text)->state, u"failed"_s, slowMs);
        const QuoteMessageRow failed = *rowWith(buyer->messages(), text);
        QVERIFY(!failed.errorText.isEmpty());
        QVERIFY(!failed.localId.isEmpty());
        QCOMPARE(onMarket(m_quoteId, text), 0);
        // Retry queues it again and sends it again; the market refuses again.
        Outbox outbox(m_buyer->engine()->database());
        QCOMPARE(outbox.message(failed.localId).value()->attempts, 1);
        buyer->retry(failed.localId);
        QTRY_COMPARE_WITH_TIMEOUT(outbox.message(failed.localId).value()->attempts, 2, slowMs);
        QTRY_COMPARE_WITH_TIMEOUT(rowWith(buyer->messages(), text)->state, u"failed"_s, slowMs);
        QCOMPARE(rowsWith(buyer->messages(), text), 1);
        // With the market's copy the quote reads rejected: nothing more can be written.
        buyer->refresh();
        QTRY_COMPARE_WITH_TIMEOUT(buyer->quoteStatus(), u"rejected"_s, slowMs);
        QVERIFY(!buyer->canWrite());
        QVERIFY(!buyer->send(u"Hello?"_s));
    }

    void anotherProfilesThreadIsNotShown()
    {
        auto worker = openThread(*m_worker, m_quoteId);
        QTRY_COMPARE_WITH_TIMEOUT(worker->state(), QuoteThread::State::Ready, slowMs);
        QVERIFY(worker->messages()->count() > 0);
        useProfile(*m_worker, Session::tr("Buyer"));
        QTRY_COMPARE(worker->state(), QuoteThread::State::Idle);
        QCOMPARE(worker->messages()->count(), 0);
        QVERIFY(!worker->send(u"Wrong profile"_s));
        useProfile(*m_worker, Session::tr("Worker"));
        QTRY_COMPARE_WITH_TIMEOUT(worker->state(), QuoteThread::State::Ready, slowMs);
        QVERIFY(worker->messages()->count() > 0);
    }

    void cleanupTestCase()
    {
        m_buyer.reset();
        m_worker.reset();
    }
};

QTEST_MAIN(TestQuoteThreads)
#include "tst_quotethreads.moc"
