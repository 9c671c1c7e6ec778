// SPDX-License-Identifier: GPL-3.0-or-later
#include "bolt11encoder.h"

#include "common/crypto.h"
#include "common/ecdsa.h"
#include "lightning/bech32.h"
#include "lightning/bolt11words.h"

#include <QCoreApplication>

#include <algorithm>

namespace lw {

namespace {

struct Bolt11EncodeText {
    Q_DECLARE_TR_FUNCTIONS(Bolt11Encoder)
};

constexpr qsizetype maxFieldWords = 1023;

Unexpected<Bolt11EncodeError> invalid(const QString &message)
{
    return fail(Bolt11EncodeError{Bolt11EncodeErrorCode::InvalidField, message});
}

// The amount part of the HRP with the largest multiplier that is exact (BOLT 11 "SHOULD").
QString amountText(MilliSats amount)
{
    const qint64 msat = amount.msat();
    struct Unit {
        qint64 msat;
        const char16_t *suffix;
    };
    static constexpr Unit units[] = {
        {MilliSats::msatPerBtc, u""}, {100'000'000, u"m"}, {100'000, u"u"}, {100, u"n"}};
    for (const Unit &u : units)
        if (msat % u.msat == 0)
            return QString::number(msat / u.msat) + QString::fromUtf16(u.suffix);
    // Pico-bitcoin: ten per millisatoshi. Appending "0" avoids overflowing msat × 10.
    return QString::number(msat) + u"0p";
}

bool appendField(QByteArray &words, char tag, QByteArrayView data)
{
    if (data.size() > maxFieldWords)
        return false;
    words.append(char(bolt11::tagValue(tag)));
    words.append(char(data.size() / 32));
    words.append(char(data.size() % 32));
    words.append(data.data(), data.size());
    return true;
}

} // namespace

Result<QString, Bolt11EncodeError> encodeBolt11(const Bolt11Draft &draft, const PrivateKey &key)
{
    const auto payee = ecdsa::publicKeyOf(key);
    if (!payee)
        return fail(
            Bolt11EncodeError{Bolt11EncodeErrorCode::InvalidKey,
                              Bolt11EncodeText::tr("the node key is not a valid private key")});
    if (draft.amount
        && (draft.amount->msat() <= 0 || draft.amount->msat() > MilliSats::maxMoneyMsat))
        return invalid(
            Bolt11EncodeText::tr("the amount must be positive and at most 21 million bitcoin"));
    if (draft.timestamp < 0 || draft.timestamp >= (qint64(1) << 35))
        return invalid(Bolt11EncodeText::tr("the timestamp does not fit in 35 bits"));
    if (draft.description.has_value() == draft.descriptionHash.has_value())
        return invalid(Bolt11EncodeText::tr("an invoice needs exactly one of description and "
                                            "description hash"));
    if ((draft.expirySeconds && *draft.expirySeconds < 0)
        || (draft.minFinalCltvExpiryDelta && *draft.minFinalCltvExpiryDelta < 0))
        return invalid(Bolt11EncodeText::tr("expiry and CLTV delta can't be negative"));

    const QString hrp = u"ln" + bolt11Currency(draft.network)
                        + (draft.amount ? amountText(*draft.amount) : QString());

    QByteArray words = bolt11::uintToWords(quint64(draft.timestamp));
    words.prepend(QByteArray(7 - words.size(), 0));

    bool ok = appendField(words, 'p', bolt11::bytesToWords(draft.paymentHash.view()))
              && appendField(words, 's', bolt11::bytesToWords(draft.paymentSecret.view()));
    if (draft.description)
        ok = ok && appendField(words, 'd', bolt11::bytesToWords(draft.description->toUtf8()));
    else
        ok = ok && appendField(words, 'h', bolt11::bytesToWords(draft.descriptionHash->view()));
    if (draft.expirySeconds)
        ok = ok && appendField(words, 'x', bolt11::uintToWords(quint64(*draft.expirySeconds)));
    if (draft.minFinalCltvExpiryDelta)
        ok = ok
             && appendField(words, 'c',
                            bolt11::uintToWords(quint64(*draft.minFinalCltvExpiryDelta)));
    for (const FallbackAddress &f : draft.fallbacks) {
        if (f.version < 0 || f.version > 18)
            return invalid(Bolt11EncodeText::tr("a fallback address version must be 0 to 18"));
        QByteArray data = bolt11::bytesToWords(f.program);
        data.prepend(char(f.version));
        ok = ok && appendField(words, 'f', data);
    }
    for (const RouteHint &hint : draft.routeHints) {
        if (hint.isEmpty())
            return invalid(Bolt11EncodeText::tr("a routing hint has no hops"));
        ok = ok && appendField(words, 'r', bolt11::bytesToWords(bolt11::serializeRouteHint(hint)));
    }
    if (!draft.featureBits.isEmpty()) {
        const int highest = *std::max_element(draft.featureBits.begin(), draft.featureBits.end());
        if (*std::min_element(draft.featureBits.begin(), draft.featureBits.end()) < 0
            || highest >= maxFieldWords * 5)
            return invalid(Bolt11EncodeText::tr("a feature bit is out of range"));
        QByteArray features(highest / 5 + 1, 0);
        for (int bit : draft.featureBits)
            features[features.size() - 1 - bit / 5] |= char(1 << (bit % 5));
        ok = ok && appendField(words, '9', features);
    }
    if (draft.paymentMetadata)
        ok = ok && appendField(words, 'm', bolt11::bytesToWords(*draft.paymentMetadata));
    if (draft.includePayee)
        ok = ok && appendField(words, 'n', bolt11::bytesToWords(payee->view()));
    if (!ok)
        return invalid(Bolt11EncodeText::tr("a field is longer than 1023 five-bit groups"));

    QByteArray message = hrp.toUtf8();
    message += bolt11::wordsToBytesPadded(words);
    const auto signature = ecdsa::signRecoverable(crypto::sha256(message), key);
    if (!signature)
        return fail(Bolt11EncodeError{Bolt11EncodeErrorCode::InvalidKey,
                                      Bolt11EncodeText::tr("signing failed")});
    QByteArray signatureBytes = signature->compact;
    signatureBytes.append(char(signature->recoveryId));
    words += bolt11::bytesToWords(signatureBytes);
    return bech32::encode(hrp, words);
}

} // namespace lw
