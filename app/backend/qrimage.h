// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "qr/qrmatrix.h"

#include <QImage>
#include <QString>

namespace lw {

//! A QR code as an image: one pixel per module, quiet zone included, black on white. QML
//! scales it with `smooth: false` so the modules stay sharp.
QImage qrImage(const QrMatrix &matrix);

//! The same image as a `data:image/png;base64,…` URL, for an Image's `source`.
QString qrImageUrl(const QImage &image);

} // namespace lw
