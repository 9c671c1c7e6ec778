// SPDX-License-Identifier: GPL-3.0-or-later
// The client's own cost per paid call on loopback: a 402ai post paid by L402 against a real
// sandbox, once as the bare minimum of requests (the 402, the wallet's payinvoice, the retry
// with the credential, nothing checked and nothing written) and once through the engine
// (challenge parsing, invoice decoding and checks, six durable journal writes, preimage check,
// then the same three requests). The difference is what the engine adds to each paid call.
#include "core/hireengine.h"
#include "futureutil.h"
#include "sandbox/sandboxprocess.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace lw;
using namespace lwtest;
using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int rounds = 100;
constexpr int warmUp = 5;
const QString tasksPath = u"/api/v1/ai-for-hire/tasks"_s;

QByteArray postBody(int i)
{
    return QJsonDocument(QJsonObject{{u"title"_s, u"Benchmark task %1"_s.arg(i)},
                                     {u"description"_s, u"Measured on loopback"_s},
                                     {u"budget_sats"_s, 100}})
        .toJson(QJsonDocument::Compact);
}

//! The three requests and nothing else. False when any answer is not what the protocol says.
bool rawPaidPost(SandboxProcess &sandbox, const QByteArray &token, int i)
{
    static const QRegularExpression macaroon(u"macaroon=\"([^\"]+)\""_s);
    static const QRegularExpression invoice(u"invoice=\"([^\"]+)\""_s);
    const QByteArray body = postBody(i);
    const lwtest::HttpResult challenge = sandbox.post(tasksPath, body, {{"x-token", token}});
    const QString header = QString::fromLatin1(challenge.header("www-authenticate"));
    const auto m = macaroon.match(header);
    const auto inv = invoice.match(header);
    if (challenge.status != 402 || !m.hasMatch() || !inv.hasMatch())
        return false;
    const lwtest::HttpResult paid = sandbox.pay(u"buyer"_s, inv.captured(1));
    const QByteArray preimage = paid.json.value(u"paymentPreimage").toString().toLatin1();
    if (preimage.isEmpty())
        return false;
    const lwtest::HttpResult done =
        sandbox.post(tasksPath, body,
                     {{"x-token", token},
                      {"authorization", "L402 " + m.captured(1).toLatin1() + ':' + preimage}});
    return done.status == 201 || done.status == 200;
}

struct Stats {
    QList<double> ms;
    void add(double v) { ms.append(v); }
    double at(double q)
    {
        std::sort(ms.begin(), ms.end());
        return ms.at(std::min<qsizetype>(ms.size() - 1, qsizetype(q * double(ms.size()))));
    }
};

double elapsedMs(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (SandboxProcess::binary().isEmpty()) {
        std::fprintf(stderr, "LW_SANDBOX names no sandbox binary\n");
        return 1;
    }
    SandboxProcess sandbox;
    if (!sandbox.start({u"--wallet"_s, u"buyer:1000000"_s})) {
        std::fprintf(stderr, "the sandbox did not start\n");
        return 1;
    }
    // An account with 1 sat: every post (50 sat) is short, so each one is paid by L402.
    const QByteArray token = sandbox.hireAccount(u"buyer"_s, 1);
    QTemporaryDir dir;
    HireEngine engine(dir.filePath(u"bench.sqlite3"_s), sandbox.url(), sandbox.wallet(u"buyer"_s));
    HireClient *client = engine.client(token);
    // The same engine with its journal in memory-backed files (fsync costs nothing there): the
    // difference to the above is the price of durability, the rest is parsing and checking.
    QTemporaryDir shm(u"/dev/shm/lightwork-bench-XXXXXX"_s);
    std::unique_ptr<HireEngine> volatileEngine;
    HireClient *volatileClient = nullptr;
    if (shm.isValid()) {
        volatileEngine = std::make_unique<HireEngine>(shm.filePath(u"bench.sqlite3"_s),
                                                      sandbox.url(), sandbox.wallet(u"buyer"_s));
        volatileClient = volatileEngine->client(token);
    }

    Stats raw, gate, inMemory, perRequestsRaw, perRequestsGate;
    int failures = 0;
    for (int i = 0; i < warmUp + rounds; ++i) {
        // Interleaved, so a slow moment of the machine weighs on both alike.
        (void)sandbox.admin("POST", u"/log/clear"_s);
        QElapsedTimer t;
        t.start();
        const bool rawOk = rawPaidPost(sandbox, token, i);
        const double rawMs = elapsedMs(t);
        const int rawRequests = sandbox.clientRequests();

        (void)sandbox.admin("POST", u"/log/clear"_s);
        t.restart();
        const auto posted = await(client->postTask(
            u"Benchmark task %1"_s.arg(i), u"Measured on loopback"_s, MilliSats(100'000), true));
        const double gateMs = elapsedMs(t);
        const int gateRequests = sandbox.clientRequests();
        double inMemoryMs = 0;
        bool inMemoryOk = true;
        if (volatileClient) {
            t.restart();
            const auto p = await(volatileClient->postTask(u"Benchmark task %1"_s.arg(i),
                                                          u"Measured on loopback"_s,
                                                          MilliSats(100'000), true));
            inMemoryMs = elapsedMs(t);
            inMemoryOk = p && p->payment;
        }
        if (!rawOk || !posted || !posted->payment || !inMemoryOk) {
            ++failures;
            continue;
        }
        if (i < warmUp)
            continue;
        raw.add(rawMs);
        gate.add(gateMs);
        if (volatileClient)
            inMemory.add(inMemoryMs);
        perRequestsRaw.add(rawRequests);
        perRequestsGate.add(gateRequests);
    }
    if (failures > 0 || raw.ms.isEmpty()) {
        std::fprintf(stderr, "%d paid calls failed\n", failures);
        return 1;
    }
    std::printf("\nPaid call on loopback: a 402ai post paid by L402 (%d rounds, sandbox wallet)\n",
                rounds);
    std::printf("  bare requests   median %6.2f ms   p95 %6.2f ms   requests %g\n", raw.at(0.5),
                raw.at(0.95), perRequestsRaw.at(0.5));
    std::printf("  through engine  median %6.2f ms   p95 %6.2f ms   requests %g\n", gate.at(0.5),
                gate.at(0.95), perRequestsGate.at(0.5));
    if (!inMemory.ms.isEmpty())
        std::printf("  journal on tmpfs median %5.2f ms   p95 %6.2f ms   (no fsync cost)\n",
                    inMemory.at(0.5), inMemory.at(0.95));
    std::printf("  engine overhead median %6.2f ms per paid call", gate.at(0.5) - raw.at(0.5));
    if (!inMemory.ms.isEmpty())
        std::printf(", of which durable writes %.2f ms", gate.at(0.5) - inMemory.at(0.5));
    std::printf("\n");
    return 0;
}
