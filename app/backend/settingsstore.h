// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accounts/accountstore.h"
#include "common/result.h"
#include "net/apperror.h"
#include "sync/pollschedule.h"

namespace lw {

//! Topping up the 402ai balance from the wallet when it runs low. Off until the user turns it
//! on; the amounts are whole sats.
struct AutoTopUpSettings {
    bool enabled = false;
    qint64 thresholdSats = 1'000;
    qint64 amountSats = 5'000;
    qint64 dailyCapSats = 20'000;
    bool operator==(const AutoTopUpSettings &) const = default;
};

//! Which events may raise a desktop notification.
struct NotificationSettings {
    bool feedMatch = true; //!< a new task in the feed matches the user's filters
    bool quote = true;     //!< a quote arrived or was answered
    bool payment = true;   //!< a payment settled, failed or is pending
    bool operator==(const NotificationSettings &) const = default;
};

//! A profile's settings that are not its spending limits (those are in Profile::limits).
struct ProfilePreferences {
    static constexpr int minPollSeconds = 5;
    static constexpr int maxPollSeconds = 3'600;

    AutoTopUpSettings autoTopUp;
    int pollSeconds = PollSettings().idleMs / 1'000; //!< the feed's base polling interval
    NotificationSettings notify;
    bool operator==(const ProfilePreferences &) const = default;
};

//! Reads and writes ProfilePreferences as the profile's settings in the app database. A value
//! that is missing or unreadable reads as its default.
class ProfilePreferencesStore {
public:
    explicit ProfilePreferencesStore(const AccountStore &accounts)
        : m_accounts(accounts)
    {}

    Result<ProfilePreferences, AppError> load(qint64 profileId) const;
    //! Writes every value; the caller wraps it in a transaction with the limits.
    Result<bool, AppError> save(qint64 profileId, const ProfilePreferences &preferences) const;

    //! The feed's poll schedule for a base interval of `seconds`: idle polls start there and
    //! slow down to six times it; an active view polls at a quarter of it (at least 5 s).
    static PollSettings pollSettings(int seconds);

private:
    const AccountStore &m_accounts;
};

} // namespace lw
