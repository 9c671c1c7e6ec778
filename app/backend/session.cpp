// SPDX-License-Identifier: GPL-3.0-or-later
#include "session.h"

#include "enginesession.h"
#include "feedsync.h"
#include "onboarding.h"
#include "paymentconfirmations.h"
#include "recoverystatus.h"
#include "sandboxsetup.h"
#include "secrets/keychainsecretstore.h"

#include <QQmlEngine>

namespace lw {

Session::Options Session::defaultOptions()
{
    Options o;
    o.dataDir = EngineSession::defaultDataDir(); // the CLI's folder too
    o.sandboxUrl = QUrl(qEnvironmentVariable("LIGHTWORK_SANDBOX_URL"));
    o.sandboxAdminKey = qEnvironmentVariable("LIGHTWORK_SANDBOX_ADMIN_KEY").toUtf8();
    o.keychain = [] { return std::make_unique<KeychainSecretStore>(); };
    return o;
}

Session::Session(Options options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_keychain(new KeychainStatus(m_options.keychain, this))
    , m_recovery(new RecoveryStatus(this))
{
    connect(m_keychain, &KeychainStatus::changed, this, &Session::keychainChanged);
    connect(m_keychain, &KeychainStatus::storeReady, this, &Session::openEngine);
    m_keychain->probe();
}

Session::~Session()
{
    delete m_setup;
    m_recovery->stop();
    closeFeed(false); // before the database it reads
    m_engine.reset();
}

Session *Session::create(QQmlEngine *qmlEngine, QJSEngine *jsEngine)
{
    Q_UNUSED(jsEngine)
    auto *session = new Session(defaultOptions());
    QQmlEngine::setObjectOwnership(session, QQmlEngine::CppOwnership);
    session->setParent(qmlEngine);
    return session;
}

Session::KeychainState Session::keychainState() const
{
    return static_cast<KeychainState>(m_keychain->state());
}

QString Session::keychainMessage() const
{
    return m_keychain->message();
}

void Session::retryKeychain()
{
    m_keychain->probe();
}

void Session::useSessionOnly()
{
    m_keychain->useSessionOnly();
}

void Session::openEngine()
{
    closeFeed(true);
    m_recovery->stop(); // before the engine it acts through
    m_engine = std::make_unique<EngineSession>(EngineOptions{m_options.dataDir, {}, {}});
    // The gate asks only above the profile's threshold. The set-up's own top-ups are approved
    // by the set-up; every other payment waits for the user's click in the Pay dialog.
    m_engine->setConfirmer([this](const PaymentPrompt &prompt) {
        if (m_setup != nullptr && m_setup->approves(prompt))
            return QtFuture::makeReadyFuture(true);
        return PaymentConfirmations::instance()->ask(prompt);
    });
    connect(m_engine.get(), &EngineSession::profileChanged, this, &Session::profilesChanged);
    connect(m_engine.get(), &EngineSession::profileChanged, this, &Session::startRecovery);
    m_engine->open(m_keychain->takeStore())
        .then(this, [this](const Result<bool, AppError> &opened) {
            if (!opened) {
                setSetupState(SetupState::Failed, opened.error().message);
                return;
            }
            loadProfiles();
            openFeed(); // the cached tasks show before any market answers
            setSetupState(isSetUp() ? SetupState::Ready : SetupState::NeedsSetup);
            startRecovery();
        });
}

void Session::startRecovery()
{
    // The set-up pays and switches profiles itself: its own payments are not interrupted.
    if (m_engine && m_setupState != SetupState::SettingUp)
        m_recovery->start(m_engine.get());
}

bool Session::isSetUp() const
{
    if (Onboarding::isRecorded(m_engine->database()))
        return true; // connected to the user's own markets
    const QString recorded = SandboxSetup::recordedSandbox(m_engine->database());
    if (recorded.isEmpty())
        return false;
    // Set up on another sandbox (a new port): its accounts and wallets are not this one's.
    return !sandboxAvailable() || QUrl(recorded) == m_options.sandboxUrl;
}

void Session::finishConnecting()
{
    if (!m_engine || m_setupState == SetupState::SettingUp)
        return;
    loadProfiles();
    setSetupState(SetupState::Ready);
}

void Session::trySandbox()
{
    if (m_setupState == SetupState::SettingUp || m_setupState == SetupState::Ready)
        return;
    if (!m_engine || m_setupState == SetupState::Starting) {
        const bool missing = m_keychain->state() == KeychainStatus::State::Missing;
        setSetupState(SetupState::Failed,
                      missing ? tr("The sandbox needs somewhere to keep its tokens and wallet "
                                   "passwords: %1")
                                    .arg(m_keychain->message())
                              : tr("Lightwork is still opening its data folder."));
        return;
    }
    if (!sandboxAvailable()) {
        setSetupState(SetupState::Failed,
                      tr("No sandbox was started with Lightwork (./dev run starts one)."));
        return;
    }
    setSetupState(SetupState::SettingUp);
    m_setup = new SandboxSetup(*m_engine, m_options.sandboxUrl, m_options.sandboxAdminKey, this);
    m_setup->run().then(this, [this](const Result<bool, AppError> &done) {
        m_setup->deleteLater();
        m_setup = nullptr;
        loadProfiles();
        if (!done) {
            setSetupState(SetupState::Failed, done.error().message);
            return;
        }
        // Secrets kept for this session only end with it: the next start sets up again.
        if (m_keychain->state() != KeychainStatus::State::SessionOnly) {
            if (auto recorded =
                    SandboxSetup::recordSandbox(m_engine->database(), m_options.sandboxUrl);
                !recorded) {
                setSetupState(SetupState::Failed, recorded.error().message);
                return;
            }
        }
        setSetupState(SetupState::Ready);
    });
}

void Session::setSetupState(SetupState state, const QString &errorText)
{
    if (state == m_setupState && errorText == m_errorText)
        return;
    m_setupState = state;
    m_errorText = errorText;
    Q_EMIT setupChanged();
    if (state == SetupState::Ready)
        resetFeed();
}

void Session::loadProfiles()
{
    m_profiles = m_engine->accounts().profiles().value_or(QList<Profile>());
    Q_EMIT profilesChanged();
}

QStringList Session::profiles() const
{
    QStringList names;
    for (const Profile &p : m_profiles) {
        if (p.name == u"buyer")
            names.append(tr("Buyer"));
        else if (p.name == u"worker")
            names.append(tr("Worker"));
        else
            names.append(p.name);
    }
    return names;
}

int Session::currentProfile() const
{
    if (!m_engine)
        return -1;
    for (qsizetype i = 0; i < m_profiles.size(); ++i)
        if (m_profiles.at(i).id == m_engine->profile().id)
            return int(i);
    return -1;
}

void Session::setCurrentProfile(int index)
{
    if (!m_engine || index < 0 || index >= m_profiles.size() || index == currentProfile()
        || m_setupState == SetupState::SettingUp)
        return;
    const qint64 id = m_profiles.at(index).id;
    if (auto r = m_engine->accounts().setCurrentProfile(id); !r) {
        m_errorText = r.error().message;
        Q_EMIT setupChanged();
        return;
    }
    if (auto r = m_engine->switchProfile(id); !r) {
        m_errorText = r.error().message;
        Q_EMIT setupChanged();
    }
}

void Session::openFeed()
{
    m_feed = new FeedSource(m_engine->database(), {}, this);
    m_feedSync = new FeedSync(*m_engine, *m_feed, this);
    connect(m_feedSync, &FeedSync::errorTextChanged, this, &Session::feedErrorTextChanged);
    // After FeedSync's own stop(): the switch already deleted the old profile's clients.
    connect(m_engine.get(), &EngineSession::profileChanged, this, &Session::resetFeed);
    resetFeed();
    Q_EMIT feedChanged();
}

void Session::closeFeed(bool notify)
{
    if (!m_feed)
        return;
    delete std::exchange(m_feedSync, nullptr);
    delete std::exchange(m_feed, nullptr);
    if (notify) {
        Q_EMIT feedChanged();
        Q_EMIT feedErrorTextChanged();
    }
}

void Session::resetFeed()
{
    if (!m_feed)
        return;
    auto accounts = m_engine->accounts().accounts(m_engine->profile().id);
    m_feed->setAccounts(FeedSync::feedAccounts(accounts.value_or(QList<MarketAccount>())));
    if (m_setupState == SetupState::Ready)
        m_feedSync->start();
    else
        m_feedSync->stop();
}

QString Session::feedErrorText() const
{
    return m_feedSync ? m_feedSync->errorText() : QString();
}

void Session::syncNow()
{
    if (m_feedSync)
        m_feedSync->syncNow();
}

} // namespace lw
