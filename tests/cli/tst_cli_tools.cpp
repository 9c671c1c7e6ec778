// SPDX-License-Identifier: GPL-3.0-or-later
// lightwork-cli tools … as a user of the sats4ai-style L402 tool market runs it, against a real
// sandbox and a real keychain (label keychain, as tst_cli_flow). Every check is made at the
// sandbox: its wallets' balances, its request log (counts and body hashes), its own catalogue.
#include "cli/cliuser.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace lwtest;
using namespace Qt::Literals::StringLiterals;

namespace {

const QString paidRoute = u"POST /api/l402/{}"_s;

QJsonObject object(const Run &r, QStringView path)
{
    QJsonValue v = r.json();
    for (const auto &key : path.split(u'.'))
        v = v.toObject().value(key);
    return v.toObject();
}

} // namespace

class TestCliTools : public QObject {
    Q_OBJECT

    SandboxProcess sandbox;
    QTemporaryDir dir;
    int counter = 0;

    //! A person with a wallet `walletName` and the sandbox's tool market as a tools account.
    User user(const QString &walletName, qint64 confirmAboveSats = 100'000)
    {
        User u = walletUser(sandbox, dir.filePath(u"user-%1"_s.arg(++counter)), walletName, 10'000,
                            confirmAboveSats);
        u.setUp({u"account"_s, u"add"_s, u"s4"_s, u"--kind"_s, u"tools"_s, u"--url"_s,
                 sandbox.url().toString()});
        return u;
    }
    qint64 price(const QString &slug)
    {
        return sandbox.get(u"/api/estimate-cost?service="_s + slug)
            .json.value(u"estimated_cost_sats"_s)
            .toInteger(-1);
    }
    void clearLog() { sandbox.admin("POST", u"/log/clear"_s); }
    int routeCount(const QString &route) { return sandbox.routeCounts().value(route).toInt(); }
    //! The body hashes of the paid tool calls since the log was cleared, oldest first.
    QStringList paidBodies()
    {
        QStringList out;
        for (const QJsonValue &v :
             sandbox.admin("GET", u"/log?last=1000"_s).json.value(u"requests"_s).toArray())
            if (v.toObject().value(u"route"_s).toString() == paidRoute)
                out << v.toObject().value(u"body_sha256"_s).toString();
        return out;
    }
    static QString sha256(const QByteArray &bytes)
    {
        return QString::fromLatin1(
            QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("LW_CLI"), "LW_CLI is not set");
        QVERIFY2(!SandboxProcess::binary().isEmpty(), "LW_SANDBOX is not set");
        QVERIFY(dir.isValid());
        QVERIFY(sandbox.start({}));
    }

    void listAndShowTheMarketsCatalogue()
    {
        User u = user(u"lister"_s);
        Run r = RUN_OK(u.run({u"tools"_s, u"list"_s}));
        QCOMPARE(r.exitCode, 0);
        const QJsonArray listed = r.json().value(u"services"_s).toArray();
        const QJsonArray market =
            sandbox.get(u"/.well-known/l402-services"_s).json.value(u"services"_s).toArray();
        QCOMPARE(listed.size(), market.size());
        QHash<QString, qint64> prices;
        for (const QJsonValue &m :
             sandbox.get(u"/api/l402/models"_s).json.value(u"models"_s).toArray())
            prices.insert(m[u"service"_s].toString(), m[u"price_sats"_s].toInteger());
        for (int i = 0; i < listed.size(); ++i) {
            const QString slug = listed[i][u"service"_s].toString();
            QCOMPARE(slug, market[i][u"id"_s].toString());
            QCOMPARE(listed[i][u"price_sats"_s].toString(), QString::number(prices.value(slug)));
        }

        r = RUN_OK(u.run({u"tools"_s, u"show"_s, u"translate-text"_s}));
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(
            r.json().value(u"input_schema"_s).toObject(),
            sandbox.get(u"/api/l402/translate-text"_s).json.value(u"input_schema"_s).toObject());
        r = u.run({u"tools"_s, u"show"_s, u"no-such-tool"_s});
        QCOMPARE(r.exitCode, 2);
    }

    void callPaysThePriceAndPrintsJson()
    {
        User u = user(u"caller"_s);
        const qint64 wallet = sandbox.walletBalance(u"caller"_s);
        const QByteArray input = R"({"input":{"text":"Good morning","target_language":"fr"}})";
        clearLog();
        Run r = RUN_OK(u.run(
            {u"tools"_s, u"call"_s, u"translate-text"_s, u"--input"_s, QString::fromUtf8(input)}));
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json().value(u"status"_s).toString(), u"done"_s);
        QCOMPARE(object(r, u"result").value(u"kind"_s).toString(), u"text"_s);
        QVERIFY(object(r, u"result").value(u"text"_s).toString().contains(u"Good morning"_s));
        const qint64 cost = price(u"translate-text"_s);
        QCOMPARE(object(r, u"payment").value(u"amount_sats"_s).toString(), QString::number(cost));
        QCOMPARE(sandbox.walletBalance(u"caller"_s), wallet - cost);
        // The challenge and the paid retry, with the same bytes (compact JSON of the input).
        const QByteArray sent = QJsonDocument::fromJson(input).toJson(QJsonDocument::Compact);
        QCOMPARE(paidBodies(), QStringList({sha256(sent), sha256(sent)}));

        // An asynchronous tool with its input in a file: the job is followed to its end.
        QFile file(dir.filePath(u"image.json"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"input":{"prompt":"a lighthouse at dusk"}})");
        file.close();
        clearLog();
        r = RUN_OK(u.run({u"tools"_s, u"call"_s, u"generate-image"_s, u"--input"_s,
                          u"@"_s + file.fileName(), u"--yes"_s}));
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(object(r, u"result").value(u"kind"_s).toString(), u"image_url"_s);
        QCOMPARE(r.json().value(u"polls"_s).toInt(), routeCount(u"GET /api/l402/job-status"_s));
        QVERIFY(r.err.contains("job "));
        QCOMPARE(sandbox.walletBalance(u"caller"_s), wallet - cost - price(u"generate-image"_s));
    }

    void failedCallIsRefundedIntoTheWallet()
    {
        User u = user(u"refunded"_s);
        const qint64 wallet = sandbox.walletBalance(u"refunded"_s);
        Run r = u.run({u"tools"_s, u"call"_s, u"generate-text"_s, u"--input"_s,
                       uR"({"input":{"prompt":"sandbox:fail please"}})"_s});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.json().value(u"status"_s).toString(), u"failed"_s);
        const QJsonObject refund = object(r, u"refund");
        QVERIFY(!refund.value(u"charge_id"_s).toString().isEmpty());
        QVERIFY2(r.err.contains(refund.value(u"charge_id"_s).toString().toUtf8()),
                 r.err.constData());
        QCOMPARE(refund.value(u"claim"_s).toObject().value(u"status"_s).toString(), u"claimed"_s);
        const qint64 back = refund.value(u"refund_sats"_s).toString().toLongLong();
        QCOMPARE(back, price(u"generate-text"_s));
        // Paid, then refunded in full: the wallet is where it was.
        QCOMPARE(sandbox.walletBalance(u"refunded"_s), wallet - price(u"generate-text"_s) + back);
        QVERIFY(!refund.contains(u"lnurl_withdraw"_s)); // claimed: the link is not printed
        // The local ledger: the call out of the wallet, the refund back in.
        QStringList rows;
        for (const QJsonValue &v : u.run({u"ledger"_s}).json().value(u"entries"_s).toArray())
            rows << v[u"reason"_s].toString() + u' ' + v[u"direction"_s].toString() + u' '
                        + v[u"sats"_s].toString();
        rows.sort();
        QCOMPARE(rows, QStringList({u"l402_call out %1"_s.arg(price(u"generate-text"_s)),
                                    u"refund in %1"_s.arg(back)}));

        // Left to claim later, then claimed once by `tools refund`.
        sandbox.admin("POST", u"/clock"_s, R"({"advance_seconds":900})"); // a new refund window
        const qint64 before = sandbox.walletBalance(u"refunded"_s);
        r = u.run({u"tools"_s, u"call"_s, u"generate-text"_s, u"--input"_s,
                   uR"({"input":{"prompt":"sandbox:fail later"}})"_s, u"--no-refund-claim"_s});
        QCOMPARE(r.exitCode, 1);
        const QString link = object(r, u"refund").value(u"lnurl_withdraw"_s).toString();
        QVERIFY(!link.isEmpty());
        QCOMPARE(sandbox.walletBalance(u"refunded"_s), before - price(u"generate-text"_s));
        r = RUN_OK(u.run({u"tools"_s, u"refund"_s, link}));
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json().value(u"status"_s).toString(), u"claimed"_s);
        QCOMPARE(sandbox.walletBalance(u"refunded"_s),
                 before - price(u"generate-text"_s)
                     + r.json().value(u"amount_sats"_s).toString().toLongLong());
        const qint64 claimedOnce = sandbox.walletBalance(u"refunded"_s);
        r = u.run({u"tools"_s, u"refund"_s, link});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(sandbox.walletBalance(u"refunded"_s), claimedOnce);
        // Claimed by hand: nothing is left for resume.
        r = RUN_OK(u.run({u"resume"_s}));
        QCOMPARE(r.json().value(u"resumed"_s).toArray().size(), 0);
        QCOMPARE(sandbox.walletBalance(u"refunded"_s), claimedOnce);
    }

    void resumeFollowsAJobAndClaimsARefundLeftOpen()
    {
        User u = user(u"resumer"_s);
        const qint64 wallet = sandbox.walletBalance(u"resumer"_s);
        const auto toolEntries = [](const Run &r) {
            QList<QJsonObject> out;
            for (const QJsonValue &v : r.json().value(u"resumed"_s).toArray())
                if (v.toObject().contains(u"tool_call"_s))
                    out.append(v.toObject());
            return out;
        };
        // Stopped right after the paid job was kept, before its first poll.
        clearLog();
        Run r = u.runAbortingAt({u"tools"_s, u"call"_s, u"generate-image"_s, u"--input"_s,
                                 uR"({"input":{"prompt":"a quiet bay"}})"_s, u"--yes"_s},
                                u"after_job_recorded"_s);
        QVERIFY(r.crashed);
        QCOMPARE(routeCount(u"GET /api/l402/job-status"_s), 0);
        const qint64 paid = wallet - price(u"generate-image"_s);
        QCOMPARE(sandbox.walletBalance(u"resumer"_s), paid);
        r = RUN_OK(u.run({u"resume"_s}));
        QCOMPARE(r.exitCode, 0);
        QList<QJsonObject> tools = toolEntries(r);
        QCOMPARE(tools.size(), 1);
        QCOMPARE(tools.first().value(u"service"_s).toString(), u"generate-image"_s);
        QCOMPARE(tools.first().value(u"state"_s).toString(), u"finished"_s);
        const QJsonObject job = tools.first().value(u"job"_s).toObject();
        QCOMPARE(job.value(u"result"_s).toObject().value(u"kind"_s).toString(), u"image_url"_s);
        QVERIFY(routeCount(u"GET /api/l402/job-status"_s) >= 1);
        // The challenge and the paid retry only: the result was not paid for twice.
        QCOMPARE(routeCount(paidRoute), 2);
        QCOMPARE(sandbox.walletBalance(u"resumer"_s), paid);
        r = RUN_OK(u.run({u"resume"_s}));
        QVERIFY(toolEntries(r).isEmpty());

        // A refund left for later is claimed by resume, once.
        sandbox.admin("POST", u"/clock"_s, R"({"advance_seconds":900})"); // a new refund window
        r = u.run({u"tools"_s, u"call"_s, u"generate-text"_s, u"--input"_s,
                   uR"({"input":{"prompt":"sandbox:fail for resume"}})"_s, u"--no-refund-claim"_s});
        QCOMPARE(r.exitCode, 1);
        const qint64 back = object(r, u"refund").value(u"refund_sats"_s).toString().toLongLong();
        QVERIFY(back > 0);
        const qint64 failedCall = paid - price(u"generate-text"_s);
        QCOMPARE(sandbox.walletBalance(u"resumer"_s), failedCall);
        r = RUN_OK(u.run({u"resume"_s}));
        QCOMPARE(r.exitCode, 0);
        tools = toolEntries(r);
        QCOMPARE(tools.size(), 1);
        QCOMPARE(tools.first().value(u"state"_s).toString(), u"refund_claimed"_s);
        QCOMPARE(tools.first().value(u"refund"_s).toObject().value(u"status"_s).toString(),
                 u"claimed"_s);
        QCOMPARE(sandbox.walletBalance(u"resumer"_s), failedCall + back);
        r = RUN_OK(u.run({u"resume"_s}));
        QVERIFY(toolEntries(r).isEmpty());
        QCOMPARE(sandbox.walletBalance(u"resumer"_s), failedCall + back);
    }

    void maxSatsBelowThePricePaysNothing()
    {
        User u = user(u"capped"_s);
        const qint64 wallet = sandbox.walletBalance(u"capped"_s);
        const qint64 cost = price(u"generate-text"_s);
        clearLog();
        Run r = u.run({u"tools"_s, u"call"_s, u"generate-text"_s, u"--input"_s,
                       uR"({"input":{"prompt":"a haiku"}})"_s, u"--max-sats"_s,
                       QString::number(cost - 1)});
        QCOMPARE(r.exitCode, 3);
        QCOMPARE(sandbox.walletBalance(u"capped"_s), wallet);
        QCOMPARE(routeCount(paidRoute), 0);
        QCOMPARE(routeCount(u"POST /phoenixd/payinvoice"_s), 0);

        // Above the confirmation threshold, a "no" pays nothing either.
        User asked = user(u"asked"_s, 1);
        const qint64 askedWallet = sandbox.walletBalance(u"asked"_s);
        clearLog();
        r = asked.run({u"tools"_s, u"call"_s, u"generate-text"_s, u"--input"_s,
                       uR"({"input":{"prompt":"a haiku"}})"_s},
                      "no\n");
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains(QByteArray::number(cost)), r.err.constData());
        QCOMPARE(sandbox.walletBalance(u"asked"_s), askedWallet);
        QCOMPARE(routeCount(paidRoute), 1);
        QCOMPARE(routeCount(u"POST /phoenixd/payinvoice"_s), 0);
    }

    void pushBackAnsweredByConfirm()
    {
        User u = user(u"caller2"_s);
        const qint64 wallet = sandbox.walletBalance(u"caller2"_s);
        Run r = RUN_OK(
            u.run({u"tools"_s, u"call"_s, u"ai-call"_s, u"--input"_s,
                   uR"({"phone_number":"+15551234567","task":"Book a table at Luigi."})"_s}));
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json().value(u"status"_s).toString(), u"pending_confirm"_s);
        const QString session = r.json().value(u"session_id"_s).toString();
        QJsonObject answers;
        for (const QJsonValue &q : r.json().value(u"questions"_s).toArray())
            answers.insert(q.toString(), u"Saturday"_s);
        QVERIFY(!answers.isEmpty());
        r = RUN_OK(
            u.run({u"tools"_s, u"confirm"_s, u"ai-call"_s, session, u"--answers"_s,
                   QString::fromUtf8(QJsonDocument(answers).toJson(QJsonDocument::Compact))}));
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json().value(u"status"_s).toString(), u"done"_s);
        QVERIFY(!r.json().contains(u"payment"_s));
        QCOMPARE(sandbox.walletBalance(u"caller2"_s), wallet - price(u"ai-call"_s));
    }

    void cleanupTestCase() { QVERIFY(sandbox.stopCleanly()); }
};

QTEST_GUILESS_MAIN(TestCliTools)
#include "tst_cli_tools.moc"
