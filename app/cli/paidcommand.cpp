// SPDX-License-Identifier: GPL-3.0-or-later
#include "paidcommand.h"

#include "cliawait.h"
#include "cliledger.h"
#include "lightning/bolt11decoder.h"
#include "markets/aiforhire/aiforhirejson.h"
#include "markets/aiforhire/aiforhirerequests.h"
#include "output.h"

#include <QCoreApplication>

namespace lw::cli {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(PaidCommand)
};

} // namespace

int reportPaidError(CommandContext &c, const AppError &error)
{
    const int code = c.report(error);
    auto open = c.session().journal().unfinished();
    if (!open)
        return code;
    for (const JournalEntry &e : *open) {
        if (mayHaveLeftWallet(e.state)) {
            note(Text::tr("Payment %1 (%2) is not settled yet. Do not pay again: run "
                          "\"lightwork-cli resume\" to finish it.")
                     .arg(e.id)
                     .arg(e.action));
            return Pending;
        }
    }
    return code;
}

} // namespace lw::cli
