// SPDX-License-Identifier: GPL-3.0-or-later
// LndWallet's pushed received payments (SubscribeInvoices) against the LND REST emulator
// (tests/peers/lnd-emulator.mjs) in front of a sandbox wallet, paid from another sandbox wallet:
// one event per settled invoice, none for an unpaid one, a cut stream resumed without losing or
// repeating a payment, and a wallet deleted mid-stream (even from its own event).
#include "futureutil.h"
#include "lnd/lndevents.h"
#include "lnd/lndwallet.h"
#include "net/httpclient.h"
#include "sandbox/sandboxprocess.h"
#include "wallet/lndemulator.h"

#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace lw;
using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;

namespace {

const QString subscribeRoute = u"/v1/invoices/subscribe"_s;

} // namespace

class TestLndEvents : public QObject {
    Q_OBJECT

private:
    lwtest::SandboxProcess sandbox;
    QNetworkAccessManager network;
    std::unique_ptr<HttpClient> http;
    lwtest::LndEmulator lnd; // in front of alice; bob pays

    std::unique_ptr<LndWallet> wallet()
    {
        return std::make_unique<LndWallet>(http.get(), lnd.url(), lnd.macaroon("admin"),
                                           lnd.certificate(), Network::Regtest);
    }
    //! The watcher, started, with short waits; once its first stream reached the emulator.
    LndInvoiceEvents *watch(LndWallet &w)
    {
        const int before = subscribeCalls();
        auto *events = qobject_cast<LndInvoiceEvents *>(w.events());
        if (events)
            events->setRetryDelays(100ms, 400ms);
        if (!QTest::qWaitFor([&] { return subscribeCalls() > before; }, 5'000))
            return nullptr;
        QTest::qWait(100);
        return events;
    }
    int subscribeCalls()
    {
        return lnd.stats().value(u"routes").toObject().value(u"GET "_s + subscribeRoute).toInt();
    }
    ReceivingInvoice invoice(LndWallet &w, qint64 sats)
    {
        const auto made =
            lwtest::tryAwait(w.createInvoice(MilliSats(sats * 1000), u"events"_s, 600), 20'000);
        if (!made || !*made)
            return {};
        return **made;
    }
    static QList<IncomingPayment> received(const QSignalSpy &spy)
    {
        QList<IncomingPayment> out;
        for (const QList<QVariant> &args : spy)
            out.append(args.at(0).value<IncomingPayment>());
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        network.setProxy(QNetworkProxy::NoProxy);
        http = std::make_unique<HttpClient>(&network);
        QVERIFY(sandbox.start({u"--wallet"_s, u"alice:100000"_s, u"--wallet"_s, u"bob:80000"_s}));
        QVERIFY(lnd.start(sandbox.wallet(u"alice"_s).value(u"phoenixd").toObject(), http.get()));
    }
    void cleanupTestCase() { lnd.stop(); }

    void paidInvoiceGivesOneEvent()
    {
        auto w = wallet();
        LndInvoiceEvents *events = watch(*w);
        QVERIFY(events);
        QCOMPARE(w->events(), events); // the same watcher, not a second stream
        QSignalSpy spy(events, &WalletEvents::paymentReceived);
        const ReceivingInvoice paid = invoice(*w, 2100);
        const ReceivingInvoice unpaid = invoice(*w, 2200);
        QVERIFY(!paid.bolt11.isEmpty() && !unpaid.bolt11.isEmpty());
        QCOMPARE(sandbox.pay(u"bob"_s, paid.bolt11).status, 200);
        QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 1, 10'000);
        const IncomingPayment p = received(spy).first();
        QCOMPARE(p.paymentHash, paid.paymentHash);
        QCOMPARE(p.state, IncomingPayment::State::Paid);
        QCOMPARE(p.received.msat(), 2'100'000);
        // Nothing more: not the unpaid invoice, not the paid one again.
        QTest::qWait(1'000);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(events->connections(), 1);
    }

    void cutStreamResumes()
    {
        auto w = wallet();
        LndInvoiceEvents *events = watch(*w);
        QVERIFY(events);
        QSignalSpy spy(events, &WalletEvents::paymentReceived);
        const ReceivingInvoice before = invoice(*w, 1100);
        QCOMPARE(sandbox.pay(u"bob"_s, before.bolt11).status, 200);
        QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 1, 10'000);

        // The open stream is cut and every new one refused until the fault is cleared.
        const int opened = events->connections();
        QVERIFY(lnd.fault(u"reset"_s, false, 1000, subscribeRoute));
        QTRY_VERIFY_WITH_TIMEOUT(events->connections() >= opened + 2, 5'000);
        const ReceivingInvoice whileDown = invoice(*w, 1200);
        QCOMPARE(sandbox.pay(u"bob"_s, whileDown.bolt11).status, 200);
        QTest::qWait(600); // the node has settled it meanwhile
        QCOMPARE(spy.count(), 1);
        QVERIFY(lnd.clearFault(subscribeRoute));
        QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 2, 10'000);
        QCOMPARE(received(spy).at(1).paymentHash, whileDown.paymentHash);
        QCOMPARE(received(spy).at(1).received.msat(), 1'200'000);

        const ReceivingInvoice after = invoice(*w, 1300);
        QCOMPARE(sandbox.pay(u"bob"_s, after.bolt11).status, 200);
        QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 3, 10'000);
        QCOMPARE(received(spy).at(2).paymentHash, after.paymentHash);
        QTest::qWait(500);
        QCOMPARE(spy.count(), 3); // the resumed stream repeated nothing
    }

    void deletedMidStream()
    {
        // Deleted while its stream is open: nothing runs afterwards.
        auto w = wallet();
        QVERIFY(watch(*w));
        const auto openStreams = [this] { return lnd.stats().value(u"open_streams").toInt(); };
        QTRY_COMPARE_WITH_TIMEOUT(openStreams(), 1, 5'000);
        w.reset();
        // Its stream is closed with it, not at the next line or the stream's deadline.
        QTRY_COMPARE_WITH_TIMEOUT(openStreams(), 0, 3'000);
        auto payee = wallet();
        const ReceivingInvoice one = invoice(*payee, 900);
        QCOMPARE(sandbox.pay(u"bob"_s, one.bolt11).status, 200);
        QTest::qWait(600);

        // Deleted by a receiver of its own event, while the stream is being read.
        auto doomed = wallet();
        LndInvoiceEvents *events = watch(*doomed);
        QVERIFY(events);
        int calls = 0;
        connect(events, &WalletEvents::paymentReceived, this, [&](const IncomingPayment &) {
            ++calls;
            doomed.reset();
        });
        const ReceivingInvoice two = invoice(*payee, 950);
        QCOMPARE(sandbox.pay(u"bob"_s, two.bolt11).status, 200);
        QTRY_VERIFY_WITH_TIMEOUT(!doomed, 10'000);
        QTest::qWait(600);
        QCOMPARE(calls, 1);
    }
};

QTEST_GUILESS_MAIN(TestLndEvents)
#include "tst_lndevents.moc"
