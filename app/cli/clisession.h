// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "enginesession.h"
#include "markets/aiforhire/hireclient.h"
#include "markets/prooflayer/prooflayerclient.h"
#include "markets/tools/toolsclient.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QObject>

#include <memory>
#include <optional>

namespace lw::cli {

//! Options every command that touches the data folder accepts.
struct GlobalOptions {
    QString dataDir;     //!< --data, else $LIGHTWORK_DATA, else the platform's app data folder
    QString profileName; //!< --profile, else the current profile
    bool json = false;   //!< --json: results as JSON on stdout
    bool yes = false;    //!< --yes: no confirmation prompt (the caps still apply)
    std::optional<MilliSats> maxSats; //!< --max-sats: a hard cap on any one payment
    bool sessionOnly = false; //!< --session-only: secrets in memory, gone when the command ends
};

//! Adds the global options to a command's parser and reads them back.
class GlobalOptionSet {
public:
    void addTo(QCommandLineParser &parser);
    //! Errors are usage errors (bad --max-sats).
    Result<GlobalOptions, QString> read(const QCommandLineParser &parser) const;

private:
    QCommandLineOption m_data{QStringLiteral("data"), QString(), QStringLiteral("dir")};
    QCommandLineOption m_profile{QStringLiteral("profile"), QString(), QStringLiteral("name")};
    QCommandLineOption m_json{QStringLiteral("json")};
    QCommandLineOption m_yes{QStringLiteral("yes")};
    QCommandLineOption m_maxSats{QStringLiteral("max-sats"), QString(), QStringLiteral("sats")};
    QCommandLineOption m_sessionOnly{QStringLiteral("session-only")};
};

//! One command's view of the engine: an EngineSession over the data folder, plus what only a
//! terminal has (the options, the probed keychain's advice, the confirmation prompt, the QR
//! codes of a phone wallet). The engine answers with futures; a command does one thing at a
//! time, so these wait for them. Everything a command does goes through here, so every command
//! pays, journals and keeps secrets the same way.
class CliSession : public QObject {
    Q_OBJECT

public:
    //! Opens the data folder and the keychain (probed). Errors carry the exit code to use.
    static Result<std::unique_ptr<CliSession>, AppError> open(const GlobalOptions &options);
    ~CliSession() override;

    const GlobalOptions &options() const { return m_options; }
    bool json() const { return m_options.json; }
    EngineSession &engine() { return *m_engine; }
    AccountStore &accounts() { return m_engine->accounts(); }
    const Database &database() const { return m_engine->database(); }
    PaymentJournal &journal() { return m_engine->journal(); }
    ToolFollowups &toolFollowups() { return m_engine->toolFollowups(); }
    HttpClient &http() { return m_engine->http(); }
    const Profile &profile() const { return m_engine->profile(); }

    // Secrets, synchronously (the CLI waits anyway). Never printed, never logged.
    Result<QByteArray, AppError> readSecret(const QString &key);
    Result<bool, AppError> writeSecret(const QString &key, const QByteArray &value);
    Result<bool, AppError> removeSecret(const QString &key);

    //! A wallet for a stored connection, its secret read from the keychain.
    Result<std::unique_ptr<Wallet>, AppError> makeWallet(const WalletConnection &connection);
    //! The profile's default wallet and the gate over it, made on first use.
    Result<PaymentGate *, AppError> gate();
    //! The profile's wallet, or an error saying there is none.
    Result<Wallet *, AppError> requireWallet();

    //! The named 402ai account of the profile (or its only one when `name` is empty), with its
    //! token loaded from the keychain when it has one.
    Result<HireClient *, AppError> hire(const QString &name);
    //! The same by id (for resuming journal entries).
    Result<HireClient *, AppError> hireById(qint64 accountId);
    //! The named ProofLayer account of the profile (or its only one). ProofLayer keeps no
    //! secret: the worker id is the account's remote id.
    Result<ProofLayerClient *, AppError> proofLayer(const QString &name);
    //! A tools account's client by id (for resuming its jobs and refunds), keeping follow-ups.
    Result<ToolsClient *, AppError> toolsById(qint64 accountId);
    //! Stores a new account token in the keychain (read back before use).
    Result<bool, AppError> saveToken(qint64 accountId, const QByteArray &token);

private:
    explicit CliSession(const GlobalOptions &options);
    Result<bool, AppError> start();
    QFuture<bool> confirm(const PaymentPrompt &prompt);

    GlobalOptions m_options;
    std::unique_ptr<EngineSession> m_engine;
    std::unique_ptr<QObject> m_qrPrompt; //!< shows a phone wallet's QR codes in the terminal
};

} // namespace lw::cli
