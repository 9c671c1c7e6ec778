// SPDX-License-Identifier: GPL-3.0-or-later
#include "toolimage.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QImage>
#include <QImageReader>

namespace lw::toolimage {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(ToolsController)
};

} // namespace

Result<ToolImage, QString> decode(const QByteArray &bytes)
{
    if (bytes.size() > maxBytes)
        return lw::fail(Text::tr("The image is larger than %1 MiB; it is not shown.")
                            .arg(maxBytes / (1024 * 1024)));
    QByteArray copy = bytes;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setDecideFormatFromContent(true);
    if (!reader.canRead())
        return lw::fail(Text::tr("The tool's answer is not an image."));
    const QSize declared = reader.size();
    if (!declared.isValid() || declared.width() > maxSide || declared.height() > maxSide)
        return lw::fail(
            Text::tr("The image is larger than %1×%1 pixels; it is not shown.").arg(maxSide));
    const QImage image = reader.read();
    if (image.isNull())
        return lw::fail(Text::tr("The image could not be read."));
    const QImage shown =
        image.width() > shownSide || image.height() > shownSide
            ? image.scaled(shownSide, shownSide, Qt::KeepAspectRatio, Qt::SmoothTransformation)
            : image;
    QByteArray png;
    QBuffer out(&png);
    out.open(QIODevice::WriteOnly);
    if (!shown.save(&out, "PNG"))
        return lw::fail(Text::tr("The image could not be read."));
    return ToolImage{QStringLiteral("data:image/png;base64,") + QString::fromLatin1(png.toBase64()),
                     image.size()};
}

} // namespace lw::toolimage
