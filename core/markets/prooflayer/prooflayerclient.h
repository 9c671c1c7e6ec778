// SPDX-License-Identifier: GPL-3.0-or-later
// The ProofLayer agent market over the engine: free calls straight through HttpClient, the one
// paid call (posting a task, an L402 gate priced at its budget) through the PaymentGate, so
// every sat is journaled and no invoice above the budget is paid. Routes and field names from
// reference 003 and research/market.md §1.3.
#pragma once

#include "markets/prooflayer/prooflayertypes.h"
#include "net/httpclient.h"
#include "pay/paymentgate.h"

#include <QFuture>
#include <QObject>
#include <QUrl>

#include <optional>

namespace lw {

template <typename T>
using ProofLayerOutcome = Result<T, AppError>;

//! What a paid call produced: the answer, the journal entry, and the payment when sats left
//! the wallet.
template <typename T>
struct ProofLayerPaid {
    T value;
    qint64 journalId = 0;
    std::optional<OutgoingPayment> payment;
};

//! One ProofLayer market. It has no account secret: a worker is known by its id, which the
//! caller keeps (the account's remote id). Ids typed by users or sent by the server go into
//! paths only when they are [A-Za-z0-9_-]; anything else is refused (Invalid) before a request.
//! Every local check runs before the network: a refused call sends nothing.
class ProofLayerClient : public QObject {
    Q_OBJECT

public:
    ProofLayerClient(HttpClient *http, PaymentGate *gate, QUrl baseUrl, qint64 accountId,
                     QObject *parent = nullptr);

    QUrl baseUrl() const { return m_base; }
    qint64 accountId() const { return m_accountId; }

    //! GET /api/agent-contract: the server's task types, worker types and trust modes.
    QFuture<ProofLayerOutcome<ProofLayerContract>> contract();

    // Workers ---------------------------------------------------------------------------------
    //! Checks the Lightning Address can be paid (its LNURL-pay endpoint answers a payRequest)
    //! before POST /api/workers, and that the server registered that very address.
    QFuture<ProofLayerOutcome<ProofLayerWorker>> registerWorker(const QString &displayName,
                                                                const QString &lightningAddress,
                                                                const QString &type);
    QFuture<ProofLayerOutcome<ProofLayerWorker>> worker(const QString &workerId);
    QFuture<ProofLayerOutcome<ProofLayerPayouts>> payouts(const QString &workerId);
    QFuture<ProofLayerOutcome<ProofLayerList<ProofLayerTask>>>
    feed(const ProofLayerFeedFilter &filter = {});

    // Tasks -----------------------------------------------------------------------------------
    QFuture<ProofLayerOutcome<ProofLayerTask>> task(const QString &taskId);
    //! POST /api/tasks?budget_sats=N with body.budget_sats = N, agreed at exactly N: the gate
    //! pays the market's invoice only when it asks no more than the budget. The draft is
    //! checked and completed with normalizeTaskDraft() against `vocabulary` first.
    QFuture<ProofLayerOutcome<ProofLayerPaid<ProofLayerCreated>>>
    createTask(const ProofLayerTaskDraft &draft,
               const ProofLayerVocabulary &vocabulary = ProofLayerVocabulary::known());
    //! First come, first served: succeeds only when the answer names `workerId` as the claimer.
    QFuture<ProofLayerOutcome<ProofLayerTask>> claim(const QString &taskId,
                                                     const QString &workerId);
    //! `trustMode` (the task's, when known) lets a missing proof URL be refused locally.
    QFuture<ProofLayerOutcome<ProofLayerTask>> submit(const QString &taskId,
                                                      const QString &workerId,
                                                      const ProofLayerSubmission &submission,
                                                      const QString &trustMode = {});
    //! Pays the worker (70 %) if not done yet; idempotent at the market.
    QFuture<ProofLayerOutcome<ProofLayerRelease>> release(const QString &taskId);

private:
    QUrl url(const QString &path, const QList<std::pair<QString, QString>> &query = {}) const;
    template <typename T, typename Parse>
    QFuture<ProofLayerOutcome<T>> send(const HttpRequest &request, Parse parse);

    HttpClient *m_http;
    PaymentGate *m_gate;
    QUrl m_base;
    qint64 m_accountId;
};

} // namespace lw
