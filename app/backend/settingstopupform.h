// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "settingslimitsform.h"
#include "settingsstore.h"

#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

namespace lw {

//! The auto top-up settings as the Settings page edits them (off by default). While on, a
//! top-up must fit the spending limits it is paid under: its amount within the per-payment
//! cap, its own daily cap within the profile's and large enough for one top-up.
class AutoTopUpForm : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Part of SettingsController (its `autoTopUp`).")

    Q_PROPERTY(bool enabled READ enabled WRITE setEnabled NOTIFY changed FINAL)
    //! Top up when the 402ai balance falls below this.
    Q_PROPERTY(int thresholdSats READ thresholdSats WRITE setThresholdSats NOTIFY changed FINAL)
    //! How much one top-up adds.
    Q_PROPERTY(int amountSats READ amountSats WRITE setAmountSats NOTIFY changed FINAL)
    //! Never more than this in top-ups in 24 hours.
    Q_PROPERTY(int dailyCapSats READ dailyCapSats WRITE setDailyCapSats NOTIFY changed FINAL)
    //! Why each field cannot be saved (translated); empty when it can.
    Q_PROPERTY(QString thresholdError READ thresholdError NOTIFY changed FINAL)
    Q_PROPERTY(QString amountError READ amountError NOTIFY changed FINAL)
    Q_PROPERTY(QString dailyCapError READ dailyCapError NOTIFY changed FINAL)
    Q_PROPERTY(bool valid READ valid NOTIFY changed FINAL)
    Q_PROPERTY(bool dirty READ dirty NOTIFY changed FINAL)

public:
    explicit AutoTopUpForm(QObject *parent = nullptr);

    void load(const AutoTopUpSettings &stored);
    void markSaved() { load(m_value); }
    //! Back to the stored value.
    void revert() { load(m_stored); }
    const AutoTopUpSettings &value() const { return m_value; }
    //! The spending limits the top-ups are checked against (the form being edited beside).
    void setLimits(const SpendingLimits &limits);

    bool enabled() const { return m_value.enabled; }
    void setEnabled(bool enabled);
    int thresholdSats() const { return SpendingLimitsForm::shown(m_value.thresholdSats); }
    void setThresholdSats(qint64 sats) { set(m_value.thresholdSats, sats); }
    int amountSats() const { return SpendingLimitsForm::shown(m_value.amountSats); }
    void setAmountSats(qint64 sats) { set(m_value.amountSats, sats); }
    int dailyCapSats() const { return SpendingLimitsForm::shown(m_value.dailyCapSats); }
    void setDailyCapSats(qint64 sats) { set(m_value.dailyCapSats, sats); }

    QString thresholdError() const;
    QString amountError() const;
    QString dailyCapError() const;
    bool valid() const;
    bool dirty() const { return !(m_value == m_stored); }

Q_SIGNALS:
    void changed();

private:
    void set(qint64 &field, qint64 sats);

    AutoTopUpSettings m_value;
    AutoTopUpSettings m_stored;
    SpendingLimits m_limits;
};

} // namespace lw
