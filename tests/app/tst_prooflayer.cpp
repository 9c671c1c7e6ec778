// SPDX-License-Identifier: GPL-3.0-or-later
// The ProofLayer screen's C++ over a memory keychain and a real lightwork-sandbox: a profile
// with an unregistered ProofLayer account checks a Lightning Address through LNURL (an unknown
// one is refused and nothing is stored), registers, sees the tasks posted through the gate in
// its feed and narrows them, claims one (nothing is paid), submits a result (bad JSON and a
// plain http proof are refused before the network), and is paid by the market's release.

#include "enginesession.h"
#include "markets/prooflayer/prooflayerclient.h"
#include "prooflayercontroller.h"
#include "sandboxsuitetestkit.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace lw;
using namespace lwtest;
using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int slowMs = 30'000;

int submitRequests(SandboxProcess &sandbox)
{
    int n = 0;
    const QJsonObject counts = sandbox.routeCounts();
    for (auto it = counts.begin(); it != counts.end(); ++it)
        if (it.key().startsWith(u"POST /api/tasks/"_s) && it.key().endsWith(u"/submit"_s))
            n += it.value().toInt();
    return n;
}

QStringList column(const QAbstractItemModel &model, QByteArrayView role)
{
    const int r = model.roleNames().key(role.toByteArray(), -1);
    QStringList out;
    for (int row = 0; row < model.rowCount(); ++row)
        out << model.data(model.index(row, 0), r).toString();
    return out;
}

} // namespace

class TestProofLayer : public SandboxSuite {
    Q_OBJECT

private:
    std::unique_ptr<ProofLayerController> m_controller;
    std::unique_ptr<QAbstractItemModelTester> m_feedTester;
    std::unique_ptr<QAbstractItemModelTester> m_payoutTester;
    QString m_address;
    QString m_verifyTask;
    QString m_executeTask;

    EngineSession *engine() { return m_session->engine(); }

    qint64 journalSize()
    {
        auto recent = engine()->journal().recent(1000);
        return recent ? recent->size() : -1;
    }

    QString postTask(const QString &type, const QString &title, qint64 sats)
    {
        auto client = wait(engine()->proofLayer(QString()));
        if (!client)
            return {};
        ProofLayerTaskDraft draft;
        draft.taskType = type;
        draft.title = title;
        draft.input.question = u"Does https://example.org answer 200?"_s;
        draft.budget = *MilliSats::fromSats(sats);
        auto created = wait((*client)->createTask(draft));
        if (!created)
            qWarning() << created.error().message;
        return created ? created->value.taskId : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString why;
        QVERIFY2(startSession(&why), qPrintable(why));
        approvePayments(*m_session);
        // The buyer's profile has no ProofLayer account yet.
        use(Session::tr("Buyer"));
        m_address = m_sandbox.addWallet(u"wendy"_s, 0).value(u"lightning_address").toString();
        QVERIFY(m_address.contains(u'@'));
    }

    void withoutAnAccountTheScreenSaysSo()
    {
        ProofLayerController controller;
        controller.setSession(m_session.get());
        QCOMPARE(controller.accountState(), ProofLayerController::AccountState::NoAccount);
        QVERIFY(!controller.accountText().isEmpty());
        controller.claim(u"anything"_s); // refused: nothing to claim with
        QVERIFY(controller.claimingTaskId().isEmpty());
    }

    void badAddressIsRefusedAndNothingStored()
    {
        MarketAccount a;
        a.profileId = engine()->profile().id;
        a.name = u"prooflayer"_s;
        a.kind = MarketKind::ProofLayer;
        a.baseUrl = m_sandbox.url();
        QVERIFY(engine()->accounts().addAccount(a));

        m_controller = std::make_unique<ProofLayerController>();
        m_feedTester = std::make_unique<QAbstractItemModelTester>(
            m_controller->feed(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_payoutTester = std::make_unique<QAbstractItemModelTester>(
            m_controller->payouts(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_controller->setSession(m_session.get());
        QCOMPARE(m_controller->accountState(), ProofLayerController::AccountState::Unregistered);

        m_controller->setDisplayName(u"Wendy"_s);
        m_controller->setLightningAddress(u"not an address"_s);
        m_controller->checkAddress();
        QTRY_COMPARE(m_controller->addressState(), ProofLayerController::AddressState::Invalid);
        QVERIFY2(m_controller->addressError().contains(u"Lightning Address"_s),
                 qPrintable(m_controller->addressError()));

        // Well formed, but nobody at the sandbox answers for it.
        const QString ghost = u"ghost@"_s + m_address.section(u'@', 1);
        m_controller->setLightningAddress(ghost);
        m_controller->checkAddress();
        QTRY_COMPARE_WITH_TIMEOUT(m_controller->addressState(),
                                  ProofLayerController::AddressState::Invalid, slowMs);
        QVERIFY2(m_controller->addressError().contains(ghost),
                 qPrintable(m_controller->addressError()));
        m_controller->registerWorker();
        QVERIFY(!m_controller->registerError().isEmpty());
        QVERIFY(!m_controller->registering());
        auto account = engine()->onlyAccount(MarketKind::ProofLayer, QString());
        QVERIFY(account);
        QVERIFY(account->remoteId.isEmpty());
        QCOMPARE(m_controller->accountState(), ProofLayerController::AccountState::Unregistered);
    }

    void goodAddressRegistersAndIsRemembered()
    {
        m_controller->setLightningAddress(m_address);
        QCOMPARE(m_controller->addressState(), ProofLayerController::AddressState::Unchecked);
        m_controller->checkAddress();
        QTRY_COMPARE_WITH_TIMEOUT(m_controller->addressState(),
                                  ProofLayerController::AddressState::Valid, slowMs);
        QVERIFY(!m_controller->payeeText().isEmpty());
        QVERIFY2(m_controller->payeeRangeText().contains(u"sat"_s),
                 qPrintable(m_controller->payeeRangeText()));
        m_controller->registerWorker();
        QTRY_COMPARE_WITH_TIMEOUT(m_controller->accountState(),
                                  ProofLayerController::AccountState::Registered, slowMs);
        QVERIFY2(m_controller->registerError().isEmpty(),
                 qPrintable(m_controller->registerError()));
        const QString id = m_controller->workerId();
        QVERIFY(!id.isEmpty());
        auto account = engine()->onlyAccount(MarketKind::ProofLayer, QString());
        QVERIFY(account);
        QCOMPARE(account->remoteId, id);
        const auto remote = m_sandbox.get(u"/api/workers/"_s + id);
        QCOMPARE(remote.status, 200);
        QCOMPARE(remote.json.value(u"worker").toObject().value(u"lightning_address").toString(),
                 m_address.toLower());
        // A second controller (the screen opened again) reads it from the account store.
        ProofLayerController again;
        again.setSession(m_session.get());
        QCOMPARE(again.accountState(), ProofLayerController::AccountState::Registered);
        QCOMPARE(again.workerId(), id);
    }

    void feedShowsTasksAndFilters()
    {
        const qint64 before = journalSize();
        m_verifyTask = postTask(u"verify"_s, u"Is the page up?"_s, 200);
        m_executeTask = postTask(u"execute"_s, u"Resize an image"_s, 600);
        QVERIFY(!m_verifyTask.isEmpty() && !m_executeTask.isEmpty());
        QCOMPARE(journalSize(), before + 2); // each posting paid through the gate

        ProofLayerFeedModel *feed = m_controller->feed();
        m_controller->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(feed->rowOf(m_verifyTask) >= 0 && feed->rowOf(m_executeTask) >= 0,
                                 slowMs);
        const QModelIndex row = feed->index(feed->rowOf(m_verifyTask));
        QCOMPARE(row.data(ProofLayerFeedModel::TitleRole).toString(), u"Is the page up?"_s);
        QCOMPARE(row.data(ProofLayerFeedModel::RewardSatsRole).toLongLong(), 200);
        QCOMPARE(row.data(ProofLayerFeedModel::TrustModeRole).toString(), u"proof_required"_s);
        QVERIFY(row.data(ProofLayerFeedModel::ProofRequiredRole).toBool());
        QVERIFY(!row.data(ProofLayerFeedModel::DeadlineTextRole).toString().isEmpty());

        feed->setTaskType(u"execute"_s);
        QVERIFY(feed->rowOf(m_executeTask) >= 0);
        QCOMPARE(feed->rowOf(m_verifyTask), -1);
        QVERIFY(!column(*feed, "taskType").contains(u"verify"_s));
        feed->setTaskType(QString());
        feed->setMinRewardSats(300);
        QCOMPARE(feed->rowOf(m_verifyTask), -1);
        QVERIFY(feed->rowOf(m_executeTask) >= 0);
        feed->setMinRewardSats(0);
        feed->setMaxRewardSats(300);
        QVERIFY(feed->rowOf(m_verifyTask) >= 0);
        QCOMPARE(feed->rowOf(m_executeTask), -1);
        feed->setMaxRewardSats(0);
        feed->setStatus(u"claimed"_s);
        QCOMPARE(feed->count(), 0);
        feed->setStatus(QString());
        QVERIFY(feed->count() >= 2);
    }

    void claimPaysNothingAndMakesTheTaskMine()
    {
        QVERIFY(!m_controller->claimPriceText().isEmpty());
        const qint64 before = journalSize();
        m_controller->claim(m_verifyTask);
        QCOMPARE(m_controller->claimingTaskId(), m_verifyTask);
        QTRY_VERIFY_WITH_TIMEOUT(m_controller->claimingTaskId().isEmpty(), slowMs);
        QVERIFY2(m_controller->claimError().isEmpty(), qPrintable(m_controller->claimError()));
        QVERIFY(!m_controller->claimText().isEmpty());
        QCOMPARE(journalSize(), before);
        ProofLayerFeedModel *feed = m_controller->feed();
        const QModelIndex row = feed->index(feed->rowOf(m_verifyTask));
        QVERIFY(row.data(ProofLayerFeedModel::MineRole).toBool());
        QCOMPARE(row.data(ProofLayerFeedModel::StatusRole).toString(), u"claimed"_s);
        QCOMPARE(m_sandbox.get(u"/api/tasks/"_s + m_verifyTask)
                     .json.value(u"task"_s)
                     .toObject()
                     .value(u"status"_s)
                     .toString(),
                 u"claimed"_s);
        ProofLayerSubmitForm *form = m_controller->submitForm();
        QCOMPARE(form->taskId(), m_verifyTask);
        QVERIFY(form->proofRequired());
    }

    void badAnswerIsRefusedBeforeTheNetwork()
    {
        ProofLayerSubmitForm *form = m_controller->submitForm();
        const int before = submitRequests(m_sandbox);
        form->setAnswerText(u"{\n  \"answer\": \"yes\",\n}"_s);
        QVERIFY(!form->answerError().isEmpty());
        QVERIFY2(form->answerError().contains(u"3"_s), qPrintable(form->answerError()));
        QCOMPARE(form->answerErrorLine(), 3);
        form->setAnswerText(u"{\"a\":\""_s + QString(200'000, u'x') + u"\"}"_s);
        QVERIFY(form->answerError().contains(u"too long"_s));
        form->setAnswerText(u"[1, 2]"_s);
        QVERIFY(!form->answerError().isEmpty()); // JSON, but not an object
        form->setAnswerText(u"{\"answer\":\"yes\",\"notes\":\"200 OK\"}"_s);
        QVERIFY(form->answerError().isEmpty());
        form->setProofUrl(u"http://example.org/proof.png"_s);
        QVERIFY(!form->proofUrlError().isEmpty());
        QVERIFY(!form->canSubmit());
        form->submit();
        QCOMPARE(form->state(), ProofLayerSubmitForm::State::Idle);
        form->setProofUrl(QString());
        QVERIFY(!form->proofUrlError().isEmpty()); // verify tasks need proof
        QVERIFY(!form->canSubmit());
        QCOMPARE(submitRequests(m_sandbox), before);

        form->prettify();
        QCOMPARE(form->answerText(), u"{\n  \"answer\": \"yes\",\n  \"notes\": \"200 OK\"\n}"_s);
        form->setConfidence(1.7);
        QCOMPARE(form->confidence(), 1.0);
        form->setConfidence(0.9);
    }

    void goodAnswerIsSubmittedAndPaidOut()
    {
        ProofLayerSubmitForm *form = m_controller->submitForm();
        const qint64 balanceBefore = m_sandbox.walletBalance(u"wendy"_s);
        form->setProofUrl(u"https://example.org/proof.png"_s);
        QVERIFY(form->canSubmit());
        form->submit();
        QCOMPARE(form->state(), ProofLayerSubmitForm::State::Submitting);
        QTRY_VERIFY_WITH_TIMEOUT(form->state() != ProofLayerSubmitForm::State::Submitting, slowMs);
        QVERIFY2(form->state() == ProofLayerSubmitForm::State::Submitted,
                 qPrintable(form->errorText()));
        QVERIFY(!form->resultText().isEmpty());
        const auto task = m_sandbox.get(u"/api/tasks/"_s + m_verifyTask).json.value(u"task"_s);
        QCOMPARE(task.toObject().value(u"result").toObject().value(u"confidence").toDouble(), 0.9);

        // The market releases in the background; the screen polls until the payout shows.
        ProofLayerPayoutModel *payouts = m_controller->payouts();
        QTRY_VERIFY_WITH_TIMEOUT(
            payouts->count() == 1
                && payouts->index(0).data(ProofLayerPayoutModel::StatusRole).toString()
                       == u"paid"_s,
            slowMs);
        const QModelIndex p = payouts->index(0);
        QCOMPARE(p.data(ProofLayerPayoutModel::TaskIdRole).toString(), m_verifyTask);
        QCOMPARE(p.data(ProofLayerPayoutModel::AmountSatsRole).toLongLong(), 140); // 70 % of 200
        QVERIFY(p.data(ProofLayerPayoutModel::CreatedAtRole).toDateTime().isValid());
        QCOMPARE(m_sandbox.walletBalance(u"wendy"_s), balanceBefore + 140);
        QTRY_VERIFY(!m_controller->totalEarnedText().isEmpty());
        QVERIFY(m_controller->totalEarnedText().contains(u"140"_s));
    }

    void reputationIsRead()
    {
        m_controller->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(m_controller->completedJobsText().contains(u"1"_s), slowMs);
        QVERIFY(m_controller->hasReputation());
        QVERIFY(!m_controller->reputationText().isEmpty());
        QVERIFY(!m_controller->tierText().isEmpty());
        QCOMPARE(m_controller->payoutAddress(), m_address.toLower());
        QCOMPARE(m_controller->workerName(), u"Wendy"_s);
        const QModelIndex row =
            m_controller->feed()->index(m_controller->feed()->rowOf(m_verifyTask));
        QCOMPARE(row.data(ProofLayerFeedModel::StatusRole).toString(), u"completed"_s);
    }

    void cleanupTestCase()
    {
        m_feedTester.reset();
        m_payoutTester.reset();
        m_controller.reset();
        m_session.reset();
    }
};

QTEST_MAIN(TestProofLayer)
#include "tst_prooflayer.moc"
