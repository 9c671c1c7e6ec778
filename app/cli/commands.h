// SPDX-License-Identifier: GPL-3.0-or-later
// The command groups of lightwork-cli. Each takes argv[0] followed by its own arguments and
// returns the process exit code (output.h).
#pragma once

#include <QJsonArray>
#include <QStringList>

namespace lw::cli {

class CliSession;

int runProfile(QStringList arguments);
int runWallet(QStringList arguments);
int runAccount(QStringList arguments);

int runTopup(const QStringList &arguments);
int runMe(const QStringList &arguments);
int runTasks(QStringList arguments);
int runQuote(QStringList arguments);
int runAccept(const QStringList &arguments);
int runMessages(QStringList arguments);
int runDeliver(const QStringList &arguments);
int runDeliveries(QStringList arguments);
int runConfirm(const QStringList &arguments);
int runCollect(const QStringList &arguments);

//! prooflayer register|profile|payouts|feed|task|contract|create|claim|submit|release
int runProofLayer(QStringList arguments);

//! tools list|show|call|confirm|refund. What an earlier process left open (jobs, refunds) is
//! finished by `resume` (PaymentRecovery).
int runTools(QStringList arguments);

int runPay(const QStringList &arguments);
int runJournal(QStringList arguments);
int runResume(const QStringList &arguments);
int runLedger(const QStringList &arguments);

//! Takes the subcommand (argument 1) out of `arguments`; empty when there is none.
QString takeSubcommand(QStringList &arguments);

} // namespace lw::cli
