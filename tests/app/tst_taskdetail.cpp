// SPDX-License-Identifier: GPL-3.0-or-later
// The task screens' C++ over a memory keychain and a real lightwork-sandbox, each side as its
// screen would act: the buyer posts through PostTaskForm (from the balance, and from the
// wallet by L402 once the balance is empty: the wallet pays exactly the posting price, once);
// the worker's TaskDetail shows the task and sends a quote; the buyer's lists it with its
// price and accepts it (the timeline shows the escrow); the worker delivers and the buyer
// confirms (released). A hostile cached description is shown as bounded plain text.

#include "earningscollect.h"
#include "posttaskform.h"
#include "sandboxsetup.h"
#include "sandboxsuitetestkit.h"
#include "store/marketcache.h"
#include "taskdetail.h"
#include "taskdetailtext.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace lw;
using namespace lwtest;
using namespace Qt::Literals::StringLiterals;

namespace {

constexpr qint64 budgetSats = 500;
constexpr qint64 priceSats = 300;
constexpr int slowMs = 30'000;

} // namespace

class TestTaskDetail : public SandboxSuite {
    Q_OBJECT

private:
    QString m_taskId;

    qint64 hireAccountId()
    {
        auto account = m_session->engine()->onlyAccount(MarketKind::AiForHire, QString());
        return account ? account->id : 0;
    }

    //! A form of the current profile, filled and with the balance read.
    std::unique_ptr<PostTaskForm> filledForm(const QString &title)
    {
        auto form = std::make_unique<PostTaskForm>();
        form->setSession(m_session.get());
        form->setTitle(title);
        form->setDescription(u"Into Spanish, keeping the rhyme."_s);
        form->setBudget(QString::number(budgetSats));
        return form;
    }

    std::unique_ptr<TaskDetail> detailOf(const QString &taskId, qint64 accountId)
    {
        auto detail = std::make_unique<TaskDetail>();
        detail->setSession(m_session.get());
        detail->setAccountId(accountId);
        detail->setTaskId(taskId);
        return detail;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString why;
        QVERIFY2(startSession(&why), qPrintable(why));
        // Anything above the threshold would be asked about: approve, as the Pay dialog would.
        approvePayments(*m_session);
    }

    void validationGatesSubmit()
    {
        use(Session::tr("Buyer"));
        auto form = filledForm(u"Translate a poem"_s);
        QTRY_VERIFY(!form->balanceText().isEmpty());
        QVERIFY(form->hireAvailable());
        QVERIFY(!form->proofLayerAvailable()); // the buyer has no ProofLayer account
        QVERIFY(form->canSubmit());
        form->setTitle(QString());
        QVERIFY(!form->titleError().isEmpty());
        QVERIFY(!form->canSubmit());
        form->setTitle(u"Translate a poem"_s);
        form->setBudget(u"12.5"_s);
        QVERIFY(!form->budgetError().isEmpty());
        QVERIFY(!form->canSubmit());
        form->setBudget(u"10001"_s); // above the per-payment cap of 10 000 sat
        QVERIFY(form->budgetError().contains(u"10000"_s));
        QVERIFY(!form->canSubmit());
        form->setBudget(QString::number(budgetSats));
        form->setDescription(u"   "_s);
        QVERIFY(!form->descriptionError().isEmpty());
        QVERIFY(!form->canSubmit());
        form->submit(); // refused: nothing is posted
        QCOMPARE(form->state(), PostTaskForm::State::Idle);
    }

    void buyerPostsFromTheBalance()
    {
        use(Session::tr("Buyer"));
        const qint64 balanceBefore = hireBalanceSats(*m_session);
        QVERIFY(balanceBefore >= hirePostTaskFeeSats);
        const qint64 walletBefore = m_sandbox.walletBalance(u"buyer"_s);
        auto form = filledForm(u"Translate a poem"_s);
        QTRY_VERIFY(!form->balanceText().isEmpty());
        QCOMPARE(form->balanceText(), u"%1 sat"_s.arg(balanceBefore));
        QVERIFY(form->feeText().contains(QString::number(hirePostTaskFeeSats)));
        QSignalSpy posted(form.get(), &PostTaskForm::posted);
        form->submit();
        QCOMPARE(form->state(), PostTaskForm::State::Submitting);
        QVERIFY(form->busy());
        QVERIFY(!form->canSubmit()); // no second post while one runs
        QTRY_COMPARE_WITH_TIMEOUT(form->state(), PostTaskForm::State::Posted, slowMs);
        QVERIFY2(form->errorText().isEmpty(), qPrintable(form->errorText()));
        QVERIFY(!form->taskId().isEmpty());
        QCOMPARE(form->postedAccountId(), hireAccountId());
        QCOMPARE(posted.count(), 1);
        m_taskId = form->taskId();

        QCOMPARE(hireBalanceSats(*m_session), balanceBefore - hirePostTaskFeeSats);
        QCOMPARE(m_sandbox.walletBalance(u"buyer"_s), walletBefore); // the wallet paid nothing
        // The market lists it, and the offline copy has it at once.
        auto task = wait(hire()->task(m_taskId));
        QVERIFY(task);
        QCOMPARE(task->title, u"Translate a poem"_s);
        QCOMPARE(task->budget, MilliSats(budgetSats * 1000));
        auto cached = MarketCache(m_session->engine()->database())
                          .item(hireAccountId(), CacheKind::Task, m_taskId);
        QVERIFY(cached && *cached);
    }

    void workerSeesTheTaskAndQuotes()
    {
        QVERIFY(!m_taskId.isEmpty());
        use(Session::tr("Worker"));
        auto detail = detailOf(m_taskId, hireAccountId());
        QTRY_COMPARE_WITH_TIMEOUT(detail->state(), TaskDetail::State::Ready, slowMs);
        QTRY_VERIFY(!detail->busy());
        QVERIFY2(detail->errorText().isEmpty(), qPrintable(detail->errorText()));
        QCOMPARE(detail->title(), u"Translate a poem"_s);
        QCOMPARE(detail->description(), u"Into Spanish, keeping the rhyme."_s);
        QCOMPARE(detail->status(), u"open"_s);
        QCOMPARE(detail->budgetText(), u"%1 sat"_s.arg(budgetSats));
        QCOMPARE(detail->role(), TaskDetail::Role::Worker);
        QVERIFY(!detail->canConfirm());
        QVERIFY(detail->canQuote());
        QCOMPARE(detail->quotes()->count(), 0);
        QCOMPARE(detail->timeline()->count(), 6);
        QVERIFY(detail->timeline()->steps().at(0).done);
        QVERIFY(!detail->timeline()->steps().at(1).done);

        const qint64 before = hireBalanceSats(*m_session);
        QVERIFY(!detail->quotePriceError(u"abc"_s).isEmpty());
        detail->sendQuote(QString::number(priceSats), u"Native speaker"_s);
        QVERIFY(detail->busy());
        QTRY_VERIFY_WITH_TIMEOUT(!detail->actionText().isEmpty(), slowMs);
        QVERIFY2(detail->errorText().isEmpty(), qPrintable(detail->errorText()));
        QVERIFY(detail->actionText().contains(QString::number(priceSats)));
        QTRY_COMPARE(detail->quotes()->count(), 1);
        QTRY_VERIFY(!detail->busy());
        const QuoteRow &mine = detail->quotes()->rows().first();
        QVERIFY(mine.mine);
        QVERIFY(!mine.acceptable); // a worker never accepts
        QCOMPARE(mine.price, MilliSats(priceSats * 1000));
        QVERIFY(!detail->canQuote()); // one quote per worker
        QVERIFY(detail->timeline()->steps().at(1).done);
        QCOMPARE(hireBalanceSats(*m_session), before - hirePostQuoteFeeSats);
    }

    void buyerAcceptsTheQuote()
    {
        use(Session::tr("Buyer"));
        auto detail = detailOf(m_taskId, hireAccountId());
        QTRY_COMPARE_WITH_TIMEOUT(detail->state(), TaskDetail::State::Ready, slowMs);
        QTRY_COMPARE(detail->role(), TaskDetail::Role::Buyer);
        QTRY_COMPARE(detail->quotes()->count(), 1);
        QTRY_VERIFY(!detail->busy());
        const QModelIndex row = detail->quotes()->index(0);
        QCOMPARE(row.data(QuoteListModel::PriceTextRole).toString(), u"%1 sat"_s.arg(priceSats));
        QCOMPARE(row.data(QuoteListModel::MessageRole).toString(), u"Native speaker"_s);
        QCOMPARE(row.data(QuoteListModel::StatusRole).toString(), u"pending"_s);
        QVERIFY(row.data(QuoteListModel::AcceptableRole).toBool());
        QVERIFY(!detail->canQuote()); // one's own task
        QVERIFY(!detail->canConfirm());

        const qint64 before = hireBalanceSats(*m_session);
        detail->acceptQuote(row.data(QuoteListModel::QuoteIdRole).toString());
        QTRY_VERIFY_WITH_TIMEOUT(!detail->actionText().isEmpty(), slowMs);
        QVERIFY2(detail->errorText().isEmpty(), qPrintable(detail->errorText()));
        QTRY_COMPARE_WITH_TIMEOUT(detail->status(), u"in_escrow"_s, slowMs);
        QCOMPARE(hireBalanceSats(*m_session), before - priceSats);
        const QModelIndex locked = detail->timeline()->index(2);
        QCOMPARE(locked.data(TimelineModel::TitleRole).toString(),
                 u"Escrow locked %1 sat"_s.arg(priceSats));
        QVERIFY(locked.data(TimelineModel::DoneRole).toBool());
        QVERIFY(locked.data(TimelineModel::AtRole).toDateTime().isValid());
        QVERIFY(!detail->escrowWaitingLong()); // locked just now
        QVERIFY(!detail->workerId().isEmpty());
        QVERIFY(!detail->quotes()->rows().first().acceptable); // accepted now
    }

    void workerDeliversAndBuyerConfirms()
    {
        use(Session::tr("Worker"));
        QFile file(m_dir.filePath(u"poema.txt"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Verde que te quiero verde.\n");
        file.close();
        auto delivery = readDeliveryFile(file.fileName(), 1'000'000);
        QVERIFY(delivery);
        QVERIFY(wait(hire()->deliver(m_taskId, *delivery, u"Done"_s)));
        const qint64 workerBefore = hireBalanceSats(*m_session);

        use(Session::tr("Buyer"));
        auto detail = detailOf(m_taskId, hireAccountId());
        QTRY_COMPARE_WITH_TIMEOUT(detail->status(), u"delivered"_s, slowMs);
        QTRY_VERIFY(!detail->busy());
        QTRY_VERIFY(detail->canConfirm());
        QVERIFY(detail->timeline()->steps().at(3).done);
        QVERIFY(!detail->timeline()->steps().at(4).done);
        detail->confirm();
        QTRY_VERIFY_WITH_TIMEOUT(!detail->actionText().isEmpty(), slowMs);
        QVERIFY2(detail->errorText().isEmpty(), qPrintable(detail->errorText()));
        QTRY_COMPARE_WITH_TIMEOUT(detail->status(), u"completed"_s, slowMs);
        const QModelIndex released = detail->timeline()->index(4);
        QVERIFY(released.data(TimelineModel::DoneRole).toBool());
        QCOMPARE(released.data(TimelineModel::TitleRole).toString(),
                 u"Released %1 sat"_s.arg(priceSats));
        QVERIFY(!detail->canConfirm());

        use(Session::tr("Worker"));
        QCOMPARE(hireBalanceSats(*m_session), workerBefore + priceSats);
    }

    void buyerPostsFromTheWalletOnce()
    {
        use(Session::tr("Buyer"));
        // Empty the balance into the wallet, so only the wallet can pay the fee.
        auto collected = wait(collectEarnings(*m_session->engine(), hire()));
        QVERIFY2(collected, qPrintable(collected ? QString() : collected.error().describe()));
        QCOMPARE(hireBalanceSats(*m_session), 0);

        auto form = filledForm(u"Proofread a letter"_s);
        QTRY_COMPARE(form->balanceText(), u"0 sat"_s);
        // From the balance it cannot be paid: the form says so and will not post.
        QVERIFY(!form->payError().isEmpty());
        QVERIFY(!form->canSubmit());
        form->setPayBy(PostTaskForm::PayBy::Wallet);
        QVERIFY(form->payError().isEmpty());
        QVERIFY(form->canSubmit());

        const qint64 walletBefore = m_sandbox.walletBalance(u"buyer"_s);
        const auto journalBefore = m_session->engine()->journal().recent(1000);
        QVERIFY(journalBefore);
        form->submit();
        QTRY_COMPARE_WITH_TIMEOUT(form->state(), PostTaskForm::State::Posted, slowMs);
        QVERIFY2(form->errorText().isEmpty(), qPrintable(form->errorText()));
        QVERIFY(!form->taskId().isEmpty());
        QVERIFY(form->taskId() != m_taskId);
        QCOMPARE(m_sandbox.walletBalance(u"buyer"_s), walletBefore - hirePostTaskFeeSats);
        QCOMPARE(hireBalanceSats(*m_session), 0);
        // Once: one new journal entry, and the wallet does not move again.
        const auto journalAfter = m_session->engine()->journal().recent(1000);
        QVERIFY(journalAfter);
        QCOMPARE(journalAfter->size(), journalBefore->size() + 1);
        QTest::qWait(300);
        QCOMPARE(m_sandbox.walletBalance(u"buyer"_s), walletBefore - hirePostTaskFeeSats);
        // A second submit of the same form is refused until it is reset.
        form->submit();
        QCOMPARE(form->state(), PostTaskForm::State::Posted);
    }

    void workerPostsToProofLayer()
    {
        use(Session::tr("Worker")); // the sandbox registers the worker at ProofLayer
        PostTaskForm form;
        form.setSession(m_session.get());
        QVERIFY(form.proofLayerAvailable());
        form.setMarket(PostTaskForm::Market::ProofLayer);
        QCOMPARE(form.market(), PostTaskForm::Market::ProofLayer);
        form.setTitle(u"Is this page up?"_s);
        form.setBudget(u"200"_s);
        QVERIFY(form.descriptionError().isEmpty()); // optional context at ProofLayer
        QVERIFY(!form.canSubmit());                 // no question yet
        form.setInput(u"   "_s);
        QVERIFY(!form.inputError().isEmpty());
        form.setInput(u"Does https://example.com answer?"_s);
        QVERIFY2(form.inputError().isEmpty(), qPrintable(form.inputError()));
        form.setTaskTypeIndex(int(form.taskTypes().indexOf(u"verify"_s)));
        QCOMPARE(form.taskType(), u"verify"_s);
        QVERIFY(form.feeText().contains(u"200"_s)); // posting pays the budget
        QVERIFY(form.canSubmit());

        const qint64 walletBefore = m_sandbox.walletBalance(u"worker"_s);
        form.submit();
        QTRY_COMPARE_WITH_TIMEOUT(form.state(), PostTaskForm::State::Posted, slowMs);
        QVERIFY2(form.errorText().isEmpty(), qPrintable(form.errorText()));
        QVERIFY(!form.taskId().isEmpty());
        QCOMPARE(m_sandbox.walletBalance(u"worker"_s), walletBefore - 200);
    }

    void hostileDescriptionIsPlainAndCapped()
    {
        use(Session::tr("Buyer"));
        const qint64 account = hireAccountId();
        CacheItem task;
        task.remoteId = u"hostile-task"_s;
        task.status = u"open"_s;
        task.amount = MilliSats(1000);
        task.title = u"<h1>Title</h1>\u202E"_s;
        task.text = u"<img src=\"https://evil.example/p.png\">\u0007\u0000line\n"_s
                    + QString(1'000'000, u'z');
        task.createdAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
        CacheSnapshot s{account, CacheKind::Task, {}, {task}, false};
        QVERIFY(MarketCache(m_session->engine()->database())
                    .apply(s, QDateTime::currentMSecsSinceEpoch()));

        auto detail = detailOf(task.remoteId, 0); // found by its id in the offline copy
        QTRY_VERIFY(!detail->description().isEmpty());
        QCOMPARE(detail->accountId(), 0);
        QVERIFY(detail->descriptionShortened());
        QVERIFY(detail->description().size() <= DetailText::descriptionChars + 1);
        QVERIFY(detail->description().startsWith(u"<img src="_s)); // literal, never loaded
        QVERIFY(!detail->description().contains(QChar(0x07)));
        QVERIFY(!detail->description().contains(QChar(0)));
        QVERIFY(!detail->title().contains(QChar(0x202E)));
        // The market does not know it: the fetch fails, the cached copy stays shown.
        QTRY_VERIFY_WITH_TIMEOUT(!detail->busy(), slowMs);
        QCOMPARE(detail->state(), TaskDetail::State::Ready);
        QVERIFY(!detail->errorText().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTaskDetail)
#include "tst_taskdetail.moc"
