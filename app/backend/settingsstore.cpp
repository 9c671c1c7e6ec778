// SPDX-License-Identifier: GPL-3.0-or-later
#include "settingsstore.h"

#include <algorithm>

namespace lw {

using namespace Qt::Literals::StringLiterals;

namespace {

const QString autoTopUpEnabled = u"autotopup.enabled"_s;
const QString autoTopUpThreshold = u"autotopup.threshold_sat"_s;
const QString autoTopUpAmount = u"autotopup.amount_sat"_s;
const QString autoTopUpDailyCap = u"autotopup.daily_cap_sat"_s;
const QString pollSeconds = u"sync.poll_seconds"_s;
const QString notifyFeedMatch = u"notify.feed_match"_s;
const QString notifyQuote = u"notify.quote"_s;
const QString notifyPayment = u"notify.payment"_s;

//! Reads settings one by one, keeping the first error.
class Reader {
public:
    Reader(const AccountStore &accounts, qint64 profileId)
        : m_accounts(accounts)
        , m_profileId(profileId)
    {}

    void number(const QString &key, qint64 &field, qint64 min, qint64 max)
    {
        const QString text = value(key);
        bool ok = false;
        const qint64 n = text.toLongLong(&ok);
        if (ok && n >= min && n <= max)
            field = n;
    }

    void flag(const QString &key, bool &field)
    {
        const QString text = value(key);
        if (text == u"1" || text == u"0")
            field = text == u"1";
    }

    std::optional<AppError> error;

private:
    QString value(const QString &key)
    {
        if (error)
            return {};
        auto v = m_accounts.profileSetting(m_profileId, key);
        if (!v) {
            error = v.error();
            return {};
        }
        return *v;
    }

    const AccountStore &m_accounts;
    qint64 m_profileId;
};

} // namespace

Result<ProfilePreferences, AppError> ProfilePreferencesStore::load(qint64 profileId) const
{
    ProfilePreferences p;
    Reader r(m_accounts, profileId);
    constexpr qint64 anySats = std::numeric_limits<qint64>::max() / 1'000;
    r.flag(autoTopUpEnabled, p.autoTopUp.enabled);
    r.number(autoTopUpThreshold, p.autoTopUp.thresholdSats, 0, anySats);
    r.number(autoTopUpAmount, p.autoTopUp.amountSats, 0, anySats);
    r.number(autoTopUpDailyCap, p.autoTopUp.dailyCapSats, 0, anySats);
    qint64 poll = p.pollSeconds;
    r.number(pollSeconds, poll, ProfilePreferences::minPollSeconds,
             ProfilePreferences::maxPollSeconds);
    p.pollSeconds = int(poll);
    r.flag(notifyFeedMatch, p.notify.feedMatch);
    r.flag(notifyQuote, p.notify.quote);
    r.flag(notifyPayment, p.notify.payment);
    if (r.error)
        return fail(*r.error);
    return p;
}

Result<bool, AppError> ProfilePreferencesStore::save(qint64 profileId,
                                                     const ProfilePreferences &p) const
{
    const auto flag = [](bool b) { return b ? u"1"_s : u"0"_s; };
    const QList<std::pair<QString, QString>> values{
        {autoTopUpEnabled, flag(p.autoTopUp.enabled)},
        {autoTopUpThreshold, QString::number(p.autoTopUp.thresholdSats)},
        {autoTopUpAmount, QString::number(p.autoTopUp.amountSats)},
        {autoTopUpDailyCap, QString::number(p.autoTopUp.dailyCapSats)},
        {pollSeconds, QString::number(p.pollSeconds)},
        {notifyFeedMatch, flag(p.notify.feedMatch)},
        {notifyQuote, flag(p.notify.quote)},
        {notifyPayment, flag(p.notify.payment)},
    };
    for (const auto &[key, value] : values)
        if (auto r = m_accounts.setProfileSetting(profileId, key, value); !r)
            return r;
    return true;
}

PollSettings ProfilePreferencesStore::pollSettings(int seconds)
{
    const int s =
        std::clamp(seconds, ProfilePreferences::minPollSeconds, ProfilePreferences::maxPollSeconds);
    PollSettings settings;
    settings.idleMs = s * 1'000;
    settings.maxIdleMs = 6 * settings.idleMs;
    settings.fastMs = std::max(ProfilePreferences::minPollSeconds, s / 4) * 1'000;
    settings.maxFailureMs = std::max(settings.maxFailureMs, settings.maxIdleMs);
    return settings;
}

} // namespace lw
