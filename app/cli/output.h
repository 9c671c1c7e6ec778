// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/apperror.h"

#include <QJsonObject>
#include <QString>

namespace lw::cli {

//! Exit codes (documented in docs/cli.md):
//!  0 success; 1 the market, wallet or network failed; 2 bad input or usage;
//!  3 refused (a check before paying, a declined confirmation, over --max-sats);
//!  4 a payment is pending or its outcome unknown (run `lightwork-cli resume` later);
//!  5 no keychain (secrets cannot be kept); 6 local storage failed.
enum ExitCode {
    Success = 0,
    Failure = 1,
    BadInput = 2,
    Refused = 3,
    Pending = 4,
    NoKeychain = 5,
    StorageFailed = 6
};

void printJson(const QJsonObject &object);
void printLine(const QString &line);
//! "lightwork-cli: <message>" on stderr; returns BadInput for `return fail(...)`.
int fail(const QString &message);
//! The error on stderr (and as {"error":{…}} on stdout with --json); returns its exit code.
int report(const AppError &error, bool json);
int exitCodeFor(const AppError &error);
//! A result: indented JSON with --json, else one "key: value" line per field (nested objects
//! flattened with dots), every value made safe for a terminal.
void emitResult(const QJsonObject &object, bool json);
//! A line on stderr that is not an error (progress, notes); never on stdout.
void note(const QString &line);

} // namespace lw::cli
