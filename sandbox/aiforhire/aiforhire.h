// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "aiforhire/hiregate.h"
#include "aiforhire/hirestore.h"
#include "sandboxoptions.h"
#include "support/l402issuer.h"

#include <QString>
#include <QVariantMap>

#include <memory>
#include <variant>

namespace lw::sandbox {

class Clock;
class Database;
class Entropy;
class LightningNode;
class Router;
class Tamper;

//! 402ai "AI for Hire" as the real server behaves (research/402ai-live.md), faults included
//! unless --fixed-faults turns them off.
class AiForHire {
public:
    static constexpr qint64 taskFeeSats = 50;
    static constexpr qint64 quoteFeeSats = 10;
    static constexpr qint64 proxyPriceSats = 10;

    AiForHire(Database &db, Clock &clock, Entropy &entropy, LightningNode &node,
              const SandboxOptions &options);
    ~AiForHire();

    void addRoutes(Router &router, const QString &prefix);
    void reset();
    //! Its L402 challenges follow the sandbox's tamper settings.
    void setTamper(Tamper *tamper) { m_issuer.setTamper(tamper); }

    HireStore &store() { return m_store; }
    QString walletId() const { return m_walletId; }

private:
    struct CallerAndTask {
        QString caller;
        QVariantMap task;
    };
    //! The identified caller (X-Token or L402) and the task in the path; 401/404 otherwise.
    std::variant<CallerAndTask, Response> callerAndTask(const Request &request);

    void addTaskRoutes(Router &router, const QString &base);
    void addQuoteRoutes(Router &router, const QString &base);
    void addWorkRoutes(Router &router, const QString &base);
    void addMoneyRoutes(Router &router, const QString &prefix);

    Database &m_db;
    Clock &m_clock;
    LightningNode &m_node;
    const SandboxOptions &m_options;
    QString m_walletId;
    HireStore m_store;
    L402Issuer m_issuer;
    HireGate m_gate;
};

} // namespace lw::sandbox
