// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/database.h"

namespace lw {

//! The app's one SQLite file: every store's schema steps in the order they were introduced.
//! A step, once released, keeps its number forever; new steps are appended.
QList<Migration> appMigrations();

} // namespace lw
