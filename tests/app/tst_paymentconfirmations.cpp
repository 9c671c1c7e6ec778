// SPDX-License-Identifier: GPL-3.0-or-later
// Every paid market action above the profile's threshold waits for the user: a Session set up
// on a real lightwork-sandbox (its own top-ups still pass without a question), then a 402ai
// task posted by L402 from an empty account: declined, unanswered and approved.

#include "markets/aiforhire/hireclient.h"
#include "paymentconfirmations.h"
#include "sandbox/sandboxprocess.h"
#include "sandboxsetup.h"
#include "sessiontestkit.h"

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

    qint64 walletBalanceSats() const
    {
        auto wallet = wait(engine()->requireWallet());
        if (!wallet)
            return -1;
        auto balance = wait((*wallet)->balance());
        return balance ? balance->msat() / 1000 : -1;
    }

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
        QVERIFY(m_sandbox.start(
            {u"--wallet"_s, u"buyer:1000000"_s, u"--wallet"_s, u"worker:100000"_s}));
        Session::Options o;
        o.dataDir = m_dir.path();
        o.sandboxUrl = m_sandbox.url();
        o.sandboxAdminKey = m_sandbox.adminKey().toUtf8();
        auto store = std::make_shared<MemorySecretStore>();
        o.keychain = [store] { return std::make_unique<SharedSecretStore>(store); };
        m_session = std::make_unique<Session>(o);
        QTRY_COMPARE_WITH_TIMEOUT(m_session->setupState(), Session::SetupState::NeedsSetup, 10'000);
    }

    void setupTopUpsPassWithoutAQuestion()
    {
        QSignalSpy asked(PaymentConfirmations::instance(), &PaymentConfirmations::currentChanged);
        m_session->trySandbox();
        QTRY_COMPARE_WITH_TIMEOUT(m_session->setupState(), Session::SetupState::Ready, 30'000);
        QCOMPARE(asked.size(), 0);
        // They were above the default threshold of 100 sat, and paid.
        QVERIFY(SandboxSetup::buyerTopupSats > 100);
        auto hire = wait(engine()->hire(QString()));
        QVERIFY(hire);
        auto me = wait((*hire)->me());
        QVERIFY(me);
        QCOMPARE(me->balance.msat() / 1000, SandboxSetup::buyerTopupSats);

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
        const qint64 before = walletBalanceSats();
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
        QCOMPARE(walletBalanceSats(), before);

        confirmations->decline();
        QVERIFY(!confirmations->current());
        auto result = wait(posted);
        QVERIFY(!result);
        QCOMPARE(result.error().kind, AppError::Kind::Cancelled);
        QCOMPARE(walletBalanceSats(), before);
        QCOMPARE(postCount(), posts + 1);
        auto entry = lastPost();
        QVERIFY(entry);
        QCOMPARE(entry->state, PaymentState::Abandoned);
    }

    void unansweredIsDeclined()
    {
        PaymentConfirmations *confirmations = PaymentConfirmations::instance();
        confirmations->setTimeout(std::chrono::milliseconds(500));
        const qint64 before = walletBalanceSats();
        auto posted = post(u"Forgotten task"_s);
        QTRY_VERIFY_WITH_TIMEOUT(confirmations->current(), 10'000);
        QTRY_VERIFY_WITH_TIMEOUT(!confirmations->current(), 5'000);
        confirmations->setTimeout(PaymentConfirmations::defaultTimeout);
        auto result = wait(posted);
        QVERIFY(!result);
        QCOMPARE(result.error().kind, AppError::Kind::Cancelled);
        QCOMPARE(walletBalanceSats(), before);
        QCOMPARE(lastPost()->state, PaymentState::Abandoned);
    }

    void approvedPaysOnce()
    {
        PaymentConfirmations *confirmations = PaymentConfirmations::instance();
        const qint64 before = walletBalanceSats();
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
        QCOMPARE(walletBalanceSats(), before - postFeeSats - fee);
        QCOMPARE(postCount(), posts + 1);
        QCOMPARE(lastPost()->state, PaymentState::Done);
        QCOMPARE(lastPost()->id, result->journalId);
        QVERIFY(!confirmations->current());
    }

    void questionsWaitInTurn()
    {
        // Two at once: shown one after the other, each answered on its own.
        PaymentConfirmations *confirmations = PaymentConfirmations::instance();
        const qint64 before = walletBalanceSats();
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
        QCOMPARE(walletBalanceSats(), before);
    }

    void profileSwitchMidPaymentFinishesIt()
    {
        // The user switches profiles (or edits a wallet, which rebuilds the gate) while a
        // question is open: the payment still ends, once, with its old gate and wallet, which
        // go away after it.
        PaymentConfirmations *confirmations = PaymentConfirmations::instance();
        const qint64 before = walletBalanceSats();
        const int posts = postCount();
        auto gate = wait(engine()->gate());
        QVERIFY(gate);
        QPointer<PaymentGate> oldGate = *gate;
        auto posted = post(u"Posted across a switch"_s);
        QTRY_VERIFY_WITH_TIMEOUT(confirmations->current(), 10'000);
        QCOMPARE(oldGate->running(), 1);
        QVERIFY(engine()->switchProfile(engine()->profile().id));
        QVERIFY(oldGate); // kept while it pays
        confirmations->approve();
        auto result = wait(posted);
        QVERIFY2(result, result ? "" : qPrintable(result.error().message));
        QVERIFY(result->payment);
        QCOMPARE(result->value.title, u"Posted across a switch"_s);
        QCOMPARE(lastPost()->state, PaymentState::Done);
        QCOMPARE(postCount(), posts + 1);
        QTRY_VERIFY_WITH_TIMEOUT(!oldGate, 5'000); // and released once idle
        const qint64 fee = result->payment->fee.msat() / 1000;
        QCOMPARE(walletBalanceSats(), before - postFeeSats - fee);
    }

    void cleanupTestCase()
    {
        m_session.reset();
        QVERIFY(m_sandbox.stopCleanly());
    }
};

QTEST_GUILESS_MAIN(TestPaymentConfirmations)
#include "tst_paymentconfirmations.moc"
