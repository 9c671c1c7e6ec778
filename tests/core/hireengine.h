// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/gateengine.h"
#include "markets/aiforhire/hireclient.h"

#include <map>
#include <memory>

namespace lwtest {

using namespace Qt::Literals::StringLiterals;

//! The engine with one lw::HireClient per 402ai account; the gate's authorizer gives each paid
//! call the token of the account it names.
struct HireEngine : GateEngine {
    QUrl market;
    std::map<qint64, std::unique_ptr<lw::HireClient>> clients;
    std::map<qint64, QByteArray> tokens;

    HireEngine(const QString &dbPath, const QUrl &marketUrl, const QJsonObject &payer)
        : GateEngine(dbPath, payer)
        , market(marketUrl)
    {
        gate->setAuthorizer([this](qint64 id, lw::HttpRequest &r) {
            if (!tokens[id].isEmpty())
                r.setHeader("x-token", tokens[id]);
        });
        gate->setClaimer([this](const lw::JournalEntry &e, const lw::Preimage &preimage) {
            lw::HireClient *c = clients.at(e.accountId).get();
            return c->claimTopup(preimage).then(
                c, [](lw::HireResult<lw::HireClient::ClaimAnswer> r) -> lw::ClaimOutcome {
                    if (!r)
                        return lw::fail(r.error());
                    if (r->alreadyClaimed)
                        return u"claimed earlier"_s;
                    return u"balance %1 sat"_s.arg(r->balance.toSatsDecimal());
                });
        });
    }

    lw::HireClient *client(const QByteArray &token = {})
    {
        const qint64 id = qint64(clients.size()) + 1;
        clients[id] = std::make_unique<lw::HireClient>(&http, gate.get(), market, id);
        setToken(clients[id].get(), token);
        return clients[id].get();
    }
    void setToken(lw::HireClient *c, const QByteArray &token)
    {
        c->setToken(token);
        tokens[c->accountId()] = token;
    }
};

} // namespace lwtest
