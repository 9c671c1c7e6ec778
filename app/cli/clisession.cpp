// SPDX-License-Identifier: GPL-3.0-or-later
#include "clisession.h"

#include "cliawait.h"
#include "output.h"
#include "qrprompt.h"
#include "secrets/keychainsecretstore.h"
#include "secrets/memorysecretstore.h"

#include <QCoreApplication>

#include <cstdio>
#include <iostream>
#include <string>

namespace lw::cli {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(CliSession)
};

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
    o.dataDir = parser.isSet(m_data) ? parser.value(m_data) : EngineSession::defaultDataDir();
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
    m_engine = std::make_unique<EngineSession>(
        EngineOptions{options.dataDir, options.profileName, options.maxSats});
    m_engine->setConfirmer([this](const PaymentPrompt &p) { return confirm(p); });
    QObject::connect(m_engine.get(), &EngineSession::phoneWalletReady, this,
                     [this](QrWallet *phone) { m_qrPrompt = std::make_unique<QrPrompt>(phone); });
}

CliSession::~CliSession()
{
    m_qrPrompt.reset();
    m_engine.reset();
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
    std::unique_ptr<SecretStore> secrets;
    if (m_options.sessionOnly) {
        secrets = std::make_unique<MemorySecretStore>();
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
        secrets = std::move(keychain);
    }
    return await(m_engine->open(std::move(secrets)));
}

Result<QByteArray, AppError> CliSession::readSecret(const QString &key)
{
    return await(m_engine->secrets().read(key));
}

Result<bool, AppError> CliSession::writeSecret(const QString &key, const QByteArray &value)
{
    return await(m_engine->secrets().write(key, value));
}

Result<bool, AppError> CliSession::removeSecret(const QString &key)
{
    return await(m_engine->secrets().remove(key));
}

Result<std::unique_ptr<Wallet>, AppError> CliSession::makeWallet(const WalletConnection &c)
{
    auto secret = await(m_engine->walletSecret(c));
    if (!secret)
        return lw::fail(secret.error());
    return m_engine->createWallet(c, *secret);
}

Result<PaymentGate *, AppError> CliSession::gate()
{
    return await(m_engine->gate());
}

Result<Wallet *, AppError> CliSession::requireWallet()
{
    return await(m_engine->requireWallet());
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

Result<HireClient *, AppError> CliSession::hireById(qint64 accountId)
{
    return await(m_engine->hireById(accountId));
}

Result<HireClient *, AppError> CliSession::hire(const QString &name)
{
    return await(m_engine->hire(name));
}

Result<ProofLayerClient *, AppError> CliSession::proofLayer(const QString &name)
{
    return await(m_engine->proofLayer(name));
}

Result<ToolsClient *, AppError> CliSession::toolsById(qint64 accountId)
{
    return await(m_engine->toolsById(accountId));
}

Result<bool, AppError> CliSession::saveToken(qint64 accountId, const QByteArray &token)
{
    return await(m_engine->saveToken(accountId, token));
}

} // namespace lw::cli
