// SPDX-License-Identifier: GPL-3.0-or-later
#include "aiforhire.h"

#include "aiforhire/hirefields.h"
#include "http/router.h"
#include "lightning/lightningnode.h"

namespace lw::sandbox {

using namespace Qt::Literals::StringLiterals;
namespace fields = hirefields;

namespace {

QString marketWallet(LightningNode &node)
{
    return node.ensureWallet(u"market-402ai"_s, 0).id;
}

} // namespace

AiForHire::AiForHire(Database &db, Clock &clock, Entropy &entropy, LightningNode &node,
                     const SandboxOptions &options)
    : m_db(db)
    , m_clock(clock)
    , m_node(node)
    , m_options(options)
    , m_walletId(marketWallet(node))
    , m_store(db, clock, entropy)
    , m_issuer(db, clock, node, m_walletId,
               {u"402ai"_s, u"alittlebitofmoney"_s, L402Issuer::Format::PyMacaroonsV1,
                options.isFixed(KnownFault::ReplayAfterRestart)})
    , m_gate(m_store, m_issuer)
{}

AiForHire::~AiForHire() = default;

void AiForHire::reset()
{
    m_store.reset();
    m_issuer.reset();
}

void AiForHire::addRoutes(Router &router, const QString &prefix)
{
    // FastAPI's own answers for what no route handles.
    router.setErrorHandler(prefix + u"/api/v1/"_s, [](const Request &, int status) {
        if (status == 413)
            return hireError(413, u"invalid_request"_s, u"Request body too large"_s);
        return Response::json(
            status,
            QJsonObject{{u"detail"_s, status == 405 ? u"Method Not Allowed"_s : u"Not Found"_s}});
    });
    const QString base = prefix + u"/api/v1/ai-for-hire"_s;
    addTaskRoutes(router, base);
    addQuoteRoutes(router, base);
    addWorkRoutes(router, base);
    addMoneyRoutes(router, prefix);
}

void AiForHire::addTaskRoutes(Router &router, const QString &base)
{
    router.add("GET", base + u"/tasks", [this](const Request &request) {
        return Response::json(
            200, QJsonObject{{u"tasks"_s, m_store.tasks(request.queryValue(u"status"_s))}});
    });

    router.add("GET", base + u"/tasks/{}", [this](const Request &request) {
        const auto task = m_store.task(request.params[0]);
        if (!task)
            return hireError(404, u"not_found"_s, u"task not found"_s);
        // --serve-deliveries: the buyer (by X-Token) also sees what was delivered.
        bool withContent = false;
        if (m_options.serveDeliveries) {
            const auto account =
                m_store.accountByToken(QString::fromLatin1(request.header("x-token")));
            withContent = account && account->id == task->value(u"buyer_account_id"_s).toString();
        }
        return Response::json(200, m_store.taskDetailJson(*task, withContent));
    });

    router.add("POST", base + u"/tasks", [this](const Request &request) -> Response {
        struct Fields {
            QString title;
            QString description;
            qint64 budget = 0;
        };
        auto parse = [&request]() -> std::variant<Fields, Response> {
            auto body = fields::body(request);
            if (auto *e = std::get_if<Response>(&body))
                return *e;
            const QJsonObject &o = std::get<QJsonObject>(body);
            auto title = fields::requiredString(o, u"title"_s);
            if (auto *e = std::get_if<Response>(&title))
                return *e;
            auto description = fields::optionalString(o, u"description"_s);
            if (auto *e = std::get_if<Response>(&description))
                return *e;
            auto budget = fields::positiveInt(o, u"budget_sats"_s, true);
            if (auto *e = std::get_if<Response>(&budget))
                return *e;
            return Fields{std::get<QString>(title), std::get<QString>(description),
                          std::get<qint64>(budget)};
        };
        const bool validateFirst = m_options.isFixed(KnownFault::FeeBeforeValidation);
        std::variant<Fields, Response> parsed = Fields{};
        if (validateFirst) {
            parsed = parse();
            if (auto *e = std::get_if<Response>(&parsed))
                return *e;
        }
        auto paid = m_gate.requirePaid(request, taskFeeSats, u"hire:post_task"_s);
        if (auto *e = std::get_if<Response>(&paid))
            return *e;
        if (!validateFirst) {
            parsed = parse(); // the fee is already gone
            if (auto *e = std::get_if<Response>(&parsed))
                return *e;
        }
        const auto &buyer = std::get<HireGate::Paid>(paid).accountId;
        if (buyer.isEmpty())
            return hireError(401, u"account_required"_s,
                             u"This endpoint requires X-Token header for account identity."_s);
        const Fields &f = std::get<Fields>(parsed);
        return stored(201, m_store.createTask(buyer, f.title, f.description, f.budget));
    });
}

} // namespace lw::sandbox
