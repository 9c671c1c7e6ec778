// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "lightning/millisats.h"
#include "net/apperror.h"
#include "pay/paymentjournal.h"
#include "store/database.h"

#include <QList>
#include <QString>

#include <optional>

namespace lw {

//! Why sats moved.
enum class LedgerReason {
    PostFee,
    QuoteFee,
    EscrowLocked,
    Released,
    Collected,
    TopUp,
    L402Call,
    RoutingFee,
    Refund,
    Payout,
    Payment, //!< an invoice the user brought (`pay`)
};

QString ledgerReasonName(LedgerReason reason);
std::optional<LedgerReason> ledgerReasonFromName(QStringView name);

//! One movement of sats. `source` says where they moved: the user's wallet, a market balance,
//! or a market's escrow (what a buyer locked, until released to the worker).
struct LedgerEntry {
    enum class Source { Wallet, Market, Escrow };
    qint64 id = 0;
    qint64 atMs = 0;
    LedgerReason reason = LedgerReason::Payment;
    bool incoming = false;
    MilliSats amount;
    Source source = Source::Wallet;
    qint64 accountId = 0; //!< the market account, 0 for none
    QString reference;    //!< task id, quote id, payment hash, charge id
    QString note;         //!< plain text for people
    //! Makes recording idempotent: the same movement seen twice (a retry, a resume, two
    //! processes) is one row. E.g. "journal:12", "402ai:7:escrow:<task>".
    QString key;
    qint64 journalId = 0;
};

QString ledgerSourceName(LedgerEntry::Source source);

struct LedgerFilter {
    qint64 sinceMs = 0;
    qint64 untilMs = 0; //!< 0: no end
    qint64 accountId = 0;
    std::optional<LedgerReason> reason;
};

//! Every sat in and out with its reason, in the app's SQLite file, exportable as CSV.
class Ledger {
public:
    explicit Ledger(const Database &db);

    static QList<Migration> migrations();

    //! False when an entry with the same key exists already (nothing written).
    Result<bool, AppError> record(const LedgerEntry &entry);
    //! The wallet side of a journal entry that paid: the amount with the reason its action
    //! names, and the routing fee as its own row. Entries that paid nothing record nothing.
    Result<int, AppError> recordJournal(const JournalEntry &entry);
    //! Oldest first.
    Result<QList<LedgerEntry>, AppError> entries(const LedgerFilter &filter = {}) const;

    //! RFC 4180 CSV with a header; cells that a spreadsheet would run as a formula are quoted
    //! with a leading apostrophe.
    static QByteArray toCsv(const QList<LedgerEntry> &entries);
    //! The reason a journal action names (e.g. "402ai.post_task" → PostFee).
    static LedgerReason reasonForJournal(const JournalEntry &entry);

private:
    const Database &m_db;
};

} // namespace lw
