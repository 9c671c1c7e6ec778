// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox.h"

#include "aiforhire/aiforhire.h"
#include "aiforhire/hirestore.h"
#include "bots/bots.h"
#include "http/faults.h"
#include "http/httpserver.h"
#include "http/websockethub.h"
#include "lightning/lightningnode.h"
#include "lightning/lnurlservice.h"
#include "lightning/paymentsockets.h"
#include "lightning/walletapis.h"
#include "prooflayer/prooflayer.h"
#include "support/database.h"
#include "support/entropy.h"
#include "tools/toolsmarket.h"

#include <QDir>
#include <QHostAddress>
#include <QJsonArray>
#include <QRegularExpression>

namespace lw::sandbox {

using namespace Qt::Literals::StringLiterals;

namespace {
// The virtual clock of a seeded sandbox starts here unless --start-time says otherwise.
constexpr qint64 defaultVirtualStartSecs = 1'790'000'000; // 2026-09-21T14:13:20Z
constexpr qint64 marketFloatMsat = 100'000'000'000;       // 100M sats per market wallet
} // namespace

Sandbox::Sandbox(SandboxOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_clock(Clock::real())
{}

Sandbox::~Sandbox()
{
    if (m_bots)
        m_bots->stop();
    if (m_db && m_db->isOpen() && m_clock.isVirtual())
        m_db->setMeta(u"virtual_clock_ms"_s, QString::number(m_clock.nowMs()));
}

bool Sandbox::isValidWalletName(const QString &name)
{
    // Also the user part of the wallet's Lightning Address (LUD-16: a-z0-9-_.).
    static const QRegularExpression pattern(u"^[a-z0-9][a-z0-9_.-]{0,39}$"_s);
    return pattern.match(name).hasMatch();
}

bool Sandbox::start(QString *error)
{
    for (const auto &[name, sats] : m_options.wallets) {
        if (!isValidWalletName(name) || name.startsWith(u"market-")) {
            *error =
                u"--wallet %1: a name is 1-40 of a-z 0-9 _ . - and does not start with market-"_s
                    .arg(name);
            return false;
        }
    }
    QString dir = m_options.dataDir;
    if (dir.isEmpty()) {
        if (!m_tempDir.isValid()) {
            *error = u"cannot create a temporary folder"_s;
            return false;
        }
        dir = m_tempDir.path();
    } else if (!QDir().mkpath(dir)) {
        *error = u"cannot create the data folder "_s + dir;
        return false;
    }
    m_db = std::make_unique<Database>(dir);
    if (!m_db->isOpen()) {
        *error = u"cannot open the sandbox database: "_s + m_db->errorText();
        return false;
    }
    const quint32 boot = m_db->meta(u"boots"_s).toUInt() + 1;
    m_db->setMeta(u"boots"_s, QString::number(boot));
    if (m_options.seed) {
        // A restarted seeded sandbox resumes its clock where it stopped, never earlier.
        const qint64 start = m_options.startTimeSecs.value_or(defaultVirtualStartSecs) * 1000;
        const qint64 stopped = m_db->meta(u"virtual_clock_ms"_s).toLongLong();
        m_clock = Clock::virtualFrom(std::max(start, stopped > 0 ? stopped + 1000 : 0));
    }
    m_entropy = std::make_unique<Entropy>(m_options.seed, boot);
    // Both halves of a 64-bit seed count; each generator below gets its own stream of it.
    const quint64 seed64 = m_options.seed.value_or(QRandomGenerator::system()->generate64());
    const quint32 seed32 = quint32(seed64 ^ (seed64 >> 32)) ^ boot;

    m_adminKey = m_options.adminKey;
    if (m_adminKey.isEmpty()) {
        m_adminKey = m_db->meta(u"admin_key"_s);
        if (m_adminKey.isEmpty()) {
            m_adminKey = m_entropy->token(u"sbx_"_s, 24);
            m_db->setMeta(u"admin_key"_s, m_adminKey);
        }
    }

    LightningNode::Settings ln;
    ln.settleDelayMs = m_options.settleDelayMs;
    ln.failPercent = m_options.paymentFailPercent;
    ln.failSeed = seed32 ^ 0x9e3779b9u;
    m_node = std::make_unique<LightningNode>(*m_db, *m_entropy, m_clock, ln);
    m_faults = std::make_unique<FaultInjector>(m_options.faults, seed32 ^ 0x85ebca6bu);
    m_server = std::make_unique<HttpServer>(m_router, *m_faults, m_tamper, m_log, m_clock);

    const quint16 port = m_server->listen(QHostAddress::LocalHost, m_options.port);
    if (port == 0) {
        *error = u"cannot listen on 127.0.0.1:%1"_s.arg(m_options.port);
        return false;
    }
    m_url = QUrl(u"http://127.0.0.1:%1"_s.arg(port));

    ensureWallets();
    addPhoenixdRoutes(m_router, u"/phoenixd"_s, *m_node);
    addLnbitsRoutes(m_router, u"/lnbits"_s, *m_node);
    m_sockets = std::make_unique<WebSocketHub>();
    m_paymentSockets =
        std::make_unique<PaymentSockets>(*m_node, *m_sockets, u"/phoenixd"_s, u"/lnbits"_s);
    m_server->setWebSocketHub(m_sockets.get());
    m_lnurl = std::make_unique<LnurlService>(*m_db, m_clock, *m_entropy, *m_node, m_url);
    m_lnurl->addRoutes(m_router);
    m_hire = std::make_unique<AiForHire>(*m_db, m_clock, *m_entropy, *m_node, m_options);
    m_hire->addRoutes(m_router, QString());
    m_hire->setTamper(&m_tamper);
    m_proofLayer = std::make_unique<ProofLayer>(*m_db, m_clock, *m_entropy, *m_node, *m_lnurl);
    m_proofLayer->addRoutes(m_router, QString());
    m_proofLayer->setTamper(&m_tamper);
    m_tools = std::make_unique<ToolsMarket>(
        *m_db, m_clock, *m_entropy, *m_node, *m_lnurl, m_url,
        ToolsMarket::Settings{m_options.toolFailPercent, seed32 ^ 0xc2b2ae35u});
    m_tools->addRoutes(m_router);
    m_tools->setTamper(&m_tamper);
    addAdminRoutes();
    m_router.setErrorHandler(u"/"_s, [](const Request &, int status) {
        return Response::json(status,
                              QJsonObject{{u"error"_s, status == 405   ? u"method not allowed"_s
                                                       : status == 413 ? u"request too large"_s
                                                                       : u"not found"_s}});
    });

    if (m_options.bots > 0) {
        // The bots draw ids from their own stream: they act on a real-time timer, and must not
        // shift the ids a seeded sandbox hands its clients.
        m_botEntropy = std::make_unique<Entropy>(
            m_options.seed ? std::optional<quint64>(*m_options.seed ^ 0xb0b0b0b0b0b0b0b0ull)
                           : std::nullopt,
            boot);
        m_botStore = std::make_unique<HireStore>(*m_db, m_clock, *m_botEntropy);
        m_bots = std::make_unique<Bots>(*m_botStore, *m_db, m_options.bots, m_options.botIntervalMs,
                                        seed32);
        m_bots->start();
    }
    return true;
}

QList<QPair<QString, qint64>> Sandbox::startBalancesMsat() const
{
    // In a fixed order: wallets get their ids and keys from the (seeded) entropy in this order.
    QList<QPair<QString, qint64>> out;
    for (const QString &market : {u"market-402ai"_s, u"market-prooflayer"_s, u"market-sats4ai"_s})
        out.append({market, marketFloatMsat});
    for (const auto &[name, sats] : m_options.wallets)
        out.append({name, sats * 1000});
    return out;
}

void Sandbox::ensureWallets()
{
    for (const auto &[name, msat] : startBalancesMsat())
        m_node->ensureWallet(name, msat);
}

void Sandbox::resetState()
{
    if (m_bots)
        m_bots->stop();
    m_hire->reset();
    m_proofLayer->reset();
    m_tools->reset();
    m_lnurl->reset();
    m_tamper.clear();
    m_sockets->closeAll();
    QHash<QString, qint64> balances;
    for (const auto &[name, msat] : startBalancesMsat())
        balances.insert(name, msat);
    m_node->reset(balances);
    m_log.clear();
    ensureWallets();
    if (m_bots)
        m_bots->start();
}

QJsonObject Sandbox::walletJson(const Wallet &w) const
{
    const QString base = m_url.toString();
    return {
        {u"name"_s, w.name},
        {u"id"_s, w.id},
        {u"balance_sat"_s, w.balanceMsat / 1000},
        {u"balance_msat"_s, w.balanceMsat},
        {u"phoenixd"_s, QJsonObject{{u"url"_s, QString(base + u"/phoenixd"_s)},
                                    {u"password"_s, w.phoenixdPassword},
                                    {u"limited_password"_s, LightningNode::limitedPassword(w)}}},
        {u"lnbits"_s, QJsonObject{{u"url"_s, QString(base + u"/lnbits"_s)},
                                  {u"admin_key"_s, w.lnbitsAdminKey},
                                  {u"invoice_key"_s, w.lnbitsInvoiceKey}}},
        {u"lightning_address"_s, QString(w.name + u'@' + m_url.authority())}};
}

QJsonObject Sandbox::info()
{
    const QString base = m_url.toString();
    QJsonArray wallets;
    for (const Wallet &w : m_node->wallets())
        if (!w.name.startsWith(u"market-"))
            wallets.append(walletJson(w));
    return {{u"url"_s, base},
            {u"admin_key"_s, m_adminKey},
            {u"node_id"_s, m_node->nodeId().toHex()},
            {u"network"_s, u"regtest"_s},
            // The three markets share the root, as each real one has its own host.
            {u"markets"_s,
             QJsonObject{{u"402ai"_s, base}, {u"prooflayer"_s, base}, {u"sats4ai"_s, base}}},
            {u"wallets"_s, wallets}};
}

} // namespace lw::sandbox
