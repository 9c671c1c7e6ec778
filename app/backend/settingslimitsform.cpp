// SPDX-License-Identifier: GPL-3.0-or-later
#include "settingslimitsform.h"

#include <algorithm>
#include <limits>

namespace lw {

namespace {

bool sameLimits(const SpendingLimits &a, const SpendingLimits &b)
{
    return a.confirmAbove == b.confirmAbove && a.perPaymentCap == b.perPaymentCap
           && a.dailyCap == b.dailyCap && a.maxRoutingFee == b.maxRoutingFee;
}

} // namespace

SpendingLimitsForm::SpendingLimitsForm(QObject *parent)
    : QObject(parent)
{}

void SpendingLimitsForm::load(const SpendingLimits &stored)
{
    m_value = stored;
    m_stored = stored;
    Q_EMIT changed();
}

void SpendingLimitsForm::set(MilliSats &field, qint64 sats)
{
    // One past the range either way still shows the error, without overflowing.
    const qint64 bounded = std::clamp(sats, -1LL, maxSats + 1);
    const MilliSats next(bounded * MilliSats::msatPerSat);
    if (field == next)
        return;
    field = next;
    Q_EMIT changed();
}

QString SpendingLimitsForm::rangeError(qint64 sats)
{
    if (sats < 0)
        return tr("Enter 0 or more sats.");
    if (sats > maxSats)
        return tr("Enter at most %L1 sat.").arg(maxSats);
    return {};
}

int SpendingLimitsForm::shown(qint64 sats)
{
    return int(
        std::clamp<qint64>(sats, std::numeric_limits<int>::min(), std::numeric_limits<int>::max()));
}

QString SpendingLimitsForm::confirmAboveError() const
{
    if (QString e = rangeError(m_value.confirmAbove.floorSats()); !e.isEmpty())
        return e;
    if (rangeError(m_value.perPaymentCap.floorSats()).isEmpty()
        && m_value.confirmAbove > m_value.perPaymentCap)
        return tr("Cannot be above the per-payment cap (%L1 sat).")
            .arg(m_value.perPaymentCap.floorSats());
    return {};
}

QString SpendingLimitsForm::perPaymentCapError() const
{
    if (QString e = rangeError(m_value.perPaymentCap.floorSats()); !e.isEmpty())
        return e;
    if (rangeError(m_value.dailyCap.floorSats()).isEmpty()
        && m_value.perPaymentCap > m_value.dailyCap)
        return tr("Cannot be above the daily cap (%L1 sat).").arg(m_value.dailyCap.floorSats());
    return {};
}

QString SpendingLimitsForm::dailyCapError() const
{
    return rangeError(m_value.dailyCap.floorSats());
}

QString SpendingLimitsForm::maxRoutingFeeError() const
{
    return rangeError(m_value.maxRoutingFee.floorSats());
}

bool SpendingLimitsForm::valid() const
{
    return confirmAboveError().isEmpty() && perPaymentCapError().isEmpty()
           && dailyCapError().isEmpty() && maxRoutingFeeError().isEmpty();
}

bool SpendingLimitsForm::dirty() const
{
    return !sameLimits(m_value, m_stored);
}

} // namespace lw
