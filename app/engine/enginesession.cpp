// SPDX-License-Identifier: GPL-3.0-or-later
#include "enginesession.h"

#include "marketclients.h"
#include "qr/qrwallet.h"
#include "store/appschema.h"
#include "walletregistry.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QNetworkProxy>
#include <QStandardPaths>

#include <algorithm>
#include <chrono>

namespace lw {

QString EngineSession::defaultDataDir()
{
    const QString env = qEnvironmentVariable("LIGHTWORK_DATA");
    if (!env.isEmpty())
        return env;
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation))
        .filePath(QStringLiteral("lightwork"));
}

SpendingLimits EngineSession::cappedLimits() const
{
    SpendingLimits limits = m_profile.limits;
    if (m_options.maxSats && *m_options.maxSats < limits.perPaymentCap)
        limits.perPaymentCap = *m_options.maxSats;
    return limits;
}

void EngineSession::setLimits(const SpendingLimits &limits)
{
    m_profile.limits = limits;
    if (m_gate)
        m_gate->setLimits(cappedLimits());
}

bool EngineSession::hasUnsettledPayment() const
{
    if (!m_journal)
        return false;
    auto open = m_journal->unfinished();
    if (!open)
        return false;
    return std::any_of(open->cbegin(), open->cend(),
                       [](const JournalEntry &e) { return mayHaveLeftWallet(e.state); });
}

QString EngineSession::claimLabel(const WalletConnection &connection)
{
    return connection.kind == u"qr"
               ? QString::fromUtf16(QrWallet::label)
               : QStringLiteral("%1:%2").arg(connection.kind).arg(connection.id);
}

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(EngineSession)
};

template <typename T>
QFuture<Result<T, AppError>> ready(Result<T, AppError> value)
{
    return QtFuture::makeReadyFuture(std::move(value));
}

AppError profileSwitched()
{
    return AppError::make(AppError::Kind::Invalid,
                          Text::tr("The profile changed while its wallet was being opened."));
}

} // namespace

EngineSession::EngineSession(EngineOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
{
    // The markets and wallets are reached directly: a system proxy could read X-Tokens.
    m_network.setProxy(QNetworkProxy::NoProxy);
    m_http = std::make_unique<HttpClient>(&m_network);
}

// Members in the order they depend on each other: the gate goes first, the clients last.
struct EngineSession::Retired {
    std::unique_ptr<MarketClients> clients;
    std::unique_ptr<Wallet> wallet;
    std::unique_ptr<PaymentClaims> claims;
    std::unique_ptr<PaymentGate> gate;
};

EngineSession::~EngineSession()
{
    unwire(true);
    m_retired.clear();
}

QFuture<Result<bool, AppError>> EngineSession::open(std::unique_ptr<SecretStore> secrets)
{
    m_secrets = std::make_unique<EngineSecrets>(std::move(secrets));
    if (!QDir().mkpath(m_options.dataDir))
        return ready<bool>(lw::fail(AppError::make(
            AppError::Kind::Storage, Text::tr("Cannot create the data folder %1.")
                                         .arg(QDir::toNativeSeparators(m_options.dataDir)))));
    QFile::setPermissions(m_options.dataDir,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    auto db = Database::open(QDir(m_options.dataDir).filePath(QStringLiteral("lightwork.sqlite3")),
                             appMigrations());
    if (!db)
        return ready<bool>(lw::fail(db.error()));
    m_db = std::move(*db);
    m_accounts = std::make_unique<AccountStore>(*m_db);

    auto keyName = m_accounts->dataKeyName();
    if (!keyName)
        return ready<bool>(lw::fail(keyName.error()));
    return loadOrCreateDataKey(m_secrets->store(), *keyName)
        .then(this, [this](const Result<SecretBox, SecretError> &box) -> Outcome<bool> {
            if (!box)
                return lw::fail(secretError(box.error()));
            return start(*box);
        });
}

Result<bool, AppError> EngineSession::start(const SecretBox &box)
{
    m_box.emplace(box);
    m_journal = std::make_unique<PaymentJournal>(*m_db, *m_box);
    m_toolFollowups = std::make_unique<ToolFollowups>(*m_db, *m_box);

    Result<Profile, AppError> profile = m_accounts->currentProfile();
    if (!m_options.profileName.isEmpty()) {
        auto named = m_accounts->profile(m_options.profileName);
        if (!named)
            return lw::fail(named.error());
        if (!*named)
            return lw::fail(AppError::make(AppError::Kind::NotFound,
                                           Text::tr("No profile named \"%1\" (see lightwork-cli "
                                                    "profile list).")
                                               .arg(m_options.profileName)));
        profile = **named;
    }
    if (!profile)
        return lw::fail(profile.error());
    m_profile = *profile;
    m_clients = std::make_unique<MarketClients>(*this);
    return true;
}

Result<bool, AppError> EngineSession::switchProfile(qint64 profileId)
{
    auto profile = m_accounts->profileById(profileId);
    if (!profile)
        return lw::fail(profile.error());
    unwire();
    m_profile = *profile;
    m_clients = std::make_unique<MarketClients>(*this);
    Q_EMIT profileChanged();
    return true;
}

void EngineSession::unwire(bool now)
{
    ++m_wiring;
    if (!now && m_gate && m_gate->running() > 0) {
        // A payment under way keeps its wallet, claims and clients (its credential is sent
        // with their token) until its outcome is journaled; then they go.
        auto retired = std::make_unique<Retired>();
        PaymentGate *gate = m_gate.get();
        retired->clients = std::move(m_clients);
        retired->wallet = std::move(m_wallet);
        retired->claims = std::move(m_claims);
        retired->gate = std::move(m_gate);
        connect(gate, &PaymentGate::idle, this, [this, gate] {
            // Out of the gate's own call stack, then deleted.
            QMetaObject::invokeMethod(
                this,
                [this, gate] {
                    std::erase_if(m_retired, [gate](const std::unique_ptr<Retired> &r) {
                        return r->gate.get() == gate;
                    });
                },
                Qt::QueuedConnection);
        });
        m_retired.push_back(std::move(retired));
    }
    m_clients.reset();
    m_pendingGate.reset();
    m_gate.reset();
    m_claims.reset();
    m_wallet.reset();
}

QFuture<Result<QByteArray, AppError>> EngineSession::walletSecret(const WalletConnection &c)
{
    const auto kind = WalletRegistry::kind(c.kind);
    if (!kind || !kind->needsSecret)
        return ready<QByteArray>(QByteArray());
    auto key = m_accounts->walletSecretKey(c.id);
    if (!key)
        return ready<QByteArray>(lw::fail(key.error()));
    return m_secrets->read(*key);
}

Result<std::unique_ptr<Wallet>, AppError> EngineSession::createWallet(const WalletConnection &c,
                                                                      const QByteArray &secret)
{
    return WalletRegistry::create(c, secret, m_http.get());
}

QFuture<Result<PaymentGate *, AppError>> EngineSession::gate()
{
    if (m_gate)
        return ready<PaymentGate *>(m_gate.get());
    if (m_pendingGate && !m_pendingGate->isFinished())
        return *m_pendingGate;
    auto connection = m_accounts->defaultWallet(m_profile.id);
    if (!connection)
        return ready<PaymentGate *>(lw::fail(connection.error()));
    // Without a wallet the gate still journals balance-paid calls and refuses to pay.
    if (!*connection)
        return ready(buildGate(std::nullopt, {}));
    const WalletConnection c = **connection;
    const quint64 wiring = m_wiring;
    auto made = walletSecret(c).then(
        this, [this, c, wiring](const Outcome<QByteArray> &secret) -> Outcome<PaymentGate *> {
            if (wiring != m_wiring)
                return lw::fail(profileSwitched());
            if (m_gate)
                return m_gate.get();
            if (!secret)
                return lw::fail(secret.error());
            return buildGate(c, *secret);
        });
    m_pendingGate = made;
    return made;
}

Result<PaymentGate *, AppError>
EngineSession::buildGate(const std::optional<WalletConnection> &connection,
                         const QByteArray &secret)
{
    QString walletLabel;
    if (connection) {
        auto wallet = createWallet(*connection, secret);
        if (!wallet)
            return lw::fail(wallet.error());
        m_wallet = std::move(*wallet);
        walletLabel = claimLabel(*connection);
    }
    m_claims = std::make_unique<PaymentClaims>(*m_db);

    m_gate = std::make_unique<PaymentGate>(m_http.get(), m_journal.get(), m_wallet.get(),
                                           cappedLimits());
    if (m_wallet)
        m_gate->setClaims(m_claims.get(), walletLabel);
    // The clients of the profile the gate pays for, which outlive it (see unwire).
    MarketClients *clients = m_clients.get();
    m_gate->setAuthorizer([clients](qint64 accountId, HttpRequest &request) {
        const QByteArray token = clients ? clients->token(accountId) : QByteArray();
        if (!token.isEmpty())
            request.setHeader("x-token", token);
    });
    m_gate->setConfirmer([this](const PaymentPrompt &p) {
        return m_confirmer ? m_confirmer(p) : QtFuture::makeReadyFuture(false);
    });
    m_gate->setClaimer([clients](const JournalEntry &e, const Preimage &preimage) {
        if (!clients)
            return QtFuture::makeReadyFuture(ClaimOutcome(lw::fail(AppError::make(
                AppError::Kind::Invalid, Text::tr("No market account to claim the top-up.")))));
        return clients->claim(e, preimage);
    });
    if (auto *phone = dynamic_cast<QrWallet *>(m_wallet.get())) {
        phone->setClaims(m_claims.get());
        // Someone scans, pays and copies the preimage: minutes, not the 90 s of a node.
        m_gate->setPayTimeout(std::chrono::minutes(15));
        Q_EMIT phoneWalletReady(phone);
    }
    return m_gate.get();
}

QFuture<Result<Wallet *, AppError>> EngineSession::requireWallet()
{
    return gate().then(this, [this](const Outcome<PaymentGate *> &gate) -> Outcome<Wallet *> {
        if (!gate)
            return lw::fail(gate.error());
        if (!m_wallet)
            return lw::fail(AppError::make(AppError::Kind::Invalid,
                                           Text::tr("Profile \"%1\" has no wallet (see "
                                                    "lightwork-cli wallet add).")
                                               .arg(m_profile.name)));
        return m_wallet.get();
    });
}

Result<MarketAccount, AppError> EngineSession::onlyAccount(MarketKind kind, const QString &name)
{
    auto all = m_accounts->accounts(m_profile.id);
    if (!all)
        return lw::fail(all.error());
    QList<MarketAccount> matches;
    for (const MarketAccount &a : *all)
        if (a.kind == kind && (name.isEmpty() || a.name == name))
            matches.append(a);
    const QString market = marketKindName(kind);
    if (matches.isEmpty())
        return lw::fail(AppError::make(
            AppError::Kind::Invalid,
            name.isEmpty() ? Text::tr("Profile \"%1\" has no %2 account (see lightwork-cli "
                                      "account add).")
                                 .arg(m_profile.name, market)
                           : Text::tr("No %2 account named \"%1\".").arg(name, market)));
    if (matches.size() > 1)
        return lw::fail(AppError::make(AppError::Kind::Invalid,
                                       Text::tr("Profile \"%1\" has several %2 accounts: choose "
                                                "one with --account.")
                                           .arg(m_profile.name, market)));
    return matches.first();
}

QFuture<Result<HireClient *, AppError>> EngineSession::hire(const QString &name)
{
    auto account = onlyAccount(MarketKind::AiForHire, name);
    if (!account)
        return ready<HireClient *>(lw::fail(account.error()));
    return hireById(account->id);
}

QFuture<Result<HireClient *, AppError>> EngineSession::hireById(qint64 accountId)
{
    return m_clients->hireById(accountId);
}

QFuture<Result<ProofLayerClient *, AppError>> EngineSession::proofLayer(const QString &name)
{
    auto account = onlyAccount(MarketKind::ProofLayer, name);
    if (!account)
        return ready<ProofLayerClient *>(lw::fail(account.error()));
    return m_clients->proofLayer(*account);
}

QFuture<Result<ToolsClient *, AppError>> EngineSession::toolsById(qint64 accountId)
{
    return m_clients->toolsById(accountId);
}

QFuture<Result<bool, AppError>> EngineSession::saveToken(qint64 accountId, const QByteArray &token)
{
    return m_clients->saveToken(accountId, token);
}

} // namespace lw
