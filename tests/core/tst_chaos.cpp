// SPDX-License-Identifier: GPL-3.0-or-later
// The full escrow flow against a market that fails on purpose: 20 % 5xx, 10 % connection
// resets (half of them after the server acted), some requests never answered. Every run must
// complete or stop with a clear error, and no paid action may ever happen twice: checked at the
// sandbox from its own state (tasks, quotes, balances, wallets) after all runs. Two paths: fees
// from the X-Token balance, and fees paid by Lightning (L402) through the journaled gate.
#include "core/chaosflow.h"
#include "lightning/bolt11decoder.h"
#include "sandbox/sandboxprocess.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace lw;
using namespace lwtest;
using namespace lwtest::chaos;
using namespace Qt::Literals::StringLiterals;

namespace {

//! A fresh 402ai account of `app` holding `amount` sat (0: empty), opened through the faulty
//! market and topped up by `funder`. Set-up, not under test: any step may be tried again.
HireClient *newAccount(HireEngine &app, PaymentBackend &funder, qint64 amount)
{
    HireClient *c = app.client();
    for (int i = 0; i < 40 && !c->hasToken(); ++i)
        if (auto token = await(c->createAccount()))
            app.setToken(c, *token);
    if (!c->hasToken() || amount == 0)
        return c->hasToken() ? c : nullptr;
    for (int i = 0; i < 40; ++i) {
        const auto topup = await(c->requestTopup(sats(amount)));
        if (!topup)
            continue;
        const auto invoice = decodeBolt11(topup->invoice);
        if (!invoice)
            continue;
        // A lost answer leaves the top-up unclaimed: the next try makes a new one.
        const auto paid = await(
            funder.payInvoice(*invoice, sats(1), std::chrono::milliseconds(limits().timeoutMs)));
        if (!paid || paid->state != OutgoingPayment::State::Succeeded)
            continue;
        // A lost answer to the claim: claimed again, the answer is "claimed earlier".
        for (int j = 0; j < 20; ++j)
            if (await(c->claimTopup(*paid->preimage)))
                break;
        if (readThrough<HireAccount>([&] { return c->me(); }).balance == sats(amount))
            return c;
    }
    return nullptr;
}

//! Whether 402ai redeemed a paid entry's credential: presented to a free call, a used one
//! answers 400 payment_already_used, an unused one is checked but not consumed.
bool redeemed(GateEngine &app, const JournalEntry &e)
{
    HttpRequest probe = HttpRequest::get(e.url.resolved(QUrl(u"/api/v1/ai-for-hire/me"_s)));
    probe.setHeader("authorization",
                    e.scheme.toLatin1() + ' ' + e.token + ':' + e.preimage->toHex().toLatin1());
    for (int i = 0; i < 60; ++i) {
        const auto r = await(app.http.send(probe));
        if (r && r->status == 200)
            return false;
        if (r && r->status == 400 && r->toError().code == u"payment_already_used")
            return true;
    }
    qFatal("entry %lld: the market did not say whether it redeemed it", e.id);
}

//! One kind of paid action in a journal, held against the market and the payer's wallet.
struct PaidActions {
    qint64 acted = 0;     //!< entries whose action the market shows
    qint64 payments = 0;  //!< entries that paid (a preimage): one payment each at most
    qint64 spentSats = 0; //!< what those payments took from the wallet, fees included
    QStringList refused;  //!< paid, and the server did not do the action
    QStringList wrong;    //!< anything the journal, the wallet and the market disagree on
};

PaidActions paidActions(GateEngine &app, const QString &action, qint64 feeSats,
                        const std::function<bool(const JournalEntry &)> &acted)
{
    PaidActions out;
    QSet<QString> hashes;
    const auto entries = app.journal->recent(1'000'000);
    if (!entries)
        qFatal("journal: %s", qPrintable(entries.error().describe()));
    for (const JournalEntry &e : *entries) {
        if (e.action != action)
            continue;
        const QString name = u"entry %1 (%2)"_s.arg(e.id).arg(paymentStateName(e.state));
        if (!isFinal(e.state))
            out.wrong << name + u": still open"_s;
        const bool paid = e.preimage.has_value();
        const bool done = e.state == PaymentState::Done;
        if (!paid) {
            // Nothing paid: nothing done (a fee from the balance would be done unpaid).
            if (done || acted(e))
                out.wrong << name + u": done without a payment"_s;
            continue;
        }
        ++out.payments;
        out.spentSats += e.amount.floorSats() + e.fee.floorSats();
        if (e.amount != sats(feeSats))
            out.wrong << name + u": paid %1 sat"_s.arg(e.amount.toSatsDecimal());
        if (!e.paymentHash || hashes.contains(e.paymentHash->toHex()))
            out.wrong << name + u": hash missing or paid twice"_s;
        else
            hashes.insert(e.paymentHash->toHex());
        // The wallet holds that payment as settled, with the journaled preimage.
        const auto p =
            readThrough<OutgoingPayment>([&] { return app.wallet->lookupPayment(*e.paymentHash); });
        if (p.state != OutgoingPayment::State::Succeeded || p.preimage != e.preimage)
            out.wrong << name + u": not a settled payment at the wallet"_s;
        const bool taken = redeemed(app, e);
        if (acted(e)) {
            ++out.acted;
            if (!done || !taken)
                out.wrong << name + u": done at the market, not in the journal"_s;
        } else if (done) {
            out.wrong << name + u": done in the journal, not at the market"_s;
        } else if (e.state == PaymentState::Failed
                   && (taken || e.error.contains(e.paymentHash->toHex()))) {
            // The G matrix's "paid but not accepted": the server took the credential and
            // refused the action, or answered 402 to it; the journal names the hash.
            out.refused << u"%1: %2"_s.arg(name, e.error);
        } else {
            // A credential the server never took, given up: sats gone for nothing.
            out.wrong << name + u": paid, never redeemed, not resumable: "_s + e.error;
        }
    }
    return out;
}

QString titleOf(const JournalEntry &e)
{
    return QJsonDocument::fromJson(e.body).object().value(u"title").toString();
}

//! …/tasks/{id}/quotes
QString quotedTaskOf(const JournalEntry &e)
{
    return e.url.path().section(u'/', -2, -2);
}

} // namespace

class TestChaos : public QObject {
    Q_OBJECT

    SandboxProcess sandbox;
    QTemporaryDir dir;

    //! An account funded through the faulty market (set-up may retry; runs never do).
    QByteArray fundedAccount(qint64 amount)
    {
        for (int i = 0; i < 40; ++i) {
            const QByteArray token = sandbox.hireAccount(u"funder"_s, amount);
            if (!token.isEmpty() && sandbox.hireBalance(token) == amount)
                return token;
        }
        return {};
    }

    //! A phoenixd wallet of the sandbox, over `app`'s HTTP client.
    std::unique_ptr<PhoenixdWallet> walletOf(GateEngine &app, const QString &name)
    {
        const QJsonObject w = sandbox.walletInfo(name).value(u"phoenixd").toObject();
        auto wallet = std::make_unique<PhoenixdWallet>(&app.http, QUrl(w.value(u"url").toString()),
                                                       w.value(u"password").toString().toLatin1(),
                                                       Network::Regtest);
        return wallet;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!SandboxProcess::binary().isEmpty(), "LW_SANDBOX is not set");
        QVERIFY(sandbox.start(
            {u"--wallet"_s, u"funder:10000000"_s, u"--wallet"_s, u"buyer:1000000"_s, u"--wallet"_s,
             u"worker:1000"_s, u"--error-rate"_s, u"20"_s, u"--reset-rate"_s, u"10"_s,
             u"--hang-rate"_s, u"1"_s, u"--seed"_s,
             qEnvironmentVariable("LW_CHAOS_SEED", u"4242"_s),
             // Seeded, its clock would start in the past: the gate refuses
             // invoices that expired by the wall clock.
             u"--start-time"_s, QString::number(QDateTime::currentSecsSinceEpoch())}));
    }

    //! Fees from the X-Token balance: no Lightning payment at all.
    void escrowFlowHundredTimes()
    {
        const int runs = runCount();
        const qint64 buyerStart = 100 * runs;
        const qint64 workerStart = 20 * runs;
        const QByteArray buyerToken = fundedAccount(buyerStart);
        const QByteArray workerToken = fundedAccount(workerStart);
        QVERIFY(!buyerToken.isEmpty() && !workerToken.isEmpty());

        HireEngine engine(dir.filePath(u"chaos.sqlite3"_s), sandbox.url(),
                          sandbox.wallet(u"buyer"_s));
        engine.http.setLimits(limits());
        HireClient *buyer = engine.client(buyerToken);
        HireClient *worker = engine.client(workerToken);
        const auto workerWallet = walletOf(engine, u"worker"_s);
        const HireAccount workerMe = readThrough<HireAccount>([&] { return worker->me(); });
        const qint64 workerWalletStart = sandbox.walletBalance(u"worker"_s);
        const qint64 buyerWalletStart = sandbox.walletBalance(u"buyer"_s);

        Runs done;
        for (int run = 0; run < runs; ++run)
            runOnce({buyer, worker, workerMe.accountId, workerWallet.get()},
                    u"Chaos run %1"_s.arg(run), false, done);
        qInfo("%s", qPrintable(done.summary()));
        QVERIFY2(done.unclear.isEmpty(), qPrintable(done.unclear.join(u", ")));
        QVERIFY(done.completed > 0);

        // The market's own state: no task (and fee) twice, no quote (and fee) twice.
        const Market market = readMarket(buyer, done.titles);
        QVERIFY2(market.repeated.isEmpty(), qPrintable(market.repeated.join(u", ")));

        // Every sat accounted for: each fee, escrow and collect happened once per action.
        const qint64 collected = sandbox.walletBalance(u"worker"_s) - workerWalletStart;
        QCOMPARE(readThrough<HireAccount>([&] { return buyer->me(); }).balance.floorSats(),
                 buyerStart - postFeeSats * market.tasks - market.escrowed);
        QCOMPARE(readThrough<HireAccount>([&] { return worker->me(); }).balance.floorSats(),
                 workerStart - quoteFeeSats * market.quotes + market.released - collected);
        QVERIFY(collected % quoteSats == 0 && collected <= market.released);
        // The balance path never paid by Lightning.
        QCOMPARE(sandbox.walletBalance(u"buyer"_s), buyerWalletStart);
        qInfo("tasks %lld, quotes %lld, escrowed %lld sat, released %lld sat, collected %lld sat",
              market.tasks, market.quotes, market.escrowed, market.released, collected);
    }

    //! Post and quote fees paid by Lightning through the gate and its journal; escrow from
    //! the balance (402ai must never get an L402 payment for accept).
    void escrowFlowByLightningHundredTimes()
    {
        const int runs = runCount();
        // Each side its own app (journal, gate) and wallet: the buyer's pays post fees, the
        // worker's pays quote fees and receives what the worker collects.
        HireEngine buyerApp(dir.filePath(u"l402-buyer.sqlite3"_s), sandbox.url(),
                            sandbox.addWallet(u"l402-buyer"_s, 1'000'000));
        HireEngine workerApp(dir.filePath(u"l402-worker.sqlite3"_s), sandbox.url(),
                             sandbox.addWallet(u"l402-worker"_s, 1'000'000));
        for (HireEngine *app : {&buyerApp, &workerApp}) {
            app->http.setLimits(limits());
            app->gate->setPayTimeout(std::chrono::milliseconds(limits().timeoutMs));
        }
        const auto funder = walletOf(buyerApp, u"funder"_s);
        const qint64 buyerWalletStart = sandbox.walletBalance(u"l402-buyer"_s);
        const qint64 workerWalletStart = sandbox.walletBalance(u"l402-worker"_s);

        Runs done;
        QList<std::pair<HireClient *, HireClient *>> accounts; // buyer, worker per run
        for (int run = 0; run < runs; ++run) {
            // Fresh accounts holding less than the fee, or 402ai takes it from the balance;
            // the buyer's covers the escrow.
            HireClient *buyer = newAccount(buyerApp, *funder, quoteSats);
            HireClient *worker = newAccount(workerApp, *funder, 0);
            QVERIFY2(buyer && worker, "set-up: no account");
            const auto workerMe = readThrough<HireAccount>([&] { return worker->me(); });
            runOnce({buyer, worker, workerMe.accountId, workerApp.wallet.get()},
                    u"Chaos L402 run %1"_s.arg(run), true, done);
            accounts.emplaceBack(buyer, worker);
        }
        qInfo("L402: %s", qPrintable(done.summary()));
        QVERIFY2(done.unclear.isEmpty(), qPrintable(done.unclear.join(u", ")));

        // What the runs left unfinished is settled as on the app's next start.
        int resumed = 0, rounds = 0;
        for (HireEngine *app : {&buyerApp, &workerApp}) {
            const Settled settled = settle(*app);
            resumed += settled.resumed;
            rounds = std::max(rounds, settled.rounds);
            QStringList open;
            for (const JournalEntry &e : settled.open)
                open << u"entry %1 %2 (%3)"_s.arg(e.id).arg(e.action, paymentStateName(e.state));
            QVERIFY2(open.isEmpty(), qPrintable(open.join(u", ")));
        }
        qInfo("journal settled: %d resumes in at most %d rounds", resumed, rounds);

        // The market's own state: no task (and fee) twice, no quote (and fee) twice.
        const Market market = readMarket(accounts.first().first, done.titles);
        QVERIFY2(market.repeated.isEmpty(), qPrintable(market.repeated.join(u", ")));
        // Some runs got through confirm. Not "some completed": a run makes twice the requests
        // of a balance run, so few complete (2 of 100 with this seed), and none is no bug.
        QVERIFY(market.released > 0);

        // Each entry paid once at most, and the market did its action exactly when the journal
        // says done. A paid entry without the action must be the server's refusal, journaled
        // as failed; a credential given up on before the server took it is a loss.
        const PaidActions posts =
            paidActions(buyerApp, u"402ai.post_task"_s, postFeeSats,
                        [&](const JournalEntry &e) { return market.byTitle.contains(titleOf(e)); });
        const PaidActions quotes =
            paidActions(workerApp, u"402ai.quote"_s, quoteFeeSats, [&](const JournalEntry &e) {
                return market.quotesByTask.value(quotedTaskOf(e)) > 0;
            });
        for (const PaidActions *a : {&posts, &quotes})
            QVERIFY2(a->wrong.isEmpty(), qPrintable(a->wrong.join(u"\n")));
        QCOMPARE(posts.acted, market.tasks);
        QCOMPARE(quotes.acted, market.quotes);
        // 402ai's accept is never paid by Lightning: no accept entry even took an invoice.
        for (const JournalEntry &e :
             buyerApp.journal->recent(1'000'000).value_or(QList<JournalEntry>{}))
            if (e.action == u"402ai.accept")
                QVERIFY2(!e.paymentHash && !e.preimage, qPrintable(u"entry %1"_s.arg(e.id)));
        for (const QString &r : posts.refused + quotes.refused)
            qInfo("paid but refused: %s", qPrintable(r));

        // The wallets: exactly the journaled payments left them, one fee per action done or
        // refused, and collects came in.
        qint64 collected = 0;
        QHash<QString, qint64> collectedBy;
        for (auto it = done.collectInvoices.begin(); it != done.collectInvoices.end(); ++it) {
            const auto in = readThrough<IncomingPayment>(
                [&] { return workerApp.wallet->lookupInvoice(it.value()); });
            if (in.state == IncomingPayment::State::Paid)
                collected += collectedBy[it.key()] = in.received.floorSats();
        }
        QCOMPARE(posts.payments, market.tasks + posts.refused.size());
        QCOMPARE(quotes.payments, market.quotes + quotes.refused.size());
        QCOMPARE(buyerWalletStart - sandbox.walletBalance(u"l402-buyer"_s), posts.spentSats);
        QCOMPARE(posts.spentSats, postFeeSats * posts.payments);
        QCOMPARE(sandbox.walletBalance(u"l402-worker"_s) - workerWalletStart,
                 collected - quotes.spentSats);
        QCOMPARE(quotes.spentSats, quoteFeeSats * quotes.payments);

        // The accounts at the market: no fee from a balance, escrow locked and released once.
        for (int run = 0; run < accounts.size(); ++run) {
            const QString title = done.titles.at(run);
            const auto task = market.byTitle.constFind(title);
            const bool escrowed =
                task != market.byTitle.cend() && task->status != HireTaskStatus::Open;
            const bool released =
                task != market.byTitle.cend() && task->status == HireTaskStatus::Completed;
            const auto [buyer, worker] = accounts.at(run);
            QCOMPARE(readThrough<HireAccount>([&] { return buyer->me(); }).balance.floorSats(),
                     escrowed ? 0 : quoteSats);
            QCOMPARE(readThrough<HireAccount>([&] { return worker->me(); }).balance.floorSats(),
                     (released ? quoteSats : 0) - collectedBy.value(title));
        }
        qInfo("tasks %lld, quotes %lld, by Lightning %lld sat in post fees and %lld sat in quote "
              "fees (paid but refused: %lld + %lld), escrowed %lld sat, released %lld sat, "
              "collected %lld sat",
              market.tasks, market.quotes, posts.spentSats, quotes.spentSats,
              qint64(posts.refused.size()), qint64(quotes.refused.size()), market.escrowed,
              market.released, collected);
    }
};

QTEST_GUILESS_MAIN(TestChaos)
#include "tst_chaos.moc"
