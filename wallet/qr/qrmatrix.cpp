// SPDX-License-Identifier: GPL-3.0-or-later
#include "qrmatrix.h"

#include <QString>
#include <qrencode.h>

#include <memory>

namespace lw {

namespace {

QRecLevel toLevel(QrMatrix::ErrorCorrection level)
{
    switch (level) {
    case QrMatrix::ErrorCorrection::Low:
        return QR_ECLEVEL_L;
    case QrMatrix::ErrorCorrection::Medium:
        return QR_ECLEVEL_M;
    case QrMatrix::ErrorCorrection::Quartile:
        return QR_ECLEVEL_Q;
    case QrMatrix::ErrorCorrection::High:
        return QR_ECLEVEL_H;
    }
    return QR_ECLEVEL_M;
}

} // namespace

std::optional<QrMatrix> QrMatrix::encode(QByteArrayView text, ErrorCorrection level)
{
    if (text.isEmpty() || text.contains('\0'))
        return std::nullopt;
    const QByteArray data = text.toByteArray(); // NUL-terminated copy for the C API
    // QR_MODE_8 is only a hint: libqrencode still splits the input into optimal modes.
    std::unique_ptr<QRcode, decltype(&QRcode_free)> code(
        QRcode_encodeString(data.constData(), 0, toLevel(level), QR_MODE_8, 1), &QRcode_free);
    if (!code)
        return std::nullopt;
    QrMatrix m;
    m.m_version = code->version;
    m.m_size = code->width + 2 * quietZone;
    m.m_modules = QByteArray(qsizetype(m.m_size) * m.m_size, 0);
    for (int y = 0; y < code->width; ++y)
        for (int x = 0; x < code->width; ++x)
            if (code->data[y * code->width + x] & 1)
                m.m_modules[qsizetype(y + quietZone) * m.m_size + x + quietZone] = 1;
    return m;
}

std::optional<QrMatrix> QrMatrix::forLightning(QStringView bech32)
{
    const QString text = u"LIGHTNING:" + bech32.toString().toUpper();
    return encode(text.toLatin1(), ErrorCorrection::Medium);
}

bool QrMatrix::isDark(int x, int y) const
{
    if (x < 0 || y < 0 || x >= m_size || y >= m_size)
        return false;
    return m_modules[qsizetype(y) * m_size + x] != 0;
}

} // namespace lw
