// SPDX-License-Identifier: GPL-3.0-or-later
#include "hex.h"

namespace lw::hex {

namespace {

int nibble(char16_t c)
{
    if (c >= u'0' && c <= u'9')
        return c - u'0';
    if (c >= u'a' && c <= u'f')
        return c - u'a' + 10;
    if (c >= u'A' && c <= u'F')
        return c - u'A' + 10;
    return -1;
}

template <typename View>
std::optional<QByteArray> decodeImpl(View text)
{
    if (text.size() % 2 != 0)
        return std::nullopt;
    QByteArray out(text.size() / 2, Qt::Uninitialized);
    for (qsizetype i = 0; i < out.size(); ++i) {
        const int hi = nibble(char16_t(static_cast<unsigned char>(text[2 * i])));
        const int lo = nibble(char16_t(static_cast<unsigned char>(text[2 * i + 1])));
        if (hi < 0 || lo < 0)
            return std::nullopt;
        out[i] = char((hi << 4) | lo);
    }
    return out;
}

} // namespace

QString encode(QByteArrayView bytes)
{
    static constexpr char16_t digits[] = u"0123456789abcdef";
    QString out(bytes.size() * 2, Qt::Uninitialized);
    auto *dst = out.data();
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const auto b = static_cast<unsigned char>(bytes[i]);
        dst[2 * i] = QChar(digits[b >> 4]);
        dst[2 * i + 1] = QChar(digits[b & 0x0f]);
    }
    return out;
}

std::optional<QByteArray> decode(QStringView text)
{
    if (text.size() % 2 != 0)
        return std::nullopt;
    QByteArray out(text.size() / 2, Qt::Uninitialized);
    for (qsizetype i = 0; i < out.size(); ++i) {
        const int hi = nibble(text[2 * i].unicode());
        const int lo = nibble(text[2 * i + 1].unicode());
        if (hi < 0 || lo < 0)
            return std::nullopt;
        out[i] = char((hi << 4) | lo);
    }
    return out;
}

std::optional<QByteArray> decode(QByteArrayView text)
{
    return decodeImpl(text);
}

bool isHex(QStringView text, qsizetype byteCount)
{
    if (byteCount >= 0 && text.size() != byteCount * 2)
        return false;
    return decode(text).has_value();
}

} // namespace lw::hex
