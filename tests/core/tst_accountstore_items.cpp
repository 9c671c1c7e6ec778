// SPDX-License-Identifier: GPL-3.0-or-later
// tst_accountstore, continued: market accounts, wallet connections, market kinds.
#include "core/accountstorefixture.h"

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
