// SPDX-License-Identifier: GPL-3.0-or-later
#include "bolt11decoder.h"

#include "common/crypto.h"
#include "common/ecdsa.h"
#include "lightning/bech32.h"
#include "lightning/bolt11words.h"

#include <QCoreApplication>
#include <QStringDecoder>

#include <algorithm>

namespace lw {

namespace {

struct Bolt11Text {
    Q_DECLARE_TR_FUNCTIONS(Bolt11)
};

Unexpected<Bolt11Error> error(Bolt11ErrorCode code, const QString &message)
{
    return fail(Bolt11Error{code, message});
}

// Feature bits BOLT 9 defines for invoices (the even half of each pair; odd ones are optional
// and never fatal): var_onion_optin, payment_secret, basic_mpp, route_blinding,
// attribution_data, payment_metadata.
constexpr int knownEvenFeatures[] = {8, 14, 16, 24, 36, 48};

struct AmountParse {
    std::optional<MilliSats> amount;
    std::optional<Bolt11Error> error;
};

AmountParse parseAmount(QStringView text)
{
    AmountParse out;
    if (text.isEmpty())
        return out;
    QStringView digits = text;
    const char16_t last = text.back().unicode();
    qint64 multiplierMsat = MilliSats::msatPerBtc; // no multiplier: whole bitcoin
    bool pico = false;
    if (last < u'0' || last > u'9') {
        digits.chop(1);
        switch (last) {
        case u'm':
            multiplierMsat = 100'000'000;
            break;
        case u'u':
            multiplierMsat = 100'000;
            break;
        case u'n':
            multiplierMsat = 100;
            break;
        case u'p':
            pico = true;
            break;
        default:
            out.error = Bolt11Error{
                Bolt11ErrorCode::InvalidAmount,
                Bolt11Text::tr("the amount has an unknown multiplier \"%1\"").arg(QChar(last))};
            return out;
        }
    }
    if (digits.isEmpty() || digits.front() == u'0') {
        out.error = Bolt11Error{Bolt11ErrorCode::InvalidAmount,
                                Bolt11Text::tr("the amount is not a positive whole number")};
        return out;
    }
    // One pico-bitcoin is a tenth of a millisatoshi: the last digit must be 0, and the digits
    // before it are the amount in msat (parsing them directly avoids overflowing msat x 10).
    if (pico) {
        if (digits.back() != u'0') {
            out.error = Bolt11Error{Bolt11ErrorCode::SubMillisatoshiAmount,
                                    Bolt11Text::tr("the amount is not a whole number of "
                                                   "millisatoshis")};
            return out;
        }
        digits.chop(1);
        multiplierMsat = 1;
    }
    quint64 value = 0;
    for (QChar c : digits) {
        const char16_t d = c.unicode();
        if (d < u'0' || d > u'9') {
            out.error = Bolt11Error{Bolt11ErrorCode::InvalidAmount,
                                    Bolt11Text::tr("the amount is not a number")};
            return out;
        }
        if (__builtin_mul_overflow(value, quint64(10), &value)
            || __builtin_add_overflow(value, quint64(d - u'0'), &value)) {
            out.error = Bolt11Error{Bolt11ErrorCode::AmountTooLarge,
                                    Bolt11Text::tr("the amount is too large")};
            return out;
        }
    }
    quint64 msat = 0;
    if (__builtin_mul_overflow(value, quint64(multiplierMsat), &msat))
        msat = ~quint64(0);
    if (msat > quint64(MilliSats::maxMoneyMsat)) {
        out.error = Bolt11Error{Bolt11ErrorCode::AmountTooLarge,
                                Bolt11Text::tr("the amount is more than 21 million bitcoin")};
        return out;
    }
    out.amount = MilliSats(qint64(msat));
    return out;
}

// Collects the set bits of a big-endian feature vector, ascending.
QList<int> featureBitsOf(QByteArrayView words)
{
    QList<int> bits;
    const qsizetype n = words.size();
    for (qsizetype i = n - 1; i >= 0; --i) {
        const int word = static_cast<unsigned char>(words[i]);
        for (int b = 0; b < 5; ++b)
            if (word & (1 << b))
                bits.append(int((n - 1 - i) * 5 + b));
    }
    return bits;
}

bool validFallbackProgram(int version, qsizetype size)
{
    if (version == 17 || version == 18)
        return size == 20;
    if (version == 0)
        return size == 20 || size == 32;
    return size >= 2 && size <= 40;
}

} // namespace

Result<Bolt11Invoice, Bolt11Error> decodeBolt11(QStringView text)
{
    if (text.isEmpty())
        return error(Bolt11ErrorCode::Empty, Bolt11Text::tr("the invoice is empty"));
    if (text.size() > maxBolt11Length)
        return error(
            Bolt11ErrorCode::TooLong,
            Bolt11Text::tr("the invoice is longer than %1 characters").arg(maxBolt11Length));
    auto decoded = bech32::decode(text);
    if (!decoded)
        return error(Bolt11ErrorCode::Bech32, decoded.error().message);
    if (decoded->variant != bech32::Variant::Bech32)
        return error(Bolt11ErrorCode::Bech32,
                     Bolt11Text::tr("it uses the bech32m checksum, which invoices do not use"));

    Bolt11Invoice inv;
    inv.hrp = decoded->hrp;
    inv.text = text.toString().toLower();
    const QStringView hrp(inv.hrp);
    if (!hrp.startsWith(u"ln"))
        return error(Bolt11ErrorCode::NotAnInvoice,
                     Bolt11Text::tr("it does not start with \"ln\", so it is not an invoice"));

    // Currency letters run until the first digit; the rest is the amount.
    qsizetype pos = 2;
    while (pos < hrp.size() && !hrp[pos].isDigit())
        ++pos;
    const QStringView currency = hrp.sliced(2, pos - 2);
    const auto network = networkFromBolt11Currency(currency);
    if (!network)
        return error(Bolt11ErrorCode::UnknownNetwork,
                     Bolt11Text::tr("the network prefix \"%1\" is unknown").arg(currency));
    inv.network = *network;
    const AmountParse amount = parseAmount(hrp.sliced(pos));
    if (amount.error)
        return fail(*amount.error);
    inv.amount = amount.amount;

    const QByteArray &words = decoded->data;
    constexpr qsizetype timestampWords = 7;
    constexpr qsizetype signatureWords = 104;
    if (words.size() < timestampWords + signatureWords)
        return error(Bolt11ErrorCode::TooShort,
                     Bolt11Text::tr("it is too short to hold a timestamp and a signature"));
    const qsizetype fieldsEnd = words.size() - signatureWords;
    inv.timestamp = qint64(bolt11::wordsToUint(QByteArrayView(words).first(timestampWords)));

    bool havePaymentHash = false;
    bool haveSecret = false;
    bool haveFeatures = false;
    std::optional<PublicKey> payeeField;
    qsizetype i = timestampWords;
    while (i < fieldsEnd) {
        if (fieldsEnd - i < 3)
            return error(Bolt11ErrorCode::MalformedField,
                         Bolt11Text::tr("a tagged field is cut off"));
        const int tagValue = static_cast<unsigned char>(words[i]);
        const int length = static_cast<unsigned char>(words[i + 1]) * 32
                           + static_cast<unsigned char>(words[i + 2]);
        i += 3;
        if (length > fieldsEnd - i)
            return error(Bolt11ErrorCode::MalformedField,
                         Bolt11Text::tr("a tagged field runs past the end of the invoice"));
        const QByteArrayView data = QByteArrayView(words).sliced(i, length);
        i += length;
        const char tag = bolt11::tagLetter(tagValue);
        Bolt11Field field{tag, length, false};

        switch (tag) {
        case 'p':
            if (length == 52 && !havePaymentHash) {
                inv.paymentHash = *PaymentHash::fromBytes(bolt11::wordsToBytes(data));
                havePaymentHash = field.used = true;
            }
            break;
        case 's':
            if (length == 52 && !haveSecret) {
                inv.paymentSecret = *PaymentSecret::fromBytes(bolt11::wordsToBytes(data));
                haveSecret = field.used = true;
            }
            break;
        case 'h':
            if (length == 52 && !inv.descriptionHash) {
                inv.descriptionHash = Hash32::fromBytes(bolt11::wordsToBytes(data));
                field.used = true;
            }
            break;
        case 'n':
            if (length == 53 && !payeeField) {
                payeeField = PublicKey::fromBytes(bolt11::wordsToBytes(data));
                field.used = true;
            }
            break;
        case 'd':
            if (!inv.description) {
                const QByteArray bytes = bolt11::wordsToBytes(data);
                QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
                QString description = utf8(bytes);
                if (utf8.hasError())
                    return error(Bolt11ErrorCode::InvalidDescription,
                                 Bolt11Text::tr("the description is not valid UTF-8"));
                inv.description = std::move(description);
                field.used = true;
            }
            break;
        case 'x':
        case 'c': {
            const auto value = bolt11::wordsToUintChecked(data);
            if (!value)
                return error(Bolt11ErrorCode::MalformedField,
                             Bolt11Text::tr("the \"%1\" field is too large").arg(QLatin1Char(tag)));
            (tag == 'x' ? inv.expirySeconds : inv.minFinalCltvExpiryDelta) = qint64(*value);
            field.used = true;
            break;
        }
        case 'f': {
            if (length < 1)
                return error(Bolt11ErrorCode::MalformedField,
                             Bolt11Text::tr("a fallback address field is empty"));
            const int version = static_cast<unsigned char>(data[0]);
            if (version > 18)
                break; // future address types: readers skip them
            FallbackAddress fallback{version, bolt11::wordsToBytes(data.sliced(1))};
            if (!validFallbackProgram(version, fallback.program.size()))
                return error(Bolt11ErrorCode::MalformedField,
                             Bolt11Text::tr("a fallback address has the wrong length"));
            inv.fallbacks.append(std::move(fallback));
            field.used = true;
            break;
        }
        case 'r': {
            const QByteArray bytes = bolt11::wordsToBytes(data);
            auto hint = bolt11::parseRouteHint(bytes);
            if (!hint)
                return error(Bolt11ErrorCode::MalformedField,
                             Bolt11Text::tr("a routing hint is malformed"));
            inv.routeHints.append(std::move(*hint));
            field.used = true;
            break;
        }
        case '9':
            if (!haveFeatures) {
                inv.featureBits = featureBitsOf(data);
                for (int bit : inv.featureBits) {
                    if (bit % 2 == 0
                        && std::find(std::begin(knownEvenFeatures), std::end(knownEvenFeatures),
                                     bit)
                               == std::end(knownEvenFeatures))
                        return error(Bolt11ErrorCode::UnknownRequiredFeature,
                                     Bolt11Text::tr("it requires feature %1, which Lightwork does "
                                                    "not know")
                                         .arg(bit));
                }
                haveFeatures = field.used = true;
            }
            break;
        case 'm':
            if (!inv.paymentMetadata) {
                inv.paymentMetadata = bolt11::wordsToBytes(data);
                field.used = true;
            }
            break;
        default:
            break; // unknown tags are skipped
        }
        inv.fields.append(field);
    }

    if (!havePaymentHash)
        return error(Bolt11ErrorCode::MissingPaymentHash, Bolt11Text::tr("it has no payment hash"));
    if (!haveSecret)
        return error(Bolt11ErrorCode::MissingPaymentSecret,
                     Bolt11Text::tr("it has no payment secret"));
    if (inv.description && inv.descriptionHash)
        return error(Bolt11ErrorCode::ConflictingDescription,
                     Bolt11Text::tr("it has both a description and a description hash"));
    if (!inv.description && !inv.descriptionHash)
        return error(Bolt11ErrorCode::MissingDescription,
                     Bolt11Text::tr("it has neither a description nor a description hash"));

    // Signature: 64 bytes R || S and a recovery id, over sha256(hrp || data without signature).
    const QByteArray sig = bolt11::wordsToBytes(QByteArrayView(words).sliced(fieldsEnd));
    inv.signature = sig.first(64);
    inv.recoveryId = static_cast<unsigned char>(sig[64]);
    if (inv.recoveryId > 3)
        return error(Bolt11ErrorCode::InvalidSignature,
                     Bolt11Text::tr("its signature has an invalid recovery id"));
    QByteArray message = inv.hrp.toUtf8();
    message += bolt11::wordsToBytesPadded(QByteArrayView(words).first(fieldsEnd));
    inv.signingHash = crypto::sha256(message);
    inv.highS = ecdsa::isHighS(inv.signature);

    if (payeeField) {
        if (!ecdsa::verify(inv.signature, inv.signingHash, *payeeField))
            return error(Bolt11ErrorCode::PayeeMismatch,
                         inv.highS ? Bolt11Text::tr("its signature is not in canonical low-S form, "
                                                    "which an invoice naming its payee requires")
                                   : Bolt11Text::tr("its signature does not match the payee it "
                                                    "names"));
        inv.payee = *payeeField;
        inv.payeeFromField = true;
    } else {
        const auto recovered = ecdsa::recover(inv.signature, inv.recoveryId, inv.signingHash);
        if (!recovered)
            return error(Bolt11ErrorCode::InvalidSignature,
                         Bolt11Text::tr("its signature is invalid: no payee key can be recovered"));
        inv.payee = *recovered;
    }
    return inv;
}

} // namespace lw
