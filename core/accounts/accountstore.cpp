// SPDX-License-Identifier: GPL-3.0-or-later
#include "accounts/accountstore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSqlQuery>

namespace lw {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(AccountStore)
};

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

AppError notFound(const QString &what)
{
    return AppError::make(AppError::Kind::NotFound, what);
}

const QString profileColumns = QStringLiteral(
    "id, name, confirm_above_msat, daily_cap_msat, per_payment_cap_msat, max_fee_msat, "
    "created_at_ms");
const QString accountColumns =
    QStringLiteral("id, profile_id, name, kind, base_url, remote_id, created_at_ms");
const QString walletColumns =
    QStringLiteral("id, profile_id, name, kind, network, settings, is_default, created_at_ms");

Profile readProfile(const QSqlQuery &q)
{
    Profile p;
    p.id = q.value(0).toLongLong();
    p.name = q.value(1).toString();
    p.limits.confirmAbove = MilliSats(q.value(2).toLongLong());
    p.limits.dailyCap = MilliSats(q.value(3).toLongLong());
    p.limits.perPaymentCap = MilliSats(q.value(4).toLongLong());
    p.limits.maxRoutingFee = MilliSats(q.value(5).toLongLong());
    p.createdAtMs = q.value(6).toLongLong();
    return p;
}

MarketAccount readAccount(const QSqlQuery &q)
{
    MarketAccount a;
    a.id = q.value(0).toLongLong();
    a.profileId = q.value(1).toLongLong();
    a.name = q.value(2).toString();
    a.kind = marketKindFromName(q.value(3).toString()).value_or(MarketKind::AiForHire);
    a.baseUrl = QUrl(q.value(4).toString());
    a.remoteId = q.value(5).toString();
    a.createdAtMs = q.value(6).toLongLong();
    return a;
}

WalletConnection readWallet(const QSqlQuery &q)
{
    WalletConnection w;
    w.id = q.value(0).toLongLong();
    w.profileId = q.value(1).toLongLong();
    w.name = q.value(2).toString();
    w.kind = q.value(3).toString();
    w.network = networkFromName(q.value(4).toString()).value_or(Network::Mainnet);
    w.settings = QJsonDocument::fromJson(q.value(5).toString().toUtf8()).object();
    w.isDefault = q.value(6).toBool();
    w.createdAtMs = q.value(7).toLongLong();
    return w;
}

template <typename T, typename Reader>
Result<QList<T>, AppError> readRows(Result<QSqlQuery, AppError> q, Reader reader)
{
    if (!q)
        return fail(q.error());
    QList<T> out;
    while (q->next())
        out.append(reader(*q));
    return out;
}

template <typename T, typename Reader>
Result<std::optional<T>, AppError> readOne(Result<QSqlQuery, AppError> q, Reader reader)
{
    if (!q)
        return fail(q.error());
    if (!q->next())
        return std::optional<T>();
    return std::optional<T>(reader(*q));
}

Result<bool, AppError> changed(Result<QSqlQuery, AppError> q)
{
    if (!q)
        return fail(q.error());
    return q->numRowsAffected() > 0;
}

//! Qt binds a null QString as SQL NULL: text columns are NOT NULL, so bind '' instead.
QString text(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

//! A UNIQUE violation means the name is taken; anything else is reported as it is.
AppError insertError(const AppError &e, const QString &taken)
{
    if (!e.serverMessage.contains(u"UNIQUE"))
        return e;
    return AppError::make(AppError::Kind::Conflict, taken);
}

bool isValidName(const QString &name)
{
    if (name.isEmpty() || name.size() > 64)
        return false;
    for (QChar c : name)
        if (!(c.isLetterOrNumber() || c == u'-' || c == u'_' || c == u'.'))
            return false;
    return true;
}

AppError badName(const QString &name)
{
    return AppError::make(AppError::Kind::Invalid,
                          Text::tr("\"%1\" is not a usable name: use 1 to 64 letters, digits, "
                                   "'-', '_' or '.'.")
                              .arg(name.left(80)));
}

} // namespace

QString marketKindName(MarketKind kind)
{
    switch (kind) {
    case MarketKind::AiForHire:
        return QStringLiteral("402ai");
    case MarketKind::ProofLayer:
        return QStringLiteral("prooflayer");
    case MarketKind::L402Tools:
        return QStringLiteral("tools");
    }
    return {};
}

std::optional<MarketKind> marketKindFromName(QStringView name)
{
    for (MarketKind k : {MarketKind::AiForHire, MarketKind::ProofLayer, MarketKind::L402Tools})
        if (name == marketKindName(k))
            return k;
    return std::nullopt;
}

AccountStore::AccountStore(const Database &db)
    : m_db(db)
{}

QList<Migration> AccountStore::migrations()
{
    return {{1,
             {QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
              QStringLiteral("CREATE TABLE profiles ("
                             " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                             " name TEXT NOT NULL UNIQUE,"
                             " confirm_above_msat INTEGER NOT NULL,"
                             " daily_cap_msat INTEGER NOT NULL,"
                             " per_payment_cap_msat INTEGER NOT NULL,"
                             " max_fee_msat INTEGER NOT NULL,"
                             " created_at_ms INTEGER NOT NULL)"),
              QStringLiteral("CREATE TABLE market_accounts ("
                             " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                             " profile_id INTEGER NOT NULL REFERENCES profiles(id) ON DELETE "
                             "CASCADE,"
                             " name TEXT NOT NULL,"
                             " kind TEXT NOT NULL,"
                             " base_url TEXT NOT NULL,"
                             " remote_id TEXT NOT NULL DEFAULT '',"
                             " created_at_ms INTEGER NOT NULL,"
                             " UNIQUE (profile_id, name))"),
              QStringLiteral("CREATE TABLE wallet_connections ("
                             " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                             " profile_id INTEGER NOT NULL REFERENCES profiles(id) ON DELETE "
                             "CASCADE,"
                             " name TEXT NOT NULL,"
                             " kind TEXT NOT NULL,"
                             " network TEXT NOT NULL,"
                             " settings TEXT NOT NULL,"
                             " is_default INTEGER NOT NULL DEFAULT 0,"
                             " created_at_ms INTEGER NOT NULL,"
                             " UNIQUE (profile_id, name))")}},
            {2,
             {QStringLiteral("CREATE TABLE profile_settings ("
                             " profile_id INTEGER NOT NULL REFERENCES profiles(id) ON DELETE "
                             "CASCADE,"
                             " key TEXT NOT NULL,"
                             " value TEXT NOT NULL,"
                             " PRIMARY KEY (profile_id, key))")}}};
}

Result<QString, AppError> AccountStore::meta(const QString &key) const
{
    auto q = m_db.exec(QStringLiteral("SELECT value FROM meta WHERE key = ?"), {key});
    if (!q)
        return fail(q.error());
    return q->next() ? q->value(0).toString() : QString();
}

Result<bool, AppError> AccountStore::setMeta(const QString &key, const QString &value) const
{
    return changed(
        m_db.exec(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?) "
                                 "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                  {key, value}));
}

Result<QString, AppError> AccountStore::installationId() const
{
    auto id = meta(QStringLiteral("installation_id"));
    if (!id || !id->isEmpty())
        return id;
    QByteArray random(16, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(random.data()),
                                          random.size() / 4);
    // INSERT OR IGNORE: a second process racing here keeps the first id.
    auto q = m_db.exec(QStringLiteral("INSERT OR IGNORE INTO meta (key, value) VALUES (?, ?)"),
                       {QStringLiteral("installation_id"), QString::fromLatin1(random.toHex())});
    if (!q)
        return fail(q.error());
    return meta(QStringLiteral("installation_id"));
}

Result<QString, AppError> AccountStore::accountSecretKey(qint64 accountId) const
{
    auto id = installationId();
    if (!id)
        return id;
    return QString(*id + u"/account/" + QString::number(accountId) + u"/token");
}

Result<QString, AppError> AccountStore::walletSecretKey(qint64 walletId) const
{
    auto id = installationId();
    if (!id)
        return id;
    return QString(*id + u"/wallet/" + QString::number(walletId) + u"/secret");
}

Result<QString, AppError> AccountStore::dataKeyName() const
{
    auto id = installationId();
    if (!id)
        return id;
    return QString(*id + u"/journal-data-key");
}

Result<Profile, AppError> AccountStore::addProfile(const QString &name)
{
    if (!isValidName(name))
        return fail(badName(name));
    const SpendingLimits d;
    auto q = m_db.exec(QStringLiteral("INSERT INTO profiles (name, confirm_above_msat, "
                                      "daily_cap_msat, per_payment_cap_msat, max_fee_msat, "
                                      "created_at_ms) VALUES (?, ?, ?, ?, ?, ?)"),
                       {name, d.confirmAbove.msat(), d.dailyCap.msat(), d.perPaymentCap.msat(),
                        d.maxRoutingFee.msat(), nowMs()});
    if (!q)
        return fail(
            insertError(q.error(), Text::tr("A profile named \"%1\" exists already.").arg(name)));
    return profileById(q->lastInsertId().toLongLong());
}

Result<QList<Profile>, AppError> AccountStore::profiles() const
{
    return readRows<Profile>(m_db.exec(u"SELECT " + profileColumns + u" FROM profiles ORDER BY id"),
                             readProfile);
}

Result<std::optional<Profile>, AppError> AccountStore::profile(const QString &name) const
{
    return readOne<Profile>(
        m_db.exec(u"SELECT " + profileColumns + u" FROM profiles WHERE name = ?", {name}),
        readProfile);
}

Result<Profile, AppError> AccountStore::profileById(qint64 id) const
{
    auto p = readOne<Profile>(
        m_db.exec(u"SELECT " + profileColumns + u" FROM profiles WHERE id = ?", {id}), readProfile);
    if (!p)
        return fail(p.error());
    if (!*p)
        return fail(notFound(Text::tr("No profile %1.").arg(id)));
    return **p;
}

Result<Profile, AppError> AccountStore::currentProfile() const
{
    auto chosen = meta(QStringLiteral("current_profile"));
    if (!chosen)
        return fail(chosen.error());
    if (!chosen->isEmpty()) {
        auto p = profileById(chosen->toLongLong());
        if (p)
            return p;
    }
    auto fallback = profile(QStringLiteral("default"));
    if (!fallback)
        return fail(fallback.error());
    if (*fallback)
        return **fallback;
    return const_cast<AccountStore *>(this)->addProfile(QStringLiteral("default"));
}

Result<bool, AppError> AccountStore::setCurrentProfile(qint64 profileId) const
{
    return setMeta(QStringLiteral("current_profile"), QString::number(profileId));
}

Result<bool, AppError> AccountStore::setLimits(qint64 profileId, const SpendingLimits &l) const
{
    return changed(m_db.exec(QStringLiteral("UPDATE profiles SET confirm_above_msat = ?, "
                                            "daily_cap_msat = ?, per_payment_cap_msat = ?, "
                                            "max_fee_msat = ? WHERE id = ?"),
                             {l.confirmAbove.msat(), l.dailyCap.msat(), l.perPaymentCap.msat(),
                              l.maxRoutingFee.msat(), profileId}));
}

Result<bool, AppError> AccountStore::removeProfile(qint64 profileId) const
{
    return changed(m_db.exec(QStringLiteral("DELETE FROM profiles WHERE id = ?"), {profileId}));
}

Result<MarketAccount, AppError> AccountStore::addAccount(const MarketAccount &a) const
{
    if (!isValidName(a.name))
        return fail(badName(a.name));
    auto q = m_db.exec(QStringLiteral("INSERT INTO market_accounts (profile_id, name, kind, "
                                      "base_url, remote_id, created_at_ms) VALUES (?, ?, ?, ?, "
                                      "?, ?)"),
                       {a.profileId, a.name, marketKindName(a.kind),
                        a.baseUrl.toString(QUrl::FullyEncoded), text(a.remoteId), nowMs()});
    if (!q)
        return fail(insertError(
            q.error(),
            Text::tr("An account named \"%1\" exists already in this profile.").arg(a.name)));
    return accountById(q->lastInsertId().toLongLong());
}

Result<QList<MarketAccount>, AppError> AccountStore::accounts(qint64 profileId) const
{
    return readRows<MarketAccount>(m_db.exec(u"SELECT " + accountColumns
                                                 + u" FROM market_accounts WHERE profile_id = ? "
                                                   u"ORDER BY id",
                                             {profileId}),
                                   readAccount);
}

Result<std::optional<MarketAccount>, AppError> AccountStore::account(qint64 profileId,
                                                                     const QString &name) const
{
    return readOne<MarketAccount>(m_db.exec(u"SELECT " + accountColumns
                                                + u" FROM market_accounts WHERE profile_id = ? "
                                                  u"AND name = ?",
                                            {profileId, name}),
                                  readAccount);
}

Result<MarketAccount, AppError> AccountStore::accountById(qint64 id) const
{
    auto a = readOne<MarketAccount>(
        m_db.exec(u"SELECT " + accountColumns + u" FROM market_accounts WHERE id = ?", {id}),
        readAccount);
    if (!a)
        return fail(a.error());
    if (!*a)
        return fail(notFound(Text::tr("No account %1.").arg(id)));
    return **a;
}

Result<bool, AppError> AccountStore::setRemoteId(qint64 accountId, const QString &remoteId) const
{
    return changed(
        m_db.exec(QStringLiteral("UPDATE market_accounts SET remote_id = ? WHERE id = ?"),
                  {text(remoteId), accountId}));
}

Result<bool, AppError> AccountStore::removeAccount(qint64 accountId) const
{
    return changed(
        m_db.exec(QStringLiteral("DELETE FROM market_accounts WHERE id = ?"), {accountId}));
}

Result<WalletConnection, AppError> AccountStore::addWallet(const WalletConnection &w) const
{
    if (!isValidName(w.name))
        return fail(badName(w.name));
    auto existing = defaultWallet(w.profileId);
    if (!existing)
        return fail(existing.error());
    auto q = m_db.exec(QStringLiteral("INSERT INTO wallet_connections (profile_id, name, kind, "
                                      "network, settings, is_default, created_at_ms) VALUES (?, "
                                      "?, ?, ?, ?, ?, ?)"),
                       {w.profileId, w.name, w.kind, networkName(w.network),
                        QString::fromUtf8(QJsonDocument(w.settings).toJson(QJsonDocument::Compact)),
                        !existing->has_value(), nowMs()});
    if (!q)
        return fail(insertError(
            q.error(),
            Text::tr("A wallet named \"%1\" exists already in this profile.").arg(w.name)));
    auto added = readOne<WalletConnection>(
        m_db.exec(u"SELECT " + walletColumns + u" FROM wallet_connections WHERE id = ?",
                  {q->lastInsertId()}),
        readWallet);
    if (!added)
        return fail(added.error());
    return **added;
}

Result<QList<WalletConnection>, AppError> AccountStore::wallets(qint64 profileId) const
{
    return readRows<WalletConnection>(m_db.exec(u"SELECT " + walletColumns
                                                    + u" FROM wallet_connections WHERE "
                                                      u"profile_id = ? ORDER BY id",
                                                {profileId}),
                                      readWallet);
}

Result<std::optional<WalletConnection>, AppError> AccountStore::wallet(qint64 profileId,
                                                                       const QString &name) const
{
    return readOne<WalletConnection>(m_db.exec(u"SELECT " + walletColumns
                                                   + u" FROM wallet_connections WHERE "
                                                     u"profile_id = ? AND name = ?",
                                               {profileId, name}),
                                     readWallet);
}

Result<std::optional<WalletConnection>, AppError>
AccountStore::defaultWallet(qint64 profileId) const
{
    return readOne<WalletConnection>(m_db.exec(u"SELECT " + walletColumns
                                                   + u" FROM wallet_connections WHERE "
                                                     u"profile_id = ? ORDER BY is_default DESC, "
                                                     u"id LIMIT 1",
                                               {profileId}),
                                     readWallet);
}

Result<bool, AppError> AccountStore::setDefaultWallet(qint64 profileId, qint64 walletId) const
{
    // Only a wallet of this profile: any other id would clear the profile's default.
    return changed(m_db.exec(QStringLiteral("UPDATE wallet_connections SET is_default = (id = ?) "
                                            "WHERE profile_id = ? AND EXISTS (SELECT 1 FROM "
                                            "wallet_connections WHERE id = ? AND profile_id = ?)"),
                             {walletId, profileId, walletId, profileId}));
}

Result<bool, AppError> AccountStore::removeWallet(qint64 walletId) const
{
    auto removed = changed(
        m_db.exec(QStringLiteral("DELETE FROM wallet_connections WHERE id = ?"), {walletId}));
    if (!removed || !*removed)
        return removed;
    // The default removed: the wallet defaultWallet() now picks carries the flag.
    auto q = m_db.exec(QStringLiteral("UPDATE wallet_connections SET is_default = 1 WHERE id IN "
                                      "(SELECT MIN(id) FROM wallet_connections GROUP BY "
                                      "profile_id HAVING MAX(is_default) = 0)"));
    if (!q)
        return fail(q.error());
    return true;
}

Result<QString, AppError> AccountStore::profileSetting(qint64 profileId, const QString &key) const
{
    auto q = m_db.exec(
        QStringLiteral("SELECT value FROM profile_settings WHERE profile_id = ? AND key = ?"),
        {profileId, sqlText(key)});
    if (!q)
        return fail(q.error());
    return q->next() ? q->value(0).toString() : QString();
}

Result<bool, AppError> AccountStore::setProfileSetting(qint64 profileId, const QString &key,
                                                       const QString &value) const
{
    return changed(m_db.exec(QStringLiteral("INSERT INTO profile_settings (profile_id, key, value) "
                                            "VALUES (?, ?, ?) ON CONFLICT (profile_id, key) DO "
                                            "UPDATE SET value = excluded.value"),
                             {profileId, sqlText(key), sqlText(value)}));
}

} // namespace lw
