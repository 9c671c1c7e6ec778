// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QSize>
#include <QString>

namespace lw {

//! An image a tool returned, decoded here and encoded again as PNG: QML shows the data URL
//! and never loads anything from the network.
struct ToolImage {
    QString dataUrl; //!< data:image/png;base64,…
    QSize size;      //!< as decoded (before any scaling for display)
};

namespace toolimage {

inline constexpr qint64 maxBytes = 8 * 1024 * 1024;
inline constexpr int maxSide = 4096;   //!< larger images are refused before decoding
inline constexpr int shownSide = 1024; //!< what is kept for display at most

//! Errors are translated text: not an image, too large, unreadable.
Result<ToolImage, QString> decode(const QByteArray &bytes);

} // namespace toolimage

} // namespace lw
