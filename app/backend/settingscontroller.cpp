// SPDX-License-Identifier: GPL-3.0-or-later
#include "settingscontroller.h"

#include "enginesession.h"
#include "feedsync.h"
#include "session.h"

namespace lw {

SettingsController::SettingsController(QObject *parent)
    : QObject(parent)
    , m_limits(new SpendingLimitsForm(this))
    , m_autoTopUp(new AutoTopUpForm(this))
{
    m_limits->load(SpendingLimits{});
    m_autoTopUp->setLimits(m_limits->value());
    // A top-up is checked against the limits as edited, so both are saved consistent.
    connect(m_limits, &SpendingLimitsForm::changed, this,
            [this] { m_autoTopUp->setLimits(m_limits->value()); });
    connect(m_autoTopUp, &AutoTopUpForm::changed, this, &SettingsController::changed);
}

SettingsController::~SettingsController() = default;

void SettingsController::setSession(Session *session)
{
    if (m_session == session)
        return;
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (m_session) {
        connect(m_session, &Session::setupChanged, this, &SettingsController::reload);
        connect(m_session, &Session::profilesChanged, this, &SettingsController::reload);
        // The feed is made after the profiles are read; it polls at the stored interval.
        connect(m_session, &Session::feedChanged, this, [this] { applyPolling(false); });
    }
    Q_EMIT sessionChanged();
    reload();
    applyPolling(false);
}

EngineSession *SettingsController::engine() const
{
    return m_session ? m_session->engine() : nullptr;
}

void SettingsController::reload()
{
    EngineSession *e = engine();
    if (!e) {
        if (m_profileId != 0) {
            m_profileId = 0;
            m_profileName.clear();
            Q_EMIT loadedChanged();
        }
        return;
    }
    const qint64 id = e->profile().id;
    if (id == m_profileId && dirty())
        return;
    // The store, not the engine's copy: it is what save() wrote.
    auto profile = e->accounts().profileById(id);
    if (!profile) {
        setErrorText(profile.error().message);
        return;
    }
    auto prefs = ProfilePreferencesStore(e->accounts()).load(id);
    if (!prefs) {
        setErrorText(prefs.error().message);
        return;
    }
    const bool switched = id != m_profileId;
    load(*profile, *prefs);
    if (switched)
        applyPolling(false);
}

void SettingsController::load(const Profile &profile, const ProfilePreferences &prefs)
{
    m_profileId = profile.id;
    m_profileName = profile.name;
    if (m_session) {
        const QStringList names = m_session->profiles();
        if (const int index = m_session->currentProfile(); index >= 0 && index < names.size())
            m_profileName = names.at(index);
    }
    m_prefs = prefs;
    m_stored = prefs;
    m_limits->load(profile.limits);
    m_autoTopUp->load(prefs.autoTopUp);
    setErrorText({});
    Q_EMIT loadedChanged();
    Q_EMIT changed();
}

void SettingsController::setPollSeconds(int seconds)
{
    if (m_prefs.pollSeconds == seconds)
        return;
    m_prefs.pollSeconds = seconds;
    Q_EMIT changed();
}

QString SettingsController::pollError() const
{
    if (m_prefs.pollSeconds < minPollSeconds() || m_prefs.pollSeconds > maxPollSeconds())
        return tr("Enter between %L1 and %L2 seconds.").arg(minPollSeconds()).arg(maxPollSeconds());
    return {};
}

void SettingsController::setFlag(bool &field, bool on)
{
    if (field == on)
        return;
    field = on;
    Q_EMIT changed();
}

bool SettingsController::dirty() const
{
    return m_limits->dirty() || m_autoTopUp->dirty() || m_prefs.pollSeconds != m_stored.pollSeconds
           || !(m_prefs.notify == m_stored.notify);
}

bool SettingsController::canSave() const
{
    return dirty() && m_limits->valid() && m_autoTopUp->valid() && pollError().isEmpty();
}

bool SettingsController::save()
{
    EngineSession *e = engine();
    if (!e || m_profileId == 0) {
        setErrorText(tr("Lightwork is still opening its data folder; try again in a moment."));
        return false;
    }
    if (!canSave())
        return false;
    ProfilePreferences prefs = m_prefs;
    prefs.autoTopUp = m_autoTopUp->value();
    const Database &db = e->database();
    if (!db.begin()) {
        setErrorText(tr("The settings could not be saved: the data folder is busy."));
        return false;
    }
    auto limits = e->accounts().setLimits(m_profileId, m_limits->value());
    auto rest = limits && *limits ? ProfilePreferencesStore(e->accounts()).save(m_profileId, prefs)
                                  : limits;
    if (!rest || !*rest || !db.commit()) {
        db.rollback();
        setErrorText(!rest ? tr("The settings could not be saved: %1").arg(rest.error().message)
                           : tr("The settings could not be saved: the profile no longer exists."));
        return false;
    }
    e->setLimits(m_limits->value()); // the running gate pays by them from now on
    m_prefs = prefs;
    m_stored = prefs;
    m_limits->markSaved();
    m_autoTopUp->markSaved();
    setErrorText({});
    applyPolling(true);
    Q_EMIT changed();
    Q_EMIT saved();
    return true;
}

void SettingsController::revert()
{
    m_prefs = m_stored;
    m_limits->revert();
    m_autoTopUp->revert();
    setErrorText({});
    Q_EMIT changed();
    reload(); // and whatever else changed the store meanwhile
}

void SettingsController::setErrorText(const QString &text)
{
    if (m_errorText == text)
        return;
    m_errorText = text;
    Q_EMIT errorTextChanged();
}

void SettingsController::applyPolling(bool restart)
{
    FeedSync *sync = m_session && engine() ? m_session->feedSync() : nullptr;
    if (!sync || m_profileId == 0)
        return;
    sync->setPollSettings(ProfilePreferencesStore::pollSettings(m_stored.pollSeconds));
    if (restart && sync->isStarted())
        sync->start();
}

} // namespace lw
