// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commandcontext.h"

namespace lw::cli {

//! Reports a paid command's error. When a payment of this session may have left the wallet
//! (journaled as paying, paid or credential sent) the exit code is Pending and the user is
//! told to run `resume`, never to try again.
int reportPaidError(CommandContext &c, const AppError &error);

//! Collects `amountText` sats (the whole balance when empty) from a 402ai account into the
//! profile's wallet with an invoice of exactly that amount.
int collectEarnings(CommandContext &c, HireClient *client, const QString &amountText);

} // namespace lw::cli
