// SPDX-License-Identifier: GPL-3.0-or-later
#include "base64.h"

namespace lw::base64 {

namespace {

// Six-bit value of a base64 character under the alphabet, or -1.
int sextet(char16_t c, Alphabet alphabet)
{
    if (c >= u'A' && c <= u'Z')
        return c - u'A';
    if (c >= u'a' && c <= u'z')
        return c - u'a' + 26;
    if (c >= u'0' && c <= u'9')
        return c - u'0' + 52;
    const bool standard = alphabet != Alphabet::Url;
    const bool url = alphabet != Alphabet::Standard;
    if ((c == u'+' && standard) || (c == u'-' && url))
        return 62;
    if ((c == u'/' && standard) || (c == u'_' && url))
        return 63;
    return -1;
}

bool isSpace(char16_t c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r' || c == u'\f' || c == u'\v';
}

} // namespace

std::optional<QByteArray> decode(QStringView text, const DecodeOptions &options)
{
    // Normalised to the standard alphabet without padding while validating.
    QByteArray clean;
    clean.reserve(text.size());
    int padCount = 0;
    int lastValue = 0;
    for (const QChar qc : text) {
        const char16_t c = qc.unicode();
        if (options.ignoreWhitespace && isSpace(c))
            continue;
        if (c == u'=') {
            ++padCount;
            continue;
        }
        if (padCount > 0)
            return std::nullopt; // data after padding
        const int v = sextet(c, options.alphabet);
        if (v < 0)
            return std::nullopt;
        lastValue = v;
        clean.append("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"[v]);
    }
    const qsizetype rest = clean.size() % 4;
    if (rest == 1)
        return std::nullopt; // six bits can't end a byte
    const int neededPad = rest == 0 ? 0 : int(4 - rest);
    if (padCount > 0 && padCount != neededPad)
        return std::nullopt;
    if (options.padding == Padding::Required && padCount != neededPad)
        return std::nullopt;
    if (options.padding == Padding::Forbidden && padCount != 0)
        return std::nullopt;
    if (options.rejectNonZeroTrailingBits && !clean.isEmpty()) {
        if ((rest == 2 && (lastValue & 0x0f) != 0) || (rest == 3 && (lastValue & 0x03) != 0))
            return std::nullopt;
    }
    clean.append(QByteArray(neededPad, '='));
    auto result = QByteArray::fromBase64Encoding(clean, QByteArray::AbortOnBase64DecodingErrors);
    if (!result)
        return std::nullopt;
    return std::move(result.decoded);
}

QString encode(QByteArrayView bytes, Alphabet alphabet, bool padded)
{
    QByteArray::Base64Options opts =
        alphabet == Alphabet::Url ? QByteArray::Base64UrlEncoding : QByteArray::Base64Encoding;
    if (!padded)
        opts |= QByteArray::OmitTrailingEquals;
    return QString::fromLatin1(bytes.toByteArray().toBase64(opts));
}

} // namespace lw::base64
