// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the BOLT 11 decoder (bech32, amounts, tagged fields, signature recovery).
#include "lightning/bech32.h"
#include "lightning/bolt11decoder.h"

#include <QString>

#include <cstdint>

namespace {

// Random text almost never has a valid bech32 checksum, so half the inputs are taken as 5-bit
// words under a real invoice prefix and given a correct checksum: that reaches the amount,
// tagged-field and signature code the checksum would otherwise guard.
QString asInvoice(const uint8_t *data, size_t size)
{
    static const char16_t *prefixes[] = {u"lnbc",     u"lnbc2500u", u"lntb20m", u"lnbcrt500n",
                                         u"lntbs10p", u"lnsb1",     u"lnbc1p",  u"lnbc9678785340p"};
    const QString hrp = QString::fromUtf16(prefixes[data[0] % 8]);
    QByteArray words(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    for (char &w : words)
        w = char(w & 31);
    return lw::bech32::encode(hrp, words);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const QString text =
        (data[0] & 0x80)
            ? asInvoice(data, size)
            : QString::fromLatin1(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto invoice = lw::decodeBolt11(text);
    if (!invoice)
        return 0;
    // What decodes must be self-consistent.
    if (invoice->amount
        && (invoice->amount->msat() <= 0 || invoice->amount->msat() > lw::MilliSats::maxMoneyMsat))
        __builtin_trap();
    if (invoice->description.has_value() == invoice->descriptionHash.has_value())
        __builtin_trap();
    if (invoice->signature.size() != 64 || invoice->text != text.toLower())
        __builtin_trap();
    // And decoding is deterministic.
    const auto again = lw::decodeBolt11(invoice->text);
    if (!again || again->paymentHash != invoice->paymentHash || again->payee != invoice->payee)
        __builtin_trap();
    return 0;
}
