// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "settingslimitsform.h"
#include "settingsstore.h"
#include "settingstopupform.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QtQml/qqmlregistration.h>

namespace lw {

class EngineSession;
class Session;

//! The Settings screen's controller: the current profile's spending limits (`limits`), auto
//! top-up (`autoTopUp`), the feed's polling interval and which events notify, read from the
//! app database and written back by save() in one transaction. A profile switch shows the
//! other profile's settings (unsaved edits are dropped). Money limits and the rest are saved
//! together; theme and language are not here (AppearanceSettings, Language).
class SettingsController : public QObject {
    Q_OBJECT
    QML_ELEMENT

    //! The app's Session (`SettingsController { session: Session }`).
    Q_PROPERTY(lw::Session *session READ session WRITE setSession NOTIFY sessionChanged FINAL)
    Q_PROPERTY(lw::SpendingLimitsForm *limits READ limits CONSTANT FINAL)
    Q_PROPERTY(lw::AutoTopUpForm *autoTopUp READ autoTopUp CONSTANT FINAL)
    //! The feed's base polling interval in seconds (minPollSeconds…maxPollSeconds).
    Q_PROPERTY(int pollSeconds READ pollSeconds WRITE setPollSeconds NOTIFY changed FINAL)
    Q_PROPERTY(QString pollError READ pollError NOTIFY changed FINAL)
    Q_PROPERTY(int minPollSeconds READ minPollSeconds CONSTANT FINAL)
    Q_PROPERTY(int maxPollSeconds READ maxPollSeconds CONSTANT FINAL)
    //! Notify on a new task matching the feed's filters, on quotes, on payments.
    Q_PROPERTY(
        bool notifyFeedMatch READ notifyFeedMatch WRITE setNotifyFeedMatch NOTIFY changed FINAL)
    Q_PROPERTY(bool notifyQuote READ notifyQuote WRITE setNotifyQuote NOTIFY changed FINAL)
    Q_PROPERTY(bool notifyPayment READ notifyPayment WRITE setNotifyPayment NOTIFY changed FINAL)
    //! The profile shown, as the profile switcher names it; empty before the data is open.
    Q_PROPERTY(QString profileName READ profileName NOTIFY loadedChanged FINAL)
    //! A profile's settings are loaded (the data folder is open).
    Q_PROPERTY(bool ready READ ready NOTIFY loadedChanged FINAL)
    Q_PROPERTY(bool dirty READ dirty NOTIFY changed FINAL)
    //! Something changed and every field is valid.
    Q_PROPERTY(bool canSave READ canSave NOTIFY changed FINAL)
    //! Why the last save failed (translated); empty otherwise.
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged FINAL)

public:
    explicit SettingsController(QObject *parent = nullptr);
    ~SettingsController() override;

    Session *session() const { return m_session; }
    void setSession(Session *session);
    SpendingLimitsForm *limits() const { return m_limits; }
    AutoTopUpForm *autoTopUp() const { return m_autoTopUp; }
    int pollSeconds() const { return m_prefs.pollSeconds; }
    void setPollSeconds(int seconds);
    QString pollError() const;
    static int minPollSeconds() { return ProfilePreferences::minPollSeconds; }
    static int maxPollSeconds() { return ProfilePreferences::maxPollSeconds; }
    bool notifyFeedMatch() const { return m_prefs.notify.feedMatch; }
    void setNotifyFeedMatch(bool on) { setFlag(m_prefs.notify.feedMatch, on); }
    bool notifyQuote() const { return m_prefs.notify.quote; }
    void setNotifyQuote(bool on) { setFlag(m_prefs.notify.quote, on); }
    bool notifyPayment() const { return m_prefs.notify.payment; }
    void setNotifyPayment(bool on) { setFlag(m_prefs.notify.payment, on); }
    QString profileName() const { return m_profileName; }
    bool ready() const { return m_profileId != 0; }
    bool dirty() const;
    bool canSave() const;
    QString errorText() const { return m_errorText; }

    //! Stores every setting for the shown profile; false (with errorText) when nothing could
    //! be stored, or when a field is invalid.
    Q_INVOKABLE bool save();
    //! Back to what is stored.
    Q_INVOKABLE void revert();

Q_SIGNALS:
    void sessionChanged();
    void changed();
    void loadedChanged();
    void errorTextChanged();
    void saved();

private:
    EngineSession *engine() const;
    //! Shows the engine's profile: afresh after a switch, or when nothing is being edited.
    void reload();
    void load(const Profile &profile, const ProfilePreferences &prefs);
    void setFlag(bool &field, bool on);
    void setErrorText(const QString &text);
    //! The feed polls at the stored interval from its next start; `restart` starts it now.
    void applyPolling(bool restart);

    QPointer<Session> m_session;
    SpendingLimitsForm *m_limits;
    AutoTopUpForm *m_autoTopUp;
    ProfilePreferences m_prefs;  //!< as edited; its autoTopUp is in m_autoTopUp
    ProfilePreferences m_stored; //!< as stored
    qint64 m_profileId = 0;
    QString m_profileName;
    QString m_errorText;
};

} // namespace lw
