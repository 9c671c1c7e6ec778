// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandboxsetup.h"

#include "enginesession.h"
#include "markets/aiforhire/hireclient.h"
#include "markets/prooflayer/prooflayerclient.h"
#include "walletregistry.h"

#include <QCoreApplication>

#include <memory>

namespace lw {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(SandboxSetup)
};

using Done = Result<bool, AppError>;

const QString walletName = QStringLiteral("sandbox");
const QString hireAccountName = QStringLiteral("402ai");
const QString proofLayerAccountName = QStringLiteral("prooflayer");
const QString setupKey = QStringLiteral("setup.sandbox_url");
const QString topupAction = QStringLiteral("402ai.topup");

template <typename T>
QFuture<Result<T, AppError>> ready(Result<T, AppError> value)
{
    return QtFuture::makeReadyFuture(std::move(value));
}

//! Runs `next` with the value of `first`, or passes its error on.
template <typename T, typename U, typename Next>
QFuture<Result<U, AppError>> andThen(QFuture<Result<T, AppError>> first, QObject *context,
                                     Next next)
{
    return first
        .then(context,
              [next](const Result<T, AppError> &r) -> QFuture<Result<U, AppError>> {
                  if (!r)
                      return ready<U>(lw::fail(r.error()));
                  return next(*r);
              })
        .unwrap();
}

} // namespace

SandboxSetup::SandboxSetup(EngineSession &engine, QUrl sandboxUrl, QByteArray adminKey,
                           QObject *parent)
    : QObject(parent)
    , m_engine(engine)
    , m_url(std::move(sandboxUrl))
    , m_adminKey(std::move(adminKey))
{}

QString SandboxSetup::recordedSandbox(const Database &db)
{
    auto q = db.exec(QStringLiteral("SELECT value FROM meta WHERE key = ?"), {setupKey});
    return q && q->next() ? q->value(0).toString() : QString();
}

Result<bool, AppError> SandboxSetup::recordSandbox(const Database &db, const QUrl &sandboxUrl)
{
    // The accounts store's meta table: the choice lives with the profiles it made.
    auto q = db.exec(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) "
                                    "DO UPDATE SET value = excluded.value"),
                     {setupKey, sandboxUrl.toString()});
    if (!q)
        return lw::fail(q.error());
    return true;
}

bool SandboxSetup::approves(const PaymentPrompt &prompt) const
{
    return prompt.action == topupAction && prompt.amount <= m_approvedTopup;
}

QFuture<Result<bool, AppError>> SandboxSetup::run()
{
    if (m_adminKey.isEmpty())
        return ready<bool>(lw::fail(AppError::make(
            AppError::Kind::Invalid, Text::tr("The sandbox's admin key is missing "
                                              "(LIGHTWORK_SANDBOX_ADMIN_KEY), so its wallets "
                                              "cannot be looked up."))));
    auto directory = fetchSandboxDirectory(m_engine.http(), m_url, m_adminKey, this);
    return andThen<SandboxDirectory, bool>(directory, this, [this](const SandboxDirectory &d) {
        m_directory = d;
        return andThen<bool, bool>(
            setUpProfile({QStringLiteral("buyer"), buyerTopupSats, false}), this, [this](bool) {
                return andThen<bool, bool>(
                    setUpProfile({QStringLiteral("worker"), workerTopupSats, true}), this,
                    [this](bool) -> Step {
                        auto buyer = m_engine.accounts().profile(QStringLiteral("buyer"));
                        if (!buyer || !*buyer)
                            return ready<bool>(lw::fail(AppError::make(
                                AppError::Kind::Storage, Text::tr("The buyer profile is gone."))));
                        if (auto r = m_engine.accounts().setCurrentProfile((*buyer)->id); !r)
                            return ready<bool>(lw::fail(r.error()));
                        return ready<bool>(m_engine.switchProfile((*buyer)->id));
                    });
            });
    });
}

SandboxSetup::Step SandboxSetup::setUpProfile(const Role &role)
{
    const auto wallet = m_directory.wallet(role.name);
    if (!wallet)
        return ready<bool>(lw::fail(AppError::make(
            AppError::Kind::NotFound,
            Text::tr("The sandbox has no wallet named \"%1\"; start it with --wallet %1:SATS.")
                .arg(role.name))));
    AccountStore &store = m_engine.accounts();
    auto existing = store.profile(role.name);
    if (!existing)
        return ready<bool>(lw::fail(existing.error()));
    auto profile = *existing ? Result<Profile, AppError>(**existing) : store.addProfile(role.name);
    if (!profile)
        return ready<bool>(lw::fail(profile.error()));
    if (auto switched = m_engine.switchProfile(profile->id); !switched)
        return ready<bool>(switched);
    const qint64 profileId = profile->id;
    return andThen<bool, bool>(ensureWallet(profileId, *wallet), this, [=, this](bool) {
        return andThen<HireClient *, bool>(
            ensureHireAccount(profileId), this, [=, this](HireClient *client) {
                return andThen<bool, bool>(topUp(client, *MilliSats::fromSats(role.topupSats)),
                                           this, [=, this](bool) -> Step {
                                               if (role.proofLayer
                                                   && !m_directory.proofLayerUrl.isEmpty())
                                                   return ensureProofLayer(profileId, *wallet);
                                               return ready<bool>(true);
                                           });
            });
    });
}

SandboxSetup::Step SandboxSetup::ensureWallet(qint64 profileId, const SandboxWallet &sandbox)
{
    AccountStore &store = m_engine.accounts();
    auto existing = store.wallet(profileId, walletName);
    if (!existing)
        return ready<bool>(lw::fail(existing.error()));
    WalletRegistry::Input input{
        QStringLiteral("phoenixd"), sandbox.phoenixdUrl, {}, sandbox.phoenixdPassword};
    auto checked = WalletRegistry::check(input);
    if (!checked)
        return ready<bool>(lw::fail(checked.error()));
    // A sandbox started again may listen on another port: the old connection is replaced.
    if (*existing && (*existing)->settings != checked->settings) {
        if (auto key = store.walletSecretKey((*existing)->id))
            (void)m_engine.secrets().remove(*key);
        if (auto removed = store.removeWallet((*existing)->id); !removed)
            return ready<bool>(removed);
        existing = std::optional<WalletConnection>();
    }
    WalletConnection connection;
    if (*existing) {
        connection = **existing;
    } else {
        WalletConnection w;
        w.profileId = profileId;
        w.name = walletName;
        w.kind = QStringLiteral("phoenixd");
        w.network = Network::Regtest;
        w.settings = checked->settings;
        auto added = store.addWallet(w);
        if (!added)
            return ready<bool>(lw::fail(added.error()));
        connection = *added;
    }
    auto key = store.walletSecretKey(connection.id);
    if (!key)
        return ready<bool>(lw::fail(key.error()));
    const QByteArray secret = checked->secret;
    return andThen<bool, bool>(
        m_engine.secrets().write(*key, secret), this, [=, this](bool) -> Step {
            auto made = m_engine.createWallet(connection, secret);
            if (!made)
                return ready<bool>(lw::fail(made.error()));
            std::shared_ptr<Wallet> wallet = std::move(*made);
            return wallet->testConnection(true).then(
                this, [=, this](const Result<Wallet::ConnectionReport, AppError> &report) -> Done {
                    (void)wallet; // kept alive until the test answers
                    if (!report)
                        return lw::fail(AppError::make(
                            report.error().kind,
                            Text::tr("The sandbox wallet \"%1\" failed its connection test: %2")
                                .arg(sandbox.name, report.error().message)));
                    if (auto r = m_engine.accounts().setDefaultWallet(profileId, connection.id); !r)
                        return r;
                    // The gate is made again over the wallet now default.
                    return m_engine.switchProfile(profileId);
                });
        });
}

QFuture<Result<HireClient *, AppError>> SandboxSetup::ensureHireAccount(qint64 profileId)
{
    using Made = Result<HireClient *, AppError>;
    AccountStore &store = m_engine.accounts();
    auto existing = store.account(profileId, hireAccountName);
    if (!existing)
        return ready<HireClient *>(lw::fail(existing.error()));
    if (*existing && (*existing)->baseUrl != m_directory.hireUrl) {
        // Another sandbox: its accounts are not this one's.
        if (auto key = store.accountSecretKey((*existing)->id))
            (void)m_engine.secrets().remove(*key);
        if (auto removed = store.removeAccount((*existing)->id); !removed)
            return ready<HireClient *>(lw::fail(removed.error()));
        existing = std::optional<MarketAccount>();
    }
    qint64 accountId = 0;
    if (*existing) {
        accountId = (*existing)->id;
    } else {
        MarketAccount a;
        a.profileId = profileId;
        a.name = hireAccountName;
        a.kind = MarketKind::AiForHire;
        a.baseUrl = m_directory.hireUrl;
        auto added = store.addAccount(a);
        if (!added)
            return ready<HireClient *>(lw::fail(added.error()));
        accountId = added->id;
    }
    return andThen<HireClient *, HireClient *>(
        m_engine.hireById(accountId), this, [this](HireClient *client) -> QFuture<Made> {
            if (client->hasToken())
                return ready<HireClient *>(client);
            // As `lightwork-cli topup` does: the token reaches the keychain before anything is
            // paid into the account.
            return andThen<QByteArray, HireClient *>(
                client->createAccount(), this, [this, client](const QByteArray &token) {
                    return andThen<bool, HireClient *>(
                        m_engine.saveToken(client->accountId(), token), this, [this, client](bool) {
                            return client->me().then(
                                this, [this, client](const HireResult<HireAccount> &me) -> Made {
                                    if (me)
                                        (void)m_engine.accounts().setRemoteId(client->accountId(),
                                                                              me->accountId);
                                    return client;
                                });
                        });
                });
        });
}

SandboxSetup::Step SandboxSetup::topUp(HireClient *client, MilliSats target)
{
    // Only what is missing: a set-up run again tops up nothing.
    return andThen<HireAccount, bool>(client->me(), this, [=, this](const HireAccount &me) -> Step {
        if (me.balance >= target)
            return ready<bool>(true);
        const MilliSats missing =
            *MilliSats::fromSats((target.msat() - me.balance.msat() + 999) / 1000);
        return andThen<TopupInvoice, bool>(
            client->requestTopup(missing), this, [=, this](const TopupInvoice &invoice) {
                return andThen<PaymentGate *, bool>(
                    m_engine.gate(), this, [=, this](PaymentGate *gate) {
                        m_approvedTopup = missing;
                        return gate
                            ->payInvoice(JournalEntry::Kind::Topup, topupAction,
                                         client->accountId(), invoice.invoice, missing,
                                         client->baseUrl())
                            .then(this, [this](const CallOutcome &paid) -> Done {
                                m_approvedTopup = MilliSats(0);
                                if (!paid)
                                    return lw::fail(paid.error());
                                return true;
                            });
                    });
            });
    });
}

SandboxSetup::Step SandboxSetup::ensureProofLayer(qint64 profileId, const SandboxWallet &sandbox)
{
    AccountStore &store = m_engine.accounts();
    auto existing = store.account(profileId, proofLayerAccountName);
    if (!existing)
        return ready<bool>(lw::fail(existing.error()));
    if (*existing && (*existing)->baseUrl != m_directory.proofLayerUrl) {
        if (auto removed = store.removeAccount((*existing)->id); !removed)
            return ready<bool>(removed);
        existing = std::optional<MarketAccount>();
    }
    if (*existing && !(*existing)->remoteId.isEmpty())
        return ready<bool>(true);
    if (!*existing) {
        MarketAccount a;
        a.profileId = profileId;
        a.name = proofLayerAccountName;
        a.kind = MarketKind::ProofLayer;
        a.baseUrl = m_directory.proofLayerUrl;
        auto added = store.addAccount(a);
        if (!added)
            return ready<bool>(lw::fail(added.error()));
    }
    if (sandbox.lightningAddress.isEmpty())
        return ready<bool>(true); // nowhere to be paid: the account waits for an address
    return andThen<ProofLayerClient *, bool>(
        m_engine.proofLayer(proofLayerAccountName), this, [=, this](ProofLayerClient *client) {
            return client
                ->registerWorker(Text::tr("Worker"), sandbox.lightningAddress,
                                 QStringLiteral("human"))
                .then(this,
                      [this, client](const ProofLayerOutcome<ProofLayerWorker> &worker) -> Done {
                          if (!worker)
                              return lw::fail(worker.error());
                          return m_engine.accounts().setRemoteId(client->accountId(), worker->id);
                      });
        });
}

} // namespace lw
