// SPDX-License-Identifier: GPL-3.0-or-later
// PhoenixdWallet against a hostile fake phoenixd, for answers the real sandbox never gives: a
// preimage that does not match, wrong-typed and missing fields, a 404 that is no "Not found",
// garbage, invoices for another amount or hash, a password echoed back. The sandbox only
// supplies a real invoice and node id.
#include "futureutil.h"
#include "lightning/bolt11decoder.h"
#include "net/httpclient.h"
#include "phoenixd/phoenixdwallet.h"
#include "sandbox/sandboxprocess.h"

#include <QEventLoop>
#include <QFutureWatcher>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

#include <memory>
#include <optional>

using namespace lw;
using namespace Qt::Literals::StringLiterals;
using State = OutgoingPayment::State;
constexpr std::chrono::milliseconds payTimeout = PaymentBackend::defaultPayTimeout;

namespace {

template <typename T>
std::optional<T> await(QFuture<T> future, int timeoutMs = 30'000)
{
    return lwtest::tryAwait(std::move(future), timeoutMs);
}

//! A phoenixd look-alike that answers each path with a canned response and records requests.
class FakePhoenixd : public QObject {
public:
    struct Answer {
        int status = 200;
        QByteArray body;
        QByteArray contentType = "application/json";
    };

    bool start()
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                socket->setParent(this);
                QObject::connect(socket, &QTcpSocket::readyRead, this,
                                 [this, socket] { onReadable(socket); });
                QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
        return m_server.listen(QHostAddress::LocalHost, 0);
    }
    QUrl url() const { return QUrl(u"http://127.0.0.1:%1"_s.arg(m_server.serverPort())); }

    void answer(const QByteArray &path, int status, const QByteArray &body,
                const QByteArray &contentType = "application/json")
    {
        m_answers.insert(path, Answer{status, body, contentType});
    }
    //! "METHOD /path body" of every request so far.
    QList<QByteArray> requests;
    QList<QByteArray> authorizations;

private:
    void onReadable(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        const QList<QByteArray> lines = buffer.left(end).split('\n');
        qsizetype length = 0;
        QByteArray authorization;
        for (const QByteArray &line : lines) {
            const QByteArray l = line.trimmed();
            if (l.toLower().startsWith("content-length:"))
                length = l.mid(15).trimmed().toLongLong();
            if (l.toLower().startsWith("authorization:"))
                authorization = l.mid(14).trimmed();
        }
        if (buffer.size() < end + 4 + length)
            return;
        const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
        const QByteArray method = first.value(0);
        const QByteArray path = first.value(1);
        requests.append(method + ' ' + path + ' ' + buffer.mid(end + 4, length));
        authorizations.append(authorization);
        m_buffers.remove(socket);

        const Answer a =
            m_answers.value(path, Answer{404, "Unknown endpoint (check api doc)", "text/plain"});
        QByteArray response = "HTTP/1.1 " + QByteArray::number(a.status) + " X\r\n"
                              + "Content-Type: " + a.contentType + "\r\n"
                              + "Content-Length: " + QByteArray::number(a.body.size()) + "\r\n"
                              + "Connection: close\r\n\r\n" + a.body;
        socket->write(response);
        socket->disconnectFromHost();
    }

    QTcpServer m_server;
    QHash<QByteArray, Answer> m_answers;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

QByteArray json(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace

class TestPhoenixdHostile : public QObject {
    Q_OBJECT

private:
    lwtest::SandboxProcess sandbox;
    QNetworkAccessManager network;
    std::unique_ptr<HttpClient> http;

    static Bolt11Invoice decoded(const QString &text)
    {
        const auto d = decodeBolt11(text);
        return d ? *d : Bolt11Invoice();
    }

private Q_SLOTS:
    void initTestCase()
    {
        network.setProxy(QNetworkProxy::NoProxy);
        http = std::make_unique<HttpClient>(&network);
        QVERIFY(sandbox.start({u"--wallet"_s, u"bob:50000"_s}));
    }

    void hostilePhoenixd()
    {
        FakePhoenixd fake;
        QVERIFY(fake.start());
        const QByteArray password = "hunter2-very-secret-password";
        PhoenixdWallet wallet(http.get(), fake.url(), password, Network::Regtest);
        const Bolt11Invoice invoice = decoded(sandbox.createInvoice(u"bob"_s, 21));
        const QString hash = invoice.paymentHash.toHex();
        const QByteArray byHash = "/payments/outgoingbyhash/" + hash.toLatin1();

        // Success with a preimage that does not hash to the payment hash: never Succeeded.
        fake.answer("/payinvoice", 200,
                    json({{u"recipientAmountSat"_s, 21},
                          {u"routingFeeSat"_s, 1},
                          {u"paymentId"_s, u"961d413c-91ca-4f3d-9d91-760a08405901"_s},
                          {u"paymentHash"_s, hash},
                          {u"paymentPreimage"_s, QString(64, u'1')}}));
        auto r = await(wallet.payInvoice(invoice, MilliSats(0), payTimeout));
        QVERIFY(r && *r);
        QCOMPARE((*r)->state, State::Pending);
        QVERIFY(!(*r)->preimage);
        // Basic auth, empty user; only the invoice in the form.
        QCOMPARE(fake.authorizations.last(),
                 QByteArray("Basic " + QByteArray(":" + password).toBase64()));
        QCOMPARE(fake.requests.last(),
                 QByteArray("POST /payinvoice invoice=" + invoice.text.toLatin1()));

        // The same from the lookup.
        fake.answer(byHash, 200,
                    json({{u"type"_s, u"outgoing_payment"_s},
                          {u"paymentHash"_s, hash},
                          {u"preimage"_s, QString(64, u'2')},
                          {u"isPaid"_s, true},
                          {u"sent"_s, 22},
                          {u"fees"_s, 1000},
                          {u"completedAt"_s, qint64(1'700'000'000'000)},
                          {u"createdAt"_s, qint64(1'700'000'000'000)}}));
        auto looked = await(wallet.lookupPayment(invoice.paymentHash));
        QVERIFY(looked && *looked);
        QCOMPARE((*looked)->state, State::Pending);

        // Wrong-typed or missing fields: BadResponse, no crash.
        fake.answer(byHash, 200, R"({"isPaid":"yes","sent":22,"fees":1000})");
        looked = await(wallet.lookupPayment(invoice.paymentHash));
        QVERIFY(looked && !*looked);
        QCOMPARE(looked->error().kind, AppError::Kind::BadResponse);
        QVERIFY(looked->error().message.contains(u"isPaid"_s));
        fake.answer(byHash, 200, R"({"isPaid":false,"sent":1.5,"fees":0})");
        looked = await(wallet.lookupPayment(invoice.paymentHash));
        QVERIFY(looked && !*looked);
        QVERIFY(looked->error().message.contains(u"sent"_s));
        fake.answer(byHash, 200, R"([1,2,3])");
        looked = await(wallet.lookupPayment(invoice.paymentHash));
        QVERIFY(looked && !*looked);
        QCOMPARE(looked->error().kind, AppError::Kind::BadResponse);
        // Failed vs pending by completedAt; fees in msat, sent in sat.
        fake.answer(byHash, 200, R"({"isPaid":false,"sent":0,"fees":0,"createdAt":1})");
        looked = await(wallet.lookupPayment(invoice.paymentHash));
        QCOMPARE((*looked)->state, State::Pending);
        fake.answer(byHash, 200, R"({"isPaid":false,"sent":0,"fees":0,"completedAt":2})");
        looked = await(wallet.lookupPayment(invoice.paymentHash));
        QCOMPARE((*looked)->state, State::Failed);
        // A 404 that is not phoenixd's "Not found" is a wrong URL, never "not paid".
        fake.answer(byHash, 404, "Unknown endpoint (check api doc)", "text/plain");
        looked = await(wallet.lookupPayment(invoice.paymentHash));
        QVERIFY(looked && !*looked);
        QVERIFY(looked->error().kind != AppError::Kind::NotFound);

        // "In progress" with no record behind it: Pending, not Failed, not NotFound.
        fake.answer("/payinvoice", 200,
                    json({{u"paymentHash"_s, hash},
                          {u"reason"_s, u"another payment is in progress for that invoice"_s}}));
        fake.answer(byHash, 404, "Not found", "text/plain");
        r = await(wallet.payInvoice(invoice, MilliSats(0), payTimeout));
        QVERIFY(r && *r);
        QCOMPARE((*r)->state, State::Pending);
        // A plain failure reason: Failed.
        fake.answer("/payinvoice", 200,
                    json({{u"paymentHash"_s, hash},
                          {u"reason"_s, u"not enough funds in wallet to afford payment"_s}}));
        r = await(wallet.payInvoice(invoice, MilliSats(0), payTimeout));
        QCOMPARE((*r)->state, State::Failed);
        QCOMPARE((*r)->reason, u"not enough funds in wallet to afford payment"_s);
        // Garbage, a 500, a success for another hash: Pending.
        for (const auto &[status, body] :
             QList<QPair<int, QByteArray>>{{200, "<html>"},
                                           {200, "{}"},
                                           {500, "boom"},
                                           {200, json({{u"routingFeeSat"_s, 0},
                                                       {u"paymentHash"_s, QString(64, u'a')},
                                                       {u"paymentPreimage"_s, QString(64, u'b')}})},
                                           {200, R"({"routingFeeSat":"4","paymentHash":"x"})"}}) {
            fake.answer("/payinvoice", status, body);
            r = await(wallet.payInvoice(invoice, MilliSats(0), payTimeout));
            QVERIFY2(r && *r, body.constData());
            QVERIFY2((*r)->state == State::Pending, body.constData());
        }

        // getinfo / getbalance / createinvoice with bad answers.
        fake.answer("/getinfo", 200, R"({"nodeId":"zz","chain":"mainnet"})");
        auto info = await(wallet.info());
        QVERIFY(info && !*info);
        QCOMPARE(info->error().kind, AppError::Kind::BadResponse);
        fake.answer("/getinfo", 200,
                    json({{u"nodeId"_s, sandbox.info().value(u"node_id").toString()},
                          {u"chain"_s, u"moonnet"_s}}));
        info = await(wallet.info());
        QVERIFY(info && !*info);
        QVERIFY(info->error().message.contains(u"moonnet"_s));
        fake.answer("/getinfo", 200,
                    json({{u"nodeId"_s, sandbox.info().value(u"node_id").toString()},
                          {u"chain"_s, u"testnet"_s}}));
        info = await(wallet.info());
        QVERIFY(info && *info);
        QCOMPARE((*info)->network, Network::Testnet);
        fake.answer("/getbalance", 200, R"({"balanceSat":"lots"})");
        auto balance = await(wallet.balance());
        QVERIFY(balance && !*balance);
        QCOMPARE(balance->error().kind, AppError::Kind::BadResponse);
        fake.answer("/getbalance", 200, R"({"balanceSat":-5})");
        balance = await(wallet.balance());
        QVERIFY(balance && !*balance);
        fake.answer("/getbalance", 200, R"({"balanceSat":1e300})");
        balance = await(wallet.balance());
        QVERIFY(balance && !*balance);

        // createinvoice: an invoice for another amount, or a hash that is not the invoice's.
        fake.answer(
            "/createinvoice", 200,
            json(
                {{u"amountSat"_s, 22}, {u"paymentHash"_s, hash}, {u"serialized"_s, invoice.text}}));
        auto created = await(wallet.createInvoice(MilliSats(22'000), u"x"_s, 0));
        QVERIFY(created && !*created);
        QCOMPARE(created->error().kind, AppError::Kind::BadResponse);
        fake.answer("/createinvoice", 200,
                    json({{u"paymentHash"_s, QString(64, u'0')}, {u"serialized"_s, invoice.text}}));
        created = await(wallet.createInvoice(MilliSats(21'000), u"x"_s, 0));
        QVERIFY(created && !*created);
        QCOMPARE(created->error().kind, AppError::Kind::BadResponse);
        fake.answer("/createinvoice", 200,
                    json({{u"paymentHash"_s, hash}, {u"serialized"_s, u"lnbcrt1nonsense"_s}}));
        created = await(wallet.createInvoice(MilliSats(21'000), u"x"_s, 0));
        QVERIFY(created && !*created);
        fake.answer("/createinvoice", 200,
                    json({{u"paymentHash"_s, hash}, {u"serialized"_s, invoice.text}}));
        created = await(wallet.createInvoice(MilliSats(21'000), u"x"_s, 0));
        QVERIFY(created && *created);
        QCOMPARE((*created)->paymentHash, invoice.paymentHash);

        // A server echoing the password in its error: it does not reach the message.
        fake.answer("/getbalance", 401, "bad password " + password, "text/plain");
        balance = await(wallet.balance());
        QVERIFY(balance && !*balance);
        QCOMPARE(balance->error().kind, AppError::Kind::Unauthorised);
        QVERIFY(!balance->error().describe().contains(QString::fromLatin1(password)));
        QVERIFY(!balance->error().serverMessage.contains(QString::fromLatin1(password)));
    }

    void hostileIncomingLookup()
    {
        FakePhoenixd fake;
        QVERIFY(fake.start());
        PhoenixdWallet wallet(http.get(), fake.url(), "pw", Network::Regtest);
        const PaymentHash hash = decoded(sandbox.createInvoice(u"bob"_s, 21)).paymentHash;
        const QByteArray path = "/payments/incoming/" + hash.toHex().toLatin1();
        using Incoming = IncomingPayment::State;
        const auto look = [&](int status, const QByteArray &body) {
            fake.answer(path, status, body, status == 404 ? "text/plain" : "application/json");
            return await(wallet.lookupInvoice(hash));
        };
        auto r = look(200, R"({"isPaid":true,"receivedSat":21,"isExpired":false})");
        QVERIFY(r && *r);
        QCOMPARE((*r)->state, Incoming::Paid);
        QCOMPARE((*r)->received, MilliSats(21'000));
        QCOMPARE((*look(200, R"({"isPaid":false,"receivedSat":0})"))->state, Incoming::Unpaid);
        QCOMPARE((*look(200, R"({"isPaid":false,"receivedSat":0,"isExpired":true})"))->state,
                 Incoming::Expired);
        QCOMPARE((*look(404, "Not found"))->state, Incoming::NotFound);
        // Wrong types, missing fields, another hash, a 404 that is not phoenixd's: errors.
        for (const auto &[status, body] :
             QList<QPair<int, QByteArray>>{{200, R"({"isPaid":"true","receivedSat":21})"},
                                           {200, R"({"isPaid":true})"},
                                           {200, R"({"isPaid":true,"receivedSat":-1})"},
                                           {200, json({{u"isPaid"_s, true},
                                                       {u"receivedSat"_s, 21},
                                                       {u"paymentHash"_s, QString(64, u'a')}})},
                                           {200, "[]"},
                                           {404, "Unknown endpoint"}}) {
            r = look(status, body);
            QVERIFY2(r && !*r, body.constData());
            QVERIFY2(r->error().kind != AppError::Kind::NotFound, body.constData());
        }
    }

    void cleanupTestCase() { QVERIFY(sandbox.stopCleanly()); }
};

QTEST_GUILESS_MAIN(TestPhoenixdHostile)
#include "tst_phoenixdhostile.moc"
