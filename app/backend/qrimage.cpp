// SPDX-License-Identifier: GPL-3.0-or-later
#include "qrimage.h"

#include <QBuffer>

namespace lw {

QImage qrImage(const QrMatrix &matrix)
{
    QImage image(matrix.size(), matrix.size(), QImage::Format_Grayscale8);
    for (int y = 0; y < matrix.size(); ++y) {
        uchar *line = image.scanLine(y);
        for (int x = 0; x < matrix.size(); ++x)
            line[x] = matrix.isDark(x, y) ? 0 : 255;
    }
    return image;
}

QString qrImageUrl(const QImage &image)
{
    if (image.isNull())
        return {};
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return QStringLiteral("data:image/png;base64,") + QString::fromLatin1(png.toBase64());
}

} // namespace lw
