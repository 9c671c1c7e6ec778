// SPDX-License-Identifier: GPL-3.0-or-later
// LnbitsWallet against a hostile fake LNbits, for answers the real sandbox never gives: a 5xx
// after paying, a preimage that does not match, missing and wrong-typed fields, HTTP 520
// "Payment already paid." / "Payment is still pending.", a 404 that is not LNbits', a key
// echoed back. The sandbox only supplies real invoices (and a real preimage).
#include "futureutil.h"
#include "lightning/bolt11decoder.h"
#include "lightning/preimage.h"
#include "lnbits/lnbitswallet.h"
#include "net/httpclient.h"
#include "sandbox/sandboxprocess.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <memory>
#include <optional>

using namespace lw;
using namespace Qt::Literals::StringLiterals;
using State = OutgoingPayment::State;
using Incoming = IncomingPayment::State;
constexpr std::chrono::milliseconds payTimeout = PaymentBackend::defaultPayTimeout;

namespace {

template <typename T>
std::optional<T> await(QFuture<T> future, int timeoutMs = 30'000)
{
    return lwtest::tryAwait(std::move(future), timeoutMs);
}

//! An LNbits look-alike answering "METHOD /path" with a canned response; records requests.
class FakeLnbits : public QObject {
public:
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

    void answer(const QByteArray &route, int status, const QByteArray &body)
    {
        m_answers.insert(route, qMakePair(status, body));
    }
    QList<QByteArray> requests; //!< "METHOD /path body"
    QList<QByteArray> keys;     //!< X-Api-Key of each

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
        QByteArray key;
        for (const QByteArray &line : lines) {
            const QByteArray l = line.trimmed();
            if (l.toLower().startsWith("content-length:"))
                length = l.mid(15).trimmed().toLongLong();
            if (l.toLower().startsWith("x-api-key:"))
                key = l.mid(10).trimmed();
        }
        if (buffer.size() < end + 4 + length)
            return;
        const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
        const QByteArray route = first.value(0) + ' ' + first.value(1);
        requests.append(route + ' ' + buffer.mid(end + 4, length));
        keys.append(key);
        m_buffers.remove(socket);
        const auto a =
            m_answers.value(route, qMakePair(404, QByteArray(R"({"detail":"Not Found"})")));
        socket->write("HTTP/1.1 " + QByteArray::number(a.first)
                      + " X\r\nContent-Type: application/json\r\nContent-Length: "
                      + QByteArray::number(a.second.size()) + "\r\nConnection: close\r\n\r\n"
                      + a.second);
        socket->disconnectFromHost();
    }

    QTcpServer m_server;
    QHash<QByteArray, QPair<int, QByteArray>> m_answers;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

QByteArray json(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

Bolt11Invoice decoded(const QString &text)
{
    const auto d = decodeBolt11(text);
    return d ? *d : Bolt11Invoice();
}

} // namespace

class TestLnbitsHostile : public QObject {
    Q_OBJECT

private:
    lwtest::SandboxProcess sandbox;
    QNetworkAccessManager network;
    std::unique_ptr<HttpClient> http;
    const QByteArray key = "adminkey-0123456789-very-secret";

    //! A real invoice of the sandbox and, once the sandbox has paid it, its real preimage.
    std::pair<Bolt11Invoice, QString> paidInvoice(qint64 sats)
    {
        const Bolt11Invoice invoice = decoded(sandbox.createInvoice(u"bob"_s, sats));
        const auto paid = sandbox.pay(u"alice"_s, invoice.text);
        return {invoice, paid.json.value(u"paymentPreimage").toString()};
    }

private Q_SLOTS:
    void initTestCase()
    {
        network.setProxy(QNetworkProxy::NoProxy);
        http = std::make_unique<HttpClient>(&network);
        QVERIFY(sandbox.start({u"--wallet"_s, u"alice:100000"_s, u"--wallet"_s, u"bob:0"_s}));
    }

    void payAnswers()
    {
        FakeLnbits fake;
        QVERIFY(fake.start());
        LnbitsWallet wallet(http.get(), fake.url(), key, Network::Regtest);
        const auto [invoice, preimage] = paidInvoice(21);
        QVERIFY(verifyPreimage(*Preimage::fromHex(preimage), invoice.paymentHash));
        const QString hash = invoice.paymentHash.toHex();
        const QByteArray pay = "POST /api/v1/payments";
        const QByteArray byHash = "GET /api/v1/payments/" + hash.toLatin1();
        const auto payment = [&](const QString &status, const QJsonValue &pre) {
            return json({{u"payment_hash"_s, hash},
                         {u"amount"_s, -21000},
                         {u"fee"_s, -1000},
                         {u"status"_s, status},
                         {u"preimage"_s, pre}});
        };
        const auto payNow = [&] {
            return await(wallet.payInvoice(invoice, MilliSats(0), payTimeout));
        };

        // A real success: the key in X-Api-Key, only out and bolt11 in the body.
        fake.answer(pay, 201, payment(u"success"_s, preimage));
        auto r = payNow();
        QVERIFY(r && *r);
        QCOMPARE((*r)->state, State::Succeeded);
        QCOMPARE((*r)->fee, MilliSats(1000));
        QCOMPARE((*r)->amount, MilliSats(21000));
        QCOMPARE(fake.keys.last(), key);
        const QJsonObject sent =
            QJsonDocument::fromJson(fake.requests.last().mid(pay.size() + 1)).object();
        QCOMPARE(sent, (QJsonObject{{u"out"_s, true}, {u"bolt11"_s, invoice.text}}));

        // Success with a preimage that does not hash to the payment hash: never Succeeded.
        fake.answer(pay, 201, payment(u"success"_s, QString(64, u'1')));
        r = payNow();
        QVERIFY(r && *r);
        QCOMPARE((*r)->state, State::Pending);
        QVERIFY(!(*r)->preimage);

        // A 5xx after the payment may have started: Pending, not Failed.
        for (const int status : {500, 502, 503}) {
            fake.answer(pay, status, R"({"detail":"Internal Server Error"})");
            r = payNow();
            QVERIFY(r && *r);
            QCOMPARE((*r)->state, State::Pending);
        }
        // Garbage, another hash, wrong types: Pending.
        for (const QByteArray &body :
             {QByteArray("<html>"), QByteArray("{}"), QByteArray(R"({"payment_hash":5})"),
              json({{u"payment_hash"_s, QString(64, u'a')}, {u"status"_s, u"success"_s}}),
              json({{u"payment_hash"_s, hash}, {u"status"_s, 1}})}) {
            fake.answer(pay, 201, body);
            fake.answer(byHash, 404, R"({"detail":"Payment does not exist."})");
            r = payNow();
            QVERIFY2(r && *r, body.constData());
            QVERIFY2((*r)->state == State::Pending, body.constData());
        }

        // 520: failed is Failed with LNbits' words.
        fake.answer(pay, 520, R"({"detail":"Payment failed: no route","status":"failed"})");
        r = payNow();
        QCOMPARE((*r)->state, State::Failed);
        QCOMPARE((*r)->reason, u"Payment failed: no route"_s);
        // "Payment already paid.": the record by hash is the answer.
        fake.answer(pay, 520, R"({"detail":"Payment already paid.","status":"success"})");
        fake.answer(byHash, 200,
                    json({{u"paid"_s, true},
                          {u"preimage"_s, preimage},
                          {u"details"_s,
                           QJsonDocument::fromJson(payment(u"success"_s, preimage)).object()}}));
        const int before = fake.requests.size();
        r = payNow();
        QVERIFY(r && *r);
        QCOMPARE((*r)->state, State::Succeeded);
        QCOMPARE((*r)->preimage->toHex(), preimage);
        QCOMPARE(fake.requests.size(), before + 2); // one pay, one look-up, never a second pay
        QVERIFY(fake.requests.last().startsWith(byHash));
        // ... with no record of it: Pending, not NotFound.
        fake.answer(byHash, 404, R"({"detail":"Payment does not exist."})");
        r = payNow();
        QCOMPARE((*r)->state, State::Pending);
        QVERIFY((*r)->reason.contains(u"Payment already paid."_s));
        // "Payment is still pending.": the record says pending.
        fake.answer(pay, 520, R"({"detail":"Payment is still pending.","status":"pending"})");
        fake.answer(
            byHash, 200,
            json({{u"paid"_s, false},
                  {u"status"_s, u"pending"_s},
                  {u"details"_s,
                   QJsonDocument::fromJson(payment(u"pending"_s, QJsonValue())).object()}}));
        r = payNow();
        QCOMPARE((*r)->state, State::Pending);
        // 520 with no status: Pending.
        fake.answer(pay, 520, R"({"detail":"boom"})");
        r = payNow();
        QCOMPARE((*r)->state, State::Pending);
        // LNbits < 1.0 answers without a status: looked up.
        fake.answer(pay, 201, json({{u"payment_hash"_s, hash}, {u"checking_id"_s, hash}}));
        fake.answer(byHash, 200,
                    json({{u"paid"_s, true},
                          {u"preimage"_s, preimage},
                          {u"details"_s,
                           QJsonDocument::fromJson(payment(u"success"_s, preimage)).object()}}));
        r = payNow();
        QCOMPARE((*r)->state, State::Succeeded);
        // A 403 (invoice key): an error, nothing sent.
        fake.answer(pay, 403, R"({"detail":"Invalid adminkey."})");
        r = payNow();
        QVERIFY(r && !*r);
        QCOMPARE(r->error().kind, AppError::Kind::Unauthorised);
        QVERIFY(r->error().message.contains(u"admin key"_s));
    }

    void lookupAnswers()
    {
        FakeLnbits fake;
        QVERIFY(fake.start());
        LnbitsWallet wallet(http.get(), fake.url(), key, Network::Regtest);
        const auto [invoice, preimage] = paidInvoice(5);
        const PaymentHash hash = invoice.paymentHash;
        const QByteArray byHash = "GET /api/v1/payments/" + hash.toHex().toLatin1();
        const auto details = [&](qint64 amount) {
            return QJsonObject{{u"payment_hash"_s, hash.toHex()}, {u"amount"_s, amount}};
        };
        const auto look = [&](int status, const QByteArray &body) {
            fake.answer(byHash, status, body);
            return await(wallet.lookupPayment(hash));
        };
        // A wrong preimage in a paid record: Pending.
        auto r = look(200, json({{u"paid"_s, true},
                                 {u"preimage"_s, QString(64, u'2')},
                                 {u"details"_s, details(-5000)}}));
        QVERIFY(r && *r);
        QCOMPARE((*r)->state, State::Pending);
        r = look(
            200,
            json({{u"paid"_s, true}, {u"preimage"_s, preimage}, {u"details"_s, details(-5000)}}));
        QCOMPARE((*r)->state, State::Succeeded);
        QCOMPARE((*r)->amount, MilliSats(5000));
        r = look(
            200,
            json({{u"paid"_s, false}, {u"status"_s, u"failed"_s}, {u"details"_s, details(-5000)}}));
        QCOMPARE((*r)->state, State::Failed);
        // Without details it is another wallet's record; a positive amount is an invoice.
        r = look(200, json({{u"paid"_s, true}, {u"preimage"_s, preimage}}));
        QCOMPARE((*r)->state, State::NotFound);
        r = look(
            200,
            json({{u"paid"_s, true}, {u"preimage"_s, preimage}, {u"details"_s, details(5000)}}));
        QCOMPARE((*r)->state, State::NotFound);
        QCOMPARE((*look(404, R"({"detail":"Payment does not exist."})"))->state, State::NotFound);
        // Wrong types, missing fields, another hash, a 404 that is not LNbits': errors.
        for (const auto &[status, body] : QList<QPair<int, QByteArray>>{
                 {200, R"({"paid":"yes"})"},
                 {200, R"({"preimage":"00"})"},
                 {200, R"({"paid":true,"details":[]})"},
                 {200, R"({"paid":false,"details":{"amount":"-5"}})"},
                 {200, R"({"paid":false,"details":{"amount":1.5}})"},
                 {200, json({{u"paid"_s, false},
                             {u"details"_s, QJsonObject{{u"amount"_s, -1},
                                                        {u"payment_hash"_s, QString(64, u'a')}}}})},
                 {200, "[]"},
                 {404, R"({"detail":"Not Found"})"}}) {
            r = look(status, body);
            QVERIFY2(r && !*r, body.constData());
            QVERIFY2(r->error().kind != AppError::Kind::NotFound, body.constData());
        }

        // Invoices: paid, unpaid, expired (failed), another wallet's.
        const auto lookIn = [&](int status, const QByteArray &body) {
            fake.answer(byHash, status, body);
            return await(wallet.lookupInvoice(hash));
        };
        auto in = lookIn(
            200,
            json({{u"paid"_s, true}, {u"preimage"_s, preimage}, {u"details"_s, details(5000)}}));
        QVERIFY(in && *in);
        QCOMPARE((*in)->state, Incoming::Paid);
        QCOMPARE((*in)->received, MilliSats(5000));
        in = lookIn(
            200,
            json({{u"paid"_s, false}, {u"status"_s, u"pending"_s}, {u"details"_s, details(5000)}}));
        QCOMPARE((*in)->state, Incoming::Unpaid);
        in = lookIn(
            200,
            json({{u"paid"_s, false}, {u"status"_s, u"failed"_s}, {u"details"_s, details(5000)}}));
        QCOMPARE((*in)->state, Incoming::Expired);
        in = lookIn(200, json({{u"paid"_s, true}, {u"preimage"_s, preimage}}));
        QCOMPARE((*in)->state, Incoming::NotFound);
        in = lookIn(200, R"({"paid":1})");
        QVERIFY(in && !*in);
        QCOMPARE(in->error().kind, AppError::Kind::BadResponse);
    }

    void walletAndInvoiceAnswers()
    {
        FakeLnbits fake;
        QVERIFY(fake.start());
        LnbitsWallet wallet(http.get(), fake.url(), key, Network::Regtest);
        const QByteArray walletRoute = "GET /api/v1/wallet";
        const QByteArray create = "POST /api/v1/payments";
        for (const QByteArray &body :
             {QByteArray(R"({"name":"w","balance":"lots"})"), QByteArray(R"({"balance":1000})"),
              QByteArray(R"({"name":"w","balance":1e300})"),
              QByteArray(R"({"name":"w","balance":0.5})"), QByteArray("[]")}) {
            fake.answer(walletRoute, 200, body);
            const auto b = await(wallet.balance());
            QVERIFY2(b && !*b, body.constData());
            QCOMPARE(b->error().kind, AppError::Kind::BadResponse);
            const auto p = await(wallet.payPermission());
            QVERIFY2(p && !*p, body.constData());
        }
        fake.answer(walletRoute, 200, R"({"name":"w","balance":1234})");
        QCOMPARE((*await(wallet.balance()))->msat(), 1234);
        QCOMPARE(**await(wallet.payPermission()), Wallet::PayPermission::Denied);
        fake.answer(walletRoute, 200, R"({"id":"x","name":"w","balance":1234})");
        QCOMPARE(**await(wallet.payPermission()), Wallet::PayPermission::Granted);

        // createInvoice: another amount, a hash that is not the invoice's, no invoice at all.
        const Bolt11Invoice invoice = decoded(sandbox.createInvoice(u"bob"_s, 21));
        const QString hash = invoice.paymentHash.toHex();
        for (const auto &body :
             {json({{u"payment_hash"_s, hash},
                    {u"payment_request"_s, invoice.text},
                    {u"amount"_s, 22000}}),
              json({{u"payment_hash"_s, QString(64, u'0')}, {u"payment_request"_s, invoice.text}}),
              json({{u"payment_hash"_s, hash}, {u"payment_request"_s, u"lnbcrt1nonsense"_s}}),
              json({{u"payment_hash"_s, hash}})}) {
            fake.answer(create, 201, body);
            const auto c = await(wallet.createInvoice(MilliSats(21'000), u"x"_s, 0));
            QVERIFY2(c && !*c, body.constData());
            QCOMPARE(c->error().kind, AppError::Kind::BadResponse);
        }
        // The invoice asks for 21 sat: 22 sat asked for is refused.
        fake.answer(create, 201,
                    json({{u"payment_hash"_s, hash}, {u"payment_request"_s, invoice.text}}));
        auto c = await(wallet.createInvoice(MilliSats(22'000), u"x"_s, 0));
        QVERIFY(c && !*c);
        c = await(wallet.createInvoice(MilliSats(21'000), u"x"_s, 0));
        QVERIFY(c && *c);
        QCOMPARE((*c)->paymentHash, invoice.paymentHash);
        // Only bolt11 (no payment_request) is read as well.
        fake.answer(create, 201, json({{u"payment_hash"_s, hash}, {u"bolt11"_s, invoice.text}}));
        c = await(wallet.createInvoice(MilliSats(21'000), u"x"_s, 0));
        QVERIFY(c && *c);
        const QJsonObject asked =
            QJsonDocument::fromJson(fake.requests.last().mid(create.size() + 1)).object();
        QCOMPARE(asked.value(u"out"_s), QJsonValue(false));
        QCOMPARE(asked.value(u"amount"_s).toInteger(), 21);
        QCOMPARE(asked.value(u"unit"_s).toString(), u"sat"_s);

        // info(): the chain and payee of the probe invoice; a broken probe is an error.
        const auto info = await(wallet.info());
        QVERIFY(info && *info);
        QCOMPARE((*info)->network, Network::Regtest);
        QCOMPARE((*info)->nodeId, sandbox.info().value(u"node_id").toString());
        fake.answer(create, 201,
                    json({{u"payment_hash"_s, QString(64, u'0')}, {u"bolt11"_s, invoice.text}}));
        const auto broken = await(wallet.info());
        QVERIFY(broken && !*broken);
        QCOMPARE(broken->error().kind, AppError::Kind::BadResponse);

        // A server echoing the key in its error: it does not reach the message.
        fake.answer(walletRoute, 401,
                    json({{u"detail"_s, QString(u"bad key "_s + QString::fromLatin1(key))}}));
        const auto b = await(wallet.balance());
        QVERIFY(b && !*b);
        QCOMPARE(b->error().kind, AppError::Kind::Unauthorised);
        QVERIFY(!b->error().describe().contains(QString::fromLatin1(key)));
        QVERIFY(!b->error().serverMessage.contains(QString::fromLatin1(key)));
        const auto report = await(wallet.testConnection());
        QVERIFY(report && !*report);
        QCOMPARE(report->error().code, u"auth_failed"_s);
    }

    void cleanupTestCase() { QVERIFY(sandbox.stopCleanly()); }
};

QTEST_GUILESS_MAIN(TestLnbitsHostile)
#include "tst_lnbitshostile.moc"
