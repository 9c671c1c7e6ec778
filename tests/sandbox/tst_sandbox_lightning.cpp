// SPDX-License-Identifier: GPL-3.0-or-later
// The sandbox's simulated Lightning: real signed BOLT 11 (checked by npm `bolt11` too), wallets
// behind phoenixd- and LNbits-compatible APIs with their field names and failure shapes, LNURL.
#include "common/crypto.h"
#include "lightning/bolt11decoder.h"
#include "lightning/lnurl.h"
#include "peerprocess.h"
#include "sandboxprocess.h"

#include <QFile>
#include <QNetworkReply>
#include <QTest>

using namespace lwtest;
using namespace Qt::Literals::StringLiterals;

namespace {

QUrlQuery form(std::initializer_list<std::pair<const char *, QString>> items)
{
    QUrlQuery q;
    for (const auto &[k, v] : items)
        q.addQueryItem(QString::fromLatin1(k), v);
    return q;
}

} // namespace

class TestSandboxLightning : public QObject {
    Q_OBJECT

private:
    SandboxProcess sandbox;

    QString invoiceFor(const QString &wallet, qint64 sats, const QString &description = u"test"_s)
    {
        return sandbox.createInvoice(wallet, sats, description);
    }

    HttpResult lnbits(const QByteArray &method, const QString &path, const QString &key,
                      const QJsonObject &body = {})
    {
        return sandbox.call(method, u"/lnbits"_s + path,
                            method == "GET" ? QByteArray() : json(body),
                            {{"x-api-key", key.toLatin1()}});
    }
    QString lnbitsKey(const QString &wallet, const char *which)
    {
        return sandbox.wallet(wallet)
            .value(u"lnbits")
            .toObject()
            .value(QLatin1String(which))
            .toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(sandbox.start({u"--wallet"_s, u"alice:100000"_s, u"--wallet"_s, u"bob:50000"_s,
                               u"--wallet"_s, u"carol:0"_s}));
    }

    void startupLine()
    {
        const QJsonObject info = sandbox.info();
        QCOMPARE(sandbox.url().host(), u"127.0.0.1"_s);
        QVERIFY(sandbox.url().port() > 0);
        QCOMPARE(info.value(u"network").toString(), u"regtest"_s);
        QCOMPARE(info.value(u"node_id").toString().size(), 66);
        QCOMPARE(info.value(u"wallets").toArray().size(), 3);
        const QJsonObject alice = sandbox.wallet(u"alice"_s);
        QCOMPARE(alice.value(u"balance_sat").toInteger(), 100000);
        QCOMPARE(alice.value(u"lightning_address").toString(),
                 u"alice@"_s + sandbox.url().authority());
        QCOMPARE(alice.value(u"phoenixd").toObject().value(u"password").toString().size(), 64);
        QVERIFY(!alice.value(u"lnbits").toObject().value(u"admin_key").toString().isEmpty());
    }

    void phoenixdInfoAndAuth()
    {
        HttpResult r = sandbox.phoenixd("GET", u"alice"_s, u"/getinfo"_s);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.keys(), keySet({"nodeId", "channels", "chain", "blockHeight", "version"}));
        QCOMPARE(r.json.value(u"nodeId").toString(), sandbox.info().value(u"node_id").toString());
        r = sandbox.phoenixd("GET", u"alice"_s, u"/getbalance"_s);
        QCOMPARE(r.json, QJsonObject({{u"balanceSat"_s, 100000}, {u"feeCreditSat"_s, 0}}));

        // Wrong password, no auth, unknown path, wrong method: phoenixd's text answers.
        r = sandbox.call("GET", u"/phoenixd/getbalance"_s, {},
                         {{"authorization", "Basic " + QByteArray(":nope").toBase64()}});
        QCOMPARE(r.status, 401);
        QCOMPARE(r.body, QByteArray("Invalid authentication (use basic auth with the http password "
                                    "set in phoenix.conf)"));
        QCOMPARE(sandbox.get(u"/phoenixd/getbalance"_s).status, 401);
        r = sandbox.phoenixd("GET", u"alice"_s, u"/nosuch"_s);
        QCOMPARE(r.status, 404);
        QCOMPARE(r.body, QByteArray("Unknown endpoint (check api doc)"));
        r = sandbox.phoenixd("POST", u"alice"_s, u"/getbalance"_s);
        QCOMPARE(r.status, 405);
        QCOMPARE(r.body, QByteArray("Invalid http method (use the correct GET/POST)"));
        // Any user name works; only the password counts.
        const QString password =
            sandbox.wallet(u"alice"_s).value(u"phoenixd").toObject().value(u"password").toString();
        r = sandbox.call(
            "GET", u"/phoenixd/getbalance"_s, {},
            {{"authorization", "Basic " + QByteArray("who:" + password.toLatin1()).toBase64()}});
        QCOMPARE(r.status, 200);
    }

    void invoicesAreRealBolt11()
    {
        HttpResult r = sandbox.phoenixd("POST", u"alice"_s, u"/createinvoice"_s,
                                        form({{"amountSat", u"1234"_s},
                                              {"description", u"coffee ☕"_s},
                                              {"expirySeconds", u"600"_s},
                                              {"externalId", u"ext-1"_s}}));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.keys(), keySet({"amountSat", "paymentHash", "serialized"}));
        const auto invoice = lw::decodeBolt11(r.json.value(u"serialized").toString());
        QVERIFY(invoice);
        QCOMPARE(invoice->network, lw::Network::Regtest);
        QCOMPARE(invoice->amount->msat(), 1'234'000);
        QCOMPARE(invoice->description.value_or(QString()), u"coffee ☕"_s);
        QCOMPARE(invoice->expirySeconds, 600);
        QCOMPARE(invoice->paymentHash.toHex(), r.json.value(u"paymentHash").toString());
        QCOMPARE(invoice->payee.toHex(), sandbox.info().value(u"node_id").toString());

        // Amountless: no amountSat in the answer.
        r = sandbox.phoenixd("POST", u"alice"_s, u"/createinvoice"_s,
                             form({{"description", u"tip"_s}}));
        QCOMPARE(r.keys(), keySet({"paymentHash", "serialized"}));
        QVERIFY(!lw::decodeBolt11(r.json.value(u"serialized").toString())->amount);

        // The incoming payment before it is paid.
        r = sandbox.phoenixd("GET", u"alice"_s,
                             u"/payments/incoming/"_s + invoice->paymentHash.toHex());
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(u"type").toString(), u"incoming_payment"_s);
        QCOMPARE(r.json.value(u"isPaid").toBool(), false);
        QCOMPARE(r.json.value(u"requestedSat").toInteger(), 1234);
        QCOMPARE(r.json.value(u"externalId").toString(), u"ext-1"_s);

        // phoenixd's 400s.
        r = sandbox.phoenixd("POST", u"alice"_s, u"/createinvoice"_s,
                             form({{"amountSat", u"5"_s}}));
        QCOMPARE(r.status, 400);
        QCOMPARE(r.body, QByteArray("Must provide either a description or descriptionHash"));
        r = sandbox.phoenixd("POST", u"alice"_s, u"/createinvoice"_s,
                             form({{"description", QString(129, u'x')}}));
        QCOMPARE(r.status, 400);
        r = sandbox.phoenixd("POST", u"alice"_s, u"/createinvoice"_s,
                             form({{"description", u"x"_s}, {"amountSat", u"ten"_s}}));
        QCOMPARE(r.status, 400);
        QCOMPARE(r.body,
                 QByteArray("Request parameter amountSat couldn't be parsed/converted to integer"));
        r = sandbox.phoenixd("POST", u"alice"_s, u"/payinvoice"_s, {});
        QCOMPARE(r.status, 400);
        QCOMPARE(r.body, QByteArray("Request parameter invoice is missing"));
    }

    void npmBolt11DecodesSandboxInvoices()
    {
        const QStringList invoices{invoiceFor(u"alice"_s, 1),
                                   invoiceFor(u"bob"_s, 2'100'000, u"big one"_s),
                                   invoiceFor(u"carol"_s, 0, u"any amount"_s)};
        QByteArray input;
        for (const QString &i : invoices)
            input += i.toLatin1() + '\n';
        const QList<QByteArray> lines =
            runPeer(u"bolt11-decode.js"_s, {}, input).trimmed().split('\n');
        QCOMPARE(lines.size(), invoices.size());
        for (qsizetype i = 0; i < invoices.size(); ++i) {
            const QJsonObject npm = QJsonDocument::fromJson(lines[i]).object();
            const auto ours = lw::decodeBolt11(invoices[i]);
            QVERIFY2(!npm.contains(u"error"_s), lines[i].constData());
            QVERIFY(ours);
            QCOMPARE(npm.value(u"network").toString(), u"bcrt"_s);
            QCOMPARE(npm.value(u"payment_hash").toString(), ours->paymentHash.toHex());
            QCOMPARE(npm.value(u"payee").toString(), sandbox.info().value(u"node_id").toString());
            QCOMPARE(npm.value(u"description").toString(), ours->description.value_or(QString()));
            QCOMPARE(npm.value(u"min_final_cltv").toInteger(), 144);
            QCOMPARE(npm.value(u"features").toArray(), QJsonArray({9, 14, 17}));
            if (ours->amount)
                QCOMPARE(npm.value(u"msat").toString(), QString::number(ours->amount->msat()));
            else
                QVERIFY(npm.value(u"msat").isNull());
        }
    }

    void payingMovesSatsAndRevealsThePreimage()
    {
        const QString invoice = invoiceFor(u"carol"_s, 700);
        const auto decoded = lw::decodeBolt11(invoice);
        HttpResult r = sandbox.pay(u"bob"_s, invoice);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.keys(), keySet({"recipientAmountSat", "routingFeeSat", "paymentId",
                                   "paymentHash", "paymentPreimage"}));
        QCOMPARE(r.json.value(u"recipientAmountSat").toInteger(), 700);
        QCOMPARE(lw::crypto::sha256(
                     QByteArray::fromHex(r.json.value(u"paymentPreimage").toString().toLatin1()))
                     .toHex(),
                 decoded->paymentHash.toHex());
        QCOMPARE(sandbox.balance(u"bob"_s), 50000 - 700);
        QCOMPARE(sandbox.balance(u"carol"_s), 700);

        // Both sides see it.
        r = sandbox.phoenixd("GET", u"carol"_s,
                             u"/payments/incoming/"_s + decoded->paymentHash.toHex());
        QCOMPARE(r.json.value(u"isPaid").toBool(), true);
        QCOMPARE(r.json.value(u"receivedSat").toInteger(), 700);
        QCOMPARE(r.json.value(u"preimage").toString().size(), 64);
        r = sandbox.phoenixd("GET", u"bob"_s,
                             u"/payments/outgoingbyhash/"_s + decoded->paymentHash.toHex());
        QCOMPARE(r.json.value(u"type").toString(), u"outgoing_payment"_s);
        QCOMPARE(r.json.value(u"isPaid").toBool(), true);
        QCOMPARE(r.json.value(u"sent").toInteger(), 700);
        QVERIFY(r.json.contains(u"completedAt"_s));
        // Someone else's incoming payment is not found.
        QCOMPARE(
            sandbox
                .phoenixd("GET", u"bob"_s, u"/payments/incoming/"_s + decoded->paymentHash.toHex())
                .status,
            404);

        // A second payment of the same hash fails as phoenixd does: HTTP 200 with a reason.
        r = sandbox.pay(u"alice"_s, invoice);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json, QJsonObject({{u"paymentHash"_s, decoded->paymentHash.toHex()},
                                      {u"reason"_s, u"this invoice has already been paid"_s}}));
        QCOMPARE(sandbox.balance(u"alice"_s), 100000);
        QCOMPARE(sandbox.balance(u"carol"_s), 700);
    }

    void failuresLookLikePhoenixd()
    {
        // A foreign invoice (another node's, with an amount): one of BOLT 11's own vectors.
        QFile file(QStringLiteral(LW_TEST_DATA_DIR "/bolt11-vectors.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QString foreign;
        for (const QJsonValue &v :
             QJsonDocument::fromJson(file.readAll()).object().value(u"valid").toArray()) {
            const auto decoded = lw::decodeBolt11(v.toObject().value(u"invoice").toString());
            if (decoded && decoded->amount) {
                foreign = decoded->text;
                break;
            }
        }
        QVERIFY(!foreign.isEmpty());
        HttpResult r = sandbox.pay(u"alice"_s, foreign);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.keys(), keySet({"paymentHash", "reason"}));
        QCOMPARE(sandbox.balance(u"alice"_s), 100000);

        // Paying one's own invoice: a node does not route to itself.
        r = sandbox.pay(u"alice"_s, invoiceFor(u"alice"_s, 10));
        QCOMPARE(r.json.value(u"reason").toString(),
                 u"payment attempts exhausted without success"_s);
        QCOMPARE(sandbox.balance(u"alice"_s), 100000);

        // Not enough funds.
        r = sandbox.pay(u"carol"_s, invoiceFor(u"alice"_s, 5000));
        QCOMPARE(r.json.value(u"reason").toString(),
                 u"not enough funds in wallet to afford payment"_s);
        // Amountless without amountSat is a 400; with it, it pays that amount.
        const QString any = invoiceFor(u"carol"_s, 0);
        r = sandbox.pay(u"alice"_s, any);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.body, QByteArray("amount missing: invoice has no amount, pass amountSat"));
        r = sandbox.phoenixd("POST", u"alice"_s, u"/payinvoice"_s,
                             form({{"invoice", any}, {"amountSat", u"42"_s}}));
        QCOMPARE(r.json.value(u"recipientAmountSat").toInteger(), 42);
        // Garbage.
        r = sandbox.pay(u"alice"_s, u"lnbcrt1garbage"_s);
        QCOMPARE(r.status, 400);
        QCOMPARE(
            r.body,
            QByteArray("Request parameter invoice couldn't be parsed/converted to bolt11invoice"));
        r = sandbox.phoenixd("GET", u"alice"_s, u"/payments/outgoingbyhash/xyz"_s);
        QCOMPARE(r.status, 400);
        r = sandbox.phoenixd("GET", u"alice"_s, u"/payments/outgoingbyhash/"_s + QString(64, u'0'));
        QCOMPARE(r.status, 404);
        QCOMPARE(r.body, QByteArray("Not found"));
    }

    void expiredInvoicesAreNotPaid()
    {
        const QString invoice = sandbox
                                    .phoenixd("POST", u"carol"_s, u"/createinvoice"_s,
                                              form({{"amountSat", u"5"_s},
                                                    {"description", u"soon"_s},
                                                    {"expirySeconds", u"60"_s}}))
                                    .json.value(u"serialized")
                                    .toString();
        QCOMPARE(sandbox.admin("POST", u"/clock"_s, R"({"advance_seconds":61})").status, 200);
        const HttpResult r = sandbox.pay(u"alice"_s, invoice);
        QVERIFY(r.json.contains(u"reason"_s));
        QVERIFY(!r.json.contains(u"paymentPreimage"_s));
        const auto hash = lw::decodeBolt11(invoice)->paymentHash.toHex();
        QCOMPARE(sandbox.phoenixd("GET", u"carol"_s, u"/payments/incoming/"_s + hash)
                     .json.value(u"isExpired")
                     .toBool(),
                 true);
    }

    void lnbitsWalletApi()
    {
        const QString admin = lnbitsKey(u"alice"_s, "admin_key");
        const QString invoiceKey = lnbitsKey(u"alice"_s, "invoice_key");
        HttpResult r = lnbits("GET", u"/api/v1/wallet"_s, invoiceKey);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.keys(), keySet({"name", "balance"}));
        QCOMPARE(r.json.value(u"balance").toInteger(), sandbox.balance(u"alice"_s) * 1000); // msat
        QVERIFY(lnbits("GET", u"/api/v1/wallet"_s, admin).json.contains(u"id"_s));
        r = lnbits("GET", u"/api/v1/wallet"_s, u"wrong"_s);
        QCOMPARE(r.status, 401);
        QCOMPARE(r.keys(), keySet({"detail"}));

        // Create with the invoice key ("out" defaults to true, so it must say false).
        r = lnbits("POST", u"/api/v1/payments"_s, invoiceKey,
                   {{u"out"_s, false}, {u"amount"_s, 21}, {u"memo"_s, u"lnbits"_s}});
        QCOMPARE(r.status, 201);
        const QString hash = r.json.value(u"payment_hash").toString();
        const QString request = r.json.value(u"payment_request").toString();
        QCOMPARE(r.json.value(u"bolt11").toString(), request);
        QCOMPARE(r.json.value(u"amount").toInteger(), 21000);
        QCOMPARE(r.json.value(u"status").toString(), u"pending"_s);
        QCOMPARE(lw::decodeBolt11(request)->amount->msat(), 21000);

        // Pay it from bob: the invoice key may not pay, the admin key may.
        const QString bobInvoiceKey = lnbitsKey(u"bob"_s, "invoice_key");
        const QString bobAdmin = lnbitsKey(u"bob"_s, "admin_key");
        r = lnbits("POST", u"/api/v1/payments"_s, bobInvoiceKey,
                   {{u"out"_s, true}, {u"bolt11"_s, request}});
        QCOMPARE(r.status, 403);
        r = lnbits("POST", u"/api/v1/payments"_s, bobAdmin,
                   {{u"out"_s, true}, {u"bolt11"_s, request}});
        QCOMPARE(r.status, 201);
        QCOMPARE(r.json.value(u"status").toString(), u"success"_s);
        QCOMPARE(r.json.value(u"amount").toInteger(), -21000); // outgoing amounts are negative
        const QString preimage = r.json.value(u"preimage").toString();
        QCOMPARE(lw::crypto::sha256(QByteArray::fromHex(preimage.toLatin1())).toHex(), hash);

        // Status lookups, from both sides and without a key.
        r = lnbits("GET", u"/api/v1/payments/"_s + hash, invoiceKey);
        QCOMPARE(r.json.value(u"paid").toBool(), true);
        QCOMPARE(r.json.value(u"preimage").toString(), preimage);
        QVERIFY(r.json.contains(u"details"_s));
        r = sandbox.get(u"/lnbits/api/v1/payments/"_s + hash);
        QCOMPARE(r.json.value(u"paid").toBool(), true);
        QVERIFY(!r.json.contains(u"details"_s));
        r = lnbits("GET", u"/api/v1/payments/"_s + QString(64, u'1'), invoiceKey);
        QCOMPARE(r.status, 404);
        QCOMPARE(r.json.value(u"detail").toString(), u"Payment does not exist."_s);

        // Paying it again: HTTP 520, LNbits' wording.
        r = lnbits("POST", u"/api/v1/payments"_s, admin,
                   {{u"out"_s, true}, {u"bolt11"_s, request}});
        QCOMPARE(r.status, 520);
        QCOMPARE(r.json, QJsonObject({{u"detail"_s, u"Payment already paid."_s},
                                      {u"status"_s, u"success"_s}}));
        r = lnbits("POST", u"/api/v1/payments"_s, admin,
                   {{u"out"_s, false}, {u"amount"_s, u"ten"_s}});
        QCOMPARE(r.status, 400);
    }

    void lightningAddressOverLnurlPay()
    {
        HttpResult r = sandbox.get(u"/.well-known/lnurlp/carol"_s);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(u"tag").toString(), u"payRequest"_s);
        const QString callback = r.json.value(u"callback").toString();
        QVERIFY(callback.startsWith(sandbox.url().toString()));
        const QString metadata = r.json.value(u"metadata").toString();
        QVERIFY(metadata.contains(u"text/identifier"_s));
        QVERIFY(r.json.value(u"commentAllowed").toInteger() > 0);

        r = sandbox.http().send("GET", QUrl(callback + u"?amount=15000&comment=thanks"_s));
        QCOMPARE(r.status, 200);
        const auto invoice = lw::decodeBolt11(r.json.value(u"pr").toString());
        QVERIFY(invoice);
        QCOMPARE(invoice->amount->msat(), 15000);
        // LUD-06: the invoice commits to the metadata by hash.
        QCOMPARE(invoice->descriptionHash->toHex(), lw::crypto::sha256(metadata.toUtf8()).toHex());
        const qint64 before = sandbox.balance(u"carol"_s);
        QCOMPARE(sandbox.pay(u"alice"_s, r.json.value(u"pr").toString()).status, 200);
        QCOMPARE(sandbox.balance(u"carol"_s), before + 15);

        // LNURL errors: {"status":"ERROR","reason"}.
        r = sandbox.http().send("GET", QUrl(callback + u"?amount=1"_s));
        QCOMPARE(r.json.value(u"status").toString(), u"ERROR"_s);
        QVERIFY(!r.json.value(u"reason").toString().isEmpty());
        r = sandbox.http().send("GET",
                                QUrl(callback + u"?amount=5000&comment="_s + QString(500, u'c')));
        QCOMPARE(r.json.value(u"status").toString(), u"ERROR"_s);
        r = sandbox.get(u"/.well-known/lnurlp/nobody"_s);
        QCOMPARE(r.status, 404);
        QCOMPARE(r.json.value(u"status").toString(), u"ERROR"_s);
    }

    void settlementDelayShowsPendingPayments()
    {
        SandboxProcess slow;
        QVERIFY(slow.start({u"--settle-delay-ms"_s, u"1500"_s, u"--wallet"_s, u"a:1000"_s,
                            u"--wallet"_s, u"b:0"_s}));
        const QString invoice = slow.createInvoice(u"b"_s, 100);
        const QString hash = lw::decodeBolt11(invoice)->paymentHash.toHex();

        // payinvoice blocks until settlement; meanwhile the payment is pending and a second
        // attempt is refused.
        QNetworkAccessManager network;
        network.setProxy(QNetworkProxy::NoProxy);
        const QString password =
            slow.wallet(u"a"_s).value(u"phoenixd").toObject().value(u"password").toString();
        QNetworkRequest request(slow.url(u"/phoenixd/payinvoice"_s));
        request.setRawHeader("authorization",
                             "Basic " + QByteArray(":" + password.toLatin1()).toBase64());
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          u"application/x-www-form-urlencoded"_s);
        QUrlQuery body;
        body.addQueryItem(u"invoice"_s, invoice);
        QNetworkReply *reply = network.post(request, body.toString(QUrl::FullyEncoded).toLatin1());
        QTest::qWait(300);
        QVERIFY(!reply->isFinished());
        HttpResult r = slow.phoenixd("GET", u"a"_s, u"/payments/outgoingbyhash/"_s + hash);
        QCOMPARE(r.json.value(u"isPaid").toBool(), false);
        QVERIFY(!r.json.contains(u"completedAt"_s)); // pending
        QCOMPARE(slow.balance(u"a"_s), 900);         // locked while in flight
        r = slow.pay(u"a"_s, invoice);
        QCOMPARE(r.json.value(u"reason").toString(),
                 u"another payment is in progress for that invoice"_s);

        QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 10'000);
        const QJsonObject done = QJsonDocument::fromJson(reply->readAll()).object();
        QCOMPARE(done.value(u"recipientAmountSat").toInteger(), 100);
        reply->deleteLater();
        r = slow.phoenixd("GET", u"a"_s, u"/payments/outgoingbyhash/"_s + hash);
        QCOMPARE(r.json.value(u"isPaid").toBool(), true);
        QCOMPARE(slow.balance(u"b"_s), 100);
    }

    void paymentFailureKnob()
    {
        SandboxProcess flaky;
        QVERIFY(flaky.start({u"--payment-fail-rate"_s, u"100"_s, u"--wallet"_s, u"a:1000"_s,
                             u"--wallet"_s, u"b:0"_s}));
        const QString invoice = flaky.createInvoice(u"b"_s, 10);
        const HttpResult r = flaky.pay(u"a"_s, invoice);
        QCOMPARE(r.status, 200);
        QCOMPARE(
            r.json.value(u"reason").toString(),
            u"the recipient was offline or did not have enough liquidity to receive the payment"_s);
        QCOMPARE(flaky.balance(u"a"_s), 1000);
        const QString hash = lw::decodeBolt11(invoice)->paymentHash.toHex();
        const HttpResult status =
            flaky.phoenixd("GET", u"a"_s, u"/payments/outgoingbyhash/"_s + hash);
        QCOMPARE(status.json.value(u"isPaid").toBool(), false);
        QVERIFY(status.json.contains(u"completedAt"_s)); // failed, not pending
    }

    void adminApi()
    {
        HttpResult r = sandbox.call("GET", u"/_sandbox/info"_s);
        QCOMPARE(r.status, 401);
        r = sandbox.admin("POST", u"/wallets"_s, R"({"name":"dave","balance_sat":77})");
        QCOMPARE(r.status, 201);
        QCOMPARE(r.json.value(u"balance_sat").toInteger(), 77);
        r = sandbox.admin("POST", u"/wallets/dave/fund"_s, R"({"amount_sat":23})");
        QCOMPARE(r.json.value(u"balance_sat").toInteger(), 100);
        QCOMPARE(sandbox.admin("POST", u"/wallets"_s, R"({"name":"Bad Name"})").status, 400);
        QCOMPARE(sandbox.admin("POST", u"/wallets/nobody/fund"_s, R"({"amount_sat":1})").status,
                 404);
        QCOMPARE(sandbox.admin("POST", u"/wallets/dave/fund"_s, R"({"amount_sat":-1})").status,
                 400);
        r = sandbox.admin("GET", u"/wallets"_s);
        QVERIFY(r.json.value(u"wallets").toArray().size() >= 4);

        // The request log counts round trips per route.
        QCOMPARE(sandbox.admin("POST", u"/log/clear"_s).status, 200);
        sandbox.phoenixd("GET", u"alice"_s, u"/getbalance"_s);
        sandbox.phoenixd("GET", u"alice"_s, u"/getbalance"_s);
        sandbox.phoenixd("GET", u"alice"_s, u"/payments/incoming/"_s + QString(64, u'a'));
        const QJsonObject counts = sandbox.routeCounts();
        QCOMPARE(counts.value(u"GET /phoenixd/getbalance").toInteger(), 2);
        QCOMPARE(counts.value(u"GET /phoenixd/payments/incoming/{}").toInteger(), 1);

        // Reset: back to the start-up wallets and balances.
        QCOMPARE(sandbox.admin("POST", u"/reset"_s).status, 200);
        QCOMPARE(sandbox.balance(u"alice"_s), 100000);
        QCOMPARE(sandbox.balance(u"carol"_s), 0);
        r = sandbox.admin("GET", u"/wallets"_s);
        for (const QJsonValue &w : r.json.value(u"wallets").toArray())
            QVERIFY(w.toObject().value(u"name").toString() != u"dave"_s);
    }

    void cleanupTestCase() { QVERIFY(sandbox.stopCleanly()); }
};

QTEST_GUILESS_MAIN(TestSandboxLightning)
#include "tst_sandbox_lightning.moc"
