// SPDX-License-Identifier: GPL-3.0-or-later
// Core Lightning's clnrest answers read by clnjson: the shapes of research/lightning.md §3 and
// hostile variants of them (missing, wrong-typed, lying fields). Invoices are signed here with a
// test key, so every preimage is known.
#include "cln/clnjson.h"
#include "lightning/bolt11decoder.h"
#include "lightning/bolt11encoder.h"
#include "lightning/preimage.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace lw;
using namespace Qt::Literals::StringLiterals;
using State = OutgoingPayment::State;
using Incoming = IncomingPayment::State;

namespace {

QJsonObject parse(const char *text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

struct Signed {
    Bolt11Invoice invoice;
    Preimage preimage;
};

Signed signedInvoice(qint64 msat, Network network = Network::Regtest)
{
    Signed s;
    s.preimage = generatePreimage();
    Bolt11Draft draft;
    draft.network = network;
    draft.amount = MilliSats(msat);
    draft.timestamp = 1'700'000'000;
    draft.paymentHash = paymentHashOf(s.preimage);
    draft.paymentSecret = *PaymentSecret::fromHex(QString(64, u'5'));
    draft.description = u"test"_s;
    const auto key =
        PrivateKey::fromHex(u"e126f68f7eafcc8b74f54d269fe206be715000f94dac067d1c04a8ca3b2db734"_s);
    const auto text = encodeBolt11(draft, *key);
    if (text)
        s.invoice = *decodeBolt11(*text);
    return s;
}

} // namespace

class TestClnJson : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void rpcErrors()
    {
        auto e = parseClnRpcError(R"({"code":-32601,"message":"Unknown command 'xpay'"})");
        QVERIFY(e);
        QCOMPARE(e->code, -32601);
        QVERIFY(isClnUnknownCommand(*e));
        e = parseClnRpcError(R"({"code":-1,"message":"Unknown command 'xpay'"})");
        QVERIFY(e && isClnUnknownCommand(*e));
        e = parseClnRpcError(
            R"({"code":-32602,"message":"missing required parameter: invstring"})");
        QVERIFY(e && !isClnUnknownCommand(*e));
        QCOMPARE(classifyClnPayError(*e), ClnPayError::NotSent);
        for (const int code : {203, 205, 206, 207, 210})
            QCOMPARE(classifyClnPayError({code, u"x"_s}), ClnPayError::Failed);
        // Already paid, in progress and the catch-alls are looked up, never called failed.
        for (const int code : {-1, 200, 201, 209, 219, 1234})
            QCOMPARE(classifyClnPayError({code, u"x"_s}), ClnPayError::EarlierAttempt);
        for (const char *body :
             {"", "<html>", "[]", R"({"code":"1","message":"x"})", R"({"code":1.5,"message":"x"})",
              R"({"code":1})", R"({"code":1,"message":7})"})
            QVERIFY2(!parseClnRpcError(body), body);
        QCOMPARE(
            parseClnRpcError(QByteArray(R"({"code":1,"message":")") + QByteArray(2000, 'a') + "\"}")
                ->message.size(),
            500);
    }

    void getinfo()
    {
        const QString id = u"02"_s + QString(64, u'a');
        auto info = parseClnInfo(
            QJsonObject{{u"id"_s, id}, {u"alias"_s, u"node"_s}, {u"network"_s, u"bitcoin"_s}});
        QVERIFY(info);
        QCOMPARE(info->network, Network::Mainnet);
        QCOMPARE(info->nodeId, id);
        QCOMPARE(info->alias, u"node"_s);
        for (const auto &[name, network] :
             QList<QPair<QString, Network>>{{u"regtest"_s, Network::Regtest},
                                            {u"testnet"_s, Network::Testnet},
                                            {u"testnet4"_s, Network::Testnet},
                                            {u"signet"_s, Network::Signet}}) {
            info = parseClnInfo(QJsonObject{{u"id"_s, id}, {u"network"_s, name}});
            QVERIFY(info);
            QCOMPARE(info->network, network);
            QVERIFY(info->alias.isEmpty());
        }
        for (const QJsonObject &o :
             {QJsonObject{{u"network"_s, u"regtest"_s}},
              QJsonObject{{u"id"_s, u"zz"_s}, {u"network"_s, u"regtest"_s}},
              QJsonObject{{u"id"_s, id}}, QJsonObject{{u"id"_s, id}, {u"network"_s, 1}},
              QJsonObject{{u"id"_s, id}, {u"network"_s, u"moonnet"_s}},
              QJsonObject{{u"id"_s, id}, {u"network"_s, u"regtest"_s}, {u"alias"_s, 5}}}) {
            info = parseClnInfo(o);
            QVERIFY(!info);
            QCOMPARE(info.error().kind, AppError::Kind::BadResponse);
        }
        QVERIFY(parseClnInfo(QJsonObject{{u"id"_s, id}, {u"network"_s, u"moonnet"_s}})
                    .error()
                    .message.contains(u"moonnet"_s));
    }

    void listfunds()
    {
        auto b = parseClnBalance(parse(R"({"outputs":[{"amount_msat":5000000}],"channels":[
            {"state":"CHANNELD_NORMAL","our_amount_msat":1000},
            {"state":"CHANNELD_NORMAL","our_amount_msat":"2000msat"},
            {"state":"ONCHAIN","our_amount_msat":40000},
            {"state":"CHANNELD_AWAITING_LOCKIN","our_amount_msat":80000}]})"));
        QVERIFY(b);
        QCOMPARE(b->msat(), 3000); // normal channels only; on-chain outputs are not Lightning
        QCOMPARE(parseClnBalance(parse(R"({"channels":[]})"))->msat(), 0);
        for (const char *body :
             {R"({})", R"({"channels":{}})", R"({"channels":[1]})",
              R"({"channels":[{"state":"CHANNELD_NORMAL"}]})",
              R"({"channels":[{"state":"CHANNELD_NORMAL","our_amount_msat":-1}]})",
              R"({"channels":[{"state":"CHANNELD_NORMAL","our_amount_msat":1.5}]})",
              R"({"channels":[{"state":"CHANNELD_NORMAL","our_amount_msat":"12sat"}]})",
              R"({"channels":[{"state":"CHANNELD_NORMAL","our_amount_msat":"-5msat"}]})",
              R"({"channels":[{"state":"CHANNELD_NORMAL","our_amount_msat":1e300}]})",
              R"({"channels":[{"our_amount_msat":1}]})"}) {
            b = parseClnBalance(parse(body));
            QVERIFY2(!b, body);
            QCOMPARE(b.error().kind, AppError::Kind::BadResponse);
        }
        // Two channels each at the cap add up to more than any amount can be.
        const QJsonObject big{{u"state"_s, u"CHANNELD_NORMAL"_s},
                              {u"our_amount_msat"_s, u"2100000000000000000msat"_s}};
        QVERIFY(!parseClnBalance(QJsonObject{{u"channels"_s, QJsonArray{big, big}}}));
    }

    void invoice()
    {
        const Signed s = signedInvoice(21'000);
        const QString hash = s.invoice.paymentHash.toHex();
        const QJsonObject good{
            {u"bolt11"_s, s.invoice.text}, {u"payment_hash"_s, hash}, {u"expires_at"_s, 1}};
        auto r = parseClnInvoice(good, MilliSats(21'000), Network::Regtest);
        QVERIFY(r);
        QCOMPARE(r->paymentHash, s.invoice.paymentHash);
        QCOMPARE(r->bolt11, s.invoice.text);
        // Another amount, another chain, another hash, no invoice, not an invoice.
        QVERIFY(!parseClnInvoice(good, MilliSats(22'000), Network::Regtest));
        QVERIFY(!parseClnInvoice(good, MilliSats(21'000), Network::Mainnet));
        QVERIFY(!parseClnInvoice(
            QJsonObject{{u"bolt11"_s, s.invoice.text}, {u"payment_hash"_s, QString(64, u'0')}},
            MilliSats(21'000), Network::Regtest));
        QVERIFY(!parseClnInvoice(QJsonObject{{u"payment_hash"_s, hash}}, MilliSats(21'000),
                                 Network::Regtest));
        QVERIFY(
            !parseClnInvoice(QJsonObject{{u"bolt11"_s, u"lnbcrt1xyz"_s}, {u"payment_hash"_s, hash}},
                             MilliSats(21'000), Network::Regtest));
        QVERIFY(!parseClnInvoice(QJsonObject{{u"bolt11"_s, 5}, {u"payment_hash"_s, hash}},
                                 MilliSats(21'000), Network::Regtest));
    }

    void xpayAndPay()
    {
        const Signed s = signedInvoice(50'000);
        const QString preimage = s.preimage.toHex();
        // xpay: no hash, no status; the fee is what was sent beyond the amount.
        auto p = parseClnPayment(QJsonObject{{u"payment_preimage"_s, preimage},
                                             {u"amount_msat"_s, 50'000},
                                             {u"amount_sent_msat"_s, 50'250},
                                             {u"failed_parts"_s, 0},
                                             {u"successful_parts"_s, 1}},
                                 s.invoice);
        QCOMPARE(p.state, State::Succeeded);
        QCOMPARE(p.preimage->toHex(), preimage);
        QCOMPARE(p.amount, MilliSats(50'000));
        QCOMPARE(p.fee, MilliSats(250));
        // pay: status and hash.
        p = parseClnPayment(QJsonObject{{u"payment_preimage"_s, preimage},
                                        {u"payment_hash"_s, s.invoice.paymentHash.toHex()},
                                        {u"status"_s, u"complete"_s},
                                        {u"amount_msat"_s, 50'000},
                                        {u"amount_sent_msat"_s, 50'000}},
                            s.invoice);
        QCOMPARE(p.state, State::Succeeded);
        QCOMPARE(p.fee, MilliSats(0));
        p = parseClnPayment(QJsonObject{{u"payment_hash"_s, s.invoice.paymentHash.toHex()},
                                        {u"status"_s, u"failed"_s}},
                            s.invoice);
        QCOMPARE(p.state, State::Failed);
        // A wrong preimage, none, another hash, pending, garbage: Pending, never Succeeded.
        for (const QJsonObject &o :
             {QJsonObject{{u"payment_preimage"_s, QString(64, u'1')}},
              QJsonObject{{u"payment_preimage"_s, QString(64, u'0')}},
              QJsonObject{{u"payment_preimage"_s, preimage.left(62)}},
              QJsonObject{{u"payment_preimage"_s, 7}}, QJsonObject{},
              QJsonObject{{u"payment_preimage"_s, preimage},
                          {u"payment_hash"_s, QString(64, u'a')}},
              QJsonObject{{u"payment_preimage"_s, preimage}, {u"payment_hash"_s, 1}},
              QJsonObject{{u"payment_preimage"_s, preimage}, {u"status"_s, u"pending"_s}},
              QJsonObject{{u"payment_preimage"_s, preimage}, {u"status"_s, true}}}) {
            p = parseClnPayment(o, s.invoice);
            QVERIFY2(p.state == State::Pending, QJsonDocument(o).toJson().constData());
            QVERIFY(!p.preimage);
            QCOMPARE(p.paymentHash, s.invoice.paymentHash);
            QVERIFY(!p.reason.isEmpty());
        }
    }

    void listpays()
    {
        const Signed s = signedInvoice(50'000);
        const PaymentHash hash = s.invoice.paymentHash;
        const auto pay = [&](const QString &status, const QJsonValue &preimage = {}) {
            QJsonObject o{{u"payment_hash"_s, hash.toHex()}, {u"status"_s, status}};
            if (!preimage.isUndefined())
                o.insert(u"preimage"_s, preimage);
            o.insert(u"amount_msat"_s, 50'000);
            o.insert(u"amount_sent_msat"_s, 50'100);
            return o;
        };
        const auto pays = [](QJsonArray list) { return QJsonObject{{u"pays"_s, list}}; };
        auto r = parseClnPays(pays({}), hash);
        QVERIFY(r);
        QCOMPARE(r->state, State::NotFound);
        r = parseClnPays(pays({pay(u"failed"_s), pay(u"complete"_s, s.preimage.toHex())}), hash);
        QCOMPARE(r->state, State::Succeeded);
        QCOMPARE(r->preimage->toHex(), s.preimage.toHex());
        QCOMPARE(r->amount, MilliSats(50'000));
        QCOMPARE(r->fee, MilliSats(100));
        QCOMPARE(parseClnPays(pays({pay(u"failed"_s), pay(u"pending"_s)}), hash)->state,
                 State::Pending);
        QCOMPARE(parseClnPays(pays({pay(u"failed"_s), pay(u"failed"_s)}), hash)->state,
                 State::Failed);
        // complete with a preimage that does not match, or none: Pending.
        r = parseClnPays(pays({pay(u"complete"_s, QString(64, u'3'))}), hash);
        QCOMPARE(r->state, State::Pending);
        QVERIFY(!r->preimage);
        QCOMPARE(parseClnPays(pays({pay(u"complete"_s)}), hash)->state, State::Pending);
        // Only pay's field name counts: payment_preimage is not listpays' preimage.
        QJsonObject renamed = pay(u"complete"_s);
        renamed.insert(u"payment_preimage"_s, s.preimage.toHex());
        QCOMPARE(parseClnPays(pays({renamed}), hash)->state, State::Pending);
        // Another hash's entries (a node ignoring the filter) are not this payment.
        QJsonObject other = pay(u"complete"_s, s.preimage.toHex());
        other.insert(u"payment_hash"_s, QString(64, u'c'));
        QCOMPARE(parseClnPays(pays({other}), hash)->state, State::NotFound);
        for (const char *body :
             {R"({})", R"({"pays":{}})", R"({"pays":[1]})", R"({"pays":[{"status":"complete"}]})",
              R"({"pays":[{"payment_hash":"zz","status":"complete"}]})"}) {
            r = parseClnPays(parse(body), hash);
            QVERIFY2(!r, body);
            QCOMPARE(r.error().kind, AppError::Kind::BadResponse);
        }
    }

    void listinvoices()
    {
        const PaymentHash hash = signedInvoice(1000).invoice.paymentHash;
        const auto one = [&](const QJsonObject &extra) {
            QJsonObject o{{u"payment_hash"_s, hash.toHex()}, {u"label"_s, u"x"_s}};
            for (auto it = extra.begin(); it != extra.end(); ++it)
                o.insert(it.key(), it.value());
            return QJsonObject{{u"invoices"_s, QJsonArray{o}}};
        };
        auto r = parseClnInvoices(QJsonObject{{u"invoices"_s, QJsonArray{}}}, hash);
        QVERIFY(r);
        QCOMPARE(r->state, Incoming::NotFound);
        r = parseClnInvoices(one({{u"status"_s, u"paid"_s}, {u"amount_received_msat"_s, 1500}}),
                             hash);
        QCOMPARE(r->state, Incoming::Paid);
        QCOMPARE(r->received, MilliSats(1500));
        QCOMPARE(parseClnInvoices(one({{u"status"_s, u"unpaid"_s}}), hash)->state,
                 Incoming::Unpaid);
        QCOMPARE(parseClnInvoices(one({{u"status"_s, u"expired"_s}}), hash)->state,
                 Incoming::Expired);
        for (const QJsonObject &o :
             {one({{u"status"_s, u"paid"_s}}),
              one({{u"status"_s, u"paid"_s}, {u"amount_received_msat"_s, u"lots"_s}}),
              one({{u"status"_s, u"maybe"_s}}), one({{u"status"_s, 1}}),
              one({{u"payment_hash"_s, 1}, {u"status"_s, u"paid"_s}}),
              QJsonObject{{u"invoices"_s, 1}}, QJsonObject{}}) {
            r = parseClnInvoices(o, hash);
            QVERIFY2(!r, QJsonDocument(o).toJson().constData());
            QCOMPARE(r.error().kind, AppError::Kind::BadResponse);
        }
    }
};

QTEST_GUILESS_MAIN(TestClnJson)
#include "tst_clnjson.moc"
