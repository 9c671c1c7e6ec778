// SPDX-License-Identifier: GPL-3.0-or-later
// The fixture of tst_accountstore (its tests are in two files): a fresh app database per test.
#pragma once

#include "appdatabase.h"

using namespace lwtest;

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
