// SPDX-License-Identifier: GPL-3.0-or-later
#include "accountsetup.h"

#include "enginesession.h"
#include "markets/aiforhire/hireclient.h"
#include "markets/prooflayer/prooflayerclient.h"
#include "markets/tools/toolsclient.h"

#include <QCoreApplication>

#include <memory>

namespace lw {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(AccountSetup)
};

template <typename T>
QFuture<Result<T, AppError>> ready(Result<T, AppError> value)
{
    return QtFuture::makeReadyFuture(std::move(value));
}

//! Any answer of a probe: its errors pass, its value becomes `id`.
template <typename T>
Result<QString, AppError> probed(const Result<T, AppError> &r, const QString &id = {})
{
    if (!r)
        return lw::fail(r.error());
    return id;
}

} // namespace

bool acceptableMarketUrl(const QUrl &url)
{
    return url.isValid() && !url.host().isEmpty() && isAllowedScheme(url);
}

std::optional<AppError> marketUrlProblem(const QUrl &url)
{
    if (acceptableMarketUrl(url))
        return std::nullopt;
    return AppError::make(AppError::Kind::Invalid,
                          Text::tr("The address needs https:// (http:// only on this computer)."));
}

QFuture<Result<QString, AppError>> probeMarket(EngineSession &engine, MarketKind kind,
                                               const QUrl &url, const QByteArray &token)
{
    if (auto problem = marketUrlProblem(url))
        return ready<QString>(lw::fail(*problem));
    HttpClient *http = &engine.http();
    switch (kind) {
    case MarketKind::AiForHire: {
        if (token.isEmpty())
            return ready<QString>(QString());
        auto client = std::make_shared<HireClient>(http, nullptr, url, 0);
        client->setToken(token);
        return client->me().then(&engine, [client](const Result<HireAccount, AppError> &me) {
            return probed(me, me ? me->accountId : QString());
        });
    }
    case MarketKind::ProofLayer: {
        auto client = std::make_shared<ProofLayerClient>(http, nullptr, url, 0);
        return client->contract().then(
            &engine, [client](const Result<ProofLayerContract, AppError> &contract) {
                return probed(contract);
            });
    }
    case MarketKind::L402Tools: {
        auto client = std::make_shared<ToolsClient>(http, nullptr, url, 0);
        return client->manifest().then(
            &engine,
            [client](const Result<ToolsManifest, AppError> &manifest) { return probed(manifest); });
    }
    }
    return ready<QString>(QString());
}

QFuture<Result<MarketAccount, AppError>> addMarketAccount(EngineSession &engine,
                                                          const MarketAccount &account,
                                                          const std::optional<QByteArray> &token)
{
    if (auto problem = marketUrlProblem(account.baseUrl))
        return ready<MarketAccount>(lw::fail(*problem));
    if (token && token->isEmpty())
        return ready<MarketAccount>(lw::fail(
            AppError::make(AppError::Kind::Invalid, Text::tr("The account token is empty."))));
    auto added = engine.accounts().addAccount(account);
    if (!added)
        return ready<MarketAccount>(lw::fail(added.error()));
    if (!token)
        return ready<MarketAccount>(*added);
    EngineSession *e = &engine;
    const MarketAccount stored = *added;
    return engine.saveToken(stored.id, *token)
        .then(&engine,
              [e, stored](const Result<bool, AppError> &saved) -> Result<MarketAccount, AppError> {
                  if (!saved) {
                      (void)e->accounts().removeAccount(stored.id); // no account without its token
                      return lw::fail(saved.error());
                  }
                  return stored;
              });
}

QFuture<Result<HireClient *, AppError>> createHireAccount(EngineSession &engine, qint64 accountId)
{
    using Made = Result<HireClient *, AppError>;
    EngineSession *e = &engine;
    return engine.hireById(accountId)
        .then(&engine,
              [e](const Made &client) -> QFuture<Made> {
                  if (!client || (*client)->hasToken())
                      return ready<HireClient *>(client);
                  HireClient *c = *client;
                  return c->createAccount()
                      .then(
                          e,
                          [e, c](const Result<QByteArray, AppError> &token) -> QFuture<Made> {
                              if (!token)
                                  return ready<HireClient *>(lw::fail(token.error()));
                              // The token reaches the keychain before anything is paid in.
                              return e->saveToken(c->accountId(), *token)
                                  .then(
                                      e,
                                      [e, c](const Result<bool, AppError> &saved) -> QFuture<Made> {
                                          if (!saved)
                                              return ready<HireClient *>(lw::fail(saved.error()));
                                          return c->me().then(
                                              e,
                                              [e,
                                               c](const Result<HireAccount, AppError> &me) -> Made {
                                                  if (me)
                                                      (void)e->accounts().setRemoteId(
                                                          c->accountId(), me->accountId);
                                                  return c;
                                              });
                                      })
                                  .unwrap();
                          })
                      .unwrap();
              })
        .unwrap();
}

} // namespace lw
