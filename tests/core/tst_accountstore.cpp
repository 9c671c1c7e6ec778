// SPDX-License-Identifier: GPL-3.0-or-later
// AccountStore (profiles, market accounts, wallet connections and the secret key names) and
// appMigrations(), the app's schema, each test on a fresh SQLite file.
#include "accounts/accountstore.h"
#include "store/appschema.h"
#include "store/database.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace lw;
using namespace Qt::Literals::StringLiterals;

namespace {

std::unique_ptr<Database> openApp(const QString &path)
{
    auto opened = Database::open(path, appMigrations());
    if (!opened) {
        qWarning("%s", qPrintable(opened.error().describe()));
        return nullptr;
    }
    return std::move(*opened);
}

//! The first column of the first row, or an invalid QVariant when the query fails.
QVariant single(const Database &db, const QString &sql, const QVariantList &bindings = {})
{
    auto q = db.exec(sql, bindings);
    if (!q || !q->next())
        return {};
    return q->value(0);
}

qint64 count(const Database &db, const QString &sql, const QVariantList &bindings = {})
{
    const QVariant v = single(db, sql, bindings);
    return v.isValid() ? v.toLongLong() : -1;
}

QStringList tables(const Database &db)
{
    QStringList out;
    auto q = db.exec(u"SELECT name FROM sqlite_master WHERE type = 'table'"_s);
    while (q && q->next())
        out.append(q->value(0).toString());
    return out;
}

MarketAccount accountOf(qint64 profileId, const QString &name,
                        MarketKind kind = MarketKind::AiForHire,
                        const QString &url = u"https://402.example"_s)
{
    MarketAccount a;
    a.profileId = profileId;
    a.name = name;
    a.kind = kind;
    a.baseUrl = QUrl(url);
    return a;
}

WalletConnection walletOf(qint64 profileId, const QString &name, Network network = Network::Mainnet)
{
    WalletConnection w;
    w.profileId = profileId;
    w.name = name;
    w.kind = u"phoenixd"_s;
    w.network = network;
    w.settings = {{u"url"_s, u"https://phoenixd.example:9740"_s}};
    return w;
}

} // namespace

class TestAccountStore : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void migrationsFreshFile();
    void migrationsReopenAppliesNothingTwice();
    void migrationsNewerFileRefused();

    void installationIdShape();
    void installationIdStable();
    void installationIdPerFile();
    void secretKeyNames();

    void currentProfileCreatesDefaultOnce();
    void addProfileDuplicateConflicts();
    void names_data();
    void names();
    void setCurrentProfileSwitches();
    void limitsDefaultAndRoundTrip();
    void removeProfileCascades();

    void accountRoundTrip_data();
    void accountRoundTrip();
    void accountNameUniquePerProfile();
    void setRemoteId();
    void accountLookups();

    void walletDefaults();
    void walletRoundTrip();
    void walletNameUniquePerProfile();
    void removeDefaultWallet();
    void setDefaultWalletOfAnotherProfile();

    void marketKindNames_data();
    void marketKindNames();
    void marketKindUnknownNames();

private:
    QString path() const { return m_dir->filePath(u"lightwork.sqlite"_s); }
    //! Closes the file and opens it again, as a second run of the app would.
    bool reopen();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<AccountStore> m_store;
};

void TestAccountStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QVERIFY(reopen());
}

void TestAccountStore::cleanup()
{
    m_store.reset();
    m_db.reset();
    m_dir.reset();
}

bool TestAccountStore::reopen()
{
    m_store.reset();
    m_db.reset();
    m_db = openApp(path());
    if (!m_db)
        return false;
    m_store = std::make_unique<AccountStore>(*m_db);
    return true;
}

void TestAccountStore::migrationsFreshFile()
{
    const QList<Migration> steps = appMigrations();
    QCOMPARE(steps.size(), 2);
    QCOMPARE(steps.at(0).version, 1);
    QCOMPARE(steps.at(1).version, 2);
    QCOMPARE(steps.at(1).statements, AccountStore::migrations().constFirst().statements);

    QCOMPARE(m_db->schemaVersion(), 2);
    QCOMPARE(count(*m_db, u"PRAGMA user_version"_s), 2);
    const QStringList present = tables(*m_db);
    for (const QString &table : {u"payment_journal"_s, u"meta"_s, u"profiles"_s,
                                 u"market_accounts"_s, u"wallet_connections"_s})
        QVERIFY2(present.contains(table), qPrintable(table));
    QCOMPARE(count(*m_db, u"PRAGMA foreign_keys"_s), 1);
    // A fresh file holds no profile until one is asked for.
    QCOMPARE(count(*m_db, u"SELECT COUNT(*) FROM profiles"_s), 0);
}

void TestAccountStore::migrationsReopenAppliesNothingTwice()
{
    const auto work = m_store->addProfile(u"work"_s);
    QVERIFY(work);
    QVERIFY(m_store->addAccount(accountOf(work->id, u"main"_s)));
    // Steps are plain CREATE TABLE: running one again would fail the open.
    QVERIFY(reopen());
    QCOMPARE(m_db->schemaVersion(), 2);
    QCOMPARE(count(*m_db, u"SELECT COUNT(*) FROM profiles"_s), 1);
    QCOMPARE(m_store->profileById(work->id)->name, u"work"_s);
    QCOMPARE(m_store->accounts(work->id)->size(), 1);

    // A later step runs once, however often the file is opened.
    QList<Migration> later = appMigrations();
    later.append({3, {u"CREATE TABLE probe (n INTEGER)"_s, u"INSERT INTO probe VALUES (1)"_s}});
    m_store.reset();
    m_db.reset();
    for (int run = 0; run < 3; ++run) {
        auto opened = Database::open(path(), later);
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().describe()));
        QCOMPARE((*opened)->schemaVersion(), 3);
        QCOMPARE(count(**opened, u"SELECT COUNT(*) FROM probe"_s), 1);
        QCOMPARE(count(**opened, u"SELECT COUNT(*) FROM profiles"_s), 1);
    }
}

void TestAccountStore::migrationsNewerFileRefused()
{
    QVERIFY(m_store->addProfile(u"work"_s));
    QVERIFY(m_db->exec(u"PRAGMA user_version = 99"_s));
    QCOMPARE(m_db->schemaVersion(), 99);
    m_store.reset();
    m_db.reset();

    const auto refused = Database::open(path(), appMigrations());
    QVERIFY(!refused);
    QCOMPARE(refused.error().kind, AppError::Kind::Storage);
    QVERIFY2(refused.error().serverMessage.contains(u"99"),
             qPrintable(refused.error().serverMessage));

    // Refused, not touched: a build that knows schema 99 still finds the file as it was.
    QList<Migration> newer = appMigrations();
    newer.append(Migration{99, {}});
    auto opened = Database::open(path(), newer);
    QVERIFY(opened);
    QCOMPARE((*opened)->schemaVersion(), 99);
    QCOMPARE(single(**opened, u"SELECT name FROM profiles"_s).toString(), u"work"_s);
}

void TestAccountStore::installationIdShape()
{
    const auto id = m_store->installationId();
    QVERIFY(id);
    QVERIFY2(QRegularExpression(u"^[0-9a-f]{32}$"_s).match(*id).hasMatch(), qPrintable(*id));
    QVERIFY(*id != QString(32, u'0'));
    QCOMPARE(count(*m_db, u"SELECT COUNT(*) FROM meta WHERE key = 'installation_id'"_s), 1);
    QCOMPARE(single(*m_db, u"SELECT value FROM meta WHERE key = 'installation_id'"_s).toString(),
             *id);
}

void TestAccountStore::installationIdStable()
{
    const auto first = m_store->installationId();
    QVERIFY(first);
    QCOMPARE(*m_store->installationId(), *first);
    QCOMPARE(*AccountStore(*m_db).installationId(), *first);
    QVERIFY(reopen());
    QCOMPARE(*m_store->installationId(), *first);
    QCOMPARE(count(*m_db, u"SELECT COUNT(*) FROM meta WHERE key = 'installation_id'"_s), 1);
}

void TestAccountStore::installationIdPerFile()
{
    const auto here = m_store->installationId();
    QVERIFY(here);
    const auto otherDb = openApp(m_dir->filePath(u"other.sqlite"_s));
    QVERIFY(otherDb);
    const auto there = AccountStore(*otherDb).installationId();
    QVERIFY(there);
    QCOMPARE(there->size(), 32);
    QVERIFY(*there != *here);
}

void TestAccountStore::secretKeyNames()
{
    const auto id = m_store->installationId();
    QVERIFY(id);
    const auto account = m_store->accountSecretKey(7);
    const auto wallet = m_store->walletSecretKey(7);
    const auto dataKey = m_store->dataKeyName();
    QVERIFY(account);
    QVERIFY(wallet);
    QVERIFY(dataKey);
    // Released names: changing one would orphan the secrets already in users' keychains.
    QCOMPARE(*account, *id + u"/account/7/token"_s);
    QCOMPARE(*wallet, *id + u"/wallet/7/secret"_s);
    QCOMPARE(*dataKey, *id + u"/journal-data-key"_s);
    QVERIFY(*account != *wallet);
    QVERIFY(*account != *dataKey);
    QVERIFY(*wallet != *dataKey);
    QVERIFY(*m_store->accountSecretKey(8) != *account);
    QVERIFY(*m_store->walletSecretKey(8) != *wallet);
}

void TestAccountStore::currentProfileCreatesDefaultOnce()
{
    QVERIFY(m_store->profiles()->isEmpty());
    const auto first = m_store->currentProfile();
    QVERIFY(first);
    QCOMPARE(first->name, u"default"_s);
    QVERIFY(first->id > 0);
    const auto second = m_store->currentProfile();
    QVERIFY(second);
    QCOMPARE(second->id, first->id);
    QCOMPARE(m_store->profiles()->size(), 1);
    QCOMPARE(count(*m_db, u"SELECT COUNT(*) FROM profiles WHERE name = 'default'"_s), 1);
    QVERIFY(reopen());
    QCOMPARE(m_store->currentProfile()->id, first->id);
    QCOMPARE(count(*m_db, u"SELECT COUNT(*) FROM profiles"_s), 1);
}

void TestAccountStore::addProfileDuplicateConflicts()
{
    const auto work = m_store->addProfile(u"work"_s);
    QVERIFY(work);
    QCOMPARE(work->name, u"work"_s);
    const auto again = m_store->addProfile(u"work"_s);
    QVERIFY(!again);
    QCOMPARE(again.error().kind, AppError::Kind::Conflict);
    QVERIFY(again.error().message.contains(u"work"));
    QCOMPARE(m_store->profiles()->size(), 1);

    QVERIFY(m_store->currentProfile());
    const auto defaultAgain = m_store->addProfile(u"default"_s);
    QVERIFY(!defaultAgain);
    QCOMPARE(defaultAgain.error().kind, AppError::Kind::Conflict);
    QCOMPARE(m_store->profiles()->size(), 2);
}

void TestAccountStore::names_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("valid");
    QTest::newRow("one letter") << u"a"_s << true;
    QTest::newRow("64 chars") << QString(64, u'x') << true;
    QTest::newRow("digits and punctuation") << u"work-2_v1.5"_s << true;
    QTest::newRow("non-ASCII letters") << u"café"_s << true;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("empty, not null") << u""_s << false;
    QTest::newRow("65 chars") << QString(65, u'x') << false;
    QTest::newRow("slash") << u"a/b"_s << false;
    QTest::newRow("backslash") << u"a\\b"_s << false;
    QTest::newRow("space") << u"my work"_s << false;
    QTest::newRow("leading space") << u" work"_s << false;
    QTest::newRow("newline") << u"work\n"_s << false;
    QTest::newRow("colon") << u"a:b"_s << false;
    QTest::newRow("quote") << u"a\"b"_s << false;
    QTest::newRow("emoji") << u"a\U0001F642"_s << false;
}

void TestAccountStore::names()
{
    QFETCH(QString, name);
    QFETCH(bool, valid);
    const auto base = m_store->currentProfile();
    QVERIFY(base);

    const auto profile = m_store->addProfile(name);
    const auto account = m_store->addAccount(accountOf(base->id, name));
    const auto wallet = m_store->addWallet(walletOf(base->id, name));
    if (valid) {
        QVERIFY(profile);
        QCOMPARE(profile->name, name);
        QVERIFY(account);
        QCOMPARE(account->name, name);
        QVERIFY(wallet);
        QCOMPARE(wallet->name, name);
    } else {
        QVERIFY(!profile);
        QCOMPARE(profile.error().kind, AppError::Kind::Invalid);
        QVERIFY(!profile.error().message.isEmpty());
        QVERIFY(!account);
        QCOMPARE(account.error().kind, AppError::Kind::Invalid);
        QVERIFY(!wallet);
        QCOMPARE(wallet.error().kind, AppError::Kind::Invalid);
    }
    QCOMPARE(count(*m_db, u"SELECT COUNT(*) FROM profiles"_s), valid ? 2 : 1);
    QCOMPARE(count(*m_db, u"SELECT COUNT(*) FROM market_accounts"_s), valid ? 1 : 0);
    QCOMPARE(count(*m_db, u"SELECT COUNT(*) FROM wallet_connections"_s), valid ? 1 : 0);
}

void TestAccountStore::setCurrentProfileSwitches()
{
    const auto fallback = m_store->currentProfile();
    QVERIFY(fallback);
    const auto work = m_store->addProfile(u"work"_s);
    QVERIFY(work);
    QCOMPARE(m_store->currentProfile()->id, fallback->id);

    QVERIFY(*m_store->setCurrentProfile(work->id));
    QCOMPARE(m_store->currentProfile()->id, work->id);
    QVERIFY(reopen());
    QCOMPARE(m_store->currentProfile()->name, u"work"_s);

    QVERIFY(*m_store->setCurrentProfile(fallback->id));
    QCOMPARE(m_store->currentProfile()->id, fallback->id);

    // The chosen profile removed: commands fall back to "default", not to an error.
    QVERIFY(*m_store->setCurrentProfile(work->id));
    QVERIFY(*m_store->removeProfile(work->id));
    const auto after = m_store->currentProfile();
    QVERIFY(after);
    QCOMPARE(after->id, fallback->id);
    QCOMPARE(m_store->profiles()->size(), 1);
}

void TestAccountStore::limitsDefaultAndRoundTrip()
{
    const SpendingLimits defaults;
    const auto work = m_store->addProfile(u"work"_s);
    QVERIFY(work);
    for (const Profile &p : {*work, *m_store->currentProfile()}) {
        QCOMPARE(p.limits.confirmAbove.msat(), defaults.confirmAbove.msat());
        QCOMPARE(p.limits.dailyCap.msat(), defaults.dailyCap.msat());
        QCOMPARE(p.limits.perPaymentCap.msat(), defaults.perPaymentCap.msat());
        QCOMPARE(p.limits.maxRoutingFee.msat(), defaults.maxRoutingFee.msat());
    }

    SpendingLimits set;
    set.confirmAbove = MilliSats(1'001);
    set.dailyCap = MilliSats(2'100'000'000'000'000'000LL);
    set.perPaymentCap = MilliSats(3'003);
    set.maxRoutingFee = MilliSats(0);
    QVERIFY(*m_store->setLimits(work->id, set));
    QVERIFY(reopen());
    const auto read = m_store->profileById(work->id);
    QVERIFY(read);
    QCOMPARE(read->limits.confirmAbove.msat(), 1'001);
    QCOMPARE(read->limits.dailyCap.msat(), 2'100'000'000'000'000'000LL);
    QCOMPARE(read->limits.perPaymentCap.msat(), 3'003);
    QCOMPARE(read->limits.maxRoutingFee.msat(), 0);
    QCOMPARE(m_store->profile(u"work"_s)->value().limits.perPaymentCap.msat(), 3'003);

    // The other profile keeps its own limits.
    QCOMPARE(m_store->currentProfile()->limits.perPaymentCap.msat(), defaults.perPaymentCap.msat());
    QVERIFY(!*m_store->setLimits(work->id + 1000, set));
}

void TestAccountStore::removeProfileCascades()
{
    const auto gone = m_store->addProfile(u"gone"_s);
    const auto kept = m_store->addProfile(u"kept"_s);
    QVERIFY(gone);
    QVERIFY(kept);
    for (const auto &p : {*gone, *kept}) {
        QVERIFY(m_store->addAccount(accountOf(p.id, u"a1"_s)));
        QVERIFY(m_store->addAccount(accountOf(p.id, u"a2"_s, MarketKind::ProofLayer)));
        QVERIFY(m_store->addWallet(walletOf(p.id, u"w1"_s)));
        QVERIFY(m_store->addWallet(walletOf(p.id, u"w2"_s)));
    }
    QCOMPARE(count(*m_db, u"SELECT COUNT(*) FROM market_accounts"_s), 4);
    QCOMPARE(count(*m_db, u"SELECT COUNT(*) FROM wallet_connections"_s), 4);

    QVERIFY(*m_store->removeProfile(gone->id));
    QCOMPARE(m_store->profileById(gone->id).error().kind, AppError::Kind::NotFound);
    QVERIFY(!m_store->profile(u"gone"_s)->has_value());
    QVERIFY(m_store->accounts(gone->id)->isEmpty());
    QVERIFY(m_store->wallets(gone->id)->isEmpty());
    QCOMPARE(
        count(*m_db, u"SELECT COUNT(*) FROM market_accounts WHERE profile_id = ?"_s, {gone->id}),
        0);
    QCOMPARE(
        count(*m_db, u"SELECT COUNT(*) FROM wallet_connections WHERE profile_id = ?"_s, {gone->id}),
        0);

    QCOMPARE(m_store->accounts(kept->id)->size(), 2);
    QCOMPARE(m_store->wallets(kept->id)->size(), 2);
    QCOMPARE(count(*m_db, u"SELECT COUNT(*) FROM market_accounts"_s), 2);
    QCOMPARE(count(*m_db, u"SELECT COUNT(*) FROM wallet_connections"_s), 2);
    QVERIFY(!*m_store->removeProfile(gone->id));

    // Nothing can be added to a profile that is not there.
    const auto orphan = m_store->addAccount(accountOf(gone->id, u"a3"_s));
    QVERIFY(!orphan);
    QCOMPARE(orphan.error().kind, AppError::Kind::Storage);
}

void TestAccountStore::accountRoundTrip_data()
{
    QTest::addColumn<MarketKind>("kind");
    QTest::addColumn<QString>("kindName");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("remoteId");
    QTest::newRow("402ai, no remote id")
        << MarketKind::AiForHire << u"402ai"_s << u"https://402.example"_s << QString();
    QTest::newRow("prooflayer, path and query")
        << MarketKind::ProofLayer << u"prooflayer"_s
        << u"https://proof.example/api/v1/?ref=a%20b&x=1"_s << u"acct_123"_s;
    QTest::newRow("tools, loopback http with port")
        << MarketKind::L402Tools << u"tools"_s << u"http://127.0.0.1:8402/"_s
        << u"7f3e9c1a-0b2d-4c55-9a61-2f0e8d4b7c90"_s;
}

void TestAccountStore::accountRoundTrip()
{
    QFETCH(MarketKind, kind);
    QFETCH(QString, kindName);
    QFETCH(QString, url);
    QFETCH(QString, remoteId);
    const auto p = m_store->currentProfile();
    QVERIFY(p);

    MarketAccount in = accountOf(p->id, u"main"_s, kind, url);
    in.remoteId = remoteId;
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    const auto added = m_store->addAccount(in);
    const qint64 after = QDateTime::currentMSecsSinceEpoch();
    QVERIFY2(added, qPrintable(added ? QString() : added.error().describe()));
    QVERIFY(added->id > 0);
    QVERIFY(added->createdAtMs >= before && added->createdAtMs <= after);

    QVERIFY(reopen());
    const auto byId = m_store->accountById(added->id);
    const auto byName = m_store->account(p->id, u"main"_s);
    const auto listed = m_store->accounts(p->id);
    QVERIFY(byId);
    QVERIFY(byName && byName->has_value());
    QVERIFY(listed);
    QCOMPARE(listed->size(), 1);
    for (const MarketAccount &a : {*byId, **byName, listed->constFirst()}) {
        QCOMPARE(a.id, added->id);
        QCOMPARE(a.profileId, p->id);
        QCOMPARE(a.name, u"main"_s);
        QCOMPARE(a.kind, kind);
        QCOMPARE(a.baseUrl, QUrl(url));
        QCOMPARE(a.baseUrl.toString(QUrl::FullyEncoded), url);
        QCOMPARE(a.remoteId, remoteId.isNull() ? u""_s : remoteId);
        QCOMPARE(a.createdAtMs, added->createdAtMs);
    }
    QCOMPARE(
        single(*m_db, u"SELECT kind FROM market_accounts WHERE id = ?"_s, {added->id}).toString(),
        kindName);
    // An unknown remote id is an empty string, never NULL.
    QCOMPARE(
        single(*m_db, u"SELECT typeof(remote_id) FROM market_accounts WHERE id = ?"_s, {added->id})
            .toString(),
        u"text"_s);
}

void TestAccountStore::accountNameUniquePerProfile()
{
    const auto home = m_store->currentProfile();
    const auto work = m_store->addProfile(u"work"_s);
    QVERIFY(home);
    QVERIFY(work);
    const auto first = m_store->addAccount(accountOf(home->id, u"main"_s));
    QVERIFY(first);
    const auto again = m_store->addAccount(accountOf(home->id, u"main"_s, MarketKind::L402Tools));
    QVERIFY(!again);
    QCOMPARE(again.error().kind, AppError::Kind::Conflict);
    QVERIFY(again.error().message.contains(u"main"));
    QCOMPARE(m_store->accounts(home->id)->size(), 1);
    QCOMPARE(m_store->accountById(first->id)->kind, MarketKind::AiForHire);

    const auto elsewhere = m_store->addAccount(accountOf(work->id, u"main"_s));
    QVERIFY(elsewhere);
    QVERIFY(elsewhere->id != first->id);
    QCOMPARE(m_store->account(work->id, u"main"_s)->value().id, elsewhere->id);
    QCOMPARE(m_store->account(home->id, u"main"_s)->value().id, first->id);
}

void TestAccountStore::setRemoteId()
{
    const auto p = m_store->currentProfile();
    QVERIFY(p);
    const auto a = m_store->addAccount(accountOf(p->id, u"main"_s));
    const auto b = m_store->addAccount(accountOf(p->id, u"other"_s));
    QVERIFY(a);
    QVERIFY(b);
    QVERIFY(a->remoteId.isEmpty());

    QVERIFY(*m_store->setRemoteId(a->id, u"acct_42"_s));
    QCOMPARE(m_store->accountById(a->id)->remoteId, u"acct_42"_s);
    QVERIFY(m_store->accountById(b->id)->remoteId.isEmpty());
    QVERIFY(*m_store->setRemoteId(a->id, u"acct_43"_s));
    QCOMPARE(m_store->accountById(a->id)->remoteId, u"acct_43"_s);

    QVERIFY(*m_store->setRemoteId(a->id, QString()));
    QVERIFY(m_store->accountById(a->id)->remoteId.isEmpty());
    QCOMPARE(single(*m_db, u"SELECT typeof(remote_id) FROM market_accounts WHERE id = ?"_s, {a->id})
                 .toString(),
             u"text"_s);

    QVERIFY(!*m_store->setRemoteId(b->id + 1000, u"x"_s));
}

void TestAccountStore::accountLookups()
{
    const auto p = m_store->currentProfile();
    const auto work = m_store->addProfile(u"work"_s);
    QVERIFY(p);
    QVERIFY(work);
    const auto a = m_store->addAccount(accountOf(p->id, u"main"_s));
    QVERIFY(a);

    const auto unknown = m_store->account(p->id, u"nope"_s);
    QVERIFY(unknown);
    QVERIFY(!unknown->has_value());
    const auto otherProfile = m_store->account(work->id, u"main"_s);
    QVERIFY(otherProfile);
    QVERIFY(!otherProfile->has_value());
    QVERIFY(m_store->accounts(work->id)->isEmpty());

    const auto missing = m_store->accountById(a->id + 1000);
    QVERIFY(!missing);
    QCOMPARE(missing.error().kind, AppError::Kind::NotFound);

    QVERIFY(*m_store->removeAccount(a->id));
    QCOMPARE(m_store->accountById(a->id).error().kind, AppError::Kind::NotFound);
    QVERIFY(!m_store->account(p->id, u"main"_s)->has_value());
    QVERIFY(m_store->accounts(p->id)->isEmpty());
    QVERIFY(!*m_store->removeAccount(a->id));
    // The name is free again.
    QVERIFY(m_store->addAccount(accountOf(p->id, u"main"_s)));
}

void TestAccountStore::walletDefaults()
{
    const auto p = m_store->currentProfile();
    QVERIFY(p);
    const auto none = m_store->defaultWallet(p->id);
    QVERIFY(none);
    QVERIFY(!none->has_value());

    const auto first = m_store->addWallet(walletOf(p->id, u"first"_s));
    const auto second = m_store->addWallet(walletOf(p->id, u"second"_s));
    QVERIFY(first);
    QVERIFY(second);
    QVERIFY(first->isDefault);
    QVERIFY(!second->isDefault);
    QCOMPARE(m_store->defaultWallet(p->id)->value().id, first->id);
    const auto defaults = u"SELECT COUNT(*) FROM wallet_connections WHERE profile_id = ? AND "
                          u"is_default"_s;
    QCOMPARE(count(*m_db, defaults, {p->id}), 1);

    QVERIFY(*m_store->setDefaultWallet(p->id, second->id));
    QCOMPARE(count(*m_db, defaults, {p->id}), 1);
    const auto chosen = m_store->defaultWallet(p->id);
    QVERIFY(chosen && chosen->has_value());
    QCOMPARE((*chosen)->id, second->id);
    QVERIFY((*chosen)->isDefault);
    const auto listed = m_store->wallets(p->id);
    QVERIFY(listed);
    QCOMPARE(listed->size(), 2);
    QCOMPARE(listed->at(0).id, first->id);
    QVERIFY(!listed->at(0).isDefault);
    QCOMPARE(listed->at(1).id, second->id);
    QVERIFY(listed->at(1).isDefault);

    // A third wallet does not take the flag; moving it back leaves one default again.
    const auto third = m_store->addWallet(walletOf(p->id, u"third"_s));
    QVERIFY(third);
    QVERIFY(!third->isDefault);
    QVERIFY(*m_store->setDefaultWallet(p->id, first->id));
    QCOMPARE(count(*m_db, defaults, {p->id}), 1);
    QCOMPARE(m_store->defaultWallet(p->id)->value().id, first->id);

    // Another profile's first wallet is its own default.
    const auto work = m_store->addProfile(u"work"_s);
    QVERIFY(work);
    const auto workWallet = m_store->addWallet(walletOf(work->id, u"first"_s));
    QVERIFY(workWallet);
    QVERIFY(workWallet->isDefault);
    QCOMPARE(m_store->defaultWallet(p->id)->value().id, first->id);
}

void TestAccountStore::walletRoundTrip()
{
    const auto p = m_store->currentProfile();
    QVERIFY(p);
    WalletConnection in = walletOf(p->id, u"node"_s, Network::Regtest);
    in.settings = QJsonObject{
        {u"url"_s, u"https://127.0.0.1:9740/"_s},
        {u"pinned_sha256"_s, u"9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"_s},
        {u"timeout_ms"_s, 15000},
        {u"verify"_s, false},
        {u"label"_s, u"naïve \"quoted\" ✓"_s},
        {u"nested"_s, QJsonObject{{u"list"_s, QJsonArray{1, u"two"_s, QJsonValue::Null}}}},
    };
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    const auto added = m_store->addWallet(in);
    const qint64 after = QDateTime::currentMSecsSinceEpoch();
    QVERIFY(added);
    QVERIFY(added->id > 0);
    QVERIFY(added->createdAtMs >= before && added->createdAtMs <= after);

    QVERIFY(reopen());
    const auto byName = m_store->wallet(p->id, u"node"_s);
    QVERIFY(byName && byName->has_value());
    const auto listed = m_store->wallets(p->id);
    QVERIFY(listed);
    QCOMPARE(listed->size(), 1);
    for (const WalletConnection &w : {*added, **byName, listed->constFirst()}) {
        QCOMPARE(w.id, added->id);
        QCOMPARE(w.profileId, p->id);
        QCOMPARE(w.name, u"node"_s);
        QCOMPARE(w.kind, u"phoenixd"_s);
        QCOMPARE(w.network, Network::Regtest);
        QCOMPARE(w.settings, in.settings);
        QVERIFY(w.isDefault);
        QCOMPARE(w.createdAtMs, added->createdAtMs);
    }
    QCOMPARE(single(*m_db, u"SELECT network FROM wallet_connections WHERE id = ?"_s, {added->id})
                 .toString(),
             u"regtest"_s);

    // No settings at all is stored as an empty object.
    WalletConnection bare = walletOf(p->id, u"bare"_s, Network::Signet);
    bare.settings = {};
    const auto plain = m_store->addWallet(bare);
    QVERIFY(plain);
    QVERIFY(plain->settings.isEmpty());
    QCOMPARE(plain->network, Network::Signet);
    QVERIFY(!m_store->wallet(p->id, u"nope"_s)->has_value());
}

void TestAccountStore::walletNameUniquePerProfile()
{
    const auto home = m_store->currentProfile();
    const auto work = m_store->addProfile(u"work"_s);
    QVERIFY(home);
    QVERIFY(work);
    QVERIFY(m_store->addWallet(walletOf(home->id, u"node"_s)));
    const auto again = m_store->addWallet(walletOf(home->id, u"node"_s, Network::Testnet));
    QVERIFY(!again);
    QCOMPARE(again.error().kind, AppError::Kind::Conflict);
    QVERIFY(again.error().message.contains(u"node"));
    QCOMPARE(m_store->wallets(home->id)->size(), 1);
    QCOMPARE(m_store->wallet(home->id, u"node"_s)->value().network, Network::Mainnet);
    QVERIFY(m_store->addWallet(walletOf(work->id, u"node"_s)));
    QVERIFY(!m_store->wallet(work->id, u"other"_s)->has_value());
}

void TestAccountStore::removeDefaultWallet()
{
    const auto p = m_store->currentProfile();
    QVERIFY(p);
    const auto first = m_store->addWallet(walletOf(p->id, u"first"_s));
    const auto second = m_store->addWallet(walletOf(p->id, u"second"_s));
    QVERIFY(first);
    QVERIFY(second);
    QVERIFY(first->isDefault);

    QVERIFY(*m_store->removeWallet(first->id));
    QVERIFY(!m_store->wallet(p->id, u"first"_s)->has_value());
    const auto now = m_store->defaultWallet(p->id);
    QVERIFY(now && now->has_value());
    QCOMPARE((*now)->id, second->id);
    // The flag follows, so a listing agrees with defaultWallet().
    QVERIFY((*now)->isDefault);
    QVERIFY(m_store->wallets(p->id)->constFirst().isDefault);

    const auto third = m_store->addWallet(walletOf(p->id, u"third"_s));
    QVERIFY(third);
    QVERIFY(!third->isDefault);
    QCOMPARE(count(*m_db,
                   u"SELECT COUNT(*) FROM wallet_connections WHERE profile_id = ? AND is_default"_s,
                   {p->id}),
             1);
    QCOMPARE(m_store->defaultWallet(p->id)->value().id, second->id);

    // Removing a wallet that is not the default leaves the default alone.
    QVERIFY(*m_store->removeWallet(third->id));
    QCOMPARE(m_store->defaultWallet(p->id)->value().id, second->id);
    QVERIFY(!*m_store->removeWallet(third->id));

    QVERIFY(*m_store->removeWallet(second->id));
    QVERIFY(!m_store->defaultWallet(p->id)->has_value());
}

void TestAccountStore::setDefaultWalletOfAnotherProfile()
{
    const auto home = m_store->currentProfile();
    const auto work = m_store->addProfile(u"work"_s);
    QVERIFY(home);
    QVERIFY(work);
    const auto homeWallet = m_store->addWallet(walletOf(home->id, u"node"_s));
    const auto workWallet = m_store->addWallet(walletOf(work->id, u"node"_s));
    QVERIFY(homeWallet);
    QVERIFY(workWallet);

    // Neither a wallet of another profile nor an unknown one can become home's default, and
    // trying must not clear the default home has.
    QVERIFY(!*m_store->setDefaultWallet(home->id, workWallet->id));
    QVERIFY(!*m_store->setDefaultWallet(home->id, workWallet->id + 1000));
    QVERIFY(m_store->wallet(home->id, u"node"_s)->value().isDefault);
    QVERIFY(m_store->wallet(work->id, u"node"_s)->value().isDefault);
    QCOMPARE(count(*m_db, u"SELECT COUNT(*) FROM wallet_connections WHERE is_default"_s), 2);
}

void TestAccountStore::marketKindNames_data()
{
    QTest::addColumn<MarketKind>("kind");
    QTest::addColumn<QString>("name");
    QTest::newRow("402ai") << MarketKind::AiForHire << u"402ai"_s;
    QTest::newRow("prooflayer") << MarketKind::ProofLayer << u"prooflayer"_s;
    QTest::newRow("tools") << MarketKind::L402Tools << u"tools"_s;
}

void TestAccountStore::marketKindNames()
{
    QFETCH(MarketKind, kind);
    QFETCH(QString, name);
    QCOMPARE(marketKindName(kind), name);
    const auto back = marketKindFromName(name);
    QVERIFY(back);
    QCOMPARE(*back, kind);
}

void TestAccountStore::marketKindUnknownNames()
{
    for (const QString &name : {QString(), u""_s, u"402AI"_s, u"402ai "_s, u" tools"_s, u"Tools"_s,
                                u"proof"_s, u"prooflayer2"_s, u"l402tools"_s})
        QVERIFY2(!marketKindFromName(name), qPrintable(name));
}

QTEST_GUILESS_MAIN(TestAccountStore)
#include "tst_accountstore.moc"
