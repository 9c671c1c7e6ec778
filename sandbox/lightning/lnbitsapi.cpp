// SPDX-License-Identifier: GPL-3.0-or-later
// LNbits-compatible wallet API (lnbits/lnbits core/views/payment_api.py, wallet_api.py).
#include "common/hex.h"
#include "http/router.h"
#include "lightning/lightningnode.h"
#include "lightning/walletapis.h"
#include "support/clock.h"

#include <QDateTime>
#include <QJsonArray>
#include <QTimer>

namespace lw::sandbox {

using namespace Qt::Literals::StringLiterals;

namespace {

// LNbits waits this long for a payment before answering "pending".
constexpr int payWaitMs = 5000;

Response detail(int status, const QString &text)
{
    return Response::json(status, QJsonObject{{u"detail"_s, text}});
}

Response paymentError(const QString &text, const QString &status)
{
    return Response::json(520, QJsonObject{{u"detail"_s, text}, {u"status"_s, status}});
}

std::optional<Wallet> authenticate(const Request &request, LightningNode &node, bool *admin)
{
    QString key = QString::fromLatin1(request.header("x-api-key"));
    if (key.isEmpty())
        key = request.queryValue(u"api-key"_s);
    return node.walletByLnbitsKey(key, admin);
}

QString isoMs(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

QJsonObject paymentJson(const QString &walletId, const QString &hash, const QString &bolt11,
                        qint64 amountMsat, qint64 feeMsat, const QString &status,
                        const QString &memo, const QString &preimage, qint64 createdMs,
                        qint64 expiresMs)
{
    return {{u"checking_id"_s, hash},
            {u"payment_hash"_s, hash},
            {u"wallet_id"_s, walletId},
            {u"amount"_s, amountMsat},
            {u"fee"_s, feeMsat},
            {u"bolt11"_s, bolt11},
            {u"payment_request"_s, bolt11},
            {u"status"_s, status},
            {u"memo"_s, memo},
            {u"preimage"_s, preimage.isEmpty() ? QJsonValue() : QJsonValue(preimage)},
            {u"expiry"_s, isoMs(expiresMs)},
            {u"time"_s, isoMs(createdMs)},
            {u"created_at"_s, isoMs(createdMs)},
            {u"updated_at"_s, isoMs(createdMs)},
            {u"labels"_s, QJsonArray()},
            {u"extra"_s, QJsonObject()},
            {u"webhook"_s, QJsonValue()}};
}

} // namespace

QJsonObject lnbitsIncomingPaymentJson(const InvoiceRecord &r, qint64 nowMs)
{
    const QString status =
        r.paidAtMs ? u"success"_s : (nowMs >= r.expiresAtMs ? u"failed"_s : u"pending"_s);
    return paymentJson(r.walletId, r.paymentHash, r.bolt11,
                       r.paidAtMs ? r.receivedMsat : r.amountMsat.value_or(0), 0, status,
                       r.description, r.paidAtMs ? r.preimage : QString(), r.createdAtMs,
                       r.expiresAtMs);
}

namespace {

QJsonObject outgoingPaymentJson(const PaymentRecord &p, const QString &memo, qint64 expiresMs)
{
    const QString status = p.status == u"succeeded" ? u"success"_s : p.status;
    // LNbits stores outgoing amounts and fees as negative numbers.
    return paymentJson(p.walletId, p.paymentHash, p.bolt11, -p.amountMsat, -p.feeMsat, status, memo,
                       p.status == u"succeeded" ? p.preimage : QString(), p.createdAtMs, expiresMs);
}

void createInvoice(const Request &request, const QJsonObject &body, const Wallet &w,
                   LightningNode &node, Reply reply)
{
    const QJsonValue amountValue = body.value(u"amount");
    const qint64 amount = amountValue.toInteger(-1);
    if (!amountValue.isDouble() || amount < 0) {
        reply.send(detail(400, u"Amount must be a positive integer."_s));
        return;
    }
    const QString unit = body.value(u"unit").toString(u"sat"_s);
    if (unit != u"sat" && unit != u"msat") {
        reply.send(detail(400, u"Only sat and msat units are supported in the sandbox."_s));
        return;
    }
    LightningNode::InvoiceRequest ir;
    if (amount > 0) {
        const auto msat = unit == u"msat" ? std::optional<MilliSats>(MilliSats(amount))
                                          : MilliSats::fromSats(amount);
        if (!msat || msat->msat() > MilliSats::maxMoneyMsat) {
            reply.send(detail(400, u"Amount is too large."_s));
            return;
        }
        ir.amount = msat;
    }
    ir.description = body.value(u"memo").toString();
    if (body.value(u"description_hash").isString()) {
        ir.descriptionHash = Hash32::fromHex(body.value(u"description_hash").toString());
        if (!ir.descriptionHash) {
            reply.send(detail(400, u"description_hash must be 32 bytes of hex."_s));
            return;
        }
    }
    const qint64 expiry = body.value(u"expiry").toInteger(3600);
    ir.expirySeconds = expiry > 0 ? expiry : 3600;
    const auto inv = node.createInvoice(w.id, ir);
    if (!inv) {
        reply.send(detail(500, u"Could not create the invoice."_s));
        return;
    }
    Q_UNUSED(request);
    reply.send(Response::json(201, lnbitsIncomingPaymentJson(*inv, node.nowMs())));
}

void payInvoice(const QJsonObject &body, const Wallet &w, bool admin, LightningNode &node,
                Reply reply)
{
    if (!admin) {
        reply.send(detail(403, u"Invalid adminkey."_s));
        return;
    }
    const QString bolt11 = body.value(u"bolt11").toString();
    if (bolt11.isEmpty()) {
        reply.send(detail(400, u"Missing BOLT11 invoice"_s));
        return;
    }
    // Answer after the payment completes, or "pending" after LNbits' wait, whichever comes first.
    auto timer = std::make_shared<QTimer>();
    timer->setSingleShot(true);
    QObject::connect(timer.get(), &QTimer::timeout, [reply, bolt11, w, &node] {
        const auto p = node.pendingPayment(w.id, bolt11);
        if (!p)
            return; // settled meanwhile: the payment callback answers
        const auto target = node.invoice(p->paymentHash);
        reply.send(Response::json(
            201, outgoingPaymentJson(*p, target ? target->description : QString(),
                                     target ? target->expiresAtMs : p->createdAtMs)));
    });
    timer->start(payWaitMs);
    node.pay(w.id, bolt11, std::nullopt, [reply, timer, &node](LightningNode::PayResult r) {
        timer->stop();
        const auto target = node.invoice(r.payment.paymentHash);
        const qint64 expires = target ? target->expiresAtMs : r.payment.createdAtMs;
        const QString memo = target ? target->description : QString();
        switch (r.kind) {
        case LightningNode::PayResult::Kind::BadRequest:
            reply.send(detail(400, r.message));
            return;
        case LightningNode::PayResult::Kind::Failed:
            if (r.message == u"this invoice has already been paid")
                reply.send(paymentError(u"Payment already paid."_s, u"success"_s));
            else if (r.message == u"another payment is in progress for that invoice")
                reply.send(paymentError(u"Payment is still pending."_s, u"pending"_s));
            else
                reply.send(paymentError(u"Payment failed: "_s + r.message, u"failed"_s));
            return;
        case LightningNode::PayResult::Kind::Sent:
            reply.send(Response::json(201, outgoingPaymentJson(r.payment, memo, expires)));
            return;
        }
    });
}

} // namespace

void addLnbitsRoutes(Router &router, const QString &prefix, LightningNode &node)
{
    router.setErrorHandler(prefix, [](const Request &, int status) {
        static const QHash<int, QString> texts{
            {404, u"Not Found"_s}, {405, u"Method Not Allowed"_s}, {413, u"Request too large"_s}};
        return detail(status, texts.value(status, u"Error"_s));
    });

    router.addAsync("GET", prefix + u"/api/v1/wallet",
                    [&node](const Request &request, Reply reply) {
                        bool admin = false;
                        const auto w = authenticate(request, node, &admin);
                        if (!w) {
                            reply.send(detail(401, u"Invalid key."_s));
                            return;
                        }
                        QJsonObject o{{u"name"_s, w->name}, {u"balance"_s, w->balanceMsat}};
                        if (admin)
                            o.insert(u"id"_s, w->id);
                        reply.send(Response::json(200, o));
                    });

    router.addAsync("POST", prefix + u"/api/v1/payments",
                    [&node](const Request &request, Reply reply) {
                        bool admin = false;
                        const auto w = authenticate(request, node, &admin);
                        if (!w) {
                            reply.send(detail(401, u"Invalid key."_s));
                            return;
                        }
                        const auto body = request.jsonObject();
                        if (!body) {
                            reply.send(detail(400, u"Request body must be a JSON object."_s));
                            return;
                        }
                        // LNbits: "out" defaults to true.
                        if (body->value(u"out").toBool(true))
                            payInvoice(*body, *w, admin, node, reply);
                        else
                            createInvoice(request, *body, *w, node, reply);
                    });

    router.addAsync(
        "GET", prefix + u"/api/v1/payments/{}", [&node](const Request &request, Reply reply) {
            bool admin = false;
            const auto w = authenticate(request, node, &admin);
            const QString hash = request.params[0].toLower();
            if (!hex::isHex(hash, 32)) {
                reply.send(detail(404, u"Payment does not exist."_s));
                return;
            }
            // Outgoing first (the payer asks), then the invoice (the payee asks).
            if (w) {
                if (const auto p = node.outgoingByHash(w->id, hash)) {
                    const auto target = node.invoice(hash);
                    QJsonObject o;
                    if (p->status == u"succeeded")
                        o = {{u"paid"_s, true}, {u"preimage"_s, p->preimage}};
                    else
                        o = {{u"paid"_s, false}, {u"status"_s, p->status}};
                    o.insert(u"details"_s,
                             outgoingPaymentJson(*p, target ? target->description : QString(),
                                                 target ? target->expiresAtMs : p->createdAtMs));
                    reply.send(Response::json(200, o));
                    return;
                }
            }
            const auto inv = node.invoice(hash);
            if (!inv) {
                reply.send(detail(404, u"Payment does not exist."_s));
                return;
            }
            const QJsonObject payment = lnbitsIncomingPaymentJson(*inv, node.nowMs());
            QJsonObject o;
            if (inv->paidAtMs)
                o = {{u"paid"_s, true}, {u"preimage"_s, inv->preimage}};
            else
                o = {{u"paid"_s, false},
                     {u"status"_s, payment.value(u"status")},
                     {u"preimage"_s, QJsonValue()}};
            if (w && w->id == inv->walletId)
                o.insert(u"details"_s, payment);
            reply.send(Response::json(200, o));
        });
}

} // namespace lw::sandbox
