// SPDX-License-Identifier: GPL-3.0-or-later
// Delivery and confirmation (escrow release).
#include "aiforhire/aiforhire.h"
#include "aiforhire/hirefields.h"
#include "common/base64.h"
#include "http/router.h"
#include "support/database.h"
#include "support/row.h"

namespace lw::sandbox {

using namespace Qt::Literals::StringLiterals;
using row::str;
namespace fields = hirefields;

std::variant<AiForHire::CallerAndTask, Response> AiForHire::callerAndTask(const Request &request)
{
    auto who = m_gate.identify(request, true);
    if (auto *e = std::get_if<Response>(&who))
        return *e;
    const auto task = m_store.task(request.params[0]);
    if (!task)
        return hireError(404, u"not_found"_s, u"task not found"_s);
    return CallerAndTask{std::get<HireGate::Identity>(who).accountId, *task};
}

void AiForHire::addWorkRoutes(Router &router, const QString &base)
{
    router.add("POST", base + u"/tasks/{}/deliver", [this](const Request &request) -> Response {
        auto found = callerAndTask(request);
        if (auto *e = std::get_if<Response>(&found))
            return *e;
        const auto &[caller, task] = std::get<CallerAndTask>(found);
        const QString taskId = request.params[0];
        const auto accepted = m_store.acceptedQuote(taskId);
        if (!accepted || str(*accepted, u"contractor_account_id") != caller)
            return hireError(403, u"forbidden"_s, u"no accepted quote for this contractor"_s);
        if (str(task, u"status") != u"in_escrow")
            return hireError(409, u"invalid_state"_s, u"task is not in escrow"_s);
        auto body = fields::body(request);
        if (auto *e = std::get_if<Response>(&body))
            return *e;
        const QJsonObject &o = std::get<QJsonObject>(body);
        auto filename = fields::requiredString(o, u"filename"_s);
        if (auto *e = std::get_if<Response>(&filename))
            return *e;
        auto content = fields::requiredString(o, u"content_base64"_s);
        if (auto *e = std::get_if<Response>(&content))
            return *e;
        if (!base64::decode(std::get<QString>(content), {base64::Alphabet::Standard}))
            return hireError(400, u"invalid_field"_s, u"content_base64 must be base64"_s);
        auto notes = fields::optionalString(o, u"notes"_s);
        if (auto *e = std::get_if<Response>(&notes))
            return *e;
        return stored(201, m_store.addDelivery(
                               taskId, str(*accepted, u"id"), caller, std::get<QString>(filename),
                               std::get<QString>(content), std::get<QString>(notes)));
    });

    router.add("POST", base + u"/tasks/{}/confirm", [this](const Request &request) -> Response {
        auto found = callerAndTask(request);
        if (auto *e = std::get_if<Response>(&found))
            return *e;
        const auto &[caller, task] = std::get<CallerAndTask>(found);
        const QString taskId = request.params[0];
        if (str(task, u"buyer_account_id") != caller)
            return hireError(403, u"forbidden"_s, u"only the buyer can confirm"_s);
        if (str(task, u"status") != u"delivered")
            return hireError(409, u"invalid_state"_s, u"task is not in delivered state"_s);
        const auto accepted = m_store.acceptedQuote(taskId);
        const qint64 released = task.value(u"escrowed_sats"_s).toLongLong();
        const QString contractor = accepted ? str(*accepted, u"contractor_account_id") : QString();
        // Together or not at all: the escrow leaves the task only by reaching the contractor.
        if (!m_db.transaction([&] {
                return m_store.completeTask(taskId) && m_store.credit(contractor, released);
            }))
            return hireError(409, u"invalid_state"_s, u"task is not in delivered state"_s);
        return Response::json(200, QJsonObject{{u"task_id"_s, taskId},
                                               {u"status"_s, u"completed"_s},
                                               {u"released_sats"_s, released},
                                               {u"contractor_account_id"_s, contractor}});
    });
}

} // namespace lw::sandbox
