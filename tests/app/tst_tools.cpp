// SPDX-License-Identifier: GPL-3.0-or-later
// The Tools screen's C++ over a memory keychain and a real lightwork-sandbox, whose tool market
// is the profile's tools account: the catalogue as the market lists it, a tool's form from its
// schema (and hostile schemas), a paid text tool, an asynchronous image tool followed to its
// end (the image decoded here), a failed paid call refunded into the wallet, and a declined
// payment that pays nothing, and a tool that asks questions answered from the screen (hostile
// question lists: tst_toolquestions). Every payment is asked through PaymentConfirmations.

#include "paymentconfirmations.h"
#include "sandbox/sandboxprocess.h"
#include "sessiontestkit.h"
#include "toolformmodel.h"
#include "toolimage.h"
#include "toolquestions.h"
#include "toolresult.h"
#include "toolscontroller.h"

#include <QAbstractItemModelTester>
#include <QBuffer>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace lw;
using namespace lwtest;
using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int slowMs = 30'000;

int rowOf(const QAbstractItemModel *model, int role, const QVariant &value)
{
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->index(row, 0).data(role) == value)
            return row;
    return -1;
}

QByteArray png(int width, int height)
{
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(Qt::darkCyan);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

QJsonObject stringProperty(int maxLength)
{
    return {{u"type"_s, u"string"_s}, {u"maxLength"_s, maxLength}};
}

} // namespace

class TestTools : public QObject {
    Q_OBJECT

private:
    SandboxProcess m_sandbox;
    QTemporaryDir m_dir;
    std::shared_ptr<MemorySecretStore> m_store = std::make_shared<MemorySecretStore>();
    std::unique_ptr<Session> m_session;
    std::unique_ptr<ToolsController> m_tools;
    int m_asked = 0;
    bool m_decline = false;

    qint64 price(const QString &slug)
    {
        return m_sandbox.get(u"/api/estimate-cost?service="_s + slug)
            .json.value(u"estimated_cost_sats"_s)
            .toInteger(-1);
    }

    //! Chooses `slug` and waits for its price.
    void choose(const QString &slug)
    {
        m_tools->selectTool(slug);
        QCOMPARE(m_tools->selectedSlug(), slug);
        QTRY_VERIFY_WITH_TIMEOUT(!m_tools->priceText().isEmpty(), slowMs);
        QCOMPARE(m_tools->priceText(), u"%1 sat"_s.arg(price(slug)));
    }

    void fill(const QString &label, const QString &value)
    {
        ToolFormModel *form = m_tools->form();
        const int row = rowOf(form, ToolFormModel::LabelRole, label);
        QVERIFY2(row >= 0, qPrintable(label));
        form->setValue(row, value);
        QCOMPARE(form->index(row).data(ToolFormModel::ErrorRole).toString(), QString());
    }

    void waitRunEnd()
    {
        QTRY_VERIFY_WITH_TIMEOUT(m_tools->runState() != ToolsController::RunState::Paying
                                     && m_tools->runState() != ToolsController::RunState::Following
                                     && m_tools->runState() != ToolsController::RunState::Claiming,
                                 slowMs);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_sandbox.start(
            {u"--wallet"_s, u"buyer:1000000"_s, u"--wallet"_s, u"worker:100000"_s}));
        QVERIFY(m_dir.isValid());
        QString why;
        m_session = sandboxSession(m_sandbox, m_dir.path(), m_store, &why);
        QVERIFY2(m_session, qPrintable(why));
        m_session->setCurrentProfile(int(m_session->profiles().indexOf(Session::tr("Buyer"))));
        EngineSession *engine = m_session->engine();
        // The sandbox's tool market as the profile's tools account, as `account add` makes it.
        MarketAccount a;
        a.profileId = engine->profile().id;
        a.name = u"s4"_s;
        a.kind = MarketKind::L402Tools;
        a.baseUrl = m_sandbox.url();
        QVERIFY(engine->accounts().addAccount(a));
        // Every payment is asked in the Pay dialog's queue; the "user" answers there.
        SpendingLimits limits;
        limits.confirmAbove = MilliSats(0);
        engine->setLimits(limits);
        connect(PaymentConfirmations::instance(), &PaymentConfirmations::currentChanged, this,
                [this] {
                    auto *queue = PaymentConfirmations::instance();
                    if (!queue->current())
                        return;
                    ++m_asked;
                    QTimer::singleShot(0, queue, [this, queue] {
                        m_decline ? queue->decline() : queue->approve();
                    });
                });
        m_tools = std::make_unique<ToolsController>();
        new QAbstractItemModelTester(m_tools->catalog(),
                                     QAbstractItemModelTester::FailureReportingMode::QtTest,
                                     m_tools.get());
        new QAbstractItemModelTester(
            m_tools->form(), QAbstractItemModelTester::FailureReportingMode::QtTest, m_tools.get());
        new QAbstractItemModelTester(
            m_tools->runs(), QAbstractItemModelTester::FailureReportingMode::QtTest, m_tools.get());
        new QAbstractItemModelTester(m_tools->questions(),
                                     QAbstractItemModelTester::FailureReportingMode::QtTest,
                                     m_tools.get());
        m_tools->setSession(m_session.get());
    }

    void catalogueIsTheMarkets()
    {
        QTRY_COMPARE_WITH_TIMEOUT(m_tools->state(), ToolsController::State::Ready, slowMs);
        const QJsonArray market =
            m_sandbox.get(u"/.well-known/l402-services"_s).json.value(u"services"_s).toArray();
        ToolCatalogModel *catalog = m_tools->catalog();
        QCOMPARE(catalog->rowCount(), market.size());
        QCOMPARE(m_tools->marketName(), u"Sats4AI (Lightwork sandbox)"_s);
        for (const QJsonValue &s : market) {
            const int row = rowOf(catalog, ToolCatalogModel::SlugRole, s[u"id"_s].toString());
            QVERIFY(row >= 0);
            QCOMPARE(catalog->index(row).data(ToolCatalogModel::AsyncRole).toBool(),
                     s[u"async"_s].toBool());
            QCOMPARE(catalog->index(row).data(ToolCatalogModel::DescriptionRole).toString(),
                     s[u"description"_s].toString());
        }
        // The models' prices fill in the list.
        const int image = rowOf(catalog, ToolCatalogModel::SlugRole, u"generate-image"_s);
        QTRY_COMPARE(catalog->index(image).data(ToolCatalogModel::PriceTextRole).toString(),
                     u"%1 sat"_s.arg(price(u"generate-image"_s)));
        catalog->setFilterText(u"IMAGE"_s);
        QCOMPARE(catalog->rowCount(), 1);
        QCOMPARE(catalog->index(0).data(ToolCatalogModel::SlugRole).toString(),
                 u"generate-image"_s);
        catalog->setFilterText(u"no such tool"_s);
        QCOMPARE(catalog->count(), 0);
        catalog->setFilterText(QString());
        QCOMPARE(catalog->rowCount(), market.size());
    }

    void formFollowsTheToolsSchema()
    {
        choose(u"translate-text"_s);
        ToolFormModel *form = m_tools->form();
        QCOMPARE(form->rowCount(), 2); // the `input` wrapper is opened
        const int text = rowOf(form, ToolFormModel::LabelRole, u"Text"_s);
        const int language = rowOf(form, ToolFormModel::LabelRole, u"Target language"_s);
        QVERIFY(text >= 0 && language >= 0);
        QCOMPARE(form->index(text).data(ToolFormModel::KindRole).toString(), u"longtext"_s);
        QCOMPARE(form->index(language).data(ToolFormModel::KindRole).toString(), u"text"_s);
        QVERIFY(form->index(text).data(ToolFormModel::RequiredRole).toBool());
        QCOMPARE(form->index(language).data(ToolFormModel::HelpRole).toString(),
                 u"ISO 639-1 code, e.g. es"_s);
        QVERIFY(!form->valid());
        QVERIFY(!m_tools->canRun());
        m_tools->run(); // refused: nothing is sent, every error is shown
        QCOMPARE(m_tools->runState(), ToolsController::RunState::None);
        QCOMPARE(form->index(text).data(ToolFormModel::ErrorRole).toString(), u"Required."_s);
        form->setValue(language, u"español"_s); // 7 characters, maxLength 5
        QVERIFY(!form->index(language).data(ToolFormModel::ErrorRole).toString().isEmpty());
    }

    void syncToolPaysAndShowsText()
    {
        choose(u"translate-text"_s);
        fill(u"Text"_s, u"Good morning"_s);
        fill(u"Target language"_s, u"fr"_s);
        QVERIFY(m_tools->canRun());
        const qint64 wallet = m_sandbox.walletBalance(u"buyer"_s);
        const int asked = m_asked;
        m_tools->run();
        QCOMPARE(m_tools->runState(), ToolsController::RunState::Paying);
        QVERIFY(!m_tools->canRun()); // one run at a time
        waitRunEnd();
        QCOMPARE(m_tools->runState(), ToolsController::RunState::Finished);
        QCOMPARE(m_asked, asked + 1); // asked once, in the app's confirmation queue
        QCOMPARE(m_tools->resultText(), u"[fr] Good morning"_s);
        QVERIFY(m_tools->resultImage().isEmpty());
        QVERIFY(m_tools->runStatusText().contains(QString::number(price(u"translate-text"_s))));
        QCOMPARE(m_sandbox.walletBalance(u"buyer"_s), wallet - price(u"translate-text"_s));
        QVERIFY(!m_tools->elapsedText().isEmpty());
        ToolRunsModel *runs = m_tools->runs();
        QVERIFY(runs->rowCount() >= 1);
        QCOMPARE(runs->index(0).data(ToolRunsModel::ToolRole).toString(), u"translate-text"_s);
        QCOMPARE(runs->index(0).data(ToolRunsModel::StatusRole).toString(), u"finished"_s);
    }

    void asyncImageToolIsFollowedAndDecoded()
    {
        choose(u"generate-image"_s);
        QVERIFY(m_tools->selectedAsync());
        fill(u"Prompt"_s, u"a lighthouse at dusk"_s);
        const qint64 wallet = m_sandbox.walletBalance(u"buyer"_s);
        QList<ToolsController::RunState> seen;
        connect(m_tools.get(), &ToolsController::runChanged, this,
                [&] { seen << m_tools->runState(); });
        m_tools->run();
        waitRunEnd();
        disconnect(m_tools.get(), &ToolsController::runChanged, this, nullptr);
        QCOMPARE(m_tools->runState(), ToolsController::RunState::Finished);
        QVERIFY(seen.contains(ToolsController::RunState::Following));
        QCOMPARE(m_sandbox.walletBalance(u"buyer"_s), wallet - price(u"generate-image"_s));
        // The result is the market's image address; its bytes are fetched and decoded here.
        QVERIFY(m_tools->resultText().startsWith(m_sandbox.url().toString()));
        QTRY_VERIFY_WITH_TIMEOUT(!m_tools->resultImage().isEmpty(), slowMs);
        QVERIFY(m_tools->resultImage().startsWith(u"data:image/png;base64,"_s));
        const QImage shown = QImage::fromData(
            QByteArray::fromBase64(m_tools->resultImage().sliced(22).toLatin1()), "PNG");
        QCOMPARE(shown.size(), QSize(16, 16));
        QVERIFY(m_tools->resultNote().isEmpty());
    }

    void imagesAreDecodedWithinLimits()
    {
        auto small = toolimage::decode(png(20, 10));
        QVERIFY(small);
        QCOMPARE(small->size, QSize(20, 10));
        QVERIFY(!toolimage::decode("plain text, not an image"));
        QVERIFY(!toolimage::decode(QByteArray(toolimage::maxBytes + 1, 'x')));
        auto wide = toolimage::decode(png(toolimage::maxSide + 1, 1));
        QVERIFY(!wide);
        QVERIFY(wide.error().contains(QString::number(toolimage::maxSide)));
        // Shown at most shownSide wide.
        auto big = toolimage::decode(png(2000, 100));
        QVERIFY(big);
        const QImage kept =
            QImage::fromData(QByteArray::fromBase64(big->dataUrl.sliced(22).toLatin1()), "PNG");
        QCOMPARE(kept.width(), toolimage::shownSide);

        ToolOutput base64;
        base64.kind = ToolOutput::Kind::ImageBase64;
        base64.text = u"data:image/png;base64,"_s + QString::fromLatin1(png(3, 3).toBase64());
        QVERIFY(toolresult::viewOf(base64).imageUrl.startsWith(u"data:image/png;base64,"_s));
        base64.text = QString::fromLatin1(QByteArray("<svg onload=x>").toBase64());
        const ToolResultView refused = toolresult::viewOf(base64);
        QVERIFY(refused.imageUrl.isEmpty());
        QVERIFY(!refused.note.isEmpty());
        // Text is inert: invisible characters are escaped, lines kept.
        ToolOutput text;
        text.kind = ToolOutput::Kind::Text;
        text.text = u"line one\r\nline\u202Etwo"_s;
        QCOMPARE(toolresult::viewOf(text).text, u"line one\nline\\u{202e}two"_s);
        // Images are fetched from the market's own origin only.
        const QUrl market(u"https://sats4ai.example/"_s);
        QVERIFY(toolresult::mayFetch(QUrl(u"https://sats4ai.example/f/1.png"_s), market));
        QVERIFY(!toolresult::mayFetch(QUrl(u"https://evil.example/f/1.png"_s), market));
        QVERIFY(!toolresult::mayFetch(QUrl(u"http://sats4ai.example/f/1.png"_s), market));
        QVERIFY(!toolresult::mayFetch(QUrl(u"https://u:p@sats4ai.example/1.png"_s), market));
    }

    void failedPaidCallIsRefunded()
    {
        choose(u"generate-text"_s);
        fill(u"Prompt"_s, u"sandbox:fail please"_s);
        const qint64 wallet = m_sandbox.walletBalance(u"buyer"_s);
        m_tools->run();
        waitRunEnd();
        QCOMPARE(m_tools->runState(), ToolsController::RunState::Failed);
        QVERIFY(m_tools->canClaimRefund());
        QVERIFY(m_tools->refundText().contains(u"Refund offered"_s));
        QCOMPARE(m_sandbox.walletBalance(u"buyer"_s), wallet - price(u"generate-text"_s));
        QCOMPARE(m_tools->runs()->index(0).data(ToolRunsModel::StatusRole).toString(),
                 u"refund_pending"_s);
        m_tools->claimRefund();
        QCOMPARE(m_tools->runState(), ToolsController::RunState::Claiming);
        waitRunEnd();
        QVERIFY2(m_tools->refundText().contains(u"received"_s), qPrintable(m_tools->refundText()));
        QVERIFY(!m_tools->canClaimRefund());                   // claimed once
        QCOMPARE(m_sandbox.walletBalance(u"buyer"_s), wallet); // refunded in full
        QCOMPARE(m_tools->runs()->index(0).data(ToolRunsModel::StatusRole).toString(),
                 u"refunded"_s);
    }

    void refundLeftForLaterIsClaimedFromTheRuns()
    {
        m_sandbox.admin("POST", u"/clock"_s, R"({"advance_seconds":900})"); // a new refund window
        choose(u"generate-text"_s);
        fill(u"Prompt"_s, u"sandbox:fail later"_s);
        const qint64 wallet = m_sandbox.walletBalance(u"buyer"_s);
        m_tools->run();
        waitRunEnd();
        QVERIFY(m_tools->canClaimRefund()); // not claimed: the app is closed instead
        // A fresh screen (the app started again) lists it with its refund still to claim.
        ToolsController later;
        QAbstractItemModelTester tester(later.runs(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        later.setSession(m_session.get());
        QTRY_COMPARE_WITH_TIMEOUT(later.state(), ToolsController::State::Ready, slowMs);
        ToolRunsModel *runs = later.runs();
        QCOMPARE(runs->index(0).data(ToolRunsModel::StatusRole).toString(), u"refund_pending"_s);
        const qint64 journalId = runs->index(0).data(ToolRunsModel::JournalIdRole).toLongLong();
        later.claimLaterRefund(journalId);
        QCOMPARE(later.runState(), ToolsController::RunState::Claiming);
        QTRY_VERIFY_WITH_TIMEOUT(later.runState() == ToolsController::RunState::None, slowMs);
        QVERIFY2(later.refundText().contains(u"received"_s), qPrintable(later.refundText()));
        QCOMPARE(m_sandbox.walletBalance(u"buyer"_s), wallet);
        QCOMPARE(runs->index(0).data(ToolRunsModel::StatusRole).toString(), u"refunded"_s);
        later.claimLaterRefund(journalId); // claimed already: nothing happens
        QCOMPARE(later.runState(), ToolsController::RunState::None);
        m_tools->reload(); // the first screen's offer is gone with it
    }

    void declinedPaymentPaysNothing()
    {
        choose(u"generate-text"_s);
        fill(u"Prompt"_s, u"a haiku"_s);
        const qint64 wallet = m_sandbox.walletBalance(u"buyer"_s);
        m_decline = true;
        m_tools->run();
        waitRunEnd();
        m_decline = false;
        QCOMPARE(m_tools->runState(), ToolsController::RunState::Failed);
        QVERIFY(!m_tools->errorText().isEmpty());
        QVERIFY(!m_tools->canClaimRefund());
        QCOMPARE(m_sandbox.walletBalance(u"buyer"_s), wallet);
    }

    void toolThatAsksIsAnsweredFromTheScreen()
    {
        choose(u"ai-call"_s);
        fill(u"Phone number"_s, u"+14155550100"_s);
        fill(u"Task"_s, u"Book a table for dinner"_s); // no number in it: the market asks
        const qint64 wallet = m_sandbox.walletBalance(u"buyer"_s);
        const int asked = m_asked;
        m_tools->run();
        waitRunEnd();
        QCOMPARE(m_tools->runState(), ToolsController::RunState::Asking);
        QCOMPARE(m_asked, asked + 1);
        QCOMPARE(m_sandbox.walletBalance(u"buyer"_s), wallet - price(u"ai-call"_s));
        ToolQuestionsModel *questions = m_tools->questions();
        QCOMPARE(questions->rowCount(), 3);
        QCOMPARE(questions->index(0).data(ToolQuestionsModel::TextRole).toString(),
                 u"What date should the call be about?"_s);
        QVERIFY(questions->message().contains(u"missing some details"_s));
        QVERIFY(m_tools->canSendAnswers());
        QVERIFY(m_tools->canRun()); // another run may start (it drops these questions)

        // Every question needs an answer before anything is sent.
        questions->setAnswer(0, u"Friday"_s);
        questions->setAnswer(2, u"   "_s);
        m_tools->sendAnswers();
        QCOMPARE(m_tools->runState(), ToolsController::RunState::Asking);
        QVERIFY(!m_tools->answersErrorText().isEmpty());
        QCOMPARE(questions->index(0).data(ToolQuestionsModel::ErrorRole).toString(), QString());
        QVERIFY(!questions->index(1).data(ToolQuestionsModel::ErrorRole).toString().isEmpty());
        QVERIFY(!questions->index(2).data(ToolQuestionsModel::ErrorRole).toString().isEmpty());

        questions->setAnswer(1, u"Eight in the evening"_s);
        questions->setAnswer(2, u"Four"_s);
        QCOMPARE(questions->index(1).data(ToolQuestionsModel::ErrorRole).toString(), QString());
        m_tools->sendAnswers();
        QCOMPARE(m_tools->runState(), ToolsController::RunState::Following);
        QVERIFY(!m_tools->canSendAnswers()); // sent once
        QVERIFY(m_tools->answersErrorText().isEmpty());
        waitRunEnd();
        QCOMPARE(m_tools->runState(), ToolsController::RunState::Finished);
        QCOMPARE(questions->rowCount(), 0);
        // The market placed the call with the answers in its task.
        QVERIFY2(m_tools->resultText().contains(u"Eight in the evening"_s),
                 qPrintable(m_tools->resultText()));
        QVERIFY(m_tools->resultText().contains(u"How many people is it for? Four"_s));
        QCOMPARE(m_asked, asked + 1); // the answers were not paid for
        QCOMPARE(m_sandbox.walletBalance(u"buyer"_s), wallet - price(u"ai-call"_s));
    }

    void refusedAnswersStayToBeSentAgain()
    {
        choose(u"ai-call"_s);
        fill(u"Phone number"_s, u"+14155550100"_s);
        fill(u"Task"_s, u"Call the bakery"_s);
        m_tools->run();
        waitRunEnd();
        QCOMPARE(m_tools->runState(), ToolsController::RunState::Asking);
        ToolQuestionsModel *questions = m_tools->questions();
        QCOMPARE(questions->rowCount(), 3);
        QJsonObject answers;
        for (int row = 0; row < questions->rowCount(); ++row) {
            answers.insert(questions->index(row).data(ToolQuestionsModel::TextRole).toString(),
                           u"x"_s);
            questions->setAnswer(row, u"y"_s);
        }
        // The market's answer to them is too big to read: shown, nothing paid, sent again.
        const qint64 wallet = m_sandbox.walletBalance(u"buyer"_s);
        QCOMPARE(m_sandbox
                     .admin("POST", u"/tamper"_s,
                            R"({"mode":"huge_body","count":1,"path":"/api/l402/ai-call",)"
                            R"("method":"POST"})")
                     .status,
                 200);
        m_tools->sendAnswers();
        QCOMPARE(m_tools->runState(), ToolsController::RunState::Following);
        QTRY_COMPARE_WITH_TIMEOUT(m_tools->runState(), ToolsController::RunState::Asking, slowMs);
        QVERIFY(!m_tools->answersErrorText().isEmpty());
        QVERIFY(m_tools->canSendAnswers());
        QCOMPARE(questions->rowCount(), 3);
        // The session is confirmed elsewhere (the CLI, another device) meanwhile.
        const QJsonObject confirm{{u"action"_s, u"confirm"_s},
                                  {u"session_id"_s, questions->sessionId()},
                                  {u"answers"_s, answers}};
        QCOMPARE(m_sandbox.post(u"/api/l402/ai-call"_s, QJsonDocument(confirm).toJson()).status,
                 200);
        m_tools->sendAnswers();
        QCOMPARE(m_tools->runState(), ToolsController::RunState::Following);
        QTRY_COMPARE_WITH_TIMEOUT(m_tools->runState(), ToolsController::RunState::Asking, slowMs);
        QVERIFY2(m_tools->answersErrorText().contains(u"already confirmed"_s),
                 qPrintable(m_tools->answersErrorText()));
        QCOMPARE(questions->rowCount(), 3); // kept, with their answers
        QCOMPARE(questions->index(0).data(ToolQuestionsModel::AnswerRole).toString(), u"y"_s);
        QVERIFY(m_tools->canSendAnswers());
        QCOMPARE(m_sandbox.walletBalance(u"buyer"_s), wallet);
        // A new run drops them.
        choose(u"translate-text"_s);
        fill(u"Text"_s, u"Hello"_s);
        fill(u"Target language"_s, u"de"_s);
        m_tools->run();
        QCOMPARE(questions->rowCount(), 0);
        QVERIFY(!m_tools->canSendAnswers());
        waitRunEnd();
        QCOMPARE(m_tools->runState(), ToolsController::RunState::Finished);
    }

    void formOfEveryKind()
    {
        QJsonArray many;
        for (int i = 0; i < 500; ++i)
            many.append(u"v%1"_s.arg(i));
        const QJsonObject schema{
            {u"type"_s, u"object"_s},
            {u"required"_s, QJsonArray{u"name"_s, u"count"_s, u"mode"_s}},
            {u"properties"_s,
             QJsonObject{
                 {u"name"_s, QJsonObject{{u"type"_s, u"string"_s},
                                         {u"maxLength"_s, 10},
                                         {u"title"_s, u"Your \u202Ename"_s},
                                         {u"default"_s, u"ann"_s}}},
                 {u"story"_s, stringProperty(4000)},
                 {u"count"_s,
                  QJsonObject{{u"type"_s, u"integer"_s}, {u"minimum"_s, 1}, {u"maximum"_s, 10}}},
                 {u"ratio"_s, QJsonObject{{u"type"_s, QJsonArray{u"number"_s, u"null"_s}},
                                          {u"maximum"_s, 1.5}}},
                 {u"loud"_s, QJsonObject{{u"type"_s, u"boolean"_s}, {u"default"_s, true}}},
                 {u"mode"_s, QJsonObject{{u"enum"_s, QJsonArray{u"fast"_s, 2, QJsonObject()}}}},
                 {u"colour"_s, QJsonObject{{u"type"_s, u"string"_s}, {u"enum"_s, many}}},
                 {u"tags"_s, QJsonObject{{u"type"_s, u"array"_s}}},
                 {u"mystery"_s, QJsonObject{{u"description"_s, u"no type at all"_s}}},
                 {u"options"_s,
                  QJsonObject{
                      {u"type"_s, u"object"_s},
                      {u"properties"_s,
                       QJsonObject{
                           {u"depth"_s, QJsonObject{{u"type"_s, u"object"_s},
                                                    {u"properties"_s,
                                                     QJsonObject{{u"x"_s, stringProperty(3)}}}}},
                           {u"seed"_s, QJsonObject{{u"type"_s, u"integer"_s}}}}}}},
                 {u"weird"_s, u"not a schema"_s}}}};
        ToolFormModel form;
        QAbstractItemModelTester tester(&form,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        form.setSchema(schema);
        const auto kind = [&](const QString &label) {
            const int row = rowOf(&form, ToolFormModel::LabelRole, label);
            return row < 0 ? QString() : form.index(row).data(ToolFormModel::KindRole).toString();
        };
        QCOMPARE(kind(u"Your \\u{202e}name"_s), u"text"_s); // the title, escaped
        QCOMPARE(kind(u"Story"_s), u"longtext"_s);
        QCOMPARE(kind(u"Count"_s), u"integer"_s);
        QCOMPARE(kind(u"Ratio"_s), u"number"_s);
        QCOMPARE(kind(u"Loud"_s), u"boolean"_s);
        QCOMPARE(kind(u"Mode"_s), u"choice"_s);
        QCOMPARE(kind(u"Colour"_s), u"text"_s); // 500 values: checked, not listed
        QCOMPARE(kind(u"Tags"_s), u"json"_s);
        QCOMPARE(kind(u"Mystery"_s), u"json"_s);
        QCOMPARE(kind(u"Depth"_s), u"json"_s); // nested twice
        QCOMPARE(kind(u"Seed"_s), u"integer"_s);
        QCOMPARE(kind(u"Weird"_s), u"json"_s);
        const int mode = rowOf(&form, ToolFormModel::LabelRole, u"Mode"_s);
        QCOMPARE(form.index(mode).data(ToolFormModel::OptionsRole).toStringList(),
                 QStringList({u"fast"_s, u"2"_s}));

        const auto set = [&](const QString &label, const QVariant &value) {
            const int row = rowOf(&form, ToolFormModel::LabelRole, label);
            form.setValue(row, value);
            return form.index(row).data(ToolFormModel::ErrorRole).toString();
        };
        QVERIFY(!form.validate()); // count is required and empty
        QVERIFY(!set(u"Count"_s, u"11"_s).isEmpty());
        QVERIFY(!set(u"Count"_s, u"1.5"_s).isEmpty());
        QCOMPARE(set(u"Count"_s, u"7"_s), QString());
        QVERIFY(!set(u"Ratio"_s, u"2"_s).isEmpty());
        QVERIFY(!set(u"Ratio"_s, u"abc"_s).isEmpty());
        QCOMPARE(set(u"Ratio"_s, u"0.25"_s), QString());
        QVERIFY(!set(u"Colour"_s, u"mauve"_s).isEmpty());
        QCOMPARE(set(u"Colour"_s, u"v499"_s), QString());
        QVERIFY(!set(u"Tags"_s, u"[1,"_s).isEmpty());
        QCOMPARE(set(u"Tags"_s, u"[\"a\", 2]"_s), QString());
        QCOMPARE(set(u"Mode"_s, u"2"_s), QString());
        QCOMPARE(set(u"Loud"_s, false), QString());
        QCOMPARE(set(u"Seed"_s, u"42"_s), QString());
        QVERIFY(form.validate());
        QVERIFY(form.valid());
        const QJsonObject body = form.body();
        QCOMPARE(body.value(u"name"_s).toString(), u"ann"_s); // the default
        QCOMPARE(body.value(u"count"_s).toInteger(), 7);
        QCOMPARE(body.value(u"ratio"_s).toDouble(), 0.25);
        QCOMPARE(body.value(u"loud"_s), QJsonValue(false));
        QCOMPARE(body.value(u"mode"_s), QJsonValue(2)); // the enum's own value, a number
        QCOMPARE(body.value(u"colour"_s).toString(), u"v499"_s);
        QCOMPARE(body.value(u"tags"_s).toArray(), QJsonArray({u"a"_s, 2}));
        QCOMPARE(body.value(u"options"_s).toObject().value(u"seed"_s).toInteger(), 42);
        QVERIFY(!body.contains(u"story"_s)); // empty and optional: left out
        QVERIFY(!body.contains(u"mystery"_s));
    }

    void hostileSchemasMakeBoundedForms()
    {
        ToolFormModel form;
        QAbstractItemModelTester tester(&form,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        form.setSchema({});
        QCOMPARE(form.rowCount(), 0);
        QVERIFY(form.valid());
        form.setSchema({{u"properties"_s, u"everything"_s}});
        QCOMPARE(form.rowCount(), 0);
        QJsonObject properties;
        for (int i = 0; i < 1000; ++i)
            properties.insert(u"p%1"_s.arg(i, 4, 10, QChar(u'0')),
                              QJsonObject{{u"type"_s, i % 2 ? u"string"_s : u"integer"_s},
                                          {u"description"_s, QString(10'000, u'x')},
                                          {u"maxLength"_s, -5}});
        form.setSchema({{u"properties"_s, properties},
                        {u"required"_s, QJsonArray{1, u"p0000"_s, QJsonValue()}}});
        QCOMPARE(form.rowCount(), toolform::maxFields);
        QCOMPARE(form.skipped(), 1000 - toolform::maxFields);
        QVERIFY(form.index(0).data(ToolFormModel::RequiredRole).toBool());
        QVERIFY(form.index(0).data(ToolFormModel::HelpRole).toString().size()
                <= toolform::maxHelpChars + 1);
        form.setValue(-1, u"x"_s); // out of range: ignored
        form.setValue(form.rowCount(), u"x"_s);
        form.clear();
        QCOMPARE(form.rowCount(), 0);
        QCOMPARE(form.skipped(), 0);
    }
};

QTEST_GUILESS_MAIN(TestTools)
#include "tst_tools.moc"
