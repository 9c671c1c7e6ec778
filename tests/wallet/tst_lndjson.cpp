// SPDX-License-Identifier: GPL-3.0-or-later
// LND's REST shapes (research/lightning.md §2) read into Lightwork's values, hostile variants
// refused with a reason, and the payment streams' outcomes.
#include "common/base64.h"
#include "lightning/bolt11decoder.h"
#include "lightning/preimage.h"
#include "lnd/lndjson.h"
#include "lnd/lndstream.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace lw;
using namespace Qt::Literals::StringLiterals;
using State = OutgoingPayment::State;
using namespace std::chrono_literals;

namespace {

// BOLT 11 vector V3: 2500u on mainnet, payment hash 0001020304050607080900010203…0102.
const QString v3 =
    u"lnbc2500u1pvjluezsp5zyg3zyg3zyg3zyg3zyg3zyg3zyg3zyg3zyg3zyg3zyg3zyg3zygspp5qqqsyqcyq5rqwzqfqqqsyqcyq5rqwzqfqqqsyqcyq5rqwzqfqypqdq5xysxxatsyp3k7enxv4jsxqzpu9qrsgquk0rl77nj30yxdy8j9vdx85fkpmdla2087ne0xh8nhedh8w27kyke0lp53ut353s06fv3qfegext0eh0ymjpf39tuven09sam30g4vgpfna3rh"_s;
// Written without a raw literal: moc's tokenizer reads the apostrophe as a character literal.
const QByteArray notInitiated =
    "{\"error\":{\"code\":5,\"message\":\"payment isn\x27t initiated\"}}";
const QString v3Hash = u"0001020304050607080900010203040506070809000102030405060708090102"_s;

QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

QString b64(const QString &hexText)
{
    return base64::encode(QByteArray::fromHex(hexText.toLatin1()));
}

struct Fixture {
    Preimage preimage = generatePreimage();
    PaymentHash hash = paymentHashOf(preimage);

    QJsonObject payment(const QString &status, const QString &preimageHex) const
    {
        return QJsonObject{{u"payment_hash"_s, hash.toHex()},
                           {u"payment_preimage"_s, preimageHex},
                           {u"value_sat"_s, u"1000"_s},
                           {u"value_msat"_s, u"1000000"_s},
                           {u"fee_sat"_s, u"1"_s},
                           {u"fee_msat"_s, u"1010"_s},
                           {u"status"_s, status},
                           {u"failure_reason"_s, u"FAILURE_REASON_NONE"_s},
                           {u"payment_index"_s, u"42"_s}};
    }
    QByteArray line(const QJsonObject &payment) const
    {
        return QJsonDocument(QJsonObject{{u"result"_s, payment}}).toJson(QJsonDocument::Compact)
               + '\n';
    }
};

Bolt11Invoice invoiceOf(const QString &text)
{
    const auto d = decodeBolt11(text);
    return d ? *d : Bolt11Invoice();
}

} // namespace

class TestLndJson : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void info()
    {
        const auto ok = parseLndInfo(json(
            R"({"identity_pubkey":"03e7156ae33b0a208d0744199163177e909e80176e55d97a2f221ede0f934dd9ad",
                "alias":"bob","chains":[{"chain":"bitcoin","network":"regtest"}],"block_height":101})"));
        QVERIFY(ok);
        QCOMPARE(ok->network, Network::Regtest);
        QCOMPARE(ok->alias, u"bob"_s);
        QCOMPARE(ok->nodeId.size(), 66);
        const auto testnet4 = parseLndInfo(json(
            R"({"identity_pubkey":"03e7156ae33b0a208d0744199163177e909e80176e55d97a2f221ede0f934dd9ad",
                "chains":[{"chain":"bitcoin","network":"testnet4"}]})"));
        QVERIFY(testnet4);
        QCOMPARE(testnet4->network, Network::Testnet);

        for (
            const char *bad : {
                R"({"chains":[{"chain":"bitcoin","network":"regtest"}]})",
                R"({"identity_pubkey":"zz","chains":[{"chain":"bitcoin","network":"regtest"}]})",
                R"({"identity_pubkey":"03e7156ae33b0a208d0744199163177e909e80176e55d97a2f221ede0f934dd9ad","chains":[]})",
                R"({"identity_pubkey":"03e7156ae33b0a208d0744199163177e909e80176e55d97a2f221ede0f934dd9ad","chains":"regtest"})",
                R"({"identity_pubkey":"03e7156ae33b0a208d0744199163177e909e80176e55d97a2f221ede0f934dd9ad","chains":[{"chain":"litecoin","network":"mainnet"}]})",
                R"({"identity_pubkey":"03e7156ae33b0a208d0744199163177e909e80176e55d97a2f221ede0f934dd9ad","chains":[{"chain":"bitcoin","network":"moon"}]})",
                R"({"identity_pubkey":"03e7156ae33b0a208d0744199163177e909e80176e55d97a2f221ede0f934dd9ad","alias":7,"chains":[{"chain":"bitcoin","network":"regtest"}]})",
            }) {
            const auto r = parseLndInfo(json(bad));
            QVERIFY2(!r, bad);
            QCOMPARE(r.error().kind, AppError::Kind::BadResponse);
        }
    }

    void balance()
    {
        QCOMPARE(
            parseLndBalance(json(R"({"local_balance":{"sat":"1000","msat":"1000123"}})"))->msat(),
            1'000'123);
        QCOMPARE(parseLndBalance(json(R"({"local_balance":{"sat":"5"}})"))->msat(), 5'000);
        QCOMPARE(parseLndBalance(json(R"({"balance":"7"})"))->msat(), 7'000);
        for (const char *bad :
             {R"({})", R"({"local_balance":{"msat":"-1"}})", R"({"local_balance":{"msat":"1e3"}})",
              R"({"local_balance":{"msat":"99999999999999999999"}})",
              R"({"local_balance":{"msat":"2100000000000000001"}})", R"({"local_balance":"5"})",
              R"({"local_balance":{"msat":1.5}})"})
            QVERIFY2(!parseLndBalance(json(bad)), bad);
    }

    void addInvoiceIsChecked()
    {
        const MilliSats amount(250'000'000);
        const QJsonObject good{{u"r_hash"_s, b64(v3Hash)},
                               {u"payment_request"_s, v3},
                               {u"add_index"_s, u"17"_s},
                               {u"payment_addr"_s, b64(QString(64, u'1'))}};
        const auto ok = parseLndAddInvoice(good, amount, Network::Mainnet);
        QVERIFY2(ok, qPrintable(ok ? QString() : ok.error().describe()));
        QCOMPARE(ok->paymentHash.toHex(), v3Hash);
        QCOMPARE(ok->bolt11, v3);

        QVERIFY(!parseLndAddInvoice(good, MilliSats(1000), Network::Mainnet));
        QVERIFY(!parseLndAddInvoice(good, amount, Network::Regtest));
        QJsonObject otherHash = good;
        otherHash[u"r_hash"_s] = b64(QString(64, u'a'));
        QVERIFY(!parseLndAddInvoice(otherHash, amount, Network::Mainnet));
        QJsonObject hexHash = good;
        hexHash[u"r_hash"_s] = v3Hash; // hex where base64 belongs: 48 bytes, not 32
        QVERIFY(!parseLndAddInvoice(hexHash, amount, Network::Mainnet));
        QJsonObject garbage = good;
        garbage[u"payment_request"_s] = u"lnbc1garbage"_s;
        QVERIFY(!parseLndAddInvoice(garbage, amount, Network::Mainnet));
        QVERIFY(
            !parseLndAddInvoice(QJsonObject{{u"payment_request"_s, v3}}, amount, Network::Mainnet));
    }

    void invoiceStates()
    {
        const PaymentHash hash = *PaymentHash::fromHex(v3Hash);
        const QString rHash = b64(v3Hash);
        const auto state = [&](const QString &s, const char *paid = "0") {
            return parseLndInvoice(QJsonObject{{u"r_hash"_s, rHash},
                                               {u"state"_s, s},
                                               {u"amt_paid_msat"_s, QString::fromLatin1(paid)}},
                                   hash);
        };
        QCOMPARE(state(u"OPEN"_s)->state, IncomingPayment::State::Unpaid);
        QCOMPARE(state(u"ACCEPTED"_s)->state, IncomingPayment::State::Unpaid);
        QCOMPARE(state(u"CANCELED"_s)->state, IncomingPayment::State::Expired);
        const auto settled = state(u"SETTLED"_s, "1500");
        QCOMPARE(settled->state, IncomingPayment::State::Paid);
        QCOMPARE(settled->received.msat(), 1500);
        QVERIFY(!state(u"PAID_MAYBE"_s));
        QVERIFY(!state(u"SETTLED"_s, "-5"));
        QVERIFY(!parseLndInvoice(QJsonObject{{u"r_hash"_s, b64(QString(64, u'b'))},
                                             {u"state"_s, u"SETTLED"_s},
                                             {u"amt_paid_msat"_s, u"1"_s}},
                                 hash));
        QVERIFY(!parseLndInvoice(QJsonObject{{u"r_hash"_s, rHash}}, hash));
        QCOMPARE(
            parseLndInvoice(json(R"({"settled":true,"amt_paid_sat":"3"})"), hash)->received.msat(),
            3000);
    }

    void paymentNeedsAVerifiedPreimage()
    {
        const Fixture f;
        const auto ok = parseLndPayment(f.payment(u"SUCCEEDED"_s, f.preimage.toHex()), f.hash);
        QVERIFY(ok);
        QCOMPARE(ok->state, State::Succeeded);
        QCOMPARE(ok->preimage, std::optional<Preimage>(f.preimage));
        QCOMPARE(ok->fee.msat(), 1010);
        QCOMPARE(ok->amount.msat(), 1'000'000);

        // All zeros (LND's value until settled), another preimage, base64 instead of hex.
        for (const QString &bad :
             {QString(64, u'0'), generatePreimage().toHex(), base64::encode(f.preimage.view())}) {
            const auto r = parseLndPayment(f.payment(u"SUCCEEDED"_s, bad), f.hash);
            QVERIFY(r);
            QCOMPARE(r->state, State::Pending);
            QVERIFY(!r->preimage);
        }
        const auto failed = parseLndPayment(
            [&] {
                QJsonObject o = f.payment(u"FAILED"_s, QString(64, u'0'));
                o[u"failure_reason"_s] = u"FAILURE_REASON_NO_ROUTE"_s;
                return o;
            }(),
            f.hash);
        QCOMPARE(failed->state, State::Failed);
        QCOMPARE(failed->reason, u"FAILURE_REASON_NO_ROUTE"_s);
        QCOMPARE(parseLndPayment(f.payment(u"IN_FLIGHT"_s, QString(64, u'0')), f.hash)->state,
                 State::Pending);
        QCOMPARE(parseLndPayment(f.payment(u"INITIATED"_s, QString(64, u'0')), f.hash)->state,
                 State::Pending);
        QCOMPARE(parseLndPayment(f.payment(u"WHATEVER"_s, QString(64, u'0')), f.hash)->state,
                 State::Pending);
        // About another hash, or unreadable: an error, never a state.
        QVERIFY(!parseLndPayment(f.payment(u"SUCCEEDED"_s, f.preimage.toHex()),
                                 paymentHashOf(generatePreimage())));
        QJsonObject noStatus = f.payment(u"SUCCEEDED"_s, f.preimage.toHex());
        noStatus.remove(u"status"_s);
        QVERIFY(!parseLndPayment(noStatus, f.hash));
        QJsonObject badFee = f.payment(u"SUCCEEDED"_s, f.preimage.toHex());
        badFee[u"fee_msat"_s] = u"lots"_s;
        QVERIFY(!parseLndPayment(badFee, f.hash));
    }

    void requests()
    {
        const Bolt11Invoice invoice = invoiceOf(v3);
        const QJsonObject r = lndSendPaymentRequest(invoice, MilliSats(12'345), 90s);
        QCOMPARE(r.value(u"payment_request").toString(), v3);
        QCOMPARE(r.value(u"fee_limit_msat").toString(), u"12345"_s);
        QCOMPARE(r.value(u"timeout_seconds").toInt(), 85);
        QVERIFY(!r.contains(u"amt"_s) && !r.contains(u"amt_msat"_s));
        QVERIFY(!r.contains(u"fee_limit_sat"_s));
        // Zero only when asked for.
        QCOMPARE(lndSendPaymentRequest(invoice, MilliSats(0), 10s).value(u"fee_limit_msat"),
                 QJsonValue(u"0"_s));
        QCOMPARE(lndTimeoutSeconds(1500ms), 1);
        QCOMPARE(lndTimeoutSeconds(200ms), 1);
        QCOMPARE(lndTimeoutSeconds(10s), 9);

        const QJsonObject add = lndAddInvoiceRequest(MilliSats(1'500), u"memo"_s, 600);
        QCOMPARE(add.value(u"value_msat").toString(), u"1500"_s);
        QCOMPARE(add.value(u"expiry").toString(), u"600"_s);
        QVERIFY(!lndAddInvoiceRequest(MilliSats(1'500), u"memo"_s, 0).contains(u"expiry"_s));

        // base64url without padding for paths.
        const PaymentHash ff = *PaymentHash::fromHex(QString(64, u'f'));
        QCOMPARE(lndPathHash(ff), u"__________________________________________8"_s);
    }

    void errors()
    {
        const LndError unary =
            lndErrorOf(R"({"code":5,"message":"unable to locate invoice","details":[]})");
        QCOMPARE(unary.code, 5);
        QVERIFY(lndMeansNoInvoice(unary));
        const LndError stream =
            lndErrorOf(R"({"result":{"status":"IN_FLIGHT"}})"
                       "\n"
                       R"({"error":{"code":6,"message":"invoice is already paid","details":[]}})");
        QCOMPARE(stream.code, 6);
        QVERIFY(lndMeansEarlierAttempt(stream));
        QVERIFY(lndMeansNotInitiated(lndErrorOf(notInitiated)));
        QCOMPARE(lndErrorOf("<html>oops</html>").code, -1);

        QCOMPARE(lndAuthProblem(500, lndErrorOf(R"({"code":2,"message":"permission denied"})")),
                 LndAuthProblem::PermissionDenied);
        QCOMPARE(
            lndAuthProblem(
                500,
                lndErrorOf(
                    R"({"code":2,"message":"verification failed: signature mismatch after caveat verification"})")),
            LndAuthProblem::BadMacaroon);
        QCOMPARE(
            lndAuthProblem(500, lndErrorOf(R"({"code":2,"message":"expected 1 macaroon, got 0"})")),
            LndAuthProblem::BadMacaroon);
        QCOMPARE(
            lndAuthProblem(
                500, lndErrorOf(R"({"code":2,"message":"invalid vertex length of 0, want 33"})")),
            LndAuthProblem::None);
    }

    void linesSplitAcrossPieces()
    {
        LndLineSplitter s;
        QVERIFY(s.feed("{\"a\":").isEmpty());
        const auto lines = s.feed("1}\n\n{\"b\":2}\n{\"c\"");
        QCOMPARE(lines, (QList<QByteArray>{"{\"a\":1}", "{\"b\":2}"}));
        QCOMPARE(s.partial(), QByteArray("{\"c\""));
        LndLineSplitter huge;
        huge.feed(QByteArray(LndLineSplitter::maxLineBytes + 1, 'x'));
        QVERIFY(huge.overflowed());
        QVERIFY(huge.feed("\n{}\n").isEmpty());
    }

    void sendStreamOutcomes()
    {
        const Fixture f;
        Bolt11Invoice invoice = invoiceOf(v3);
        invoice.paymentHash = f.hash; // the stream is about f's hash
        const auto response = [](int status, QByteArray body) {
            HttpResponse r;
            r.status = status;
            r.body = std::move(body);
            return HttpResult(r);
        };
        const auto run = [&](const QList<QByteArray> &pieces, const HttpResult &end,
                             bool *lookUp = nullptr) {
            LndPaymentStream stream(u"router/send"_s, f.hash);
            for (const QByteArray &p : pieces)
                if (!stream.feed(p))
                    break;
            bool look = false;
            const PaymentOutcome out = lndSendOutcome(end, stream, invoice, &look);
            if (lookUp)
                *lookUp = look;
            return out;
        };
        const QByteArray inFlight = f.line(f.payment(u"IN_FLIGHT"_s, QString(64, u'0')));
        const QByteArray succeeded = f.line(f.payment(u"SUCCEEDED"_s, f.preimage.toHex()));

        // Succeeded, even split mid-line, and even when the transport then failed.
        const auto ok = run({inFlight + succeeded.left(20), succeeded.mid(20)},
                            fail(AppError::make(AppError::Kind::Timeout, u"late"_s)));
        QVERIFY(ok);
        QCOMPARE(ok->state, State::Succeeded);
        QCOMPARE(ok->amount, *invoice.amount);
        // Timeout with only IN_FLIGHT, a cut stream, a 500, garbage: Pending.
        QCOMPARE(run({inFlight}, fail(AppError::make(AppError::Kind::Timeout, u"t"_s)))->state,
                 State::Pending);
        QCOMPARE(run({inFlight, succeeded.left(30)}, response(200, {}))->state, State::Pending);
        QCOMPARE(run({}, response(500, R"({"code":2,"message":"transport is closing"})"))->state,
                 State::Pending);
        QCOMPARE(run({"garbage\n"}, response(200, {}))->state, State::Pending);
        QCOMPARE(run({}, fail(AppError::make(AppError::Kind::Network, u"reset"_s)))->state,
                 State::Pending);
        // A lying SUCCEEDED is never Succeeded.
        const QByteArray lie = f.line(f.payment(u"SUCCEEDED"_s, generatePreimage().toHex()));
        QCOMPARE(run({lie}, response(200, {}))->state, State::Pending);
        // Nothing sent: errors.
        QCOMPARE(run({}, fail(AppError::make(AppError::Kind::Tls, u"tls"_s))).error().kind,
                 AppError::Kind::Tls);
        QCOMPARE(run({}, response(500, R"({"error":{"code":2,"message":"permission denied"}})"))
                     .error()
                     .kind,
                 AppError::Kind::Unauthorised);
        QCOMPARE(run({}, response(400, R"({"code":3,"message":"bad"})")).error().kind,
                 AppError::Kind::Invalid);
        // An earlier attempt: looked up.
        bool lookUp = false;
        QCOMPARE(run({},
                     response(409, R"({"error":{"code":6,"message":"invoice is already paid"}})"),
                     &lookUp)
                     ->state,
                 State::Pending);
        QVERIFY(lookUp);
        // A FAILED is final.
        QJsonObject failed = f.payment(u"FAILED"_s, QString(64, u'0'));
        failed[u"failure_reason"_s] = u"FAILURE_REASON_INSUFFICIENT_BALANCE"_s;
        QCOMPARE(run({inFlight + f.line(failed)}, response(200, {}))->state, State::Failed);
    }

    void trackStreamOutcomes()
    {
        const Fixture f;
        const auto end200 = [] {
            HttpResponse r;
            r.status = 200;
            return HttpResult(r);
        };
        LndPaymentStream quiet(u"router/track"_s, f.hash);
        const auto pending =
            lndTrackOutcome(fail(AppError::make(AppError::Kind::Timeout, u"t"_s)), quiet, f.hash);
        QVERIFY(pending);
        QCOMPARE(pending->state, State::Pending);

        HttpResponse notFound;
        notFound.status = 404;
        notFound.body = notInitiated;
        QCOMPARE(lndTrackOutcome(HttpResult(notFound), quiet, f.hash)->state, State::NotFound);
        HttpResponse noRoute;
        noRoute.status = 404;
        noRoute.body = "404 page not found";
        QVERIFY(!lndTrackOutcome(HttpResult(noRoute), quiet, f.hash));

        LndPaymentStream done(u"router/track"_s, f.hash);
        QVERIFY(!done.feed(f.line(f.payment(u"SUCCEEDED"_s, f.preimage.toHex()))));
        QCOMPARE(lndTrackOutcome(end200(), done, f.hash)->state, State::Succeeded);
    }
};

QTEST_GUILESS_MAIN(TestLndJson)
#include "tst_lndjson.moc"
