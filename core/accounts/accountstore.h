// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "lightning/millisats.h"
#include "lightning/network.h"
#include "net/apperror.h"
#include "pay/spendingpolicy.h"
#include "store/database.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrl>

#include <optional>

namespace lw {

//! The markets Lightwork speaks to.
enum class MarketKind { AiForHire, ProofLayer, L402Tools };
QString marketKindName(MarketKind kind); //!< "402ai", "prooflayer", "tools"
std::optional<MarketKind> marketKindFromName(QStringView name);

//! A set of market accounts and wallet connections with its own spending limits.
struct Profile {
    qint64 id = 0;
    QString name;
    SpendingLimits limits;
    qint64 createdAtMs = 0;
};

//! A market account. Its credential (402ai X-Token, …) is in the keychain, never here.
struct MarketAccount {
    qint64 id = 0;
    qint64 profileId = 0;
    QString name;
    MarketKind kind = MarketKind::AiForHire;
    QUrl baseUrl;
    QString remoteId; //!< the market's own account id once known
    qint64 createdAtMs = 0;
};

//! A wallet connection: kind and non-secret settings (URL, pinned certificate); its password,
//! macaroon, rune or NWC secret is in the keychain under secretKey().
struct WalletConnection {
    qint64 id = 0;
    qint64 profileId = 0;
    QString name;
    QString kind; //!< Wallet::kind(): "phoenixd", …
    Network network = Network::Mainnet;
    QJsonObject settings;
    bool isDefault = false;
    qint64 createdAtMs = 0;
};

//! Profiles, market accounts and wallet connections in the app's SQLite file. Secrets are
//! named here (so every part of the app agrees on the keys) but stored by a SecretStore. The
//! keys carry the data folder's own random id, so two data folders never share an entry.
class AccountStore {
public:
    explicit AccountStore(const Database &db);

    //! Schema steps, numbered from 1 within this store; store/appschema.h places them.
    static QList<Migration> migrations();

    //! The data folder's random id, created on first use.
    Result<QString, AppError> installationId() const;
    Result<QString, AppError> accountSecretKey(qint64 accountId) const;
    Result<QString, AppError> walletSecretKey(qint64 walletId) const;
    Result<QString, AppError> dataKeyName() const;

    Result<Profile, AppError> addProfile(const QString &name);
    Result<QList<Profile>, AppError> profiles() const;
    Result<std::optional<Profile>, AppError> profile(const QString &name) const;
    Result<Profile, AppError> profileById(qint64 id) const;
    //! The profile commands act on: the one chosen last, or "default" (created on demand).
    Result<Profile, AppError> currentProfile() const;
    Result<bool, AppError> setCurrentProfile(qint64 profileId) const;
    Result<bool, AppError> setLimits(qint64 profileId, const SpendingLimits &limits) const;
    Result<bool, AppError> removeProfile(qint64 profileId) const;

    Result<MarketAccount, AppError> addAccount(const MarketAccount &account) const;
    Result<QList<MarketAccount>, AppError> accounts(qint64 profileId) const;
    Result<std::optional<MarketAccount>, AppError> account(qint64 profileId,
                                                           const QString &name) const;
    Result<MarketAccount, AppError> accountById(qint64 id) const;
    Result<bool, AppError> setRemoteId(qint64 accountId, const QString &remoteId) const;
    Result<bool, AppError> removeAccount(qint64 accountId) const;

    //! The first wallet of a profile becomes its default.
    Result<WalletConnection, AppError> addWallet(const WalletConnection &wallet) const;
    Result<QList<WalletConnection>, AppError> wallets(qint64 profileId) const;
    Result<std::optional<WalletConnection>, AppError> wallet(qint64 profileId,
                                                             const QString &name) const;
    Result<std::optional<WalletConnection>, AppError> defaultWallet(qint64 profileId) const;
    Result<bool, AppError> setDefaultWallet(qint64 profileId, qint64 walletId) const;
    Result<bool, AppError> removeWallet(qint64 walletId) const;

    //! A setting of one profile (auto top-up, polling, notifications) by key; empty when it
    //! was never set. Removed with its profile.
    Result<QString, AppError> profileSetting(qint64 profileId, const QString &key) const;
    Result<bool, AppError> setProfileSetting(qint64 profileId, const QString &key,
                                             const QString &value) const;

private:
    Result<QString, AppError> meta(const QString &key) const;
    Result<bool, AppError> setMeta(const QString &key, const QString &value) const;

    const Database &m_db;
};

} // namespace lw
