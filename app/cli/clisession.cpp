// SPDX-License-Identifier: GPL-3.0-or-later
#include "clisession.h"

#include "cliawait.h"
#include "output.h"
#include "qrprompt.h"
#include "secrets/keychainsecretstore.h"
#include "secrets/memorysecretstore.h"
#include "store/appschema.h"
#include "walletregistry.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QNetworkProxy>
#include <QStandardPaths>

#include <cstdio>
#include <iostream>
#include <string>

namespace lw::cli {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(CliSession)
};

AppError secretError(const SecretError &e)
{
    AppError out = AppError::make(AppError::Kind::Storage, e.message);
    if (e.kind == SecretError::Kind::Unavailable)
        out.code = QStringLiteral("no_keychain");
    else if (e.kind == SecretError::Kind::NotFound)
        out.kind = AppError::Kind::NotFound;
    return out;
}

QString defaultDataDir()
{
    const QString env = qEnvironmentVariable("LIGHTWORK_DATA");
    if (!env.isEmpty())
        return env;
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
}

} // namespace

void GlobalOptionSet::addTo(QCommandLineParser &parser)
{
    m_data.setDescription(Text::tr("The data folder (default: $LIGHTWORK_DATA or the "
                                   "platform's app data folder)."));
    m_profile.setDescription(Text::tr("Act in this profile instead of the current one."));
    m_json.setDescription(Text::tr("Print the result as JSON."));
    m_yes.setDescription(Text::tr("Pay without asking (the caps still apply)."));
    m_maxSats.setDescription(Text::tr("Never pay more than this in one payment."));
    m_sessionOnly.setDescription(
        Text::tr("Keep secrets in memory only: they are gone when the command ends."));
    parser.addOptions({m_data, m_profile, m_json, m_yes, m_maxSats, m_sessionOnly});
}

Result<GlobalOptions, QString> GlobalOptionSet::read(const QCommandLineParser &parser) const
{
    GlobalOptions o;
    o.dataDir = parser.isSet(m_data) ? parser.value(m_data) : defaultDataDir();
    o.profileName = parser.value(m_profile);
    o.json = parser.isSet(m_json);
    o.yes = parser.isSet(m_yes);
    o.sessionOnly = parser.isSet(m_sessionOnly);
    if (parser.isSet(m_maxSats)) {
        const auto cap = MilliSats::parseSats(parser.value(m_maxSats));
        if (!cap)
            return lw::fail(Text::tr("--max-sats needs an amount in sats"));
        o.maxSats = *cap;
    }
    return o;
}

CliSession::CliSession(const GlobalOptions &options)
    : m_options(options)
{
    // The markets and wallets are reached directly: a system proxy could read X-Tokens.
    m_network.setProxy(QNetworkProxy::NoProxy);
    m_http = std::make_unique<HttpClient>(&m_network);
}

CliSession::~CliSession()
{
    qDeleteAll(m_hire);
    m_gate.reset();
    m_wallet.reset();
}

Result<std::unique_ptr<CliSession>, AppError> CliSession::open(const GlobalOptions &options)
{
    std::unique_ptr<CliSession> session(new CliSession(options));
    if (auto started = session->start(); !started)
        return lw::fail(started.error());
    return session;
}

Result<bool, AppError> CliSession::start()
{
    if (m_options.sessionOnly) {
        m_secrets = std::make_unique<MemorySecretStore>();
        note(Text::tr("Secrets are kept in memory only and end with this command."));
    } else {
        auto keychain = std::make_unique<KeychainSecretStore>();
        const SecretWrite probed = await(keychain->probe());
        if (!probed) {
            AppError e = secretError(probed.error());
            e.message = Text::tr("No usable keychain: %1 Lightwork keeps tokens, passwords and "
                                 "keys only in the system keychain (GNOME Keyring, KWallet, "
                                 "KeePassXC). Start one, or pass --session-only to keep them in "
                                 "memory for this command alone.")
                            .arg(probed.error().message);
            e.code = QStringLiteral("no_keychain");
            return lw::fail(e);
        }
        m_secrets = std::move(keychain);
    }

    if (!QDir().mkpath(m_options.dataDir))
        return lw::fail(AppError::make(AppError::Kind::Storage,
                                       Text::tr("Cannot create the data folder %1.")
                                           .arg(QDir::toNativeSeparators(m_options.dataDir))));
    QFile::setPermissions(m_options.dataDir,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    auto db = Database::open(QDir(m_options.dataDir).filePath(QStringLiteral("lightwork.sqlite3")),
                             appMigrations());
    if (!db)
        return lw::fail(db.error());
    m_db = std::move(*db);
    m_accounts = std::make_unique<AccountStore>(*m_db);

    auto keyName = m_accounts->dataKeyName();
    if (!keyName)
        return lw::fail(keyName.error());
    auto box = await(loadOrCreateDataKey(*m_secrets, *keyName));
    if (!box)
        return lw::fail(secretError(box.error()));
    m_box.emplace(*box);
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
    return true;
}

Result<QByteArray, AppError> CliSession::readSecret(const QString &key)
{
    const SecretRead r = await(m_secrets->read(key));
    if (!r)
        return lw::fail(secretError(r.error()));
    return *r;
}

Result<bool, AppError> CliSession::writeSecret(const QString &key, const QByteArray &value)
{
    const SecretWrite w = await(m_secrets->write(key, value));
    if (!w)
        return lw::fail(secretError(w.error()));
    // Read back: a secret that did not persist must not be relied on.
    auto back = readSecret(key);
    if (!back)
        return lw::fail(back.error());
    if (*back != value)
        return lw::fail(AppError::make(AppError::Kind::Storage,
                                       Text::tr("The keychain did not keep the secret.")));
    return true;
}

Result<bool, AppError> CliSession::removeSecret(const QString &key)
{
    const SecretWrite w = await(m_secrets->remove(key));
    if (!w)
        return lw::fail(secretError(w.error()));
    return true;
}

Result<std::unique_ptr<Wallet>, AppError> CliSession::makeWallet(const WalletConnection &c)
{
    const auto kind = WalletRegistry::kind(c.kind);
    QByteArray secret;
    if (kind && kind->needsSecret) {
        auto key = m_accounts->walletSecretKey(c.id);
        if (!key)
            return lw::fail(key.error());
        auto read = readSecret(*key);
        if (!read)
            return lw::fail(read.error());
        secret = *read;
    }
    return WalletRegistry::create(c, secret, m_http.get());
}

Result<PaymentGate *, AppError> CliSession::gate()
{
    if (m_gate)
        return m_gate.get();
    auto connection = m_accounts->defaultWallet(m_profile.id);
    if (!connection)
        return lw::fail(connection.error());
    // Without a wallet the gate still journals balance-paid calls and refuses to pay.
    QString walletLabel;
    if (*connection) {
        auto wallet = makeWallet(**connection);
        if (!wallet)
            return lw::fail(wallet.error());
        m_wallet = std::move(*wallet);
        // One claim label per connection; a phone is one payer whichever connection shows it.
        walletLabel = (*connection)->kind == u"qr"
                          ? QString::fromUtf16(QrWallet::label)
                          : QStringLiteral("%1:%2").arg((*connection)->kind).arg((*connection)->id);
    }
    m_claims = std::make_unique<PaymentClaims>(*m_db);

    SpendingLimits limits = m_profile.limits;
    if (m_options.maxSats && *m_options.maxSats < limits.perPaymentCap)
        limits.perPaymentCap = *m_options.maxSats;
    m_gate = std::make_unique<PaymentGate>(m_http.get(), m_journal.get(), m_wallet.get(), limits);
    if (m_wallet)
        m_gate->setClaims(m_claims.get(), walletLabel);
    if (auto *phone = dynamic_cast<QrWallet *>(m_wallet.get())) {
        phone->setClaims(m_claims.get());
        m_qrPrompt = std::make_unique<QrPrompt>(phone);
        // Someone scans, pays and copies the preimage: minutes, not the 90 s of a node.
        m_gate->setPayTimeout(std::chrono::minutes(15));
    }
    m_gate->setAuthorizer([this](qint64 accountId, HttpRequest &request) {
        const QByteArray token = m_tokens.value(accountId);
        if (!token.isEmpty())
            request.setHeader("x-token", token);
    });
    m_gate->setConfirmer([this](const PaymentPrompt &p) { return confirm(p); });
    m_gate->setClaimer(
        [this](const JournalEntry &e, const Preimage &preimage) { return claim(e, preimage); });
    return m_gate.get();
}

Result<Wallet *, AppError> CliSession::requireWallet()
{
    auto gate = this->gate();
    if (!gate)
        return lw::fail(gate.error());
    if (!m_wallet)
        return lw::fail(
            AppError::make(AppError::Kind::Invalid, Text::tr("Profile \"%1\" has no wallet (see "
                                                             "lightwork-cli wallet add).")
                                                        .arg(m_profile.name)));
    return m_wallet.get();
}

QFuture<bool> CliSession::confirm(const PaymentPrompt &p)
{
    if (m_options.yes)
        return QtFuture::makeReadyFuture(true);
    // The question goes to stderr so that --json output stays clean; the answer is one line.
    note(Text::tr("Pay %1 sat (routing fee at most %2 sat) to %3 for %4?")
             .arg(p.amount.toSatsDecimal(), p.maxFee.toSatsDecimal(), p.host, p.action));
    if (!p.description.isEmpty())
        note(Text::tr("  invoice says: %1").arg(p.description.left(200)));
    std::fputs(qPrintable(Text::tr("Type yes to pay: ")), stderr);
    std::fflush(stderr);
    std::string line;
    if (!std::getline(std::cin, line))
        return QtFuture::makeReadyFuture(false);
    const QString answer = QString::fromStdString(line).trimmed().toLower();
    return QtFuture::makeReadyFuture(answer == u"yes" || answer == u"y");
}

QFuture<ClaimOutcome> CliSession::claim(const JournalEntry &e, const Preimage &preimage)
{
    auto client = hireById(e.accountId);
    if (!client)
        return QtFuture::makeReadyFuture(ClaimOutcome(lw::fail(client.error())));
    return (*client)->claimTopup(preimage).then(
        this, [](HireResult<HireClient::ClaimAnswer> r) -> ClaimOutcome {
            if (!r)
                return lw::fail(r.error());
            if (r->alreadyClaimed)
                return Text::tr("claimed earlier");
            return Text::tr("claimed; balance %1 sat").arg(r->balance.toSatsDecimal());
        });
}

Result<HireClient *, AppError> CliSession::hireById(qint64 accountId)
{
    if (HireClient *c = m_hire.value(accountId))
        return c;
    auto account = m_accounts->accountById(accountId);
    if (!account)
        return lw::fail(account.error());
    if (account->kind != MarketKind::AiForHire)
        return lw::fail(
            AppError::make(AppError::Kind::Invalid,
                           Text::tr("Account \"%1\" is not a 402ai account.").arg(account->name)));
    auto gate = this->gate();
    if (!gate)
        return lw::fail(gate.error());
    auto key = m_accounts->accountSecretKey(accountId);
    if (!key)
        return lw::fail(key.error());
    auto token = readSecret(*key);
    if (!token && token.error().kind != AppError::Kind::NotFound)
        return lw::fail(token.error());
    auto *client = new HireClient(m_http.get(), *gate, account->baseUrl, accountId);
    if (token) {
        client->setToken(*token);
        m_tokens.insert(accountId, *token);
    }
    m_hire.insert(accountId, client);
    return client;
}

Result<MarketAccount, AppError> CliSession::onlyAccount(MarketKind kind, const QString &name)
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

Result<HireClient *, AppError> CliSession::hire(const QString &name)
{
    auto account = onlyAccount(MarketKind::AiForHire, name);
    if (!account)
        return lw::fail(account.error());
    return hireById(account->id);
}

Result<ProofLayerClient *, AppError> CliSession::proofLayer(const QString &name)
{
    auto account = onlyAccount(MarketKind::ProofLayer, name);
    if (!account)
        return lw::fail(account.error());
    if (ProofLayerClient *c = m_proofLayer.value(account->id))
        return c;
    auto gate = this->gate();
    if (!gate)
        return lw::fail(gate.error());
    auto *client = new ProofLayerClient(m_http.get(), *gate, account->baseUrl, account->id, this);
    m_proofLayer.insert(account->id, client);
    return client;
}

Result<ToolsClient *, AppError> CliSession::toolsById(qint64 accountId)
{
    if (ToolsClient *c = m_tools.value(accountId))
        return c;
    auto account = m_accounts->accountById(accountId);
    if (!account)
        return lw::fail(account.error());
    if (account->kind != MarketKind::L402Tools)
        return lw::fail(
            AppError::make(AppError::Kind::Invalid,
                           Text::tr("Account \"%1\" is not a tools account.").arg(account->name)));
    auto gate = this->gate();
    if (!gate)
        return lw::fail(gate.error());
    auto *client = new ToolsClient(m_http.get(), *gate, account->baseUrl, accountId, this);
    client->setFollowups(m_toolFollowups.get());
    m_tools.insert(accountId, client);
    return client;
}

Result<bool, AppError> CliSession::saveToken(qint64 accountId, const QByteArray &token)
{
    auto key = m_accounts->accountSecretKey(accountId);
    if (!key)
        return lw::fail(key.error());
    auto written = writeSecret(*key, token);
    if (!written)
        return written;
    m_tokens.insert(accountId, token);
    if (HireClient *c = m_hire.value(accountId))
        c->setToken(token);
    return true;
}

} // namespace lw::cli
