// SPDX-License-Identifier: GPL-3.0-or-later
// AccountStore (profiles, market accounts, wallet connections and the secret key names) and
// appMigrations(), the app's schema, each test on a fresh SQLite file. This file: the fixture,
// the schema, the installation id and profiles; tst_accountstore_items.cpp: accounts, wallets.
#include "core/accountstorefixture.h"

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
    // Numbered 1..n without gaps; the accounts step is 2 forever.
    for (qsizetype i = 0; i < steps.size(); ++i)
        QCOMPARE(steps.at(i).version, int(i + 1));
    QCOMPARE(steps.at(1).statements, AccountStore::migrations().constFirst().statements);

    QCOMPARE(m_db->schemaVersion(), int(steps.size()));
    QCOMPARE(count(*m_db, u"PRAGMA user_version"_s), steps.size());
    const QStringList present = tables(*m_db);
    for (const QString &table :
         {u"payment_journal"_s, u"meta"_s, u"profiles"_s, u"market_accounts"_s,
          u"wallet_connections"_s, u"cache_items"_s, u"cache_scopes"_s, u"message_outbox"_s,
          u"ledger"_s, u"state_events"_s})
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
    QCOMPARE(m_db->schemaVersion(), int(appMigrations().size()));
    QCOMPARE(count(*m_db, u"SELECT COUNT(*) FROM profiles"_s), 1);
    QCOMPARE(m_store->profileById(work->id)->name, u"work"_s);
    QCOMPARE(m_store->accounts(work->id)->size(), 1);

    // A later step runs once, however often the file is opened.
    QList<Migration> later = appMigrations();
    const int next = int(later.size()) + 1;
    later.append({next, {u"CREATE TABLE probe (n INTEGER)"_s, u"INSERT INTO probe VALUES (1)"_s}});
    m_store.reset();
    m_db.reset();
    for (int run = 0; run < 3; ++run) {
        auto opened = Database::open(path(), later);
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().describe()));
        QCOMPARE((*opened)->schemaVersion(), next);
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

QTEST_GUILESS_MAIN(TestAccountStore)
