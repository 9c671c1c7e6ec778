// SPDX-License-Identifier: GPL-3.0-or-later
// The sandbox as a test bed: the same --seed gives the same answers, injected faults are
// deterministic, bad input never takes it down, state survives restarts, and the bots keep
// the demo market alive.
#include "lightning/bolt11decoder.h"
#include "sandboxprocess.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace lwtest;
using namespace Qt::Literals::StringLiterals;

namespace {

using Headers = QList<QPair<QByteArray, QByteArray>>;

//! What came back on one fresh connection: a status, or nothing (closed / timed out).
struct RawOutcome {
    int status = 0;
    QByteArray head;
    QByteArray body;
    bool timedOut = false;

    QString summary() const
    {
        return timedOut ? u"timeout"_s : status == 0 ? u"closed"_s : QString::number(status);
    }
};

RawOutcome rawExchange(quint16 port, const QByteArray &bytes, int timeoutMs = 3000)
{
    RawOutcome out;
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(3000))
        return out;
    socket.write(bytes);
    socket.flush();
    QByteArray data;
    QElapsedTimer clock;
    clock.start();
    qsizetype expected = -1;
    while (clock.elapsed() < timeoutMs) {
        if (!socket.waitForReadyRead(50) && socket.state() != QAbstractSocket::ConnectedState
            && socket.bytesAvailable() == 0)
            break;
        data += socket.readAll();
        const qsizetype end = data.indexOf("\r\n\r\n");
        if (end >= 0 && expected < 0) {
            out.head = data.first(end);
            const qsizetype at = out.head.toLower().indexOf("content-length:");
            expected = at < 0 ? 0
                              : out.head.mid(at + 15, out.head.indexOf('\r', at) - at - 15)
                                    .trimmed()
                                    .toLongLong();
            expected += end + 4;
        }
        if (expected >= 0 && data.size() >= expected)
            break;
    }
    if (expected < 0 || data.size() < expected) {
        out.timedOut =
            socket.state() == QAbstractSocket::ConnectedState && clock.elapsed() >= timeoutMs;
        return out;
    }
    out.status = out.head.mid(9, 3).toInt();
    out.body = data.sliced(out.head.size() + 4);
    return out;
}

QByteArray get(const QByteArray &path)
{
    return "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";
}

QByteArray post(const QByteArray &path, const QByteArray &body,
                const QByteArray &type = "application/json")
{
    return "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: " + type
           + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

} // namespace

class TestSandboxRobustness : public QObject {
    Q_OBJECT

private:
    //! A scripted session touching every market; every answer, with the sandbox's own address
    //! blanked out (the only thing that differs between two runs).
    QStringList scriptedSession(SandboxProcess &s)
    {
        QStringList transcript;
        const QByteArray authority = s.url().authority().toLatin1();
        auto record = [&](const HttpResult &r) {
            QByteArray text = QByteArray::number(r.status) + '\n';
            for (const auto &[name, value] : r.headers)
                if (name != "content-length")
                    text += name + ": " + value + '\n';
            text += r.body;
            text.replace(authority, "HOST");
            transcript << QString::fromUtf8(text);
            return r;
        };
        record(s.get(u"/api/v1/health"_s));
        const HttpResult topup = record(s.post(u"/api/v1/topup"_s, R"({"amount_sats":1000})"));
        const HttpResult paid = record(s.pay(u"a"_s, topup.json.value(u"invoice").toString()));
        const HttpResult claim =
            record(s.post(u"/api/v1/topup/claim"_s,
                          json({{u"preimage"_s, paid.json.value(u"paymentPreimage")}})));
        const Headers token{{"x-token", claim.json.value(u"token").toString().toLatin1()}};
        record(
            s.post(u"/api/v1/ai-for-hire/tasks"_s, R"({"title":"Same","budget_sats":300})", token));
        record(s.get(u"/api/v1/ai-for-hire/tasks"_s));
        record(
            s.post(u"/api/v1/ai-for-hire/tasks"_s, R"({"title":"Anonymous","budget_sats":300})"));

        const QByteArray tool = R"({"input":{"text":"same","target_language":"de"}})";
        const HttpResult challenge = record(s.post(u"/api/l402/translate-text"_s, tool));
        const HttpResult toolPaid =
            record(s.pay(u"a"_s, challenge.json.value(u"invoice").toString()));
        const QString cred = u"L402 "_s + challenge.json.value(u"macaroon").toString() + u':'
                             + toolPaid.json.value(u"paymentPreimage").toString();
        record(s.post(u"/api/l402/translate-text"_s, tool, {{"authorization", cred.toLatin1()}}));
        record(s.get(u"/.well-known/l402-services"_s));

        record(s.post(u"/api/workers"_s,
                      json({{u"display_name"_s, u"B"_s},
                            {u"lightning_address"_s, QString(u"b@"_s + s.url().authority())}})));
        record(s.post(
            u"/api/tasks?budget_sats=100"_s,
            R"({"task_type":"judge","title":"Same","input":{"question":"?"},"budget_sats":100})"));
        QUrlQuery form;
        form.addQueryItem(u"amountSat"_s, u"21"_s);
        form.addQueryItem(u"description"_s, u"same"_s);
        record(s.phoenixd("POST", u"b"_s, u"/createinvoice"_s, form));
        record(s.call("POST", u"/lnbits/api/v1/payments"_s,
                      R"({"out":false,"amount":5,"memo":"same"})",
                      {{"x-api-key", s.wallet(u"b"_s)
                                         .value(u"lnbits")
                                         .toObject()
                                         .value(u"invoice_key")
                                         .toString()
                                         .toLatin1()}}));
        record(s.admin("GET", u"/info"_s));
        return transcript;
    }

private Q_SLOTS:
    void sameSeedSameAnswers()
    {
        const QStringList args{u"--seed"_s, u"2026"_s,     u"--wallet"_s,
                               u"a:5000"_s, u"--wallet"_s, u"b:0"_s};
        SandboxProcess one, two;
        QVERIFY(one.start(args));
        QVERIFY(two.start(args));
        QVERIFY(one.url() != two.url());
        QJsonObject i1 = one.info(), i2 = two.info();
        for (QJsonObject *i : {&i1, &i2}) {
            i->remove(u"url"_s);
            i->remove(u"markets"_s);
            i->remove(u"wallets"_s);
        }
        QCOMPARE(i1, i2);
        const QStringList a = scriptedSession(one);
        const QStringList b = scriptedSession(two);
        QCOMPARE(a.size(), b.size());
        for (qsizetype i = 0; i < a.size(); ++i)
            QCOMPARE(a[i], b[i]);
        // Invoices are byte-identical too (same key, same virtual time, same preimages).
        QVERIFY(a[1].contains(u"lnbcrt10u1"_s));

        // Another seed gives another node, other keys and other ids.
        SandboxProcess other;
        QVERIFY(other.start(
            {u"--seed"_s, u"2027"_s, u"--wallet"_s, u"a:5000"_s, u"--wallet"_s, u"b:0"_s}));
        QVERIFY(other.info().value(u"node_id") != one.info().value(u"node_id"));
        QVERIFY(scriptedSession(other)[1] != a[1]);
        for (SandboxProcess *s : {&one, &two, &other})
            QVERIFY(s->stopCleanly());
    }

    void faultsAreDeterministic()
    {
        const QStringList args{u"--seed"_s,       u"5"_s,  u"--error-rate"_s, u"20"_s,
                               u"--reset-rate"_s, u"15"_s, u"--hang-rate"_s,  u"5"_s,
                               u"--latency"_s,    u"0-3"_s};
        QStringList runs[2];
        for (QStringList &run : runs) {
            SandboxProcess s;
            QVERIFY(s.start(args));
            for (int i = 0; i < 60; ++i)
                run << rawExchange(quint16(s.url().port()), get("/api/v1/health"), 600).summary();
            // The admin API is never faulted, and it saw every request with its fault.
            const HttpResult log = s.admin("GET", u"/log?last=100"_s);
            QCOMPARE(log.status, 200);
            QCOMPARE(log.json.value(u"counts").toObject().value(u"GET /api/v1/health").toInteger(),
                     60);
            qsizetype faulted = 0;
            for (const QJsonValue &e : log.json.value(u"requests").toArray())
                faulted += e.toObject().contains(u"fault"_s) ? 1 : 0;
            QVERIFY(faulted > 0);
        }
        QCOMPARE(runs[0], runs[1]);
        QVERIFY2(runs[0].contains(u"200"_s), qPrintable(runs[0].join(u' ')));
        QVERIFY(runs[0].contains(u"closed"_s));
        QVERIFY(runs[0].contains(u"timeout"_s));
        QVERIFY(std::any_of(runs[0].begin(), runs[0].end(),
                            [](const QString &o) { return o.startsWith(u'5'); }));
    }

    void latencyDelaysAnswers()
    {
        SandboxProcess s;
        QVERIFY(s.start({u"--latency"_s, u"300"_s}));
        QElapsedTimer clock;
        clock.start();
        QCOMPARE(s.get(u"/api/v1/health"_s).status, 200);
        QVERIFY(clock.elapsed() >= 250);
    }

    void badInputNeverTakesItDown()
    {
        SandboxProcess s;
        QVERIFY(s.start({u"--wallet"_s, u"a:1000"_s}));
        const quint16 port = quint16(s.url().port());

        // Unknown routes and wrong methods, in the style of whichever service owns the path.
        QCOMPARE(s.get(u"/api/v1/nothing"_s).json, QJsonObject({{u"detail"_s, u"Not Found"_s}}));
        QCOMPARE(s.get(u"/api/nothing"_s).keys(), keySet({"error"}));
        QCOMPARE(s.get(u"/api/l402/a/b/c"_s).json.value(u"error_code").toString(),
                 u"INVALID_INPUT"_s);
        QCOMPARE(s.get(u"/phoenixd/nothing"_s).body,
                 QByteArray("Unknown endpoint (check api doc)"));
        QCOMPARE(s.get(u"/lnbits/nothing"_s).keys(), keySet({"detail"}));
        QCOMPARE(s.get(u"/.well-known/lnurlp/x/y"_s).json.value(u"status").toString(), u"ERROR"_s);
        QCOMPARE(s.get(u"/no/such/thing"_s).status, 404);
        QCOMPARE(s.call("PUT", u"/api/v1/topup"_s, "{}").status, 405);

        // Malformed bodies everywhere a body is read.
        const QList<QByteArray> bodies{"",
                                       "{",
                                       "null",
                                       "[]",
                                       "\"text\"",
                                       "{\"a\":",
                                       QByteArray(200'000, '['),
                                       "{\"amount_sats\":1e400}",
                                       "{\"amount_sats\":-5}",
                                       "\xff\xfe\xfd",
                                       "{\"title\":{\"nested\":true},\"budget_sats\":[1]}"};
        const QStringList paths{u"/api/v1/topup"_s,
                                u"/api/v1/topup/claim"_s,
                                u"/api/v1/ai-for-hire/tasks"_s,
                                u"/api/v1/ai-for-hire/collect"_s,
                                u"/api/tasks?budget_sats=5"_s,
                                u"/api/workers"_s,
                                u"/api/l402/translate-text"_s,
                                u"/api/l402/ai-call"_s,
                                u"/lnbits/api/v1/payments"_s,
                                u"/_sandbox/wallets"_s};
        for (const QString &path : paths) {
            for (const QByteArray &body : bodies) {
                const HttpResult r = s.post(path, body,
                                            {{"x-admin-key", s.adminKey().toLatin1()},
                                             {"x-api-key", s.wallet(u"a"_s)
                                                               .value(u"lnbits")
                                                               .toObject()
                                                               .value(u"admin_key")
                                                               .toString()
                                                               .toLatin1()}});
                QVERIFY2(r.status >= 400 && r.status < 500 && r.status != 0,
                         qPrintable(
                             u"%1 %2 -> %3"_s.arg(path, QString::fromLatin1(body.left(20).toHex()))
                                 .arg(r.status)));
            }
        }
        // phoenixd form bodies with junk.
        QCOMPARE(s.phoenixd("POST", u"a"_s, u"/payinvoice"_s,
                            QUrlQuery(u"invoice=%00%ff&amountSat=-1"_s))
                     .status,
                 400);

        // Bodies above 16 MiB are refused before any handler sees them.
        const RawOutcome huge =
            rawExchange(port, post("/api/v1/topup", QByteArray(17 * 1024 * 1024, 'x')), 20'000);
        QCOMPARE(huge.status, 413);
        QVERIFY(huge.body.contains("\"error\""));

        // Garbage on the wire, truncated requests, lying Content-Length, a flood of connections.
        rawExchange(port, "\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03 not http at all\r\n\r\n",
                    500);
        rawExchange(port, "GET / HTTP/9.9\r\n\r\n", 500);
        rawExchange(port, "POST /api/v1/topup HTTP/1.1\r\nContent-Length: 100\r\n\r\n{\"amount",
                    300);
        rawExchange(port, "GET /" + QByteArray(100'000, 'a') + " HTTP/1.1\r\n\r\n", 500);
        rawExchange(port,
                    "GET /api/v1/health HTTP/1.1\r\nX: " + QByteArray(100'000, 'h') + "\r\n\r\n",
                    500);
        QList<QTcpSocket *> sockets;
        for (int i = 0; i < 100; ++i) {
            auto *socket = new QTcpSocket(this);
            socket->connectToHost(QHostAddress::LocalHost, port);
            sockets << socket;
        }
        QTest::qWait(200);
        qDeleteAll(sockets);

        QVERIFY(s.isRunning());
        QCOMPARE(rawExchange(port, get("/api/v1/health")).status, 200);
        QCOMPARE(s.get(u"/api/v1/health"_s).status, 200);
        QVERIFY(s.stopCleanly());
    }

    void dataSurvivesRestarts()
    {
        QTemporaryDir data;
        SandboxProcess s;
        const QStringList args{u"--seed"_s,   u"11"_s,     u"--data"_s,   data.path(),
                               u"--wallet"_s, u"a:1000"_s, u"--wallet"_s, u"b:0"_s};
        QVERIFY(s.start(args));
        const QString admin = s.adminKey();
        QUrlQuery form;
        form.addQueryItem(u"amountSat"_s, u"250"_s);
        form.addQueryItem(u"description"_s, u"before"_s);
        const QString first = s.phoenixd("POST", u"b"_s, u"/createinvoice"_s, form)
                                  .json.value(u"serialized")
                                  .toString();
        QCOMPARE(s.pay(u"a"_s, first).status, 200);
        const QString timeBefore =
            s.get(u"/api/v1/health"_s).json.value(u"timestamp").toVariant().toString();

        QVERIFY(s.restart());
        QCOMPARE(s.adminKey(), admin);
        QCOMPARE(s.balance(u"a"_s), 750); // --wallet does not refill an existing wallet
        QCOMPARE(s.balance(u"b"_s), 250);
        const QString again = s.phoenixd("POST", u"b"_s, u"/createinvoice"_s, form)
                                  .json.value(u"serialized")
                                  .toString();
        // A seeded restart continues: new preimages and a clock that does not go back.
        QVERIFY(lw::decodeBolt11(again)->paymentHash != lw::decodeBolt11(first)->paymentHash);
        QVERIFY(s.get(u"/api/v1/health"_s).json.value(u"timestamp").toInteger()
                >= timeBefore.toLongLong());
        QCOMPARE(s.pay(u"a"_s, first).json.value(u"reason").toString(),
                 u"this invoice has already been paid"_s);
    }

    void inFlightPaymentsAreRefundedOnRestart()
    {
        QTemporaryDir data;
        SandboxProcess s;
        QVERIFY(s.start({u"--data"_s, data.path(), u"--settle-delay-ms"_s, u"60000"_s,
                         u"--wallet"_s, u"a:1000"_s, u"--wallet"_s, u"b:0"_s}));
        const QString invoice = s.createInvoice(u"b"_s, 300);
        const QString hash = lw::decodeBolt11(invoice)->paymentHash.toHex();
        // payinvoice holds the request while the payment is in flight; give up on it.
        const HttpResult held =
            s.http().send("POST", s.url(u"/phoenixd/payinvoice"_s), "invoice=" + invoice.toLatin1(),
                          {{"authorization", "Basic "
                                                 + QByteArray(":"
                                                              + s.wallet(u"a"_s)
                                                                    .value(u"phoenixd")
                                                                    .toObject()
                                                                    .value(u"password")
                                                                    .toString()
                                                                    .toLatin1())
                                                       .toBase64()},
                           {"content-type", "application/x-www-form-urlencoded"}},
                          500);
        QVERIFY(held.timedOut);
        QCOMPARE(s.balance(u"a"_s), 700);

        QVERIFY(s.restart({u"--settle-delay-ms"_s, u"0"_s}));
        QCOMPARE(s.balance(u"a"_s), 1000);
        HttpResult r = s.phoenixd("GET", u"a"_s, u"/payments/outgoingbyhash/"_s + hash);
        QCOMPARE(r.json.value(u"isPaid").toBool(), false);
        QVERIFY(r.json.contains(u"completedAt"_s));
        r = s.pay(u"a"_s, invoice);
        QCOMPARE(r.json.value(u"recipientAmountSat").toInteger(), 300);
        QCOMPARE(s.balance(u"b"_s), 300);
        QVERIFY(s.stopCleanly());
    }

    void seededBotsDoNotShiftClientIds()
    {
        QStringList hashes;
        for (int wait : {50, 400}) {
            SandboxProcess s;
            QVERIFY(s.start(
                {u"--seed"_s, u"3"_s, u"--bots"_s, u"4"_s, u"--bot-interval-ms"_s, u"10"_s}));
            QTest::qWait(wait);
            hashes << s.post(u"/api/v1/topup"_s, R"({"amount_sats":10})")
                          .json.value(u"payment_hash")
                          .toString();
            QVERIFY(s.stopCleanly());
        }
        QCOMPARE(hashes[0], hashes[1]);
    }

    void commandLine()
    {
        QProcess p;
        p.start(SandboxProcess::binary(), {u"--help"_s});
        QVERIFY(p.waitForFinished(10'000));
        QCOMPARE(p.exitCode(), 0);
        QVERIFY(p.readAllStandardOutput().contains("--fixed-faults"));

        for (const QStringList &bad :
             {QStringList{u"--error-rate"_s, u"150"_s}, QStringList{u"--wallet"_s, u"nocolon"_s},
              QStringList{u"--fixed-faults"_s, u"everything"_s},
              QStringList{u"--error-rate"_s, u"60"_s, u"--reset-rate"_s, u"60"_s},
              QStringList{u"--latency"_s, u"9-3"_s}, QStringList{u"--bogus"_s}}) {
            p.start(SandboxProcess::binary(), bad);
            QVERIFY(p.waitForFinished(10'000));
            QCOMPARE(p.exitCode(), 2);
            QVERIFY(!p.readAllStandardError().isEmpty());
        }
        p.start(SandboxProcess::binary(), {u"--port"_s, u"0"_s, u"--wallet"_s, u"Bad Name:5"_s});
        QVERIFY(p.waitForFinished(10'000));
        QCOMPARE(p.exitCode(), 1);

        // A port in use is a clear error, not a silent other port.
        SandboxProcess s;
        QVERIFY(s.start({}));
        p.start(SandboxProcess::binary(), {u"--port"_s, QString::number(s.url().port())});
        QVERIFY(p.waitForFinished(10'000));
        QCOMPARE(p.exitCode(), 1);
        QVERIFY(p.readAllStandardError().contains("cannot listen"));
    }

    void botsKeepTheMarketAlive()
    {
        SandboxProcess s;
        QVERIFY(s.start(
            {u"--bots"_s, u"4"_s, u"--bot-interval-ms"_s, u"20"_s, u"--wallet"_s, u"me:100000"_s}));

        // The user: an account with sats.
        HttpResult r = s.post(u"/api/v1/topup"_s, R"({"amount_sats":5000})");
        const HttpResult paid = s.pay(u"me"_s, r.json.value(u"invoice").toString());
        const QString token = s.post(u"/api/v1/topup/claim"_s,
                                     json({{u"preimage"_s, paid.json.value(u"paymentPreimage")}}))
                                  .json.value(u"token")
                                  .toString();
        const Headers me{{"x-token", token.toLatin1()}};
        const QString myId =
            s.get(u"/api/v1/ai-for-hire/me"_s, me).json.value(u"account_id").toString();

        // Bots post tasks of their own.
        QTRY_VERIFY_WITH_TIMEOUT(
            s.get(u"/api/v1/ai-for-hire/tasks?status=open"_s).json.value(u"tasks").toArray().size()
                >= 2,
            10'000);

        // Hiring: bot workers quote on the user's task and answer in the thread; the user
        // accepts; the bot delivers.
        r = s.post(u"/api/v1/ai-for-hire/tasks"_s,
                   R"({"title":"Logo for my shop","budget_sats":1000})", me);
        const QString myTask = r.json.value(u"id").toString();
        QTRY_VERIFY_WITH_TIMEOUT(
            s.get(u"/api/v1/ai-for-hire/tasks/"_s + myTask).json.value(u"quote_count").toInteger()
                >= 1,
            10'000);
        const QJsonObject quote = s.get(u"/api/v1/ai-for-hire/tasks/"_s + myTask)
                                      .json.value(u"quotes")
                                      .toArray()
                                      .first()
                                      .toObject();
        const QString thread = u"/api/v1/ai-for-hire/tasks/%1/quotes/%2/messages"_s.arg(
            myTask, quote.value(u"id").toString());
        QCOMPARE(s.post(thread, R"({"body":"When can you start?"})", me).status, 201);
        QTRY_VERIFY_WITH_TIMEOUT(s.get(thread, me).json.value(u"messages").toArray().size() >= 2,
                                 10'000);
        QCOMPARE(s.post(u"/api/v1/ai-for-hire/tasks/%1/quotes/%2/accept"_s.arg(
                            myTask, quote.value(u"id").toString()),
                        "{}", me)
                     .status,
                 200);
        QTRY_COMPARE_WITH_TIMEOUT(
            s.get(u"/api/v1/ai-for-hire/tasks/"_s + myTask).json.value(u"status").toString(),
            u"delivered"_s, 10'000);
        QCOMPARE(s.post(u"/api/v1/ai-for-hire/tasks/%1/confirm"_s.arg(myTask), "{}", me).status,
                 200);

        // Working: the user quotes on a bot's task, answers the bot's question, gets accepted,
        // delivers, and the bot confirms: the escrow lands on the user's balance.
        // Bots accept each other only after a while; quote on the newest open bot task.
        QString botTask, myQuote;
        for (int attempt = 0; attempt < 20 && myQuote.isEmpty(); ++attempt) {
            const QJsonArray open =
                s.get(u"/api/v1/ai-for-hire/tasks?status=open"_s).json.value(u"tasks").toArray();
            for (const QJsonValue &t : open) { // newest first
                if (t.toObject().value(u"buyer_account_id").toString() != myId) {
                    botTask = t.toObject().value(u"id").toString();
                    break;
                }
            }
            r = s.post(u"/api/v1/ai-for-hire/tasks/%1/quotes"_s.arg(botTask),
                       R"({"price_sats":400,"description":"I can"})", me);
            if (r.status == 201)
                myQuote = r.json.value(u"id").toString();
        }
        QVERIFY(!myQuote.isEmpty());
        const QString myThread =
            u"/api/v1/ai-for-hire/tasks/%1/quotes/%2/messages"_s.arg(botTask, myQuote);
        QTRY_VERIFY_WITH_TIMEOUT(s.get(myThread, me).json.value(u"messages").toArray().size() >= 1,
                                 10'000);
        QCOMPARE(s.post(myThread, R"({"body":"Today, within two hours."})", me).status, 201);
        QTRY_COMPARE_WITH_TIMEOUT(
            s.get(u"/api/v1/ai-for-hire/tasks/"_s + botTask).json.value(u"status").toString(),
            u"in_escrow"_s, 10'000);
        const qint64 before =
            s.get(u"/api/v1/ai-for-hire/me"_s, me).json.value(u"balance_sats").toInteger();
        QCOMPARE(s.post(u"/api/v1/ai-for-hire/tasks/%1/deliver"_s.arg(botTask),
                        R"({"filename":"work.txt","content_base64":"ZG9uZQ==","notes":"done"})", me)
                     .status,
                 201);
        QTRY_COMPARE_WITH_TIMEOUT(
            s.get(u"/api/v1/ai-for-hire/tasks/"_s + botTask).json.value(u"status").toString(),
            u"completed"_s, 10'000);
        QCOMPARE(s.get(u"/api/v1/ai-for-hire/me"_s, me).json.value(u"balance_sats").toInteger(),
                 before + 400);
    }
};

QTEST_GUILESS_MAIN(TestSandboxRobustness)
#include "tst_sandbox_robustness.moc"
