// SPDX-License-Identifier: GPL-3.0-or-later
// Every paid market action above the profile's threshold waits for the user: a Session set up
// on a real lightwork-sandbox (its own top-ups still pass without a question), then a 402ai
// task posted by L402 from an empty account: declined, unanswered and approved.

#include "balancetestkit.h"
#include "paymentconfirmations.h"
#include "recoverystatus.h"
#include "sandbox/sandboxprocess.h"
#include "sandboxsetup.h"

#include <QPointer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace lw;
using namespace lwtest;
using namespace Qt::Literals::StringLiterals;

namespace {

constexpr qint64 postFeeSats = 50;
const QString emptyAccount = u"empty"_s;

} // namespace

class TestPaymentConfirmations : public QObject {
    Q_OBJECT

private:
    SandboxProcess m_sandbox;
    QTemporaryDir m_dir;
    std::unique_ptr<Session> m_session;

    EngineSession *engine() const { return m_session->engine(); }

    //! The journal's newest entry for posting a task.
    std::optional<JournalEntry> lastPost() const
    {
        auto entries = engine()->journal().recent(100);
        if (!entries)
            return std::nullopt;
        std::optional<JournalEntry> newest;
        for (const JournalEntry &e : *entries)
            if (e.action == u"402ai.post_task" && (!newest || e.id > newest->id))
                newest = e;
        return newest;
    }

    int postCount() const
    {
        int n = 0;
        for (const JournalEntry &e :
             engine()->journal().recent(1000).value_or(QList<JournalEntry>()))
            n += e.action == u"402ai.post_task" ? 1 : 0;
        return n;
    }

    //! Posts a task from the empty account: the server asks for 50 sat by L402.
    QFuture<HireResult<HirePaid<HireTask>>> post(const QString &title)
    {
        auto client = wait(engine()->hire(emptyAccount));
        if (!client)
            qFatal("no client for the empty account");
        return (*client)->postTask(title, u"Posted while the user is asked."_s,
                                   *MilliSats::fromSats(10), true);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_sandbox.start(sandboxArgs()));
        m_session = std::make_unique<Session>(
            sandboxOptions(m_sandbox, m_dir.path(), std::make_shared<MemorySecretStore>()));
        QTRY_COMPARE_WITH_TIMEOUT(m_session->setupState(), Session::SetupState::NeedsSetup, 10'000);
    }

    void setupTopUpsPassWithoutAQuestion()
    {
        QSignalSpy asked(PaymentConfirmations::instance(), &PaymentConfirmations::currentChanged);
        QString why;
        QVERIFY2(setUpSandbox(*m_session, &why), qPrintable(why));
        QCOMPARE(asked.size(), 0);
        // They were above the default threshold of 100 sat, and paid.
        QVERIFY(SandboxSetup::buyerTopupSats > 100);
        QCOMPARE(hireBalanceSats(*m_session), SandboxSetup::buyerTopupSats);

        // An empty 402ai account beside it (nothing paid to make it), and a threshold below
        // the posting fee, so posting from it asks.
        auto existing = engine()->onlyAccount(MarketKind::AiForHire, QString());
        QVERIFY(existing);
        MarketAccount a;
        a.profileId = engine()->profile().id;
        a.name = emptyAccount;
        a.kind = MarketKind::AiForHire;
        a.baseUrl = existing->baseUrl;
        auto added = engine()->accounts().addAccount(a);
        QVERIFY(added);
        auto client = wait(engine()->hireById(added->id));
        QVERIFY(client);
        auto token = wait((*client)->createAccount());
        QVERIFY(token);
        QVERIFY(wait(engine()->saveToken(added->id, *token)));
        SpendingLimits limits = engine()->profile().limits;
        limits.confirmAbove = *MilliSats::fromSats(10);
        QVERIFY(engine()->accounts().setLimits(a.profileId, limits));
        QVERIFY(engine()->switchProfile(a.profileId)); // the gate is made again with them
        QCOMPARE(asked.size(), 0);
    }

    void declinedPaysNothing()
    {
        PaymentConfirmations *confirmations = PaymentConfirmations::instance();
        const qint64 before = walletBalanceSats(*m_session);
        QVERIFY(before > 0);
        const int posts = postCount();

        auto posted = post(u"Declined task"_s);
        QTRY_VERIFY_WITH_TIMEOUT(confirmations->current(), 10'000);
        QCOMPARE(confirmations->count(), 1);
        PaymentQuestion *q = confirmations->current();
        QCOMPARE(q->amountSats(), postFeeSats);
        QCOMPARE(q->amountText(), u"50 sat"_s);
        QCOMPARE(q->action(), u"Task posting fee"_s);
        QCOMPARE(q->host(), m_sandbox.url().host());
        QVERIFY(q->maxFeeText().contains(u"sat"));
        QVERIFY(q->expiresAt() > QDateTime::currentDateTimeUtc().addSecs(4 * 60));
        // The question waits: nothing moves meanwhile.
        QTest::qWait(300);
        QVERIFY(!posted.isFinished());
        QCOMPARE(walletBalanceSats(*m_session), before);

        confirmations->decline();
        QVERIFY(!confirmations->current());
        auto result = wait(posted);
        QVERIFY(!result);
        QCOMPARE(result.error().kind, AppError::Kind::Cancelled);
        QCOMPARE(walletBalanceSats(*m_session), before);
        QCOMPARE(postCount(), posts + 1);
        auto entry = lastPost();
        QVERIFY(entry);
        QCOMPARE(entry->state, PaymentState::Abandoned);
    }

    void unansweredIsDeclined()
    {
        PaymentConfirmations *confirmations = PaymentConfirmations::instance();
        confirmations->setTimeout(std::chrono::milliseconds(500));
        const qint64 before = walletBalanceSats(*m_session);
        auto posted = post(u"Forgotten task"_s);
        QTRY_VERIFY_WITH_TIMEOUT(confirmations->current(), 10'000);
        QTRY_VERIFY_WITH_TIMEOUT(!confirmations->current(), 5'000);
        confirmations->setTimeout(PaymentConfirmations::defaultTimeout);
        auto result = wait(posted);
        QVERIFY(!result);
        QCOMPARE(result.error().kind, AppError::Kind::Cancelled);
        QCOMPARE(walletBalanceSats(*m_session), before);
        QCOMPARE(lastPost()->state, PaymentState::Abandoned);
    }

    void approvedPaysOnce()
    {
        PaymentConfirmations *confirmations = PaymentConfirmations::instance();
        const qint64 before = walletBalanceSats(*m_session);
        const int posts = postCount();
        auto posted = post(u"Approved task"_s);
        QTRY_VERIFY_WITH_TIMEOUT(confirmations->current(), 10'000);
        // Approving nothing twice: the second click finds no question.
        confirmations->approve();
        confirmations->approve();
        auto result = wait(posted);
        QVERIFY2(result, result ? "" : qPrintable(result.error().message));
        QVERIFY(result->payment);
        QCOMPARE(result->payment->amount, *MilliSats::fromSats(postFeeSats));
        QCOMPARE(result->value.title, u"Approved task"_s);
        const qint64 fee = result->payment->fee.msat() / 1000;
        QCOMPARE(walletBalanceSats(*m_session), before - postFeeSats - fee);
        QCOMPARE(postCount(), posts + 1);
        QCOMPARE(lastPost()->state, PaymentState::Done);
        QCOMPARE(lastPost()->id, result->journalId);
        QVERIFY(!confirmations->current());
    }

    void questionsWaitInTurn()
    {
        // Two at once: shown one after the other, each answered on its own.
        PaymentConfirmations *confirmations = PaymentConfirmations::instance();
        const qint64 before = walletBalanceSats(*m_session);
        auto first = post(u"First in line"_s);
        QTRY_VERIFY_WITH_TIMEOUT(confirmations->current(), 10'000);
        auto second = post(u"Second in line"_s);
        QTRY_COMPARE_WITH_TIMEOUT(confirmations->count(), 2, 10'000);
        confirmations->decline();
        QCOMPARE(confirmations->count(), 1);
        QVERIFY(confirmations->current());
        confirmations->decline();
        QVERIFY(!wait(first));
        QVERIFY(!wait(second));
        QCOMPARE(walletBalanceSats(*m_session), before);
    }

    void profileSwitchMidPaymentFinishesIt()
    {
        // The user switches profiles (or edits a wallet, which rebuilds the gate) while a
        // question is open: the payment still ends, once, with its old gate and wallet, which
        // go away after it.
        PaymentConfirmations *confirmations = PaymentConfirmations::instance();
        const qint64 before = walletBalanceSats(*m_session);
        const int posts = postCount();
        auto gate = wait(engine()->gate());
        QVERIFY(gate);
        QPointer<PaymentGate> oldGate = *gate;
        auto posted = post(u"Posted across a switch"_s);
        QTRY_VERIFY_WITH_TIMEOUT(confirmations->current(), 10'000);
        QCOMPARE(oldGate->running(), 1);
        QVERIFY(engine()->switchProfile(engine()->profile().id));
        QVERIFY(oldGate); // kept while it pays
        // The switch looks for payments an earlier run left open: this one is not one of them.
        QTRY_VERIFY_WITH_TIMEOUT(!m_session->recovery()->busy(), 10'000);
        QCOMPARE(m_session->recovery()->entries(), QStringList());
        QVERIFY(!m_session->recovery()->shown());
        confirmations->approve();
        auto result = wait(posted);
        QVERIFY2(result, result ? "" : qPrintable(result.error().message));
        QVERIFY(result->payment);
        QCOMPARE(result->value.title, u"Posted across a switch"_s);
        QCOMPARE(lastPost()->state, PaymentState::Done);
        QCOMPARE(postCount(), posts + 1);
        QTRY_VERIFY_WITH_TIMEOUT(!oldGate, 5'000); // and released once idle
        const qint64 fee = result->payment->fee.msat() / 1000;
        QCOMPARE(walletBalanceSats(*m_session), before - postFeeSats - fee);
    }

    void cleanupTestCase()
    {
        m_session.reset();
        QVERIFY(m_sandbox.stopCleanly());
    }
};

QTEST_GUILESS_MAIN(TestPaymentConfirmations)
#include "tst_paymentconfirmations.moc"
