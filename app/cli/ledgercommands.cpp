// SPDX-License-Identifier: GPL-3.0-or-later
// `ledger [--csv]`: every sat in and out with its reason.
#include "cliledger.h"
#include "commandcontext.h"
#include "commands.h"
#include "ledgersync.h"
#include "output.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QTextStream>

#include <cstdio>

namespace lw::cli {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(LedgerCommands)
};

QJsonObject entryJson(const LedgerEntry &e)
{
    return {
        {QStringLiteral("time"),
         QDateTime::fromMSecsSinceEpoch(e.atMs, Qt::UTC).toString(Qt::ISODateWithMs)},
        {QStringLiteral("reason"), ledgerReasonName(e.reason)},
        {QStringLiteral("direction"), e.incoming ? QStringLiteral("in") : QStringLiteral("out")},
        {QStringLiteral("sats"), e.amount.toSatsDecimal()},
        {QStringLiteral("source"), ledgerSourceName(e.source)},
        {QStringLiteral("account_id"), e.accountId},
        {QStringLiteral("reference"), e.reference},
        {QStringLiteral("note"), e.note}};
}

} // namespace

void recordJournalInLedger(CliSession &session, qint64 journalId)
{
    auto entry = session.journal().entry(journalId);
    if (!entry)
        return;
    if (auto written = Ledger(session.database()).recordJournal(*entry); !written)
        note(Text::tr("The ledger could not be updated: %1").arg(written.error().describe()));
}

void recordInLedger(CliSession &session, LedgerReason reason, bool incoming, MilliSats amount,
                    LedgerEntry::Source source, qint64 accountId, const QString &reference,
                    const QString &key)
{
    if (amount.isZero())
        return;
    LedgerEntry e;
    e.atMs = QDateTime::currentMSecsSinceEpoch();
    e.reason = reason;
    e.incoming = incoming;
    e.amount = amount;
    e.source = source;
    e.accountId = accountId;
    e.reference = reference;
    e.key = key;
    if (auto written = Ledger(session.database()).record(e); !written)
        note(Text::tr("The ledger could not be updated: %1").arg(written.error().describe()));
}

int runLedger(const QStringList &arguments)
{
    CommandContext c(Text::tr("Every sat in and out, with its reason."));
    const QCommandLineOption csv(QStringLiteral("csv"), Text::tr("As CSV (for a spreadsheet)."));
    const QCommandLineOption reason(QStringLiteral("reason"),
                                    Text::tr("Only this reason (post_fee, quote_fee, "
                                             "escrow_locked, released, collected, top_up, "
                                             "l402_call, routing_fee, refund, payout, payment)."),
                                    QStringLiteral("reason"));
    const QCommandLineOption since(QStringLiteral("since"),
                                   Text::tr("Only from this date on (YYYY-MM-DD, UTC)."),
                                   QStringLiteral("date"));
    c.parser.addOptions({csv, reason, since});
    if (auto code = c.start(arguments, 0, 0, Text::tr("no arguments")))
        return *code;

    LedgerFilter filter;
    if (c.parser.isSet(reason)) {
        filter.reason = ledgerReasonFromName(c.parser.value(reason));
        if (!filter.reason)
            return fail(Text::tr("unknown reason \"%1\"").arg(c.parser.value(reason)));
    }
    if (c.parser.isSet(since)) {
        const QDate day = QDate::fromString(c.parser.value(since), Qt::ISODate);
        if (!day.isValid())
            return fail(Text::tr("--since needs a date like 2026-11-21"));
        filter.sinceMs = day.startOfDay(Qt::UTC).toMSecsSinceEpoch();
    }

    // Payments the journal finished (also by resume, or by a process that died before it
    // wrote its ledger rows) are brought in first; recording is idempotent.
    if (auto synced = syncJournalToLedger(c.session().engine()); !synced)
        return c.report(synced.error());

    auto entries = Ledger(c.session().database()).entries(filter);
    if (!entries)
        return c.report(entries.error());
    if (c.parser.isSet(csv)) {
        const QByteArray out = Ledger::toCsv(*entries);
        std::fwrite(out.constData(), 1, size_t(out.size()), stdout);
        return Success;
    }
    QJsonArray rows;
    qint64 inMsat = 0;
    qint64 outMsat = 0;
    for (const LedgerEntry &e : std::as_const(*entries)) {
        rows.append(entryJson(e));
        if (e.source == LedgerEntry::Source::Wallet)
            (e.incoming ? inMsat : outMsat) += e.amount.msat();
    }
    emitResult({{QStringLiteral("entries"), rows},
                {QStringLiteral("wallet_in_sats"), MilliSats(inMsat).toSatsDecimal()},
                {QStringLiteral("wallet_out_sats"), MilliSats(outMsat).toSatsDecimal()}},
               c.json());
    return Success;
}

} // namespace lw::cli
