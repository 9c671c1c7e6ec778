// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "net/apperror.h"

#include <QByteArray>
#include <QString>

namespace lw {

//! A file name from a server made safe to create in a folder the user chose: only its last
//! component (after '/' or '\'), no control or invisible characters (no bidi tricks with the
//! extension), no characters Windows refuses, no leading dots (no hidden files, no "..") or
//! trailing dots and spaces, no device names (CON, NUL, COM1…), at most 200 bytes of UTF-8
//! with the extension kept. Never empty: `fallback` when nothing usable is left.
QString safeFileName(const QString &untrusted, const QString &fallback = QStringLiteral("file"));

//! Writes `content` as a new file named safeFileName(name) in `folder`, never replacing
//! anything: an existing name gets " (2)", " (3)", … and the file is created exclusively (so
//! a symlink planted under that name is not followed). Returns the path written.
Result<QString, AppError> saveNewFile(const QString &folder, const QString &name,
                                      const QByteArray &content);

} // namespace lw
