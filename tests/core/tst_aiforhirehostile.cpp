// SPDX-License-Identifier: GPL-3.0-or-later
// 402ai "AI for Hire" JSON from a hostile server: the real server's bodies (tests/data/aiforhire;
// the step is named at each use) with fields missing, mistyped, out of range, too long, nested,
// belonging elsewhere; and the checks of a 402's invoice and headers before paying it.
#include "core/aiforhiretestdata.h"
#include "markets/aiforhire/aiforhirejson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace lw;
using namespace aiforhiretest;
using namespace Qt::Literals::StringLiterals;

class TestAiForHireHostile : public QObject {
    Q_OBJECT

private Q_SLOTS:
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
    void invoiceAndHeaderChecks();
};

void TestAiForHireHostile::taskMissingRequiredField_data()
{
    QTest::addColumn<QString>("key");
    for (const char *key : {"id", "buyer_account_id", "title", "budget_sats", "status"})
        QTest::newRow(key) << QString::fromLatin1(key);
}

void TestAiForHireHostile::taskMissingRequiredField()
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

void TestAiForHireHostile::taskWrongTypes_data()
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

void TestAiForHireHostile::taskWrongTypes()
{
    QFETCH(QString, key);
    QFETCH(QJsonValue, value);
    const auto t = parseHireTask(with(load("task-created.json"), key, value));
    QVERIFY(!t);
    QCOMPARE(t.error().kind, AppError::Kind::BadResponse);
    QVERIFY2(t.error().message.contains(key), qPrintable(t.error().message));
}

void TestAiForHireHostile::optionalFieldsDefault()
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

void TestAiForHireHostile::idsAcceptNumbersAndRejectPaths_data()
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

void TestAiForHireHostile::idsAcceptNumbersAndRejectPaths()
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

void TestAiForHireHostile::amounts_data()
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

void TestAiForHireHostile::amounts()
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

void TestAiForHireHostile::hugeStrings()
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

void TestAiForHireHostile::deeplyNestedGarbage()
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

void TestAiForHireHostile::listSkipsBadItems()
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

void TestAiForHireHostile::listCap()
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

void TestAiForHireHostile::detailSkipsItemsOfAnotherTask()
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

void TestAiForHireHostile::messagesOfAnotherQuote()
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

void TestAiForHireHostile::timestampsAndStatuses()
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

void TestAiForHireHostile::moneyBodiesRejectGarbage_data()
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

void TestAiForHireHostile::moneyBodiesRejectGarbage()
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

void TestAiForHireHostile::deliveryContent()
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

void TestAiForHireHostile::invoiceAndHeaderChecks()
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

QTEST_GUILESS_MAIN(TestAiForHireHostile)
#include "tst_aiforhirehostile.moc"
