// SPDX-License-Identifier: GPL-3.0-or-later
// ToolsClient against a real sandbox's sats4ai-style market, wired as the app wires it
// (gateengine.h: HttpClient + PaymentJournal + PhoenixdWallet "payer" + PaymentGate). Every
// claim is checked at the sandbox: wallet balances by phoenixd, round trips and request bodies
// by its request log, prices and the catalogue by its own answers.
#include "core/gateengine.h"
#include "futureutil.h"
#include "markets/tools/toolsclient.h"
#include "sandbox/sandboxprocess.h"

#include <QCryptographicHash>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace lw;
using namespace lwtest;
using namespace Qt::Literals::StringLiterals;

namespace {

const QString paidRoute = u"POST /api/l402/{}"_s;

template <typename T>
const char *why(const Result<T, AppError> &r)
{
    static QByteArray text;
    text = r ? QByteArray() : r.error().describe().toUtf8();
    return text.constData();
}

} // namespace

class TestToolsClient : public QObject {
    Q_OBJECT

    SandboxProcess sandbox;
    QTemporaryDir dir;
    int counter = 0;
    std::unique_ptr<GateEngine> engine;
    std::unique_ptr<ToolsClient> client;
    ToolsManifest manifest;

    void clearLog() { sandbox.admin("POST", u"/log/clear"_s); }
    int routeCount(const QString &route) { return sandbox.routeCounts().value(route).toInt(); }
    qint64 payer() { return sandbox.balance(u"payer"_s); }
    //! The log's entries for a route since the last clear, oldest first.
    QList<QJsonObject> logged(const QString &route)
    {
        QList<QJsonObject> out;
        for (const QJsonValue &v :
             sandbox.admin("GET", u"/log?last=1000"_s).json.value(u"requests"_s).toArray())
            if (v.toObject().value(u"route"_s).toString() == route)
                out.append(v.toObject());
        return out;
    }
    const ToolService &tool(const QString &slug)
    {
        const ToolService *s = manifest.find(slug);
        if (!s)
            qFatal("the sandbox has no tool %s", qPrintable(slug));
        return *s;
    }
    //! The market's own estimate, asked over plain HTTP.
    qint64 estimateAtSandbox(const QString &slug)
    {
        return sandbox.get(u"/api/estimate-cost?service="_s + slug)
            .json.value(u"estimated_cost_sats"_s)
            .toInteger(-1);
    }
    MilliSats sats(qint64 n) { return MilliSats(n * 1000); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!SandboxProcess::binary().isEmpty(), "LW_SANDBOX is not set");
        QVERIFY(dir.isValid());
        QVERIFY(sandbox.start({u"--wallet"_s, u"payer:100000"_s}));
    }

    void init()
    {
        engine = std::make_unique<GateEngine>(dir.filePath(u"engine-%1.sqlite3"_s.arg(++counter)),
                                              sandbox.wallet(u"payer"_s));
        client = std::make_unique<ToolsClient>(&engine->http, engine->gate.get(), sandbox.url(), 1);
        auto m = await(client->manifest());
        QVERIFY2(m, why(m));
        manifest = *m;
    }

    void cleanup()
    {
        client.reset();
        engine.reset();
    }

    void manifestAndDiscovery()
    {
        // The catalogue is the market's: slugs, endpoints and schemas as it lists them.
        const QJsonArray listed =
            sandbox.get(u"/.well-known/l402-services"_s).json.value(u"services"_s).toArray();
        QCOMPARE(manifest.services.size(), listed.size());
        QCOMPARE(manifest.skipped, 0);
        for (int i = 0; i < listed.size(); ++i) {
            const QJsonObject s = listed[i].toObject();
            QCOMPARE(manifest.services[i].slug, s.value(u"id"_s).toString());
            QCOMPARE(manifest.services[i].endpoint.toString(), s.value(u"endpoint"_s).toString());
            QCOMPARE(manifest.services[i].async, s.value(u"async"_s).toBool());
            QCOMPARE(manifest.services[i].inputSchema, s.value(u"input_schema"_s).toObject());
        }
        auto prices = await(client->prices(manifest));
        QVERIFY2(prices, why(prices));
        for (const QJsonValue &v :
             sandbox.get(u"/api/l402/models"_s).json.value(u"models"_s).toArray())
            QCOMPARE(prices->value(v[u"service"_s].toString()).lowest,
                     sats(v[u"price_sats"_s].toInteger()));

        const ToolService &translate = tool(u"translate-text"_s);
        auto schema = await(client->schema(translate));
        QVERIFY2(schema, why(schema));
        QCOMPARE(schema->inputSchema, translate.inputSchema);
        QVERIFY(schema->example.isObject());
        auto estimate = await(client->estimate(manifest, translate));
        QVERIFY2(estimate, why(estimate));
        QCOMPARE(estimate->price, sats(estimateAtSandbox(u"translate-text"_s)));
    }

    void synchronousCallPaysThePriceOnce()
    {
        const ToolService &translate = tool(u"translate-text"_s);
        const QJsonObject body{{u"input"_s, QJsonObject{{u"text"_s, u"Hello world"_s},
                                                        {u"target_language"_s, u"es"_s}}}};
        const MilliSats price = await(client->estimate(manifest, translate))->price;
        const qint64 before = payer();
        clearLog();
        auto r = await(client->call(translate, body, price));
        QVERIFY2(r, why(r));
        QCOMPARE(r->kind, ToolCallResult::Kind::Finished);
        QCOMPARE(r->output.kind, ToolOutput::Kind::Text);
        QVERIFY(r->output.text.contains(u"Hello world"_s));
        QVERIFY(r->payment);
        QCOMPARE(r->payment->amount, price);

        // Exactly the price left the wallet, in one payment.
        QCOMPARE(payer(), before - price.floorSats());
        QCOMPARE(routeCount(u"POST /phoenixd/payinvoice"_s), 1);
        // Two POSTs: the challenge, then the paid retry with the byte-identical body.
        const QList<QJsonObject> posts = logged(paidRoute);
        QCOMPARE(posts.size(), 2);
        QCOMPARE(posts[0].value(u"status"_s).toInt(), 402);
        QCOMPARE(posts[1].value(u"status"_s).toInt(), 200);
        const QByteArray sent = engine->journal->entry(r->journalId)->body;
        const QString hash =
            QString::fromLatin1(QCryptographicHash::hash(sent, QCryptographicHash::Sha256).toHex());
        QCOMPARE(posts[0].value(u"body_sha256"_s).toString(), hash);
        QCOMPARE(posts[1].value(u"body_sha256"_s).toString(), hash);
        QCOMPARE(engine->journal->entry(r->journalId)->state, PaymentState::Done);
    }

    void asynchronousJobFollowedToTheEnd()
    {
        const ToolService &image = tool(u"generate-image"_s);
        QVERIFY(image.async);
        const MilliSats price = sats(estimateAtSandbox(u"generate-image"_s));
        const qint64 before = payer();
        QSignalSpy progress(client.get(), &ToolsClient::jobProgress);
        clearLog();
        auto r = await(client->call(
            image, {{u"input"_s, QJsonObject{{u"prompt"_s, u"a lighthouse"_s}}}}, price));
        QVERIFY2(r, why(r));
        QCOMPARE(r->kind, ToolCallResult::Kind::Finished);
        QVERIFY(!r->jobId.isEmpty());
        // Every poll reached the market, and the last one finished the job.
        const QList<QJsonObject> polls = logged(u"GET /api/l402/job-status"_s);
        QCOMPARE(r->polls, polls.size());
        QCOMPARE(progress.size(), polls.size());
        QVERIFY(polls.size() >= 2);
        QCOMPARE(progress.last().at(2).toString(), u"COMPLETED"_s);
        for (const QList<QVariant> &p : progress)
            QCOMPARE(p.at(0).toString(), r->jobId);
        // The result is the market's image, fetched as data.
        QCOMPARE(r->output.kind, ToolOutput::Kind::ImageUrl);
        const lwtest::HttpResult png = sandbox.http().send("GET", QUrl(r->output.text));
        QCOMPARE(png.status, 200);
        QVERIFY(png.body.startsWith("\x89PNG"));
        QCOMPARE(payer(), before - price.floorSats());
        QCOMPARE(logged(paidRoute).size(), 2);
    }

    void invoiceAboveTheAgreedPriceIsRefused()
    {
        const ToolService &text = tool(u"generate-text"_s);
        const qint64 price = estimateAtSandbox(u"generate-text"_s);
        const qint64 before = payer();
        clearLog();
        auto r = await(client->call(text, {{u"input"_s, QJsonObject{{u"prompt"_s, u"a poem"_s}}}},
                                    sats(price - 1)));
        QVERIFY(!r);
        QCOMPARE(r.error().kind, AppError::Kind::Refused);
        QCOMPARE(r.error().code, u"above_price"_s);
        // Nothing paid, and no second request.
        QCOMPARE(payer(), before);
        QCOMPARE(routeCount(u"POST /phoenixd/payinvoice"_s), 0);
        QCOMPARE(logged(paidRoute).size(), 1);
    }

    void refusedLocallyWithoutARequest()
    {
        clearLog();
        ToolService elsewhere = tool(u"generate-text"_s);
        elsewhere.endpoint = QUrl(u"https://evil.example/api/l402/generate-text"_s);
        auto r = await(client->call(elsewhere, {}, sats(10)));
        QCOMPARE(r.error().kind, AppError::Kind::Invalid);
        r = await(client->call(tool(u"generate-text"_s), {}, MilliSats()));
        QCOMPARE(r.error().kind, AppError::Kind::Invalid);
        QCOMPARE(sandbox.clientRequests(), 0);
        // Refused by the market before any invoice: an error, nothing paid.
        const qint64 before = payer();
        r = await(client->call(tool(u"translate-text"_s), {{u"input"_s, u"hi"_s}}, sats(10)));
        QCOMPARE(r.error().kind, AppError::Kind::Invalid);
        QCOMPARE(r.error().code, u"L402_INVALID_PARAMS"_s);
        QCOMPARE(payer(), before);
        QCOMPARE(logged(paidRoute).size(), 1);
    }

    void failedCallIsRefundedOnce()
    {
        const ToolService &text = tool(u"generate-text"_s);
        const MilliSats price = sats(estimateAtSandbox(u"generate-text"_s));
        const qint64 before = payer();
        clearLog();
        auto r = await(client->call(
            text, {{u"input"_s, QJsonObject{{u"prompt"_s, u"sandbox:fail this one"_s}}}}, price));
        QVERIFY2(r, why(r));
        QCOMPARE(r->kind, ToolCallResult::Kind::Failed);
        QVERIFY(r->payment);
        QVERIFY(!r->failure.code.isEmpty());
        QVERIFY(r->failure.refund);
        const ToolRefund refund = *r->failure.refund;
        QVERIFY(!refund.chargeId.isEmpty());
        QCOMPARE(refund.status, u"pending"_s);
        QCOMPARE(payer(), before - price.floorSats());
        // The failure was the market's verdict: the spent credential was not sent again.
        QCOMPARE(logged(paidRoute).size(), 2);
        QCOMPARE(engine->journal->entry(r->journalId)->state, PaymentState::Failed);

        auto claimed =
            await(client->claimRefund(refund.lnurlWithdraw, refund.amount, engine->wallet.get()));
        QVERIFY2(claimed, why(claimed));
        QCOMPARE(claimed->status, RefundClaim::Status::Claimed);
        QCOMPARE(claimed->amount, refund.amount);
        QCOMPARE(payer(), before - price.floorSats() + refund.amount.floorSats());
        // The wallet's own record: our invoice, paid with exactly the refund.
        const auto incoming = await(engine->wallet->lookupInvoice(claimed->paymentHash));
        QVERIFY(incoming && incoming->state == IncomingPayment::State::Paid);

        // Claiming again credits nothing: the link pays once.
        const qint64 afterClaim = payer();
        auto again =
            await(client->claimRefund(refund.lnurlWithdraw, refund.amount, engine->wallet.get()));
        QVERIFY(!again);
        QCOMPARE(again.error().kind, AppError::Kind::Conflict);
        QVERIFY(again.error().serverMessage.contains(u"claimed"_s));
        QCOMPARE(payer(), afterClaim);
    }

    void followupsOutliveTheClient()
    {
        auto db = Database::open(dir.filePath(u"followups-%1.sqlite3"_s.arg(counter)),
                                 ToolFollowups::migrations());
        QVERIFY(db);
        ToolFollowups followups(**db, engine->box);
        client->setFollowups(&followups);
        // A job left after one poll, as a closed app leaves it: kept to follow later.
        ToolsPollLimits once;
        once.maxPolls = 1;
        client->setPollLimits(once);
        const MilliSats price = sats(estimateAtSandbox(u"generate-image"_s));
        const qint64 before = payer();
        auto r =
            await(client->call(tool(u"generate-image"_s),
                               {{u"input"_s, QJsonObject{{u"prompt"_s, u"a harbour"_s}}}}, price));
        QVERIFY(!r);
        auto open = followups.open();
        QVERIFY(open && open->size() == 1);
        const ToolFollowup job = open->first();
        QCOMPARE(job.state, ToolFollowup::State::Following);
        QCOMPARE(job.slug, u"generate-image"_s);
        QVERIFY(!job.job.id.isEmpty());
        QVERIFY(job.job.pollUrl.path().startsWith(u"/api/l402/job-status"_s));

        // The next start follows it to the end; nothing is paid again.
        ToolsClient next(&engine->http, engine->gate.get(), sandbox.url(), 1);
        next.setFollowups(&followups);
        clearLog();
        auto resumed = await(next.resumeJob(job));
        QVERIFY2(resumed, why(resumed));
        QCOMPARE(resumed->kind, ToolCallResult::Kind::Finished);
        QCOMPARE(resumed->output.kind, ToolOutput::Kind::ImageUrl);
        QCOMPARE(resumed->journalId, job.journalId);
        QCOMPARE((*followups.find(job.journalId))->state, ToolFollowup::State::Finished);
        QVERIFY(followups.open()->isEmpty());
        QCOMPARE(logged(paidRoute).size(), 0);
        QCOMPARE(routeCount(u"POST /phoenixd/payinvoice"_s), 0);
        QCOMPARE(payer(), before - price.floorSats());

        // A refund not claimed yet is kept, its link sealed at rest.
        auto failed = await(client->call(
            tool(u"generate-text"_s),
            {{u"input"_s, QJsonObject{{u"prompt"_s, u"sandbox:fail keep the refund"_s}}}},
            sats(estimateAtSandbox(u"generate-text"_s))));
        QVERIFY2(failed, why(failed));
        QCOMPARE(failed->kind, ToolCallResult::Kind::Failed);
        QVERIFY(failed->failure.refund);
        open = followups.open();
        QVERIFY(open && open->size() == 1);
        QCOMPARE(open->first().state, ToolFollowup::State::RefundPending);
        QCOMPARE(open->first().refund.lnurlWithdraw, failed->failure.refund->lnurlWithdraw);
        QCOMPARE(open->first().refund.amount, failed->failure.refund->amount);
        QCOMPARE(open->first().refund.chargeId, failed->failure.refund->chargeId);
        auto raw = (*db)->exec(u"SELECT refund_link FROM tool_followups WHERE journal_id = ?"_s,
                               {failed->journalId});
        QVERIFY(raw && raw->next());
        const QByteArray sealed = raw->value(0).toByteArray();
        QVERIFY(!sealed.isEmpty());
        QVERIFY(!sealed.toLower().contains(
            failed->failure.refund->lnurlWithdraw.toLower().toLatin1().left(20)));
        QVERIFY(*followups.refundClaimed(failed->journalId, u"claimed"_s));
        QVERIFY(followups.open()->isEmpty());
        // A settled follow-up is not reopened by a late report of its job.
        QVERIFY(!*followups.following(failed->journalId, 1, u"generate-text"_s, job.job));
        QCOMPARE((*followups.find(failed->journalId))->state, ToolFollowup::State::RefundClaimed);
    }

    void refundLinkMustCoverTheAmount()
    {
        const ToolService &text = tool(u"generate-text"_s);
        const MilliSats price = sats(estimateAtSandbox(u"generate-text"_s));
        sandbox.admin("POST", u"/clock"_s, R"({"advance_seconds":900})"); // a new refund window
        auto r = await(client->call(
            text, {{u"input"_s, QJsonObject{{u"prompt"_s, u"sandbox:fail again"_s}}}}, price));
        QVERIFY2(r && r->failure.refund, why(r));
        const ToolRefund refund = *r->failure.refund;
        const qint64 before = payer();
        clearLog();
        // Asking for more than the link offers: refused before any invoice is made or sent.
        auto more = await(client->claimRefund(
            refund.lnurlWithdraw, refund.amount.plus(sats(1)).value(), engine->wallet.get()));
        QCOMPARE(more.error().kind, AppError::Kind::Refused);
        QCOMPARE(routeCount(u"POST /phoenixd/createinvoice"_s), 0);
        QCOMPARE(routeCount(u"GET /lnurlw/{}/callback"_s), 0);
        // Without an amount, the whole offer.
        auto all =
            await(client->claimRefund(refund.lnurlWithdraw, std::nullopt, engine->wallet.get()));
        QVERIFY2(all, why(all));
        QCOMPARE(all->amount, refund.amount);
        QCOMPARE(payer(), before + refund.amount.floorSats());
    }

    void aiCallPushBackThenConfirm()
    {
        const ToolService &call = tool(u"ai-call"_s);
        const MilliSats price = sats(estimateAtSandbox(u"ai-call"_s));
        const qint64 before = payer();
        clearLog();
        // No date, time or count in the task: the market asks first (after payment).
        auto r = await(client->call(call,
                                    {{u"phone_number"_s, u"+15551234567"_s},
                                     {u"task"_s, u"Book a table at Luigi's under Smith."_s}},
                                    price));
        QVERIFY2(r, why(r));
        QCOMPARE(r->kind, ToolCallResult::Kind::PushBack);
        QVERIFY(!r->pushBack.sessionId.isEmpty());
        QVERIFY(!r->pushBack.questions.isEmpty());
        QCOMPARE(payer(), before - price.floorSats());

        QJsonObject answers;
        for (const QString &q : r->pushBack.questions)
            answers.insert(q, u"Saturday 7pm, 4 people"_s);
        auto done = await(client->confirm(call, r->pushBack.sessionId, answers));
        QVERIFY2(done, why(done));
        QCOMPARE(done->kind, ToolCallResult::Kind::Finished);
        QVERIFY(!done->payment);
        QCOMPARE(done->polls, logged(u"GET /api/l402/{}"_s).size());
        QVERIFY(
            done->output.data.toObject().value(u"transcript"_s).toString().contains(u"Saturday"_s));
        // One payment for the whole call; the confirmation went once and was not paid.
        QCOMPARE(payer(), before - price.floorSats());
        QCOMPARE(logged(paidRoute).size(), 3);
        QCOMPARE(routeCount(u"POST /phoenixd/payinvoice"_s), 1);
    }

    void cleanupTestCase() { QVERIFY(sandbox.stopCleanly()); }
};

QTEST_GUILESS_MAIN(TestToolsClient)
#include "tst_toolsclient.moc"
