// SPDX-License-Identifier: GPL-3.0-or-later
// PhoenixdWallet against the real sandbox binary (its phoenixd-compatible API), and against a
// hostile fake phoenixd for answers the sandbox never gives.
#include "lightning/bolt11decoder.h"
#include "lightning/preimage.h"
#include "net/httpclient.h"
#include "phoenixd/phoenixdwallet.h"
#include "sandbox/sandboxprocess.h"
#include "testutil.h"

#include <QEventLoop>
#include <QFutureWatcher>
#include <QHash>
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

namespace {

//! Waits for a future while the event loop runs; std::nullopt on timeout or no result.
template <typename T>
std::optional<T> await(QFuture<T> future, int timeoutMs = 30'000)
{
    if (!future.isFinished()) {
        QEventLoop loop;
        QFutureWatcher<T> watcher;
        QTimer timer;
        timer.setSingleShot(true);
        QObject::connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
        QObject::connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
        watcher.setFuture(future);
        timer.start(timeoutMs);
        if (!future.isFinished())
            loop.exec();
    }
    if (!future.isFinished() || future.resultCount() == 0)
        return std::nullopt;
    return future.result();
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

//! The error's description, or nothing for a value (QVERIFY2 evaluates its message eagerly).
template <typename T>
QByteArray errorText(const Result<T, AppError> &r)
{
    return r ? QByteArray() : r.error().describe().toUtf8();
}

QByteArray json(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace

class TestPhoenixdWallet : public QObject {
    Q_OBJECT

private:
    lwtest::SandboxProcess sandbox;
    QNetworkAccessManager network;
    std::unique_ptr<HttpClient> http;

    std::unique_ptr<PhoenixdWallet> walletOf(lwtest::SandboxProcess &sbx, const QString &name,
                                             Network expected = Network::Regtest)
    {
        const QJsonObject p = sbx.wallet(name).value(u"phoenixd").toObject();
        return std::make_unique<PhoenixdWallet>(http.get(), QUrl(p.value(u"url").toString()),
                                                p.value(u"password").toString().toUtf8(), expected);
    }
    static QString passwordOf(lwtest::SandboxProcess &sbx, const QString &name)
    {
        return sbx.wallet(name).value(u"phoenixd").toObject().value(u"password").toString();
    }
    static qint64 balanceSat(PhoenixdWallet &wallet)
    {
        const auto b = await(wallet.balance());
        return b && *b ? (*b)->msat() / 1000 : -1;
    }
    static Bolt11Invoice decoded(const QString &text)
    {
        const auto d = decodeBolt11(text);
        return d ? *d : Bolt11Invoice();
    }
    qint64 payinvoiceCalls(lwtest::SandboxProcess &sbx)
    {
        return sbx.routeCounts().value(u"POST /phoenixd/payinvoice").toInteger();
    }

private Q_SLOTS:
    void initTestCase()
    {
        network.setProxy(QNetworkProxy::NoProxy);
        http = std::make_unique<HttpClient>(&network);
        QVERIFY(sandbox.start({u"--wallet"_s, u"alice:100000"_s, u"--wallet"_s, u"bob:50000"_s,
                               u"--wallet"_s, u"carol:0"_s}));
    }

    void infoBalanceAndConnection()
    {
        auto alice = walletOf(sandbox, u"alice"_s);
        QCOMPARE(alice->kind(), u"phoenixd"_s);
        QVERIFY(!alice->supportsFeeLimit());
        QCOMPARE(alice->network(), Network::Regtest);

        const auto info = await(alice->info());
        QVERIFY(info);
        QVERIFY2(*info, errorText(*info).constData());
        QCOMPARE((*info)->network, Network::Regtest);
        QCOMPARE((*info)->nodeId, sandbox.info().value(u"node_id").toString());
        QVERIFY((*info)->alias.isEmpty());

        const auto balance = await(alice->balance());
        QVERIFY(balance && *balance);
        QCOMPARE((*balance)->msat(), 100'000'000);

        const auto report = await(alice->testConnection());
        QVERIFY(report);
        QVERIFY2(*report, errorText(*report).constData());
        QCOMPARE((*report)->info.nodeId, (*info)->nodeId);
        QCOMPARE((*report)->balance.msat(), 100'000'000);
    }

    void wrongPasswordIsUnauthorised()
    {
        const QByteArray password = "0123456789abcdef-not-the-password";
        const QJsonObject p = sandbox.wallet(u"alice"_s).value(u"phoenixd").toObject();
        PhoenixdWallet wallet(http.get(), QUrl(p.value(u"url").toString()), password,
                              Network::Regtest);
        const auto report = await(wallet.testConnection());
        QVERIFY(report);
        QVERIFY(!*report);
        QCOMPARE(report->error().kind, AppError::Kind::Unauthorised);
        QCOMPARE(report->error().httpStatus, 401);
        QVERIFY(!report->error().describe().contains(QString::fromLatin1(password)));
        QVERIFY(!report->error().describe().contains(passwordOf(sandbox, u"alice"_s)));

        // Paying with bad credentials is an error (nothing was sent), not a pending payment.
        const Bolt11Invoice invoice = decoded(sandbox.createInvoice(u"bob"_s, 5));
        const auto paid = await(wallet.payInvoice(invoice, MilliSats(0)));
        QVERIFY(paid && !*paid);
        QCOMPARE(paid->error().kind, AppError::Kind::Unauthorised);
        QVERIFY(!paid->error().describe().contains(QString::fromLatin1(password)));
    }

    void wrongNetworkIsRefused()
    {
        auto alice = walletOf(sandbox, u"alice"_s, Network::Mainnet);
        const auto report = await(alice->testConnection());
        QVERIFY(report);
        QVERIFY(!*report);
        QCOMPARE(report->error().kind, AppError::Kind::Refused);
        QVERIFY2(report->error().message.contains(u"regtest"_s),
                 qPrintable(report->error().message));
        QVERIFY(report->error().message.contains(u"mainnet"_s));
        // info() itself reports what the node says.
        const auto info = await(alice->info());
        QVERIFY(info && *info);
        QCOMPARE((*info)->network, Network::Regtest);
    }

    void createInvoiceAndPay()
    {
        auto alice = walletOf(sandbox, u"alice"_s);
        auto bob = walletOf(sandbox, u"bob"_s);
        const qint64 aliceBefore = balanceSat(*alice);
        const qint64 bobBefore = balanceSat(*bob);
        QCOMPARE(aliceBefore, 100000);

        const auto created =
            await(bob->createInvoice(MilliSats(1'234'000), u"coffee ☕ for the task"_s, 600));
        QVERIFY(created);
        QVERIFY2(*created, errorText(*created).constData());
        const auto invoice = decodeBolt11((*created)->bolt11);
        QVERIFY(invoice);
        QCOMPARE(invoice->amount->msat(), 1'234'000);
        QCOMPARE(invoice->paymentHash, (*created)->paymentHash);
        QCOMPARE(invoice->network, Network::Regtest);
        QCOMPARE(invoice->expirySeconds, 600);
        QCOMPARE(invoice->description.value_or(QString()), u"coffee ☕ for the task"_s);

        const qint64 paysBefore = payinvoiceCalls(sandbox);
        const auto paid = await(alice->payInvoice(*invoice, MilliSats(10'000)));
        QVERIFY(paid);
        QVERIFY2(*paid, errorText(*paid).constData());
        QCOMPARE((*paid)->state, State::Succeeded);
        QVERIFY((*paid)->preimage);
        QVERIFY(verifyPreimage(*(*paid)->preimage, invoice->paymentHash));
        QCOMPARE((*paid)->paymentHash, invoice->paymentHash);
        QCOMPARE((*paid)->amount.msat(), 1'234'000);
        QCOMPARE(payinvoiceCalls(sandbox), paysBefore + 1);
        const qint64 fee = (*paid)->fee.msat() / 1000;
        QCOMPARE(balanceSat(*alice), aliceBefore - 1234 - fee);
        QCOMPARE(balanceSat(*bob), bobBefore + 1234);

        // The record by hash: the same preimage.
        const auto looked = await(alice->lookupPayment(invoice->paymentHash));
        QVERIFY(looked && *looked);
        QCOMPARE((*looked)->state, State::Succeeded);
        QCOMPARE((*looked)->preimage->toHex(), (*paid)->preimage->toHex());
        QCOMPARE((*looked)->amount.msat(), 1'234'000);
        // Bob received it; he never sent it.
        const auto bobLooked = await(bob->lookupPayment(invoice->paymentHash));
        QVERIFY(bobLooked && *bobLooked);
        QCOMPARE((*bobLooked)->state, State::NotFound);

        // Paying again: phoenixd refuses, the earlier payment's state is the answer, no debit.
        const auto again = await(alice->payInvoice(*invoice, MilliSats(10'000)));
        QVERIFY(again && *again);
        QCOMPARE((*again)->state, State::Succeeded);
        QCOMPARE((*again)->preimage->toHex(), (*paid)->preimage->toHex());
        QCOMPARE(balanceSat(*alice), aliceBefore - 1234 - fee);
        QCOMPARE(balanceSat(*bob), bobBefore + 1234);

        // Another wallet paying it: refused as already paid; its own record of that attempt
        // says Failed, and nothing left it.
        auto carol = walletOf(sandbox, u"carol"_s);
        const auto carolPaid = await(carol->payInvoice(*invoice, MilliSats(10'000)));
        QVERIFY(carolPaid && *carolPaid);
        QCOMPARE((*carolPaid)->state, State::Failed);
        QVERIFY((*carolPaid)->reason.contains(u"already been paid"_s));
        QCOMPARE(balanceSat(*carol), 0);
    }

    void createInvoiceRefusals()
    {
        auto bob = walletOf(sandbox, u"bob"_s);
        const auto refusedWith = [&](QFuture<InvoiceOutcome> f) {
            const auto r = await(f);
            return r && !*r ? r->error().kind : AppError::Kind::Cancelled;
        };
        QCOMPARE(refusedWith(bob->createInvoice(MilliSats(1500), u"x"_s, 0)),
                 AppError::Kind::Refused);
        QCOMPARE(refusedWith(bob->createInvoice(MilliSats(0), u"x"_s, 0)), AppError::Kind::Refused);
        QCOMPARE(refusedWith(bob->createInvoice(MilliSats(1000), QString(129, u'x'), 0)),
                 AppError::Kind::Refused);
        // 128 characters is phoenixd's limit, not over it.
        const auto ok = await(bob->createInvoice(MilliSats(1000), QString(128, u'x'), 0));
        QVERIFY(ok && *ok);
        QCOMPARE(decoded((*ok)->bolt11).expirySeconds, 3600); // phoenixd's default
    }

    void amountlessAndForeignInvoicesAreRefused()
    {
        auto alice = walletOf(sandbox, u"alice"_s);
        const qint64 before = payinvoiceCalls(sandbox);
        const Bolt11Invoice any = decoded(sandbox.createInvoice(u"bob"_s, 0));
        QVERIFY(!any.amount);
        QVERIFY(!any.text.isEmpty());
        auto r = await(alice->payInvoice(any, MilliSats(1000)));
        QVERIFY(r && !*r);
        QCOMPARE(r->error().kind, AppError::Kind::Refused);

        // A mainnet invoice (BOLT 11's own vector) from a regtest wallet.
        Bolt11Invoice mainnet;
        for (const QJsonValue &v : lwtest::readJson(lwtest::dataPath("bolt11-vectors.json"))
                                       .object()
                                       .value(u"valid")
                                       .toArray()) {
            const auto d = decodeBolt11(v.toObject().value(u"invoice").toString());
            if (d && d->amount && d->network == Network::Mainnet) {
                mainnet = *d;
                break;
            }
        }
        QVERIFY(mainnet.amount);
        r = await(alice->payInvoice(mainnet, MilliSats(1000)));
        QVERIFY(r && !*r);
        QCOMPARE(r->error().kind, AppError::Kind::Refused);
        QVERIFY(r->error().message.contains(u"mainnet"_s));
        QCOMPARE(payinvoiceCalls(sandbox), before); // neither reached the wallet
    }

    void unknownHashIsNotFound()
    {
        auto alice = walletOf(sandbox, u"alice"_s);
        const auto r = await(alice->lookupPayment(paymentHashOf(generatePreimage())));
        QVERIFY(r && *r);
        QCOMPARE((*r)->state, State::NotFound);
        QVERIFY(!(*r)->preimage);
    }

    void failedPayment()
    {
        lwtest::SandboxProcess flaky;
        QVERIFY(flaky.start({u"--payment-fail-rate"_s, u"100"_s, u"--wallet"_s, u"a:1000"_s,
                             u"--wallet"_s, u"b:0"_s}));
        auto a = walletOf(flaky, u"a"_s);
        const Bolt11Invoice invoice = decoded(flaky.createInvoice(u"b"_s, 10));
        const auto r = await(a->payInvoice(invoice, MilliSats(1000)));
        QVERIFY(r && *r);
        QCOMPARE((*r)->state, State::Failed);
        QVERIFY((*r)->reason.contains(u"recipient was offline"_s));
        QVERIFY(!(*r)->preimage);
        QCOMPARE(balanceSat(*a), 1000);
        const auto looked = await(a->lookupPayment(invoice.paymentHash));
        QVERIFY(looked && *looked);
        QCOMPARE((*looked)->state, State::Failed);
        QVERIFY(flaky.stopCleanly());
    }

    void clientTimeoutIsPendingThenSucceeds()
    {
        lwtest::SandboxProcess slow;
        QVERIFY(slow.start({u"--settle-delay-ms"_s, u"2500"_s, u"--wallet"_s, u"a:1000"_s,
                            u"--wallet"_s, u"b:0"_s}));
        auto a = walletOf(slow, u"a"_s);
        auto b = walletOf(slow, u"b"_s);
        a->setPayTimeoutMs(400);
        const auto created = await(b->createInvoice(MilliSats(100'000), u"slow"_s, 0));
        QVERIFY(created && *created);
        const Bolt11Invoice invoice = decoded((*created)->bolt11);

        auto r = await(a->payInvoice(invoice, MilliSats(1000)));
        QVERIFY(r && *r);
        QCOMPARE((*r)->state, State::Pending);
        QVERIFY2((*r)->reason.contains(u"did not answer within 1 s"_s), qPrintable((*r)->reason));
        QCOMPARE((*r)->paymentHash, invoice.paymentHash);

        // A second attempt while in flight: phoenixd refuses, the lookup says pending.
        r = await(a->payInvoice(invoice, MilliSats(1000)));
        QVERIFY(r && *r);
        QCOMPARE((*r)->state, State::Pending);
        QVERIFY2((*r)->reason.contains(u"in progress"_s), qPrintable((*r)->reason));

        auto looked = await(a->lookupPayment(invoice.paymentHash));
        QVERIFY(looked && *looked);
        QCOMPARE((*looked)->state, State::Pending);
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                looked = await(a->lookupPayment(invoice.paymentHash));
                return looked && *looked && (*looked)->state == State::Succeeded;
            }(),
            10'000);
        QVERIFY(verifyPreimage(*(*looked)->preimage, invoice.paymentHash));
        QCOMPARE((*looked)->amount.msat(), 100'000);
        QCOMPARE(balanceSat(*a), 900);
        QCOMPARE(balanceSat(*b), 100);
        QVERIFY(slow.stopCleanly());
    }

    void sandboxGoneMidCall()
    {
        lwtest::SandboxProcess doomed;
        QVERIFY(doomed.start({u"--settle-delay-ms"_s, u"5000"_s, u"--wallet"_s, u"a:1000"_s,
                              u"--wallet"_s, u"b:0"_s}));
        auto a = walletOf(doomed, u"a"_s);
        const Bolt11Invoice invoice = decoded(doomed.createInvoice(u"b"_s, 10));
        QFuture<PaymentOutcome> paying = a->payInvoice(invoice, MilliSats(1000));
        QTimer::singleShot(500, this, [&doomed] { doomed.stop(); });
        const auto r = await(paying);
        QVERIFY(r);
        QVERIFY2(*r, errorText(*r).constData());
        QCOMPARE((*r)->state, State::Pending); // never Failed: it may have gone through
        QVERIFY2((*r)->reason.contains(u"may still complete"_s), qPrintable((*r)->reason));
        QVERIFY(!doomed.isRunning());

        // Nobody listens there now: reads are Network errors, a payment is still Pending.
        const auto info = await(a->info());
        QVERIFY(info && !*info);
        QCOMPARE(info->error().kind, AppError::Kind::Network);
        const auto report = await(a->testConnection());
        QVERIFY(report && !*report);
        QCOMPARE(report->error().kind, AppError::Kind::Network);
        const auto looked = await(a->lookupPayment(invoice.paymentHash));
        QVERIFY(looked && !*looked);
        QCOMPARE(looked->error().kind, AppError::Kind::Network);
        const auto again = await(a->payInvoice(invoice, MilliSats(1000)));
        QVERIFY(again && *again);
        QCOMPARE((*again)->state, State::Pending);
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
        auto r = await(wallet.payInvoice(invoice, MilliSats(0)));
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
        r = await(wallet.payInvoice(invoice, MilliSats(0)));
        QVERIFY(r && *r);
        QCOMPARE((*r)->state, State::Pending);
        // A plain failure reason: Failed.
        fake.answer("/payinvoice", 200,
                    json({{u"paymentHash"_s, hash},
                          {u"reason"_s, u"not enough funds in wallet to afford payment"_s}}));
        r = await(wallet.payInvoice(invoice, MilliSats(0)));
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
            r = await(wallet.payInvoice(invoice, MilliSats(0)));
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

    void cleanupTestCase() { QVERIFY(sandbox.stopCleanly()); }
};

QTEST_GUILESS_MAIN(TestPhoenixdWallet)
#include "tst_phoenixdwallet.moc"
