// SPDX-License-Identifier: GPL-3.0-or-later
// PayFlow's properties as the dialog reads them, and the setters of its amount and fee limit.
#include "common/safetext.h"
#include "enginesession.h"
#include "lnurlinvoice.h"
#include "payflow.h"

#include <climits>

namespace lw {

namespace {

QString networkText(Network n)
{
    switch (n) {
    case Network::Mainnet:
        //: The Bitcoin main chain, as the Pay dialog names an invoice's network.
        return PayFlow::tr("Bitcoin");
    case Network::Testnet:
        return PayFlow::tr("Testnet");
    case Network::Signet:
        return PayFlow::tr("Signet");
    case Network::Regtest:
        //: A local test chain (the sandbox's).
        return PayFlow::tr("Regtest");
    case Network::Simnet:
        return PayFlow::tr("Simnet");
    }
    return networkName(n);
}

//! A payment's fee limit may be raised up to this share of its amount.
constexpr qint64 maxFeePercent = 5;

QString satsText(MilliSats amount)
{
    return PayFlow::tr("%1 sat").arg(amount.toSatsDecimal());
}

} // namespace

qint64 PayFlow::amountSats() const
{
    if (m_invoice && m_invoice->amount)
        return m_invoice->amount->floorSats();
    return m_amountInput;
}

void PayFlow::setAmountSats(qint64 sats)
{
    sats = qMax<qint64>(0, sats);
    if (sats == m_amountInput || busy())
        return;
    m_amountInput = sats;
    if (m_lnurl && (m_state == State::Review || m_state == State::Failed))
        requestLnurlInvoice();
    else
        Q_EMIT reviewChanged();
}

qint64 PayFlow::maxFeeSats() const
{
    return limits().maxRoutingFee.floorSats();
}

void PayFlow::setMaxFeeSats(qint64 sats)
{
    if (busy())
        return;
    const qint64 ceiling = maxFeeCeilingSats();
    const auto fee = MilliSats::fromSats(sats);
    if (sats < 0 || !fee || sats > ceiling) {
        //: The Pay dialog's fee limit field; %1 is the highest limit in sats.
        m_maxFeeError = tr("The fee limit must be between 0 and %1 sat.").arg(ceiling);
        Q_EMIT reviewChanged();
        return;
    }
    m_maxFeeError.clear();
    m_maxFee = fee;
    refreshReview(); // the daily cap counts the fee limit
}

qint64 PayFlow::maxFeeCeilingSats() const
{
    // The settings' limit, not this payment's: raising it must not raise its own ceiling.
    MilliSats settings = SpendingLimits().maxRoutingFee;
    if (EngineSession *e = engine())
        settings = e->profile().limits.maxRoutingFee;
    qint64 ceiling = settings.ceilSats();
    if (m_invoice && m_invoice->amount)
        ceiling = qMax(ceiling, (m_invoice->amount->ceilSats() * maxFeePercent + 99) / 100);
    return ceiling;
}

QString PayFlow::totalText() const
{
    if (!m_invoice || !m_invoice->amount)
        return {};
    const auto total = m_invoice->amount->plus(limits().maxRoutingFee);
    //: The Pay dialog: the most the payment can cost; %1 is e.g. "1510 sat".
    return total ? tr("at most %1 in all").arg(satsText(*total)) : QString();
}

bool PayFlow::needsAmount() const
{
    return m_lnurl && !m_invoice;
}

qint64 PayFlow::minSats() const
{
    return m_lnurl ? m_lnurl->minSendable.ceilSats() : 0;
}

qint64 PayFlow::maxSats() const
{
    return m_lnurl ? m_lnurl->maxSendable.floorSats() : 0;
}

QString PayFlow::amountText() const
{
    return m_invoice && m_invoice->amount ? satsText(*m_invoice->amount) : QString();
}

QString PayFlow::description() const
{
    if (m_invoice && m_invoice->description)
        return displayText(QStringView(*m_invoice->description));
    if (m_lnurl)
        return displayText(QStringView(m_lnurl->description));
    return {};
}

QString PayFlow::payee() const
{
    return m_invoice ? m_invoice->payee.toHex() : QString();
}

QString PayFlow::payeeShort() const
{
    return shortHex(payee());
}

QString PayFlow::serviceDomain() const
{
    return m_lnurl ? m_lnurl->serviceDomain : QString();
}

QString PayFlow::network() const
{
    return m_invoice ? networkText(m_invoice->network) : QString();
}

QDateTime PayFlow::expiresAt() const
{
    return m_invoice ? QDateTime::fromSecsSinceEpoch(m_invoice->expiresAt(), Qt::UTC) : QDateTime();
}

int PayFlow::secondsLeft() const
{
    if (!m_invoice)
        return 0;
    return int(qBound<qint64>(0, m_invoice->secondsUntilExpiry(now()), qint64(INT_MAX)));
}

QString PayFlow::feeLimitText() const
{
    //: The Pay dialog; %1 is an amount such as "10 sat".
    return tr("at most %1 in routing fees").arg(satsText(limits().maxRoutingFee));
}

QString PayFlow::blockReason() const
{
    if (m_state == State::Review && !m_maxFeeError.isEmpty())
        return m_maxFeeError;
    if (m_state == State::Review && needsAmount()) {
        const auto amount = MilliSats::fromSats(m_amountInput);
        if (m_amountInput > 0 && amount)
            if (auto problem = lnurlAmountProblem(*m_lnurl, *amount))
                return problem->message;
        //: The Pay dialog for an LNURL or Lightning Address; %1 and %2 are sats.
        return tr("Enter an amount between %1 and %2 sat.")
            .arg(m_lnurl->minSendable.toSatsDecimal(), m_lnurl->maxSendable.toSatsDecimal());
    }
    return m_state == State::Review ? m_review.blockReason : QString();
}

QString PayFlow::paymentHash() const
{
    return m_invoice ? m_invoice->paymentHash.toHex() : QString();
}

QString PayFlow::preimage() const
{
    return m_preimage ? m_preimage->toHex() : QString();
}

qint64 PayFlow::feeSats() const
{
    return m_fee.ceilSats();
}

QString PayFlow::feeText() const
{
    return satsText(m_fee);
}

} // namespace lw
