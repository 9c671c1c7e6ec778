// SPDX-License-Identifier: GPL-3.0-or-later
// Bringing finished journal payments into the ledger before it is read: `lightwork-cli ledger`
// and the Earnings screen both call this, so both list the same rows.
#pragma once

#include "common/result.h"
#include "net/apperror.h"

namespace lw {

class EngineSession;

//! Writes the wallet side of every journal entry that paid (also those finished by resume, or
//! by a process that died before it wrote its rows). Idempotent: rows are keyed. Answers how
//! many rows were new.
Result<int, AppError> syncJournalToLedger(EngineSession &engine);

} // namespace lw
