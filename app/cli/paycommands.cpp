// SPDX-License-Identifier: GPL-3.0-or-later
// pay, journal, resume: paying what the user brings, and the journal of every payment.
#include "cliawait.h"
#include "commandcontext.h"
#include "commands.h"
#include "hireoutput.h"
#include "lightning/bolt11decoder.h"
#include "lightning/lnurlresponse.h"
#include "lightning/paymenturi.h"
#include "lnurlinvoice.h"
#include "net/lnurlfetch.h"
#include "output.h"
#include "paidcommand.h"
#include "paymentrecovery.h"
#include "qr/qrwallet.h"
#include "toolsoutput.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>

namespace lw::cli {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(PayCommands)
};

QJsonObject entryJson(const JournalEntry &e)
{
    QJsonObject o{
        {QStringLiteral("id"), e.id},
        {QStringLiteral("kind"), journalKindName(e.kind)},
        {QStringLiteral("action"), e.action},
        {QStringLiteral("state"), paymentStateName(e.state)},
        {QStringLiteral("agreed_sats"), e.agreed.toSatsDecimal()},
        {QStringLiteral("amount_sats"), e.amount.toSatsDecimal()},
        {QStringLiteral("fee_sats"), e.fee.toSatsDecimal()},
        {QStringLiteral("host"), e.url.host()},
        {QStringLiteral("created_at"),
         QDateTime::fromMSecsSinceEpoch(e.createdAtMs, Qt::UTC).toString(Qt::ISODateWithMs)}};
    if (e.paymentHash)
        o.insert(QStringLiteral("payment_hash"), e.paymentHash->toHex());
    if (!e.result.isEmpty())
        o.insert(QStringLiteral("result"), e.result);
    if (!e.error.isEmpty())
        o.insert(QStringLiteral("error"), e.error);
    return o;
}

//! An LNURL-pay request (LNURL or Lightning Address) turned into an invoice for `amount`.
Result<QString, AppError> invoiceFromLnurl(CommandContext &c, const QUrl &url,
                                           std::optional<MilliSats> amount)
{
    auto fetched = await(fetchLnurlPayRequest(&c.session().http(), &c.session(), url));
    if (!fetched)
        return lw::fail(fetched.error());
    const LnurlPayRequest &pay = *fetched;
    if (!amount)
        return lw::fail(AppError::make(AppError::Kind::Invalid,
                                       Text::tr("%1 takes %2 to %3 sat: give the amount with "
                                                "--amount.")
                                           .arg(pay.serviceDomain, pay.minSendable.toSatsDecimal(),
                                                pay.maxSendable.toSatsDecimal())));
    return await(fetchLnurlInvoice(&c.session().http(), &c.session(), pay, *amount));
}

} // namespace

int runPay(const QStringList &arguments)
{
    CommandContext c(Text::tr("Pay an invoice, lightning: link, LNURL-pay or Lightning Address "
                              "from the profile's wallet."));
    const QCommandLineOption amountOption(QStringLiteral("amount"),
                                          Text::tr("The amount for an LNURL or address."),
                                          QStringLiteral("sats"));
    c.parser.addOption(amountOption);
    if (auto code = c.start(arguments, 1, 1, Text::tr("what to pay")))
        return *code;
    if (auto wallet = c.session().requireWallet(); !wallet)
        return c.report(wallet.error());
    auto uri = parsePaymentUri(c.args().first());
    if (!uri)
        return c.report(AppError::make(AppError::Kind::Invalid, uri.error().message));
    std::optional<MilliSats> amount;
    if (c.parser.isSet(amountOption)) {
        int code = Success;
        amount = c.sats(c.parser.value(amountOption), QStringLiteral("--amount"), &code);
        if (!amount)
            return code;
    }
    QString invoice;
    QUrl origin;
    switch (uri->kind) {
    case PaymentUri::Kind::Bolt11:
        invoice = uri->bolt11;
        break;
    case PaymentUri::Kind::Lnurl:
    case PaymentUri::Kind::LightningAddress: {
        origin = uri->kind == PaymentUri::Kind::Lnurl ? uri->lnurl : uri->address->lnurlpUrl();
        auto fetched = invoiceFromLnurl(c, origin, amount);
        if (!fetched)
            return c.report(fetched.error());
        invoice = *fetched;
        break;
    }
    case PaymentUri::Kind::OnChainOnly:
        return c.report(AppError::make(AppError::Kind::Invalid,
                                       Text::tr("This is an on-chain address; Lightwork pays "
                                                "over Lightning only.")));
    }
    auto decoded = decodeBolt11(invoice);
    if (!decoded)
        return c.report(AppError::make(AppError::Kind::Invalid, decoded.error().message));
    if (!decoded->amount)
        return c.report(AppError::make(AppError::Kind::Refused,
                                       Text::tr("The invoice has no amount; Lightwork pays only "
                                                "invoices that state one.")));
    if (amount && *decoded->amount != *amount)
        return c.report(
            AppError::make(AppError::Kind::Refused,
                           Text::tr("The invoice is for %1 sat, not %2.")
                               .arg(decoded->amount->toSatsDecimal(), amount->toSatsDecimal())));
    auto gate = c.session().gate();
    if (!gate)
        return c.report(gate.error());
    // What the user agreed to is what the invoice they brought says (and --max-sats caps it).
    auto paid = await((*gate)->payInvoice(JournalEntry::Kind::Invoice, QStringLiteral("pay"), 0,
                                          invoice, *decoded->amount, origin));
    if (!paid)
        return reportPaidError(c, paid.error());
    QJsonObject out{{QStringLiteral("journal_id"), paid->journalId},
                    {QStringLiteral("status"), QStringLiteral("paid")}};
    if (paid->payment)
        out.insert(QStringLiteral("payment"), paymentJson(*paid->payment));
    emitResult(out, c.json());
    return Success;
}

int runJournal(QStringList arguments)
{
    const QString sub = takeSubcommand(arguments);
    CommandContext c(Text::tr("The payment journal: every payment intent and how it ended."));
    const QCommandLineOption limit(QStringLiteral("limit"), Text::tr("How many entries."),
                                   QStringLiteral("n"), QStringLiteral("50"));
    c.parser.addOption(limit);
    if (auto code = c.start(arguments, 0, 0, Text::tr("no arguments")))
        return *code;
    if (sub != u"list" && !sub.isEmpty())
        return fail(Text::tr("unknown journal command \"%1\"").arg(sub));
    auto entries = c.session().journal().recent(qBound(1, c.parser.value(limit).toInt(), 10000));
    if (!entries)
        return c.report(entries.error());
    QJsonArray out;
    for (const JournalEntry &e : *entries)
        out.append(entryJson(e));
    emitResult({{QStringLiteral("entries"), out}}, c.json());
    return Success;
}

namespace {

//! Proof for QR codes shown by an earlier run: the phone wallet takes each preimage only if it
//! belongs to an invoice it still waits for, and the resume below then finds it paid.
Result<bool, AppError> submitPhonePreimages(CliSession &session, const QStringList &preimages)
{
    auto wallet = session.requireWallet();
    if (!wallet)
        return lw::fail(wallet.error());
    auto *phone = dynamic_cast<QrWallet *>(*wallet);
    if (!phone)
        return lw::fail(AppError::make(AppError::Kind::Invalid,
                                       Text::tr("--preimage is for a phone (QR) wallet; make it "
                                                "the default wallet first.")));
    for (const QString &text : preimages) {
        if (auto r = phone->submitPreimage(text); !r)
            return lw::fail(r.error());
    }
    return true;
}

QJsonObject resumedEntryJson(const RecoveryItem &item)
{
    QJsonObject o = entryJson(item.entry);
    if (item.error)
        o.insert(QStringLiteral("error"), item.error->describe());
    return o;
}

//! A paid tool call's follow-up: its job's outcome and the refund claimed, as `tools` prints them.
QJsonObject resumedToolJson(const RecoveryItem &item)
{
    if (item.toolCall == 0 && item.error) // the follow-ups could not be read
        return {{QStringLiteral("error"), item.error->describe()}};
    QJsonObject o{{QStringLiteral("tool_call"), item.toolCall},
                  {QStringLiteral("service"), item.service}};
    if (item.job)
        o.insert(QStringLiteral("job"), callJson(item.service, *item.job));
    if (item.refund)
        o.insert(QStringLiteral("refund"), claimJson(*item.refund));
    if (item.error)
        o.insert(QStringLiteral("error"), item.error->describe());
    else
        o.insert(QStringLiteral("state"), item.toolState);
    return o;
}

} // namespace

int runResume(const QStringList &arguments)
{
    CommandContext c(Text::tr("Finish every payment an interruption left open: look payments "
                              "up by hash, send paid credentials, claim paid top-ups. Nothing "
                              "is paid twice."));
    const QCommandLineOption preimage(
        QStringLiteral("preimage"),
        Text::tr("The preimage a phone wallet shows for a QR code an earlier run offered "
                 "(repeatable)."),
        QStringLiteral("hex"));
    c.parser.addOption(preimage);
    if (auto code = c.start(arguments, 0, 0, Text::tr("no arguments")))
        return *code;
    if (const QStringList pasted = c.parser.values(preimage); !pasted.isEmpty()) {
        if (auto r = submitPhonePreimages(c.session(), pasted); !r)
            return c.report(r.error());
    }
    PaymentRecovery recovery(c.session().engine());
    QObject::connect(&recovery, &PaymentRecovery::progress,
                     [](const QString &line) { note(line); });
    auto report = await(recovery.run(RecoveryMode::FinishEverything));
    if (!report)
        return c.report(report.error());
    QJsonArray out;
    for (const RecoveryItem &item : report->items)
        out.append(item.source == RecoveryItem::Source::Journal ? resumedEntryJson(item)
                                                                : resumedToolJson(item));
    emitResult({{QStringLiteral("resumed"), out}}, c.json());
    return report->stillOpen ? int(Pending) : report->anyError ? int(Failure) : int(Success);
}

} // namespace lw::cli
