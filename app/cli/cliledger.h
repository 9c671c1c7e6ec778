// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clisession.h"
#include "ledger/ledger.h"

namespace lw::cli {

//! Writes what journal entry `journalId` paid from the wallet to the ledger (once, however
//! often it is called). Ledger trouble is noted on stderr, never fails the paid command.
void recordJournalInLedger(CliSession &session, qint64 journalId);
//! Writes a movement the market reported (escrow, release, balance fees, collect).
void recordInLedger(CliSession &session, LedgerReason reason, bool incoming, MilliSats amount,
                    LedgerEntry::Source source, qint64 accountId, const QString &reference,
                    const QString &key);

} // namespace lw::cli
