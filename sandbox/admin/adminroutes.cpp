// SPDX-License-Identifier: GPL-3.0-or-later
// /_sandbox/: what tests drive the sandbox with. Loopback only (the server binds nothing else)
// and behind the admin key; faults never touch these routes.
#include "http/requestlog.h"
#include "lightning/lightningnode.h"
#include "sandbox.h"
#include "support/clock.h"

#include <QJsonArray>

namespace lw::sandbox {

using namespace Qt::Literals::StringLiterals;

namespace {

Response adminError(int status, const QString &message)
{
    return Response::json(status, QJsonObject{{u"error"_s, message}});
}

} // namespace

void Sandbox::addAdminRoutes()
{
    const QString p = u"/_sandbox"_s;
    auto guarded = [this](Handler handler) {
        return [this, handler](const Request &request) {
            if (QString::fromLatin1(request.header("x-admin-key")) != m_adminKey)
                return adminError(401, u"X-Admin-Key missing or wrong"_s);
            return handler(request);
        };
    };
    m_router.setErrorHandler(p, [](const Request &, int status) {
        return adminError(status, status == 405 ? u"method not allowed"_s : u"not found"_s);
    });

    m_router.add("GET", p + u"/info",
                 guarded([this](const Request &) { return Response::json(200, info()); }));

    m_router.add("GET", p + u"/wallets", guarded([this](const Request &) {
                     QJsonArray wallets;
                     for (const Wallet &w : m_node->wallets())
                         wallets.append(walletJson(w));
                     return Response::json(200, QJsonObject{{u"wallets"_s, wallets}});
                 }));

    m_router.add(
        "POST", p + u"/wallets", guarded([this](const Request &request) {
            const auto body = request.jsonObject();
            const QString name = body ? body->value(u"name").toString() : QString();
            const qint64 sats = body ? body->value(u"balance_sat").toInteger(0) : 0;
            if (!isValidWalletName(name) || name.startsWith(u"market-"))
                return adminError(
                    400, u"name must be 1-40 of a-z 0-9 _ . - and not start with market-"_s);
            if (sats < 0 || sats > 2'100'000'000'000'000LL)
                return adminError(400, u"balance_sat must be a non-negative integer"_s);
            return Response::json(201, walletJson(m_node->ensureWallet(name, sats * 1000)));
        }));

    m_router.add("POST", p + u"/wallets/{}/fund", guarded([this](const Request &request) {
                     const auto wallet = m_node->walletByName(request.params[0]);
                     if (!wallet)
                         return adminError(404, u"no such wallet"_s);
                     const auto body = request.jsonObject();
                     const qint64 sats = body ? body->value(u"amount_sat").toInteger(-1) : -1;
                     if (sats <= 0 || sats > 2'100'000'000'000'000LL)
                         return adminError(400, u"amount_sat must be a positive integer"_s);
                     m_node->credit(wallet->id, sats * 1000);
                     return Response::json(200, walletJson(*m_node->walletById(wallet->id)));
                 }));

    m_router.add("GET", p + u"/log", guarded([this](const Request &request) {
                     bool ok = false;
                     const qsizetype last = request.queryValue(u"last"_s).toLongLong(&ok);
                     return Response::json(200, m_log.toJson(ok && last > 0 ? last : 200));
                 }));

    m_router.add("POST", p + u"/log/clear", guarded([this](const Request &) {
                     m_log.clear();
                     return Response::json(200, QJsonObject{{u"status"_s, u"ok"_s}});
                 }));

    m_router.add(
        "POST", p + u"/clock", guarded([this](const Request &request) {
            const auto body = request.jsonObject();
            const qint64 seconds = body ? body->value(u"advance_seconds").toInteger(-1) : -1;
            if (seconds < 0)
                return adminError(400, u"advance_seconds must be a non-negative integer"_s);
            m_clock.advance(seconds * 1000);
            return Response::json(
                200, QJsonObject{{u"now"_s, m_clock.nowSecs()}, {u"now_iso"_s, m_clock.isoNow()}});
        }));

    // {"mode", "count", "path", "method"}: see Tamper.
    m_router.add("POST", p + u"/tamper", guarded([this](const Request &request) {
                     const auto body = request.jsonObject();
                     const QString error =
                         body ? m_tamper.set(*body) : u"the body must be a JSON object"_s;
                     if (!error.isEmpty())
                         return adminError(400, error);
                     return Response::json(200, m_tamper.toJson());
                 }));

    m_router.add("POST", p + u"/reset", guarded([this](const Request &) {
                     resetState();
                     return Response::json(200, QJsonObject{{u"status"_s, u"ok"_s}});
                 }));
}

} // namespace lw::sandbox
