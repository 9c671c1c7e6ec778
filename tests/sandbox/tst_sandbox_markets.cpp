// SPDX-License-Identifier: GPL-3.0-or-later
// ProofLayer (reference 003, market.md §1.3) and the sats4ai-style L402 tools (references 001,
// 002, 004; market.md §1.2) in the sandbox, driven over HTTP and paid from sandbox wallets. The
// client side of LNURL here is Lightwork's own core parser.
#include "common/base64.h"
#include "common/crypto.h"
#include "l402/macaroondecoder.h"
#include "lightning/bolt11decoder.h"
#include "lightning/lnurl.h"
#include "lightning/lnurlresponse.h"
#include "sandboxprocess.h"

#include <QRegularExpression>
#include <QTest>

using namespace lwtest;
using namespace Qt::Literals::StringLiterals;

namespace {

using Headers = QList<QPair<QByteArray, QByteArray>>;

QStringList challengeLines(const HttpResult &r)
{
    // Qt joins repeated headers with ", " — split them again where a new scheme starts.
    const QString all = QString::fromLatin1(r.header("www-authenticate"));
    static const QRegularExpression start(u", (?=(?:LSAT|L402|Payment) )"_s);
    return all.split(start);
}

QString param(const QString &challenge, const QString &name)
{
    const QRegularExpression re(name + u"=\"([^\"]*)\""_s);
    return re.match(challenge).captured(1);
}

//! `Authorization: Payment <base64url(JSON)>` for a credential object.
QList<QPair<QByteArray, QByteArray>> paymentAuthorization(const QJsonObject &credential)
{
    return {
        {"authorization",
         "Payment "
             + lw::base64::encode(json(credential), lw::base64::Alphabet::Url, false).toLatin1()}};
}

QStringList caveatsOf(const QString &macaroon)
{
    QStringList out;
    const lw::L402Token t = lw::decodeL402Token(macaroon);
    if (t.isMacaroon())
        for (const auto &c : t.macaroons.first().caveats)
            out << QString::fromLatin1(c.identifier);
    return out;
}

} // namespace

class TestSandboxMarkets : public QObject {
    Q_OBJECT

private:
    SandboxProcess sandbox;
    QString workerId;

    QString credential(const HttpResult &challenge, const QString &payer = u"payer"_s)
    {
        QString mac;
        for (const QString &line : challengeLines(challenge))
            if (line.startsWith(u"L402 "))
                mac = param(line, u"macaroon"_s);
        const HttpResult paid = sandbox.pay(payer, challenge.json.value(u"invoice").toString());
        return u"L402 "_s + mac + u':' + paid.json.value(u"paymentPreimage").toString();
    }

    //! Pays, creates and returns a ProofLayer task id.
    QString createTask(qint64 budget, const QString &title, const QString &workerType = u"human"_s)
    {
        const QByteArray body =
            json({{u"task_type"_s, u"verify"_s},
                  {u"title"_s, title},
                  {u"input"_s, QJsonObject{{u"question"_s, u"Is the page up?"_s},
                                           {u"url"_s, u"https://example.org"_s}}},
                  {u"budget_sats"_s, budget},
                  {u"worker_type"_s, workerType}});
        const QString path = u"/api/tasks?budget_sats=%1"_s.arg(budget);
        const HttpResult challenge = sandbox.post(path, body);
        const HttpResult created =
            sandbox.post(path, body, {{"authorization", credential(challenge).toLatin1()}});
        [&] {
            QCOMPARE(challenge.status, 402);
            QCOMPARE(created.status, 201);
        }();
        return created.json.value(u"task_id").toString();
    }

    //! Claims, submits and waits for the automatic release; returns the task's JSON.
    QJsonObject completeTask(const QString &taskId)
    {
        sandbox.post(u"/api/tasks/%1/claim"_s.arg(taskId), json({{u"worker_id"_s, workerId}}));
        sandbox.post(u"/api/tasks/%1/submit"_s.arg(taskId),
                     json({{u"worker_id"_s, workerId},
                           {u"answer_json"_s, QJsonObject{{u"up"_s, true}}},
                           {u"confidence"_s, 0.95},
                           {u"proof_url"_s, u"https://example.org/proof.png"_s}}));
        QJsonObject task;
        for (int i = 0; i < 100; ++i) {
            task = sandbox.get(u"/api/tasks/"_s + taskId).json.value(u"task").toObject();
            if (task.value(u"payout").toObject().value(u"status").toString() == u"paid")
                break;
            QTest::qWait(20);
        }
        return task;
    }

    //! Claims a refund's LNURL-withdraw into `wallet` the way a wallet app does (LUD-03).
    HttpResult claimRefund(const QString &lnurl, const QString &wallet,
                           qint64 *amountSats = nullptr)
    {
        const auto url = lw::decodeLnurl(lnurl);
        if (!url) {
            QTest::qFail("refund.lnurl_withdraw does not decode", __FILE__, __LINE__);
            return {};
        }
        const HttpResult first = sandbox.http().send("GET", *url);
        const auto parsed = lw::parseLnurlResponse(first.body, *url);
        if (!parsed || parsed->kind != lw::LnurlResponse::Kind::WithdrawRequest) {
            QTest::qFail(qPrintable(u"not a withdrawRequest: "_s + QString::fromUtf8(first.body)),
                         __FILE__, __LINE__);
            return first;
        }
        const lw::LnurlWithdrawRequest &w = *parsed->withdrawRequest;
        const qint64 sats = w.maxWithdrawable.msat() / 1000;
        if (amountSats)
            *amountSats = sats;
        QUrlQuery form;
        form.addQueryItem(u"amountSat"_s, QString::number(sats));
        form.addQueryItem(u"description"_s, w.defaultDescription.left(100));
        const QString invoice = sandbox.phoenixd("POST", wallet, u"/createinvoice"_s, form)
                                    .json.value(u"serialized")
                                    .toString();
        return sandbox.http().send("GET", lw::lnurlWithdrawCallbackUrl(w, invoice));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(sandbox.start(
            {u"--seed"_s, u"7"_s, u"--wallet"_s, u"payer:2000000"_s, u"--wallet"_s, u"carol:0"_s}));
    }

    // ProofLayer.

    void proofLayerContract()
    {
        for (const QString &path :
             {u"/.well-known/prooflayer-agent.json"_s, u"/api/agent-contract"_s}) {
            const HttpResult r = sandbox.get(path);
            QCOMPARE(r.status, 200);
            QCOMPARE(r.json.value(u"task_types"_s).toArray().size(), 5);
            QCOMPARE(
                r.json.value(u"payment"_s).toObject().value(u"worker_share_percent"_s).toInteger(),
                70);
            QVERIFY(r.json.value(u"endpoints"_s).toArray().size() >= 9);
        }
    }

    void proofLayerWorkers()
    {
        const QString address = u"carol@"_s + sandbox.url().authority();
        HttpResult r = sandbox.post(u"/api/workers"_s, json({{u"display_name"_s, u"Carol"_s},
                                                             {u"lightning_address"_s, address},
                                                             {u"type"_s, u"human"_s}}));
        QCOMPARE(r.status, 201);
        const QJsonObject worker = r.json.value(u"worker"_s).toObject();
        workerId = worker.value(u"id"_s).toString();
        QCOMPARE(worker.value(u"completed_jobs"_s).toInteger(), 0);
        QCOMPARE(worker.value(u"reputation_score"_s).toInteger(), 0);
        QCOMPARE(worker.value(u"tier"_s).toString(), u"New"_s);
        QCOMPARE(worker.value(u"lightning_address"_s).toString(), address);
        QCOMPARE(sandbox.get(u"/api/workers/"_s + workerId).json.value(u"worker"_s).toObject(),
                 worker);

        r = sandbox.post(u"/api/workers"_s, json({{u"display_name"_s, u"X"_s},
                                                  {u"lightning_address"_s, u"not an address"_s}}));
        QCOMPARE(r.status, 400);
        QCOMPARE(r.keys(), keySet({"error"}));
        QCOMPARE(sandbox
                     .post(u"/api/workers"_s,
                           json({{u"display_name"_s, u""_s}, {u"lightning_address"_s, address}}))
                     .status,
                 400);
        QCOMPARE(sandbox
                     .post(u"/api/workers"_s, json({{u"display_name"_s, u"Y"_s},
                                                    {u"lightning_address"_s, address},
                                                    {u"type"_s, u"robot"_s}}))
                     .status,
                 400);
        QCOMPARE(sandbox.get(u"/api/workers/nope"_s).status, 404);
    }

    void proofLayerPaidTaskLifecycle()
    {
        const QByteArray body = json({{u"task_type"_s, u"verify"_s},
                                      {u"title"_s, u"Check a claim"_s},
                                      {u"input"_s, QJsonObject{{u"question"_s, u"Is it true?"_s}}},
                                      {u"budget_sats"_s, 1000}});
        // The 402 gate: LSAT then L402 for the same invoice, V2 macaroon with ProofLayer caveats.
        HttpResult r = sandbox.post(u"/api/tasks?budget_sats=1000"_s, body);
        QCOMPARE(r.status, 402);
        const QStringList lines = challengeLines(r);
        QCOMPARE(lines.size(), 2);
        QVERIFY(lines[0].startsWith(u"LSAT "));
        QVERIFY(lines[1].startsWith(u"L402 "));
        QCOMPARE(param(lines[0], u"invoice"_s), param(lines[1], u"invoice"_s));
        const QString mac = param(lines[1], u"macaroon"_s);
        const QStringList caveats = caveatsOf(mac);
        QCOMPARE(caveats.mid(0, 3),
                 QStringList({u"services=prooflayer:0"_s, u"prooflayer_capabilities=create_task"_s,
                              u"amount_sats=1000"_s}));
        QVERIFY(caveats.value(3).startsWith(u"prooflayer_valid_until="));
        const auto l402 = lw::decodeL402Token(mac).macaroons.first().l402Identifier();
        QVERIFY(l402);
        QCOMPARE(l402->form, lw::L402Identifier::Form::Binary);
        QCOMPARE(l402->paymentHash->toHex(), r.json.value(u"payment_hash"_s).toString());
        const auto invoice = lw::decodeBolt11(param(lines[1], u"invoice"_s));
        QCOMPARE(invoice->amount->msat(), 1'000'000);

        // Query and body must agree; nothing is charged for a bad request.
        QCOMPARE(sandbox.post(u"/api/tasks?budget_sats=999"_s, body).status, 400);
        QCOMPARE(sandbox.post(u"/api/tasks"_s, body).status, 400);

        const QString cred = credential(r);
        r = sandbox.post(u"/api/tasks?budget_sats=1000"_s, body,
                         {{"authorization", cred.toLatin1()}});
        QCOMPARE(r.status, 201);
        QCOMPARE(r.json.value(u"status"_s).toString(), u"open"_s);
        const QString taskId = r.json.value(u"task_id"_s).toString();
        QCOMPARE(r.json.value(u"task"_s).toObject().value(u"trust_mode"_s).toString(),
                 u"proof_required"_s);
        // The same credential cannot create a second task.
        QCOMPARE(
            sandbox
                .post(u"/api/tasks?budget_sats=1000"_s, body, {{"authorization", cred.toLatin1()}})
                .status,
            401);

        // Feed filters.
        auto feedHas = [&](const QString &query) {
            const QJsonArray tasks =
                sandbox.get(u"/api/workers/feed"_s + query).json.value(u"tasks"_s).toArray();
            return std::any_of(tasks.begin(), tasks.end(), [&](const QJsonValue &t) {
                return t.toObject().value(u"id"_s).toString() == taskId;
            });
        };
        QVERIFY(feedHas(QString()));
        QVERIFY(feedHas(u"?task_type=verify&worker_type=human&budget_min=1000"_s));
        QVERIFY(!feedHas(u"?task_type=judge"_s));
        QVERIFY(!feedHas(u"?budget_min=1001"_s));
        QCOMPARE(sandbox.get(u"/api/workers/feed?budget_min=lots"_s).status, 400);

        // Claim (once), submit (only the claimer, with proof), automatic release of 70 %.
        r = sandbox.post(u"/api/tasks/%1/claim"_s.arg(taskId), json({{u"worker_id"_s, workerId}}));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(u"task"_s).toObject().value(u"status"_s).toString(), u"claimed"_s);
        QCOMPARE(
            sandbox.post(u"/api/tasks/%1/claim"_s.arg(taskId), json({{u"worker_id"_s, workerId}}))
                .status,
            409);
        QVERIFY(!feedHas(QString()));
        QCOMPARE(sandbox
                     .post(u"/api/tasks/%1/submit"_s.arg(taskId),
                           json({{u"worker_id"_s, u"someone-else"_s},
                                 {u"answer_json"_s, QJsonObject()},
                                 {u"confidence"_s, 1}}))
                     .status,
                 403);
        QCOMPARE(sandbox
                     .post(u"/api/tasks/%1/submit"_s.arg(taskId),
                           json({{u"worker_id"_s, workerId},
                                 {u"answer_json"_s, QJsonObject()},
                                 {u"confidence"_s, 0.5}}))
                     .status,
                 400); // proof_required without proof_url
        QCOMPARE(sandbox
                     .post(u"/api/tasks/%1/submit"_s.arg(taskId),
                           json({{u"worker_id"_s, workerId},
                                 {u"answer_json"_s, QJsonObject()},
                                 {u"confidence"_s, 7},
                                 {u"proof_url"_s, u"https://p"_s}}))
                     .status,
                 400); // confidence out of range
        const QJsonObject done = completeTask(taskId);
        QCOMPARE(done.value(u"status"_s).toString(), u"completed"_s);
        const QJsonObject payout = done.value(u"payout"_s).toObject();
        QCOMPARE(payout.value(u"status"_s).toString(), u"paid"_s);
        QCOMPARE(payout.value(u"amount_sats"_s).toInteger(), 700);
        QCOMPARE(payout.value(u"platform_sats"_s).toInteger(), 300);
        QCOMPARE(payout.value(u"multiplier"_s).toString(), u"1.0"_s);
        QCOMPARE(done.value(u"result"_s).toObject().value(u"confidence"_s).toDouble(), 0.95);
        // The payout reached carol's wallet through her Lightning Address (LNURL-pay).
        QCOMPARE(sandbox.balance(u"carol"_s), 700);

        // Release is idempotent: asked again, it reports the same payout and pays nothing more.
        r = sandbox.post(u"/api/tasks/%1/release"_s.arg(taskId), "{}");
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(u"payout"_s).toObject().value(u"id"_s), payout.value(u"id"_s));
        QCOMPARE(sandbox.balance(u"carol"_s), 700);

        r = sandbox.get(u"/api/workers/%1/payouts"_s.arg(workerId));
        QCOMPARE(r.json.value(u"total_earned_sats"_s).toInteger(), 700);
        QCOMPARE(r.json.value(u"payouts"_s).toArray().size(), 1);
        const QJsonObject worker =
            sandbox.get(u"/api/workers/"_s + workerId).json.value(u"worker"_s).toObject();
        QCOMPARE(worker.value(u"completed_jobs"_s).toInteger(), 1);
        QCOMPARE(worker.value(u"reputation_score"_s).toInteger(), 1);
    }

    void proofLayerReputationBonus()
    {
        // Ten more jobs take the score to 11 (> 10): the next payout is 77 % (1.1 × 70 %).
        for (int i = 0; i < 10; ++i)
            QCOMPARE(completeTask(createTask(100, u"Job %1"_s.arg(i)))
                         .value(u"payout"_s)
                         .toObject()
                         .value(u"amount_sats"_s)
                         .toInteger(),
                     70);
        const QJsonObject worker =
            sandbox.get(u"/api/workers/"_s + workerId).json.value(u"worker"_s).toObject();
        QCOMPARE(worker.value(u"reputation_score"_s).toInteger(), 11);
        QCOMPARE(worker.value(u"tier"_s).toString(), u"Expert"_s);
        const qint64 before = sandbox.balance(u"carol"_s);
        const QJsonObject payout =
            completeTask(createTask(1000, u"Bonus job"_s)).value(u"payout"_s).toObject();
        QCOMPARE(payout.value(u"amount_sats"_s).toInteger(), 770);
        QCOMPARE(payout.value(u"platform_sats"_s).toInteger(), 230);
        QCOMPARE(payout.value(u"multiplier"_s).toString(), u"1.1"_s);
        QCOMPARE(sandbox.balance(u"carol"_s), before + 770);
    }

    void proofLayerRules()
    {
        const QString agentTask = createTask(50, u"For agents"_s, u"agent"_s);
        QCOMPARE(
            sandbox
                .post(u"/api/tasks/%1/claim"_s.arg(agentTask), json({{u"worker_id"_s, workerId}}))
                .status,
            409);
        QCOMPARE(sandbox.post(u"/api/tasks/%1/release"_s.arg(agentTask), "{}").status, 409);
        QCOMPARE(sandbox.get(u"/api/tasks/nope"_s).status, 404);
        QCOMPARE(
            sandbox.post(u"/api/tasks/nope/claim"_s, json({{u"worker_id"_s, workerId}})).status,
            404);
        // A credential of another kind gets the challenge, not an error.
        const QByteArray task = R"({"task_type":"verify","title":"t","input":{},"budget_sats":10})";
        HttpResult r =
            sandbox.post(u"/api/tasks?budget_sats=10"_s, task, {{"authorization", "Bearer abc"}});
        QCOMPARE(r.status, 402);
        QVERIFY(r.header("www-authenticate").contains("L402 macaroon="));
        r = sandbox.post(u"/api/tasks?budget_sats=10"_s, "{broken");
        QCOMPARE(r.status, 400);
        QCOMPARE(r.keys(), keySet({"error"}));
        r = sandbox.get(u"/api/nothing/here"_s);
        QCOMPARE(r.status, 404);
        QCOMPARE(r.keys(), keySet({"error"}));
    }

    // sats4ai-style tools.

    void toolsDiscovery()
    {
        HttpResult r = sandbox.get(u"/.well-known/l402-services"_s);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(u"version"_s).toString(), u"0.3.0"_s);
        QCOMPARE(r.json.value(u"protocols"_s).toArray(), QJsonArray({u"L402"_s, u"MPP"_s}));
        QStringList ids;
        for (const QJsonValue &s : r.json.value(u"services"_s).toArray()) {
            ids << s.toObject().value(u"id"_s).toString();
            QCOMPARE(
                s.toObject().value(u"input_schema"_s).toObject().value(u"$schema"_s).toString(),
                u"https://json-schema.org/draft/2020-12/schema"_s);
        }
        QCOMPARE(ids, QStringList({u"translate-text"_s, u"generate-text"_s, u"generate-image"_s,
                                   u"ai-call"_s}));
        QCOMPARE(r.json.value(u"features"_s)
                     .toObject()
                     .value(u"refunds"_s)
                     .toObject()
                     .value(u"type"_s)
                     .toString(),
                 u"lnurl-withdraw"_s);

        QCOMPARE(sandbox.get(u"/api/l402/models"_s).json.value(u"models"_s).toArray().size(), 4);
        r = sandbox.get(u"/api/estimate-cost?service=translate-text&chars=4500"_s);
        QCOMPARE(r.json.value(u"estimated_cost_sats"_s).toInteger(), 6);
        QCOMPARE(sandbox.get(u"/api/estimate-cost?service=ai-call&duration_minutes=4"_s)
                     .json.value(u"estimated_cost_sats"_s)
                     .toInteger(),
                 200);
        QCOMPARE(sandbox.get(u"/api/estimate-cost?service=nope"_s).status, 400);
        r = sandbox.get(u"/api/l402/translate-text"_s);
        QCOMPARE(r.status, 200);
        QVERIFY(r.json.contains(u"input_schema"_s));
        QVERIFY(r.json.contains(u"example"_s));
        r = sandbox.get(u"/api/l402/no-such-tool"_s);
        QCOMPARE(r.status, 404);
        QCOMPARE(r.json.value(u"error_code"_s).toString(), u"INVALID_INPUT"_s);
    }

    void toolsValidateBeforeAnyInvoice()
    {
        sandbox.admin("POST", u"/log/clear"_s);
        for (const QByteArray &body :
             {QByteArray(R"({"input":{"text":"hi"}})"), QByteArray(R"({"input":"hi"})"),
              QByteArray("not json"), QByteArray("[]")}) {
            const HttpResult r = sandbox.post(u"/api/l402/translate-text"_s, body);
            QCOMPARE(r.status, 400);
            QCOMPARE(r.json.value(u"error_code"_s).toString(), u"L402_INVALID_PARAMS"_s);
            QCOMPARE(r.header("x-error-code"), QByteArray("L402_INVALID_PARAMS"));
            QVERIFY(r.header("www-authenticate").isEmpty());
        }
        const HttpResult r =
            sandbox.post(u"/api/l402/ai-call"_s, R"({"phone_number":"12345","task":"x"})");
        QCOMPARE(r.json.value(u"error_code"_s).toString(), u"L402_INVALID_PARAMS"_s);
    }

    void toolsSynchronousCallWithL402()
    {
        const QByteArray body = R"({"input":{"text":"Hello world","target_language":"es"}})";
        HttpResult r = sandbox.post(u"/api/l402/translate-text"_s, body);
        QCOMPARE(r.status, 402);
        const QStringList lines = challengeLines(r);
        QCOMPARE(lines.size(), 2);
        QVERIFY(lines[0].startsWith(u"L402 macaroon=\""));
        QVERIFY(lines[1].startsWith(u"Payment id=\""));
        QCOMPARE(param(lines[1], u"method"_s), u"lightning"_s);
        QCOMPARE(param(lines[1], u"intent"_s), u"charge"_s);
        const auto request =
            lw::base64::decode(param(lines[1], u"request"_s),
                               {lw::base64::Alphabet::Url, lw::base64::Padding::Forbidden});
        QVERIFY(request);
        const QJsonObject charge = QJsonDocument::fromJson(*request).object();
        QCOMPARE(charge.value(u"currency"_s).toString(), u"sat"_s);
        QCOMPARE(charge.value(u"amount"_s).toString(), u"2"_s);
        QCOMPARE(charge.value(u"methodDetails"_s).toObject().value(u"invoice"_s).toString(),
                 param(lines[0], u"invoice"_s));
        QCOMPARE(r.json.value(u"amount_sats"_s).toInteger(), 2);
        const QStringList caveats = caveatsOf(param(lines[0], u"macaroon"_s));
        QVERIFY(caveats.contains(u"sats4ai_capabilities=translate-text"_s));
        QVERIFY(caveats.contains(u"request_hash="_s + lw::crypto::sha256(body).toHex()));

        const QString cred = credential(r);
        // A different body with the paid credential is refused, and the payment is not spent…
        HttpResult wrong =
            sandbox.post(u"/api/l402/translate-text"_s,
                         R"({"input":{"text":"Hello world!","target_language":"es"}})",
                         {{"authorization", cred.toLatin1()}});
        QCOMPARE(wrong.status, 401);
        QCOMPARE(wrong.json.value(u"error_code"_s).toString(), u"L402_BODY_MISMATCH"_s);
        // …so the identical body still gets its answer, once.
        r = sandbox.post(u"/api/l402/translate-text"_s, body, {{"authorization", cred.toLatin1()}});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(u"translated_text"_s).toString(), u"[es] Hello world"_s);
        const auto receipt = lw::base64::decode(QString::fromLatin1(r.header("payment-receipt")));
        QVERIFY(receipt);
        QCOMPARE(QJsonDocument::fromJson(*receipt).object().value(u"status"_s).toString(),
                 u"success"_s);
        QCOMPARE(
            sandbox.post(u"/api/l402/translate-text"_s, body, {{"authorization", cred.toLatin1()}})
                .status,
            401);
    }

    void toolsPaymentScheme()
    {
        const QByteArray body = R"({"input":{"prompt":"a poem"}})";
        // sats4ai's form: {"challenge":{"id","macaroon"},"payload":{"preimage"}}
        HttpResult r = sandbox.post(u"/api/l402/generate-text"_s, body);
        QString mac = param(challengeLines(r).at(0), u"macaroon"_s);
        QString id = param(challengeLines(r).at(1), u"id"_s);
        QCOMPARE(id, QString::number(r.json.value(u"charge_id"_s).toInteger()));
        HttpResult paid = sandbox.pay(u"payer"_s, r.json.value(u"invoice"_s).toString());
        QJsonObject credential{
            {u"challenge"_s, QJsonObject{{u"id"_s, id}, {u"macaroon"_s, mac}}},
            {u"payload"_s, QJsonObject{{u"preimage"_s, paid.json.value(u"paymentPreimage"_s)}}}};
        r = sandbox.post(u"/api/l402/generate-text"_s, body, paymentAuthorization(credential));
        QCOMPARE(r.status, 200);
        QVERIFY(r.json.value(u"text"_s).toString().contains(u"a poem"_s));

        // The IETF draft's form echoes the challenge parameters instead of the macaroon.
        r = sandbox.post(u"/api/l402/generate-text"_s, body);
        const QString line = challengeLines(r).at(1);
        paid = sandbox.pay(u"payer"_s, r.json.value(u"invoice"_s).toString());
        credential = {
            {u"challenge"_s, QJsonObject{{u"id"_s, param(line, u"id"_s)},
                                         {u"realm"_s, param(line, u"realm"_s)},
                                         {u"method"_s, u"lightning"_s},
                                         {u"intent"_s, u"charge"_s},
                                         {u"request"_s, param(line, u"request"_s)}}},
            {u"payload"_s, QJsonObject{{u"preimage"_s, paid.json.value(u"paymentPreimage"_s)}}}};
        r = sandbox.post(u"/api/l402/generate-text"_s, body, paymentAuthorization(credential));
        QCOMPARE(r.status, 200);

        // A Payment credential naming a charge its macaroon does not belong to is refused.
        r = sandbox.post(u"/api/l402/generate-text"_s, body);
        mac = param(challengeLines(r).at(0), u"macaroon"_s);
        paid = sandbox.pay(u"payer"_s, r.json.value(u"invoice"_s).toString());
        credential = {
            {u"challenge"_s, QJsonObject{{u"id"_s, u"1"_s}, {u"macaroon"_s, mac}}},
            {u"payload"_s, QJsonObject{{u"preimage"_s, paid.json.value(u"paymentPreimage"_s)}}}};
        r = sandbox.post(u"/api/l402/generate-text"_s, body, paymentAuthorization(credential));
        QCOMPARE(r.status, 401);
        QCOMPARE(
            sandbox.post(u"/api/l402/generate-text"_s, body, {{"authorization", "Payment !!!"}})
                .status,
            401);
    }

    void toolsTokensExpireAfterTenMinutes()
    {
        const QByteArray body = R"({"input":{"prompt":"late"}})";
        const HttpResult r = sandbox.post(u"/api/l402/generate-text"_s, body);
        const QString cred = credential(r);
        QCOMPARE(sandbox.admin("POST", u"/clock"_s, R"({"advance_seconds":601})").status, 200);
        const HttpResult late =
            sandbox.post(u"/api/l402/generate-text"_s, body, {{"authorization", cred.toLatin1()}});
        QCOMPARE(late.status, 401);
        QVERIFY(late.json.value(u"error"_s).toString().contains(u"expired"_s));
    }

    void toolsFailureRefundsByLnurlWithdraw()
    {
        const qint64 payerBefore = sandbox.balance(u"payer"_s);
        const QByteArray body = R"({"input":{"prompt":"sandbox:fail this one"}})";
        HttpResult r = sandbox.post(u"/api/l402/generate-text"_s, body);
        r = sandbox.post(u"/api/l402/generate-text"_s, body,
                         {{"authorization", credential(r).toLatin1()}});
        QCOMPARE(r.status, 502);
        QCOMPARE(r.json.value(u"error_code"_s).toString(), u"TIMEOUT"_s);
        QCOMPARE(r.header("x-error-code"), QByteArray("TIMEOUT"));
        QCOMPARE(r.json.value(u"retry_after_seconds"_s).toInteger(), 20);
        const QJsonObject refund = r.json.value(u"refund"_s).toObject();
        QCOMPARE(keysOf(refund),
                 keySet({"charge_id", "refund_amount", "lnurl_withdraw", "status"}));
        QCOMPARE(refund.value(u"status"_s).toString(), u"pending"_s);
        QCOMPARE(refund.value(u"refund_amount"_s).toInteger(), 10);
        QCOMPARE(sandbox.balance(u"payer"_s), payerBefore - 10);

        qint64 amount = 0;
        r = claimRefund(refund.value(u"lnurl_withdraw"_s).toString(), u"payer"_s, &amount);
        QCOMPARE(amount, 10);
        QCOMPARE(r.json, QJsonObject({{u"status"_s, u"OK"_s}}));
        QCOMPARE(sandbox.balance(u"payer"_s), payerBefore);
        // A link pays once: afterwards it answers with an LNURL error.
        const auto url = lw::decodeLnurl(refund.value(u"lnurl_withdraw"_s).toString());
        r = sandbox.http().send("GET", *url);
        const auto parsed = lw::parseLnurlResponse(r.body, *url);
        QVERIFY(parsed);
        QCOMPARE(parsed->kind, lw::LnurlResponse::Kind::Error);
        QCOMPARE(parsed->reason, u"this withdraw link is claimed"_s);
    }

    void toolsRefundPolicyWithholdsAfterTwoFailures()
    {
        // The failure above was the first in this 15-minute window; the second is refunded in
        // full, the third keeps 2 sats as a routing fee.
        QList<qint64> refunds;
        for (int i = 0; i < 2; ++i) {
            const QByteArray body =
                json({{u"input"_s, QJsonObject{{u"prompt"_s, u"sandbox:fail again %1"_s.arg(i)}}}});
            HttpResult r = sandbox.post(u"/api/l402/generate-text"_s, body);
            r = sandbox.post(u"/api/l402/generate-text"_s, body,
                             {{"authorization", credential(r).toLatin1()}});
            refunds << r.json.value(u"refund"_s).toObject().value(u"refund_amount"_s).toInteger();
        }
        QCOMPARE(refunds, QList<qint64>({10, 8}));
    }

    void toolsAsynchronousImageJob()
    {
        const QByteArray body = R"({"input":{"prompt":"a lighthouse"}})";
        HttpResult r = sandbox.post(u"/api/l402/generate-image"_s, body);
        QCOMPARE(r.json.value(u"amount_sats"_s).toInteger(), 100);
        r = sandbox.post(u"/api/l402/generate-image"_s, body,
                         {{"authorization", credential(r).toLatin1()}});
        QCOMPARE(r.status, 202);
        const QString job = r.json.value(u"requestId"_s).toString();
        QCOMPARE(r.json.value(u"job_id"_s).toString(), job); // both names, as the docs drift
        QCOMPARE(r.json.value(u"status"_s).toString(), u"processing"_s);
        const QString poll = r.json.value(u"poll_url"_s).toString();
        QVERIFY(poll.startsWith(u"/api/l402/job-status?requestId="_s + job));
        QCOMPARE(r.header("x-job-id"), job.toLatin1());
        QCOMPARE(r.header("x-poll-url"), poll.toLatin1());
        QVERIFY(r.json.value(u"poll_interval_ms"_s).toInteger() > 0);

        QStringList states;
        for (int i = 0; i < 3; ++i) {
            r = sandbox.get(poll);
            states << r.json.value(u"status"_s).toString();
        }
        QCOMPARE(states, QStringList({u"processing"_s, u"processing"_s, u"COMPLETED"_s}));
        const QString image = r.json.value(u"result"_s).toObject().value(u"image_url"_s).toString();
        const HttpResult png = sandbox.http().send("GET", QUrl(image));
        QCOMPARE(png.status, 200);
        QCOMPARE(png.header("content-type"), QByteArray("image/png"));
        QVERIFY(png.body.startsWith("\x89PNG\r\n\x1a\n"));
        QCOMPARE(sandbox.get(u"/api/l402/job-status?requestId=pred_nope&jobType=image"_s).status,
                 404);

        // A failing job fails at the poll, with the refund there.
        const QByteArray failing = R"({"input":{"prompt":"sandbox:fail draw"}})";
        sandbox.admin("POST", u"/clock"_s, R"({"advance_seconds":900})"); // a new refund window
        r = sandbox.post(u"/api/l402/generate-image"_s, failing);
        r = sandbox.post(u"/api/l402/generate-image"_s, failing,
                         {{"authorization", credential(r).toLatin1()}});
        QCOMPARE(r.status, 202);
        const QString failingPoll = r.json.value(u"poll_url"_s).toString();
        for (int i = 0; i < 3; ++i)
            r = sandbox.get(failingPoll);
        QCOMPARE(r.json.value(u"status"_s).toString(), u"FAILED"_s);
        QCOMPARE(r.json.value(u"error_code"_s).toString(), u"TIMEOUT"_s);
        QCOMPARE(r.json.value(u"refund"_s).toObject().value(u"refund_amount"_s).toInteger(), 100);
        QCOMPARE(
            claimRefund(r.json.value(u"refund"_s).toObject().value(u"lnurl_withdraw"_s).toString(),
                        u"payer"_s)
                .json.value(u"status"_s)
                .toString(),
            u"OK"_s);
        r = sandbox.get(failingPoll);
        QCOMPARE(r.json.value(u"refund"_s).toObject().value(u"status"_s).toString(), u"claimed"_s);
    }

    void toolsAiCallPushBack()
    {
        // A task with no date, time or count: paid, then clarification questions.
        const QByteArray body =
            R"({"phone_number":"+15551234567","task":"Book a table at Luigi Trattoria under the name Smith."})";
        HttpResult r = sandbox.post(u"/api/l402/ai-call"_s, body);
        QCOMPARE(r.json.value(u"amount_sats"_s).toInteger(), 150); // 3 minutes by default
        r = sandbox.post(u"/api/l402/ai-call"_s, body,
                         {{"authorization", credential(r).toLatin1()}});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(u"success"_s).toBool(), true);
        QCOMPARE(r.json.value(u"state"_s).toString(), u"pending_confirm"_s);
        const QString session = r.json.value(u"session_id"_s).toString();
        const QJsonArray questions = r.json.value(u"questions"_s).toArray();
        QCOMPARE(questions.size(), 3);

        // Confirm needs every answer; no second payment.
        QJsonObject answers{{questions.at(0).toString(), u"Saturday"_s}};
        r = sandbox.post(u"/api/l402/ai-call"_s, json({{u"action"_s, u"confirm"_s},
                                                       {u"session_id"_s, session},
                                                       {u"answers"_s, answers}}));
        QCOMPARE(r.status, 400);
        answers.insert(questions.at(1).toString(), u"7pm"_s);
        answers.insert(questions.at(2).toString(), u"4"_s);
        r = sandbox.post(u"/api/l402/ai-call"_s, json({{u"action"_s, u"confirm"_s},
                                                       {u"session_id"_s, session},
                                                       {u"answers"_s, answers}}));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(u"state"_s).toString(), u"calling"_s);
        QCOMPARE(r.json.value(u"status"_s).toString(), u"initiated"_s);
        QCOMPARE(r.json.value(u"session_id"_s).toString(), session);
        const QString callId = r.json.value(u"call_id"_s).toString();
        QCOMPARE(r.json.value(u"poll_url"_s).toString(),
                 sandbox.url().toString() + u"/api/l402/ai-call?call_id="_s + callId);
        QCOMPARE(sandbox
                     .post(u"/api/l402/ai-call"_s, json({{u"action"_s, u"confirm"_s},
                                                         {u"session_id"_s, session},
                                                         {u"answers"_s, answers}}))
                     .status,
                 409);

        // Polling needs no authentication: in progress, retrying, ended with a transcript.
        r = sandbox.get(u"/api/l402/ai-call?call_id="_s + callId);
        QCOMPARE(r.json.value(u"status"_s).toString(), u"in_progress"_s);
        r = sandbox.get(u"/api/l402/ai-call?call_id="_s + callId);
        QCOMPARE(r.json.value(u"attempt"_s).toInteger(), 2);
        QCOMPARE(r.json.value(u"retry_reason"_s).toString(), u"voicemail_reached"_s);
        r = sandbox.get(u"/api/l402/ai-call?call_id="_s + callId);
        QCOMPARE(r.json.value(u"status"_s).toString(), u"ended"_s);
        QCOMPARE(r.json.value(u"task_completed"_s).toBool(), true);
        QVERIFY(r.json.value(u"transcript"_s).toString().contains(u"Saturday"_s));
        QCOMPARE(sandbox.get(u"/api/l402/ai-call?call_id=call_nope"_s).status, 404);

        // A complete task starts the call at once.
        const QByteArray complete =
            R"({"phone_number":"+15551234567","task":"Book a table for 2 at 7 PM on 2026-12-05.","duration_minutes":2})";
        r = sandbox.post(u"/api/l402/ai-call"_s, complete);
        QCOMPARE(r.json.value(u"amount_sats"_s).toInteger(), 100);
        r = sandbox.post(u"/api/l402/ai-call"_s, complete,
                         {{"authorization", credential(r).toLatin1()}});
        QCOMPARE(r.json.value(u"state"_s).toString(), u"calling"_s);
    }

    void toolFailRateKnob()
    {
        SandboxProcess failing;
        QVERIFY(failing.start({u"--tool-fail-rate"_s, u"100"_s, u"--wallet"_s, u"payer:1000"_s}));
        const QByteArray body = R"({"input":{"text":"x","target_language":"fr"}})";
        HttpResult r = failing.post(u"/api/l402/translate-text"_s, body);
        QString mac;
        for (const QString &line : challengeLines(r))
            if (line.startsWith(u"L402 "))
                mac = param(line, u"macaroon"_s);
        const HttpResult paid = failing.pay(u"payer"_s, r.json.value(u"invoice"_s).toString());
        r = failing.post(u"/api/l402/translate-text"_s, body,
                         {{"authorization", (u"L402 "_s + mac + u':'
                                             + paid.json.value(u"paymentPreimage"_s).toString())
                                                .toLatin1()}});
        QCOMPARE(r.status, 502);
        QCOMPARE(r.json.value(u"refund"_s).toObject().value(u"refund_amount"_s).toInteger(), 2);
    }

    void cleanupTestCase() { QVERIFY(sandbox.stopCleanly()); }
};

QTEST_GUILESS_MAIN(TestSandboxMarkets)
#include "tst_sandbox_markets.moc"
