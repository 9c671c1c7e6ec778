// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace lw {

//! What one sync changed in a cached list, by remote id. Models apply it with row inserts,
//! removals and dataChanged, never a reset, so a list being read does not jump.
struct ChangeSet {
    QStringList inserted;
    QStringList updated;
    QStringList removed;

    bool isEmpty() const { return inserted.isEmpty() && updated.isEmpty() && removed.isEmpty(); }
    qsizetype size() const { return inserted.size() + updated.size() + removed.size(); }
};

} // namespace lw
