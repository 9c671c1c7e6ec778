// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accounts/accountstore.h"
#include "pay/paymentgate.h"

#include <QByteArray>
#include <QFuture>
#include <QHash>
#include <QObject>

namespace lw {

class EngineSession;
class HireClient;
class ProofLayerClient;
class ToolsClient;

//! The market clients of one profile, made on first use over the engine's gate and kept per
//! account, and the 402ai tokens the gate's authorizer adds to paid calls.
class MarketClients : public QObject {
    Q_OBJECT

public:
    template <typename T>
    using Outcome = Result<T, AppError>;

    explicit MarketClients(EngineSession &engine);
    ~MarketClients() override;

    QFuture<Outcome<HireClient *>> hireById(qint64 accountId);
    QFuture<Outcome<ProofLayerClient *>> proofLayer(const MarketAccount &account);
    QFuture<Outcome<ToolsClient *>> toolsById(qint64 accountId);
    QFuture<Outcome<bool>> saveToken(qint64 accountId, const QByteArray &token);

    //! The account's X-Token, empty when it has none (or it is not loaded yet).
    QByteArray token(qint64 accountId) const { return m_tokens.value(accountId); }
    //! Claims a paid 402ai top-up with the account's token.
    QFuture<ClaimOutcome> claim(const JournalEntry &entry, const Preimage &preimage);

private:
    EngineSession &m_engine;
    QHash<qint64, HireClient *> m_hire;
    QHash<qint64, ProofLayerClient *> m_proofLayer;
    QHash<qint64, ToolsClient *> m_tools;
    QHash<qint64, QByteArray> m_tokens;
};

} // namespace lw
