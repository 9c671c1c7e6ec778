// SPDX-License-Identifier: GPL-3.0-or-later
// HireClient against a real sandbox, wired as the app wires it: HttpClient + PaymentJournal +
// PhoenixdWallet ("payer") + PaymentGate. Every claim is checked at the sandbox: balances by
// /me, wallet balances by phoenixd, round trips by the sandbox's request log.
#include "core/hireengine.h"
#include "futureutil.h"
#include "lightning/bolt11decoder.h"
#include "markets/aiforhire/aiforhirejson.h"
#include "markets/aiforhire/hireclient.h"
#include "sandbox/sandboxprocess.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <map>

using namespace lw;
using namespace lwtest;
using namespace Qt::Literals::StringLiterals;

namespace {

MilliSats sats(qint64 n)
{
    return MilliSats(n * 1000);
}

template <typename T>
const char *why(const HireResult<T> &r)
{
    static QByteArray text;
    text = r ? QByteArray() : r.error().describe().toUtf8();
    return text.constData();
}

using Engine = HireEngine;

} // namespace

class TestHireClient : public QObject {
    Q_OBJECT

    SandboxProcess sandbox;
    QTemporaryDir dir;
    int counter = 0;

    std::unique_ptr<Engine> engine()
    {
        return std::make_unique<Engine>(dir.filePath(u"engine-%1.sqlite3"_s.arg(++counter)),
                                        sandbox.url(), sandbox.wallet(u"payer"_s));
    }
    QByteArray account(qint64 sats) { return sandbox.hireAccount(u"funder"_s, sats); }
    qint64 balanceOf(const QByteArray &token) { return sandbox.hireBalance(token); }
    void clearLog() { sandbox.admin("POST", u"/log/clear"_s); }
    int routeCount(const QString &route) { return sandbox.routeCounts().value(route).toInt(); }
    //! Requests that reached the market or the wallets (not the admin API) since the last clear.
    int marketRequests() { return sandbox.clientRequests(); }
    QString writeFile(const QString &name, const QByteArray &content)
    {
        const QString path = dir.filePath(name);
        QDir().mkpath(QFileInfo(path).path());
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate)
            || f.write(content) != content.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!SandboxProcess::binary().isEmpty(), "LW_SANDBOX is not set");
        QVERIFY(dir.isValid());
        QVERIFY(sandbox.start({u"--wallet"_s, u"payer:100000"_s, u"--wallet"_s, u"funder:100000"_s,
                               u"--wallet"_s, u"worker:100000"_s, u"--serve-deliveries"_s}));
    }

    void createAccountGivesAnEmptyAccountAndPaysNothing()
    {
        auto e = engine();
        HireClient *c = e->client();
        const qint64 before = sandbox.balance(u"payer"_s);
        clearLog();
        auto token = await(c->createAccount());
        QVERIFY2(token, why(token));
        QVERIFY(token->startsWith("abl_"));
        QCOMPARE(routeCount(u"POST /api/v1/ai-for-hire/tasks"_s), 1);
        QCOMPARE(marketRequests(), 1);
        QCOMPARE(balanceOf(*token), 0);
        QCOMPARE(sandbox.balance(u"payer"_s), before);
        QVERIFY(e->journal->recent(10)->isEmpty()); // not through the gate

        e->setToken(c, *token);
        auto me = await(c->me());
        QVERIFY2(me, why(me));
        QCOMPARE(me->balance, MilliSats());
        QVERIFY(!me->accountId.isEmpty());
    }

    void topupThroughTheGateCreditsThisAccount()
    {
        auto e = engine();
        HireClient *c = e->client();
        auto token = await(c->createAccount());
        QVERIFY2(token, why(token));
        e->setToken(c, *token);
        const QByteArray other = account(5); // must not receive anything

        auto invoice = await(c->requestTopup(sats(1000)));
        QVERIFY2(invoice, why(invoice));
        QCOMPARE(invoice->amount, sats(1000));
        const qint64 before = sandbox.balance(u"payer"_s);
        auto paid =
            await(e->gate->payInvoice(JournalEntry::Kind::Topup, u"402ai.topup"_s, c->accountId(),
                                      invoice->invoice, invoice->amount, c->baseUrl()));
        QVERIFY2(paid, paid ? "" : qPrintable(paid.error().describe()));
        QCOMPARE(e->prompts.size(), 1); // 1000 sat is above the default threshold
        QCOMPARE(e->prompts.first().amount, sats(1000));
        QVERIFY(paid->payment && paid->payment->preimage);
        QCOMPARE(paid->note, u"balance 1000 sat"_s);
        QCOMPARE(e->journal->entry(paid->journalId)->state, PaymentState::Done);
        const Preimage preimage = *paid->payment->preimage;
        QCOMPARE(sandbox.balance(u"payer"_s), before - 1000);
        QCOMPARE(balanceOf(*token), 1000);
        QCOMPARE(balanceOf(other), 5);

        // A second claim of the same preimage: the first answer "was lost".
        auto again = await(c->claimTopup(preimage));
        QVERIFY2(again, why(again));
        QVERIFY(again->alreadyClaimed);
        QCOMPARE(balanceOf(*token), 1000);

        // Without a token the sats would go to a new account: refused before sending.
        HireClient *anonymous = e->client();
        clearLog();
        auto refused = await(anonymous->claimTopup(preimage));
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, AppError::Kind::Invalid);
        QCOMPARE(marketRequests(), 0);
    }

    void escrowFlowBetweenTwoAccounts()
    {
        auto e = engine();
        HireClient *buyer = e->client(account(1000));
        HireClient *worker = e->client(account(100));
        const QByteArray buyerToken = e->tokens[buyer->accountId()];
        const QByteArray workerToken = e->tokens[worker->accountId()];
        const qint64 payerBefore = sandbox.balance(u"payer"_s);

        clearLog();
        auto posted = await(buyer->postTask(u"Write a haiku"_s, u"About sats"_s, sats(500), false));
        QVERIFY2(posted, why(posted));
        QCOMPARE(routeCount(u"POST /api/v1/ai-for-hire/tasks"_s), 1);
        QVERIFY(!posted->payment);
        QVERIFY(posted->journalId > 0);
        const HireTask &task = posted->value;
        QCOMPARE(task.status, HireTaskStatus::Open);
        QCOMPARE(task.title, u"Write a haiku"_s);
        QCOMPARE(task.budget, sats(500));
        QCOMPARE(balanceOf(buyerToken), 950);

        auto listed = await(worker->tasks(u"open"_s));
        QVERIFY2(listed, why(listed));
        QVERIFY(std::any_of(listed->items.begin(), listed->items.end(),
                            [&](const HireTask &t) { return t.id == task.id; }));
        auto fresh = await(worker->task(task.id));
        QVERIFY2(fresh, why(fresh));
        auto workerMe = await(worker->me());
        QVERIFY2(workerMe, why(workerMe));
        auto quoted = await(worker->sendQuote(*fresh, workerMe->accountId, sats(400),
                                              u"Five, seven, five"_s, false));
        QVERIFY2(quoted, why(quoted));
        const HireQuote quote = quoted->value;
        QCOMPARE(quote.status, HireQuoteStatus::Pending);
        QCOMPARE(quote.price, sats(400));
        QCOMPARE(balanceOf(workerToken), 90);

        auto asked = await(buyer->sendMessage(task.id, quote.id, u"Would 300 do?"_s));
        QVERIFY2(asked, why(asked));
        auto answered = await(worker->sendMessage(task.id, quote.id, u"Yes."_s));
        QVERIFY2(answered, why(answered));
        auto thread = await(worker->messages(task.id, quote.id));
        QVERIFY2(thread, why(thread));
        QCOMPARE(thread->items.size(), 2);
        QVERIFY(asked->sequence);
        auto newer = await(buyer->messages(task.id, quote.id, asked->sequence));
        QVERIFY2(newer, why(newer));
        QCOMPARE(newer->items.size(), 1);
        QCOMPARE(newer->items.first().id, answered->id);
        QCOMPARE(newer->items.first().body, u"Yes."_s);

        auto lowered = await(worker->updateQuote(task.id, quote.id, sats(300), std::nullopt));
        QVERIFY2(lowered, why(lowered));
        QCOMPARE(lowered->price, sats(300));
        QCOMPARE(lowered->description, u"Five, seven, five"_s);

        auto accepted = await(buyer->accept(task.id, quote.id, lowered->price));
        QVERIFY2(accepted, why(accepted));
        QCOMPARE(accepted->value.escrowed, sats(300));
        QCOMPARE(accepted->value.status, HireTaskStatus::InEscrow);
        QVERIFY(!accepted->payment);
        QCOMPARE(balanceOf(buyerToken), 650);

        QByteArray poem;
        for (int i = 0; i < 5000; ++i)
            poem += "sats flow like water " + QByteArray::number(i) + '\n';
        const QString path = writeFile(u"out/haiku.txt"_s, poem);
        auto file = readDeliveryFile(path, 1 << 20);
        QVERIFY2(file, why(file));
        QCOMPARE(file->filename, u"haiku.txt"_s);
        QCOMPARE(file->sizeBytes, qint64(poem.size()));
        QCOMPARE(file->sha256, QCryptographicHash::hash(poem, QCryptographicHash::Sha256));
        qint64 lastSent = -1, lastTotal = -1;
        int reports = 0;
        auto delivered = await(worker->deliver(task.id, *file, u"Enjoy"_s, [&](qint64 s, qint64 t) {
            lastSent = s;
            lastTotal = t;
            ++reports;
        }));
        QVERIFY2(delivered, why(delivered));
        QCOMPARE(delivered->filename, u"haiku.txt"_s);
        QCOMPARE(delivered->notes, u"Enjoy"_s);
        QVERIFY(reports > 0);
        QVERIFY(lastTotal > file->contentBase64.size()); // Qt's closing (0, 0) is not passed on
        QCOMPARE(lastSent, lastTotal);

        // --serve-deliveries: the buyer gets the bytes back, exactly.
        auto detail = await(buyer->task(task.id));
        QVERIFY2(detail, why(detail));
        QCOMPARE(detail->status, HireTaskStatus::Delivered);
        QVERIFY(detail->deliveries && detail->deliveries->items.size() == 1);
        const auto &served = detail->deliveries->items.first().content;
        QVERIFY(served);
        QCOMPARE(qint64(served->size()), file->sizeBytes);
        QCOMPARE(QCryptographicHash::hash(*served, QCryptographicHash::Sha256), file->sha256);

        auto confirmed = await(buyer->confirm(task.id));
        QVERIFY2(confirmed, why(confirmed));
        QCOMPARE(confirmed->status, HireTaskStatus::Completed);
        QCOMPARE(confirmed->released, sats(300));
        QCOMPARE(confirmed->contractorAccountId, workerMe->accountId);
        QCOMPARE(balanceOf(workerToken), 390);

        // Withdraw to the worker's own wallet, with an invoice of exactly the amount.
        const QJsonObject w = sandbox.wallet(u"worker"_s).value(u"phoenixd").toObject();
        PhoenixdWallet workerWallet(&e->http, QUrl(w.value(u"url").toString()),
                                    w.value(u"password").toString().toLatin1(), Network::Regtest);
        auto invoice = await(workerWallet.createInvoice(sats(300), u"402ai collect"_s, 3600));
        QVERIFY2(invoice, invoice ? "" : qPrintable(invoice.error().describe()));
        const qint64 walletBefore = sandbox.balance(u"worker"_s);
        auto collected = await(worker->collect(sats(300), invoice->bolt11));
        QVERIFY2(collected, why(collected));
        QCOMPARE(collected->amount, sats(300));
        QCOMPARE(collectVerdict(*collected, invoice->paymentHash), CollectVerdict::Paid);
        QCOMPARE(sandbox.balance(u"worker"_s), walletBefore + 300);
        QCOMPARE(balanceOf(workerToken), 90);
        QCOMPARE(sandbox.balance(u"payer"_s), payerBefore); // nothing by Lightning
    }

    void postTaskPaysByLightningOnlyWhenAllowed()
    {
        auto e = engine();
        const QByteArray token = account(30); // 30 < 50: the server challenges
        HireClient *c = e->client(token);
        const qint64 before = sandbox.balance(u"payer"_s);

        clearLog();
        auto refused = await(c->postTask(u"not allowed"_s, {}, sats(10), false));
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, AppError::Kind::PaymentRequired);
        QCOMPARE(routeCount(u"POST /api/v1/ai-for-hire/tasks"_s), 1);
        QCOMPARE(sandbox.balance(u"payer"_s), before);

        clearLog();
        auto paid = await(c->postTask(u"by lightning"_s, u"paid 50"_s, sats(10), true));
        QVERIFY2(paid, why(paid));
        QVERIFY(paid->payment);
        QCOMPARE(paid->payment->amount, sats(50));
        QCOMPARE(paid->value.title, u"by lightning"_s);
        QCOMPARE(paid->value.status, HireTaskStatus::Open);
        QCOMPARE(sandbox.balance(u"payer"_s), before - 50);
        QCOMPARE(balanceOf(token), 30);
        QCOMPARE(routeCount(u"POST /api/v1/ai-for-hire/tasks"_s), 2);
        QCOMPARE(e->journal->entry(paid->journalId)->state, PaymentState::Done);
    }

    void acceptWithShortBalanceIsRefusedAndUnpaid()
    {
        auto e = engine();
        const QByteArray buyerToken = account(60);
        HireClient *buyer = e->client(buyerToken);
        HireClient *worker = e->client(account(10));
        auto posted = await(buyer->postTask(u"Short of sats"_s, {}, sats(10), false));
        QVERIFY2(posted, why(posted));
        auto workerMe = await(worker->me());
        QVERIFY2(workerMe, why(workerMe));
        auto quoted =
            await(worker->sendQuote(posted->value, workerMe->accountId, sats(200), {}, false));
        QVERIFY2(quoted, why(quoted));
        QCOMPARE(balanceOf(buyerToken), 10);
        const qint64 before = sandbox.balance(u"payer"_s);

        clearLog();
        auto refused = await(buyer->accept(posted->value.id, quoted->value.id, sats(200)));
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, AppError::Kind::PaymentRequired);
        QCOMPARE(refused.error().code, u"insufficient_balance"_s);
        QCOMPARE(refused.error().httpStatus, 402);
        QVERIFY2(refused.error().message.contains(u"190"_s), qPrintable(refused.error().message));
        auto withoutPrice = await(buyer->accept(posted->value.id, quoted->value.id));
        QVERIFY(!withoutPrice);
        QCOMPARE(withoutPrice.error().code, u"insufficient_balance"_s);
        QCOMPARE(routeCount(u"POST /api/v1/ai-for-hire/tasks/{}/quotes/{}/accept"_s), 2);

        QCOMPARE(sandbox.balance(u"payer"_s), before);
        QCOMPARE(balanceOf(buyerToken), 10);
        auto task = await(buyer->task(posted->value.id));
        QVERIFY2(task, why(task));
        QCOMPARE(task->status, HireTaskStatus::Open);
        QCOMPARE(task->quotes->items.first().status, HireQuoteStatus::Pending);
    }

    void invalidRequestsNeverLeave()
    {
        auto e = engine();
        const QByteArray token = account(100);
        HireClient *c = e->client(token);
        auto me = await(c->me());
        QVERIFY2(me, why(me));
        auto own = await(c->postTask(u"Mine"_s, {}, sats(20), false));
        QVERIFY2(own, why(own));
        QCOMPARE(balanceOf(token), 50);

        clearLog();
        auto untitled = await(c->postTask(u"   "_s, u"no title"_s, sats(20), true));
        QVERIFY(!untitled);
        QCOMPARE(untitled.error().kind, AppError::Kind::Invalid);
        auto free = await(c->postTask(u"free"_s, {}, MilliSats(), true));
        QVERIFY(!free);
        QCOMPARE(free.error().kind, AppError::Kind::Invalid);
        auto ownQuote = await(c->sendQuote(own->value, me->accountId, sats(5), {}, true));
        QVERIFY(!ownQuote);
        QCOMPARE(ownQuote.error().kind, AppError::Kind::Invalid);
        HireTask closed = own->value;
        closed.status = HireTaskStatus::Completed;
        auto late = await(c->sendQuote(closed, u"someone-else"_s, sats(5), {}, true));
        QVERIFY(!late);
        QCOMPARE(late.error().kind, AppError::Kind::Conflict);
        auto nothing = await(c->updateQuote(own->value.id, u"q"_s, std::nullopt, std::nullopt));
        QVERIFY(!nothing);
        auto empty = await(c->sendMessage(own->value.id, u"q"_s, u" "_s));
        QVERIFY(!empty);
        const QString otherAmount =
            sandbox.createInvoice(u"worker"_s, 7); // 7 sat, not the 5 asked for
        clearLog();
        auto wrongAmount = await(c->collect(sats(5), otherAmount));
        QVERIFY(!wrongAmount);
        QCOMPARE(wrongAmount.error().kind, AppError::Kind::Invalid);
        auto noInvoice = await(c->collect(sats(5), u"lnbcrt1garbage"_s));
        QVERIFY(!noInvoice);
        QCOMPARE(marketRequests(), 0);
        QCOMPARE(balanceOf(token), 50);
    }

    void readDeliveryFileEncodesWhileHashing_data()
    {
        QTest::addColumn<int>("size");
        for (int size : {1, 2, 3, 4, 5, 6, 7, 100'000, 196'607, 196'608, 196'609, 1'000'001})
            QTest::addRow("%d bytes", size) << size;
    }
    void readDeliveryFileEncodesWhileHashing()
    {
        QFETCH(int, size);
        QByteArray content(size, Qt::Uninitialized);
        for (int i = 0; i < size; ++i)
            content[i] = char((i * 131 + size) & 0xff);
        const QString path = writeFile(u"sizes/%1.bin"_s.arg(size), content);
        auto file = readDeliveryFile(path, size);
        QVERIFY2(file, why(file));
        QCOMPARE(file->sizeBytes, qint64(size));
        QCOMPARE(file->sha256, QCryptographicHash::hash(content, QCryptographicHash::Sha256));
        QCOMPARE(file->contentBase64, QString::fromLatin1(content.toBase64()));
        QCOMPARE(file->filename, u"%1.bin"_s.arg(size));
    }

    void readDeliveryFileRefusals()
    {
        // Too large: refused from its size alone. A sparse 8 GiB file would take minutes (and
        // all memory) to read.
        QFile huge(dir.filePath(u"huge.bin"_s));
        QVERIFY(huge.open(QIODevice::WriteOnly));
        QVERIFY(huge.resize(qint64(8) << 30));
        huge.close();
        QElapsedTimer clock;
        clock.start();
        auto tooLarge = readDeliveryFile(huge.fileName(), 64 << 20);
        QVERIFY(!tooLarge);
        QCOMPARE(tooLarge.error().kind, AppError::Kind::Invalid);
        QVERIFY(clock.elapsed() < 1000);
        QFile::remove(huge.fileName());

        auto oneOver = readDeliveryFile(writeFile(u"eleven.txt"_s, "hello world"), 10);
        QVERIFY(!oneOver);
        QCOMPARE(oneOver.error().kind, AppError::Kind::Invalid);

        auto empty = readDeliveryFile(writeFile(u"empty.txt"_s, {}), 100);
        QVERIFY(!empty);
        QCOMPARE(empty.error().kind, AppError::Kind::Invalid);

        auto missing = readDeliveryFile(dir.filePath(u"nowhere.txt"_s), 100);
        QVERIFY(!missing);
        QCOMPARE(missing.error().kind, AppError::Kind::Invalid);

        auto folder = readDeliveryFile(dir.path(), 100);
        QVERIFY(!folder);
        QCOMPARE(folder.error().kind, AppError::Kind::Invalid);

        // Only the file's own name is sent, never its folders.
        auto nested = readDeliveryFile(writeFile(u"a/b/../b/report.md"_s, "# done\n"), 100);
        QVERIFY2(nested, why(nested));
        QCOMPARE(nested->filename, u"report.md"_s);
    }

    void idsStayInOneSegment()
    {
        auto e = engine();
        HireClient *c = e->client(account(100));
        clearLog();
        // Odd but harmless characters are percent-encoded and reach the task route as one id.
        for (const QString &id : {u"no-such-task"_s, u"a b?c#d%e;f"_s, u"..x"_s}) {
            auto r = await(c->task(id));
            QVERIFY(!r);
            QCOMPARE(r.error().kind, AppError::Kind::NotFound);
            QCOMPARE(r.error().code, u"not_found"_s);
        }
        QCOMPARE(routeCount(u"GET /api/v1/ai-for-hire/tasks/{}"_s), 3);
        QCOMPARE(marketRequests(), 3);

        // Ids that a server would read as more segments (it decodes %2F before routing) or as
        // a dot segment are refused before anything is sent.
        clearLog();
        for (const QString &id :
             {u"../me"_s, u".."_s, u"."_s, u""_s, u"x/quotes/y/messages"_s, u"a\\b"_s}) {
            auto r = await(c->task(id));
            QVERIFY(!r);
            QCOMPARE(r.error().kind, AppError::Kind::Invalid);
        }
        auto accept = await(c->accept(u"t"_s, u"q/../../../me"_s));
        QVERIFY(!accept);
        QCOMPARE(accept.error().kind, AppError::Kind::Invalid);
        auto thread = await(c->messages(u"t/.."_s, u"q"_s));
        QVERIFY(!thread);
        QCOMPARE(thread.error().kind, AppError::Kind::Invalid);
        QCOMPARE(marketRequests(), 0);
        QVERIFY(e->journal->recent(10)->isEmpty());
    }

    void cleanupTestCase() { QVERIFY(sandbox.stopCleanly()); }
};

QTEST_GUILESS_MAIN(TestHireClient)

#include "tst_hireclient.moc"
