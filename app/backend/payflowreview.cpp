// SPDX-License-Identifier: GPL-3.0-or-later
#include "payflowreview.h"

#include <QCoreApplication>

namespace lw {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(PayFlow)
};

//! decidePayment's verdict on `invoice` paid on `network`: the refusal, or nothing.
std::optional<AppError> refusal(const Bolt11Invoice &invoice, const PayContext &c, Network network)
{
    PaymentProposal p;
    p.invoice = invoice;
    p.agreed = c.agreed;
    p.walletNetwork = network;
    p.nowSecs = c.nowSecs;
    p.spentLast24h = c.spentLast24h;
    auto decided = decidePayment(p, c.limits);
    if (decided)
        return std::nullopt;
    return decided.error();
}

} // namespace

PayReview reviewInvoice(const Bolt11Invoice &invoice, const PayContext &c)
{
    PayReview r;
    r.expired = invoice.isExpired(c.nowSecs);
    r.missingAmount = !invoice.amount;
    const Network walletNetwork = c.walletNetwork.value_or(invoice.network);
    r.networkMismatch = c.walletNetwork && *c.walletNetwork != invoice.network;

    const auto problem = refusal(invoice, c, walletNetwork);
    const auto phoneProblem = refusal(invoice, c, c.phoneNetwork);
    QString reason;
    if (!c.engineProblem.isEmpty())
        reason = c.engineProblem;
    else if (r.missingAmount)
        //: The Pay dialog, when a pasted invoice leaves the amount to the payer.
        reason = Text::tr("This invoice has no amount. Lightwork pays only invoices that state "
                          "one: ask the payee for an invoice with an amount.");
    else if (problem)
        reason = problem->message;
    else if (c.journalEntry)
        //: The Pay dialog; %1 is the number of the journal entry.
        reason = Text::tr("This invoice is already being paid or was paid (journal entry %1).")
                     .arg(*c.journalEntry);

    const bool invoiceOk = reason.isEmpty();
    r.canPayWithPhone = invoiceOk && !phoneProblem;
    if (invoiceOk && !c.walletNetwork)
        reason = c.walletProblem.isEmpty()
                     //: The Pay dialog while the profile's wallet is being opened.
                     ? Text::tr("Opening your wallet…")
                     : c.walletProblem;
    r.canConfirm = reason.isEmpty();
    r.blockReason = reason;
    return r;
}

QString shortHex(const QString &hex)
{
    if (hex.size() <= 16)
        return hex;
    return hex.left(8) + u'…' + hex.right(8);
}

} // namespace lw
