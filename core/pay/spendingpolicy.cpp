// SPDX-License-Identifier: GPL-3.0-or-later
#include "pay/spendingpolicy.h"

#include <QCoreApplication>

namespace lw {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(SpendingPolicy)
};

Unexpected<AppError> refuse(const QString &code, const QString &message)
{
    AppError e = AppError::make(AppError::Kind::Refused, message);
    e.code = code;
    return fail(std::move(e));
}

QString sats(MilliSats amount)
{
    return Text::tr("%1 sat").arg(amount.toSatsDecimal());
}

} // namespace

Result<PaymentDecision, AppError> decidePayment(const PaymentProposal &p,
                                                const SpendingLimits &limits)
{
    const Bolt11Invoice &invoice = p.invoice;
    if (invoice.network != p.walletNetwork)
        return refuse(QStringLiteral("wrong_network"),
                      Text::tr("The invoice is for %1 but the wallet pays on %2.")
                          .arg(networkName(invoice.network), networkName(p.walletNetwork)));
    if (!invoice.amount)
        return refuse(QStringLiteral("no_amount"),
                      Text::tr("The invoice has no amount, so the price cannot be checked."));
    const MilliSats amount = *invoice.amount;
    if (amount.isZero() || amount.isNegative())
        return refuse(QStringLiteral("no_amount"), Text::tr("The invoice amount is not positive."));
    if (amount > p.agreed)
        return refuse(QStringLiteral("above_price"),
                      Text::tr("The invoice asks %1, more than the %2 agreed for this action.")
                          .arg(sats(amount), sats(p.agreed)));
    if (invoice.isExpired(p.nowSecs))
        return refuse(QStringLiteral("expired"), Text::tr("The invoice has expired."));
    for (const ExpectedHash &expected : p.expectedHashes) {
        if (!expected.hash)
            return refuse(
                QStringLiteral("hash_unreadable"),
                Text::tr("The payment hash in the %1 cannot be read.").arg(expected.source));
        if (*expected.hash != invoice.paymentHash)
            return refuse(QStringLiteral("hash_mismatch"),
                          Text::tr("The invoice's payment hash differs from the one in the %1.")
                              .arg(expected.source));
    }
    if (amount > limits.perPaymentCap)
        return refuse(QStringLiteral("above_cap"),
                      Text::tr("%1 is above your limit of %2 per payment.")
                          .arg(sats(amount), sats(limits.perPaymentCap)));
    const auto withFee = amount.plus(limits.maxRoutingFee);
    const auto total = withFee ? withFee->plus(p.spentLast24h) : std::nullopt;
    if (!total || *total > limits.dailyCap)
        return refuse(QStringLiteral("daily_cap"),
                      Text::tr("Paying %1 would pass your daily limit of %2 (%3 spent in the last "
                               "24 hours).")
                          .arg(sats(amount), sats(limits.dailyCap), sats(p.spentLast24h)));
    PaymentDecision d;
    d.amount = amount;
    d.verdict = amount > limits.confirmAbove ? PaymentDecision::Verdict::Ask
                                             : PaymentDecision::Verdict::Pay;
    return d;
}

} // namespace lw
