// SPDX-License-Identifier: GPL-3.0-or-later
// Quotes, acceptance (escrow) and quote threads.
#include "aiforhire/aiforhire.h"
#include "aiforhire/hirefields.h"
#include "http/router.h"
#include "support/database.h"
#include "support/row.h"

namespace lw::sandbox {

using namespace Qt::Literals::StringLiterals;
using row::str;
namespace fields = hirefields;

void AiForHire::addQuoteRoutes(Router &router, const QString &base)
{
    router.add("POST", base + u"/tasks/{}/quotes", [this](const Request &request) -> Response {
        struct Fields {
            qint64 price = 0;
            QString description;
        };
        const QString taskId = request.params[0];
        // Body and task state, as hire_store.create_quote checks them.
        auto validate = [&](const QString &contractor) -> std::variant<Fields, Response> {
            auto body = fields::body(request);
            if (auto *e = std::get_if<Response>(&body))
                return *e;
            const QJsonObject &o = std::get<QJsonObject>(body);
            auto price = fields::positiveInt(o, u"price_sats"_s, true);
            if (auto *e = std::get_if<Response>(&price))
                return *e;
            auto description = fields::optionalString(o, u"description"_s);
            if (auto *e = std::get_if<Response>(&description))
                return *e;
            const auto task = m_store.task(taskId);
            if (!task)
                return hireError(404, u"not_found"_s, u"task not found"_s);
            // State first: a quote on one's own closed task is 409 (transcript step 304).
            if (str(*task, u"status") != u"open")
                return hireError(409, u"invalid_state"_s, u"task is not open for quotes"_s);
            if (!contractor.isEmpty() && str(*task, u"buyer_account_id") == contractor)
                return hireError(403, u"forbidden"_s, u"cannot quote on your own task"_s);
            return Fields{std::get<qint64>(price), std::get<QString>(description)};
        };
        if (m_options.isFixed(KnownFault::FeeBeforeValidation)) {
            auto who = m_gate.identify(request, false);
            if (auto *e = std::get_if<Response>(&who))
                return *e;
            auto checked = validate(std::get<HireGate::Identity>(who).accountId);
            if (auto *e = std::get_if<Response>(&checked))
                return *e;
        }
        auto paid = m_gate.requirePaid(request, quoteFeeSats, u"hire:post_quote"_s);
        if (auto *e = std::get_if<Response>(&paid))
            return *e;
        const QString contractor = std::get<HireGate::Paid>(paid).accountId;
        if (contractor.isEmpty())
            return hireError(401, u"account_required"_s,
                             u"This endpoint requires X-Token header for account identity."_s);
        auto checked = validate(contractor); // with the fault on, after the fee is taken
        if (auto *e = std::get_if<Response>(&checked))
            return *e;
        const Fields &f = std::get<Fields>(checked);
        return stored(201, m_store.createQuote(taskId, contractor, f.price, f.description));
    });

    router.add("PATCH", base + u"/tasks/{}/quotes/{}", [this](const Request &request) -> Response {
        auto who = m_gate.identify(request, true);
        if (auto *e = std::get_if<Response>(&who))
            return *e;
        const QString caller = std::get<HireGate::Identity>(who).accountId;
        auto body = fields::body(request);
        if (auto *e = std::get_if<Response>(&body))
            return *e;
        const QJsonObject &o = std::get<QJsonObject>(body);
        std::optional<qint64> price;
        if (o.contains(u"price_sats")) {
            auto p = fields::positiveInt(o, u"price_sats"_s, true);
            if (auto *e = std::get_if<Response>(&p))
                return *e;
            price = std::get<qint64>(p);
        }
        std::optional<QString> description;
        if (o.contains(u"description")) {
            auto d = fields::optionalString(o, u"description"_s);
            if (auto *e = std::get_if<Response>(&d))
                return *e;
            description = std::get<QString>(d);
        }
        if (!m_store.task(request.params[0]))
            return hireError(404, u"not_found"_s, u"task not found"_s);
        const auto quote = m_store.quote(request.params[0], request.params[1]);
        if (!quote)
            return hireError(404, u"not_found"_s, u"quote not found"_s);
        if (str(*quote, u"contractor_account_id") != caller)
            return hireError(403, u"forbidden"_s, u"only the contractor can update this quote"_s);
        if (str(*quote, u"status") != u"pending")
            return hireError(409, u"invalid_state"_s, u"only pending quotes can be updated"_s);
        return stored(200, m_store.updateQuote(*quote, price, description));
    });

    router.add(
        "POST", base + u"/tasks/{}/quotes/{}/accept", [this](const Request &request) -> Response {
            auto who = m_gate.identify(request, true);
            if (auto *e = std::get_if<Response>(&who))
                return *e;
            const HireGate::Identity &id = std::get<HireGate::Identity>(who);
            // Real fault: the credential is consumed here, before anything else is decided, and
            // then ignored by the balance check below.
            const bool lossy = !m_options.isFixed(KnownFault::LossyAccept);
            if (id.credential && lossy)
                m_issuer.consume(id.credential->paymentHash);
            const QString taskId = request.params[0];
            const auto task = m_store.task(taskId);
            if (!task)
                return hireError(404, u"not_found"_s, u"task not found"_s);
            const auto quote = m_store.quote(taskId, request.params[1]);
            if (!quote)
                return hireError(404, u"not_found"_s, u"quote not found"_s);
            if (str(*task, u"buyer_account_id") != id.accountId)
                return hireError(403, u"forbidden"_s, u"only the buyer can accept a quote"_s);
            if (str(*task, u"status") != u"open")
                return hireError(409, u"invalid_state"_s, u"task is not open"_s);
            if (str(*quote, u"status") != u"pending")
                return hireError(409, u"invalid_state"_s, u"quote is not pending"_s);
            const qint64 escrow = quote->value(u"price_sats"_s).toLongLong();
            const bool paidByL402 =
                !lossy && id.credential
                && id.credential->caveats.value(u"amount_sats"_s).toLongLong() >= escrow;
            if (paidByL402)
                m_issuer.consume(id.credential->paymentHash);
            // The debit and the state change together or not at all.
            bool shortOfSats = false;
            const bool accepted = m_db.transaction([&] {
                if (!paidByL402 && !m_store.debit(id.accountId, escrow)) {
                    shortOfSats = true;
                    return false;
                }
                return m_store.acceptQuote(taskId, request.params[1], escrow);
            });
            if (shortOfSats)
                return m_gate.challenge(escrow, u"hire:escrow:"_s + taskId, id.accountId);
            if (!accepted)
                return hireError(500, u"internal_error"_s, u"the sandbox could not store this"_s);
            return Response::json(200, QJsonObject{{u"task_id"_s, taskId},
                                                   {u"quote_id"_s, request.params[1]},
                                                   {u"status"_s, u"in_escrow"_s},
                                                   {u"escrowed_sats"_s, escrow}});
        });

    // Only the task's buyer and the quote's contractor may read or write a thread.
    auto thread = [this](const Request &request,
                         bool writing) -> std::variant<QVariantMap, Response> {
        auto who = m_gate.identify(request, true);
        if (auto *e = std::get_if<Response>(&who))
            return *e;
        const QString caller = std::get<HireGate::Identity>(who).accountId;
        const auto task = m_store.task(request.params[0]);
        if (!task)
            return hireError(404, u"not_found"_s, u"task not found"_s);
        auto quote = m_store.quote(request.params[0], request.params[1]);
        if (!quote)
            return hireError(404, u"not_found"_s, u"quote not found"_s);
        if (caller != str(*task, u"buyer_account_id")
            && caller != str(*quote, u"contractor_account_id"))
            return hireError(
                403, u"forbidden"_s,
                writing ? u"only the buyer or contractor can message on this quote"_s
                        : u"only the buyer or contractor can read this quote's messages"_s);
        quote->insert(u"caller"_s, caller);
        return *quote;
    };

    router.add(
        "POST", base + u"/tasks/{}/quotes/{}/messages",
        [this, thread](const Request &request) -> Response {
            auto quote = thread(request, true);
            if (auto *e = std::get_if<Response>(&quote))
                return *e;
            const QVariantMap &q = std::get<QVariantMap>(quote);
            if (str(q, u"status") == u"rejected")
                return hireError(409, u"invalid_state"_s, u"cannot message on a rejected quote"_s);
            auto body = fields::body(request);
            if (auto *e = std::get_if<Response>(&body))
                return *e;
            auto text = fields::requiredString(std::get<QJsonObject>(body), u"body"_s);
            if (auto *e = std::get_if<Response>(&text))
                return *e;
            return stored(201, m_store.addMessage(request.params[0], request.params[1],
                                                  str(q, u"caller"), std::get<QString>(text)));
        });

    router.add(
        "GET", base + u"/tasks/{}/quotes/{}/messages",
        [this, thread](const Request &request) -> Response {
            auto quote = thread(request, false);
            if (auto *e = std::get_if<Response>(&quote))
                return *e;
            qint64 since = 0;
            const QString sinceText = request.queryValue(u"since_id"_s);
            if (!sinceText.isEmpty()) {
                bool ok = false;
                since = sinceText.toLongLong(&ok);
                if (!ok)
                    return hireError(400, u"invalid_field"_s, u"since_id must be an integer"_s);
            }
            return Response::json(
                200, QJsonObject{{u"messages"_s, m_store.messages(request.params[1], since)}});
        });
}

} // namespace lw::sandbox
