// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "http/faults.h"

#include <QList>
#include <QPair>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace lw::sandbox {

//! The real 402ai server's known faults; all on unless --fixed-faults names them.
enum class KnownFault {
    FeeBeforeValidation,  //!< fees charged before the request is validated, never refunded
    LossyAccept,          //!< an L402 payment on accept is consumed and not credited
    ReplayAfterRestart,   //!< used credentials forgotten on restart (and after an hour)
    CollectInvoiceAmount, //!< /collect pays the invoice's own amount, not amount_sats
    CollectFailureAsPaid, //!< a payment phoenixd fails with HTTP 200 is reported as paid
};

struct SandboxOptions {
    quint16 port = 0;
    QString dataDir; //!< empty: a temporary folder
    std::optional<quint64> seed;
    std::optional<qint64> startTimeSecs; //!< virtual clock start (with --seed)
    QString adminKey;
    int bots = 0;
    int botIntervalMs = 3000;
    QSet<KnownFault> fixedFaults;
    bool serveDeliveries = false;
    bool banner = false;
    FaultSettings faults;
    int settleDelayMs = 0;
    int paymentFailPercent = 0;
    int toolFailPercent = 0;
    QList<QPair<QString, qint64>> wallets; //!< --wallet NAME:SATS

    bool isFixed(KnownFault f) const { return fixedFaults.contains(f); }
};

//! Parses the command line; on error returns std::nullopt and sets *error.
std::optional<SandboxOptions> parseSandboxOptions(const QStringList &arguments, QString *error);

} // namespace lw::sandbox
