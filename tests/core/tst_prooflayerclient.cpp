// SPDX-License-Identifier: GPL-3.0-or-later
// ProofLayerClient against a real sandbox, wired as the app wires it (core/gateengine.h). Every
// claim is checked at the sandbox: wallet balances, the request log's route counts, the market's
// own view of workers and tasks. A canned server stands in for a market whose invoice asks more
// than the budget (the sandbox never does).
#include "core/gateengine.h"
#include "futureutil.h"
#include "markets/prooflayer/prooflayerclient.h"
#include "sandbox/sandboxprocess.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace lw;
using namespace lwtest;
using namespace Qt::Literals::StringLiterals;

namespace {

template <typename T>
const char *why(const ProofLayerOutcome<T> &r)
{
    static QByteArray text;
    text = r ? QByteArray() : r.error().describe().toUtf8();
    return text.constData();
}

//! An HTTP/1.1 answer with these header lines ("name: value") and body.
QByteArray httpAnswer(const QByteArray &status, const QList<QByteArray> &headers,
                      const QByteArray &body)
{
    QByteArray out = "HTTP/1.1 " + status + "\r\ncontent-type: application/json\r\n";
    for (const QByteArray &h : headers)
        out += h + "\r\n";
    return out + "content-length: " + QByteArray::number(body.size())
           + "\r\nconnection: close\r\n\r\n" + body;
}

//! Answers every request with one canned HTTP response and counts the requests.
class CannedServer : public QObject {
public:
    explicit CannedServer(QByteArray response)
        : m_response(std::move(response))
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = m_server.nextPendingConnection())
                connect(s, &QTcpSocket::readyRead, s, [this, s] { answerWhenWhole(s); });
        });
        if (!m_server.listen(QHostAddress::LocalHost))
            qFatal("cannot listen");
    }
    QUrl url() const { return QUrl(u"http://127.0.0.1:%1"_s.arg(m_server.serverPort())); }
    int requests = 0;

private:
    void answerWhenWhole(QTcpSocket *s)
    {
        QByteArray &got = m_pending[s];
        got += s->readAll();
        const qsizetype headEnd = got.indexOf("\r\n\r\n");
        if (headEnd < 0)
            return;
        qsizetype length = 0;
        for (const QByteArray &line : got.first(headEnd).split('\n'))
            if (line.toLower().startsWith("content-length:"))
                length = line.mid(15).trimmed().toLongLong();
        if (got.size() < headEnd + 4 + length)
            return;
        ++requests;
        m_pending.remove(s);
        s->write(m_response);
        s->disconnectFromHost();
    }

    QTcpServer m_server;
    QByteArray m_response;
    QHash<QTcpSocket *, QByteArray> m_pending;
};

ProofLayerTaskDraft verifyDraft(const QString &title, qint64 budgetSats)
{
    ProofLayerTaskDraft d;
    d.taskType = u"verify"_s;
    d.title = title;
    d.input.question = u"Does https://example.org answer 200?"_s;
    d.input.url = u"https://example.org"_s;
    d.input.attachments = {{u"link"_s, u"https://example.org/status"_s, u"status page"_s}};
    d.budget = MilliSats(budgetSats * 1000);
    return d;
}

} // namespace

class TestProofLayerClient : public QObject {
    Q_OBJECT

    SandboxProcess sandbox;
    QTemporaryDir dir;
    int counter = 0;

    struct Engine : GateEngine {
        ProofLayerClient client;
        Engine(const QString &path, const QJsonObject &payer, const QUrl &market)
            : GateEngine(path, payer)
            , client(&http, gate.get(), market, 1)
        {}
    };
    std::unique_ptr<Engine> engine(const QUrl &market = {})
    {
        return std::make_unique<Engine>(dir.filePath(u"engine-%1.sqlite3"_s.arg(++counter)),
                                        sandbox.wallet(u"payer"_s),
                                        market.isEmpty() ? sandbox.url() : market);
    }
    void clearLog() { sandbox.admin("POST", u"/log/clear"_s); }
    int routeCount(const QString &route) { return sandbox.routeCounts().value(route).toInt(); }
    int marketRequests() { return sandbox.clientRequests(); }
    QString addressOf(const QString &wallet)
    {
        return sandbox.walletInfo(wallet).value(u"lightning_address").toString();
    }
    qint64 marketWallet() { return sandbox.walletBalance(u"market-prooflayer"_s); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!SandboxProcess::binary().isEmpty(), "LW_SANDBOX is not set");
        QVERIFY(dir.isValid());
        QVERIFY(sandbox.start({u"--wallet"_s, u"payer:100000"_s, u"--wallet"_s, u"carol:0"_s,
                               u"--wallet"_s, u"dave:0"_s}));
    }

    void registerChecksTheAddressFirst()
    {
        auto e = engine();
        const QString port = QString::number(sandbox.url().port());
        clearLog();
        auto unknown =
            await(e->client.registerWorker(u"Nobody"_s, u"nobody@127.0.0.1:"_s + port, u"human"_s));
        QVERIFY(!unknown);
        QCOMPARE(unknown.error().kind, AppError::Kind::Invalid);
        QCOMPARE(routeCount(u"GET /.well-known/lnurlp/{}"_s), 1);
        QCOMPARE(routeCount(u"POST /api/workers"_s), 0);

        clearLog();
        for (const QString &bad : {u"carol"_s, u"carol@"_s, u"@127.0.0.1"_s, u"ca rol@x.org"_s}) {
            auto r = await(e->client.registerWorker(u"Carol"_s, bad, u"human"_s));
            QVERIFY2(!r && r.error().kind == AppError::Kind::Invalid, qPrintable(bad));
        }
        QVERIFY(!await(e->client.registerWorker(u"Carol"_s, addressOf(u"carol"_s), u"boss"_s)));
        QVERIFY(!await(e->client.registerWorker(u" "_s, addressOf(u"carol"_s), u"human"_s)));
        QCOMPARE(marketRequests(), 0);

        auto carol = await(e->client.registerWorker(u"Carol"_s, addressOf(u"carol"_s), u"agent"_s));
        QVERIFY2(carol, why(carol));
        QCOMPARE(routeCount(u"GET /.well-known/lnurlp/{}"_s), 1);
        QCOMPARE(routeCount(u"POST /api/workers"_s), 1);
        // The market's own record, read without the client.
        const QJsonObject stored =
            sandbox.get(u"/api/workers/"_s + carol->id).json.value(u"worker").toObject();
        QCOMPARE(stored.value(u"lightning_address").toString(), addressOf(u"carol"_s));
        QCOMPARE(stored.value(u"type").toString(), u"agent"_s);
        auto profile = await(e->client.worker(carol->id));
        QVERIFY2(profile, why(profile));
        QCOMPARE(profile->displayName, u"Carol"_s);
        QCOMPARE(profile->tier, stored.value(u"tier").toString());
    }

    void localRefusalsSendNothing()
    {
        auto e = engine();
        const qint64 payer = sandbox.balance(u"payer"_s);
        clearLog();
        ProofLayerTaskDraft bad = verifyDraft(u"refused"_s, 100);
        bad.taskType = u"translate"_s;
        ProofLayerTaskDraft noBudget = verifyDraft(u"refused"_s, 0);
        ProofLayerTaskDraft msat = verifyDraft(u"refused"_s, 100);
        msat.budget = MilliSats(100'500);
        ProofLayerTaskDraft noTitle = verifyDraft(u"  "_s, 100);
        ProofLayerTaskDraft badLink = verifyDraft(u"refused"_s, 100);
        badLink.input.url = u"javascript:alert(1)"_s;
        for (const auto &d : {bad, noBudget, msat, noTitle, badLink}) {
            auto r = await(e->client.createTask(d));
            QVERIFY(!r);
            QCOMPARE(r.error().kind, AppError::Kind::Invalid);
        }
        for (const QString &id :
             {u""_s, u".."_s, u"a/b"_s, u"../workers/feed"_s, u"a b"_s, u"x%2Fy"_s, u"ü"_s}) {
            QCOMPARE(await(e->client.task(id)).error().kind, AppError::Kind::Invalid);
            QCOMPARE(await(e->client.worker(id)).error().kind, AppError::Kind::Invalid);
            QCOMPARE(await(e->client.payouts(id)).error().kind, AppError::Kind::Invalid);
            QCOMPARE(await(e->client.release(id)).error().kind, AppError::Kind::Invalid);
            QCOMPARE(await(e->client.claim(id, u"w"_s)).error().kind, AppError::Kind::Invalid);
            QCOMPARE(await(e->client.claim(u"t"_s, id)).error().kind, AppError::Kind::Invalid);
        }
        const ProofLayerSubmission good{{{u"answer"_s, u"yes"_s}}, 0.9, u"https://e.org/p"_s};
        ProofLayerSubmission sure = good;
        sure.confidence = 1.5;
        ProofLayerSubmission noProof = good;
        noProof.proofUrl.clear();
        QVERIFY(!await(e->client.submit(u"t"_s, u"w"_s, sure)));
        QVERIFY(!await(e->client.submit(u"t"_s, u"w"_s, noProof, u"proof_required"_s)));
        QVERIFY(!await(e->client.submit(u"t"_s, u"w"_s, {{}, 0.5, {}})));
        QCOMPARE(marketRequests(), 0);
        QVERIFY(e->journal->recent(10)->isEmpty());
        QCOMPARE(sandbox.balance(u"payer"_s), payer);
    }

    void paidTaskFromPostToPayout()
    {
        auto e = engine();
        auto registered =
            await(e->client.registerWorker(u"Dave"_s, addressOf(u"dave"_s), u"human"_s));
        QVERIFY2(registered, why(registered));
        const QString dave = registered->id;
        const qint64 payer = sandbox.balance(u"payer"_s);
        const qint64 daveWallet = sandbox.walletBalance(u"dave"_s);
        const qint64 market = marketWallet();

        // The buyer pays exactly the budget, in the protocol minimum of two POSTs.
        clearLog();
        auto created = await(e->client.createTask(verifyDraft(u"Is example.org up?"_s, 1000)));
        QVERIFY2(created, why(created));
        QCOMPARE(routeCount(u"POST /api/tasks"_s), 2);
        QVERIFY(created->payment);
        QCOMPARE(created->payment->amount, MilliSats(1'000'000));
        QCOMPARE(sandbox.balance(u"payer"_s), payer - 1000);
        QCOMPARE(marketWallet(), market + 1000);
        QCOMPARE(e->prompts.size(), 1); // 1000 sat is above the default threshold
        QCOMPARE(e->prompts.first().amount, MilliSats(1'000'000));
        QCOMPARE(e->journal->entry(created->journalId)->state, PaymentState::Done);
        const QString taskId = created->value.taskId;
        QCOMPARE(created->value.status, ProofLayerTaskStatus::Open);

        // In the feed only for filters it matches.
        const auto listed = [&](ProofLayerFeedFilter f) {
            auto feed = await(e->client.feed(f));
            return feed
                   && std::any_of(feed->items.begin(), feed->items.end(),
                                  [&](const ProofLayerTask &t) { return t.id == taskId; });
        };
        QVERIFY(listed({}));
        QVERIFY(listed({u"verify"_s, u"human"_s, MilliSats(1'000'000)}));
        QVERIFY(!listed({{}, {}, MilliSats(1'001'000)}));
        QVERIFY(!listed({u"execute"_s, {}, {}}));
        QVERIFY(!listed({{}, u"agent"_s, {}}));

        auto detail = await(e->client.task(taskId));
        QVERIFY2(detail, why(detail));
        QCOMPARE(detail->budget, MilliSats(1'000'000));
        QCOMPARE(detail->trustMode, u"proof_required"_s);
        QCOMPARE(detail->input.attachments.size(), 1);

        // First come, first served: Dave's claim is the only one.
        auto claimed = await(e->client.claim(taskId, dave));
        QVERIFY2(claimed, why(claimed));
        QCOMPARE(claimed->status, ProofLayerTaskStatus::Claimed);
        QCOMPARE(claimed->workerId, dave);
        auto again = await(e->client.claim(taskId, dave));
        QVERIFY(!again);
        QCOMPARE(again.error().kind, AppError::Kind::Conflict);

        const ProofLayerSubmission answer{
            {{u"answer"_s, u"yes"_s}, {u"notes"_s, u"HTTP 200 at 14:13"_s}},
            0.95,
            u"https://example.org/proof.png"_s};
        auto submitted = await(e->client.submit(taskId, dave, answer, detail->trustMode));
        QVERIFY2(submitted, why(submitted));
        QVERIFY(submitted->result);
        QCOMPARE(*submitted->result->confidence, 0.95);

        // Release (automatic after submit, and asked again here) pays 70 % to Dave's address.
        QTRY_COMPARE_WITH_TIMEOUT(sandbox.walletBalance(u"dave"_s), daveWallet + 700, 10'000);
        auto released = await(e->client.release(taskId));
        QVERIFY2(released, why(released));
        QVERIFY(released->payout);
        QCOMPARE(released->payout->status, ProofLayerPayoutStatus::Paid);
        QCOMPARE(released->payout->amount, MilliSats(700'000));
        QCOMPARE(*released->payout->platform, MilliSats(300'000));
        QCOMPARE(sandbox.walletBalance(u"dave"_s), daveWallet + 700); // paid once
        QCOMPARE(marketWallet(), market + 300);

        auto payouts = await(e->client.payouts(dave));
        QVERIFY2(payouts, why(payouts));
        QCOMPARE(payouts->payouts.items.size(), 1);
        QCOMPARE(payouts->payouts.items.first().taskId, taskId);
        QCOMPARE(*payouts->totalEarned, MilliSats(700'000));
        auto profile = await(e->client.worker(dave));
        QVERIFY2(profile, why(profile));
        QCOMPARE(profile->completedJobs, qint64(1));
        QVERIFY(profile->reputationScore);
        auto done = await(e->client.task(taskId));
        QVERIFY2(done, why(done));
        QCOMPARE(done->status, ProofLayerTaskStatus::Completed);
        QCOMPARE(sandbox.balance(u"payer"_s), payer - 1000); // nothing else left the buyer
    }

    void invoiceAboveTheBudgetIsRefused()
    {
        // A real sandbox challenge for 1500 sat, served where the client asks for 1000.
        const ProofLayerTaskDraft draft = verifyDraft(u"Dearer than agreed"_s, 1000);
        QJsonObject body = QJsonDocument::fromJson(R"({"task_type":"verify","title":"x",
            "input":{"question":"q"},"budget_sats":1500})")
                               .object();
        const auto challenge = sandbox.post(u"/api/tasks?budget_sats=1500"_s, json(body));
        QCOMPARE(challenge.status, 402);
        QList<QByteArray> challengeLines; // Qt may have joined the LSAT and L402 lines
        for (const auto &[name, value] : challenge.headers)
            if (name == "www-authenticate")
                for (const QByteArray &line : value.split('\n'))
                    challengeLines.append("www-authenticate: " + line);
        const QByteArray response =
            httpAnswer("402 Payment Required", challengeLines, challenge.body);
        CannedServer dearer(response);
        auto e = engine(dearer.url());
        const qint64 payer = sandbox.balance(u"payer"_s);
        const qint64 market = marketWallet();

        auto r = await(e->client.createTask(draft));
        QVERIFY(!r);
        QCOMPARE(r.error().kind, AppError::Kind::Refused);
        QCOMPARE(r.error().code, u"above_price"_s);
        QCOMPARE(dearer.requests, 1); // no paid retry
        QCOMPARE(sandbox.balance(u"payer"_s), payer);
        QCOMPARE(marketWallet(), market);
        QVERIFY(e->prompts.isEmpty());
        QCOMPARE(e->journal->recent(1)->first().state, PaymentState::Abandoned);
    }

    void hostileAnswersAreErrors()
    {
        CannedServer garbage(
            httpAnswer("200 OK", {}, R"({"task":{"id":"../../x","title":1234},"tasks":7})"));
        auto e = engine(garbage.url());
        auto task = await(e->client.task(u"abc"_s));
        QVERIFY(!task);
        QCOMPARE(task.error().kind, AppError::Kind::BadResponse);
        auto feed = await(e->client.feed());
        QVERIFY(!feed);
        QCOMPARE(feed.error().kind, AppError::Kind::BadResponse);
        auto release = await(e->client.release(u"abc"_s));
        QVERIFY(!release);
        QCOMPARE(garbage.requests, 3);
    }

    void cleanupTestCase() { QVERIFY(sandbox.stopCleanly()); }
};

QTEST_GUILESS_MAIN(TestProofLayerClient)

#include "tst_prooflayerclient.moc"
