// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commandcontext.h"

namespace lw::cli {

//! Reports a paid command's error. When a payment of this session may have left the wallet
//! (journaled as paying, paid or credential sent) the exit code is Pending and the user is
//! told to run `resume`, never to try again.
int reportPaidError(CommandContext &c, const AppError &error);

} // namespace lw::cli
