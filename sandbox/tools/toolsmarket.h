// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "support/l402issuer.h"

#include <QJsonObject>
#include <QRandomGenerator>
#include <QString>
#include <QUrl>
#include <QVariantMap>

#include <optional>
#include <variant>

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
struct ToolDefinition;

//! sats4ai-style L402 tools (research/market.md §1.2, references 001, 002, 004): per-request
//! invoices bound to the request body, the `Payment` scheme beside L402, a discovery manifest,
//! an asynchronous job with polling, the AI call's `pending_confirm` push-back, and refunds as
//! LNURL-withdraw links when a paid call fails.
class ToolsMarket {
public:
    struct Settings {
        int failPercent = 0; //!< paid calls that fail upstream (and are refunded)
        quint32 seed = 0;
    };

    ToolsMarket(Database &db, Clock &clock, Entropy &entropy, LightningNode &node,
                LnurlService &lnurl, const QUrl &base, Settings settings);

    void addRoutes(Router &router);
    void reset();
    //! Its L402 challenges follow the sandbox's tamper settings.
    void setTamper(Tamper *tamper) { m_issuer.setTamper(tamper); }

    //! A macaroon is good for this long after the 402 ("valid for 10 minutes").
    static constexpr qint64 tokenValidSeconds = 600;
    //! Polls an asynchronous job needs before it is finished.
    static constexpr int pollsToFinish = 3;
    //! Any string in a request containing this fails the paid call (for tests and demos).
    static constexpr QStringView failMarker = u"sandbox:fail";

private:
    Response manifest() const;
    Response models() const;
    Response estimate(const Request &request) const;
    Response schema(const ToolDefinition &tool) const;
    Response call(const Request &request);
    Response challenge(const ToolDefinition &tool, const QJsonObject &body,
                       const QByteArray &rawBody);
    //! The charge a credential (L402 or Payment) pays for, or the error response.
    std::variant<QVariantMap, Response> redeem(const ToolDefinition &tool, const Request &request);
    Response run(const ToolDefinition &tool, const QJsonObject &body, const QVariantMap &charge);
    Response confirmCall(const QJsonObject &body);
    Response startCall(const QJsonObject &callRequest, qint64 chargeId, const QString &sessionId);
    Response pollCall(const QString &callId);
    Response jobStatus(const Request &request);
    //! Fails the charge and answers with sats4ai's error envelope and a refund.
    QJsonObject refund(qint64 chargeId, const QString &service);
    Response failure(int status, const QString &message, const QString &code,
                     const QJsonObject &extra = {}) const;
    bool shouldFail(const QJsonObject &body);
    QString absolute(const QString &pathAndQuery) const;

    Database &m_db;
    Clock &m_clock;
    Entropy &m_entropy;
    LightningNode &m_node;
    LnurlService &m_lnurl;
    QUrl m_base;
    Settings m_settings;
    QRandomGenerator m_failRandom;
    QString m_walletId;
    L402Issuer m_issuer;
};

} // namespace lw::sandbox
