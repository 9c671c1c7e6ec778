// SPDX-License-Identifier: GPL-3.0-or-later
// LndWallet when LND misbehaves after a payment may have started: a hung, failed (500), cut or
// reset answer to router/send, and a track stream that stays open. Each is Pending, never
// Failed; lookupPayment settles it by hash, and the sandbox pays at most once.
#include "futureutil.h"
#include "lightning/bolt11decoder.h"
#include "lightning/preimage.h"
#include "lnd/lndwallet.h"
#include "net/httpclient.h"
#include "sandbox/sandboxprocess.h"
#include "wallet/lndemulator.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QTest>

#include <memory>
#include <optional>

using namespace lw;
using namespace Qt::Literals::StringLiterals;
using State = OutgoingPayment::State;
using namespace std::chrono_literals;

namespace {

template <typename T>
std::optional<T> await(QFuture<T> future, int timeoutMs = 30'000)
{
    return lwtest::tryAwait(std::move(future), timeoutMs);
}

template <typename T>
QByteArray errorText(const Result<T, AppError> &r)
{
    return r ? QByteArray() : r.error().describe().toUtf8();
}

Bolt11Invoice decoded(const QString &text)
{
    const auto d = decodeBolt11(text);
    return d ? *d : Bolt11Invoice();
}

} // namespace

class TestLndReliability : public QObject {
    Q_OBJECT

private:
    lwtest::SandboxProcess sandbox;
    QNetworkAccessManager network;
    std::unique_ptr<HttpClient> http;
    lwtest::LndEmulator lnd;
    std::unique_ptr<LndWallet> wallet;

    //! Looks the payment up until it leaves Pending (or a few tries pass). Right after a reset
    //! the node may still be starting the payment it read before the connection dropped, and
    //! answer NotFound for a moment: that is waited out too, as long as the backend shows it.
    OutgoingPayment settled(const PaymentHash &hash)
    {
        OutgoingPayment last;
        for (int i = 0; i < 15; ++i) {
            const auto looked = await(wallet->lookupPayment(hash));
            if (looked && *looked) {
                last = **looked;
                const bool catchingUp =
                    last.state == State::NotFound && lnd.backendPayments(hash.toHex()) > 0;
                if (last.state != State::Pending && !catchingUp)
                    return last;
            }
            QTest::qWait(200);
        }
        return last;
    }

private Q_SLOTS:
    void initTestCase()
    {
        network.setProxy(QNetworkProxy::NoProxy);
        http = std::make_unique<HttpClient>(&network);
        QVERIFY(sandbox.start({u"--wallet"_s, u"alice:100000"_s, u"--wallet"_s, u"bob:50000"_s}));
        QVERIFY(lnd.start(sandbox.wallet(u"alice"_s).value(u"phoenixd").toObject(), http.get()));
        wallet = std::make_unique<LndWallet>(http.get(), lnd.url(), lnd.macaroon("admin"),
                                             lnd.certificate(), Network::Regtest);
        wallet->setLookupGrace(1'500ms);
    }
    void cleanup()
    {
        lnd.clearFault();
        lnd.clearFault(u"/v2/router/track"_s);
        lnd.delay(0);
    }
    void cleanupTestCase()
    {
        wallet.reset();
        lnd.stop();
    }

    // Each fault, with the payment made behind it or not: Pending at once, then settled by
    // looking it up, and the settled state agrees with what the sandbox actually paid. A reset
    // cuts the connection as it opens, so whether anything was paid is the node's to say.
    void faultIsPendingThenSettled_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::addColumn<bool>("pay");
        QTest::addColumn<int>("paid"); // 1 paid, 0 not, -1 as the node reports
        QTest::newRow("hang, paid") << u"hang"_s << true << 1;
        QTest::newRow("status500, paid") << u"status500"_s << true << 1;
        QTest::newRow("status500, not paid") << u"status500"_s << false << 0;
        QTest::newRow("truncate, paid") << u"truncate"_s << true << 1;
        QTest::newRow("reset") << u"reset"_s << true << -1;
    }
    void faultIsPendingThenSettled()
    {
        QFETCH(QString, mode);
        QFETCH(bool, pay);
        QFETCH(int, paid);
        const qint64 bobBefore = sandbox.walletBalance(u"bob"_s);
        const Bolt11Invoice invoice = decoded(sandbox.createInvoice(u"bob"_s, 321));
        QVERIFY(invoice.amount);
        QVERIFY(lnd.fault(mode, pay));

        QElapsedTimer clock;
        clock.start();
        const auto first = await(wallet->payInvoice(invoice, MilliSats(10'000), 2'500ms));
        QVERIFY(first);
        QVERIFY2(*first, errorText(*first).constData());
        QCOMPARE((*first)->state, State::Pending);
        QCOMPARE((*first)->paymentHash, invoice.paymentHash);
        QVERIFY(!(*first)->reason.isEmpty());
        QVERIFY(!(*first)->preimage);
        QVERIFY2(clock.elapsed() < 6'000, qPrintable(QString::number(clock.elapsed())));

        const OutgoingPayment after = settled(invoice.paymentHash);
        const int backend = lnd.backendPayments(invoice.paymentHash.toHex());
        if (paid >= 0)
            QCOMPARE(backend, paid);
        if (backend == 1) {
            QCOMPARE(after.state, State::Succeeded);
            QVERIFY(after.preimage && verifyPreimage(*after.preimage, invoice.paymentHash));
            QCOMPARE(sandbox.walletBalance(u"bob"_s), bobBefore + 321);
        } else {
            QCOMPARE(backend, 0);
            QVERIFY2(after.state == State::NotFound || after.state == State::Failed,
                     qPrintable(after.reason));
            QCOMPARE(sandbox.walletBalance(u"bob"_s), bobBefore);
        }

        // Paying again after the fault pays exactly once in all: from the first attempt when
        // it went through, now when it did not.
        const auto again = await(wallet->payInvoice(invoice, MilliSats(10'000), 5s));
        QVERIFY(again);
        QVERIFY2(*again, errorText(*again).constData());
        QCOMPARE((*again)->state, State::Succeeded);
        QVERIFY(verifyPreimage(*(*again)->preimage, invoice.paymentHash));
        QCOMPARE(lnd.backendPayments(invoice.paymentHash.toHex()), 1);
        QCOMPARE(sandbox.walletBalance(u"bob"_s), bobBefore + 321);
    }

    // A slow payment: only IN_FLIGHT before the timeout is Pending; a track stream that stays
    // open while it is in flight is Pending after the grace period; later it settles.
    void inFlightIsPending()
    {
        QVERIFY(lnd.delay(4'000));
        const Bolt11Invoice invoice = decoded(sandbox.createInvoice(u"bob"_s, 55));
        QElapsedTimer clock;
        clock.start();
        const auto paid = await(wallet->payInvoice(invoice, MilliSats(10'000), 1'500ms));
        QVERIFY(paid && *paid);
        QCOMPARE((*paid)->state, State::Pending);
        QVERIFY(clock.elapsed() < 3'500);

        const auto tracked = await(wallet->lookupPayment(invoice.paymentHash));
        QVERIFY(tracked && *tracked);
        QCOMPARE((*tracked)->state, State::Pending);

        QVERIFY(lnd.delay(0));
        QTest::qWait(2'500);
        const OutgoingPayment after = settled(invoice.paymentHash);
        QCOMPARE(after.state, State::Succeeded);
        QVERIFY(verifyPreimage(*after.preimage, invoice.paymentHash));
        QCOMPARE(lnd.backendPayments(invoice.paymentHash.toHex()), 1);
    }

    // A track stream that says nothing at all is Pending after the grace period, not an error
    // that could read as "not paid".
    void silentTrackIsPending()
    {
        const Bolt11Invoice invoice = decoded(sandbox.createInvoice(u"bob"_s, 66));
        const auto paid = await(wallet->payInvoice(invoice, MilliSats(10'000), 10s));
        QVERIFY(paid && *paid);
        QCOMPARE((*paid)->state, State::Succeeded);
        QVERIFY(lnd.fault(u"hang"_s, true, 1, u"/v2/router/track"_s));
        const auto tracked = await(wallet->lookupPayment(invoice.paymentHash));
        QVERIFY(tracked && *tracked);
        QCOMPARE((*tracked)->state, State::Pending);
        QCOMPARE(settled(invoice.paymentHash).state, State::Succeeded);
    }
};

QTEST_GUILESS_MAIN(TestLndReliability)
#include "tst_lndreliability.moc"
