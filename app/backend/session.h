// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accounts/accountstore.h"
#include "feedsource.h"
#include "keychainstatus.h"

#include <QObject>
#include <QStringList>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

#include <memory>

class QQmlEngine;
class QJSEngine;

namespace lw {

class EngineSession;
class FeedSync;
class RecoveryStatus;
class SandboxSetup;

//! The app-wide session: the keychain's state, the first-run set-up, the profiles, and the one
//! EngineSession every screen acts through. It composes KeychainStatus (can secrets be kept?)
//! and SandboxSetup (the "Try the sandbox" steps); QML sees states, translated text and verbs.
class Session : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

    Q_PROPERTY(KeychainState keychainState READ keychainState NOTIFY keychainChanged)
    Q_PROPERTY(QString keychainMessage READ keychainMessage NOTIFY keychainChanged)
    Q_PROPERTY(SetupState setupState READ setupState NOTIFY setupChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY setupChanged)
    Q_PROPERTY(bool sandboxAvailable READ sandboxAvailable CONSTANT)
    Q_PROPERTY(QString sandboxUrl READ sandboxUrl CONSTANT)
    Q_PROPERTY(QStringList profiles READ profiles NOTIFY profilesChanged)
    Q_PROPERTY(
        int currentProfile READ currentProfile WRITE setCurrentProfile NOTIFY profilesChanged)
    //! Every market task of the current profile, from the cache at once and kept current by
    //! syncing once set up; null until the data folder is open.
    Q_PROPERTY(lw::FeedSource *feed READ feed NOTIFY feedChanged)
    //! Why a market of the feed could not be synced (translated); empty while all sync.
    Q_PROPERTY(QString feedErrorText READ feedErrorText NOTIFY feedErrorTextChanged)
    //! The payments an interrupted run left open, finished on start and after a profile switch
    //! as far as that needs no new payment.
    Q_PROPERTY(lw::RecoveryStatus *recovery READ recovery CONSTANT)

public:
    enum class KeychainState { Probing, Available, Missing, SessionOnly };
    Q_ENUM(KeychainState)
    //! Starting: the keychain or the data folder is not answered yet.
    enum class SetupState { Starting, NeedsSetup, SettingUp, Ready, Failed };
    Q_ENUM(SetupState)

    struct Options {
        QString dataDir;
        QUrl sandboxUrl; //!< empty: no sandbox was started with the app
        QByteArray sandboxAdminKey;
        KeychainStatus::Factory keychain;
    };
    //! The data folder (EngineSession::defaultDataDir(), shared with the CLI), the sandbox
    //! ($LIGHTWORK_SANDBOX_URL, $LIGHTWORK_SANDBOX_ADMIN_KEY) and the system keychain.
    static Options defaultOptions();

    explicit Session(Options options, QObject *parent = nullptr);
    ~Session() override;
    static Session *create(QQmlEngine *qmlEngine, QJSEngine *jsEngine);

    KeychainState keychainState() const;
    QString keychainMessage() const;
    SetupState setupState() const { return m_setupState; }
    QString errorText() const { return m_errorText; }
    bool sandboxAvailable() const { return !m_options.sandboxUrl.isEmpty(); }
    QString sandboxUrl() const { return m_options.sandboxUrl.toDisplayString(); }
    QStringList profiles() const;
    int currentProfile() const;
    void setCurrentProfile(int index);

    Q_INVOKABLE void retryKeychain();
    Q_INVOKABLE void useSessionOnly();
    Q_INVOKABLE void trySandbox();
    //! The connect flow (Onboarding) finished: profiles are read again and the app is Ready.
    Q_INVOKABLE void finishConnecting();
    //! Asks every market of the feed now (a Refresh button).
    Q_INVOKABLE void syncNow();

    FeedSource *feed() const { return m_feed; }
    QString feedErrorText() const;
    //! What keeps the feed current; null until the data folder is open.
    FeedSync *feedSync() const { return m_feedSync; }

    RecoveryStatus *recovery() const { return m_recovery; }

    //! The engine for C++ models and controllers; null until the data folder is open.
    EngineSession *engine() const { return m_engine.get(); }

Q_SIGNALS:
    void keychainChanged();
    void setupChanged();
    void profilesChanged();
    void feedChanged();
    void feedErrorTextChanged();

private:
    void openEngine();
    void setSetupState(SetupState state, const QString &errorText = {});
    void loadProfiles();
    bool isSetUp() const;
    void openFeed();
    void closeFeed(bool notify);
    //! The current profile's accounts in the feed; syncing while set up.
    void resetFeed();
    void startRecovery();

    Options m_options;
    KeychainStatus *m_keychain;
    std::unique_ptr<EngineSession> m_engine;
    SandboxSetup *m_setup = nullptr; //!< while "Try the sandbox" runs
    SetupState m_setupState = SetupState::Starting;
    QString m_errorText;
    QList<Profile> m_profiles;
    FeedSource *m_feed = nullptr;
    FeedSync *m_feedSync = nullptr;
    RecoveryStatus *m_recovery;
};

} // namespace lw
