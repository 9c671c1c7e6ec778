// SPDX-License-Identifier: GPL-3.0-or-later
#include "pay/crashpoint.h"

#include <cstdio>
#include <cstdlib>

namespace lw {

void crashPoint(const char *stage)
{
    static const QByteArray target = qgetenv("LIGHTWORK_ABORT_AT");
    if (!target.isEmpty() && target == stage) {
        std::fprintf(stderr, "aborting at %s (LIGHTWORK_ABORT_AT)\n", stage);
        std::fflush(stderr);
        std::abort();
    }
}

} // namespace lw
