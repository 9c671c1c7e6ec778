// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "support/l402issuer.h"

#include <QJsonObject>
#include <QObject>
#include <QString>
#include <QVariantMap>

#include <optional>

namespace lw::sandbox {

class Clock;
class Database;
class Entropy;
class LightningNode;
class LnurlService;
class Router;
class Tamper;
struct Request;
struct Response;

//! ProofLayer: paid tasks (an L402 gate on POST /api/tasks?budget_sats=), workers who claim and
//! submit, and a release that pays 70 % (×1.1 above reputation 10) to the worker's Lightning
//! Address through LNURL-pay. Contract from reference/003 and research/market.md §1.3.
class ProofLayer {
public:
    ProofLayer(Database &db, Clock &clock, Entropy &entropy, LightningNode &node,
               LnurlService &lnurl);

    void addRoutes(Router &router, const QString &prefix);
    void reset();
    //! Its L402 challenges follow the sandbox's tamper settings.
    void setTamper(Tamper *tamper) { m_issuer.setTamper(tamper); }

    //! Worker share in percent of the budget, and with the reputation bonus.
    static constexpr qint64 workerPercent = 70;
    static constexpr qint64 bonusWorkerPercent = 77;
    static constexpr qint64 bonusAboveScore = 10;

private:
    Response createTask(const Request &request);
    Response claim(const Request &request);
    Response submit(const Request &request);
    void release(const QString &taskId, std::function<void(Response)> done);
    Response contract() const;

    std::optional<QVariantMap> worker(const QString &id);
    std::optional<QVariantMap> task(const QString &id);
    QJsonObject workerJson(const QVariantMap &row) const;
    QJsonObject taskJson(const QVariantMap &row);
    QJsonValue taskJsonById(const QString &id);
    QJsonObject payoutJson(const QVariantMap &row) const;

    Database &m_db;
    Clock &m_clock;
    Entropy &m_entropy;
    LightningNode &m_node;
    LnurlService &m_lnurl;
    QString m_walletId;
    L402Issuer m_issuer;
    QObject m_context; //!< timers' context: they die with the market
};

} // namespace lw::sandbox
