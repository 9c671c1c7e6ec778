// SPDX-License-Identifier: GPL-3.0-or-later
// LNbits' pushed received payments (WebSocket /api/v1/ws/{key}): the message reader on its own,
// then LnbitsWallet::events() against the sandbox's LNbits WebSocket, paid from another
// sandbox wallet: one event per payment to this wallet (none for its own payments or other
// wallets'), the admin key's channel, a wrong key, a sandbox restarted on the same port, and
// deletion while connected. A fake server repeats and garbles events.
#include "lightning/preimage.h"
#include "lnbits/lnbitsevents.h"
#include "lnbits/lnbitswallet.h"
#include "net/httpclient.h"
#include "sandbox/sandboxprocess.h"

#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QWebSocket>
#include <QWebSocketServer>

#include <memory>

using namespace lw;
using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;
using State = PushSocket::State;

namespace {

const QString hashA = u"aa"_s.repeated(32);
const QString hashB = u"bb"_s.repeated(32);

//! A notification as LNbits sends it to a wallet's key channels; null values remove fields.
QByteArray notification(const QString &hash, qint64 msat, const QJsonObject &changes = {})
{
    QJsonObject payment{{u"payment_hash"_s, hash},   {u"checking_id"_s, hash},
                        {u"amount"_s, msat},         {u"fee"_s, 0},
                        {u"status"_s, u"success"_s}, {u"memo"_s, u"m"_s},
                        {u"wallet_id"_s, u"w1"_s},   {u"preimage"_s, QJsonValue()},
                        {u"bolt11"_s, u"lnbcrt1"_s}};
    QJsonObject outer{{u"wallet_balance"_s, 1000}};
    for (auto it = changes.begin(); it != changes.end(); ++it) {
        const bool top = it.key() == u"wallet_balance";
        QJsonObject &target = top ? outer : payment;
        if (it.value().isNull())
            target.remove(it.key());
        else
            target.insert(it.key(), it.value());
    }
    outer.insert(u"payment"_s, payment);
    return lwtest::json(outer);
}

struct Paid {
    PaymentHash hash;
    QString bolt11;
};

QList<IncomingPayment> received(const QSignalSpy &spy)
{
    QList<IncomingPayment> out;
    for (const QList<QVariant> &args : spy)
        out.append(args.at(0).value<IncomingPayment>());
    return out;
}

} // namespace

class TestLnbitsEvents : public QObject {
    Q_OBJECT

private:
    lwtest::SandboxProcess sandbox;
    QNetworkAccessManager network;
    std::unique_ptr<HttpClient> http;

    std::unique_ptr<LnbitsWallet> walletOf(lwtest::SandboxProcess &sbx, const QString &name,
                                           const QString &key = u"invoice_key"_s)
    {
        const QJsonObject l = sbx.wallet(name).value(u"lnbits").toObject();
        return std::make_unique<LnbitsWallet>(http.get(), QUrl(l.value(u"url").toString()),
                                              l.value(key).toString().toUtf8(), Network::Regtest);
    }
    static LnbitsEvents *watch(LnbitsWallet &w)
    {
        auto *events = qobject_cast<LnbitsEvents *>(w.events());
        if (!events)
            return nullptr;
        events->setRetryDelays(100ms, 400ms);
        if (!QTest::qWaitFor([&] { return events->state() == State::Connected; }, 5'000))
            return nullptr;
        return events;
    }
    static Paid invoice(lwtest::SandboxProcess &sbx, const QString &payee, qint64 sats)
    {
        QUrlQuery form;
        form.addQueryItem(u"amountSat"_s, QString::number(sats));
        form.addQueryItem(u"description"_s, u"events"_s);
        const auto r = sbx.phoenixd("POST", payee, u"/createinvoice"_s, form);
        const auto hash = PaymentHash::fromHex(r.json.value(u"paymentHash").toString());
        return {hash.value_or(PaymentHash()), r.json.value(u"serialized").toString()};
    }

private Q_SLOTS:
    void initTestCase()
    {
        network.setProxy(QNetworkProxy::NoProxy);
        http = std::make_unique<HttpClient>(&network);
        QVERIFY(sandbox.start({u"--wallet"_s, u"alice:100000"_s, u"--wallet"_s, u"bob:80000"_s,
                               u"--wallet"_s, u"carol:1000"_s}));
    }

    void reader_data()
    {
        QTest::addColumn<QByteArray>("message");
        QTest::addColumn<int>("outcome"); // 0 dropped, 1 ignored, 2 a payment
        QTest::addColumn<qint64>("msat");
        const auto row = [](const char *name, const QByteArray &m, int outcome, qint64 msat = 0) {
            QTest::newRow(name) << m << outcome << msat;
        };
        const Preimage preimage = generatePreimage();
        const QString paidHash = paymentHashOf(preimage).toHex();
        row("good", notification(hashA, 21'000), 2, 21'000);
        row("good with preimage",
            notification(paidHash, 5'000, {{u"preimage"_s, preimage.toHex()}}), 2, 5'000);
        row("old LNbits: pending false",
            notification(hashA, 7'000, {{u"status"_s, QJsonValue()}, {u"pending"_s, false}}), 2,
            7'000);
        row("outgoing", notification(hashA, -21'000), 1);
        row("out flag", notification(hashA, 21'000, {{u"out"_s, true}}), 1);
        row("pending", notification(hashA, 21'000, {{u"status"_s, u"pending"_s}}), 1);
        row("failed", notification(hashA, 21'000, {{u"status"_s, u"failed"_s}}), 1);
        row("hash channel", lwtest::json({{u"pending"_s, false}, {u"status"_s, u"success"_s}}), 1);
        row("wrong preimage", notification(hashA, 5'000, {{u"preimage"_s, preimage.toHex()}}), 0);
        row("preimage not hex", notification(hashA, 5'000, {{u"preimage"_s, u"xyz"_s}}), 0);
        row("hash short", notification(hashA.left(60), 5'000), 0);
        row("hash missing", notification(hashA, 5'000, {{u"payment_hash"_s, QJsonValue()}}), 0);
        row("amount missing", notification(hashA, 5'000, {{u"amount"_s, QJsonValue()}}), 0);
        row("amount text", notification(hashA, 5'000, {{u"amount"_s, u"5000"_s}}), 0);
        row("amount fraction", notification(hashA, 5'000, {{u"amount"_s, 1.5}}), 0);
        row("amount huge", notification(hashA, 5'000, {{u"amount"_s, 1e30}}), 0);
        row("amount above all money",
            notification(hashA, 5'000, {{u"amount"_s, qint64(2'100'000'000'000'000'001)}}), 0);
        row("amount zero", notification(hashA, 0), 0);
        row("status not text", notification(hashA, 5'000, {{u"status"_s, 1}}), 0);
        row("no status nor pending", notification(hashA, 5'000, {{u"status"_s, QJsonValue()}}), 0);
        row("balance not a number", notification(hashA, 5'000, {{u"wallet_balance"_s, u"x"_s}}), 0);
        row("payment not an object", lwtest::json({{u"payment"_s, 3}}), 0);
        row("something else", lwtest::json({{u"hello"_s, 3}}), 0);
        row("not JSON", "{", 0);
        row("too large", notification(hashA, 5'000, {{u"memo"_s, QString(300'000, u'm')}}), 0);
    }
    void reader()
    {
        QFETCH(QByteArray, message);
        QFETCH(int, outcome);
        QFETCH(qint64, msat);
        const auto r = LnbitsEventFeed::read(message);
        QCOMPARE(bool(r), outcome != 0);
        if (!r) {
            QCOMPARE(r.error().kind, AppError::Kind::BadResponse);
            return;
        }
        QCOMPARE(r->has_value(), outcome == 2);
        if (outcome == 2) {
            QCOMPARE((*r)->state, IncomingPayment::State::Paid);
            QCOMPARE((*r)->received.msat(), msat);
        }
    }

    void paymentArrivesOnce()
    {
        auto alice = walletOf(sandbox, u"alice"_s);
        LnbitsEvents *events = watch(*alice);
        QVERIFY(events);
        QCOMPARE(alice->events(), events);
        QSignalSpy spy(events, &WalletEvents::paymentReceived);
        const Paid toCarol = invoice(sandbox, u"carol"_s, 300);
        QCOMPARE(sandbox.pay(u"bob"_s, toCarol.bolt11).status, 200);
        QCOMPARE(sandbox.pay(u"alice"_s, invoice(sandbox, u"carol"_s, 40).bolt11).status, 200);
        const Paid paid = invoice(sandbox, u"alice"_s, 2100);
        QCOMPARE(sandbox.pay(u"bob"_s, paid.bolt11).status, 200);
        QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 1, 5'000);
        const IncomingPayment p = received(spy).first();
        QCOMPARE(p.paymentHash, paid.hash);
        QCOMPARE(p.state, IncomingPayment::State::Paid);
        QCOMPARE(p.received.msat(), 2'100'000);
        QTest::qWait(500);
        QCOMPARE(spy.count(), 1); // neither carol's payments nor alice's own
        QCOMPARE(events->connections(), 1);
        QCOMPARE(events->dropped(), 0);
    }

    void adminKeyHears()
    {
        auto alice = walletOf(sandbox, u"alice"_s, u"admin_key"_s);
        LnbitsEvents *events = watch(*alice);
        QVERIFY(events);
        QSignalSpy spy(events, &WalletEvents::paymentReceived);
        const Paid paid = invoice(sandbox, u"alice"_s, 777);
        QCOMPARE(sandbox.pay(u"bob"_s, paid.bolt11).status, 200);
        QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 1, 5'000);
        QCOMPARE(received(spy).first().paymentHash, paid.hash);
    }

    void wrongKeyHearsNothing()
    {
        // LNbits accepts any id on its socket: a wrong key connects and hears nothing.
        const QJsonObject l = sandbox.wallet(u"alice"_s).value(u"lnbits").toObject();
        LnbitsWallet w(http.get(), QUrl(l.value(u"url").toString()), "0123456789abcdef",
                       Network::Regtest);
        LnbitsEvents *events = watch(w);
        QVERIFY(events);
        QSignalSpy spy(events, &WalletEvents::paymentReceived);
        const Paid paid = invoice(sandbox, u"alice"_s, 500);
        QCOMPARE(sandbox.pay(u"bob"_s, paid.bolt11).status, 200);
        QTest::qWait(500);
        QCOMPARE(spy.count(), 0);
        QCOMPARE(events->state(), State::Connected);
    }

    void keyNeverInErrors()
    {
        // A server that is gone: the error says so without the key of the URL.
        QWebSocketServer server(u"gone"_s, QWebSocketServer::NonSecureMode);
        QVERIFY(server.listen(QHostAddress::LocalHost));
        const quint16 port = server.serverPort();
        server.close();
        const QByteArray key = "secretkey0123456789";
        LnbitsEvents events(QUrl(u"http://127.0.0.1:%1/lnbits"_s.arg(port)), key);
        events.setRetryDelays(50ms, 100ms);
        events.start();
        QTRY_COMPARE_WITH_TIMEOUT(events.state(), State::Waiting, 5'000);
        QVERIFY(!events.lastError().message.isEmpty());
        QVERIFY(!events.lastError().describe().contains(QString::fromLatin1(key)));

        LnbitsEvents insecure(QUrl(u"http://lnbits.example"_s), key);
        insecure.start();
        QCOMPARE(insecure.state(), State::Refused);
        QCOMPARE(insecure.lastError().kind, AppError::Kind::Insecure);
        QVERIFY(!insecure.lastError().describe().contains(QString::fromLatin1(key)));
    }

    void repeatedAndBadMessages()
    {
        QWebSocketServer server(u"fake"_s, QWebSocketServer::NonSecureMode);
        QVERIFY(server.listen(QHostAddress::LocalHost));
        QString path;
        connect(&server, &QWebSocketServer::newConnection, &server, [&] {
            QWebSocket *s = server.nextPendingConnection();
            s->setParent(&server); // ours to delete: with the server
            path = s->requestUrl().path();
            for (const QByteArray &m : {notification(hashA, 10'000), QByteArray("]"),
                                        notification(u"12"_s, 10), notification(hashA, 10'000),
                                        notification(hashB, -5'000), notification(hashB, 20'000)})
                s->sendTextMessage(QString::fromUtf8(m));
        });
        LnbitsEvents events(QUrl(u"http://127.0.0.1:%1/lnbits/"_s.arg(server.serverPort())),
                            "inkey1");
        QSignalSpy spy(&events, &WalletEvents::paymentReceived);
        events.start();
        QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 2, 5'000);
        QTest::qWait(200);
        QCOMPARE(spy.count(), 2);
        QCOMPARE(received(spy).at(0).paymentHash.toHex(), hashA);
        QCOMPARE(received(spy).at(1).paymentHash.toHex(), hashB);
        QCOMPARE(received(spy).at(1).received.msat(), 20'000);
        QCOMPARE(events.dropped(), 2);
        QCOMPARE(path, u"/lnbits/api/v1/ws/inkey1"_s);
    }

    void restartedSandboxReconnects()
    {
        QTemporaryDir dir;
        lwtest::SandboxProcess sbx;
        const QStringList args{u"--data"_s,     dir.path(),    u"--wallet"_s,
                               u"dave:50000"_s, u"--wallet"_s, u"erin:50000"_s};
        QVERIFY(sbx.start(args));
        const QString port = QString::number(sbx.url().port());
        auto dave = walletOf(sbx, u"dave"_s);
        LnbitsEvents *events = watch(*dave);
        QVERIFY(events);
        QSignalSpy spy(events, &WalletEvents::paymentReceived);
        QSignalSpy again(events, &LnbitsEvents::reconnected);
        const Paid first = invoice(sbx, u"dave"_s, 100);
        QCOMPARE(sbx.pay(u"erin"_s, first.bolt11).status, 200);
        QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 1, 5'000);

        sbx.stop();
        QTRY_VERIFY_WITH_TIMEOUT(events->state() != State::Connected, 5'000);
        QTest::qWait(300); // a few refused attempts
        QVERIFY(events->state() != State::Refused);
        QVERIFY(sbx.start(args + QStringList{u"--port"_s, port}));
        QTRY_COMPARE_WITH_TIMEOUT(again.count(), 1, 5'000);
        const Paid second = invoice(sbx, u"dave"_s, 200);
        QCOMPARE(sbx.pay(u"erin"_s, second.bolt11).status, 200);
        QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 2, 5'000);
        QCOMPARE(received(spy).at(1).paymentHash, second.hash);
        QCOMPARE(received(spy).at(1).received.msat(), 200'000);
        QVERIFY(sbx.stopCleanly());
    }

    void deletedWhileConnected()
    {
        auto alice = walletOf(sandbox, u"alice"_s);
        QVERIFY(watch(*alice));
        alice.reset();
        const Paid one = invoice(sandbox, u"alice"_s, 900);
        QCOMPARE(sandbox.pay(u"bob"_s, one.bolt11).status, 200);
        QTest::qWait(300);

        auto doomed = walletOf(sandbox, u"alice"_s);
        LnbitsEvents *events = watch(*doomed);
        QVERIFY(events);
        int calls = 0;
        connect(events, &WalletEvents::paymentReceived, this, [&](const IncomingPayment &) {
            ++calls;
            doomed.reset();
        });
        const Paid two = invoice(sandbox, u"alice"_s, 950);
        QCOMPARE(sandbox.pay(u"bob"_s, two.bolt11).status, 200);
        QTRY_VERIFY_WITH_TIMEOUT(!doomed, 5'000);
        QTest::qWait(300);
        QCOMPARE(calls, 1);
    }

    void cleanupTestCase() { QVERIFY(sandbox.stopCleanly()); }
};

QTEST_GUILESS_MAIN(TestLnbitsEvents)
#include "tst_lnbitsevents.moc"
