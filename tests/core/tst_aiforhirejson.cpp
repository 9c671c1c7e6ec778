// SPDX-License-Identifier: GPL-3.0-or-later
// 402ai "AI for Hire" JSON: the real server's bodies (tests/data/aiforhire, copied verbatim from
// the Appendix of research/402ai-live.md; the step is named at each use) mapped field by field.
// Hostile variants are in tst_aiforhirehostile.cpp, request bodies and local checks in
// tst_aiforhirerequests.cpp.
// collect-failed-as-paid.json alone was not observed: it is the snapshot's answer to phoenixd's
// HTTP-200 PaymentFailed {paymentHash, reason}, as sandbox/aiforhire/hiremoneyroutes.cpp builds it.
#include "core/aiforhiretestdata.h"
#include "markets/aiforhire/aiforhirejson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace lw;
using namespace aiforhiretest;
using namespace Qt::Literals::StringLiterals;

class TestAiForHireJson : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void account();
    void taskCreated();
    void taskList();
    void quotes();
    void messages();
    void taskDetailOpen();
    void taskDetailDelivered();
    void taskDetailWithoutDescription();
    void acceptAndConfirm();
    void delivery();
    void topupInvoice();
    void topupClaim();
    void challengeBodies();
    void errorEnvelopeIsNoChallenge();
    void collectPaid();
    void collectFailedAsPaid();
    void collectVerdicts();
};

void TestAiForHireJson::account()
{
    // Step 9.
    const auto a = parseHireAccount(load("me.json"));
    QVERIFY(a);
    QCOMPARE(a->accountId, buyer);
    QCOMPARE(a->balance, sats(1000));
    // Step 42: the anonymous account made by a 402.
    const auto anon = parseHireAccount(load("me-anonymous.json"));
    QVERIFY(anon);
    QCOMPARE(anon->accountId, u"8390598d-ee9b-4dad-886b-c704b98f1027"_s);
    QVERIFY(anon->balance.isZero());
}

void TestAiForHireJson::taskCreated()
{
    // Step 10.
    const auto t = parseHireTask(load("task-created.json"));
    QVERIFY(t);
    QCOMPARE(t->id, taskId);
    QCOMPARE(t->buyerAccountId, buyer);
    QCOMPARE(t->title, u"Summarise a PDF"_s);
    QCOMPARE(t->description, u"Two paragraphs, plain text"_s);
    QCOMPARE(t->budget, sats(500));
    QCOMPARE(t->status, HireTaskStatus::Open);
    QCOMPARE(t->statusText, u"open"_s);
    QCOMPARE(t->quoteCount, 0);
    QCOMPARE(t->createdAt.text, u"2026-11-21T10:27:22.213746+00:00"_s);
    QCOMPARE(t->createdAt.when, utc(10, 27, 22, 214));
    QCOMPARE(t->createdAt.when.timeSpec(), Qt::UTC);
    QCOMPARE(t->updatedAt.when, utc(10, 27, 22, 214));
    QVERIFY(!t->escrowed);
    QVERIFY(!t->quotes);
    QVERIFY(!t->deliveries);
}

void TestAiForHireJson::taskList()
{
    // Step 11.
    const auto list = parseHireTasks(load("tasks-open.json"));
    QVERIFY(list);
    QCOMPARE(list->items.size(), 1);
    QCOMPARE(list->skipped, 0);
    QCOMPARE(list->dropped, 0);
    QVERIFY(list->firstProblem.isEmpty());
    const HireTask &t = list->items[0];
    QCOMPARE(t.id, taskId);
    QCOMPARE(t.title, u"Summarise a PDF"_s);
    QCOMPARE(t.budget, sats(500));
    QCOMPARE(t.status, HireTaskStatus::Open);

    QVERIFY(parseHireTasks(parsed(R"({"tasks":[]})"))->items.isEmpty());
    const auto missing = parseHireTasks(parsed(R"({"task":[]})"));
    QVERIFY(!missing);
    QCOMPARE(missing.error().kind, AppError::Kind::BadResponse);
    QVERIFY(missing.error().message.contains(u"“tasks”"));
    QVERIFY(!parseHireTasks(parsed(R"({"tasks":{"0":{}}})")));
    QVERIFY(!parseHireTasks(parsed(R"({"tasks":null})")));
    QVERIFY(!parseHireTasks(QJsonObject()));
}

void TestAiForHireJson::quotes()
{
    // Step 12.
    const auto q = parseHireQuote(load("quote-created.json"));
    QVERIFY(q);
    QCOMPARE(q->id, quote1);
    QCOMPARE(q->taskId, taskId);
    QCOMPARE(q->contractorAccountId, worker);
    QCOMPARE(q->price, sats(400));
    QCOMPARE(q->description, u"Done within the hour"_s);
    QCOMPARE(q->status, HireQuoteStatus::Pending);
    QCOMPARE(q->statusText, u"pending"_s);
    QVERIFY(!q->messageCount);
    QCOMPARE(q->createdAt.when, utc(10, 27, 22, 328));
    QCOMPARE(q->updatedAt.when, utc(10, 27, 22, 328));

    // Step 15: PATCH lowered the price; updated_at moved, created_at did not.
    const auto u = parseHireQuote(load("quote-updated.json"));
    QVERIFY(u);
    QCOMPARE(u->price, sats(300));
    QCOMPARE(u->description, u"Done within the hour, 300"_s);
    QCOMPARE(u->createdAt.text, u"2026-11-21T10:27:22.328483+00:00"_s);
    QCOMPARE(u->updatedAt.text, u"2026-11-21T10:27:22.510028+00:00"_s);
    QCOMPARE(u->updatedAt.when, utc(10, 27, 22, 510));
}

void TestAiForHireJson::messages()
{
    // Step 16: message ids are integers (one global bigserial).
    const auto m = parseHireMessage(load("message-created.json"));
    QVERIFY(m);
    QCOMPARE(m->id, u"1"_s);
    QCOMPARE(m->sequence, std::optional<qint64>(1));
    QCOMPARE(m->taskId, taskId);
    QCOMPARE(m->quoteId, quote1);
    QCOMPARE(m->senderAccountId, buyer);
    QCOMPARE(m->body, u"Can you start today?"_s);
    QCOMPARE(m->createdAt.when, utc(10, 27, 22, 558));

    // Step 18.
    const auto thread = parseHireMessages(load("messages.json"), quote1);
    QVERIFY(thread);
    QCOMPARE(thread->items.size(), 2);
    QCOMPARE(thread->skipped, 0);
    QCOMPARE(thread->items[0].body, u"Can you start today?"_s);
    QCOMPARE(thread->items[1].id, u"2"_s);
    QCOMPARE(thread->items[1].senderAccountId, worker);
    QCOMPARE(thread->items[1].body, u"Yes, starting now."_s);
    QCOMPARE(thread->items[1].createdAt.when, utc(10, 27, 22, 624));
    QCOMPARE(lastMessageSequence(thread->items), std::optional<qint64>(2));

    // Step 19: since_id=1.
    const auto since = parseHireMessages(load("messages-since.json"));
    QVERIFY(since);
    QCOMPARE(since->items.size(), 1);
    QCOMPARE(since->items[0].sequence, std::optional<qint64>(2));

    QVERIFY(!lastMessageSequence({}));
    QVERIFY(!parseHireMessages(parsed(R"({"msgs":[]})")));
}

void TestAiForHireJson::taskDetailOpen()
{
    // Step 21: public detail with every quote and its message count.
    const auto t = parseHireTask(load("task-detail-open.json"));
    QVERIFY(t);
    QCOMPARE(t->status, HireTaskStatus::Open);
    QCOMPARE(t->quoteCount, 2);
    QVERIFY(t->quotes);
    QCOMPARE(t->quotes->items.size(), 2);
    QCOMPARE(t->quotes->skipped, 0);
    const HireQuote &a = t->quotes->items[0];
    QCOMPARE(a.id, quote1);
    QCOMPARE(a.taskId, taskId);
    QCOMPARE(a.contractorAccountId, worker);
    QCOMPARE(a.price, sats(300));
    QCOMPARE(a.description, u"Done within the hour, 300"_s);
    QCOMPARE(a.status, HireQuoteStatus::Pending);
    QCOMPARE(a.messageCount, std::optional<int>(2));
    QCOMPARE(a.updatedAt.when, utc(10, 27, 22, 510));
    const HireQuote &b = t->quotes->items[1];
    QCOMPARE(b.id, quote2);
    QCOMPARE(b.contractorAccountId, worker2);
    QCOMPARE(b.price, sats(350));
    QCOMPARE(b.description, u"Cheaper"_s);
    QCOMPARE(b.messageCount, std::optional<int>(0));
    QVERIFY(t->deliveries);
    QVERIFY(t->deliveries->items.isEmpty());
    QCOMPARE(t->deliveries->skipped, 0);
}

void TestAiForHireJson::taskDetailDelivered()
{
    // Step 28: deliveries carry no content.
    const auto t = parseHireTask(load("task-detail-delivered.json"));
    QVERIFY(t);
    QCOMPARE(t->status, HireTaskStatus::Delivered);
    QCOMPARE(t->statusText, u"delivered"_s);
    QCOMPARE(t->updatedAt.when, utc(10, 27, 23, 59));
    QCOMPARE(t->quotes->items[0].status, HireQuoteStatus::Accepted);
    QCOMPARE(t->quotes->items[1].status, HireQuoteStatus::Rejected);
    QCOMPARE(t->deliveries->items.size(), 1);
    const HireDelivery &d = t->deliveries->items[0];
    QCOMPARE(d.id, u"4bf255d4-4f4d-4486-8a39-1f885bde5358"_s);
    QCOMPARE(d.taskId, taskId);
    QCOMPARE(d.quoteId, quote1);
    QCOMPARE(d.contractorAccountId, worker);
    QCOMPARE(d.filename, u"summary.txt"_s);
    QCOMPARE(d.notes, u"Summary attached"_s);
    QVERIFY(!d.content);
    QCOMPARE(d.createdAt.when, utc(10, 27, 23, 59));
}

void TestAiForHireJson::taskDetailWithoutDescription()
{
    // Step 53: the poor account's task, created with no description, one pending quote above
    // the budget.
    const auto t = parseHireTask(load("task-detail-poor.json"));
    QVERIFY(t);
    QCOMPARE(t->id, u"e3da0956-d47e-4cea-8265-5486e50cfeb0"_s);
    QCOMPARE(t->title, u"Paid by L402"_s);
    QVERIFY(t->description.isEmpty());
    QCOMPARE(t->budget, sats(10));
    QCOMPARE(t->quoteCount, 1);
    QCOMPARE(t->quotes->items[0].price, sats(200));
    QVERIFY(t->quotes->items[0].price > t->budget);
}

void TestAiForHireJson::acceptAndConfirm()
{
    // Step 22: escrow is the quote's price (300), not the budget (500).
    const auto a = parseHireAcceptResult(load("accept.json"));
    QVERIFY(a);
    QCOMPARE(a->taskId, taskId);
    QCOMPARE(a->quoteId, quote1);
    QCOMPARE(a->status, HireTaskStatus::InEscrow);
    QCOMPARE(a->statusText, u"in_escrow"_s);
    QCOMPARE(a->escrowed, sats(300));
    // Step 29.
    const auto c = parseHireConfirmResult(load("confirm.json"));
    QVERIFY(c);
    QCOMPARE(c->taskId, taskId);
    QCOMPARE(c->status, HireTaskStatus::Completed);
    QCOMPARE(c->released, sats(300));
    QCOMPARE(c->contractorAccountId, worker);

    QVERIFY(!parseHireAcceptResult(without(load("accept.json"), u"escrowed_sats"_s)));
    QVERIFY(!parseHireConfirmResult(with(load("confirm.json"), u"released_sats"_s, -300)));
    QVERIFY(parseHireConfirmResult(without(load("confirm.json"), u"contractor_account_id"_s)));
}

void TestAiForHireJson::delivery()
{
    // Step 26: the answer to /deliver has no content.
    const auto d = parseHireDelivery(load("delivery-created.json"));
    QVERIFY(d);
    QCOMPARE(d->id, u"4bf255d4-4f4d-4486-8a39-1f885bde5358"_s);
    QCOMPARE(d->taskId, taskId);
    QCOMPARE(d->quoteId, quote1);
    QCOMPARE(d->contractorAccountId, worker);
    QCOMPARE(d->filename, u"summary.txt"_s);
    QCOMPARE(d->notes, u"Summary attached"_s);
    QVERIFY(!d->content);
    QCOMPARE(d->createdAt.text, u"2026-11-21T10:27:23.058651+00:00"_s);
}

void TestAiForHireJson::topupInvoice()
{
    // Step 2.
    const auto t = parseTopupInvoice(load("topup-402.json"));
    QVERIFY(t);
    QCOMPARE(t->statusText, u"payment_required"_s);
    QCOMPARE(t->paymentMethod, u"topup"_s);
    QVERIFY(t->invoice.startsWith(u"lnbcrt10u1p4szusf"));
    QCOMPARE(t->paymentHash,
             hashOf("709f93eadd1a132981ef6a97135f115297b947e4ed98f49e359586bfa22d2bb1"));
    QCOMPARE(t->amount, sats(1000));
    QCOMPARE(t->expiresInSeconds, std::optional<qint64>(600));
    QCOMPARE(t->claimUrl, u"/api/v1/topup/claim"_s);
    QVERIFY(!checkHireInvoice(t->invoice, t->paymentHash, t->amount));
    QVERIFY(isHireChallengeBody(load("topup-402.json")));
}

void TestAiForHireJson::topupClaim()
{
    // Step 3 (new account) and step 309 (refill claimed with its token).
    const auto c = parseTopupClaim(load("claim.json"));
    QVERIFY(c);
    QCOMPARE(c->token, u"abl_FY6xfDYfamHO_OIjyymmomaMoTk7pI9mrvxtzWYNlWU"_s);
    QCOMPARE(c->balance, sats(1000));
    const auto refill = parseTopupClaim(load("claim-refill.json"));
    QVERIFY(refill);
    QCOMPARE(refill->token, c->token);
    QCOMPARE(refill->balance, sats(545));

    QVERIFY(!parseTopupClaim(without(load("claim.json"), u"token"_s)));
    QVERIFY(!parseTopupClaim(with(load("claim.json"), u"token"_s, u""_s)));
    // The token goes into a header: no line breaks or spaces.
    QVERIFY(!parseTopupClaim(with(load("claim.json"), u"token"_s, u"abl_x\r\nX-Evil: 1"_s)));
    QVERIFY(!parseTopupClaim(with(load("claim.json"), u"token"_s, u"abl x"_s)));
    QVERIFY(!parseTopupClaim(with(load("claim.json"), u"token"_s, QString(600, u'a'))));
    QVERIFY(!parseTopupClaim(with(load("claim.json"), u"balance_sats"_s, -1)));
}

void TestAiForHireJson::challengeBodies()
{
    // Step 36: X-Token with too little balance.
    const auto c = parseHireChallengeBody(load("challenge-402.json"));
    QVERIFY(c);
    QCOMPARE(c->statusText, u"payment_required"_s);
    QVERIFY(c->invoice.startsWith(u"lnbcrt500n1p4szust"));
    QCOMPARE(c->paymentHash,
             hashOf("4e121198e54b3bd1bcdce9d88edaafdbe54344be9af11c9d4b5352d3101daf54"));
    QCOMPARE(c->amount, sats(hirePostTaskFeeSats));
    QCOMPARE(c->expiresInSeconds, std::optional<qint64>(600));
    QVERIFY(c->token.isEmpty());
    QVERIFY(!checkHireInvoice(c->invoice, c->paymentHash, c->amount));
    QVERIFY(!checkHireChallengeHeaders(
        c->paymentHash, c->amount,
        "4e121198e54b3bd1bcdce9d88edaafdbe54344be9af11c9d4b5352d3101daf54", "50"));

    // Step 41: anonymous, so a new account's token comes with it.
    const auto anon = parseHireChallengeBody(load("challenge-402-anonymous.json"));
    QVERIFY(anon);
    QCOMPARE(anon->token, u"abl_eSYViDr3-WGpXTdvetAM1ETqeWLxYc8yiXRS5Gr1Q3w"_s);
    QCOMPARE(anon->amount, sats(50));
    QVERIFY(!checkHireInvoice(anon->invoice, anon->paymentHash, anon->amount));

    // Step 49: the escrow challenge on accept (never to be paid: §4.2).
    const auto escrow = parseHireChallengeBody(load("challenge-402-escrow.json"));
    QVERIFY(escrow);
    QCOMPARE(escrow->amount, sats(200));
    QCOMPARE(escrow->paymentHash,
             hashOf("de51671efd8fc202ab0fc48a10f5c82d225fe9bbe094bacb0d5f2e756505c1ce"));
    QVERIFY(!checkHireInvoice(escrow->invoice, escrow->paymentHash, escrow->amount));
}

void TestAiForHireJson::errorEnvelopeIsNoChallenge()
{
    // Step 57: a 402 that is an error envelope, not a challenge (§4.12); step 302 likewise.
    const QJsonObject envelope = load("error-insufficient-balance.json");
    QVERIFY(!isHireChallengeBody(envelope));
    const auto c = parseHireChallengeBody(envelope);
    QVERIFY(!c);
    QCOMPARE(c.error().kind, AppError::Kind::BadResponse);
    QVERIFY(!isHireChallengeBody(load("error-missing-field.json")));
    QVERIFY(isHireChallengeBody(load("challenge-402.json")));
}

void TestAiForHireJson::collectPaid()
{
    // Step 54.
    const auto c = parseCollectResult(load("collect-paid.json"));
    QVERIFY(c);
    QCOMPARE(c->statusText, u"paid"_s);
    QCOMPARE(c->amount, sats(100));
    QVERIFY(c->payment);
    QCOMPARE(c->payment->recipientAmount, std::optional<MilliSats>(sats(100)));
    QCOMPARE(c->payment->routingFee, std::optional<MilliSats>(MilliSats()));
    QCOMPARE(c->payment->paymentId, u"f3269e57-4662-42a6-975f-92f847065451"_s);
    const PaymentHash hash =
        hashOf("69f3c180900529f3d133569dbc9fa14c8bd4cb60f2a755a559374c3185a7bc8b");
    QCOMPARE(c->payment->paymentHash, std::optional<PaymentHash>(hash));
    QCOMPARE(c->payment->preimage->toHex(),
             u"8d389aac33b4059eaffd1c80a3c46301b9aaa62aaf04cffba39bc2850514c483"_s);
    QVERIFY(!c->payment->hasReason);
    QCOMPARE(collectVerdict(*c), CollectVerdict::Paid);
    QCOMPARE(collectVerdict(*c, hash), CollectVerdict::Paid);
    // The proof is for another invoice than the one we gave.
    QCOMPARE(collectVerdict(
                 *c, hashOf("70ad16c5527ce27535a44c5be7936ca575c655db1a4f1e9b5c8b62031af2f761")),
             CollectVerdict::Unproven);

    // Step 55: 5 sats debited, 150 sent; the caller sees both.
    const auto other = parseCollectResult(load("collect-paid-other-amount.json"));
    QVERIFY(other);
    QCOMPARE(other->amount, sats(5));
    QCOMPARE(other->payment->recipientAmount, std::optional<MilliSats>(sats(150)));
    QCOMPARE(collectVerdict(*other), CollectVerdict::Paid);
}

void TestAiForHireJson::collectFailedAsPaid()
{
    // phoenixd's PaymentFailed passed off as "paid" (a real fault of the snapshot).
    const auto c = parseCollectResult(load("collect-failed-as-paid.json"));
    QVERIFY(c);
    QCOMPARE(c->statusText, u"paid"_s);
    QCOMPARE(c->amount, sats(100));
    QVERIFY(c->payment);
    QVERIFY(c->payment->hasReason);
    QCOMPARE(
        c->payment->reason,
        u"the recipient was offline or did not have enough liquidity to receive the payment"_s);
    QVERIFY(!c->payment->preimage);
    QVERIFY(!c->payment->recipientAmount);
    QCOMPARE(collectVerdict(*c), CollectVerdict::FailedAsPaid);
    QCOMPARE(collectVerdict(*c, *c->payment->paymentHash), CollectVerdict::FailedAsPaid);
}

void TestAiForHireJson::collectVerdicts()
{
    const QJsonObject paid = load("collect-paid.json");
    const QJsonObject payment = paid.value(u"payment").toObject();
    auto verdict = [](const QJsonObject &o) { return collectVerdict(*parseCollectResult(o)); };

    QCOMPARE(verdict(with(paid, u"status"_s, u"pending"_s)), CollectVerdict::NotPaid);
    QCOMPARE(verdict(without(paid, u"payment"_s)), CollectVerdict::Unproven);
    QCOMPARE(verdict(with(paid, u"payment"_s, u"sent, trust me"_s)), CollectVerdict::Unproven);
    QCOMPARE(verdict(with(paid, u"payment"_s, without(payment, u"paymentPreimage"_s))),
             CollectVerdict::Unproven);
    QCOMPARE(verdict(with(paid, u"payment"_s, with(payment, u"paymentPreimage"_s, 123))),
             CollectVerdict::Unproven);
    QCOMPARE(
        verdict(with(paid, u"payment"_s, with(payment, u"paymentPreimage"_s, QString(64, u'0')))),
        CollectVerdict::Unproven);
    // A preimage and no hash to check it against proves nothing.
    QCOMPARE(verdict(with(paid, u"payment"_s, without(payment, u"paymentHash"_s))),
             CollectVerdict::Unproven);
    QCOMPARE(collectVerdict(
                 *parseCollectResult(with(paid, u"payment"_s, without(payment, u"paymentHash"_s))),
                 hashOf("69f3c180900529f3d133569dbc9fa14c8bd4cb60f2a755a559374c3185a7bc8b")),
             CollectVerdict::Paid);
    // A reason without a preimage is a failure, a null reason is no reason, and a verified
    // preimage beats a reason.
    QCOMPARE(verdict(with(paid, u"payment"_s,
                          with(without(payment, u"paymentPreimage"_s), u"reason"_s, 7))),
             CollectVerdict::FailedAsPaid);
    QCOMPARE(verdict(with(paid, u"payment"_s, with(payment, u"reason"_s, QJsonValue()))),
             CollectVerdict::Paid);
    QCOMPARE(verdict(with(paid, u"payment"_s, with(payment, u"reason"_s, u"odd"_s))),
             CollectVerdict::Paid);

    // The envelope itself is strict.
    QVERIFY(!parseCollectResult(without(paid, u"status"_s)));
    QVERIFY(!parseCollectResult(with(paid, u"amount_sats"_s, u"100"_s)));
    QVERIFY(!parseCollectResult(with(paid, u"amount_sats"_s, -100)));
}

QTEST_GUILESS_MAIN(TestAiForHireJson)
#include "tst_aiforhirejson.moc"
