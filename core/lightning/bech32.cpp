// SPDX-License-Identifier: GPL-3.0-or-later
#include "bech32.h"

#include <QCoreApplication>

#include <array>

namespace lw::bech32 {

namespace {

constexpr char charset[] = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";
constexpr quint32 bech32Constant = 1;
constexpr quint32 bech32mConstant = 0x2bc830a3;

// Reverse table: ASCII → 5-bit value or -1; upper and lower case both map.
constexpr auto reverseTable = [] {
    std::array<qint8, 128> t{};
    t.fill(-1);
    for (int i = 0; i < 32; ++i) {
        t[static_cast<unsigned char>(charset[i])] = qint8(i);
        const char c = charset[i];
        if (c >= 'a' && c <= 'z')
            t[static_cast<unsigned char>(c - 'a' + 'A')] = qint8(i);
    }
    return t;
}();

quint32 polymodStep(quint32 chk, quint8 value)
{
    const quint32 top = chk >> 25;
    chk = ((chk & 0x1ffffff) << 5) ^ value;
    if (top & 1)
        chk ^= 0x3b6a57b2;
    if (top & 2)
        chk ^= 0x26508e6d;
    if (top & 4)
        chk ^= 0x1ea119fa;
    if (top & 8)
        chk ^= 0x3d4233dd;
    if (top & 16)
        chk ^= 0x2a1462b3;
    return chk;
}

quint32 hrpPolymod(QStringView hrp)
{
    quint32 chk = 1;
    for (QChar c : hrp)
        chk = polymodStep(chk, quint8(c.unicode() >> 5));
    chk = polymodStep(chk, 0);
    for (QChar c : hrp)
        chk = polymodStep(chk, quint8(c.unicode() & 31));
    return chk;
}

// Translation context for the messages below.
struct Bech32Text {
    Q_DECLARE_TR_FUNCTIONS(Bech32)
};

Error error(ErrorCode code, const QString &message)
{
    return {code, message};
}

} // namespace

Result<Decoded, Error> decode(QStringView text, qsizetype maxLength)
{
    if (text.isEmpty())
        return fail(error(ErrorCode::Empty, Bech32Text::tr("the text is empty")));
    if (maxLength > 0 && text.size() > maxLength)
        return fail(error(ErrorCode::TooLong, Bech32Text::tr("the text is too long")));
    bool lower = false;
    bool upper = false;
    for (QChar qc : text) {
        const char16_t c = qc.unicode();
        if (c < 33 || c > 126)
            return fail(error(ErrorCode::InvalidCharacter,
                              Bech32Text::tr("it contains a character bech32 does not allow")));
        lower |= (c >= u'a' && c <= u'z');
        upper |= (c >= u'A' && c <= u'Z');
    }
    if (lower && upper)
        return fail(error(ErrorCode::MixedCase, Bech32Text::tr("it mixes upper and lower case")));
    const qsizetype sep = text.lastIndexOf(u'1');
    if (sep < 0)
        return fail(error(ErrorCode::NoSeparator, Bech32Text::tr("it has no \"1\" separator")));
    if (sep == 0)
        return fail(error(ErrorCode::EmptyHrp,
                          Bech32Text::tr("the part before the \"1\" separator is empty")));
    if (text.size() - sep - 1 < 6)
        return fail(error(ErrorCode::ChecksumTooShort,
                          Bech32Text::tr("it is too short to hold a checksum")));

    Decoded out;
    out.hrp = text.first(sep).toString().toLower();
    out.upperCase = upper;
    const QStringView dataPart = text.sliced(sep + 1);
    quint32 chk = hrpPolymod(out.hrp);
    QByteArray values(dataPart.size(), Qt::Uninitialized);
    for (qsizetype i = 0; i < dataPart.size(); ++i) {
        const qint8 v = reverseTable[dataPart[i].unicode()];
        if (v < 0)
            return fail(error(ErrorCode::InvalidCharacter,
                              Bech32Text::tr("it contains a character bech32 does not allow")));
        values[i] = char(v);
        chk = polymodStep(chk, quint8(v));
    }
    if (chk == bech32Constant)
        out.variant = Variant::Bech32;
    else if (chk == bech32mConstant)
        out.variant = Variant::Bech32m;
    else
        return fail(error(ErrorCode::InvalidChecksum,
                          Bech32Text::tr("its bech32 checksum does not match")));
    values.chop(6);
    out.data = std::move(values);
    return out;
}

QString encode(QStringView hrp, QByteArrayView data5, Variant variant)
{
    const QString lowerHrp = hrp.toString().toLower();
    quint32 chk = hrpPolymod(lowerHrp);
    QString out;
    out.reserve(lowerHrp.size() + 1 + data5.size() + 6);
    out += lowerHrp;
    out += u'1';
    for (char v : data5) {
        const auto value = quint8(v) & 31;
        chk = polymodStep(chk, value);
        out += QLatin1Char(charset[value]);
    }
    for (int i = 0; i < 6; ++i)
        chk = polymodStep(chk, 0);
    chk ^= variant == Variant::Bech32 ? bech32Constant : bech32mConstant;
    for (int i = 0; i < 6; ++i)
        out += QLatin1Char(charset[(chk >> (5 * (5 - i))) & 31]);
    return out;
}

std::optional<QByteArray> convertBits(QByteArrayView in, int fromBits, int toBits, bool pad)
{
    quint32 acc = 0;
    int bits = 0;
    const quint32 maxv = (1u << toBits) - 1;
    QByteArray out;
    out.reserve(in.size() * fromBits / toBits + 1);
    for (char c : in) {
        const auto value = quint32(static_cast<unsigned char>(c));
        if (value >> fromBits)
            return std::nullopt;
        acc = ((acc << fromBits) | value) & 0xffffff;
        bits += fromBits;
        while (bits >= toBits) {
            bits -= toBits;
            out.append(char((acc >> bits) & maxv));
        }
    }
    if (pad) {
        if (bits > 0)
            out.append(char((acc << (toBits - bits)) & maxv));
    } else if (bits >= fromBits || ((acc << (toBits - bits)) & maxv)) {
        return std::nullopt;
    }
    return out;
}

} // namespace lw::bech32
