// SPDX-License-Identifier: GPL-3.0-or-later
// phoenixd-compatible wallet API (ACINQ/phoenixd Api.kt, JsonSerializers.kt).
#include "common/base64.h"
#include "common/hex.h"
#include "http/router.h"
#include "lightning/lightningnode.h"
#include "lightning/walletapis.h"

#include <QJsonArray>

namespace lw::sandbox {

using namespace Qt::Literals::StringLiterals;

namespace {

const QByteArray unauthorized =
    "Invalid authentication (use basic auth with the http password set in phoenix.conf)";

std::optional<Wallet> authenticate(const Request &request, LightningNode &node, bool *fullAccess)
{
    return phoenixdWalletOfAuthorization(request.header("authorization"), node, fullAccess);
}

// application/x-www-form-urlencoded, where "+" is a space.
QUrlQuery formOf(const Request &request)
{
    QByteArray body = request.body;
    body.replace('+', "%20");
    return QUrlQuery(QString::fromLatin1(body));
}

QString formValue(const QUrlQuery &form, const QString &key)
{
    return form.queryItemValue(key, QUrl::FullyDecoded);
}

Response badRequest(const QString &text)
{
    return Response::text(400, text.toUtf8());
}

Response missing(const QString &name)
{
    return badRequest(u"Request parameter %1 is missing"_s.arg(name));
}

Response unconvertible(const QString &name, const QString &type)
{
    return badRequest(u"Request parameter %1 couldn't be parsed/converted to %2"_s.arg(name, type));
}

std::optional<qint64> positiveInteger(const QString &text)
{
    bool ok = false;
    const qint64 v = text.toLongLong(&ok);
    return ok && v >= 0 ? std::optional<qint64>(v) : std::nullopt;
}

QJsonObject incomingJson(const InvoiceRecord &r, qint64 nowMs)
{
    QJsonObject o{{u"type"_s, u"incoming_payment"_s},
                  {u"subType"_s, u"lightning"_s},
                  {u"paymentHash"_s, r.paymentHash},
                  {u"preimage"_s, r.preimage},
                  {u"invoice"_s, r.bolt11},
                  {u"isPaid"_s, r.paidAtMs.has_value()},
                  {u"isExpired"_s, !r.paidAtMs && nowMs >= r.expiresAtMs},
                  {u"receivedSat"_s, r.receivedMsat / 1000},
                  {u"fees"_s, 0},
                  {u"expiresAt"_s, r.expiresAtMs},
                  {u"createdAt"_s, r.createdAtMs}};
    if (!r.description.isEmpty())
        o.insert(u"description"_s, r.description);
    if (!r.externalId.isEmpty())
        o.insert(u"externalId"_s, r.externalId);
    if (r.amountMsat)
        o.insert(u"requestedSat"_s, *r.amountMsat / 1000);
    if (r.paidAtMs)
        o.insert(u"completedAt"_s, *r.paidAtMs);
    return o;
}

QJsonObject outgoingJson(const PaymentRecord &p)
{
    QJsonObject o{{u"type"_s, u"outgoing_payment"_s},
                  {u"subType"_s, u"lightning"_s},
                  {u"paymentId"_s, p.id},
                  {u"paymentHash"_s, p.paymentHash},
                  {u"isPaid"_s, p.status == u"succeeded"},
                  {u"sent"_s, (p.amountMsat + p.feeMsat) / 1000},
                  {u"fees"_s, p.feeMsat},
                  {u"invoice"_s, p.bolt11},
                  {u"createdAt"_s, p.createdAtMs}};
    if (p.status == u"succeeded")
        o.insert(u"preimage"_s, p.preimage);
    if (p.completedAtMs)
        o.insert(u"completedAt"_s, *p.completedAtMs);
    return o;
}

// Wraps a handler with phoenixd's Basic-auth check; the limited-access password is refused
// where phoenixd nests the route in authenticate("full-access") (paying).
AsyncHandler authed(LightningNode &node,
                    std::function<void(const Request &, const Wallet &, Reply)> handler,
                    bool needsFullAccess = false)
{
    return [&node, handler, needsFullAccess](const Request &request, Reply reply) {
        bool fullAccess = false;
        const auto wallet = authenticate(request, node, &fullAccess);
        if (!wallet || (needsFullAccess && !fullAccess)) {
            reply.send(Response::text(401, unauthorized));
            return;
        }
        handler(request, *wallet, reply);
    };
}

} // namespace

std::optional<Wallet> phoenixdWalletOfAuthorization(QByteArrayView header, LightningNode &node,
                                                    bool *fullAccess)
{
    if (!header.startsWith("Basic "))
        return std::nullopt;
    const auto decoded = base64::decode(QString::fromLatin1(header.sliced(6)).trimmed(),
                                        {base64::Alphabet::Standard, base64::Padding::Optional});
    if (!decoded)
        return std::nullopt;
    // phoenixd checks only the password: any user name works, the docs use an empty one.
    const qsizetype colon = decoded->indexOf(':');
    return node.walletByPhoenixdPassword(
        QString::fromUtf8(colon < 0 ? *decoded : decoded->sliced(colon + 1)), fullAccess);
}

void addPhoenixdRoutes(Router &router, const QString &prefix, LightningNode &node)
{
    router.setErrorHandler(prefix, [](const Request &, int status) {
        if (status == 405)
            return Response::text(405, "Invalid http method (use the correct GET/POST)");
        if (status == 413)
            return Response::text(413, "Payload too large");
        return Response::text(404, "Unknown endpoint (check api doc)");
    });

    router.addAsync(
        "GET", prefix + u"/getinfo",
        authed(node, [&node](const Request &, const Wallet &w, Reply reply) {
            const QJsonObject channel{{u"state"_s, u"Normal"_s},
                                      {u"channelId"_s, w.id},
                                      {u"balanceSat"_s, w.balanceMsat / 1000},
                                      {u"inboundLiquiditySat"_s, 10'000'000},
                                      {u"capacitySat"_s, w.balanceMsat / 1000 + 10'000'000},
                                      {u"fundingTxId"_s, QString(64, u'0')}};
            reply.send(
                Response::json(200, QJsonObject{{u"nodeId"_s, node.nodeId().toHex()},
                                                {u"channels"_s, QJsonArray{channel}},
                                                {u"chain"_s, u"regtest"_s},
                                                {u"blockHeight"_s, 840'000},
                                                {u"version"_s, u"0.8.0-lightwork-sandbox"_s}}));
        }));

    router.addAsync(
        "GET", prefix + u"/getbalance",
        authed(node, [](const Request &, const Wallet &w, Reply reply) {
            reply.send(Response::json(
                200, QJsonObject{{u"balanceSat"_s, w.balanceMsat / 1000}, {u"feeCreditSat"_s, 0}}));
        }));

    router.addAsync(
        "POST", prefix + u"/createinvoice",
        authed(node, [&node](const Request &request, const Wallet &w, Reply reply) {
            const QUrlQuery form = formOf(request);
            LightningNode::InvoiceRequest ir;
            const bool hasDescription = form.hasQueryItem(u"description"_s);
            const bool hasHash = form.hasQueryItem(u"descriptionHash"_s);
            if (hasDescription == hasHash) {
                reply.send(badRequest(u"Must provide either a description or descriptionHash"_s));
                return;
            }
            if (hasDescription) {
                ir.description = formValue(form, u"description"_s);
                if (ir.description.size() > 128) {
                    reply.send(badRequest(u"Description is too long (max 128 characters)"_s));
                    return;
                }
            } else {
                ir.descriptionHash = Hash32::fromHex(formValue(form, u"descriptionHash"_s));
                if (!ir.descriptionHash) {
                    reply.send(unconvertible(u"descriptionHash"_s, u"hex32"_s));
                    return;
                }
            }
            if (form.hasQueryItem(u"amountSat"_s)) {
                const auto sats = positiveInteger(formValue(form, u"amountSat"_s));
                if (!sats || !MilliSats::fromSats(*sats)) {
                    reply.send(unconvertible(u"amountSat"_s, u"integer"_s));
                    return;
                }
                if (*sats > 0)
                    ir.amount = MilliSats::fromSats(*sats);
            }
            if (form.hasQueryItem(u"expirySeconds"_s)) {
                const auto expiry = positiveInteger(formValue(form, u"expirySeconds"_s));
                if (!expiry) {
                    reply.send(unconvertible(u"expirySeconds"_s, u"integer"_s));
                    return;
                }
                ir.expirySeconds = *expiry;
            }
            ir.externalId = formValue(form, u"externalId"_s);
            const auto inv = node.createInvoice(w.id, ir);
            if (!inv) {
                reply.send(Response::text(500, "could not create the invoice"));
                return;
            }
            QJsonObject o{{u"paymentHash"_s, inv->paymentHash}, {u"serialized"_s, inv->bolt11}};
            if (inv->amountMsat)
                o.insert(u"amountSat"_s, *inv->amountMsat / 1000);
            reply.send(Response::json(200, o));
        }));

    router.addAsync(
        "POST", prefix + u"/payinvoice",
        authed(
            node,
            [&node](const Request &request, const Wallet &w, Reply reply) {
                const QUrlQuery form = formOf(request);
                if (!form.hasQueryItem(u"invoice"_s)) {
                    reply.send(missing(u"invoice"_s));
                    return;
                }
                std::optional<MilliSats> amount;
                if (form.hasQueryItem(u"amountSat"_s)) {
                    const auto sats = positiveInteger(formValue(form, u"amountSat"_s));
                    if (!sats || !MilliSats::fromSats(*sats)) {
                        reply.send(unconvertible(u"amountSat"_s, u"integer"_s));
                        return;
                    }
                    amount = MilliSats::fromSats(*sats);
                }
                node.pay(
                    w.id, formValue(form, u"invoice"_s), amount,
                    [reply](LightningNode::PayResult r) {
                        switch (r.kind) {
                        case LightningNode::PayResult::Kind::BadRequest:
                            reply.send(badRequest(r.message));
                            return;
                        case LightningNode::PayResult::Kind::Failed:
                            reply.send(Response::json(
                                200, QJsonObject{{u"paymentHash"_s, r.payment.paymentHash},
                                                 {u"reason"_s, r.message}}));
                            return;
                        case LightningNode::PayResult::Kind::Sent:
                            reply.send(Response::json(
                                200,
                                QJsonObject{{u"recipientAmountSat"_s, r.payment.amountMsat / 1000},
                                            {u"routingFeeSat"_s, r.payment.feeMsat / 1000},
                                            {u"paymentId"_s, r.payment.id},
                                            {u"paymentHash"_s, r.payment.paymentHash},
                                            {u"paymentPreimage"_s, r.payment.preimage}}));
                            return;
                        }
                    });
            },
            true));

    router.addAsync("GET", prefix + u"/payments/incoming/{}",
                    authed(node, [&node](const Request &request, const Wallet &w, Reply reply) {
                        if (!hex::isHex(request.params[0], 32)) {
                            reply.send(unconvertible(u"paymentHash"_s, u"hex32"_s));
                            return;
                        }
                        const auto inv = node.invoice(request.params[0].toLower());
                        if (!inv || inv->walletId != w.id) {
                            reply.send(Response::text(404, "Not found"));
                            return;
                        }
                        reply.send(Response::json(200, incomingJson(*inv, node.nowMs())));
                    }));

    router.addAsync("GET", prefix + u"/payments/outgoingbyhash/{}",
                    authed(node, [&node](const Request &request, const Wallet &w, Reply reply) {
                        if (!hex::isHex(request.params[0], 32)) {
                            reply.send(unconvertible(u"paymentHash"_s, u"hex32"_s));
                            return;
                        }
                        const auto p = node.outgoingByHash(w.id, request.params[0].toLower());
                        reply.send(p ? Response::json(200, outgoingJson(*p))
                                     : Response::text(404, "Not found"));
                    }));

    router.addAsync("GET", prefix + u"/payments/outgoing/{}",
                    authed(node, [&node](const Request &request, const Wallet &w, Reply reply) {
                        const auto p = node.outgoingById(w.id, request.params[0]);
                        reply.send(p ? Response::json(200, outgoingJson(*p))
                                     : Response::text(404, "Not found"));
                    }));
}

} // namespace lw::sandbox
