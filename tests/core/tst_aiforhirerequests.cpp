// SPDX-License-Identifier: GPL-3.0-or-later
// 402ai "AI for Hire" requests: the bodies sent, compared with the real server's transcripts
// (research/402ai-live.md, the step is named at each use), and the local checks before paid
// calls.
#include "core/aiforhiretestdata.h"
#include "markets/aiforhire/aiforhirejson.h"
#include "markets/aiforhire/aiforhirerequests.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace lw;
using namespace aiforhiretest;
using namespace Qt::Literals::StringLiterals;

class TestAiForHireRequests : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void requestBodiesMatchTranscripts();
    void validatePostTask();
    void validateQuote();
    void validateOtherCalls();
    void validateCollect();
};

void TestAiForHireRequests::requestBodiesMatchTranscripts()
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

void TestAiForHireRequests::validatePostTask()
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

void TestAiForHireRequests::validateQuote()
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

void TestAiForHireRequests::validateOtherCalls()
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

void TestAiForHireRequests::validateCollect()
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

QTEST_GUILESS_MAIN(TestAiForHireRequests)
#include "tst_aiforhirerequests.moc"
