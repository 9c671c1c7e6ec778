// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QString>

namespace lw {

//! Text for display from untrusted bytes: valid UTF-8 is kept, every byte that is not part of
//! a valid sequence becomes "\xNN", invisible characters (controls, format characters such as
//! bidirectional overrides and zero-width spaces, line and paragraph separators) become
//! "\u{NNNN}", and a backslash becomes "\\" so no escape can be faked. Nothing a server sends
//! can then reorder or hide what the user reads.
QString displayText(QByteArrayView bytes);
QString displayText(QStringView text);

//! True for the characters displayText() escapes (other than the backslash).
bool isInvisibleCharacter(char32_t codePoint);

//! True when the bytes are well-formed UTF-8 (no overlongs, surrogates or values past U+10FFFF).
bool isValidUtf8(QByteArrayView bytes);

} // namespace lw
