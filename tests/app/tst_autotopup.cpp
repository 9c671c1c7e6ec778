// SPDX-License-Identifier: GPL-3.0-or-later
// AutoTopUp's rule against a real payment journal in a temporary database (off by default,
// the threshold, the daily cap summed over today's automatic top-ups, an unsettled top-up,
// the back-off after a failure), and one automatic top-up paid over a real sandbox.

#include "autotopup.h"
#include "ledger/ledger.h"
#include "lightning/preimage.h"
#include "markets/aiforhire/hireclient.h"
#include "sandbox/sandboxprocess.h"
#include "sandboxsetup.h"
#include "sessiontestkit.h"
#include "settingsstore.h"
#include "store/database.h"
#include "walletbalance.h"

#include <QDateTime>
#include <QTemporaryDir>
#include <QTest>

using namespace lw;
using namespace lwtest;
using namespace Qt::Literals::StringLiterals;
using Verdict = AutoTopUpDecision::Verdict;

namespace {

constexpr char keyHex[] = "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f";
constexpr qint64 account = 7;
constexpr qint64 otherAccount = 8;

MilliSats sats(qint64 n)
{
    return *MilliSats::fromSats(n);
}

AutoTopUpRules rules()
{
    AutoTopUpRules r;
    r.enabled = true;
    r.threshold = sats(1'000);
    r.amount = sats(5'000);
    r.dailyCap = sats(12'000);
    r.backoffMs = 30 * 60 * 1000;
    return r;
}

} // namespace

class TestAutoTopUp : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    SecretBox m_box{*DataKey::fromHex(QString::fromLatin1(keyHex))};
    std::unique_ptr<PaymentJournal> m_journal;
    int m_dbCount = 0;

    //! A top-up entry of `accountId` taken to `to` along the journal's real transitions.
    qint64 topUp(qint64 accountId, qint64 amountSats, PaymentState to,
                 const QString &action = AutoTopUp::action())
    {
        JournalEntry e;
        e.kind = JournalEntry::Kind::Topup;
        e.action = action;
        e.accountId = accountId;
        e.method = "POST";
        e.url = QUrl(u"https://402.example/api/v1/topup"_s);
        e.agreed = sats(amountSats);
        auto id = m_journal->recordIntent(e);
        if (!id)
            return 0;
        if (to == PaymentState::Abandoned) {
            (void)m_journal->markAbandoned(*id, u"declined"_s);
            return *id;
        }
        const Preimage preimage = generatePreimage();
        (void)m_journal->recordInvoice(*id, u"lnbcrt1"_s, paymentHashOf(preimage), sats(amountSats),
                                       {}, {}, {});
        (void)m_journal->markPaying(*id);
        if (to == PaymentState::Paying)
            return *id;
        if (to == PaymentState::Failed) { // the wallet refused: nothing left it
            (void)m_journal->markFailed(*id, u"no route"_s);
            return *id;
        }
        (void)m_journal->recordPaid(*id, preimage, MilliSats(0));
        if (to == PaymentState::Done)
            (void)m_journal->markDone(*id, u"claimed"_s);
        return *id;
    }

    AutoTopUpDecision decide(MilliSats balance, const AutoTopUpRules &r, qint64 nowMs = 0)
    {
        const qint64 now = nowMs ? nowMs : QDateTime::currentMSecsSinceEpoch();
        auto d = AutoTopUp::decide(*m_journal, account, {account, otherAccount}, balance, r, now,
                                   AutoTopUp::startOfDay(now));
        if (!d)
            qWarning("%s", qPrintable(d.error().describe()));
        return d.value_or(AutoTopUpDecision{});
    }

private Q_SLOTS:
    void init()
    {
        // A fresh journal for every rule.
        m_journal.reset();
        m_db.reset();
        auto opened = Database::open(m_dir.filePath(u"journal%1.sqlite3"_s.arg(++m_dbCount)),
                                     PaymentJournal::migrations());
        QVERIFY(opened);
        m_db = std::move(*opened);
        m_journal = std::make_unique<PaymentJournal>(*m_db, m_box);
    }

    void offByDefault()
    {
        QVERIFY(!AutoTopUpSettings().enabled);
        QVERIFY(!AutoTopUpRules().enabled);
        QCOMPARE(decide(MilliSats(0), AutoTopUpRules()).verdict, Verdict::Off);
        AutoTopUpRules noAmount = rules();
        noAmount.amount = MilliSats(0);
        QCOMPARE(decide(MilliSats(0), noAmount).verdict, Verdict::Off);
        AutoTopUpRules on = rules();
        QCOMPARE(decide(MilliSats(0), on).verdict, Verdict::TopUp);
        on.enabled = false;
        QCOMPARE(decide(MilliSats(0), on).verdict, Verdict::Off);
    }

    void thresholdDecides()
    {
        QCOMPARE(decide(sats(999), rules()).verdict, Verdict::TopUp);
        QCOMPARE(decide(sats(999), rules()).amount, sats(5'000));
        QCOMPARE(decide(sats(1'000), rules()).verdict, Verdict::AboveThreshold);
        QCOMPARE(decide(sats(50'000), rules()).verdict, Verdict::AboveThreshold);
    }

    void dailyCapSumsTodaysAutoTopUps()
    {
        QVERIFY(topUp(account, 5'000, PaymentState::Done));
        auto d = decide(MilliSats(0), rules());
        QCOMPARE(d.verdict, Verdict::TopUp); // 5000 + 5000 ≤ 12000
        QCOMPARE(d.spentToday, sats(5'000));

        // Another account of the profile shares the cap: 5000 + 5000 + 5000 > 12000.
        QVERIFY(topUp(otherAccount, 5'000, PaymentState::Done));
        d = decide(MilliSats(0), rules());
        QCOMPARE(d.verdict, Verdict::DailyCap);
        QCOMPARE(d.spentToday, sats(10'000));

        // A raised cap lets exactly one more through.
        AutoTopUpRules raised = rules();
        raised.dailyCap = sats(15'000);
        QCOMPARE(decide(MilliSats(0), raised).verdict, Verdict::TopUp);
        raised.dailyCap = sats(14'999);
        QCOMPARE(decide(MilliSats(0), raised).verdict, Verdict::DailyCap);
    }

    void dailyCapCountsOnlyWhatMayHaveBeenPaidToday()
    {
        // Top-ups by hand, abandoned ones and failures before the wallet paid do not count.
        QVERIFY(topUp(account, 9'000, PaymentState::Done, u"402ai.topup"_s));
        QVERIFY(topUp(account, 9'000, PaymentState::Abandoned));
        QVERIFY(topUp(otherAccount, 9'000, PaymentState::Failed));
        QVERIFY(topUp(999, 9'000, PaymentState::Done)); // another profile's account
        auto d = decide(MilliSats(0), rules(), QDateTime::currentMSecsSinceEpoch() + 3'600'000);
        QCOMPARE(d.spentToday, MilliSats(0));
        QCOMPARE(d.verdict, Verdict::TopUp);

        // Yesterday's automatic top-ups are not today's.
        QVERIFY(topUp(account, 9'000, PaymentState::Done));
        QCOMPARE(decide(MilliSats(0), rules()).verdict, Verdict::DailyCap);
        QVERIFY(m_db->exec(u"UPDATE payment_journal SET created_at = created_at - 86400000"_s));
        d = decide(MilliSats(0), rules());
        QCOMPARE(d.spentToday, MilliSats(0));
        QCOMPARE(d.verdict, Verdict::TopUp);
    }

    void unsettledTopUpBlocks()
    {
        const qint64 paying = topUp(account, 5'000, PaymentState::Paying);
        QVERIFY(paying);
        QCOMPARE(decide(MilliSats(0), rules()).verdict, Verdict::Unsettled);
        // Another account's unsettled top-up does not block this one.
        auto other = AutoTopUp::decide(*m_journal, otherAccount, {account, otherAccount},
                                       MilliSats(0), rules(), QDateTime::currentMSecsSinceEpoch(),
                                       AutoTopUp::startOfDay(QDateTime::currentMSecsSinceEpoch()));
        QVERIFY(other);
        QCOMPARE(other->verdict, Verdict::TopUp);
        // A top-up by hand that is not settled blocks too.
        QVERIFY(m_journal->recordPaid(paying, generatePreimage(), MilliSats(0)));
        QCOMPARE(decide(MilliSats(0), rules()).verdict, Verdict::Unsettled);
        QVERIFY(m_journal->markDone(paying, u"claimed"_s));
        QVERIFY(topUp(account, 100, PaymentState::Paid, u"402ai.topup"_s));
        QCOMPARE(decide(MilliSats(0), rules()).verdict, Verdict::Unsettled);
    }

    void backsOffAfterFailure()
    {
        QVERIFY(topUp(account, 5'000, PaymentState::Failed));
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        QCOMPARE(decide(MilliSats(0), rules(), now).verdict, Verdict::BackingOff);
        QCOMPARE(decide(MilliSats(0), rules(), now + rules().backoffMs - 5'000).verdict,
                 Verdict::BackingOff);
        QCOMPARE(decide(MilliSats(0), rules(), now + rules().backoffMs + 5'000).verdict,
                 Verdict::TopUp);
        // Only the last top-up counts: one that succeeded since ends the back-off.
        QVERIFY(topUp(account, 1'000, PaymentState::Done));
        QCOMPARE(decide(MilliSats(0), rules(), now).verdict, Verdict::TopUp);
    }

    void topsUpOverTheSandbox()
    {
        SandboxProcess sandbox;
        QVERIFY(sandbox.start(sandboxArgs({.buyerSats = 200'000, .workerSats = 50'000})));
        QTemporaryDir dir;
        QString why;
        auto session =
            sandboxSession(sandbox, dir.path(), std::make_shared<MemorySecretStore>(), &why);
        QVERIFY2(session, qPrintable(why));
        EngineSession &engine = *session->engine();
        auto hire = engine.onlyAccount(MarketKind::AiForHire, QString());
        QVERIFY(hire);
        const qint64 before = sandbox.walletBalance(u"buyer"_s);

        AutoTopUpRules r;
        r.enabled = true;
        r.threshold = sats(SandboxSetup::buyerTopupSats + 1);
        r.amount = sats(50); // below the profile's "ask above" (100 sat): paid without asking
        r.dailyCap = sats(60);
        auto done = wait(AutoTopUp::run(engine, hire->id, r));
        QVERIFY2(done, done ? "" : qPrintable(done.error().describe()));
        QCOMPARE(done->decision.verdict, Verdict::TopUp);
        QCOMPARE(done->balanceBefore, sats(SandboxSetup::buyerTopupSats));
        QVERIFY(done->journalId > 0);
        QVERIFY(done->ledgerProblem.isEmpty());
        auto entry = engine.journal().entry(done->journalId);
        QVERIFY(entry);
        QCOMPARE(entry->state, PaymentState::Done);
        QCOMPARE(entry->action, AutoTopUp::action());
        QCOMPARE(entry->accountId, hire->id);
        QVERIFY(entry->preimage && verifyPreimage(*entry->preimage, *entry->paymentHash));
        auto client = wait(engine.hireById(hire->id));
        QVERIFY(client);
        auto me = wait((*client)->me());
        QVERIFY(me);
        QCOMPARE(me->balance, sats(SandboxSetup::buyerTopupSats + 50));
        QVERIFY(sandbox.walletBalance(u"buyer"_s) <= before - 50);
        LedgerFilter f;
        f.accountId = hire->id;
        auto rows = Ledger(engine.database()).entries(f);
        QVERIFY(rows);
        const auto topUps = std::count_if(rows->cbegin(), rows->cend(), [](const LedgerEntry &e) {
            return e.reason == LedgerReason::TopUp && e.amount == sats(50);
        });
        QVERIFY(topUps >= 1);

        // Now at the threshold: nothing more. Lower balances would pass the daily cap.
        auto again = wait(AutoTopUp::run(engine, hire->id, r));
        QVERIFY(again);
        QCOMPARE(again->decision.verdict, Verdict::AboveThreshold);
        QCOMPARE(again->journalId, 0);
        r.threshold = sats(SandboxSetup::buyerTopupSats + 1'000);
        again = wait(AutoTopUp::run(engine, hire->id, r));
        QVERIFY(again);
        QCOMPARE(again->decision.verdict, Verdict::DailyCap);
        QCOMPARE(again->decision.spentToday, sats(50));

        // As the app runs it: the Wallet page's balance refresh starts it with the profile's
        // saved settings, and says what it did.
        ProfilePreferencesStore prefsStore(engine.accounts());
        auto prefs = prefsStore.load(engine.profile().id);
        QVERIFY(prefs);
        QVERIFY(!prefs->autoTopUp.enabled); // off until turned on
        WalletBalance off;
        off.setSession(session.get());
        QTRY_COMPARE(off.state(), WalletBalance::State::Ready);
        QTest::qWait(200);
        QVERIFY(off.autoTopUpText().isEmpty());
        prefs->autoTopUp.enabled = true;
        prefs->autoTopUp.thresholdSats = SandboxSetup::buyerTopupSats + 51;
        prefs->autoTopUp.amountSats = 20;
        prefs->autoTopUp.dailyCapSats = 100;
        QVERIFY(prefsStore.save(engine.profile().id, *prefs));
        WalletBalance balance;
        balance.setSession(session.get());
        QTRY_VERIFY_WITH_TIMEOUT(balance.autoTopUpText().contains(u"20 sat"), 15'000);
        me = wait((*client)->me());
        QVERIFY(me);
        QCOMPARE(me->balance, sats(SandboxSetup::buyerTopupSats + 70));
        // Refreshed again: at the threshold now, nothing more is paid.
        balance.refresh();
        QTRY_VERIFY_WITH_TIMEOUT(balance.autoTopUpText().contains(u"holds"), 15'000);
        me = wait((*client)->me());
        QCOMPARE(me->balance, sats(SandboxSetup::buyerTopupSats + 70));
    }
};

QTEST_MAIN(TestAutoTopUp)
#include "tst_autotopup.moc"
