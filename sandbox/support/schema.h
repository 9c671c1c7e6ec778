// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QStringList>

namespace lw::sandbox {

//! Numbered schema steps; step i brings `PRAGMA user_version` from i to i + 1.
QList<QStringList> schemaMigrations();

} // namespace lw::sandbox
