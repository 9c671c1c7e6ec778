// SPDX-License-Identifier: GPL-3.0-or-later
#include "bolt11invoice.h"

namespace lw {

QString RouteHop::shortChannelIdText() const
{
    // BOLT 7: 3 bytes block height, 3 bytes transaction index, 2 bytes output index.
    return QStringLiteral("%1x%2x%3")
        .arg(shortChannelId >> 40)
        .arg((shortChannelId >> 16) & 0xffffff)
        .arg(shortChannelId & 0xffff);
}

} // namespace lw
