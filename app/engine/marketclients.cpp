// SPDX-License-Identifier: GPL-3.0-or-later
#include "marketclients.h"

#include "enginesession.h"
#include "markets/aiforhire/hireclient.h"
#include "markets/prooflayer/prooflayerclient.h"
#include "markets/tools/toolsclient.h"

#include <QCoreApplication>

namespace lw {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(MarketClients)
};

template <typename T>
QFuture<Result<T, AppError>> failed(const AppError &error)
{
    return QtFuture::makeReadyFuture(Result<T, AppError>(lw::fail(error)));
}

} // namespace

MarketClients::MarketClients(EngineSession &engine)
    : m_engine(engine)
{}

MarketClients::~MarketClients()
{
    // Before the gate they hold a pointer to goes.
    qDeleteAll(m_hire);
    qDeleteAll(m_proofLayer);
    qDeleteAll(m_tools);
}

QFuture<Result<HireClient *, AppError>> MarketClients::hireById(qint64 accountId)
{
    using Made = Outcome<HireClient *>;
    if (HireClient *c = m_hire.value(accountId))
        return QtFuture::makeReadyFuture(Made(c));
    auto account = m_engine.accounts().accountById(accountId);
    if (!account)
        return failed<HireClient *>(account.error());
    if (account->kind != MarketKind::AiForHire)
        return failed<HireClient *>(
            AppError::make(AppError::Kind::Invalid,
                           Text::tr("Account \"%1\" is not a 402ai account.").arg(account->name)));
    auto key = m_engine.accounts().accountSecretKey(accountId);
    if (!key)
        return failed<HireClient *>(key.error());
    const QUrl baseUrl = account->baseUrl;
    return m_engine.gate()
        .then(this,
              [this, accountId, baseUrl, key = *key](const Outcome<PaymentGate *> &gate) {
                  if (!gate)
                      return failed<HireClient *>(gate.error());
                  PaymentGate *g = *gate;
                  return m_engine.secrets().read(key).then(
                      this,
                      [this, accountId, baseUrl, g](const Outcome<QByteArray> &token) -> Made {
                          // Asked twice while the keychain answered: one client.
                          if (HireClient *c = m_hire.value(accountId))
                              return c;
                          if (!token && token.error().kind != AppError::Kind::NotFound)
                              return lw::fail(token.error());
                          auto *client = new HireClient(&m_engine.http(), g, baseUrl, accountId);
                          if (token) {
                              client->setToken(*token);
                              m_tokens.insert(accountId, *token);
                          }
                          m_hire.insert(accountId, client);
                          return client;
                      });
              })
        .unwrap();
}

QFuture<Result<ProofLayerClient *, AppError>>
MarketClients::proofLayer(const MarketAccount &account)
{
    using Made = Outcome<ProofLayerClient *>;
    if (ProofLayerClient *c = m_proofLayer.value(account.id))
        return QtFuture::makeReadyFuture(Made(c));
    return m_engine.gate().then(this, [this, account](const Outcome<PaymentGate *> &gate) -> Made {
        if (!gate)
            return lw::fail(gate.error());
        if (ProofLayerClient *c = m_proofLayer.value(account.id))
            return c;
        auto *client =
            new ProofLayerClient(&m_engine.http(), *gate, account.baseUrl, account.id, nullptr);
        m_proofLayer.insert(account.id, client);
        return client;
    });
}

QFuture<Result<ToolsClient *, AppError>> MarketClients::toolsById(qint64 accountId)
{
    using Made = Outcome<ToolsClient *>;
    if (ToolsClient *c = m_tools.value(accountId))
        return QtFuture::makeReadyFuture(Made(c));
    auto account = m_engine.accounts().accountById(accountId);
    if (!account)
        return failed<ToolsClient *>(account.error());
    if (account->kind != MarketKind::L402Tools)
        return failed<ToolsClient *>(
            AppError::make(AppError::Kind::Invalid,
                           Text::tr("Account \"%1\" is not a tools account.").arg(account->name)));
    const QUrl baseUrl = account->baseUrl;
    return m_engine.gate().then(
        this, [this, accountId, baseUrl](const Outcome<PaymentGate *> &gate) -> Made {
            if (!gate)
                return lw::fail(gate.error());
            if (ToolsClient *c = m_tools.value(accountId))
                return c;
            auto *client = new ToolsClient(&m_engine.http(), *gate, baseUrl, accountId, nullptr);
            client->setFollowups(&m_engine.toolFollowups());
            m_tools.insert(accountId, client);
            return client;
        });
}

QFuture<Result<bool, AppError>> MarketClients::saveToken(qint64 accountId, const QByteArray &token)
{
    auto key = m_engine.accounts().accountSecretKey(accountId);
    if (!key)
        return failed<bool>(key.error());
    return m_engine.secrets()
        .write(*key, token)
        .then(this, [this, accountId, token](const Outcome<bool> &written) -> Outcome<bool> {
            if (!written)
                return written;
            m_tokens.insert(accountId, token);
            if (HireClient *c = m_hire.value(accountId))
                c->setToken(token);
            return true;
        });
}

QFuture<ClaimOutcome> MarketClients::claim(const JournalEntry &e, const Preimage &preimage)
{
    return hireById(e.accountId)
        .then(
            this,
            [this, preimage](const Outcome<HireClient *> &client) -> QFuture<ClaimOutcome> {
                if (!client)
                    return QtFuture::makeReadyFuture(ClaimOutcome(lw::fail(client.error())));
                return (*client)->claimTopup(preimage).then(
                    this, [](const HireResult<HireClient::ClaimAnswer> &r) -> ClaimOutcome {
                        if (!r)
                            return lw::fail(r.error());
                        if (r->alreadyClaimed)
                            return Text::tr("claimed earlier");
                        return Text::tr("claimed; balance %1 sat").arg(r->balance.toSatsDecimal());
                    });
            })
        .unwrap();
}

} // namespace lw
