// SPDX-License-Identifier: GPL-3.0-or-later
// The sandbox's 402ai "AI for Hire" against the real server's transcripts (research/402ai-live.md,
// appendix A–I): the same calls in the same order, expecting the same status codes, field sets,
// error codes and balances. Ids, tokens and times differ by nature; their formats are checked.
#include "common/base64.h"
#include "common/crypto.h"
#include "l402/macaroondecoder.h"
#include "lightning/bolt11decoder.h"
#include "lightning/preimage.h"
#include "sandboxprocess.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace lwtest;
using namespace Qt::Literals::StringLiterals;

namespace {

using Headers = QList<QPair<QByteArray, QByteArray>>;

const QSet<QString> taskKeys =
    keySet({"id", "buyer_account_id", "title", "description", "budget_sats", "status",
            "quote_count", "created_at", "updated_at"});
const QSet<QString> quoteKeys = keySet({"id", "task_id", "contractor_account_id", "price_sats",
                                        "description", "status", "created_at", "updated_at"});
const QSet<QString> messageKeys =
    keySet({"id", "task_id", "quote_id", "sender_account_id", "body", "created_at"});
const QSet<QString> deliveryKeys = keySet(
    {"id", "task_id", "quote_id", "contractor_account_id", "filename", "notes", "created_at"});
const QSet<QString> challengeKeys =
    keySet({"status", "invoice", "payment_hash", "amount_sats", "expires_in"});
const QSet<QString> topupKeys = keySet({"status", "payment_method", "invoice", "payment_hash",
                                        "amount_sats", "expires_in", "claim_url"});
const QSet<QString> errorKeys = keySet({"error"});

Headers token(const QString &t)
{
    return {{"x-token", t.toLatin1()}};
}

bool isUuid(const QString &s)
{
    static const QRegularExpression re(
        u"^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"_s);
    return re.match(s).hasMatch();
}

bool isPythonIso(const QString &s)
{
    // datetime.isoformat() of an aware UTC time: microseconds (left out when zero), "+00:00".
    static const QRegularExpression re(
        u"^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d{6})?\\+00:00$"_s);
    return re.match(s).hasMatch();
}

} // namespace

class TestSandboxHire : public QObject {
    Q_OBJECT

private:
    SandboxProcess sandbox;
    QTemporaryDir data;

    // Tokens and ids carried from one transcript section to the next, as in the real run.
    QString buyer, worker, worker2, poor;
    QString buyerId, workerId, worker2Id, poorId;
    QString task, quote1, quote2, poorTask;
    QString credential38, credential104;

    void expectError(const HttpResult &r, int status, const char *code,
                     const char *message = nullptr)
    {
        QCOMPARE(r.status, status);
        QCOMPARE(r.keys(), errorKeys);
        QCOMPARE(keysOf(r.json.value(u"error").toObject()), keySet({"code", "message"}));
        QCOMPARE(r.errorCode(), QString::fromLatin1(code));
        if (message)
            QCOMPARE(r.errorMessage(), QString::fromUtf8(message));
    }

    //! The L402 challenge of a paid hire call: headers, body and the V1 macaroon inside.
    QString expectChallenge(const HttpResult &r, qint64 price, const QString &accountId)
    {
        [&] {
            QCOMPARE(r.status, 402);
            QCOMPARE(r.header("x-price-sats"), QByteArray::number(price));
            QCOMPARE(r.header("x-topup-url"), QByteArray("/api/v1/topup"));
            QCOMPARE(r.header("x-lightning-invoice"),
                     r.json.value(u"invoice").toString().toLatin1());
            QCOMPARE(r.header("x-payment-hash"),
                     r.json.value(u"payment_hash").toString().toLatin1());
            QCOMPARE(r.json.value(u"status").toString(), u"payment_required"_s);
            QCOMPARE(r.json.value(u"amount_sats").toInteger(), price);
            QCOMPARE(r.json.value(u"expires_in").toInteger(), 600);
            QVERIFY(!r.json.contains(u"macaroon"_s)); // only ever in WWW-Authenticate

            const auto invoice = lw::decodeBolt11(r.json.value(u"invoice").toString());
            QVERIFY(invoice);
            QCOMPARE(invoice->amount->msat(), price * 1000);
            QCOMPARE(invoice->paymentHash.toHex(), r.json.value(u"payment_hash").toString());
            QCOMPARE(invoice->network, lw::Network::Regtest);
        }();
        static const QRegularExpression challenge(
            uR"re(^L402 macaroon="([A-Za-z0-9_-]+)", invoice="(lnbcrt[0-9a-z]+)"$)re"_s);
        const auto m = challenge.match(QString::fromLatin1(r.header("www-authenticate")));
        if (!m.hasMatch()) {
            QTest::qFail("WWW-Authenticate is not an L402 challenge", __FILE__, __LINE__);
            return {};
        }
        [&] {
            QCOMPARE(m.captured(2), r.json.value(u"invoice").toString());
            // pymacaroons V1, base64url without padding: identifier is the hex payment hash.
            QVERIFY(!m.captured(1).contains(u'='));
            const lw::L402Token t = lw::decodeL402Token(m.captured(1));
            QVERIFY(t.isMacaroon());
            const lw::Macaroon &mac = t.macaroons.first();
            QCOMPARE(mac.location, u"alittlebitofmoney"_s);
            QCOMPARE(QString::fromLatin1(mac.identifier), r.json.value(u"payment_hash").toString());
            QStringList caveats;
            for (const auto &c : mac.caveats)
                caveats << QString::fromLatin1(c.identifier);
            QStringList expected{u"payment_hash="_s + r.json.value(u"payment_hash").toString(),
                                 u"amount_sats=%1"_s.arg(price)};
            if (!accountId.isEmpty())
                expected << u"account_id="_s + accountId;
            QCOMPARE(caveats, expected);
        }();
        return m.captured(1);
    }

    //! Pays a challenge from the "payer" wallet and returns `L402 <macaroon>:<preimage>`.
    QString payChallenge(const HttpResult &challenge, const QString &macaroon)
    {
        const HttpResult paid =
            sandbox.pay(u"payer"_s, challenge.json.value(u"invoice").toString());
        [&] {
            QCOMPARE(paid.status, 200);
            QCOMPARE(paid.json.value(u"paymentHash").toString(),
                     challenge.json.value(u"payment_hash").toString());
        }();
        return u"L402 "_s + macaroon + u':' + paid.json.value(u"paymentPreimage").toString();
    }

    //! POST /topup, pay, claim: the fresh account's token.
    QString topupAndClaim(qint64 sats)
    {
        const HttpResult r = sandbox.post(u"/api/v1/topup"_s, json({{u"amount_sats"_s, sats}}));
        const HttpResult paid = sandbox.pay(u"payer"_s, r.json.value(u"invoice").toString());
        const HttpResult claim = sandbox.post(
            u"/api/v1/topup/claim"_s, json({{u"preimage"_s, paid.json.value(u"paymentPreimage")}}));
        [&] {
            QCOMPARE(r.status, 402);
            QCOMPARE(claim.status, 200);
            QCOMPARE(claim.keys(), keySet({"token", "balance_sats"}));
            QCOMPARE(claim.json.value(u"balance_sats").toInteger(), sats);
        }();
        return claim.json.value(u"token").toString();
    }

    qint64 balanceOf(const QString &t)
    {
        return sandbox.get(u"/api/v1/ai-for-hire/me"_s, token(t))
            .json.value(u"balance_sats")
            .toInteger(-1);
    }

    QString accountOf(const QString &t)
    {
        return sandbox.get(u"/api/v1/ai-for-hire/me"_s, token(t))
            .json.value(u"account_id")
            .toString();
    }

    QString hire(const QString &path) const { return u"/api/v1/ai-for-hire"_s + path; }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(data.isValid());
        QVERIFY2(!SandboxProcess::binary().isEmpty(), "LW_SANDBOX is not set");
        QVERIFY(sandbox.start({u"--seed"_s, u"402"_s, u"--data"_s, data.path(), u"--wallet"_s,
                               u"payer:1000000"_s, u"--wallet"_s, u"earner:0"_s}));
    }

    // A. Happy path, steps 1–33.
    void happyPath()
    {
        // 1. health
        HttpResult r = sandbox.get(u"/api/v1/health"_s);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.keys(), keySet({"status", "timestamp", "phoenix", "invoices", "topup"}));
        QCOMPARE(keysOf(r.json.value(u"invoices").toObject()),
                 keySet({"pending", "used", "known_used_hashes"}));
        QVERIFY(r.json.value(u"timestamp").isDouble());

        // 2. topup request
        r = sandbox.post(u"/api/v1/topup"_s, R"({"amount_sats":1000})");
        QCOMPARE(r.status, 402);
        QCOMPARE(r.keys(), topupKeys);
        QCOMPARE(r.json.value(u"payment_method").toString(), u"topup"_s);
        QCOMPARE(r.json.value(u"claim_url").toString(), u"/api/v1/topup/claim"_s);
        QCOMPARE(r.header("x-topup-claim-url"), QByteArray("/api/v1/topup/claim"));
        QCOMPARE(r.header("x-price-sats"), QByteArray("1000"));
        QCOMPARE(r.header("x-lightning-invoice"), r.json.value(u"invoice").toString().toLatin1());
        QVERIFY(r.header("www-authenticate").isEmpty()); // a top-up is not an L402 challenge
        const HttpResult paid = sandbox.pay(u"payer"_s, r.json.value(u"invoice").toString());
        QCOMPARE(paid.keys(), keySet({"recipientAmountSat", "routingFeeSat", "paymentId",
                                      "paymentHash", "paymentPreimage"}));
        QCOMPARE(paid.json.value(u"recipientAmountSat").toInteger(), 1000);
        const QString preimage = paid.json.value(u"paymentPreimage").toString();
        QCOMPARE(lw::crypto::sha256(QByteArray::fromHex(preimage.toLatin1())).toHex(),
                 r.json.value(u"payment_hash").toString());

        // 3. claim; 4. claim the same preimage again
        r = sandbox.post(u"/api/v1/topup/claim"_s, json({{u"preimage"_s, preimage}}));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.keys(), keySet({"token", "balance_sats"}));
        QCOMPARE(r.json.value(u"balance_sats").toInteger(), 1000);
        buyer = r.json.value(u"token").toString();
        QVERIFY2(QRegularExpression(u"^abl_[A-Za-z0-9_-]{43}$"_s).match(buyer).hasMatch(),
                 qPrintable(buyer));
        r = sandbox.post(u"/api/v1/topup/claim"_s, json({{u"preimage"_s, preimage}}));
        expectError(r, 400, "payment_already_used", "Topup invoice already claimed");

        // 5–8. two workers with 200 sats each
        worker = topupAndClaim(200);
        worker2 = topupAndClaim(200);

        // 9. /me
        r = sandbox.get(hire(u"/me"_s), token(buyer));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.keys(), keySet({"account_id", "balance_sats"}));
        QCOMPARE(r.json.value(u"balance_sats").toInteger(), 1000);
        buyerId = r.json.value(u"account_id").toString();
        QVERIFY(isUuid(buyerId));
        workerId = accountOf(worker);
        worker2Id = accountOf(worker2);

        // 10. create task (50 sats)
        r = sandbox.post(
            hire(u"/tasks"_s),
            R"({"title":"Summarise a PDF","description":"Two paragraphs, plain text","budget_sats":500})",
            token(buyer));
        QCOMPARE(r.status, 201);
        QCOMPARE(r.keys(), taskKeys);
        QCOMPARE(r.json.value(u"status").toString(), u"open"_s);
        QCOMPARE(r.json.value(u"quote_count").toInteger(), 0);
        QCOMPARE(r.json.value(u"buyer_account_id").toString(), buyerId);
        QVERIFY(isPythonIso(r.json.value(u"created_at").toString()));
        QCOMPARE(r.json.value(u"updated_at"), r.json.value(u"created_at"));
        task = r.json.value(u"id").toString();
        QVERIFY(isUuid(task));

        // 11. list open tasks (no auth)
        r = sandbox.get(hire(u"/tasks?status=open"_s));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.keys(), keySet({"tasks"}));
        QCOMPARE(r.json.value(u"tasks").toArray().size(), 1);
        QCOMPARE(keysOf(r.json.value(u"tasks").toArray().first().toObject()), taskKeys);

        // 12. quote; 13. competing quote; 14. own task (forbidden, fee taken first)
        r = sandbox.post(hire(u"/tasks/%1/quotes"_s.arg(task)),
                         R"({"price_sats":400,"description":"Done within the hour"})",
                         token(worker));
        QCOMPARE(r.status, 201);
        QCOMPARE(r.keys(), quoteKeys);
        QCOMPARE(r.json.value(u"status").toString(), u"pending"_s);
        QCOMPARE(r.json.value(u"contractor_account_id").toString(), workerId);
        quote1 = r.json.value(u"id").toString();
        r = sandbox.post(hire(u"/tasks/%1/quotes"_s.arg(task)),
                         R"({"price_sats":350,"description":"Cheaper"})", token(worker2));
        QCOMPARE(r.status, 201);
        quote2 = r.json.value(u"id").toString();
        r = sandbox.post(hire(u"/tasks/%1/quotes"_s.arg(task)), R"({"price_sats":1})",
                         token(buyer));
        expectError(r, 403, "forbidden", "cannot quote on your own task");

        // 15. lower own quote
        r = sandbox.call("PATCH", hire(u"/tasks/%1/quotes/%2"_s.arg(task, quote1)),
                         R"({"price_sats":300,"description":"Done within the hour, 300"})",
                         token(worker));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.keys(), quoteKeys);
        QCOMPARE(r.json.value(u"price_sats").toInteger(), 300);
        QVERIFY(r.json.value(u"updated_at").toString() > r.json.value(u"created_at").toString());

        // 16–17. messages; 18. read; 19. since_id; 20. outsider
        const QString thread = hire(u"/tasks/%1/quotes/%2/messages"_s.arg(task, quote1));
        r = sandbox.post(thread, R"({"body":"Can you start today?"})", token(buyer));
        QCOMPARE(r.status, 201);
        QCOMPARE(r.keys(), messageKeys);
        const qint64 first = r.json.value(u"id").toInteger();
        QVERIFY(first >= 1);
        r = sandbox.post(thread, R"({"body":"Yes, starting now."})", token(worker));
        QCOMPARE(r.status, 201);
        QCOMPARE(r.json.value(u"id").toInteger(), first + 1);
        r = sandbox.get(thread, token(worker));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(u"messages").toArray().size(), 2);
        QCOMPARE(keysOf(r.json.value(u"messages").toArray().at(1).toObject()), messageKeys);
        r = sandbox.get(thread + u"?since_id=%1"_s.arg(first), token(buyer));
        QCOMPARE(r.json.value(u"messages").toArray().size(), 1);
        QCOMPARE(r.json.value(u"messages").toArray().first().toObject().value(u"body").toString(),
                 u"Yes, starting now."_s);
        r = sandbox.get(thread, token(worker2));
        expectError(r, 403, "forbidden",
                    "only the buyer or contractor can read this quote's messages");

        // 21. public detail before accept
        r = sandbox.get(hire(u"/tasks/"_s + task));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.keys(), taskKeys + keySet({"quotes", "deliveries"}));
        QCOMPARE(r.json.value(u"quote_count").toInteger(), 2);
        const QJsonArray quotes = r.json.value(u"quotes").toArray();
        QCOMPARE(quotes.size(), 2);
        QCOMPARE(keysOf(quotes.at(0).toObject()), quoteKeys + keySet({"message_count"}));
        QCOMPARE(quotes.at(0).toObject().value(u"message_count").toInteger(), 2);
        QCOMPARE(quotes.at(1).toObject().value(u"message_count").toInteger(), 0);
        QCOMPARE(r.json.value(u"deliveries").toArray().size(), 0);

        // 22. accept (escrow = the quote's price, 300, not the budget)
        r = sandbox.post(hire(u"/tasks/%1/quotes/%2/accept"_s.arg(task, quote1)), "{}",
                         token(buyer));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.keys(), keySet({"task_id", "quote_id", "status", "escrowed_sats"}));
        QCOMPARE(r.json.value(u"status").toString(), u"in_escrow"_s);
        QCOMPARE(r.json.value(u"escrowed_sats").toInteger(), 300);

        // 23–25. rejected quote, deliver without accepted quote, confirm before delivery
        r = sandbox.post(hire(u"/tasks/%1/quotes/%2/messages"_s.arg(task, quote2)),
                         R"({"body":"Am I still in?"})", token(worker2));
        expectError(r, 409, "invalid_state", "cannot message on a rejected quote");
        r = sandbox.post(hire(u"/tasks/%1/deliver"_s.arg(task)),
                         R"({"filename":"x.txt","content_base64":"eA==","notes":""})",
                         token(worker2));
        expectError(r, 403, "forbidden", "no accepted quote for this contractor");
        r = sandbox.post(hire(u"/tasks/%1/confirm"_s.arg(task)), "{}", token(buyer));
        expectError(r, 409, "invalid_state", "task is not in delivered state");

        // 26. deliver; 27. again
        r = sandbox.post(
            hire(u"/tasks/%1/deliver"_s.arg(task)),
            R"({"filename":"summary.txt","content_base64":"SGVsbG8sIHdvcmxkIQ==","notes":"Summary attached"})",
            token(worker));
        QCOMPARE(r.status, 201);
        QCOMPARE(r.keys(), deliveryKeys);
        r = sandbox.post(hire(u"/tasks/%1/deliver"_s.arg(task)),
                         R"({"filename":"v2.txt","content_base64":"djI=","notes":"revision"})",
                         token(worker));
        expectError(r, 409, "invalid_state", "task is not in escrow");

        // 28. detail after delivery: deliveries without content, for everyone
        for (const Headers &who : {Headers{}, token(buyer)}) {
            r = sandbox.get(hire(u"/tasks/"_s + task), who);
            QCOMPARE(r.json.value(u"status").toString(), u"delivered"_s);
            const QJsonArray deliveries = r.json.value(u"deliveries").toArray();
            QCOMPARE(deliveries.size(), 1);
            QCOMPARE(keysOf(deliveries.first().toObject()), deliveryKeys);
            const QJsonArray q = r.json.value(u"quotes").toArray();
            QCOMPARE(q.at(0).toObject().value(u"status").toString(), u"accepted"_s);
            QCOMPARE(q.at(1).toObject().value(u"status").toString(), u"rejected"_s);
        }

        // 29. confirm; 30. again
        r = sandbox.post(hire(u"/tasks/%1/confirm"_s.arg(task)), "{}", token(buyer));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.keys(), keySet({"task_id", "status", "released_sats", "contractor_account_id"}));
        QCOMPARE(r.json.value(u"released_sats").toInteger(), 300);
        QCOMPARE(r.json.value(u"contractor_account_id").toString(), workerId);
        r = sandbox.post(hire(u"/tasks/%1/confirm"_s.arg(task)), "{}", token(buyer));
        expectError(r, 409, "invalid_state", "task is not in delivered state");

        // 31–33. balances: 1000-50-10(own-task quote)-300 = 640; 200-10+300 = 490; 200-10 = 190
        QCOMPARE(balanceOf(buyer), 640);
        QCOMPARE(balanceOf(worker), 490);
        QCOMPARE(balanceOf(worker2), 190);
    }

    // B. 402 challenges, steps 34–47.
    void challenges()
    {
        poor = topupAndClaim(30);
        poorId = accountOf(poor);

        // 36. 30 sats, task costs 50 → challenge bound to the account; 37. balance untouched
        HttpResult r =
            sandbox.post(hire(u"/tasks"_s), R"({"title":"t","budget_sats":10})", token(poor));
        QCOMPARE(r.keys(), challengeKeys);
        const QString macaroon = expectChallenge(r, 50, poorId);
        QCOMPARE(balanceOf(poor), 30);

        // 38. retry with X-Token + L402 → created, balance still 30; 39. replay → 400
        credential38 = payChallenge(r, macaroon);
        Headers both = token(poor)
                       << qMakePair(QByteArray("authorization"), credential38.toLatin1());
        r = sandbox.post(hire(u"/tasks"_s), R"({"title":"Paid by L402","budget_sats":10})", both);
        QCOMPARE(r.status, 201);
        QCOMPARE(r.keys(), taskKeys);
        QCOMPARE(r.json.value(u"description").toString(), QString());
        poorTask = r.json.value(u"id").toString();
        r = sandbox.post(hire(u"/tasks"_s), R"({"title":"replay","budget_sats":10})", both);
        expectError(r, 400, "payment_already_used", "Payment hash already redeemed");
        QCOMPARE(balanceOf(poor), 30);

        // 41. anonymous → a new account whose token is in the 402 body; 42. it is empty
        r = sandbox.post(hire(u"/tasks"_s), R"({"title":"anon","budget_sats":10})");
        QCOMPARE(r.keys(), challengeKeys + keySet({"token"}));
        const QString anonymous = r.json.value(u"token").toString();
        expectChallenge(r, 50, accountOf(anonymous));
        QCOMPARE(balanceOf(anonymous), 0);

        // 43. Bearer on /me → 401; 44. Bearer on a paid call = anonymous; 45. buyer not debited
        r = sandbox.get(hire(u"/me"_s), {{"authorization", "Bearer " + buyer.toLatin1()}});
        expectError(r, 401, "account_required",
                    "This endpoint requires X-Token header for account identity.");
        r = sandbox.post(hire(u"/tasks"_s), R"({"title":"bearer","budget_sats":10})",
                         {{"authorization", "Bearer " + buyer.toLatin1()}});
        QCOMPARE(r.status, 402);
        QVERIFY(r.json.contains(u"token"_s));
        QVERIFY(r.json.value(u"token").toString() != buyer);
        QCOMPARE(balanceOf(buyer), 640);

        // 46. unknown X-Token; 47. amount_usd is not understood
        r = sandbox.get(hire(u"/me"_s), token(u"abl_doesnotexist"_s));
        expectError(r, 401, "invalid_token", "Unknown X-Token");
        r = sandbox.post(u"/api/v1/topup"_s, R"({"amount_usd":2.0})");
        expectError(r, 400, "invalid_amount", "amount_sats must be a positive integer");
    }

    // C. The lossy L402-on-accept path, steps 48–53.
    void lossyAccept()
    {
        HttpResult r = sandbox.post(hire(u"/tasks/%1/quotes"_s.arg(poorTask)),
                                    R"({"price_sats":200,"description":"ok"})", token(worker));
        QCOMPARE(r.status, 201); // a quote above the budget is accepted too
        const QString quote = r.json.value(u"id").toString();
        const QString accept = hire(u"/tasks/%1/quotes/%2/accept"_s.arg(poorTask, quote));

        // 49. escrow challenge for 200
        r = sandbox.post(accept, "{}", token(poor));
        const QString macaroon = expectChallenge(r, 200, poorId);
        const QString credential = payChallenge(r, macaroon);
        // 50. the paid credential is consumed and a new 200-sat challenge comes back
        Headers both = token(poor) << qMakePair(QByteArray("authorization"), credential.toLatin1());
        r = sandbox.post(accept, "{}", both);
        expectChallenge(r, 200, poorId);
        QVERIFY(!credential.contains(r.json.value(u"payment_hash").toString()));
        // 51. once more → already used; 52. balance 30; 53. task still open
        r = sandbox.post(accept, "{}", both);
        expectError(r, 400, "payment_already_used", "Payment hash already redeemed");
        QCOMPARE(balanceOf(poor), 30);
        r = sandbox.get(hire(u"/tasks/"_s + poorTask));
        QCOMPARE(r.json.value(u"status").toString(), u"open"_s);
        QCOMPARE(r.json.value(u"quotes").toArray().first().toObject().value(u"status").toString(),
                 u"pending"_s);
    }

    // D. Collect, steps 54–58.
    void collect()
    {
        auto invoice = [this](qint64 sats) {
            QUrlQuery form;
            if (sats > 0)
                form.addQueryItem(u"amountSat"_s, QString::number(sats));
            form.addQueryItem(u"description"_s, u"withdraw"_s);
            return sandbox.phoenixd("POST", u"earner"_s, u"/createinvoice"_s, form)
                .json.value(u"serialized")
                .toString();
        };
        const qint64 earnerBefore = sandbox.balance(u"earner"_s);

        // 54. collect 100 to a 100-sat invoice
        HttpResult r = sandbox.post(hire(u"/collect"_s),
                                    json({{u"invoice"_s, invoice(100)}, {u"amount_sats"_s, 100}}),
                                    token(worker));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.keys(), keySet({"status", "amount_sats", "payment"}));
        QCOMPARE(r.json.value(u"status").toString(), u"paid"_s);
        QCOMPARE(keysOf(r.json.value(u"payment").toObject()),
                 keySet({"recipientAmountSat", "routingFeeSat", "paymentId", "paymentHash",
                         "paymentPreimage"}));
        QCOMPARE(sandbox.balance(u"earner"_s), earnerBefore + 100);

        // 55. amount_sats 5 with a 150-sat invoice: debits 5, pays 150 (the real fault)
        r = sandbox.post(hire(u"/collect"_s),
                         json({{u"invoice"_s, invoice(150)}, {u"amount_sats"_s, 5}}),
                         token(worker));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(u"amount_sats").toInteger(), 5);
        QCOMPARE(r.json.value(u"payment").toObject().value(u"recipientAmountSat").toInteger(), 150);
        QCOMPARE(sandbox.balance(u"earner"_s), earnerBefore + 250);

        // 56. amountless invoice → 502 and the balance is given back
        r = sandbox.post(hire(u"/collect"_s),
                         json({{u"invoice"_s, invoice(0)}, {u"amount_sats"_s, 10}}), token(worker));
        expectError(r, 502, "payment_failed",
                    "Lightning payment failed: phoenix returned 400: amount missing: invoice has "
                    "no amount, pass amountSat");

        // 57. more than the balance
        r = sandbox.post(hire(u"/collect"_s),
                         json({{u"invoice"_s, invoice(100)}, {u"amount_sats"_s, 100000}}),
                         token(worker));
        expectError(r, 402, "insufficient_balance",
                    "Need 100000 sats but account balance is insufficient.");
        QVERIFY(r.header("www-authenticate").isEmpty());

        // 58. 490 - 10 (quote on poor's task) - 100 - 5 = 375
        QCOMPARE(balanceOf(worker), 375);

        // Not in the transcript, derived from lib/phoenix.py: a payment phoenixd fails with HTTP
        // 200 is passed through as "paid", and the debit stays.
        const QString paidAlready = invoice(20);
        QCOMPARE(sandbox.pay(u"payer"_s, paidAlready).status, 200);
        r = sandbox.post(hire(u"/collect"_s),
                         json({{u"invoice"_s, paidAlready}, {u"amount_sats"_s, 20}}),
                         token(worker));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(u"status").toString(), u"paid"_s);
        QCOMPARE(keysOf(r.json.value(u"payment").toObject()), keySet({"paymentHash", "reason"}));
        QCOMPARE(r.json.value(u"payment").toObject().value(u"reason").toString(),
                 u"this invoice has already been paid"_s);
        QCOMPARE(balanceOf(worker), 355);
    }

    // E. The chat proxy, steps 59–60 and 101.
    void proxy()
    {
        const QByteArray chat =
            R"({"model":"gpt-4o-mini","messages":[{"role":"user","content":"hi"}]})";
        // 59. X-Token pays 10 from the balance (the sandbox answers with a canned completion)
        HttpResult r = sandbox.post(u"/api/v1/openai/v1/chat/completions"_s, chat, token(poor));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(u"object").toString(), u"chat.completion"_s);
        QVERIFY(!r.json.value(u"choices")
                     .toArray()
                     .first()
                     .toObject()
                     .value(u"message")
                     .toObject()
                     .value(u"content")
                     .toString()
                     .isEmpty());
        // 60. anonymous: a pure challenge, no new account
        r = sandbox.post(u"/api/v1/openai/v1/chat/completions"_s, chat);
        QCOMPARE(r.keys(), challengeKeys);
        expectChallenge(r, 10, QString());
        // 101. 30 - 10
        QCOMPARE(balanceOf(poor), 20);
    }

    // F. L402 credential semantics, steps 102–107.
    void credentialSemantics()
    {
        HttpResult r =
            sandbox.post(hire(u"/tasks"_s), R"({"title":"t2","budget_sats":10})", token(poor));
        const QString macaroon = expectChallenge(r, 50, poorId);
        credential104 = payChallenge(r, macaroon);
        const Headers l402{{"authorization", credential104.toLatin1()}};

        // 103. the credential alone identifies the account (account_id caveat), without using it
        r = sandbox.get(hire(u"/me"_s), l402);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(u"account_id").toString(), poorId);
        QCOMPARE(r.json.value(u"balance_sats").toInteger(), 20);
        // 104. a paid call with only the credential
        r = sandbox.post(hire(u"/tasks"_s), R"({"title":"L402 only","budget_sats":10})", l402);
        QCOMPARE(r.status, 201);
        QCOMPARE(r.json.value(u"buyer_account_id").toString(), poorId);
        // 105. a used credential breaks even a free call beside a good X-Token
        r = sandbox.get(hire(u"/me"_s), token(poor) << l402.first());
        expectError(r, 400, "payment_already_used", "Payment hash already redeemed");

        // 106. tampered macaroon (a packet header damaged, as in the transcript)
        const QString mac = credential104.sliced(5, credential104.indexOf(u':') - 5);
        QByteArray raw = *lw::base64::decode(mac);
        raw[raw.indexOf('\n')] = '\0';
        const QString tampered = u"L402 "_s
                                 + lw::base64::encode(raw, lw::base64::Alphabet::Url, false)
                                 + credential104.sliced(credential104.indexOf(u':'));
        r = sandbox.post(hire(u"/tasks"_s), R"({"title":"x","budget_sats":10})",
                         token(poor)
                             << qMakePair(QByteArray("authorization"), tampered.toLatin1()));
        expectError(r, 401, "invalid_l402", "Invalid macaroon format");

        // 107. wrong preimage
        const QString wrong = u"L402 "_s + mac + u':' + QString(64, u'0');
        r = sandbox.post(hire(u"/tasks"_s), R"({"title":"x","budget_sats":10})",
                         token(poor) << qMakePair(QByteArray("authorization"), wrong.toLatin1()));
        expectError(r, 401, "invalid_l402", "Preimage does not match payment_hash");
        QCOMPARE(balanceOf(poor), 20);
    }

    // G. After a restart the used-hash memory is gone, steps 201–203.
    void replayAfterRestart()
    {
        QVERIFY(sandbox.restart());
        HttpResult r = sandbox.post(hire(u"/tasks"_s),
                                    R"({"title":"replayed after restart","budget_sats":10})",
                                    {{"authorization", credential104.toLatin1()}});
        QCOMPARE(r.status, 201);
        QCOMPARE(r.json.value(u"buyer_account_id").toString(), poorId);
        r = sandbox.post(hire(u"/tasks"_s), R"({"title":"replayed #38","budget_sats":10})",
                         token(poor)
                             << qMakePair(QByteArray("authorization"), credential38.toLatin1()));
        QCOMPARE(r.status, 201);
        QCOMPARE(balanceOf(poor), 20);
        // Everything else survived the restart (--data): accounts, tasks, balances.
        QCOMPARE(balanceOf(buyer), 640);
        QCOMPARE(sandbox.get(hire(u"/tasks/"_s + task)).json.value(u"status").toString(),
                 u"completed"_s);
    }

    // H. Fees are taken before validation, steps 301–306.
    void feesBeforeValidation()
    {
        QCOMPARE(balanceOf(buyer), 640);
        HttpResult r = sandbox.post(hire(u"/tasks"_s), R"({"budget_sats":100})", token(buyer));
        expectError(r, 400, "missing_field", "title is required");
        r = sandbox.post(hire(u"/tasks"_s), R"({"title":"x","budget_sats":0})", token(buyer));
        expectError(r, 400, "invalid_field", "budget_sats must be a positive integer");
        r = sandbox.post(hire(u"/tasks/%1/quotes"_s.arg(task)), R"({"price_sats":5})",
                         token(buyer));
        expectError(r, 409, "invalid_state", "task is not open for quotes");
        r = sandbox.post(hire(u"/tasks/00000000-0000-0000-0000-000000000000/quotes"_s),
                         R"({"price_sats":5})", token(buyer));
        expectError(r, 404, "not_found", "task not found");
        QCOMPARE(balanceOf(buyer), 520);
    }

    // I. Bearer as the Doc page shows it, steps 307–312.
    void bearerRefill()
    {
        const QByteArray chat =
            R"({"model":"gpt-4o-mini","messages":[{"role":"user","content":"hi"}]})";
        const Headers bearer{{"authorization", "Bearer " + buyer.toLatin1()}};
        HttpResult r = sandbox.post(u"/api/v1/openai/v1/chat/completions"_s, chat, bearer);
        expectChallenge(r, 10, QString());

        // 308–309. a Bearer refill is unbound; the claim's token field puts it on the account
        r = sandbox.post(u"/api/v1/topup"_s, R"({"amount_sats":25})", bearer);
        QCOMPARE(r.status, 402);
        HttpResult paid = sandbox.pay(u"payer"_s, r.json.value(u"invoice").toString());
        r = sandbox.post(
            u"/api/v1/topup/claim"_s,
            json({{u"preimage"_s, paid.json.value(u"paymentPreimage")}, {u"token"_s, buyer}}));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(u"token").toString(), buyer);
        QCOMPARE(r.json.value(u"balance_sats").toInteger(), 545);

        // 310–312. an X-Token refill needs the token on claim
        r = sandbox.post(u"/api/v1/topup"_s, R"({"amount_sats":25})", token(buyer));
        paid = sandbox.pay(u"payer"_s, r.json.value(u"invoice").toString());
        const QString preimage = paid.json.value(u"paymentPreimage").toString();
        r = sandbox.post(u"/api/v1/topup/claim"_s, json({{u"preimage"_s, preimage}}));
        expectError(r, 400, "missing_token", "token is required to claim refill invoices");
        r = sandbox.post(u"/api/v1/topup/claim"_s,
                         json({{u"preimage"_s, preimage}, {u"token"_s, buyer}}));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(u"balance_sats").toInteger(), 570);
    }

    // Used credentials are also forgotten an hour after use (UsedHashSet's TTL).
    void usedHashesExpireAfterAnHour()
    {
        HttpResult r =
            sandbox.post(hire(u"/tasks"_s), R"({"title":"t3","budget_sats":10})", token(poor));
        const QString credential = payChallenge(r, expectChallenge(r, 50, poorId));
        const Headers l402{{"authorization", credential.toLatin1()}};
        QCOMPARE(sandbox.post(hire(u"/tasks"_s), R"({"title":"a","budget_sats":10})", l402).status,
                 201);
        QCOMPARE(sandbox.post(hire(u"/tasks"_s), R"({"title":"b","budget_sats":10})", l402).status,
                 400);
        QCOMPARE(sandbox.admin("POST", u"/clock"_s, R"({"advance_seconds":3601})").status, 200);
        QCOMPARE(sandbox.post(hire(u"/tasks"_s), R"({"title":"c","budget_sats":10})", l402).status,
                 201);
    }

    // Shapes of what no transcript shows: FastAPI's own 404/405, bad bodies, wrong types.
    void errorShapes()
    {
        HttpResult r = sandbox.get(u"/api/v1/ai-for-hire/nope"_s);
        QCOMPARE(r.status, 404);
        QCOMPARE(r.json, QJsonObject({{u"detail"_s, u"Not Found"_s}}));
        r = sandbox.call("DELETE", hire(u"/tasks"_s));
        QCOMPARE(r.status, 405);
        QCOMPARE(r.json, QJsonObject({{u"detail"_s, u"Method Not Allowed"_s}}));
        r = sandbox.post(hire(u"/tasks"_s), "{not json", token(buyer));
        expectError(r, 400, "invalid_request");
        r = sandbox.post(hire(u"/tasks"_s), R"([1,2])", token(buyer));
        expectError(r, 400, "invalid_request");
        r = sandbox.post(hire(u"/tasks"_s), R"({"title":12,"budget_sats":10})", token(buyer));
        expectError(r, 400, "invalid_field", "title must be a string");
        r = sandbox.post(hire(u"/tasks"_s), R"({"title":"x","budget_sats":"10"})", token(buyer));
        expectError(r, 400, "invalid_field", "budget_sats must be a positive integer");
        r = sandbox.post(hire(u"/tasks"_s), R"({"title":"x","budget_sats":1.5})", token(buyer));
        expectError(r, 400, "invalid_field", "budget_sats must be a positive integer");
        r = sandbox.get(hire(u"/tasks/%1/quotes/%2/messages?since_id=abc"_s.arg(task, quote1)),
                        token(worker));
        expectError(r, 400, "invalid_field", "since_id must be an integer");
        r = sandbox.post(u"/api/v1/topup/claim"_s, R"({"preimage":"zz"})");
        expectError(r, 400, "invalid_payment");
        r = sandbox.post(u"/api/v1/topup/claim"_s, json({{u"preimage"_s, QString(64, u'a')}}));
        expectError(r, 400, "invalid_payment", "Unknown topup invoice");
        // An L402 payment below the price (a 10-sat proxy credential on a 50-sat call).
        r = sandbox.post(u"/api/v1/openai/v1/chat/completions"_s, R"({"messages":[]})");
        const QString cheap = payChallenge(r, expectChallenge(r, 10, QString()));
        r = sandbox.post(hire(u"/tasks"_s), R"({"title":"x","budget_sats":10})",
                         token(buyer) << qMakePair(QByteArray("authorization"), cheap.toLatin1()));
        expectError(r, 402, "insufficient_payment",
                    "L402 payment of 10 sats is below the price of 50 sats.");

        r = sandbox.get(hire(u"/tasks?status=open"_s));
        for (const QJsonValue &t : r.json.value(u"tasks").toArray())
            QCOMPARE(t.toObject().value(u"status").toString(), u"open"_s);
    }

    void cleanupTestCase() { QVERIFY(sandbox.stopCleanly()); }
};

//! The same calls with the known faults fixed (--fixed-faults all) and delivered content served.
class TestSandboxHireFixed : public QObject {
    Q_OBJECT

private:
    SandboxProcess sandbox;
    QTemporaryDir data;

    QString topupAndClaim(qint64 sats)
    {
        const HttpResult r = sandbox.post(u"/api/v1/topup"_s, json({{u"amount_sats"_s, sats}}));
        const HttpResult paid = sandbox.pay(u"payer"_s, r.json.value(u"invoice").toString());
        return sandbox
            .post(u"/api/v1/topup/claim"_s,
                  json({{u"preimage"_s, paid.json.value(u"paymentPreimage")}}))
            .json.value(u"token")
            .toString();
    }
    qint64 balanceOf(const QString &t)
    {
        return sandbox.get(u"/api/v1/ai-for-hire/me"_s, token(t))
            .json.value(u"balance_sats")
            .toInteger(-1);
    }
    QString credentialFor(const HttpResult &challenge)
    {
        const QString header = QString::fromLatin1(challenge.header("www-authenticate"));
        const QString mac = header.section(u'"', 1, 1);
        const HttpResult paid =
            sandbox.pay(u"payer"_s, challenge.json.value(u"invoice").toString());
        return u"L402 "_s + mac + u':' + paid.json.value(u"paymentPreimage").toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(
            sandbox.start({u"--seed"_s, u"403"_s, u"--data"_s, data.path(), u"--fixed-faults"_s,
                           u"all"_s, u"--serve-deliveries"_s, u"--wallet"_s, u"payer:1000000"_s}));
    }

    void validationBeforeFees()
    {
        const QString buyer = topupAndClaim(200);
        QCOMPARE(
            sandbox.post(u"/api/v1/ai-for-hire/tasks"_s, R"({"budget_sats":100})", token(buyer))
                .status,
            400);
        QCOMPARE(
            sandbox
                .post(u"/api/v1/ai-for-hire/tasks/00000000-0000-0000-0000-000000000000/quotes"_s,
                      R"({"price_sats":5})", token(buyer))
                .status,
            404);
        QCOMPARE(balanceOf(buyer), 200);
    }

    void acceptPaidByL402AndServedDeliveries()
    {
        const QString buyer = topupAndClaim(60);
        const QString worker = topupAndClaim(20);
        HttpResult r = sandbox.post(u"/api/v1/ai-for-hire/tasks"_s,
                                    R"({"title":"t","budget_sats":100})", token(buyer));
        const QString task = r.json.value(u"id").toString();
        r = sandbox.post(u"/api/v1/ai-for-hire/tasks/%1/quotes"_s.arg(task), R"({"price_sats":80})",
                         token(worker));
        const QString quote = r.json.value(u"id").toString();
        const QString accept = u"/api/v1/ai-for-hire/tasks/%1/quotes/%2/accept"_s.arg(task, quote);
        r = sandbox.post(accept, "{}", token(buyer));
        QCOMPARE(r.status, 402);
        const QString credential = credentialFor(r);
        r = sandbox.post(accept, "{}",
                         token(buyer)
                             << qMakePair(QByteArray("authorization"), credential.toLatin1()));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(u"escrowed_sats").toInteger(), 80);
        QCOMPARE(balanceOf(buyer), 10); // the escrow came from Lightning, not the balance

        r = sandbox.post(u"/api/v1/ai-for-hire/tasks/%1/deliver"_s.arg(task),
                         R"({"filename":"a.txt","content_base64":"aGk=","notes":"n"})",
                         token(worker));
        QCOMPARE(r.status, 201);
        QVERIFY(!r.json.contains(u"content_base64"_s));
        // The buyer sees the content; the public and the worker do not.
        r = sandbox.get(u"/api/v1/ai-for-hire/tasks/"_s + task, token(buyer));
        QCOMPARE(r.json.value(u"deliveries")
                     .toArray()
                     .first()
                     .toObject()
                     .value(u"content_base64")
                     .toString(),
                 u"aGk="_s);
        for (const Headers &who : {Headers{}, token(worker)}) {
            r = sandbox.get(u"/api/v1/ai-for-hire/tasks/"_s + task, who);
            QVERIFY(!r.json.value(u"deliveries")
                         .toArray()
                         .first()
                         .toObject()
                         .contains(u"content_base64"_s));
        }
    }

    void replayRefusedAfterRestart()
    {
        const QString poor = topupAndClaim(1);
        HttpResult r = sandbox.post(u"/api/v1/ai-for-hire/tasks"_s,
                                    R"({"title":"t","budget_sats":10})", token(poor));
        const QString credential = credentialFor(r);
        const Headers l402{{"authorization", credential.toLatin1()}};
        QCOMPARE(
            sandbox.post(u"/api/v1/ai-for-hire/tasks"_s, R"({"title":"a","budget_sats":10})", l402)
                .status,
            201);
        QVERIFY(sandbox.restart());
        r = sandbox.post(u"/api/v1/ai-for-hire/tasks"_s, R"({"title":"b","budget_sats":10})", l402);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorCode(), u"payment_already_used"_s);
    }

    void collectChecksTheInvoiceAmount()
    {
        const QString worker = topupAndClaim(500);
        QUrlQuery form;
        form.addQueryItem(u"amountSat"_s, u"150"_s);
        form.addQueryItem(u"description"_s, u"w"_s);
        const QString invoice = sandbox.phoenixd("POST", u"payer"_s, u"/createinvoice"_s, form)
                                    .json.value(u"serialized")
                                    .toString();
        HttpResult r =
            sandbox.post(u"/api/v1/ai-for-hire/collect"_s,
                         json({{u"invoice"_s, invoice}, {u"amount_sats"_s, 5}}), token(worker));
        QCOMPARE(r.status, 400);
        QCOMPARE(balanceOf(worker), 500);
        r = sandbox.post(u"/api/v1/ai-for-hire/collect"_s,
                         json({{u"invoice"_s, invoice}, {u"amount_sats"_s, 150}}), token(worker));
        QCOMPARE(r.status, 200);
        QCOMPARE(balanceOf(worker), 350);
        // A payment that fails (here: already paid) is a 502 and the balance comes back.
        r = sandbox.post(u"/api/v1/ai-for-hire/collect"_s,
                         json({{u"invoice"_s, invoice}, {u"amount_sats"_s, 150}}), token(worker));
        QCOMPARE(r.status, 502);
        QCOMPARE(r.errorCode(), u"payment_failed"_s);
        QCOMPARE(balanceOf(worker), 350);
    }

    void cleanupTestCase() { QVERIFY(sandbox.stopCleanly()); }
};

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    int status = 0;
    {
        TestSandboxHire t;
        status |= QTest::qExec(&t, argc, argv);
    }
    {
        TestSandboxHireFixed t;
        status |= QTest::qExec(&t, argc, argv);
    }
    return status;
}

#include "tst_sandbox_hire.moc"
