// SPDX-License-Identifier: GPL-3.0-or-later
#include "settingstopupform.h"

#include "settingslimitsform.h"

#include <algorithm>

namespace lw {

AutoTopUpForm::AutoTopUpForm(QObject *parent)
    : QObject(parent)
{}

void AutoTopUpForm::load(const AutoTopUpSettings &stored)
{
    m_value = stored;
    m_stored = stored;
    Q_EMIT changed();
}

void AutoTopUpForm::setLimits(const SpendingLimits &limits)
{
    m_limits = limits;
    Q_EMIT changed();
}

void AutoTopUpForm::setEnabled(bool enabled)
{
    if (m_value.enabled == enabled)
        return;
    m_value.enabled = enabled;
    Q_EMIT changed();
}

void AutoTopUpForm::set(qint64 &field, qint64 sats)
{
    const qint64 bounded = std::clamp(sats, -1LL, SpendingLimitsForm::maxSats + 1);
    if (field == bounded)
        return;
    field = bounded;
    Q_EMIT changed();
}

QString AutoTopUpForm::thresholdError() const
{
    return SpendingLimitsForm::rangeError(m_value.thresholdSats);
}

QString AutoTopUpForm::amountError() const
{
    if (QString e = SpendingLimitsForm::rangeError(m_value.amountSats); !e.isEmpty())
        return e;
    // Values kept while off are not in force, so they need not fit yet.
    if (!m_value.enabled)
        return {};
    if (m_value.amountSats == 0)
        return tr("A top-up needs more than 0 sat.");
    const qint64 perPayment = m_limits.perPaymentCap.floorSats();
    if (m_value.amountSats > perPayment)
        return tr("Cannot be above the per-payment cap (%L1 sat): the wallet would refuse it.")
            .arg(perPayment);
    return {};
}

QString AutoTopUpForm::dailyCapError() const
{
    if (QString e = SpendingLimitsForm::rangeError(m_value.dailyCapSats); !e.isEmpty())
        return e;
    if (!m_value.enabled)
        return {};
    const qint64 daily = m_limits.dailyCap.floorSats();
    if (m_value.dailyCapSats > daily)
        return tr("Cannot be above the daily spending cap (%L1 sat).").arg(daily);
    if (m_value.dailyCapSats < m_value.amountSats)
        return tr("Must allow at least one top-up (%L1 sat).").arg(m_value.amountSats);
    return {};
}

bool AutoTopUpForm::valid() const
{
    return thresholdError().isEmpty() && amountError().isEmpty() && dailyCapError().isEmpty();
}

} // namespace lw
