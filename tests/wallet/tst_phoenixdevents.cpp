// SPDX-License-Identifier: GPL-3.0-or-later
// phoenixd's pushed received payments (WebSocket /websocket): the message reader on its own,
// then PhoenixdWallet::events() against the sandbox's phoenixd WebSocket, paid from another
// sandbox wallet: one event per payment to this wallet and none for others, the limited
// password, a refused password, a sandbox restarted on the same port, and deletion while
// connected. A fake server repeats and garbles events; another answers 401 like phoenixd.
#include "futureutil.h"
#include "lightning/preimage.h"
#include "net/httpclient.h"
#include "phoenixd/phoenixdevents.h"
#include "phoenixd/phoenixdwallet.h"
#include "sandbox/sandboxprocess.h"

#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
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

QByteArray phoenixdEvent(const QString &hash, qint64 sats)
{
    return lwtest::json({{u"type"_s, u"payment_received"_s},
                         {u"amountSat"_s, sats},
                         {u"paymentHash"_s, hash},
                         {u"timestamp"_s, qint64(1'790'000'000'000)}});
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

class TestPhoenixdEvents : public QObject {
    Q_OBJECT

private:
    lwtest::SandboxProcess sandbox;
    QNetworkAccessManager network;
    std::unique_ptr<HttpClient> http;

    std::unique_ptr<PhoenixdWallet> walletOf(lwtest::SandboxProcess &sbx, const QString &name,
                                             const QString &passwordKey = u"password"_s)
    {
        const QJsonObject p = sbx.wallet(name).value(u"phoenixd").toObject();
        return std::make_unique<PhoenixdWallet>(http.get(), QUrl(p.value(u"url").toString()),
                                                p.value(passwordKey).toString().toUtf8(),
                                                Network::Regtest);
    }
    //! The wallet's events, started with short waits, once connected.
    static PhoenixdEvents *watch(PhoenixdWallet &w)
    {
        auto *events = qobject_cast<PhoenixdEvents *>(w.events());
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
        // The good event with some fields set (a null value removes the field).
        const auto with = [](const QJsonObject &changes) {
            QJsonObject o = QJsonDocument::fromJson(phoenixdEvent(hashA, 5)).object();
            for (auto it = changes.begin(); it != changes.end(); ++it) {
                if (it.value().isNull())
                    o.remove(it.key());
                else
                    o.insert(it.key(), it.value());
            }
            return lwtest::json(o);
        };
        row("good", phoenixdEvent(hashA, 1234), 2, 1'234'000);
        row("good with optional fields",
            with(
                {{u"externalId"_s, u"x"_s}, {u"payerNote"_s, u"hi"_s}, {u"payerKey"_s, u"02ab"_s}}),
            2, 5'000);
        row("no timestamp", with({{u"timestamp"_s, QJsonValue()}}), 2, 5'000);
        row("another event type", with({{u"type"_s, u"payment_sent"_s}}), 1);
        row("type missing", with({{u"type"_s, QJsonValue()}}), 0);
        row("type not text", with({{u"type"_s, 7}}), 0);
        row("amount missing", with({{u"amountSat"_s, QJsonValue()}}), 0);
        row("amount as text", with({{u"amountSat"_s, u"5"_s}}), 0);
        row("amount fraction", with({{u"amountSat"_s, 1.5}}), 0);
        row("amount negative", phoenixdEvent(hashA, -3), 0);
        row("amount zero", phoenixdEvent(hashA, 0), 0);
        row("amount huge", with({{u"amountSat"_s, 1e30}}), 0);
        row("amount above all money", phoenixdEvent(hashA, 2'100'000'000'000'001), 0);
        row("hash missing", with({{u"paymentHash"_s, QJsonValue()}}), 0);
        row("hash short", phoenixdEvent(hashA.left(62), 5), 0);
        row("hash not hex", phoenixdEvent(u"zz"_s.repeated(32), 5), 0);
        row("hash not text", with({{u"paymentHash"_s, 12}}), 0);
        row("timestamp not a number", with({{u"timestamp"_s, u"now"_s}}), 0);
        row("externalId not text", with({{u"externalId"_s, 12}}), 0);
        row("not JSON", "payment_received", 0);
        row("an array", "[1,2]", 0);
        row("empty", "", 0);
        const Preimage preimage = generatePreimage();
        row("right preimage",
            with({{u"paymentHash"_s, paymentHashOf(preimage).toHex()},
                  {u"preimage"_s, preimage.toHex()}}),
            2, 5'000);
        row("wrong preimage", with({{u"preimage"_s, preimage.toHex()}}), 0);
        row("too large", with({{u"pad"_s, QString(70'000, u'x')}}), 0);
    }
    void reader()
    {
        QFETCH(QByteArray, message);
        QFETCH(int, outcome);
        QFETCH(qint64, msat);
        const auto r = PhoenixdEventFeed::read(message);
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

    void socketUrl()
    {
        QCOMPARE(PhoenixdEvents::socketUrl(QUrl(u"http://127.0.0.1:9740"_s)),
                 QUrl(u"ws://127.0.0.1:9740/websocket"_s));
        QCOMPARE(PhoenixdEvents::socketUrl(QUrl(u"https://node.example/phoenixd/"_s)),
                 QUrl(u"wss://node.example/phoenixd/websocket"_s));
    }

    void paymentArrivesOnce()
    {
        auto alice = walletOf(sandbox, u"alice"_s);
        PhoenixdEvents *events = watch(*alice);
        QVERIFY(events);
        QCOMPARE(alice->events(), events); // the same socket, not a second one
        QSignalSpy spy(events, &WalletEvents::paymentReceived);
        const Paid toCarol = invoice(sandbox, u"carol"_s, 300);
        QCOMPARE(sandbox.pay(u"bob"_s, toCarol.bolt11).status, 200);
        const Paid paid = invoice(sandbox, u"alice"_s, 2100);
        const Paid unpaid = invoice(sandbox, u"alice"_s, 2200);
        QVERIFY(!paid.bolt11.isEmpty() && !unpaid.bolt11.isEmpty());
        QCOMPARE(sandbox.pay(u"bob"_s, paid.bolt11).status, 200);
        QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 1, 5'000);
        const IncomingPayment p = received(spy).first();
        QCOMPARE(p.paymentHash, paid.hash);
        QCOMPARE(p.state, IncomingPayment::State::Paid);
        QCOMPARE(p.received.msat(), 2'100'000);
        // Paying it again is refused by the node; nothing more arrives, carol's payment neither.
        QCOMPARE(sandbox.pay(u"bob"_s, paid.bolt11).json.value(u"reason").toString(),
                 u"this invoice has already been paid"_s);
        QTest::qWait(500);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(events->connections(), 1);
        QCOMPARE(events->dropped(), 0);
    }

    void limitedPasswordHears()
    {
        auto alice = walletOf(sandbox, u"alice"_s, u"limited_password"_s);
        PhoenixdEvents *events = watch(*alice);
        QVERIFY(events);
        QSignalSpy spy(events, &WalletEvents::paymentReceived);
        const Paid paid = invoice(sandbox, u"alice"_s, 777);
        QCOMPARE(sandbox.pay(u"bob"_s, paid.bolt11).status, 200);
        QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 1, 5'000);
        QCOMPARE(received(spy).first().paymentHash, paid.hash);
    }

    void wrongPasswordIsRefused()
    {
        const QJsonObject p = sandbox.wallet(u"alice"_s).value(u"phoenixd").toObject();
        const QByteArray password = "not-the-password-4f1c";
        PhoenixdWallet w(http.get(), QUrl(p.value(u"url").toString()), password, Network::Regtest);
        auto *events = qobject_cast<PhoenixdEvents *>(w.events());
        QVERIFY(events);
        events->setRetryDelays(50ms, 100ms);
        QSignalSpy spy(events, &WalletEvents::paymentReceived);
        QTRY_COMPARE_WITH_TIMEOUT(events->state(), State::Refused, 5'000);
        QCOMPARE(events->lastError().kind, AppError::Kind::Unauthorised);
        QVERIFY(!events->lastError().describe().contains(QString::fromLatin1(password)));
        const Paid paid = invoice(sandbox, u"alice"_s, 500);
        QCOMPARE(sandbox.pay(u"bob"_s, paid.bolt11).status, 200);
        QTest::qWait(500);
        QCOMPARE(spy.count(), 0);
        QCOMPARE(events->state(), State::Refused); // no retrying a refused password
    }

    void handshake401IsRefused()
    {
        // Real phoenixd answers a wrong password before the upgrade.
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        connect(&server, &QTcpServer::newConnection, &server, [&server] {
            QTcpSocket *s = server.nextPendingConnection();
            connect(s, &QTcpSocket::readyRead, s, [s] {
                s->readAll();
                s->write("HTTP/1.1 401 Unauthorized\r\ncontent-length: 0\r\n\r\n");
                s->disconnectFromHost();
            });
        });
        PhoenixdEvents events(QUrl(u"http://127.0.0.1:%1"_s.arg(server.serverPort())), "pw");
        events.start();
        QTRY_COMPARE_WITH_TIMEOUT(events.state(), State::Refused, 5'000);
        QCOMPARE(events.lastError().kind, AppError::Kind::Unauthorised);
    }

    void plainWsOnlyToThisComputer()
    {
        PhoenixdEvents events(QUrl(u"http://node.example:9740"_s), "pw");
        events.start();
        QCOMPARE(events.state(), State::Refused);
        QCOMPARE(events.lastError().kind, AppError::Kind::Insecure);
    }

    void repeatedAndBadMessages()
    {
        QWebSocketServer server(u"fake"_s, QWebSocketServer::NonSecureMode);
        QVERIFY(server.listen(QHostAddress::LocalHost));
        QByteArray authorization;
        connect(&server, &QWebSocketServer::newConnection, &server, [&] {
            QWebSocket *s = server.nextPendingConnection();
            s->setParent(&server); // ours to delete: with the server
            authorization = s->request().rawHeader("authorization");
            for (const QByteArray &m :
                 {phoenixdEvent(hashA, 10), QByteArray("{oops"), phoenixdEvent(u"12"_s, 10),
                  phoenixdEvent(hashA, 10), phoenixdEvent(hashB, 20)})
                s->sendTextMessage(QString::fromUtf8(m));
        });
        PhoenixdEvents events(QUrl(u"http://127.0.0.1:%1"_s.arg(server.serverPort())), "pw");
        QSignalSpy spy(&events, &WalletEvents::paymentReceived);
        events.start();
        QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 2, 5'000);
        QTest::qWait(200);
        QCOMPARE(spy.count(), 2);
        QCOMPARE(received(spy).at(0).paymentHash.toHex(), hashA);
        QCOMPARE(received(spy).at(1).paymentHash.toHex(), hashB);
        QCOMPARE(received(spy).at(1).received.msat(), 20'000);
        QCOMPARE(events.dropped(), 2);
        QCOMPARE(authorization, "Basic " + QByteArray(":pw").toBase64());
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
        PhoenixdEvents *events = watch(*dave);
        QVERIFY(events);
        QSignalSpy spy(events, &WalletEvents::paymentReceived);
        QSignalSpy again(events, &PhoenixdEvents::reconnected);
        const Paid first = invoice(sbx, u"dave"_s, 100);
        QCOMPARE(sbx.pay(u"erin"_s, first.bolt11).status, 200);
        QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 1, 5'000);

        sbx.stop();
        QTRY_VERIFY_WITH_TIMEOUT(events->state() != State::Connected, 5'000);
        QVERIFY(events->state() != State::Refused);
        QTest::qWait(300); // a few refused attempts
        QVERIFY(sbx.start(args + QStringList{u"--port"_s, port}));
        QTRY_COMPARE_WITH_TIMEOUT(again.count(), 1, 5'000);
        QCOMPARE(events->state(), State::Connected);
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

        // Deleted by a receiver of its own event, while the socket is being read.
        auto doomed = walletOf(sandbox, u"alice"_s);
        PhoenixdEvents *events = watch(*doomed);
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

    void resetClosesAndClientReturns()
    {
        auto alice = walletOf(sandbox, u"alice"_s);
        PhoenixdEvents *events = watch(*alice);
        QVERIFY(events);
        QSignalSpy again(events, &PhoenixdEvents::reconnected);
        QSignalSpy spy(events, &WalletEvents::paymentReceived);
        QCOMPARE(sandbox.admin("POST", u"/reset"_s).status, 200);
        QTRY_COMPARE_WITH_TIMEOUT(again.count(), 1, 5'000);
        const Paid paid = invoice(sandbox, u"alice"_s, 321);
        QCOMPARE(sandbox.pay(u"bob"_s, paid.bolt11).status, 200);
        QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 1, 5'000);
        QCOMPARE(received(spy).first().paymentHash, paid.hash);
    }

    void cleanupTestCase() { QVERIFY(sandbox.stopCleanly()); }
};

QTEST_GUILESS_MAIN(TestPhoenixdEvents)
#include "tst_phoenixdevents.moc"
