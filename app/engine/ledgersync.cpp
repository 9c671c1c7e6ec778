// SPDX-License-Identifier: GPL-3.0-or-later
#include "ledgersync.h"

#include "enginesession.h"
#include "ledger/ledger.h"

namespace lw {

Result<int, AppError> syncJournalToLedger(EngineSession &engine)
{
    Ledger ledger(engine.database());
    auto journal = engine.journal().recent(1'000'000);
    if (!journal)
        return lw::fail(journal.error());
    int written = 0;
    for (const JournalEntry &e : std::as_const(*journal)) {
        auto rows = ledger.recordJournal(e);
        if (!rows)
            return lw::fail(rows.error());
        written += *rows;
    }
    return written;
}

} // namespace lw
