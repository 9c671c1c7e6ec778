// SPDX-License-Identifier: GPL-3.0-or-later
#include "safetext.h"

namespace lw {

namespace {

// Length of the valid UTF-8 sequence at bytes[i] and its code point, or 0 when invalid.
int sequenceAt(QByteArrayView bytes, qsizetype i, char32_t &codePoint)
{
    const auto b = [&](qsizetype k) { return static_cast<unsigned char>(bytes[k]); };
    const unsigned char lead = b(i);
    int length = 0;
    char32_t min = 0;
    if (lead < 0x80) {
        codePoint = lead;
        return 1;
    } else if ((lead & 0xe0) == 0xc0) {
        length = 2;
        codePoint = lead & 0x1f;
        min = 0x80;
    } else if ((lead & 0xf0) == 0xe0) {
        length = 3;
        codePoint = lead & 0x0f;
        min = 0x800;
    } else if ((lead & 0xf8) == 0xf0) {
        length = 4;
        codePoint = lead & 0x07;
        min = 0x10000;
    } else {
        return 0;
    }
    if (i + length > bytes.size())
        return 0;
    for (int k = 1; k < length; ++k) {
        if ((b(i + k) & 0xc0) != 0x80)
            return 0;
        codePoint = (codePoint << 6) | (b(i + k) & 0x3f);
    }
    if (codePoint < min || codePoint > 0x10ffff || (codePoint >= 0xd800 && codePoint <= 0xdfff))
        return 0;
    return length;
}

} // namespace

bool isInvisibleCharacter(char32_t c)
{
    switch (QChar::category(c)) {
    case QChar::Other_Control:       // C0, DEL, C1
    case QChar::Other_Format:        // bidi controls, zero-width characters, tags, soft hyphen
    case QChar::Separator_Line:      // U+2028
    case QChar::Separator_Paragraph: // U+2029
        return true;
    default:
        return false;
    }
}

QString displayText(QByteArrayView bytes)
{
    QString out;
    out.reserve(bytes.size());
    qsizetype i = 0;
    while (i < bytes.size()) {
        char32_t cp = 0;
        const int len = sequenceAt(bytes, i, cp);
        if (len == 0) {
            out += QStringLiteral("\\x%1").arg(static_cast<unsigned char>(bytes[i]), 2, 16,
                                               QLatin1Char('0'));
            ++i;
            continue;
        }
        if (cp == U'\\')
            out += QStringLiteral("\\\\");
        else if (isInvisibleCharacter(cp))
            out += QStringLiteral("\\u{%1}").arg(quint32(cp), 4, 16, QLatin1Char('0'));
        else
            out += QString::fromUcs4(&cp, 1);
        i += len;
    }
    return out;
}

QString displayText(QStringView text)
{
    return displayText(text.toUtf8());
}

bool isValidUtf8(QByteArrayView bytes)
{
    qsizetype i = 0;
    while (i < bytes.size()) {
        char32_t cp = 0;
        const int len = sequenceAt(bytes, i, cp);
        if (len == 0)
            return false;
        i += len;
    }
    return true;
}

} // namespace lw
