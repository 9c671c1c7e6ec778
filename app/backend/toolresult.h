// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "markets/tools/toolstypes.h"

#include <QString>
#include <QUrl>

namespace lw {

//! What a tool returned, ready to show: inert text, or an image decoded here.
struct ToolResultView {
    QString text;     //!< plain text (the market's, invisible characters escaped), bounded
    QString imageUrl; //!< a data URL made here from decoded pixels; empty when no image
    QString note;     //!< why an image is not shown (translated); empty otherwise
    bool shortened = false;
};

namespace toolresult {

inline constexpr int maxTextChars = 100'000;

//! Multi-line plain text: each line escaped for display, lines kept.
QString plainText(const QString &text);
//! Text and JSON outputs as text, base64 images decoded. An ImageUrl output is left to the
//! caller (fetched only from the market's own origin): `text` then holds the URL.
ToolResultView viewOf(const ToolOutput &output);
//! The image bytes fetched for an ImageUrl output.
ToolResultView imageView(const QByteArray &bytes, const QString &url);
//! True when `url` may be fetched for an image: the market's own origin.
bool mayFetch(const QUrl &url, const QUrl &marketBase);

} // namespace toolresult

} // namespace lw
