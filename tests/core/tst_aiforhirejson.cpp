// SPDX-License-Identifier: GPL-3.0-or-later
// 402ai "AI for Hire" JSON: the real server's bodies (tests/data/aiforhire, copied verbatim from
// the Appendix of research/402ai-live.md; the step is named at each use) mapped field by field,
// hostile variants of them, the request bodies and the local checks before paid calls.
// collect-failed-as-paid.json alone was not observed: it is the snapshot's answer to phoenixd's
// HTTP-200 PaymentFailed {paymentHash, reason}, as sandbox/aiforhire/hiremoneyroutes.cpp builds it.
#include "markets/aiforhire/aiforhirejson.h"
#include "testutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace lw;
using namespace Qt::Literals::StringLiterals;

namespace {

QJsonObject load(const char *name)
{
    return lwtest::readJson(QString(lwtest::dataPath("aiforhire/") + QLatin1String(name))).object();
}

QJsonObject parsed(QByteArrayView json)
{
    return QJsonDocument::fromJson(json.toByteArray()).object();
}

QJsonObject with(QJsonObject o, const QString &key, const QJsonValue &value)
{
    o.insert(key, value);
    return o;
}

QJsonObject without(QJsonObject o, const QString &key)
{
    o.remove(key);
    return o;
}

MilliSats sats(qint64 n)
{
    return *MilliSats::fromSats(n);
}

PaymentHash hashOf(const char *hex)
{
    return *PaymentHash::fromHex(QString::fromLatin1(hex));
}

QDateTime utc(int h, int m, int s, int ms)
{
    return QDateTime(QDate(2026, 11, 21), QTime(h, m, s, ms), Qt::UTC);
}

// Arrays and objects nested `depth` levels deep, an array outermost (depth even).
QJsonValue deepGarbage(int depth)
{
    QJsonValue v = QJsonObject{{u"x"_s, u"y"_s}};
    for (int i = 0; i < depth; ++i) {
        if (i % 2 == 0)
            v = QJsonObject{{u"a"_s, v}};
        else
            v = QJsonArray{v};
    }
    return v;
}

const QString buyer = u"c8ffdeec-cd8c-490a-8c22-740d569d4cb3"_s;
const QString worker = u"75092470-b5e0-45cb-9adc-b3588bd73169"_s;
const QString worker2 = u"11e2a2d0-0914-467a-a3b7-d9175f2f799f"_s;
const QString taskId = u"f06f1c53-9997-4ace-a680-ce144c0c4a2f"_s;
const QString quote1 = u"3896b13e-9143-42c0-be04-a48ca1bdc628"_s;
const QString quote2 = u"cc57ec4c-b0da-49c1-bc88-2c491ef7210e"_s;

// Step 54's invoice (100 sat), step 55's (150 sat) and step 56's (no amount).
const QString invoice100 =
    u"lnbcrt1u1p4szusvpp5d8eurqysq55l85fn26wme8apfj9afjmq72n4tf2exaxrrpd8hj9ssp52s5875y0dqe4d09ug33kwzws0r5zqdr0r8nfrmq7mnkgz8pwn7xsdqdwa5hg6rywfshwxqrrsscqzys9qrsgqzsq0l957yj9jev3fq7gygr6ne555hkfqajupu3e5x04xvl8mpas4rm005leaulyvwc8d2msmn53mw7wgm5e5k8v34n7kgjv93fjpvaqqku6lrg"_s;
const QString invoice150 =
    u"lnbcrt1500n1p4szusdpp5wzk3d32j0n382ddyf3d70ymv546uv4wmrf83ax6u3d3qxxhj7asssp5zzxajayhgjy8u5205auxnh92fn0g75pcckwmd22y3jsgjep5gmdqdq0wa5hg6rywfshwvsxqrrsscqzys9qrsgqg3gtd5eln34punp5kzgjqdsrfykzf8lnh3lp27hzt56j96tn6c3rl2urensxztppykp550gte59fkzlpf79l7a5znn598m4c8qurllcp0gjl0c"_s;
const QString invoiceNoAmount =
    u"lnbcrt1p4szusdpp55ml2xakh5k5qmvrzykd7g9egqhrezgalqwhjgvdttdx0cz9gpg0qsp558lxmjakwq0xfh7f94669xd74ghgn5hs3wwpa8lxlwv2nyumr70qdqsv9kk7atww3kx2umnxqrrsscqzys9qrsgq09g22v9808khwn56whkac3mg89jhm8fkdrmqzr87c4jzug48fep5glz4kru7mac3pamw47zq24tt45yhw0gyunt623nuf0lhcew9ymsp6qp6zz"_s;

} // namespace

class TestAiForHireJson : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // The real server's bodies
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

    // Hostile variants
    void taskMissingRequiredField_data();
    void taskMissingRequiredField();
    void taskWrongTypes_data();
    void taskWrongTypes();
    void optionalFieldsDefault();
    void idsAcceptNumbersAndRejectPaths_data();
    void idsAcceptNumbersAndRejectPaths();
    void amounts_data();
    void amounts();
    void hugeStrings();
    void deeplyNestedGarbage();
    void listSkipsBadItems();
    void listCap();
    void detailSkipsItemsOfAnotherTask();
    void messagesOfAnotherQuote();
    void timestampsAndStatuses();
    void moneyBodiesRejectGarbage_data();
    void moneyBodiesRejectGarbage();
    void deliveryContent();

    // Requests
    void requestBodiesMatchTranscripts();
    void validatePostTask();
    void validateQuote();
    void validateOtherCalls();
    void validateCollect();
    void invoiceAndHeaderChecks();
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

void TestAiForHireJson::taskMissingRequiredField_data()
{
    QTest::addColumn<QString>("key");
    for (const char *key : {"id", "buyer_account_id", "title", "budget_sats", "status"})
        QTest::newRow(key) << QString::fromLatin1(key);
}

void TestAiForHireJson::taskMissingRequiredField()
{
    QFETCH(QString, key);
    const QJsonObject task = load("task-created.json");
    for (const QJsonObject &o : {without(task, key), with(task, key, QJsonValue())}) {
        const auto t = parseHireTask(o);
        QVERIFY(!t);
        QCOMPARE(t.error().kind, AppError::Kind::BadResponse);
        QVERIFY2(t.error().message.contains(QString(u'“' + key + u'”')),
                 qPrintable(t.error().message));
        QCOMPARE(t.error().httpStatus, 0);
    }
}

void TestAiForHireJson::taskWrongTypes_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QJsonValue>("value");
    QTest::newRow("budget as string") << u"budget_sats"_s << QJsonValue(u"500"_s);
    QTest::newRow("budget as bool") << u"budget_sats"_s << QJsonValue(true);
    QTest::newRow("budget as object")
        << u"budget_sats"_s << QJsonValue(QJsonObject{{u"sats"_s, 5}});
    QTest::newRow("title as object") << u"title"_s << QJsonValue(QJsonObject{{u"en"_s, u"x"_s}});
    QTest::newRow("title as number") << u"title"_s << QJsonValue(42);
    QTest::newRow("title as array") << u"title"_s << QJsonValue(QJsonArray{u"x"_s});
    QTest::newRow("description as number") << u"description"_s << QJsonValue(1);
    QTest::newRow("status as number") << u"status"_s << QJsonValue(1);
    QTest::newRow("status empty") << u"status"_s << QJsonValue(u""_s);
    QTest::newRow("id as bool") << u"id"_s << QJsonValue(false);
    QTest::newRow("id as fraction") << u"id"_s << QJsonValue(4.5);
    QTest::newRow("id as object") << u"id"_s << QJsonValue(QJsonObject());
    QTest::newRow("id empty") << u"id"_s << QJsonValue(u""_s);
    QTest::newRow("quote_count as string") << u"quote_count"_s << QJsonValue(u"2"_s);
    QTest::newRow("quote_count negative") << u"quote_count"_s << QJsonValue(-2);
    QTest::newRow("created_at as number") << u"created_at"_s << QJsonValue(1795256841);
    QTest::newRow("escrowed negative") << u"escrowed_sats"_s << QJsonValue(-1);
    QTest::newRow("quotes as object") << u"quotes"_s << QJsonValue(QJsonObject());
    QTest::newRow("deliveries as string") << u"deliveries"_s << QJsonValue(u"[]"_s);
}

void TestAiForHireJson::taskWrongTypes()
{
    QFETCH(QString, key);
    QFETCH(QJsonValue, value);
    const auto t = parseHireTask(with(load("task-created.json"), key, value));
    QVERIFY(!t);
    QCOMPARE(t.error().kind, AppError::Kind::BadResponse);
    QVERIFY2(t.error().message.contains(key), qPrintable(t.error().message));
}

void TestAiForHireJson::optionalFieldsDefault()
{
    QJsonObject o = load("task-created.json");
    for (const char *key : {"description", "quote_count", "created_at", "updated_at"})
        o.insert(QString::fromLatin1(key), QJsonValue());
    const auto t = parseHireTask(o);
    QVERIFY(t);
    QVERIFY(t->description.isEmpty());
    QCOMPARE(t->quoteCount, 0);
    QVERIFY(t->createdAt.text.isEmpty());
    QVERIFY(!t->createdAt.when.isValid());

    // A server that sends the escrow on the task: kept.
    const auto escrowed = parseHireTask(with(load("task-created.json"), u"escrowed_sats"_s, 300));
    QCOMPARE(escrowed->escrowed, std::optional<MilliSats>(sats(300)));

    // Unknown fields are ignored.
    QVERIFY(parseHireTask(with(load("task-created.json"), u"reviews"_s, deepGarbage(50))));

    // Quote: task_id and message_count are optional, contractor is not.
    const QJsonObject q = load("quote-created.json");
    QVERIFY(parseHireQuote(without(q, u"task_id"_s)));
    QVERIFY(parseHireQuote(without(q, u"description"_s)));
    QVERIFY(!parseHireQuote(without(q, u"contractor_account_id"_s)));
    QVERIFY(!parseHireQuote(without(q, u"price_sats"_s)));
    QVERIFY(!parseHireQuote(with(q, u"message_count"_s, 1.5)));
    // Message: sender and body are required.
    const QJsonObject m = load("message-created.json");
    QVERIFY(!parseHireMessage(without(m, u"sender_account_id"_s)));
    QVERIFY(!parseHireMessage(without(m, u"body"_s)));
    QVERIFY(parseHireMessage(without(m, u"quote_id"_s)));
    // Account.
    QVERIFY(!parseHireAccount(without(load("me.json"), u"account_id"_s)));
    QVERIFY(!parseHireAccount(with(load("me.json"), u"balance_sats"_s, u"1000"_s)));
}

void TestAiForHireJson::idsAcceptNumbersAndRejectPaths_data()
{
    QTest::addColumn<QJsonValue>("id");
    QTest::addColumn<QString>("expected"); // empty: rejected
    QTest::newRow("uuid") << QJsonValue(taskId) << taskId;
    QTest::newRow("integer") << QJsonValue(42) << u"42"_s;
    QTest::newRow("zero") << QJsonValue(0) << u"0"_s;
    QTest::newRow("big integer") << QJsonValue(qint64(9007199254740993LL)) << u"9007199254740993"_s;
    QTest::newRow("integral double") << QJsonValue(7.0) << u"7"_s;
    QTest::newRow("nanoid") << QJsonValue(u"V1StGXR8_Z5jdHi6B-myT"_s) << u"V1StGXR8_Z5jdHi6B-myT"_s;
    QTest::newRow("negative") << QJsonValue(-1) << QString();
    QTest::newRow("dot segments") << QJsonValue(u"../../collect"_s) << QString();
    QTest::newRow("slash") << QJsonValue(u"a/b"_s) << QString();
    QTest::newRow("query") << QJsonValue(u"a?x=1"_s) << QString();
    QTest::newRow("percent") << QJsonValue(u"a%2Fb"_s) << QString();
    QTest::newRow("space") << QJsonValue(u"a b"_s) << QString();
    QTest::newRow("non-ascii") << QJsonValue(u"täsk"_s) << QString();
    QTest::newRow("too long") << QJsonValue(QString(maxHireIdChars + 1, u'a')) << QString();
    QTest::newRow("longest") << QJsonValue(QString(maxHireIdChars, u'a'))
                             << QString(maxHireIdChars, u'a');
}

void TestAiForHireJson::idsAcceptNumbersAndRejectPaths()
{
    QFETCH(QJsonValue, id);
    QFETCH(QString, expected);
    const auto t = parseHireTask(with(load("task-created.json"), u"id"_s, id));
    QCOMPARE(bool(t), !expected.isEmpty());
    if (t)
        QCOMPARE(t->id, expected);
    // The same rule for account ids.
    const auto a = parseHireAccount(with(load("me.json"), u"account_id"_s, id));
    QCOMPARE(bool(a), !expected.isEmpty());
}

void TestAiForHireJson::amounts_data()
{
    QTest::addColumn<QJsonValue>("budget");
    QTest::addColumn<qint64>("expectedSats"); // -1: rejected
    constexpr qint64 cap = MilliSats::maxMoneyMsat / 1000;
    QTest::newRow("500") << QJsonValue(500) << qint64(500);
    QTest::newRow("zero") << QJsonValue(0) << qint64(0);
    QTest::newRow("500.0") << QJsonValue(500.0) << qint64(500);
    QTest::newRow("21M BTC") << QJsonValue(cap) << cap;
    QTest::newRow("above 21M BTC") << QJsonValue(cap + 1) << qint64(-1);
    QTest::newRow("int64 max") << QJsonValue(std::numeric_limits<qint64>::max()) << qint64(-1);
    QTest::newRow("negative") << QJsonValue(-500) << qint64(-1);
    QTest::newRow("fraction") << QJsonValue(500.5) << qint64(-1);
    QTest::newRow("1e300") << QJsonValue(1e300) << qint64(-1);
    QTest::newRow("string") << QJsonValue(u"500"_s) << qint64(-1);
}

void TestAiForHireJson::amounts()
{
    QFETCH(QJsonValue, budget);
    QFETCH(qint64, expectedSats);
    const auto t = parseHireTask(with(load("task-created.json"), u"budget_sats"_s, budget));
    QCOMPARE(bool(t), expectedSats >= 0);
    if (t)
        QCOMPARE(t->budget.msat(), expectedSats * 1000);
    // The same through text, as a server would send it.
    if (budget.isDouble() && budget.toInteger(-1) == budget.toDouble()) {
        const QByteArray json =
            R"({"account_id":"a","balance_sats":)" + QByteArray::number(budget.toInteger()) + '}';
        QCOMPARE(bool(parseHireAccount(parsed(json))), expectedSats >= 0);
    }
}

void TestAiForHireJson::hugeStrings()
{
    QJsonObject o = load("task-created.json");
    o.insert(u"title"_s, QString(5000, u'T'));
    o.insert(u"description"_s, QString(maxHireTextChars * 3, u'd'));
    auto t = parseHireTask(o);
    QVERIFY(t);
    QCOMPARE(t->title.size(), maxHireTitleChars);
    QCOMPARE(t->description.size(), maxHireTextChars);

    // A surrogate pair is never cut in half.
    QString title(maxHireTitleChars - 1, u'x');
    title += QString::fromUcs4(U"\U0001F600xx");
    t = parseHireTask(with(load("task-created.json"), u"title"_s, title));
    QVERIFY(t);
    QCOMPARE(t->title.size(), maxHireTitleChars - 1);
    QVERIFY(!t->title.back().isHighSurrogate());

    // Message bodies and notes are capped too.
    const auto m =
        parseHireMessage(with(load("message-created.json"), u"body"_s, QString(300'000, u'b')));
    QCOMPARE(m->body.size(), maxHireTextChars);

    // Ids, statuses, timestamps, tokens and invoices are not truncated but refused.
    QVERIFY(!parseHireTask(with(load("task-created.json"), u"status"_s, QString(1000, u'o'))));
    QVERIFY(!parseHireTask(with(load("task-created.json"), u"created_at"_s, QString(1000, u'2'))));
    QVERIFY(!parseHireTask(
        with(load("task-created.json"), u"buyer_account_id"_s, QString(1'000'000, u'a'))));
    QVERIFY(!parseHireChallengeBody(
        with(load("challenge-402.json"), u"invoice"_s, QString(100'000, u'q'))));
}

void TestAiForHireJson::deeplyNestedGarbage()
{
    const QJsonValue garbage = deepGarbage(200);
    for (const char *key : {"id", "title", "budget_sats", "status", "created_at"})
        QVERIFY2(!parseHireTask(with(load("task-created.json"), QString::fromLatin1(key), garbage)),
                 key);
    const auto list = parseHireTasks(QJsonObject{{u"tasks"_s, garbage}});
    QVERIFY(list);
    QCOMPARE(list->items.size(), 0);
    QCOMPARE(list->skipped, 1);
    QVERIFY(!parseCollectResult(with(load("collect-paid.json"), u"status"_s, garbage)));
    const auto c = parseCollectResult(with(load("collect-paid.json"), u"payment"_s, garbage));
    QVERIFY(c);
    QVERIFY(!c->payment);

    // The same from text, nested as deep as Qt's parser allows.
    QByteArray deep = R"({"tasks":)";
    for (int i = 0; i < 500; ++i)
        deep += '[';
    for (int i = 0; i < 500; ++i)
        deep += ']';
    deep += '}';
    const QJsonObject fromText = parsed(deep);
    QVERIFY(!fromText.isEmpty());
    const auto l = parseHireTasks(fromText);
    QVERIFY(l);
    QCOMPARE(l->items.size(), 0);
    QCOMPARE(l->skipped, 1);
}

void TestAiForHireJson::listSkipsBadItems()
{
    const QJsonObject good = load("task-created.json");
    const QJsonArray tasks{
        good,         without(good, u"id"_s),           42,
        QJsonValue(), with(good, u"budget_sats"_s, -5), with(good, u"id"_s, u"second"_s)};
    const auto list = parseHireTasks(QJsonObject{{u"tasks"_s, tasks}});
    QVERIFY(list);
    QCOMPARE(list->items.size(), 2);
    QCOMPARE(list->items[0].id, taskId);
    QCOMPARE(list->items[1].id, u"second"_s);
    QCOMPARE(list->skipped, 4);
    QCOMPARE(list->dropped, 0);
    QVERIFY2(list->firstProblem.contains(u"“tasks[1].id”"), qPrintable(list->firstProblem));

    // Inside a task detail, a bad quote or delivery is skipped the same way.
    QJsonObject detail = load("task-detail-delivered.json");
    QJsonArray quotes = detail.value(u"quotes").toArray();
    quotes.append(u"not a quote"_s);
    quotes.append(without(quotes[0].toObject(), u"price_sats"_s));
    detail.insert(u"quotes"_s, quotes);
    QJsonArray deliveries = detail.value(u"deliveries").toArray();
    deliveries.append(with(deliveries[0].toObject(), u"id"_s, QJsonObject()));
    detail.insert(u"deliveries"_s, deliveries);
    const auto t = parseHireTask(detail);
    QVERIFY(t);
    QCOMPARE(t->quotes->items.size(), 2);
    QCOMPARE(t->quotes->skipped, 2);
    QVERIFY2(t->quotes->firstProblem.contains(u"“quotes[2]”"), qPrintable(t->quotes->firstProblem));
    QCOMPARE(t->deliveries->items.size(), 1);
    QCOMPARE(t->deliveries->skipped, 1);
    QVERIFY(t->deliveries->firstProblem.contains(u"“deliveries[1].id”"));
    QCOMPARE(t->quoteCount, 2); // quote_count as sent

    // Messages.
    QJsonArray messages = load("messages.json").value(u"messages").toArray();
    messages.insert(1, with(messages[0].toObject(), u"body"_s, QJsonArray()));
    const auto thread = parseHireMessages(QJsonObject{{u"messages"_s, messages}});
    QCOMPARE(thread->items.size(), 2);
    QCOMPARE(thread->skipped, 1);
    QVERIFY(thread->firstProblem.contains(u"“messages[1].body”"));
}

void TestAiForHireJson::listCap()
{
    QJsonArray many;
    for (qsizetype i = 0; i < maxHireListItems + 5; ++i)
        many.append(QJsonObject{{u"id"_s, i}});
    const auto list = parseHireTasks(QJsonObject{{u"tasks"_s, many}});
    QVERIFY(list);
    QCOMPARE(list->items.size(), 0);
    QCOMPARE(list->skipped, int(maxHireListItems));
    QCOMPARE(list->dropped, 5);

    // quote_count falls back to what was listed when the server leaves it out.
    QJsonObject detail = without(load("task-detail-open.json"), u"quote_count"_s);
    QCOMPARE(parseHireTask(detail)->quoteCount, 2);
}

void TestAiForHireJson::detailSkipsItemsOfAnotherTask()
{
    QJsonObject detail = load("task-detail-delivered.json");
    QJsonArray quotes = detail.value(u"quotes").toArray();
    quotes[1] = with(quotes[1].toObject(), u"task_id"_s, u"e3da0956-d47e-4cea-8265-5486e50cfeb0"_s);
    detail.insert(u"quotes"_s, quotes);
    QJsonArray deliveries = detail.value(u"deliveries").toArray();
    deliveries[0] = with(deliveries[0].toObject(), u"task_id"_s, u"other"_s);
    detail.insert(u"deliveries"_s, deliveries);
    const auto t = parseHireTask(detail);
    QVERIFY(t);
    QCOMPARE(t->quotes->items.size(), 1);
    QCOMPARE(t->quotes->items[0].id, quote1);
    QCOMPARE(t->quotes->skipped, 1);
    QVERIFY(t->quotes->firstProblem.contains(u"“quotes[1].task_id”"));
    QCOMPARE(t->deliveries->items.size(), 0);
    QCOMPARE(t->deliveries->skipped, 1);
}

void TestAiForHireJson::messagesOfAnotherQuote()
{
    const auto other = parseHireMessages(load("messages.json"), quote2);
    QVERIFY(other);
    QCOMPARE(other->items.size(), 0);
    QCOMPARE(other->skipped, 2);
    QVERIFY(!lastMessageSequence(other->items));

    // String ids: kept, with a sequence only when they are numbers.
    QJsonArray messages = load("messages.json").value(u"messages").toArray();
    messages[0] = with(messages[0].toObject(), u"id"_s, u"msg_a"_s);
    messages[1] = with(messages[1].toObject(), u"id"_s, u"17"_s);
    const auto mixed = parseHireMessages(QJsonObject{{u"messages"_s, messages}}, quote1);
    QCOMPARE(mixed->items.size(), 2);
    QCOMPARE(mixed->items[0].id, u"msg_a"_s);
    QVERIFY(!mixed->items[0].sequence);
    QCOMPARE(mixed->items[1].sequence, std::optional<qint64>(17));
    QCOMPARE(lastMessageSequence(mixed->items), std::optional<qint64>(17));
}

void TestAiForHireJson::timestampsAndStatuses()
{
    const QJsonObject task = load("task-created.json");
    // Unparseable time: the text stays for display.
    auto t = parseHireTask(with(task, u"created_at"_s, u"yesterday"_s));
    QVERIFY(t);
    QCOMPARE(t->createdAt.text, u"yesterday"_s);
    QVERIFY(!t->createdAt.when.isValid());
    // Other offsets and no fraction become UTC.
    t = parseHireTask(with(task, u"created_at"_s, u"2026-11-21T12:27:22+02:00"_s));
    QCOMPARE(t->createdAt.when, utc(10, 27, 22, 0));

    // Unknown states are kept, not fatal.
    t = parseHireTask(with(task, u"status"_s, u"disputed"_s));
    QVERIFY(t);
    QCOMPARE(t->status, HireTaskStatus::Unknown);
    QCOMPARE(t->statusText, u"disputed"_s);
    QCOMPARE(parseHireTask(with(task, u"status"_s, u"cancelled"_s))->status,
             HireTaskStatus::Cancelled);
    QCOMPARE(parseHireTask(with(task, u"status"_s, u"in_escrow"_s))->status,
             HireTaskStatus::InEscrow);
    QCOMPARE(parseHireTask(with(task, u"status"_s, u"completed"_s))->status,
             HireTaskStatus::Completed);
    QCOMPARE(parseHireTask(with(task, u"status"_s, u"OPEN"_s))->status, HireTaskStatus::Unknown);
    QCOMPARE(hireQuoteStatusFromText(u"withdrawn"), HireQuoteStatus::Unknown);
    QCOMPARE(hireQuoteStatusFromText(u"rejected"), HireQuoteStatus::Rejected);
}

void TestAiForHireJson::moneyBodiesRejectGarbage_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QJsonValue>("value"); // undefined: remove the key
    const QJsonValue gone(QJsonValue::Undefined);
    for (const QString &file : {u"topup-402.json"_s, u"challenge-402.json"_s}) {
        const QByteArray f = file.toLatin1();
        auto row = [&](const char *name, const QString &key, const QJsonValue &value) {
            QTest::newRow(QByteArray(f + ' ' + name).constData()) << file << key << value;
        };
        row("no invoice", u"invoice"_s, gone);
        row("empty invoice", u"invoice"_s, u""_s);
        row("invoice with space", u"invoice"_s, u"lnbc1 x"_s);
        row("invoice with uri", u"invoice"_s, u"lightning:lnbc1x"_s);
        row("invoice as number", u"invoice"_s, 5);
        row("no hash", u"payment_hash"_s, gone);
        row("short hash", u"payment_hash"_s, u"4e1211"_s);
        row("hash not hex", u"payment_hash"_s, QString(64, u'g'));
        row("hash as array", u"payment_hash"_s, QJsonArray());
        row("no amount", u"amount_sats"_s, gone);
        row("zero amount", u"amount_sats"_s, 0);
        row("negative amount", u"amount_sats"_s, -50);
        row("amount as string", u"amount_sats"_s, u"50"_s);
        row("fraction amount", u"amount_sats"_s, 0.5);
        row("negative expiry", u"expires_in"_s, -1);
        row("absurd expiry", u"expires_in"_s, qint64(1) << 40);
        row("expiry as string", u"expires_in"_s, u"600"_s);
        row("status as object", u"status"_s, QJsonObject());
    }
    QTest::newRow("token with newline")
        << u"challenge-402-anonymous.json"_s << u"token"_s << QJsonValue(u"abl_a\nb"_s);
    QTest::newRow("token as number")
        << u"challenge-402-anonymous.json"_s << u"token"_s << QJsonValue(123);
}

void TestAiForHireJson::moneyBodiesRejectGarbage()
{
    QFETCH(QString, file);
    QFETCH(QString, key);
    QFETCH(QJsonValue, value);
    QJsonObject o = load(file.toLatin1().constData());
    if (value.isUndefined())
        o.remove(key);
    else
        o.insert(key, value);
    AppError error;
    if (file.startsWith(u"topup")) {
        const auto r = parseTopupInvoice(o);
        QVERIFY(!r);
        error = r.error();
    } else {
        const auto r = parseHireChallengeBody(o);
        QVERIFY(!r);
        error = r.error();
    }
    QCOMPARE(error.kind, AppError::Kind::BadResponse);
    QVERIFY2(error.message.contains(key), qPrintable(error.message));
}

void TestAiForHireJson::deliveryContent()
{
    const QJsonObject d = load("delivery-created.json");
    // Served content (the sandbox's --serve-deliveries) is decoded.
    const auto served = parseHireDelivery(with(d, u"content_base64"_s, u"SGVsbG8sIHdvcmxkIQ=="_s));
    QVERIFY(served);
    QCOMPARE(served->content, std::optional<QByteArray>("Hello, world!"));
    const auto empty = parseHireDelivery(with(d, u"content_base64"_s, u""_s));
    QCOMPARE(empty->content, std::optional<QByteArray>(QByteArray()));
    QVERIFY(!parseHireDelivery(with(d, u"content_base64"_s, u"not base64!"_s)));
    QVERIFY(!parseHireDelivery(with(d, u"content_base64"_s, 12)));
    // Filenames are text for display, capped.
    const auto longName = parseHireDelivery(with(d, u"filename"_s, QString(5000, u'f')));
    QCOMPARE(longName->filename.size(), maxHireFilenameChars);
    QCOMPARE(parseHireDelivery(with(d, u"filename"_s, u"../../.bashrc"_s))->filename,
             u"../../.bashrc"_s);
}

void TestAiForHireJson::requestBodiesMatchTranscripts()
{
    auto same = [](const QJsonObject &built, QByteArrayView transcript) {
        const QJsonObject expected = parsed(transcript);
        if (built != expected)
            qWarning() << built << expected;
        return built == expected;
    };
    // Steps 10, 36, 12, 14, 15, 16, 26, 54, 2, 3, 309.
    QVERIFY(same(
        postTaskBody(u"Summarise a PDF"_s, u"Two paragraphs, plain text"_s, sats(500)),
        R"({"title":"Summarise a PDF","description":"Two paragraphs, plain text","budget_sats":500})"));
    QVERIFY(same(postTaskBody(u"t"_s, {}, sats(10)), R"({"title":"t","budget_sats":10})"));
    QVERIFY(same(quoteBody(sats(400), u"Done within the hour"_s),
                 R"({"price_sats":400,"description":"Done within the hour"})"));
    QVERIFY(same(quoteBody(sats(1), {}), R"({"price_sats":1})"));
    QVERIFY(same(quoteUpdateBody(sats(300), u"Done within the hour, 300"_s),
                 R"({"price_sats":300,"description":"Done within the hour, 300"})"));
    QVERIFY(same(quoteUpdateBody(std::nullopt, u""_s), R"({"description":""})"));
    QVERIFY(same(messageBody(u"Can you start today?"_s), R"({"body":"Can you start today?"})"));
    QVERIFY(same(
        deliverBody(u"summary.txt"_s, u"SGVsbG8sIHdvcmxkIQ=="_s, u"Summary attached"_s),
        R"({"filename":"summary.txt","content_base64":"SGVsbG8sIHdvcmxkIQ==","notes":"Summary attached"})"));
    QVERIFY(
        same(collectBody(sats(100), invoice100),
             QByteArray(R"({"invoice":")" + invoice100.toLatin1() + R"(","amount_sats":100})")));
    QVERIFY(same(topupBody(sats(1000)), R"({"amount_sats":1000})"));
    const Preimage preimage =
        *Preimage::fromHex(u"785ee0f6172b9ea83c2c343b4452d97a5fe22ac6078649bce598c61fb5d49fec"_s);
    QVERIFY(
        same(claimBody(preimage),
             R"({"preimage":"785ee0f6172b9ea83c2c343b4452d97a5fe22ac6078649bce598c61fb5d49fec"})"));
    const Preimage refill =
        *Preimage::fromHex(u"3124584d4e229d265507568a04545d160afb55a86aa242620456989f5d493a70"_s);
    QVERIFY(same(
        claimBody(refill, u"abl_FY6xfDYfamHO_OIjyymmomaMoTk7pI9mrvxtzWYNlWU"_s),
        R"({"preimage":"3124584d4e229d265507568a04545d160afb55a86aa242620456989f5d493a70","token":"abl_FY6xfDYfamHO_OIjyymmomaMoTk7pI9mrvxtzWYNlWU"})"));
    // Integers on the wire, never doubles.
    QCOMPARE(QJsonDocument(topupBody(sats(2'100'000'000'000'000LL))).toJson(QJsonDocument::Compact),
             QByteArray(R"({"amount_sats":2100000000000000})"));
}

void TestAiForHireJson::validatePostTask()
{
    // Step 10 passes.
    QVERIFY(
        !lw::validatePostTask(u"Summarise a PDF"_s, u"Two paragraphs, plain text"_s, sats(500)));
    QVERIFY(!lw::validatePostTask(u"t"_s, {}, sats(10)));
    // Step 302: no title (the server strips it first).
    for (const QString &title : {QString(), u"   "_s, u"\t\n"_s}) {
        const auto e = lw::validatePostTask(title, {}, sats(100));
        QVERIFY(e);
        QCOMPARE(e->kind, AppError::Kind::Invalid);
        QVERIFY(!e->message.isEmpty());
    }
    // Step 303: budget 0; and what cannot be an integer of sats.
    QVERIFY(lw::validatePostTask(u"x"_s, {}, MilliSats()));
    QVERIFY(lw::validatePostTask(u"x"_s, {}, MilliSats(-1000)));
    QVERIFY(lw::validatePostTask(u"x"_s, {}, MilliSats(1500)));
    QVERIFY(lw::validatePostTask(u"x"_s, {}, MilliSats(MilliSats::maxMoneyMsat + 1000)));
    QVERIFY(!lw::validatePostTask(u"x"_s, {}, MilliSats(MilliSats::maxMoneyMsat)));
    // The client's own caps: nothing paid for that it would show truncated.
    QVERIFY(lw::validatePostTask(QString(maxHireTitleChars + 1, u'x'), {}, sats(1)));
    QVERIFY(!lw::validatePostTask(QString(maxHireTitleChars, u'x'), {}, sats(1)));
    QVERIFY(lw::validatePostTask(u"x"_s, QString(maxHireTextChars + 1, u'd'), sats(1)));
}

void TestAiForHireJson::validateQuote()
{
    const HireTask open = *parseHireTask(load("task-detail-open.json"));
    // Step 12 passes.
    QVERIFY(!lw::validateQuote(open, worker, sats(400), u"Done within the hour"_s));
    QVERIFY(!lw::validateQuote(open, {}, sats(1), {}));
    // Step 14: one's own task.
    auto e = lw::validateQuote(open, buyer, sats(1), {});
    QVERIFY(e);
    QCOMPARE(e->kind, AppError::Kind::Invalid);
    // Step 304: not open.
    const HireTask done =
        *parseHireTask(with(load("task-created.json"), u"status"_s, u"completed"_s));
    e = lw::validateQuote(done, worker, sats(5), {});
    QVERIFY(e);
    QCOMPARE(e->kind, AppError::Kind::Conflict);
    QVERIFY(
        lw::validateQuote(*parseHireTask(load("task-detail-delivered.json")), worker, sats(5), {}));
    // Step 305: no such task.
    QCOMPARE(lw::validateQuote(HireTask(), worker, sats(5), {})->kind, AppError::Kind::Invalid);
    // Price first, as the server checks it (step 303's rule for price_sats).
    e = lw::validateQuote(done, worker, MilliSats(), {});
    QCOMPARE(e->kind, AppError::Kind::Invalid);
    QVERIFY(lw::validateQuote(open, worker, MilliSats(10'500), {}));
    QVERIFY(lw::validateQuote(open, worker, sats(1), QString(maxHireTextChars + 1, u'd')));
}

void TestAiForHireJson::validateOtherCalls()
{
    QVERIFY(!validateQuoteUpdate(sats(300), std::nullopt));
    QVERIFY(!validateQuoteUpdate(std::nullopt, u""_s));
    QVERIFY(validateQuoteUpdate(std::nullopt, std::nullopt));
    QVERIFY(validateQuoteUpdate(MilliSats(), std::nullopt));

    QVERIFY(!validateMessage(u"Can you start today?"_s));
    QVERIFY(validateMessage(u" \n "_s));
    QVERIFY(validateMessage(QString(maxHireTextChars + 1, u'm')));

    // Step 26 passes; deliveries are final, so nothing empty or broken goes out.
    QVERIFY(!validateDeliver(u"summary.txt"_s, u"SGVsbG8sIHdvcmxkIQ=="_s, u"Summary attached"_s));
    QVERIFY(!validateDeliver(u"x.txt"_s, u"eA=="_s, {}));
    QVERIFY(validateDeliver({}, u"eA=="_s, {}));
    QVERIFY(validateDeliver(u" "_s, u"eA=="_s, {}));
    QVERIFY(validateDeliver(u"x.txt"_s, {}, {}));
    QVERIFY(validateDeliver(u"x.txt"_s, u"eA==!"_s, {}));
    QVERIFY(validateDeliver(u"x.txt"_s, u"e-_A"_s, {}));
    QVERIFY(validateDeliver(u"x.txt"_s, u"eA=="_s, QString(maxHireTextChars + 1, u'n')));

    QVERIFY(!validateTopup(sats(1000)));
    QVERIFY(validateTopup(MilliSats()));
    QVERIFY(validateTopup(MilliSats(1500)));
}

void TestAiForHireJson::validateCollect()
{
    // Step 54 passes.
    QVERIFY(!lw::validateCollect(sats(100), invoice100));
    // Step 55: amount_sats below the invoice's (the server would pay 150 for 5).
    auto e = lw::validateCollect(sats(5), invoice150);
    QVERIFY(e);
    QCOMPARE(e->kind, AppError::Kind::Invalid);
    QVERIFY(e->message.contains(u"150"));
    QVERIFY(!lw::validateCollect(sats(150), invoice150));
    // Step 56: amountless.
    QVERIFY(lw::validateCollect(sats(10), invoiceNoAmount));
    QVERIFY(lw::validateCollect(sats(10), u"lnbcrt1garbage"_s));
    QVERIFY(lw::validateCollect(sats(100), {}));
    QVERIFY(lw::validateCollect(MilliSats(), invoice100));
    QVERIFY(lw::validateCollect(MilliSats(100'500), invoice100));
}

void TestAiForHireJson::invoiceAndHeaderChecks()
{
    const HireChallengeBody c = *parseHireChallengeBody(load("challenge-402.json"));
    const HireChallengeBody anon = *parseHireChallengeBody(load("challenge-402-anonymous.json"));
    // A body whose invoice is for another payment or amount than it says.
    auto e = checkHireInvoice(anon.invoice, c.paymentHash, c.amount);
    QVERIFY(e);
    QCOMPARE(e->kind, AppError::Kind::Refused);
    e = checkHireInvoice(c.invoice, c.paymentHash, sats(49));
    QVERIFY(e);
    QCOMPARE(e->kind, AppError::Kind::Refused);
    e = checkHireInvoice(invoiceNoAmount.left(40), c.paymentHash, c.amount);
    QVERIFY(e);
    QCOMPARE(e->kind, AppError::Kind::BadResponse);

    // Headers: absent is fine, present must agree.
    QVERIFY(!checkHireChallengeHeaders(c.paymentHash, c.amount, {}, {}));
    QVERIFY(!checkHireChallengeHeaders(
        c.paymentHash, c.amount,
        " 4E121198E54B3BD1BCDCE9D88EDAAFDBE54344BE9AF11C9D4B5352D3101DAF54 ", " 50"));
    QVERIFY(checkHireChallengeHeaders(c.paymentHash, c.amount, {}, "60"));
    QVERIFY(checkHireChallengeHeaders(c.paymentHash, c.amount, {}, "+50"));
    QVERIFY(checkHireChallengeHeaders(c.paymentHash, c.amount, {}, "50.0"));
    QVERIFY(checkHireChallengeHeaders(c.paymentHash, c.amount, anon.paymentHash.toHex().toLatin1(),
                                      {}));
    QCOMPARE(checkHireChallengeHeaders(c.paymentHash, c.amount, "xyz", {})->kind,
             AppError::Kind::Refused);
}

QTEST_GUILESS_MAIN(TestAiForHireJson)
#include "tst_aiforhirejson.moc"
