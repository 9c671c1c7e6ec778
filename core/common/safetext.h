// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QString>

namespace lw {

//! Text for display from untrusted bytes: valid UTF-8 is kept, every byte that is not part of
//! a valid sequence becomes "\xNN", and control and bidirectional-override characters are
//! escaped as "\u{NNNN}", so nothing a server sends can reorder or hide what the user reads.
QString displayText(QByteArrayView bytes);

//! True when the bytes are well-formed UTF-8 (no overlongs, surrogates or values past U+10FFFF).
bool isValidUtf8(QByteArrayView bytes);

} // namespace lw
