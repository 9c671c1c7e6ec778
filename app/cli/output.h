// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

namespace lw::cli {

//! Exit codes: 0 success, 2 bad input or usage (one line on stderr says which).
enum ExitCode { Success = 0, BadInput = 2 };

void printJson(const QJsonObject &object);
void printLine(const QString &line);
//! "lightwork-cli: <message>" on stderr; returns BadInput for `return fail(...)`.
int fail(const QString &message);

} // namespace lw::cli
