// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pay/spendingpolicy.h"

#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

namespace lw {

//! The profile's spending limits as the Settings page edits them: whole sats in, MilliSats
//! kept (a limit set in msat elsewhere is not rounded unless its field is edited). Each field
//! has a translated error; the limits must nest: confirm threshold ≤ per-payment cap ≤ daily
//! cap.
class SpendingLimitsForm : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Part of SettingsController (its `limits`).")

    //! Payments up to this go without asking.
    Q_PROPERTY(
        int confirmAboveSats READ confirmAboveSats WRITE setConfirmAboveSats NOTIFY changed FINAL)
    //! Never more than this in one payment.
    Q_PROPERTY(int perPaymentCapSats READ perPaymentCapSats WRITE setPerPaymentCapSats NOTIFY
                   changed FINAL)
    //! Never more than this in 24 hours.
    Q_PROPERTY(int dailyCapSats READ dailyCapSats WRITE setDailyCapSats NOTIFY changed FINAL)
    //! The most a payment's routing may cost.
    Q_PROPERTY(int maxRoutingFeeSats READ maxRoutingFeeSats WRITE setMaxRoutingFeeSats NOTIFY
                   changed FINAL)
    //! Why each field cannot be saved (translated); empty when it can.
    Q_PROPERTY(QString confirmAboveError READ confirmAboveError NOTIFY changed FINAL)
    Q_PROPERTY(QString perPaymentCapError READ perPaymentCapError NOTIFY changed FINAL)
    Q_PROPERTY(QString dailyCapError READ dailyCapError NOTIFY changed FINAL)
    Q_PROPERTY(QString maxRoutingFeeError READ maxRoutingFeeError NOTIFY changed FINAL)
    Q_PROPERTY(bool valid READ valid NOTIFY changed FINAL)
    //! Differs from what is stored.
    Q_PROPERTY(bool dirty READ dirty NOTIFY changed FINAL)

public:
    //! Every bitcoin there will ever be, in sats: more is a typing mistake.
    static constexpr qint64 maxSats = 2'100'000'000'000'000;

    explicit SpendingLimitsForm(QObject *parent = nullptr);

    //! Shows `stored` as both the value and what it is compared with.
    void load(const SpendingLimits &stored);
    //! The edited value is now the stored one.
    void markSaved() { load(m_value); }
    //! Back to the stored value.
    void revert() { load(m_stored); }
    const SpendingLimits &value() const { return m_value; }

    int confirmAboveSats() const { return shown(m_value.confirmAbove); }
    void setConfirmAboveSats(qint64 sats) { set(m_value.confirmAbove, sats); }
    int perPaymentCapSats() const { return shown(m_value.perPaymentCap); }
    void setPerPaymentCapSats(qint64 sats) { set(m_value.perPaymentCap, sats); }
    int dailyCapSats() const { return shown(m_value.dailyCap); }
    void setDailyCapSats(qint64 sats) { set(m_value.dailyCap, sats); }
    int maxRoutingFeeSats() const { return shown(m_value.maxRoutingFee); }
    void setMaxRoutingFeeSats(qint64 sats) { set(m_value.maxRoutingFee, sats); }

    QString confirmAboveError() const;
    QString perPaymentCapError() const;
    QString dailyCapError() const;
    QString maxRoutingFeeError() const;
    bool valid() const;
    bool dirty() const;

    //! "Enter 0 or more sats." / "Enter at most … sat." for a sats field, else empty.
    static QString rangeError(qint64 sats);
    //! Sats as a QML number field shows them (it holds an int): clamped to its range.
    static int shown(qint64 sats);
    static int shown(MilliSats amount) { return shown(amount.floorSats()); }

Q_SIGNALS:
    void changed();

private:
    void set(MilliSats &field, qint64 sats);

    SpendingLimits m_value; //!< may hold a value out of range, to show its error
    SpendingLimits m_stored;
};

} // namespace lw
