// SPDX-License-Identifier: GPL-3.0-or-later
// Nostr Wallet Connect against the reference implementations, in one run:
//  1. the pay_invoice round trip of NwcWallet versus @getalby/sdk's NWCClient, both against the
//     same loopback relay and the same wallet service over a sandbox wallet (target: ours at most
//     half its time);
//  2. the client's crypto per request (NIP-44 encrypt, sign, verify the response, NIP-44 decrypt)
//     versus nostr-tools on the very same keys, payloads and nonces (target: ten times faster).
// A benchmark reports; it exits non-zero only when a payment or a check failed.
//
//   lightwork-bench-nwc [--rounds N (50)] [--iterations N (1000)] [--seed S (1)]
//                       [--publish-grace-ms N (diagnosis; 0: publish before the relay's EOSE)]
#include "futureutil.h"
#include "lightning/bolt11decoder.h"
#include "lightning/preimage.h"
#include "nodepeer.h"
#include "nostr/nip44.h"
#include "nostr/nostrevent.h"
#include "nwc/nwcwallet.h"
#include "nwc/relaypool.h"
#include "sandbox/sandboxprocess.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <cstdio>

using namespace lw;
using namespace lwtest;
using namespace Qt::Literals::StringLiterals;

namespace {

struct Options {
    int rounds = 50;
    int iterations = 1000;
    int seed = 1;
    //! Diagnosis only: 0 publishes the request without waiting for the relay's EOSE.
    std::optional<int> publishGraceMs;
};

std::optional<Options> parseOptions(const QStringList &args)
{
    Options o;
    for (qsizetype i = 1; i < args.size(); ++i) {
        bool ok = i + 1 < args.size();
        const int value = ok ? args.at(i + 1).toInt(&ok) : 0;
        if (ok && value >= 0 && args.at(i) == u"--publish-grace-ms") {
            o.publishGraceMs = value;
            ++i;
            continue;
        }
        if (!ok || value < 1)
            return std::nullopt;
        if (args.at(i) == u"--rounds")
            o.rounds = value;
        else if (args.at(i) == u"--iterations")
            o.iterations = value;
        else if (args.at(i) == u"--seed")
            o.seed = value;
        else
            return std::nullopt;
        ++i;
    }
    return o;
}

//! Samples and their quantiles, with the nearest-rank rule the node scripts use.
struct Stats {
    QList<double> values;
    void add(double v) { values.append(v); }
    double at(double q) const
    {
        QList<double> sorted = values;
        std::sort(sorted.begin(), sorted.end());
        const auto rank = qsizetype(std::ceil(q * double(sorted.size()))) - 1;
        return sorted.at(std::clamp<qsizetype>(rank, 0, sorted.size() - 1));
    }
};

bool failed(const char *what)
{
    std::fprintf(stderr, "check failed: %s\n", what);
    return false;
}

//! Runs a node script from tests/peers to its end with `input` on stdin, keeping the event loop
//! running meanwhile (our relay connection keeps its pings); its stdout, or nullopt.
std::optional<QByteArray> runNode(const QString &script, const QStringList &args,
                                  const QByteArray &input = {}, int timeoutMs = 600'000)
{
    const QString node = QStandardPaths::findExecutable(u"node"_s);
    if (node.isEmpty()) {
        std::fprintf(stderr, "node is not installed\n");
        return std::nullopt;
    }
    const QDir peers(QStringLiteral(LW_PEERS_DIR));
    QProcess process;
    process.setWorkingDirectory(peers.path());
    QEventLoop loop;
    QObject::connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
    QObject::connect(&process, &QProcess::errorOccurred, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    process.start(node, QStringList{peers.filePath(script)} + args);
    if (!process.waitForStarted(10'000)) {
        std::fprintf(stderr, "node did not start\n");
        return std::nullopt;
    }
    process.write(input);
    process.closeWriteChannel();
    loop.exec();
    if (process.state() != QProcess::NotRunning || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0) {
        std::fprintf(stderr, "%s failed: %s\n", qPrintable(script),
                     process.readAllStandardError().right(2000).constData());
        process.kill();
        process.waitForFinished(5'000);
        return std::nullopt;
    }
    return process.readAllStandardOutput();
}

// ---------------------------------------------------------------------------------------------
// Part 2: the crypto of one request/response exchange, on nostr-tools' own dump.

struct Exchange {
    QByteArray requestPlaintext;
    Hash32 requestNonce;
    QJsonObject requestEvent;
    QByteArray responsePlaintext;
    QJsonObject responseEvent;
};

struct CryptoSet {
    PrivateKey clientSecret;
    nostr::XOnlyKey walletPubkey;
    nostr::nip44::ConversationKey conversationKey;
    QList<Exchange> exchanges;
};

std::optional<CryptoSet> readDump(const QByteArray &json)
{
    const QJsonObject o = nostr::parseJson(json).object();
    const auto secret = PrivateKey::fromHex(o.value(u"client_secret").toString());
    const auto wallet = nostr::XOnlyKey::fromHex(o.value(u"wallet_pubkey").toString());
    const auto dumpedKey =
        nostr::nip44::ConversationKey::fromHex(o.value(u"conversation_key").toString());
    if (!secret || !wallet || !dumpedKey)
        return std::nullopt;
    CryptoSet set{*secret, *wallet, *dumpedKey, {}};
    for (const QJsonValue &v : o.value(u"payloads").toArray()) {
        const QJsonObject p = v.toObject();
        const auto nonce = Hash32::fromHex(p.value(u"request_nonce").toString());
        if (!nonce)
            return std::nullopt;
        set.exchanges.append({p.value(u"request_plaintext").toString().toUtf8(), *nonce,
                              p.value(u"request_event").toObject(),
                              p.value(u"response_plaintext").toString().toUtf8(),
                              p.value(u"response_event").toObject()});
    }
    return set;
}

//! The request event as the client builds it (kind 23194, the dump's created_at and tags).
nostr::Event requestEvent(const CryptoSet &set, const Exchange &x, const QString &content)
{
    nostr::Event e;
    e.createdAt = x.requestEvent.value(u"created_at").toInteger();
    e.kind = 23194;
    e.tags = {{u"p"_s, set.walletPubkey.toHex()}, {u"encryption"_s, u"nip44_v2"_s}};
    e.content = content;
    return e;
}

//! That we do what nostr-tools did, not less: the same keys, ciphertexts, ids and plaintexts.
bool checkSameWork(const CryptoSet &set, const QJsonObject &dump)
{
    const auto key = nostr::nip44::conversationKey(set.clientSecret, set.walletPubkey);
    if (!key || *key != set.conversationKey)
        return failed("our conversation key differs from nostr-tools'");
    const auto pub = nostr::xOnlyPublicKey(set.clientSecret);
    if (!pub || pub->toHex() != dump.value(u"client_pubkey").toString())
        return failed("our client public key differs from nostr-tools'");
    if (set.exchanges.isEmpty())
        return failed("the dump has no payloads");
    for (const Exchange &x : set.exchanges) {
        const auto request = nostr::Event::fromJson(x.requestEvent);
        const auto response = nostr::Event::fromJson(x.responseEvent);
        if (!request || !response)
            return failed("a dumped event does not verify");
        const auto requestText = nostr::nip44::decrypt(request->content, set.conversationKey);
        const auto responseText = nostr::nip44::decrypt(response->content, set.conversationKey);
        if (!requestText || *requestText != x.requestPlaintext || !responseText
            || *responseText != x.responsePlaintext)
            return failed("a dumped ciphertext does not decrypt to its plaintext");
        const auto content =
            nostr::nip44::encrypt(x.requestPlaintext, set.conversationKey, x.requestNonce);
        if (!content || *content != request->content)
            return failed("our NIP-44 ciphertext differs from nostr-tools'");
        const auto ours = nostr::signEvent(requestEvent(set, x, *content), set.clientSecret);
        if (!ours || ours->id != request->id)
            return failed("our request id differs from nostr-tools'");
    }
    return true;
}

//! One client-side exchange, as nwc-crypto-bench.mjs times it. False when anything is off.
bool exchange(const CryptoSet &set, const Exchange &x)
{
    const auto content =
        nostr::nip44::encrypt(x.requestPlaintext, set.conversationKey, x.requestNonce);
    if (!content)
        return false;
    const auto request = nostr::signEvent(requestEvent(set, x, *content), set.clientSecret);
    if (!request || request->id.toHex() != x.requestEvent.value(u"id").toString())
        return false;
    const auto response = nostr::Event::fromJson(x.responseEvent);
    if (!response)
        return false;
    const auto plaintext = nostr::nip44::decrypt(response->content, set.conversationKey);
    return plaintext && *plaintext == x.responsePlaintext;
}

bool benchCrypto(const Options &opt)
{
    const QStringList args{u"--iterations"_s, QString::number(opt.iterations), u"--seed"_s,
                           QString::number(opt.seed)};
    const auto dumpJson = runNode(u"nwc-crypto-bench.mjs"_s, args + QStringList{u"--dump"_s});
    if (!dumpJson)
        return false;
    const auto set = readDump(*dumpJson);
    if (!set || set->exchanges.size() != opt.iterations)
        return failed("the nostr-tools dump is unreadable");
    if (!checkSameWork(*set, nostr::parseJson(*dumpJson).object()))
        return false;

    // Warm up as the script does (its first 20 exchanges), then time each exchange.
    for (qsizetype i = 0; i < std::min<qsizetype>(20, set->exchanges.size()); ++i)
        if (!exchange(*set, set->exchanges.at(i)))
            return failed("a warm-up exchange went wrong");
    Stats ours;
    QElapsedTimer t;
    for (const Exchange &x : set->exchanges) {
        t.start();
        const bool ok = exchange(*set, x);
        ours.add(double(t.nsecsElapsed()) / 1e3);
        if (!ok)
            return failed("an exchange went wrong");
    }

    const auto theirsJson = runNode(u"nwc-crypto-bench.mjs"_s, args);
    if (!theirsJson)
        return false;
    const QJsonObject theirs = QJsonDocument::fromJson(*theirsJson).object();
    const double theirMedian = theirs.value(u"median_us").toDouble(-1);
    const double theirP95 = theirs.value(u"p95_us").toDouble(-1);
    if (theirMedian <= 0 || theirs.value(u"iterations").toInt() != opt.iterations)
        return failed("nwc-crypto-bench.mjs gave no figures");
    const double ratio = theirMedian / ours.at(0.5);
    std::printf("\nNWC client crypto per exchange: NIP-44 encrypt + sign + verify + NIP-44 "
                "decrypt (%d iterations, seed %d, same payloads)\n",
                opt.iterations, opt.seed);
    std::printf("  ours (libsecp256k1)  median %8.1f us   p95 %8.1f us\n", ours.at(0.5),
                ours.at(0.95));
    std::printf("  %-20s median %8.1f us   p95 %8.1f us\n",
                qPrintable(theirs.value(u"library").toString(u"nostr-tools"_s)), theirMedian,
                theirP95);
    std::printf("  theirs/ours %.1fx (median), %.1fx (p95); target >= 10x: %s\n", ratio,
                theirP95 / ours.at(0.95), ratio >= 10 ? "met" : "NOT met");
    return true;
}

// ---------------------------------------------------------------------------------------------
// Part 1: the pay_invoice round trip.

constexpr int floorRounds = 20;

struct Invoice {
    Bolt11Invoice decoded;
    qint64 sats = 0;
};

class RoundTrip {
public:
    explicit RoundTrip(const Options &opt)
        : m_opt(opt)
    {}

    bool run()
    {
        if (!setUp())
            return false;
        // Invoices for both clients, amounts 100 + i sats so a wrong payment shows in the sum.
        QList<Invoice> invoices;
        for (int i = 0; i < 2 * m_opt.rounds + floorRounds; ++i) {
            const qint64 sats = 100 + i;
            const auto d = decodeBolt11(m_sandbox.createInvoice(u"payee"_s, sats, u"bench"_s));
            if (!d || !d->amount)
                return failed("the sandbox gave no invoice");
            invoices.append({*d, sats});
        }
        const qint64 payeeBefore = m_sandbox.walletBalance(u"payee"_s);
        // NWCClient reads its invoices to the end of stdin before paying, so it cannot be fed in
        // blocks; the halves are interleaved instead: ours, all of NWCClient's, ours again.
        const QList<Invoice> mine = invoices.mid(0, m_opt.rounds);
        const QList<Invoice> theirs = invoices.mid(m_opt.rounds, m_opt.rounds);
        const QList<Invoice> direct = invoices.mid(2 * m_opt.rounds);
        const qsizetype half = mine.size() / 2;
        if (!payOurs(mine.mid(0, half)) || !payTheirs(theirs) || !payOurs(mine.mid(half))
            || !payDirect(direct))
            return false;

        qint64 sum = 0;
        for (const Invoice &i : std::as_const(invoices))
            sum += i.sats;
        // Every invoice sent over NWC was paid by the service once (the floor's went direct).
        for (const Invoice &i : mine + theirs)
            if (timesPaid(i.decoded.paymentHash) != 1)
                return failed("the wallet service did not pay an invoice exactly once");
        if (m_sandbox.walletBalance(u"payee"_s) != payeeBefore + sum)
            return failed("the payee's balance did not rise by exactly the sum of the invoices");
        report();
        return true;
    }

private:
    bool setUp()
    {
        if (SandboxProcess::binary().isEmpty()) {
            std::fprintf(stderr, "LW_SANDBOX names no sandbox binary\n");
            return false;
        }
        if (!m_sandbox.start({u"--wallet"_s, u"payer:10000000"_s, u"--wallet"_s, u"payee:0"_s}))
            return failed("the sandbox did not start");
        if (!m_relay.start(u"nwc-relay.mjs"_s, {})) {
            std::fprintf(stderr, "%s\n", qPrintable(m_relay.error()));
            return false;
        }
        // Default encryption (both offered), no notifications: what either client sees alike.
        const QJsonObject p = m_sandbox.wallet(u"payer"_s).value(u"phoenixd").toObject();
        if (!m_service.start(u"nwc-service.mjs"_s,
                             {u"--relay"_s, m_relay.value("url"), u"--backend"_s,
                              p.value(u"url").toString(), u"--backend-password"_s,
                              p.value(u"password").toString(), u"--network"_s, u"regtest"_s})) {
            std::fprintf(stderr, "%s\n", qPrintable(m_service.error()));
            return false;
        }
        const auto uri = NwcUri::parse(m_service.value("uri"));
        if (!uri)
            return failed("the wallet service gave no connection URI");
        // Default timeouts and relay options, as the app runs it.
        m_wallet = std::make_unique<NwcWallet>(*uri, Network::Regtest);
        if (m_opt.publishGraceMs) {
            RelayOptions relay;
            relay.publishGrace = std::chrono::milliseconds(*m_opt.publishGraceMs);
            m_wallet->setRelayOptions(relay);
            std::printf("(diagnosis: publish grace %d ms instead of the default %lld ms)\n",
                        *m_opt.publishGraceMs, qlonglong(RelayOptions().publishGrace.count()));
        }
        // Warm, as NWCClient is before its timing: connected, info event read, one request done.
        const auto caps = tryAwait(m_wallet->client()->capabilities());
        const auto balance = tryAwait(m_wallet->balance());
        if (!caps || !*caps || !(*caps)->nip44 || !balance || !*balance)
            return failed("NwcWallet could not read the info event and balance");
        watchPhases();
        return true;
    }

    //! When, within one of our payments, the relay's EOSE for the response subscription came,
    //! the request left the socket, the relay's OK came and the response arrived.
    void watchPhases()
    {
        RelayPool *pool = m_wallet->client()->pool();
        const auto mark = [this](Stats &phase) {
            if (m_clock.isValid())
                phase.add(double(m_clock.nsecsElapsed()) / 1e6);
        };
        QObject::connect(pool, &RelayPool::endOfStoredEvents, pool,
                         [this, mark](const QString &, int) { mark(m_eose); });
        QObject::connect(pool, &RelayPool::eventSent, pool,
                         [this, mark](const QString &) { mark(m_sent); });
        QObject::connect(pool, &RelayPool::published, pool,
                         [this, mark](const QString &, bool, const QString &) { mark(m_ok); });
        QObject::connect(pool, &RelayPool::eventReceived, pool,
                         [this, mark](const QString &, const QJsonObject &) { mark(m_response); });
    }

    bool payOurs(const QList<Invoice> &invoices)
    {
        for (const Invoice &i : invoices) {
            m_clock.start();
            const auto paid = tryAwait(
                m_wallet->payInvoice(i.decoded, MilliSats(0), PaymentBackend::defaultPayTimeout),
                int(PaymentBackend::defaultPayTimeout.count()) + 5'000);
            const double ms = double(m_clock.nsecsElapsed()) / 1e6;
            m_clock.invalidate();
            if (!paid || !*paid || (*paid)->state != OutgoingPayment::State::Succeeded
                || !(*paid)->preimage
                || !verifyPreimage(*(*paid)->preimage, i.decoded.paymentHash)) {
                std::fprintf(stderr, "%s\n",
                             paid && !*paid ? qPrintable(paid->error().describe()) : "");
                return failed("NwcWallet did not pay an invoice with a verified preimage");
            }
            m_ours.add(ms);
        }
        return true;
    }

    //! The floor under both: the payer's phoenixd API paying directly, as the service's backend
    //! does for each request (no Nostr at all).
    bool payDirect(const QList<Invoice> &invoices)
    {
        QElapsedTimer t;
        for (const Invoice &i : invoices) {
            t.start();
            const HttpResult paid = m_sandbox.pay(u"payer"_s, i.decoded.text);
            m_direct.add(double(t.nsecsElapsed()) / 1e6);
            const auto preimage = Preimage::fromHex(paid.json.value(u"paymentPreimage").toString());
            if (paid.status != 200 || !preimage
                || !verifyPreimage(*preimage, i.decoded.paymentHash))
                return failed("the sandbox did not pay an invoice directly");
        }
        return true;
    }

    bool payTheirs(const QList<Invoice> &invoices)
    {
        QByteArray input;
        for (const Invoice &i : invoices)
            input += i.decoded.text.toLatin1() + '\n';
        // nwc-client.mjs checks sha256(preimage) == payment hash itself and exits 1 otherwise.
        const auto out =
            runNode(u"nwc-client.mjs"_s, {u"--uri"_s, m_service.value("uri"), u"--bench"_s}, input);
        if (!out)
            return failed("NWCClient's run failed");
        const QJsonObject o = QJsonDocument::fromJson(*out).object();
        const QJsonArray ms = o.value(u"ms").toArray();
        if (o.value(u"count").toInt() != invoices.size() || ms.size() != invoices.size()
            || o.value(u"errors").toInt() != 0)
            return failed("NWCClient did not pay every invoice");
        for (const QJsonValue &v : ms)
            m_theirs.add(v.toDouble());
        return true;
    }

    qint64 timesPaid(const PaymentHash &hash)
    {
        return m_service.admin("GET", m_service.value("admin") + u"/stats"_s)
            .value(u"payments")
            .toObject()
            .value(hash.toHex())
            .toObject()
            .value(u"paid")
            .toInteger();
    }

    void report() const
    {
        const double ratio = m_ours.at(0.5) / m_theirs.at(0.5);
        std::printf("\nNWC pay_invoice round trip on loopback (%d payments each, one relay, one "
                    "wallet service over a sandbox wallet)\n",
                    m_opt.rounds);
        std::printf("  ours (NwcWallet)      median %7.2f ms   p95 %7.2f ms\n", m_ours.at(0.5),
                    m_ours.at(0.95));
        std::printf("  @getalby/sdk NWCClient median %7.2f ms   p95 %7.2f ms\n", m_theirs.at(0.5),
                    m_theirs.at(0.95));
        std::printf("  ours/theirs %.2fx (median), %.2fx (p95); target <= 0.5x: %s\n", ratio,
                    m_ours.at(0.95) / m_theirs.at(0.95), ratio <= 0.5 ? "met" : "NOT met");
        std::printf("  floor: phoenixd payinvoice directly over HTTP, no Nostr (%d payments): "
                    "median %.2f ms   p95 %.2f ms\n",
                    floorRounds, m_direct.at(0.5), m_direct.at(0.95));
        if (m_eose.values.size() == m_ours.values.size()
            && m_sent.values.size() == m_ours.values.size()
            && m_response.values.size() == m_ours.values.size())
            std::printf("  ours, median ms after the call: relay's EOSE %.2f, request sent %.2f, "
                        "relay's OK %.2f, response in %.2f, verified result %.2f\n",
                        m_eose.at(0.5), m_sent.at(0.5), m_ok.at(0.5), m_response.at(0.5),
                        m_ours.at(0.5));
        if (m_sent.values.size() == m_response.values.size()) {
            // Request sent to response in: the relay and the wallet service, which both
            // clients wait for alike. Even a client that cost nothing could not beat it.
            Stats shared;
            for (qsizetype i = 0; i < m_sent.values.size(); ++i)
                shared.add(m_response.values.at(i) - m_sent.values.at(i));
            std::printf("  relay + wallet service (request sent to response in) median %.2f ms: "
                        "a client costing nothing would be at %.2fx\n",
                        shared.at(0.5), shared.at(0.5) / m_theirs.at(0.5));
        }
        std::printf("  order: ours %lld, then NWCClient's %lld in one process, then ours %lld\n",
                    qlonglong(m_opt.rounds / 2), qlonglong(m_opt.rounds),
                    qlonglong(m_opt.rounds - m_opt.rounds / 2));
    }

    Options m_opt;
    SandboxProcess m_sandbox;
    NodePeer m_relay;
    NodePeer m_service;
    std::unique_ptr<NwcWallet> m_wallet;
    Stats m_ours;
    Stats m_theirs;
    Stats m_direct;
    QElapsedTimer m_clock; //!< valid while one of our payments is timed
    Stats m_eose, m_sent, m_ok, m_response;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const auto opt = parseOptions(app.arguments());
    if (!opt) {
        std::fprintf(stderr, "usage: lightwork-bench-nwc [--rounds N] [--iterations N] [--seed S] "
                             "[--publish-grace-ms N]\n");
        return 2;
    }
    // The crypto first, before the sandbox and node peers load the machine.
    if (!benchCrypto(*opt))
        return 1;
    RoundTrip roundTrip(*opt);
    return roundTrip.run() ? 0 : 1;
}
