// SPDX-License-Identifier: GPL-3.0-or-later
// ProofLayer values as the CLI prints them: the server's field names, amounts in whole sats,
// every text field as sent (the printer makes it safe for a terminal).
#pragma once

#include "markets/prooflayer/prooflayertypes.h"

#include <QJsonObject>

namespace lw::cli::prooflayer {

QJsonObject workerJson(const ProofLayerWorker &worker);
QJsonObject payoutJson(const ProofLayerPayout &payout);
QJsonObject taskJson(const ProofLayerTask &task);
QJsonObject feedJson(const ProofLayerList<ProofLayerTask> &feed);
QJsonObject payoutsJson(const ProofLayerPayouts &payouts);
QJsonObject releaseJson(const ProofLayerRelease &release);
QJsonObject contractJson(const ProofLayerContract &contract);

} // namespace lw::cli::prooflayer
