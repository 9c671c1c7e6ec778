// SPDX-License-Identifier: GPL-3.0-or-later
// ClnWallet's pushed received payments (a waitanyinvoice loop) against the clnrest emulator
// (tests/peers/cln-emulator.mjs) in front of a sandbox wallet, paid from another sandbox wallet:
// one event per paid invoice, none for an unpaid one or one paid before the wallet was opened,
// calls refused for a while and resumed from pay_index without losing or repeating a payment,
// and a wallet deleted while it waits (even from its own event).
#include "cln/clnevents.h"
#include "cln/clnwallet.h"
#include "futureutil.h"
#include "net/httpclient.h"
#include "nodepeer.h"
#include "sandbox/sandboxprocess.h"

#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QTest>

#include <memory>

using namespace lw;
using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;

class TestClnEvents : public QObject {
    Q_OBJECT

private:
    lwtest::SandboxProcess sandbox;
    lwtest::NodePeer cln; // in front of alice; bob pays
    QNetworkAccessManager network;
    std::unique_ptr<HttpClient> http;

    std::unique_ptr<ClnWallet> wallet()
    {
        return std::make_unique<ClnWallet>(
            http.get(), QUrl(cln.value("url")), cln.value("rune").toUtf8(),
            QSslCertificate(cln.value("tls_cert").toUtf8(), QSsl::Pem), Network::Regtest);
    }
    qint64 waitCalls()
    {
        return cln.admin("GET", cln.value("admin") + u"/stats"_s)
            .value(u"routes")
            .toObject()
            .value(u"POST /v1/waitanyinvoice")
            .toInteger();
    }
    bool fault(int count)
    {
        return cln
            .admin("POST", cln.value("admin") + u"/fault"_s,
                   {{u"route"_s, u"/v1/waitanyinvoice"_s},
                    {u"mode"_s, u"reset"_s},
                    {u"count"_s, count}})
            .value(u"ok")
            .toBool();
    }
    //! The watcher, started, with short waits; once its first waitanyinvoice reached the node.
    ClnInvoiceEvents *watch(ClnWallet &w)
    {
        const qint64 before = waitCalls();
        auto *events = qobject_cast<ClnInvoiceEvents *>(w.events());
        if (events) {
            events->setWaitSeconds(1);
            events->setRetryDelays(100ms, 400ms);
        }
        if (!QTest::qWaitFor([&] { return waitCalls() > before; }, 5'000))
            return nullptr;
        return events;
    }
    ReceivingInvoice invoice(ClnWallet &w, qint64 sats)
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
        const QJsonObject p = sandbox.wallet(u"alice"_s).value(u"phoenixd").toObject();
        QVERIFY2(cln.start(u"cln-emulator.mjs"_s,
                           {u"--backend"_s, p.value(u"url").toString(), u"--backend-password"_s,
                            p.value(u"password").toString(), u"--network"_s, u"regtest"_s}),
                 qPrintable(cln.error()));
    }

    void paidInvoiceGivesOneEvent()
    {
        // Paid before the wallet was opened: not news.
        {
            auto earlier = wallet();
            const ReceivingInvoice old = invoice(*earlier, 500);
            QCOMPARE(sandbox.pay(u"bob"_s, old.bolt11).status, 200);
        }
        auto w = wallet();
        ClnInvoiceEvents *events = watch(*w);
        QVERIFY(events);
        QCOMPARE(w->events(), events);
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
        QTest::qWait(1'500); // a timed-out wait or two: still nothing more
        QCOMPARE(spy.count(), 1);
        QVERIFY(events->lastPayIndex().has_value());
    }

    void refusedCallsResume()
    {
        auto w = wallet();
        ClnInvoiceEvents *events = watch(*w);
        QVERIFY(events);
        QSignalSpy spy(events, &WalletEvents::paymentReceived);
        const ReceivingInvoice before = invoice(*w, 1100);
        QCOMPARE(sandbox.pay(u"bob"_s, before.bolt11).status, 200);
        QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 1, 10'000);

        // Every call refused (connection reset) until the fault is cleared; the wait already
        // open ends within its one-second timeout.
        QVERIFY(fault(1000));
        const qint64 calls = waitCalls();
        QTRY_VERIFY_WITH_TIMEOUT(waitCalls() >= calls + 2, 5'000);
        const ReceivingInvoice whileDown = invoice(*w, 1200);
        QCOMPARE(sandbox.pay(u"bob"_s, whileDown.bolt11).status, 200);
        QTest::qWait(600);
        QCOMPARE(spy.count(), 1);
        QVERIFY(fault(0));
        QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 2, 10'000);
        QCOMPARE(received(spy).at(1).paymentHash, whileDown.paymentHash);
        QCOMPARE(received(spy).at(1).received.msat(), 1'200'000);

        const ReceivingInvoice after = invoice(*w, 1300);
        QCOMPARE(sandbox.pay(u"bob"_s, after.bolt11).status, 200);
        QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 3, 10'000);
        QCOMPARE(received(spy).at(2).paymentHash, after.paymentHash);
        QTest::qWait(500);
        QCOMPARE(spy.count(), 3);
    }

    void deletedWhileWaiting()
    {
        auto w = wallet();
        QVERIFY(watch(*w));
        w.reset();
        auto payee = wallet();
        const ReceivingInvoice one = invoice(*payee, 900);
        QCOMPARE(sandbox.pay(u"bob"_s, one.bolt11).status, 200);
        QTest::qWait(600);

        auto doomed = wallet();
        ClnInvoiceEvents *events = watch(*doomed);
        QVERIFY(events);
        int calls = 0;
        connect(events, &WalletEvents::paymentReceived, this, [&](const IncomingPayment &) {
            ++calls;
            doomed.reset();
        });
        const ReceivingInvoice two = invoice(*payee, 950);
        QCOMPARE(sandbox.pay(u"bob"_s, two.bolt11).status, 200);
        QTRY_VERIFY_WITH_TIMEOUT(!doomed, 10'000);
        QTest::qWait(1'500);
        QCOMPARE(calls, 1);
    }
};

QTEST_GUILESS_MAIN(TestClnEvents)
#include "tst_clnevents.moc"
