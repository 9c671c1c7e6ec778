// SPDX-License-Identifier: GPL-3.0-or-later
// Parser throughput: invoice decoding with signature recovery, challenge parsing and macaroon
// decoding per second, and npm `bolt11` decoding the same 10,000 invoices in the same run.
#include "common/ecdsa.h"
#include "l402/macaroondecoder.h"
#include "l402/paymentchallenge.h"
#include "lightning/bolt11decoder.h"
#include "lightning/bolt11encoder.h"
#include "randomdata.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryFile>

#include <cstdio>
#include <functional>

using namespace lw;
using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int invoiceCount = 10'000;

// Invoices shaped like the ones markets send: regtest/mainnet, a description, sometimes a
// routing hint.
QStringList makeInvoices()
{
    QRandomGenerator rng(7);
    QStringList out;
    for (int i = 0; i < invoiceCount; ++i) {
        Bolt11Draft d;
        d.network = rng.bounded(2) ? Network::Mainnet : Network::Regtest;
        d.amount = MilliSats(qint64(rng.bounded(1, 5'000'000)) * 1000);
        d.timestamp = 1'790'000'000 + i;
        d.paymentHash = lwtest::randomFixed<PaymentHash>(rng);
        d.paymentSecret = lwtest::randomFixed<PaymentSecret>(rng);
        d.description = u"hire:post_task #"_s + QString::number(i);
        d.expirySeconds = 600;
        d.minFinalCltvExpiryDelta = 40;
        if (rng.bounded(3) == 0) {
            RouteHop hop;
            hop.pubkey = *ecdsa::publicKeyOf(lwtest::randomFixed<PrivateKey>(rng));
            hop.shortChannelId = rng.generate64();
            d.routeHints.append(RouteHint{hop});
        }
        d.featureBits = {9, 14, 17};
        out << *encodeBolt11(d, lwtest::randomFixed<PrivateKey>(rng));
    }
    return out;
}

struct Measurement {
    qint64 operations = 0;
    double seconds = 0;
    double perSecond() const { return seconds > 0 ? double(operations) / seconds : 0; }
};

// Repeats a batch until at least a second has passed, so short operations are measured well.
Measurement measure(int batch, const std::function<bool()> &once)
{
    Measurement m;
    QElapsedTimer timer;
    timer.start();
    while (timer.nsecsElapsed() < 1'000'000'000) {
        for (int i = 0; i < batch; ++i)
            if (!once())
                qFatal("benchmark input failed to parse");
        m.operations += batch;
    }
    m.seconds = double(timer.nsecsElapsed()) / 1e9;
    return m;
}

void print(const char *name, const Measurement &m)
{
    std::printf("%-42s %12.0f /s   (%lld in %.2f s)\n", name, m.perSecond(),
                static_cast<long long>(m.operations), m.seconds);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    std::printf("Generating %d invoices...\n", invoiceCount);
    const QStringList invoices = makeInvoices();

    int next = 0;
    const Measurement ours = measure(invoiceCount, [&] {
        const auto inv = decodeBolt11(invoices[next++ % invoiceCount]);
        return inv.hasValue();
    });

    // The floor under any decoder that checks signatures: libsecp256k1's own recovery.
    const auto sample = decodeBolt11(invoices.first());
    const Measurement recovery = measure(10'000, [&] {
        return ecdsa::recover(sample->signature, sample->recoveryId, sample->signingHash)
            .has_value();
    });

    const QString aperture =
        u"LSAT macaroon=\"AgEEbHNhdAJCAAAwpHpumws6ufQoDwiTLNcge0QPUIWA0+tVY+tKPYAJ/zSfmEGlIpNm3VzxuzCqLhEp5KGiyPLUM9L+kcB7uzS+AAIPc2VydmljZXM9bWVtZTowAAISbWVtZV9jYXBhYmlsaXRpZXM9AAAGILA1VCEIExukt4nG+XR9tX8WJ2BVMiHG3UNt1uYJ+NRD\", invoice=\"lnbcrt100n1p3qqkygpp5xzj85m5mpvatnapgpuyfxtxhypa5gr6sskqd8664v04550vqp8lsdq8f3f5z4qcqzpgsp5tpzvsq5pckqgln3ltpy3e9cf6tf2aj82ffa2tted77ltweuaweks9qyyssq0w5da3k40wtdukac7hp5s58hsxf8k8f52c5qneezu4xg3xh87xrnkl5jwtw098d2gjywx20nmkxl2y4vq9fr89kg5kzcwupv9xpdaggp4fc4ms\""_s;
    const QList<QByteArray> headerLines{aperture.toLatin1(),
                                        aperture.sliced(1).prepend(u"L402"_s.first(3)).toLatin1()};
    const Measurement challenges =
        measure(10'000, [&] { return !parsePaymentChallenges(headerLines).isEmpty(); });

    const QString v2Token =
        u"AgEEbHNhdAJCAAAwpHpumws6ufQoDwiTLNcge0QPUIWA0+tVY+tKPYAJ/zSfmEGlIpNm3VzxuzCqLhEp5KGiyPLUM9L+kcB7uzS+AAIPc2VydmljZXM9bWVtZTowAAISbWVtZV9jYXBhYmlsaXRpZXM9AAAGILA1VCEIExukt4nG+XR9tX8WJ2BVMiHG3UNt1uYJ+NRD"_s;
    const QString v1Token =
        u"MDAxZmxvY2F0aW9uIGFsaXR0bGViaXRvZm1vbmV5CjAwNTBpZGVudGlmaWVyIDRlMTIxMTk4ZTU0YjNiZDFiY2RjZTlkODhlZGFhZmRiZTU0MzQ0YmU5YWYxMWM5ZDRiNTM1MmQzMTAxZGFmNTQKMDA1NmNpZCBwYXltZW50X2hhc2g9NGUxMjExOThlNTRiM2JkMWJjZGNlOWQ4OGVkYWFmZGJlNTQzNDRiZTlhZjExYzlkNGI1MzUyZDMxMDFkYWY1NAowMDE3Y2lkIGFtb3VudF9zYXRzPTUwCjAwMzhjaWQgYWNjb3VudF9pZD1mMzZkM2E0OC03NjU5LTQ2OTQtYjIwMy0yNjJkOTMwOWM2NzIKMDAyZnNpZ25hdHVyZSBkdGR-F_bSbnj0gwcmlVR5RT2CxR_AY34yw5hz-bz-_Qo"_s;
    const Measurement v2 =
        measure(10'000, [&] { return decodeL402Token(v2Token).paymentHash().has_value(); });
    const Measurement v1 =
        measure(10'000, [&] { return decodeL402Token(v1Token).paymentHash().has_value(); });

    std::printf("\n");
    print("invoice decode + signature recovery", ours);
    print("  of which: secp256k1_ecdsa_recover alone", recovery);
    print("challenge parse (LSAT + L402 lines)", challenges);
    print("macaroon decode V2 binary (aperture)", v2);
    print("macaroon decode V1 packets (402ai)", v1);

    // npm bolt11 on the same invoices, in the same run: as installed (its prebuilt native
    // secp256k1 binding on x86-64 Linux) and on its pure-JavaScript fallback.
    QTemporaryFile file;
    if (!file.open())
        qFatal("cannot write the invoice file");
    file.write(invoices.join(u'\n').toLatin1());
    file.flush();
    const QString node = QStandardPaths::findExecutable(u"node"_s);
    if (node.isEmpty()) {
        std::printf("\nnpm bolt11: not run (node is not installed)\n");
        return 1;
    }
    std::printf("\n");
    for (const char *backend : {"native", "js"}) {
        QProcess peer;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"LW_NPM_SECP256K1"_s, QString::fromLatin1(backend));
        peer.setProcessEnvironment(env);
        peer.setWorkingDirectory(QStringLiteral(LW_PEERS_DIR));
        peer.start(node, {QStringLiteral(LW_PEERS_DIR "/bench-bolt11.js"), file.fileName()});
        if (!peer.waitForFinished(600'000) || peer.exitCode() != 0) {
            std::printf("npm bolt11: failed (%s)\n",
                        qPrintable(QString::fromUtf8(peer.readAllStandardError())));
            return 1;
        }
        const QJsonObject npm = QJsonDocument::fromJson(peer.readAllStandardOutput()).object();
        const double npmRate = npm[u"per_second"].toDouble();
        std::printf("%-42s %12.0f /s   (%d in %.2f s)\n",
                    qPrintable(u"npm bolt11 1.4.1, secp256k1 "_s + npm[u"secp256k1"].toString()),
                    npmRate, npm[u"count"].toInt(), npm[u"seconds"].toDouble());
        std::printf("%-42s %12.1fx   (target >= 20x; recovery alone caps it at %.1fx)\n",
                    "  ratio ours / npm", npmRate > 0 ? ours.perSecond() / npmRate : 0.0,
                    npmRate > 0 ? recovery.perSecond() / npmRate : 0.0);
    }
    return 0;
}
