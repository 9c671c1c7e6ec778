// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accounts/accountstore.h"
#include "enginesecrets.h"
#include "markets/tools/toolfollowups.h"
#include "net/httpclient.h"
#include "pay/paymentclaims.h"
#include "pay/paymentgate.h"
#include "pay/paymentjournal.h"
#include "secrets/secretbox.h"
#include "store/database.h"
#include "wallet.h"

#include <QFuture>
#include <QNetworkAccessManager>
#include <QObject>

#include <memory>
#include <optional>
#include <vector>

namespace lw {

class HireClient;
class MarketClients;
class ProofLayerClient;
class QrWallet;
class ToolsClient;

//! Where the engine keeps its state and which profile it acts in.
struct EngineOptions {
    QString dataDir;                  //!< holds lightwork.sqlite3; created private (0700)
    QString profileName;              //!< empty: the current profile
    std::optional<MilliSats> maxSats; //!< a hard cap on any one payment, below the profile's
};

//! The engine wired for one data folder and one profile: the database with its migrations, the
//! secrets, the sealed payment journal, and (on first use) the profile's default wallet, the
//! payment gate over it and the market clients. The CLI and the GUI both act through it, so
//! both pay, journal and keep secrets the same way. Everything that may wait on the keychain
//! or the network answers with a future; nothing here blocks the thread.
class EngineSession : public QObject {
    Q_OBJECT

public:
    template <typename T>
    using Outcome = Result<T, AppError>;

    explicit EngineSession(EngineOptions options, QObject *parent = nullptr);
    ~EngineSession() override;

    //! The data folder the CLI and the app share: $LIGHTWORK_DATA, else "lightwork" in the
    //! platform's data folder (~/.local/share/lightwork), whatever the program's own name.
    static QString defaultDataDir();
    //! The payment-claims label of a connection's wallet: one per node connection, and "qr" for
    //! every phone (one payer whichever connection shows it).
    static QString claimLabel(const WalletConnection &connection);

    //! Opens the data folder (creating it), the database, the journal's data key from
    //! `secrets` and the profile. `secrets` should be probed already: its errors are reported
    //! as they come.
    QFuture<Outcome<bool>> open(std::unique_ptr<SecretStore> secrets);

    const EngineOptions &options() const { return m_options; }
    AccountStore &accounts() { return *m_accounts; }
    const Database &database() const { return *m_db; }
    PaymentJournal &journal() { return *m_journal; }
    ToolFollowups &toolFollowups() { return *m_toolFollowups; }
    HttpClient &http() { return *m_http; }
    EngineSecrets &secrets() { return *m_secrets; }
    const Profile &profile() const { return m_profile; }
    //! The profile's limits as just saved: the gate decides by them from the next payment on,
    //! without being rebuilt (a payment under way is not disturbed).
    void setLimits(const SpendingLimits &limits);
    //! A journaled payment may have left the wallet and is not settled yet
    //! (mayHaveLeftWallet): what it was for is Pending, never Failed.
    bool hasUnsettledPayment() const;

    //! Acts in another profile from now on: its wallet, gate and clients are made afresh on
    //! first use. Clients handed out before are deleted; profileChanged() says so.
    Outcome<bool> switchProfile(qint64 profileId);

    //! Asked before a payment above the profile's threshold. Without one, such payments are
    //! refused.
    void setConfirmer(PaymentGate::Confirmer confirmer) { m_confirmer = std::move(confirmer); }

    //! The stored secret of a connection (empty for kinds that have none).
    QFuture<Outcome<QByteArray>> walletSecret(const WalletConnection &connection);
    //! A wallet for a stored connection and its secret.
    Outcome<std::unique_ptr<Wallet>> createWallet(const WalletConnection &connection,
                                                  const QByteArray &secret);

    //! The profile's default wallet and the gate over it, made on first use.
    QFuture<Outcome<PaymentGate *>> gate();
    //! The profile's wallet once gate() made it (null when it has none).
    Wallet *wallet() const { return m_wallet.get(); }
    //! The profile's wallet, or an error saying there is none.
    QFuture<Outcome<Wallet *>> requireWallet();

    //! The named 402ai account of the profile (or its only one when `name` is empty), with its
    //! token loaded from the keychain when it has one.
    QFuture<Outcome<HireClient *>> hire(const QString &name);
    //! The same by id (for resuming journal entries).
    QFuture<Outcome<HireClient *>> hireById(qint64 accountId);
    //! The named ProofLayer account of the profile (or its only one). ProofLayer keeps no
    //! secret: the worker id is the account's remote id.
    QFuture<Outcome<ProofLayerClient *>> proofLayer(const QString &name);
    //! A tools account's client by id (for resuming its jobs and refunds), keeping follow-ups.
    QFuture<Outcome<ToolsClient *>> toolsById(qint64 accountId);
    //! Stores a new account token in the keychain (read back before use).
    QFuture<Outcome<bool>> saveToken(qint64 accountId, const QByteArray &token);
    //! The profile's one account of `kind` named `name` (any name when empty).
    Outcome<MarketAccount> onlyAccount(MarketKind kind, const QString &name);

Q_SIGNALS:
    //! The profile's wallet is a phone paid by QR code: its offers are to be shown.
    void phoneWalletReady(QrWallet *wallet);
    void profileChanged();

private:
    Outcome<bool> start(const SecretBox &box);
    Outcome<PaymentGate *> buildGate(const std::optional<WalletConnection> &connection,
                                     const QByteArray &secret);
    //! Drops the wallet, the gate and the clients made for the profile. While the gate is
    //! paying (PaymentGate::running) they are kept aside until it is idle, unless `now`.
    void unwire(bool now = false);
    //! The profile's limits with the --max-sats cap of this run applied.
    SpendingLimits cappedLimits() const;

    EngineOptions m_options;
    QNetworkAccessManager m_network;
    std::unique_ptr<HttpClient> m_http;
    std::unique_ptr<EngineSecrets> m_secrets;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<AccountStore> m_accounts;
    std::optional<SecretBox> m_box;
    std::unique_ptr<PaymentJournal> m_journal;
    std::unique_ptr<ToolFollowups> m_toolFollowups;
    Profile m_profile;
    PaymentGate::Confirmer m_confirmer;
    std::unique_ptr<Wallet> m_wallet;
    std::unique_ptr<PaymentClaims> m_claims;
    std::unique_ptr<PaymentGate> m_gate;
    std::optional<QFuture<Outcome<PaymentGate *>>> m_pendingGate;
    quint64 m_wiring = 0; //!< counts profile switches, so a late answer is not wired in
    std::unique_ptr<MarketClients> m_clients;
    //! A previous profile's gate still paying, with what it pays through (see unwire).
    struct Retired;
    std::vector<std::unique_ptr<Retired>> m_retired;
};

} // namespace lw
