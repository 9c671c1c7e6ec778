// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace lw::cli {

//! `lightwork-cli decode [--now SECONDS] <text | ->`: prints a JSON description of an invoice,
//! LNURL, Lightning Address, payment URI, WWW-Authenticate challenge or macaroon.
int runDecode(const QStringList &arguments);

} // namespace lw::cli
