// SPDX-License-Identifier: GPL-3.0-or-later
// The desktop app end to end: the real Main.qml in this process on a real display (Xvfb),
// driven by mouse and keyboard against a real lightwork-sandbox with bots. Set-up ("this
// session only", then "Try the sandbox"); a hire from posting to collecting the earnings
// (a bot's quote, the worker's quote, escrow, a file through the Delivery panel, release);
// posting paid by L402 from the wallet through the Pay dialog; an invoice paid by a phone (QR)
// with its preimage pasted back; and a lightning: link from a second launch of the real
// binary. Every screen is saved in light and dark (LW_SCREENSHOT_DIR, e2e-*.png).

#include "e2eaccessibility.h"
#include "e2edriver.h"
#include "e2esteps.h"
#include "gui/mainwindow.h"
#include "singleinstance.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QProcess>
#include <QQmlApplicationEngine>
#include <QTemporaryDir>

using namespace lw;
using namespace lwtest;
using namespace Qt::Literals::StringLiterals;

namespace {

constexpr qint64 budgetSats = 500;
constexpr qint64 workerPriceSats = 300; // bots quote 70–100 % of the budget: never this
constexpr qint64 phoneInvoiceSats = 321;
constexpr int slowMs = 30'000;

} // namespace

class TestE2e : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void firstRunSetsUpTheSandbox();
    void hirePostsATaskFromTheBalance();
    void hireWorkerQuotesAfterABot();
    void hireBuyerAcceptsIntoEscrow();
    void hireWorkerDeliversAndBuyerConfirms();
    void hireWorkerCollectsEarnings();
    void l402PostingIsPaidFromTheWallet();
    void qrInvoiceIsPaidByAPhone();
    void secondLaunchOpensThePayDialog();
    void everyControlOfEveryAreaHasAName();

private:
    QTemporaryDir m_home;
    SandboxProcess m_sandbox;
    std::unique_ptr<SingleInstance> m_instance;
    std::unique_ptr<QQmlApplicationEngine> m_engine;
    std::unique_ptr<E2eDriver> m_ui;
    std::unique_ptr<E2eSteps> m_steps;
    QString m_taskId;
};

void TestE2e::initTestCase()
{
    // As with a screen reader running: the controls fill in their accessible names.
    QAccessible::setActive(true);
    QVERIFY(m_home.isValid());
    QVERIFY2(QFileInfo(qEnvironmentVariable("LW_APP")).isExecutable(), "LW_APP: lightwork");
    // Nothing of the user's: data, settings, the one-instance socket; and no keychain at all
    // (no session bus), so the first run offers "this session only" and keeps secrets in memory.
    for (const char *dir : {"data", "config", "runtime"})
        QVERIFY(QDir(m_home.path()).mkpath(QString::fromLatin1(dir)));
    qputenv("LIGHTWORK_DATA", QFile::encodeName(m_home.filePath(u"data"_s)));
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_home.filePath(u"config"_s)));
    QVERIFY(QFile::setPermissions(m_home.filePath(u"runtime"_s), QFileDevice::ReadOwner
                                                                     | QFileDevice::WriteOwner
                                                                     | QFileDevice::ExeOwner));
    qputenv("XDG_RUNTIME_DIR", QFile::encodeName(m_home.filePath(u"runtime"_s)));
    qputenv("DBUS_SESSION_BUS_ADDRESS",
            "unix:path=" + QFile::encodeName(m_home.filePath(u"no-bus"_s)));

    // Two bots (a buyer and a worker) acting every 300 ms; "phone" pays the QR invoice and
    // "shop" is paid by it.
    QVERIFY(m_sandbox.start({u"--wallet"_s, u"buyer:1000000"_s, u"--wallet"_s, u"worker:100000"_s,
                             u"--wallet"_s, u"phone:100000"_s, u"--wallet"_s, u"shop:1000"_s,
                             u"--bots"_s, u"2"_s, u"--bot-interval-ms"_s, u"300"_s}));
    // As ./dev run starts the app.
    qputenv("LIGHTWORK_SANDBOX_URL", m_sandbox.url().toString().toUtf8());
    qputenv("LIGHTWORK_SANDBOX_ADMIN_KEY", m_sandbox.adminKey().toUtf8());

    // The running instance, as lw::gui::run() makes it: later launches hand over their links.
    m_instance = std::make_unique<SingleInstance>(SingleInstance::defaultServerName());
    QCOMPARE(m_instance->start({}), SingleInstance::Role::Primary);
    m_engine = std::make_unique<QQmlApplicationEngine>();
    QQuickWindow *window = gui::loadMainWindow(*m_engine);
    QVERIFY2(window, "Main.qml did not load");
    gui::routeLaterLaunches(*m_instance, *window);
    QVERIFY(QTest::qWaitForWindowExposed(window));
    window->requestActivate();
    QVERIFY(QTest::qWaitForWindowActive(window)); // keys go to the active window
    m_ui = std::make_unique<E2eDriver>(window, m_engine.get());
    m_steps = std::make_unique<E2eSteps>(*m_ui, *m_engine);
    QVERIFY(m_steps->session());
}

void TestE2e::cleanupTestCase()
{
    m_steps.reset();
    m_ui.reset();
    m_engine.reset();
    m_instance.reset();
}

void TestE2e::firstRunSetsUpTheSandbox()
{
    E2eDriver &ui = *m_ui;
    Session *session = m_steps->session();
    // No keychain: the first-run page says so and offers to keep secrets for this run only.
    QVERIFY(ui.waitItem(u"sessionOnlyButton"_s));
    QVERIFY(!ui.item(u"navRail"_s));
    QVERIFY(ui.shoot(u"hire-01-firstrun"_s));
    QVERIFY(ui.click(u"sessionOnlyButton"_s));
    QTRY_COMPARE(session->keychainState(), Session::KeychainState::SessionOnly);

    QVERIFY(ui.click(u"trySandboxButton"_s));
    QVERIFY(E2eDriver::waitFor(
        [&] {
            return session->setupState() != Session::SetupState::SettingUp
                   && session->setupState() != Session::SetupState::NeedsSetup;
        },
        60'000));
    QVERIFY2(session->setupState() == Session::SetupState::Ready, qPrintable(session->errorText()));
    QVERIFY(ui.waitItem(u"navRail"_s));
    QVERIFY(session->profiles().contains(Session::tr("Buyer")));
    QVERIFY(session->profiles().contains(Session::tr("Worker")));
    QCOMPARE(m_steps->profileName(), Session::tr("Buyer"));
    QCOMPARE(m_steps->hireBalanceSats(), SandboxSetup::buyerTopupSats);
    QVERIFY(ui.shoot(u"hire-02-feed"_s));
}

void TestE2e::hirePostsATaskFromTheBalance()
{
    E2eDriver &ui = *m_ui;
    const qint64 balanceBefore = m_steps->hireBalanceSats();
    const qint64 walletBefore = m_sandbox.walletBalance(u"buyer"_s);
    PostTaskForm *form = m_steps->openPostTask();
    QVERIFY(form);
    QVERIFY(m_steps->fillPostTask(u"Translate a poem"_s, u"Into Spanish, keeping the rhyme."_s,
                                  budgetSats));
    // The fee is shown before paying, and the balance it comes from.
    QTRY_VERIFY(ui.text(u"feeText"_s).contains(QString::number(hirePostTaskFeeSats)));
    QTRY_VERIFY(ui.text(u"payBalance"_s).contains(QString::number(balanceBefore)));
    QVERIFY(ui.item(u"payBalance"_s)->property("checked").toBool());
    QVERIFY(ui.shoot(u"hire-03-post"_s));

    QVERIFY(ui.click(u"submitButton"_s));
    QVERIFY(
        m_steps->settle([&] { return form->state() != PostTaskForm::State::Submitting; }, slowMs));
    QVERIFY2(form->state() == PostTaskForm::State::Posted, qPrintable(form->errorText()));
    m_taskId = form->taskId();
    QVERIFY(!m_taskId.isEmpty());
    QVERIFY(ui.text(u"stateText"_s).contains(m_taskId));
    QCOMPARE(m_steps->hireBalanceSats(), balanceBefore - hirePostTaskFeeSats);
    QCOMPARE(m_sandbox.walletBalance(u"buyer"_s), walletBefore); // the wallet paid nothing
    QVERIFY(ui.shoot(u"hire-04-posted"_s));

    // The feed lists it, with its budget (searched for: the bots post many).
    m_steps->setFeedSearch(u"Translate a poem"_s);
    QQuickItem *row = m_steps->feedRow(m_taskId);
    QVERIFY(row);
    QCOMPARE(row->property("title").toString(), u"Translate a poem"_s);
    QCOMPARE(row->property("budgetText").toString(), u"%1 sat"_s.arg(budgetSats));
    QVERIFY(ui.shoot(u"hire-05-in-feed"_s));
}

void TestE2e::hireWorkerQuotesAfterABot()
{
    QVERIFY(!m_taskId.isEmpty());
    E2eDriver &ui = *m_ui;
    // A sandbox bot quotes on a person's task first; the feed row counts it.
    QVERIFY(m_steps->waitFeed(
        m_taskId, [](QQuickItem *row) { return row->property("quoteCount").toInt() >= 1; }));

    QVERIFY(m_steps->switchProfile(Session::tr("Worker")));
    const qint64 before = m_steps->hireBalanceSats();
    TaskDetail *detail = m_steps->openTask(m_taskId);
    QVERIFY(detail);
    QTRY_VERIFY_WITH_TIMEOUT(detail->canQuote(), slowMs);
    QCOMPARE(detail->role(), TaskDetail::Role::Worker);
    QVERIFY(detail->quotes()->count() >= 1); // the bot's
    QVERIFY(ui.type(u"quotePriceField"_s, QString::number(workerPriceSats)));
    QVERIFY(ui.type(u"quoteMessageField"_s, u"Native speaker, by tonight"_s));
    QVERIFY(ui.shoot(u"hire-06-worker-quote"_s));
    QVERIFY(ui.click(u"sendQuoteButton"_s));
    QVERIFY(m_steps->settle([&] { return !detail->actionText().isEmpty(); }, slowMs));
    QVERIFY2(detail->errorText().isEmpty(), qPrintable(detail->errorText()));
    QTRY_VERIFY_WITH_TIMEOUT(!detail->canQuote() && !detail->busy(), slowMs);
    QVERIFY(m_steps->quoteRow(u"%1 sat"_s.arg(workerPriceSats)));
    QCOMPARE(m_steps->hireBalanceSats(), before - hirePostQuoteFeeSats);
    QVERIFY(ui.shoot(u"hire-07-quoted"_s));
}

void TestE2e::hireBuyerAcceptsIntoEscrow()
{
    E2eDriver &ui = *m_ui;
    QVERIFY(m_steps->switchProfile(Session::tr("Buyer")));
    const qint64 before = m_steps->hireBalanceSats();
    TaskDetail *detail = m_steps->openTask(m_taskId);
    QVERIFY(detail);
    QTRY_VERIFY_WITH_TIMEOUT(detail->role() == TaskDetail::Role::Buyer && !detail->busy()
                                 && detail->quotes()->count() >= 2,
                             slowMs);
    QQuickItem *quote = m_steps->quoteRow(u"%1 sat"_s.arg(workerPriceSats));
    QVERIFY(quote);
    QCOMPARE(quote->property("message").toString(), u"Native speaker, by tonight"_s);
    QVERIFY(ui.shoot(u"hire-08-quotes"_s));

    QVERIFY(ui.click(ui.item(u"acceptButton"_s, quote)));
    QVERIFY(m_steps->settle([&] { return detail->status() == u"in_escrow"_s; }, slowMs,
                            u"hire-09-approve"_s));
    QVERIFY2(detail->errorText().isEmpty(), qPrintable(detail->errorText()));
    QCOMPARE(m_steps->hireBalanceSats(), before - workerPriceSats);
    // The timeline says how much is locked.
    const QString locked = u"Escrow locked %1 sat"_s.arg(workerPriceSats);
    QVERIFY(E2eDriver::waitFor([&] { return m_steps->timelineStep(locked) != nullptr; }, slowMs));
    QVERIFY(m_steps->timelineStep(locked)->property("done").toBool());
    QVERIFY(ui.shoot(u"hire-09-escrow"_s));
}

void TestE2e::hireWorkerDeliversAndBuyerConfirms()
{
    E2eDriver &ui = *m_ui;
    QVERIFY(m_steps->switchProfile(Session::tr("Worker")));
    TaskDetail *detail = m_steps->openTask(m_taskId);
    QVERIFY(detail);
    QTRY_COMPARE_WITH_TIMEOUT(detail->status(), u"in_escrow"_s, slowMs);
    QVERIFY(ui.shoot(u"hire-10-worker-escrow"_s));
    QFile file(m_home.filePath(u"poema.txt"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    const QByteArray content = QByteArray("Verde que te quiero verde.\n").repeated(400);
    file.write(content);
    file.close();
    const QByteArray sha256 = QCryptographicHash::hash(content, QCryptographicHash::Sha256);
    const E2eSteps::Panel panel = m_steps->deliverInPanel(file.fileName(), sha256.toHex());
    QCOMPARE(panel, E2eSteps::Panel::Delivered);
    QTRY_COMPARE_WITH_TIMEOUT(detail->status(), u"delivered"_s, slowMs);
    QVERIFY(ui.shoot(u"hire-11-delivered-worker"_s));

    QVERIFY(m_steps->switchProfile(Session::tr("Buyer")));
    detail = m_steps->openTask(m_taskId);
    QVERIFY(detail);
    QTRY_VERIFY_WITH_TIMEOUT(detail->canConfirm() && !detail->busy(), slowMs);
    QQuickItem *view = ui.item(u"taskDetailView"_s);
    QVERIFY(ui.waitItem(u"confirmButton"_s, view));
    QVERIFY(ui.shoot(u"hire-12-delivered"_s));
    QVERIFY(ui.click(u"confirmButton"_s, view));
    QVERIFY(m_steps->settle([&] { return detail->status() == u"completed"_s; }, slowMs));
    QVERIFY2(detail->errorText().isEmpty(), qPrintable(detail->errorText()));
    const QString released = u"Released %1 sat"_s.arg(workerPriceSats);
    QVERIFY(E2eDriver::waitFor([&] { return m_steps->timelineStep(released) != nullptr; }, slowMs));
    QVERIFY(!ui.item(u"confirmButton"_s, view));
    QVERIFY(ui.shoot(u"hire-13-released"_s));
}

void TestE2e::hireWorkerCollectsEarnings()
{
    E2eDriver &ui = *m_ui;
    QVERIFY(m_steps->switchProfile(Session::tr("Worker")));
    // The set-up's top-up, less the quote fee, plus the released escrow.
    const qint64 earned = SandboxSetup::workerTopupSats - hirePostQuoteFeeSats + workerPriceSats;
    QCOMPARE(m_steps->hireBalanceSats(), earned);
    const qint64 walletBefore = m_sandbox.walletBalance(u"worker"_s);
    EarningsController *earnings = m_steps->openEarnings();
    QVERIFY(earnings);
    QTRY_VERIFY_WITH_TIMEOUT(earnings->canCollect(), slowMs);
    QVERIFY(ui.text(u"collectableLabel"_s).contains(QString::number(earned)));
    QVERIFY(ui.shoot(u"hire-14-earnings"_s));

    QVERIFY(ui.click(u"collectButton"_s));
    QVERIFY(m_steps->settle(
        [&] { return earnings->state() != EarningsController::State::Collecting; }, slowMs));
    QVERIFY2(earnings->state() == EarningsController::State::Collected,
             qPrintable(earnings->errorText()));
    QVERIFY(ui.text(u"collectState"_s).contains(QString::number(earned)));
    // An invoice of exactly the balance: the wallet rose by it, the balance is empty.
    QCOMPARE(m_sandbox.walletBalance(u"worker"_s), walletBefore + earned);
    QCOMPARE(m_steps->hireBalanceSats(), 0);
    QVERIFY(ui.shoot(u"hire-15-collected"_s));
}

void TestE2e::l402PostingIsPaidFromTheWallet()
{
    E2eDriver &ui = *m_ui;
    QVERIFY(m_steps->switchProfile(Session::tr("Buyer")));
    // Empty the buyer's market balance into its wallet (Earnings, Collect).
    EarningsController *earnings = m_steps->openEarnings();
    QVERIFY(earnings);
    QTRY_VERIFY_WITH_TIMEOUT(earnings->canCollect(), slowMs);
    QVERIFY(ui.click(u"collectButton"_s));
    QVERIFY(m_steps->settle(
        [&] { return earnings->state() != EarningsController::State::Collecting; }, slowMs));
    QCOMPARE(earnings->state(), EarningsController::State::Collected);
    QCOMPARE(m_steps->hireBalanceSats(), 0);
    // Ask before every payment above 10 sat, so the 50 sat L402 fee comes to the Pay dialog.
    QVERIFY(m_steps->setConfirmAbove(10));
    QVERIFY(ui.shoot(u"l402-01-settings"_s));

    PostTaskForm *form = m_steps->openPostTask();
    QVERIFY(form);
    QVERIFY(m_steps->fillPostTask(u"Proofread a letter"_s, u"Two pages, British English."_s,
                                  budgetSats));
    QTRY_VERIFY(!ui.text(u"payError"_s).isEmpty()); // the balance cannot pay
    QVERIFY(!form->canSubmit());
    QVERIFY(ui.click(u"payWallet"_s));
    QTRY_VERIFY(form->canSubmit());
    QVERIFY(ui.shoot(u"l402-02-post"_s));

    const qint64 walletBefore = m_sandbox.walletBalance(u"buyer"_s);
    auto journalBefore = m_steps->engine()->journal().recent(1000);
    QVERIFY(journalBefore);
    QVERIFY(ui.click(u"submitButton"_s));
    // The Pay dialog asks with the invoice read: the exact amount and who asks.
    QObject *dialog = ui.object(u"payDialog"_s);
    QVERIFY(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->property("confirming").toBool(), slowMs);
    QQuickItem *review = ui.waitItem(u"confirmationReview"_s, dialog);
    QVERIFY(review);
    QVERIFY(ui.text(u"amountLabel"_s, review).contains(QString::number(hirePostTaskFeeSats)));
    QVERIFY(ui.text(u"serviceLabel"_s, review).contains(m_sandbox.url().host()));
    QCOMPARE(m_sandbox.walletBalance(u"buyer"_s), walletBefore); // nothing paid before
    QVERIFY(ui.shoot(u"l402-03-review"_s));
    QVERIFY(ui.click(u"approveButton"_s, dialog));
    QVERIFY(
        m_steps->settle([&] { return form->state() != PostTaskForm::State::Submitting; }, slowMs));
    QVERIFY2(form->state() == PostTaskForm::State::Posted, qPrintable(form->errorText()));
    QVERIFY(form->taskId() != m_taskId);
    QCOMPARE(m_sandbox.walletBalance(u"buyer"_s), walletBefore - hirePostTaskFeeSats);
    QVERIFY(ui.shoot(u"l402-04-posted"_s));

    // One journal entry, done, whose preimage hashes to its payment hash.
    auto journalAfter = m_steps->engine()->journal().recent(1000);
    QVERIFY(journalAfter);
    QCOMPARE(journalAfter->size(), journalBefore->size() + 1);
    const JournalEntry entry = m_steps->newestEntry(*journalAfter);
    QCOMPARE(entry.state, PaymentState::Done);
    QCOMPARE(entry.amount, MilliSats(hirePostTaskFeeSats * 1000));
    QVERIFY(entry.preimage && entry.paymentHash);
    QCOMPARE(QCryptographicHash::hash(entry.preimage->toByteArray(), QCryptographicHash::Sha256),
             entry.paymentHash->toByteArray());
    QVERIFY(m_steps->setConfirmAbove(100)); // back to the default
}

void TestE2e::qrInvoiceIsPaidByAPhone()
{
    E2eDriver &ui = *m_ui;
    const QString invoice = m_sandbox.createInvoice(u"shop"_s, phoneInvoiceSats, u"Stickers"_s);
    QVERIFY(invoice.startsWith(u"ln"_s));
    const qint64 buyerBefore = m_sandbox.walletBalance(u"buyer"_s);
    const qint64 shopBefore = m_sandbox.walletBalance(u"shop"_s);
    QVERIFY(m_steps->nav(4)); // Wallet
    QVERIFY(ui.click(u"payInvoiceButton"_s));
    QObject *dialog = ui.object(u"walletPayDialog"_s);
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->property("opened").toBool());
    QVERIFY(ui.type(u"requestField"_s, invoice, dialog));
    QVERIFY(ui.click(u"readButton"_s, dialog));
    QQuickItem *review = ui.waitItem(u"review"_s, dialog, slowMs);
    QVERIFY(review);
    QTRY_VERIFY(ui.text(u"amountLabel"_s, review).contains(QString::number(phoneInvoiceSats)));
    QVERIFY(ui.text(u"descriptionLabel"_s, review).contains(u"Stickers"_s));
    QVERIFY(ui.shoot(u"qr-01-review"_s));

    QVERIFY(ui.click(u"phoneTab"_s, dialog));
    QVERIFY(ui.click(u"showQrButton"_s, dialog));
    QQuickItem *panel = ui.waitItem(u"phonePanel"_s, dialog);
    QVERIFY(panel);
    // What the QR code carries, also shown as text to copy.
    // (a lightning: link, which phone wallets open).
    const auto shownInvoice = [&] {
        QString shown = ui.text(u"invoiceText"_s, panel);
        if (shown.startsWith(u"lightning:"_s, Qt::CaseInsensitive))
            shown = shown.mid(10);
        return shown.toLower();
    };
    QTRY_COMPARE(shownInvoice(), invoice.toLower());
    QVERIFY(!ui.item(u"qrImage"_s, panel)->property("source").toUrl().isEmpty());
    QVERIFY(ui.shoot(u"qr-02-code"_s));

    // The phone pays it from its own wallet and shows the preimage.
    const lwtest::HttpResult paid = m_sandbox.pay(u"phone"_s, shownInvoice());
    const QString preimage = paid.json.value(u"paymentPreimage").toString();
    QCOMPARE(preimage.size(), 64);
    QCOMPARE(m_sandbox.walletBalance(u"shop"_s), shopBefore + phoneInvoiceSats);

    // A wrong preimage is refused; the right one finishes it.
    QVERIFY(ui.type(u"preimageField"_s, QString(64, u'0'), panel));
    QVERIFY(ui.click(u"submitPreimageButton"_s, panel));
    QVERIFY(ui.waitItem(u"preimageError"_s, panel));
    QVERIFY(ui.shoot(u"qr-03-wrong-preimage"_s));
    QVERIFY(ui.type(u"preimageField"_s, preimage, panel));
    QVERIFY(ui.click(u"submitPreimageButton"_s, panel));
    QQuickItem *title = ui.waitItem(u"resultTitle"_s, dialog, slowMs);
    QVERIFY(title);
    QVERIFY2(title->property("text").toString().contains(QString::number(phoneInvoiceSats)),
             qPrintable(title->property("text").toString()));
    QCOMPARE(ui.text(u"preimageText"_s, dialog), preimage);
    QCOMPARE(m_sandbox.walletBalance(u"buyer"_s), buyerBefore); // not paid from this wallet
    QVERIFY(ui.shoot(u"qr-04-paid"_s));
    QVERIFY(ui.click(u"closeButton"_s, dialog));
    QTRY_VERIFY(!dialog->property("opened").toBool());
}

void TestE2e::secondLaunchOpensThePayDialog()
{
    E2eDriver &ui = *m_ui;
    const QString link =
        u"lightning:"_s + m_sandbox.createInvoice(u"shop"_s, 77, u"From a web page"_s);
    QProcess second;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    second.setProcessEnvironment(env);
    second.start(qEnvironmentVariable("LW_APP"), {link});
    // This process answers it: the event loop runs while waiting.
    QTRY_COMPARE_WITH_TIMEOUT(second.state(), QProcess::NotRunning, 10'000);
    QCOMPARE(second.exitStatus(), QProcess::NormalExit);
    QCOMPARE(second.exitCode(), 0);

    QObject *dialog = ui.object(u"payDialog"_s);
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->property("opened").toBool());
    QCOMPARE(ui.text(u"requestField"_s, dialog), link);
    QQuickItem *review = ui.waitItem(u"review"_s, dialog, slowMs);
    QVERIFY(review);
    QVERIFY(ui.text(u"amountLabel"_s, review).contains(u"77"_s));
    QVERIFY(ui.shoot(u"uri-01-handoff"_s));
    const qint64 before = m_sandbox.walletBalance(u"buyer"_s);
    QVERIFY(ui.click(u"closeButton"_s, dialog)); // nothing is paid without Confirm
    QTRY_VERIFY(!dialog->property("opened").toBool());
    QCOMPARE(m_sandbox.walletBalance(u"buyer"_s), before);
}

void TestE2e::everyControlOfEveryAreaHasAName()
{
    // Each area as the paths above left it, walked as a screen reader would.
    E2eDriver &ui = *m_ui;
    for (int area = 0; area < 8; ++area) {
        QVERIFY(m_steps->nav(area));
        QTest::qWait(200);
        const QStringList unnamed = E2eAccessibility::unnamedControls(ui.window()->contentItem());
        QVERIFY2(unnamed.isEmpty(), qPrintable(u"area %1: "_s.arg(area) + unnamed.join(u"; "_s)));
    }
}

QTEST_MAIN(TestE2e)
#include "tst_e2e.moc"
