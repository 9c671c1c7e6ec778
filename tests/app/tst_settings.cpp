// SPDX-License-Identifier: GPL-3.0-or-later
// The Settings controller over a real Session and app database: limits and preferences stored
// per profile and read back after a restart, the validation that keeps limits nested, a
// profile switch, and auto top-up off until turned on.
#include "futureutil.h"
#include "sessiontestkit.h"
#include "settingscontroller.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace lw;
using namespace lwtest;
using namespace Qt::Literals::StringLiterals;

namespace {

constexpr qint64 sat = 1'000; // msat

} // namespace

class TestSettings : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::shared_ptr<MemorySecretStore> m_store;

    std::unique_ptr<Session> openSession()
    {
        auto session = std::make_unique<Session>(sessionOptions(m_dir->path(), m_store));
        if (!QTest::qWaitFor([&] { return session->engine() && session->currentProfile() >= 0; }))
            return nullptr;
        return session;
    }

    static SpendingLimits storedLimits(Session &session)
    {
        EngineSession *e = session.engine();
        return e->accounts().profileById(e->profile().id).value_or(Profile{}).limits;
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_store = std::make_shared<MemorySecretStore>();
    }

    void limitsRoundTripThroughTheStore()
    {
        qint64 profileId = 0;
        {
            auto session = openSession();
            QVERIFY(session);
            SettingsController settings;
            settings.setSession(session.get());
            QVERIFY(settings.ready());
            profileId = session->engine()->profile().id;
            // What a new profile starts with.
            QCOMPARE(settings.limits()->confirmAboveSats(), 100);
            QCOMPARE(settings.limits()->perPaymentCapSats(), 10'000);
            QCOMPARE(settings.limits()->dailyCapSats(), 100'000);
            QCOMPARE(settings.limits()->maxRoutingFeeSats(), 10);
            QVERIFY(!settings.dirty());
            QVERIFY(!settings.canSave());

            settings.limits()->setConfirmAboveSats(250);
            settings.limits()->setPerPaymentCapSats(4'000);
            settings.limits()->setDailyCapSats(30'000);
            settings.limits()->setMaxRoutingFeeSats(7);
            QVERIFY(settings.dirty());
            QVERIFY(settings.canSave());
            QSignalSpy saved(&settings, &SettingsController::saved);
            QVERIFY(settings.save());
            QCOMPARE(saved.size(), 1);
            QVERIFY(!settings.dirty());
            QCOMPARE(settings.errorText(), QString());

            const SpendingLimits l = storedLimits(*session);
            QCOMPARE(l.confirmAbove.msat(), 250 * sat);
            QCOMPARE(l.perPaymentCap.msat(), 4'000 * sat);
            QCOMPARE(l.dailyCap.msat(), 30'000 * sat);
            QCOMPARE(l.maxRoutingFee.msat(), 7 * sat);
            // The running engine decides by them at once, and so does its gate.
            QCOMPARE(session->engine()->profile().limits.perPaymentCap.msat(), 4'000 * sat);
            auto gate = lwtest::await(session->engine()->gate(), 10'000);
            QVERIFY(gate);
            QCOMPARE((*gate)->limits().perPaymentCap.msat(), 4'000 * sat);
            QCOMPARE((*gate)->limits().confirmAbove.msat(), 250 * sat);
            settings.limits()->setPerPaymentCapSats(3'000);
            QVERIFY(settings.save());
            QCOMPARE((*gate)->limits().perPaymentCap.msat(), 3'000 * sat);
            settings.limits()->setPerPaymentCapSats(4'000);
            QVERIFY(settings.save());
        }
        // A restart reads them back for the same profile.
        auto session = openSession();
        QVERIFY(session);
        QCOMPARE(session->engine()->profile().id, profileId);
        SettingsController again;
        again.setSession(session.get());
        QCOMPARE(again.limits()->confirmAboveSats(), 250);
        QCOMPARE(again.limits()->perPaymentCapSats(), 4'000);
        QCOMPARE(again.limits()->dailyCapSats(), 30'000);
        QCOMPARE(again.limits()->maxRoutingFeeSats(), 7);
    }

    void unEditedLimitsKeepTheirMillisats()
    {
        auto session = openSession();
        QVERIFY(session);
        EngineSession *e = session->engine();
        SpendingLimits l;
        l.confirmAbove = MilliSats(1'500);
        QVERIFY(e->accounts().setLimits(e->profile().id, l).value_or(false));
        SettingsController settings;
        settings.setSession(session.get());
        QCOMPARE(settings.limits()->confirmAboveSats(), 1);
        settings.limits()->setMaxRoutingFeeSats(20);
        QVERIFY(settings.save());
        QCOMPARE(storedLimits(*session).confirmAbove.msat(), 1'500);
        QCOMPARE(storedLimits(*session).maxRoutingFee.msat(), 20 * sat);
    }

    void validationKeepsLimitsNested()
    {
        auto session = openSession();
        QVERIFY(session);
        SettingsController settings;
        settings.setSession(session.get());
        SpendingLimitsForm *f = settings.limits();
        const SpendingLimits before = storedLimits(*session);

        f->setPerPaymentCapSats(200'000); // above the daily cap (100 000)
        QVERIFY(!f->perPaymentCapError().isEmpty());
        QVERIFY(f->perPaymentCapError().contains(u"daily"_s));
        QCOMPARE(f->dailyCapError(), QString());
        QVERIFY(!f->valid());
        QVERIFY(settings.dirty());
        QVERIFY(!settings.canSave());
        QVERIFY(!settings.save());

        f->setPerPaymentCapSats(50);
        QCOMPARE(f->perPaymentCapError(), QString());
        QVERIFY(f->confirmAboveError().contains(u"per-payment"_s)); // 100 > 50
        QVERIFY(!settings.canSave());
        f->setConfirmAboveSats(50); // equal is allowed
        QCOMPARE(f->confirmAboveError(), QString());
        QVERIFY(settings.canSave());

        f->setMaxRoutingFeeSats(-1);
        QVERIFY(!f->maxRoutingFeeError().isEmpty());
        QVERIFY(!settings.canSave());
        f->setMaxRoutingFeeSats(0);
        f->setDailyCapSats(SpendingLimitsForm::maxSats + 5);
        QVERIFY(!f->dailyCapError().isEmpty());
        QVERIFY(!settings.canSave());
        f->setDailyCapSats(-10);
        QVERIFY(!f->dailyCapError().isEmpty());

        QVERIFY(!settings.save());
        const SpendingLimits after = storedLimits(*session);
        QCOMPARE(after.perPaymentCap, before.perPaymentCap);
        QCOMPARE(after.dailyCap, before.dailyCap);

        settings.setPollSeconds(1);
        QVERIFY(!settings.pollError().isEmpty());
        settings.revert();
        QCOMPARE(settings.pollSeconds(), 20);
        QCOMPARE(settings.pollError(), QString());
        QCOMPARE(f->perPaymentCapSats(), 10'000);
        QCOMPARE(f->dailyCapSats(), 100'000);
        QVERIFY(f->valid());
        QVERIFY(!settings.dirty());
    }

    void profileSwitchShowsTheOtherProfile()
    {
        auto session = openSession();
        QVERIFY(session);
        EngineSession *e = session->engine();
        auto worker = e->accounts().addProfile(u"worker"_s);
        QVERIFY(worker);
        SpendingLimits workerLimits;
        workerLimits.perPaymentCap = MilliSats(777 * sat);
        workerLimits.confirmAbove = MilliSats(77 * sat);
        QVERIFY(e->accounts().setLimits(worker->id, workerLimits).value_or(false));
        QVERIFY(e->accounts()
                    .setProfileSetting(worker->id, u"autotopup.enabled"_s, u"1"_s)
                    .value_or(false));
        const qint64 first = e->profile().id;

        SettingsController settings;
        settings.setSession(session.get());
        settings.limits()->setPerPaymentCapSats(5'000); // unsaved: dropped by the switch
        QVERIFY(settings.dirty());
        QSignalSpy loaded(&settings, &SettingsController::loadedChanged);
        QVERIFY(e->switchProfile(worker->id));
        QVERIFY(loaded.size() >= 1);
        QCOMPARE(settings.limits()->perPaymentCapSats(), 777);
        QCOMPARE(settings.limits()->confirmAboveSats(), 77);
        QVERIFY(settings.autoTopUp()->enabled());
        QVERIFY(!settings.dirty());

        QVERIFY(e->switchProfile(first));
        QCOMPARE(settings.limits()->perPaymentCapSats(), 10'000);
        QVERIFY(!settings.autoTopUp()->enabled());
    }

    void autoTopUpIsOffUntilTurnedOn()
    {
        auto session = openSession();
        QVERIFY(session);
        SettingsController settings;
        settings.setSession(session.get());
        AutoTopUpForm *t = settings.autoTopUp();
        QVERIFY(!t->enabled());
        QVERIFY(t->valid());

        t->setEnabled(true);
        t->setAmountSats(20'000); // above the per-payment cap (10 000)
        QVERIFY(t->amountError().contains(u"per-payment"_s));
        QVERIFY(!settings.canSave());
        t->setAmountSats(0);
        QVERIFY(!t->amountError().isEmpty());
        t->setAmountSats(3'000);
        QCOMPARE(t->amountError(), QString());
        t->setDailyCapSats(2'000); // not even one top-up
        QVERIFY(!t->dailyCapError().isEmpty());
        t->setDailyCapSats(500'000); // above the daily spending cap (100 000)
        QVERIFY(t->dailyCapError().contains(u"daily spending cap"_s));
        // Raising the spending cap beside it makes it fit.
        settings.limits()->setDailyCapSats(600'000);
        QCOMPARE(t->dailyCapError(), QString());
        t->setThresholdSats(1'500);
        QVERIFY(settings.canSave());
        QVERIFY(settings.save());

        // Turned off, out-of-limit values are kept without blocking a save.
        SettingsController again;
        again.setSession(session.get());
        QVERIFY(again.autoTopUp()->enabled());
        QCOMPARE(again.autoTopUp()->thresholdSats(), 1'500);
        QCOMPARE(again.autoTopUp()->amountSats(), 3'000);
        QCOMPARE(again.autoTopUp()->dailyCapSats(), 500'000);
        again.autoTopUp()->setEnabled(false);
        again.autoTopUp()->setAmountSats(900'000);
        QVERIFY(again.canSave());
    }

    void pollingAndNotificationsPersist()
    {
        auto session = openSession();
        QVERIFY(session);
        {
            SettingsController settings;
            settings.setSession(session.get());
            QCOMPARE(settings.pollSeconds(), 20);
            QVERIFY(settings.notifyFeedMatch() && settings.notifyQuote()
                    && settings.notifyPayment());
            settings.setPollSeconds(90);
            settings.setNotifyQuote(false);
            QVERIFY(settings.save());
        }
        SettingsController settings;
        settings.setSession(session.get());
        QCOMPARE(settings.pollSeconds(), 90);
        QVERIFY(!settings.notifyQuote());
        QVERIFY(settings.notifyFeedMatch() && settings.notifyPayment());

        const PollSettings p = ProfilePreferencesStore::pollSettings(90);
        QCOMPARE(p.idleMs, 90'000);
        QCOMPARE(p.maxIdleMs, 540'000);
        QCOMPARE(p.fastMs, 22'000);
        QCOMPARE(ProfilePreferencesStore::pollSettings(20).fastMs, PollSettings().fastMs);
        QCOMPARE(ProfilePreferencesStore::pollSettings(1).idleMs, 5'000);
    }

    void unreadableStoredValuesReadAsDefaults()
    {
        auto session = openSession();
        QVERIFY(session);
        EngineSession *e = session->engine();
        const qint64 id = e->profile().id;
        QVERIFY(e->accounts().setProfileSetting(id, u"sync.poll_seconds"_s, u"2"_s));
        QVERIFY(e->accounts().setProfileSetting(id, u"autotopup.enabled"_s, u"yes"_s));
        QVERIFY(e->accounts().setProfileSetting(id, u"autotopup.amount_sat"_s, u"-5"_s));
        QVERIFY(e->accounts().setProfileSetting(id, u"notify.payment"_s, u"0"_s));
        auto prefs = ProfilePreferencesStore(e->accounts()).load(id);
        QVERIFY(prefs);
        QCOMPARE(prefs->pollSeconds, 20);
        QVERIFY(!prefs->autoTopUp.enabled);
        QCOMPARE(prefs->autoTopUp.amountSats, AutoTopUpSettings().amountSats);
        QVERIFY(!prefs->notify.payment);
    }

    void saveWithoutADataFolderSaysWhy()
    {
        SettingsController settings;
        QVERIFY(!settings.ready());
        settings.limits()->setMaxRoutingFeeSats(3);
        QVERIFY(settings.canSave());
        QVERIFY(!settings.save());
        QVERIFY(!settings.errorText().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
