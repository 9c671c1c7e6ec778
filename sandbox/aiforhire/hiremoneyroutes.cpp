// SPDX-License-Identifier: GPL-3.0-or-later
// Accounts and money: /me, top-up and claim, /collect, the L402 chat proxy, /health.
#include "aiforhire/aiforhire.h"
#include "aiforhire/hirefields.h"
#include "common/hex.h"
#include "http/router.h"
#include "lightning/bolt11decoder.h"
#include "lightning/lightningnode.h"
#include "lightning/preimage.h"
#include "support/clock.h"

#include <QJsonArray>

namespace lw::sandbox {

using namespace Qt::Literals::StringLiterals;
namespace fields = hirefields;

namespace {

constexpr qint64 bodyExpiresIn = 600;

QJsonObject cannedCompletion(const QString &model, qint64 created)
{
    const QJsonObject message{{u"role"_s, u"assistant"_s},
                              {u"content"_s, u"Hello from the Lightwork sandbox! This is a canned "
                                             "completion; no model was called."_s}};
    return {{u"id"_s, u"chatcmpl-sandbox-%1"_s.arg(created)},
            {u"object"_s, u"chat.completion"_s},
            {u"created"_s, created},
            {u"model"_s, model},
            {u"choices"_s,
             QJsonArray{QJsonObject{
                 {u"index"_s, 0}, {u"message"_s, message}, {u"finish_reason"_s, u"stop"_s}}}},
            {u"usage"_s, QJsonObject{{u"prompt_tokens"_s, 8},
                                     {u"completion_tokens"_s, 16},
                                     {u"total_tokens"_s, 24}}}};
}

} // namespace

void AiForHire::addMoneyRoutes(Router &router, const QString &prefix)
{
    const QString api = prefix + u"/api/v1"_s;

    router.add("GET", api + u"/ai-for-hire/me", [this](const Request &request) -> Response {
        auto who = m_gate.identify(request, true);
        if (auto *e = std::get_if<Response>(&who))
            return *e;
        const auto account = m_store.account(std::get<HireGate::Identity>(who).accountId);
        return Response::json(200, QJsonObject{{u"account_id"_s, account->id},
                                               {u"balance_sats"_s, account->balanceSats}});
    });

    router.add("POST", api + u"/topup", [this](const Request &request) -> Response {
        auto body = fields::body(request);
        if (auto *e = std::get_if<Response>(&body))
            return *e;
        const qint64 amount = std::get<QJsonObject>(body).value(u"amount_sats").toInteger(-1);
        if (amount <= 0 || amount > 2'100'000'000'000'000LL)
            return hireError(400, u"invalid_amount"_s, u"amount_sats must be a positive integer"_s);
        // A refill is bound to the X-Token's account; Bearer is not read at all.
        QString accountId;
        const QString token = QString::fromLatin1(request.header("x-token"));
        if (!token.isEmpty()) {
            const auto account = m_store.accountByToken(token);
            if (!account)
                return hireError(401, u"invalid_token"_s, u"Unknown X-Token"_s);
            accountId = account->id;
        }
        LightningNode::InvoiceRequest ir;
        ir.amount = MilliSats::fromSats(amount);
        ir.description = u"topup"_s;
        const auto invoice = m_node.createInvoice(m_walletId, ir);
        if (!invoice)
            return hireError(503, u"phoenix_unavailable"_s, u"Could not create an invoice"_s);
        m_store.addTopup(invoice->paymentHash, accountId, amount);
        return Response::json(402, QJsonObject{{u"status"_s, u"payment_required"_s},
                                               {u"payment_method"_s, u"topup"_s},
                                               {u"invoice"_s, invoice->bolt11},
                                               {u"payment_hash"_s, invoice->paymentHash},
                                               {u"amount_sats"_s, amount},
                                               {u"expires_in"_s, bodyExpiresIn},
                                               {u"claim_url"_s, u"/api/v1/topup/claim"_s}})
            .header("x-lightning-invoice", invoice->bolt11.toLatin1())
            .header("x-payment-hash", invoice->paymentHash.toLatin1())
            .header("x-price-sats", QByteArray::number(amount))
            .header("x-topup-claim-url", "/api/v1/topup/claim");
    });

    router.add("POST", api + u"/topup/claim", [this](const Request &request) -> Response {
        auto body = fields::body(request);
        if (auto *e = std::get_if<Response>(&body))
            return *e;
        const QJsonObject &o = std::get<QJsonObject>(body);
        const auto preimage = Preimage::fromHex(o.value(u"preimage").toString());
        if (!preimage)
            return hireError(400, u"invalid_payment"_s, u"preimage must be 64 hex characters"_s);
        // Knowing the preimage is the whole proof: the real server never asks its node.
        const QString hash = paymentHashOf(*preimage).toHex();
        const auto topup = m_store.topup(hash);
        if (!topup)
            return hireError(400, u"invalid_payment"_s, u"Unknown topup invoice"_s);
        if (topup->value(u"status"_s).toString() != u"pending")
            return hireError(400, u"payment_already_used"_s, u"Topup invoice already claimed"_s);
        const QString token = o.value(u"token").toString();
        std::optional<HireStore::Account> target;
        if (!token.isEmpty()) {
            target = m_store.accountByToken(token);
            if (!target)
                return hireError(401, u"invalid_token"_s, u"Unknown token"_s);
        } else if (!topup->value(u"account_id"_s).isNull()) {
            return hireError(400, u"missing_token"_s,
                             u"token is required to claim refill invoices"_s);
        }
        QString outToken = token;
        if (!target) {
            const auto [account, fresh] = m_store.createAccount(0);
            target = account;
            outToken = fresh;
        }
        const qint64 amount = topup->value(u"amount_sats"_s).toLongLong();
        if (!m_store.markTopupPaid(hash) || !m_store.credit(target->id, amount))
            return hireError(400, u"payment_already_used"_s, u"Topup invoice already claimed"_s);
        return Response::json(
            200, QJsonObject{{u"token"_s, outToken},
                             {u"balance_sats"_s, m_store.account(target->id)->balanceSats}});
    });

    router.addAsync(
        "POST", api + u"/ai-for-hire/collect", [this](const Request &request, Reply reply) {
            auto who = m_gate.identify(request, true);
            if (auto *e = std::get_if<Response>(&who)) {
                reply.send(*e);
                return;
            }
            const QString account = std::get<HireGate::Identity>(who).accountId;
            auto body = fields::body(request);
            if (auto *e = std::get_if<Response>(&body)) {
                reply.send(*e);
                return;
            }
            const QJsonObject &o = std::get<QJsonObject>(body);
            auto invoice = fields::requiredString(o, u"invoice"_s);
            if (auto *e = std::get_if<Response>(&invoice)) {
                reply.send(*e);
                return;
            }
            auto amount = fields::positiveInt(o, u"amount_sats"_s, true);
            if (auto *e = std::get_if<Response>(&amount)) {
                reply.send(*e);
                return;
            }
            const qint64 sats = std::get<qint64>(amount);
            const QString bolt11 = std::get<QString>(invoice).trimmed();
            if (m_options.isFixed(KnownFault::CollectInvoiceAmount)) {
                const auto decoded = decodeBolt11(bolt11);
                if (!decoded || !decoded->amount || decoded->amount->msat() != sats * 1000) {
                    reply.send(hireError(400, u"invalid_field"_s,
                                         u"invoice amount must equal amount_sats"_s));
                    return;
                }
            }
            if (!m_store.debit(account, sats)) {
                reply.send(
                    hireError(402, u"insufficient_balance"_s,
                              u"Need %1 sats but account balance is insufficient."_s.arg(sats)));
                return;
            }
            // Real fault: payinvoice without amountSat, so the invoice's own amount is paid.
            m_node.pay(
                m_walletId, bolt11, std::nullopt,
                [this, reply, account, sats](LightningNode::PayResult r) {
                    // Real fault (lib/phoenix.py raises only on HTTP >= 400): phoenixd's HTTP-200
                    // PaymentFailed is passed through as if paid, and the debit stays.
                    if (r.kind == LightningNode::PayResult::Kind::Failed
                        && !m_options.isFixed(KnownFault::CollectFailureAsPaid)) {
                        reply.send(Response::json(
                            200, QJsonObject{{u"status"_s, u"paid"_s},
                                             {u"amount_sats"_s, sats},
                                             {u"payment"_s,
                                              QJsonObject{{u"paymentHash"_s, r.payment.paymentHash},
                                                          {u"reason"_s, r.message}}}}));
                        return;
                    }
                    if (r.kind != LightningNode::PayResult::Kind::Sent) {
                        m_store.credit(account, sats);
                        const QString why = r.kind == LightningNode::PayResult::Kind::BadRequest
                                                ? u"phoenix returned 400: "_s + r.message
                                                : r.message;
                        reply.send(hireError(502, u"payment_failed"_s,
                                             u"Lightning payment failed: "_s + why));
                        return;
                    }
                    reply.send(Response::json(
                        200,
                        QJsonObject{
                            {u"status"_s, u"paid"_s},
                            {u"amount_sats"_s, sats},
                            {u"payment"_s,
                             QJsonObject{{u"recipientAmountSat"_s, r.payment.amountMsat / 1000},
                                         {u"routingFeeSat"_s, r.payment.feeMsat / 1000},
                                         {u"paymentId"_s, r.payment.id},
                                         {u"paymentHash"_s, r.payment.paymentHash},
                                         {u"paymentPreimage"_s, r.payment.preimage}}}}));
                });
        });

    router.add(
        "POST", api + u"/openai/v1/chat/completions", [this](const Request &request) -> Response {
            auto paid =
                m_gate.requirePaid(request, proxyPriceSats, u"openai:v1/chat/completions"_s, false);
            if (auto *e = std::get_if<Response>(&paid))
                return *e;
            // The fee is taken before the request is looked at (and before any upstream call).
            auto body = fields::body(request);
            if (auto *e = std::get_if<Response>(&body))
                return *e;
            const QJsonObject &o = std::get<QJsonObject>(body);
            if (!o.value(u"messages").isArray())
                return hireError(400, u"invalid_request"_s, u"messages is required"_s);
            return Response::json(
                200,
                cannedCompletion(o.value(u"model").toString(u"gpt-4o-mini"_s), m_clock.nowSecs()));
        });

    router.add("GET", api + u"/health", [this](const Request &) {
        const auto wallet = m_node.walletById(m_walletId);
        return Response::json(
            200,
            QJsonObject{
                {u"status"_s, u"ok"_s},
                {u"timestamp"_s, m_clock.nowSecs()},
                {u"phoenix"_s,
                 QJsonObject{{u"ok"_s, true},
                             {u"balance"_s, QJsonObject{{u"balanceSat"_s,
                                                         wallet ? wallet->balanceMsat / 1000 : 0},
                                                        {u"feeCreditSat"_s, 0}}}}},
                {u"invoices"_s, QJsonObject{{u"pending"_s, 0},
                                            {u"used"_s, m_issuer.usedCount()},
                                            {u"known_used_hashes"_s, m_issuer.usedCount()}}},
                {u"topup"_s, QJsonObject{{u"enabled"_s, true}, {u"ready"_s, true}}}});
    });
}

} // namespace lw::sandbox
