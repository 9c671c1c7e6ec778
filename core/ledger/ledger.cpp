// SPDX-License-Identifier: GPL-3.0-or-later
#include "ledger/ledger.h"

#include <QDateTime>

namespace lw {

namespace {

constexpr std::pair<LedgerReason, QStringView> reasonNames[] = {
    {LedgerReason::PostFee, u"post_fee"},
    {LedgerReason::QuoteFee, u"quote_fee"},
    {LedgerReason::EscrowLocked, u"escrow_locked"},
    {LedgerReason::Released, u"released"},
    {LedgerReason::Collected, u"collected"},
    {LedgerReason::TopUp, u"top_up"},
    {LedgerReason::L402Call, u"l402_call"},
    {LedgerReason::RoutingFee, u"routing_fee"},
    {LedgerReason::Refund, u"refund"},
    {LedgerReason::Payout, u"payout"},
    {LedgerReason::Payment, u"payment"},
};

QString csvCell(QString text)
{
    // A cell starting like a formula runs as one in spreadsheets (CSV injection): defuse it.
    if (!text.isEmpty() && QStringView(u"=+-@\t\r").contains(text.front()))
        text.prepend(u'\'');
    if (text.contains(u',') || text.contains(u'"') || text.contains(u'\n')
        || text.contains(u'\r')) {
        text.replace(QStringLiteral("\""), QStringLiteral("\"\""));
        return u'"' + text + u'"';
    }
    return text;
}

QString satsText(MilliSats amount)
{
    const qint64 msat = amount.msat();
    if (msat % 1000 == 0)
        return QString::number(msat / 1000);
    return QStringLiteral("%1.%2").arg(msat / 1000).arg(msat % 1000, 3, 10, QLatin1Char('0'));
}

} // namespace

QString ledgerReasonName(LedgerReason reason)
{
    for (const auto &[r, name] : reasonNames)
        if (r == reason)
            return name.toString();
    return {};
}

std::optional<LedgerReason> ledgerReasonFromName(QStringView name)
{
    for (const auto &[r, n] : reasonNames)
        if (n == name)
            return r;
    return std::nullopt;
}

QString ledgerSourceName(LedgerEntry::Source source)
{
    switch (source) {
    case LedgerEntry::Source::Wallet:
        return QStringLiteral("wallet");
    case LedgerEntry::Source::Market:
        return QStringLiteral("market");
    case LedgerEntry::Source::Escrow:
        return QStringLiteral("escrow");
    }
    return {};
}

Ledger::Ledger(const Database &db)
    : m_db(db)
{}

QList<Migration> Ledger::migrations()
{
    return {{1,
             {QStringLiteral("CREATE TABLE ledger (id INTEGER PRIMARY KEY, at_ms INTEGER NOT NULL,"
                             " reason TEXT NOT NULL, incoming INTEGER NOT NULL,"
                             " amount_msat INTEGER NOT NULL CHECK (amount_msat >= 0),"
                             " source TEXT NOT NULL, account_id INTEGER NOT NULL DEFAULT 0,"
                             " reference TEXT NOT NULL DEFAULT '', note TEXT NOT NULL DEFAULT '',"
                             " key TEXT NOT NULL UNIQUE, journal_id INTEGER NOT NULL DEFAULT 0)"),
              QStringLiteral("CREATE INDEX ledger_time ON ledger(at_ms)")}}};
}

Result<bool, AppError> Ledger::record(const LedgerEntry &e)
{
    auto q =
        m_db.exec(QStringLiteral("INSERT INTO ledger (at_ms, reason, incoming, amount_msat, source,"
                                 " account_id, reference, note, key, journal_id)"
                                 " VALUES (?,?,?,?,?,?,?,?,?,?) ON CONFLICT (key) DO NOTHING"),
                  {e.atMs, ledgerReasonName(e.reason), e.incoming ? 1 : 0, e.amount.msat(),
                   ledgerSourceName(e.source), e.accountId, sqlText(e.reference), sqlText(e.note),
                   sqlText(e.key), e.journalId});
    if (!q)
        return fail(q.error());
    return q->numRowsAffected() == 1;
}

LedgerReason Ledger::reasonForJournal(const JournalEntry &entry)
{
    if (entry.kind == JournalEntry::Kind::Topup)
        return LedgerReason::TopUp;
    if (entry.kind == JournalEntry::Kind::Invoice)
        return LedgerReason::Payment;
    // Whole action names: a tool's slug ("tools.<slug>") may be any word, even "quote".
    const QString &action = entry.action;
    if (action == u"402ai.post_task")
        return LedgerReason::PostFee;
    if (action == u"402ai.quote")
        return LedgerReason::QuoteFee;
    // Escrow: 402ai's accept, and ProofLayer's paid create, whose budget waits for the result.
    if (action == u"402ai.accept" || action == u"prooflayer.create_task")
        return LedgerReason::EscrowLocked;
    return LedgerReason::L402Call;
}

Result<int, AppError> Ledger::recordJournal(const JournalEntry &entry)
{
    if (!entry.preimage || entry.amount.msat() <= 0)
        return 0; // nothing provably left the wallet
    const QString ref = entry.paymentHash ? entry.paymentHash->toHex() : QString();
    LedgerEntry paid;
    paid.atMs = entry.updatedAtMs;
    paid.reason = reasonForJournal(entry);
    paid.amount = entry.amount;
    paid.source = LedgerEntry::Source::Wallet;
    paid.accountId = entry.accountId;
    paid.reference = ref;
    paid.note = entry.action;
    paid.key = QStringLiteral("journal:%1").arg(entry.id);
    paid.journalId = entry.id;
    auto first = record(paid);
    if (!first)
        return fail(first.error());
    int written = *first ? 1 : 0;
    if (entry.fee.msat() > 0) {
        LedgerEntry fee = paid;
        fee.reason = LedgerReason::RoutingFee;
        fee.amount = entry.fee;
        fee.key = QStringLiteral("journal:%1:fee").arg(entry.id);
        auto second = record(fee);
        if (!second)
            return fail(second.error());
        written += *second ? 1 : 0;
    }
    return written;
}

Result<QList<LedgerEntry>, AppError> Ledger::entries(const LedgerFilter &filter) const
{
    QString sql = QStringLiteral("SELECT id, at_ms, reason, incoming, amount_msat, source,"
                                 " account_id, reference, note, key, journal_id FROM ledger"
                                 " WHERE at_ms >= ?");
    QVariantList bindings{filter.sinceMs};
    if (filter.untilMs > 0) {
        sql += QStringLiteral(" AND at_ms < ?");
        bindings << filter.untilMs;
    }
    if (filter.accountId > 0) {
        sql += QStringLiteral(" AND account_id = ?");
        bindings << filter.accountId;
    }
    if (filter.reason) {
        sql += QStringLiteral(" AND reason = ?");
        bindings << ledgerReasonName(*filter.reason);
    }
    auto q = m_db.exec(sql + QStringLiteral(" ORDER BY at_ms, id"), bindings);
    if (!q)
        return fail(q.error());
    QList<LedgerEntry> out;
    while (q->next()) {
        LedgerEntry e;
        e.id = q->value(0).toLongLong();
        e.atMs = q->value(1).toLongLong();
        e.reason = ledgerReasonFromName(q->value(2).toString()).value_or(LedgerReason::Payment);
        e.incoming = q->value(3).toInt() != 0;
        e.amount = MilliSats(q->value(4).toLongLong());
        const QString source = q->value(5).toString();
        for (auto candidate : {LedgerEntry::Source::Wallet, LedgerEntry::Source::Market,
                               LedgerEntry::Source::Escrow})
            if (ledgerSourceName(candidate) == source)
                e.source = candidate;
        e.accountId = q->value(6).toLongLong();
        e.reference = q->value(7).toString();
        e.note = q->value(8).toString();
        e.key = q->value(9).toString();
        e.journalId = q->value(10).toLongLong();
        out.append(e);
    }
    return out;
}

QByteArray Ledger::toCsv(const QList<LedgerEntry> &entries)
{
    QString out = QStringLiteral("time,reason,direction,sats,source,account,reference,note\r\n");
    for (const LedgerEntry &e : entries) {
        const QStringList cells{
            QDateTime::fromMSecsSinceEpoch(e.atMs, Qt::UTC).toString(Qt::ISODateWithMs),
            ledgerReasonName(e.reason),
            e.incoming ? QStringLiteral("in") : QStringLiteral("out"),
            satsText(e.amount),
            ledgerSourceName(e.source),
            e.accountId > 0 ? QString::number(e.accountId) : QString(),
            csvCell(e.reference),
            csvCell(e.note)};
        out += cells.join(u',') + QStringLiteral("\r\n");
    }
    return out.toUtf8();
}

} // namespace lw
