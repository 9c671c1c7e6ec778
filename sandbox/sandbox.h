// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "http/requestlog.h"
#include "http/router.h"
#include "sandboxoptions.h"
#include "support/clock.h"
#include "support/tamper.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

namespace lw::sandbox {

class AiForHire;
class Bots;
class Database;
class Entropy;
class FaultInjector;
class HireStore;
class HttpServer;
class LightningNode;
class LnurlService;
class PaymentSockets;
class ProofLayer;
class ToolsMarket;
class WebSocketHub;
struct Wallet;

//! The whole sandbox: storage, clock, simulated Lightning, the three markets, LNURL, bots and the
//! admin API, behind one loopback HTTP server.
class Sandbox : public QObject {
    Q_OBJECT

public:
    explicit Sandbox(SandboxOptions options, QObject *parent = nullptr);
    ~Sandbox() override;

    bool start(QString *error);
    QUrl url() const { return m_url; }
    //! The startup line: URLs of every API, the admin key, the node id and the wallets.
    QJsonObject info();

    QJsonObject walletJson(const Wallet &wallet) const;
    static bool isValidWalletName(const QString &name);

private:
    void addAdminRoutes();
    QList<QPair<QString, qint64>> startBalancesMsat() const;
    void ensureWallets();
    void resetState();

    SandboxOptions m_options;
    QTemporaryDir m_tempDir;
    std::unique_ptr<Database> m_db;
    Clock m_clock;
    std::unique_ptr<Entropy> m_entropy;
    std::unique_ptr<LightningNode> m_node;
    Router m_router;
    RequestLog m_log;
    std::unique_ptr<FaultInjector> m_faults;
    Tamper m_tamper;
    std::unique_ptr<HttpServer> m_server;
    std::unique_ptr<AiForHire> m_hire;
    std::unique_ptr<ProofLayer> m_proofLayer;
    std::unique_ptr<ToolsMarket> m_tools;
    std::unique_ptr<LnurlService> m_lnurl;
    std::unique_ptr<Entropy> m_botEntropy;
    std::unique_ptr<HireStore> m_botStore;
    std::unique_ptr<Bots> m_bots;
    QString m_adminKey;
    QUrl m_url;
    // Last, so they go first: the sockets before the node whose payments they report.
    std::unique_ptr<WebSocketHub> m_sockets;
    std::unique_ptr<PaymentSockets> m_paymentSockets;
};

} // namespace lw::sandbox
