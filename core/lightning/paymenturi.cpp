// SPDX-License-Identifier: GPL-3.0-or-later
#include "paymenturi.h"

#include "lightning/network.h"

#include <QCoreApplication>
#include <QUrlQuery>

namespace lw {

namespace {

struct PaymentUriText {
    Q_DECLARE_TR_FUNCTIONS(PaymentUri)
};

Unexpected<PaymentUriError> error(PaymentUriErrorCode code, const QString &message)
{
    return fail(PaymentUriError{code, message});
}

bool startsWithCi(QStringView text, QStringView prefix)
{
    return text.startsWith(prefix, Qt::CaseInsensitive);
}

QString percentDecoded(QStringView value)
{
    return QUrl::fromPercentEncoding(value.toUtf8());
}

// A lightning target: invoice, LNURL (bech32 or LUD-17) or Lightning Address.
Result<PaymentUri, PaymentUriError> parseTarget(QStringView text)
{
    PaymentUri out;
    if (looksLikeBolt11(text)) {
        out.kind = PaymentUri::Kind::Bolt11;
        out.bolt11 = text.toString().toLower();
        return out;
    }
    if (startsWithCi(text, u"lnurl1")) {
        const auto url = decodeLnurl(text);
        if (!url)
            return error(PaymentUriErrorCode::Invalid,
                         PaymentUriText::tr("invalid LNURL: %1").arg(url.error().message));
        out.kind = PaymentUri::Kind::Lnurl;
        out.lnurl = *url;
        const QString tag = QUrlQuery(*url).queryItemValue(QStringLiteral("tag"));
        if (tag == u"withdrawRequest")
            out.lnurlTag = LnurlTag::WithdrawRequest;
        else if (tag == u"payRequest")
            out.lnurlTag = LnurlTag::PayRequest;
        else if (tag == u"login")
            out.lnurlTag = LnurlTag::Login;
        else if (tag == u"channelRequest")
            out.lnurlTag = LnurlTag::ChannelRequest;
        return out;
    }
    if (text.contains(u"://")) {
        const auto resolved = resolveLnurlScheme(text);
        if (!resolved)
            return error(resolved.error().code == LnurlErrorCode::NotLnurl
                             ? PaymentUriErrorCode::Unrecognised
                             : PaymentUriErrorCode::Invalid,
                         resolved.error().message);
        out.kind = PaymentUri::Kind::Lnurl;
        out.lnurl = resolved->url;
        out.lnurlTag = resolved->tag;
        return out;
    }
    if (text.contains(u'@')) {
        const auto address = parseLightningAddress(text);
        if (!address)
            return error(
                PaymentUriErrorCode::Invalid,
                PaymentUriText::tr("invalid Lightning Address: %1").arg(address.error().message));
        out.kind = PaymentUri::Kind::LightningAddress;
        out.address = *address;
        out.lnurl = address->lnurlpUrl();
        out.lnurlTag = LnurlTag::PayRequest;
        return out;
    }
    return error(PaymentUriErrorCode::Unrecognised,
                 PaymentUriText::tr("it is not an invoice, LNURL, Lightning Address or payment "
                                    "link"));
}

// BIP 21 / BIP 321: bitcoin:<address>?key=value&… with case-insensitive keys.
Result<PaymentUri, PaymentUriError> parseBitcoinUri(QStringView rest)
{
    const qsizetype q = rest.indexOf(u'?');
    const QStringView address = q < 0 ? rest : rest.first(q);
    const QStringView query = q < 0 ? QStringView() : rest.sliced(q + 1);
    std::optional<PaymentUri> target;
    std::optional<MilliSats> amount;
    QString label;
    QString message;
    for (QStringView item : query.split(u'&', Qt::SkipEmptyParts)) {
        const qsizetype eq = item.indexOf(u'=');
        const QString key = (eq < 0 ? item : item.first(eq)).toString().toLower();
        const QString value = eq < 0 ? QString() : percentDecoded(item.sliced(eq + 1));
        if (key == u"lightning") {
            if (target)
                continue; // first one wins
            auto parsed = parseTarget(value.trimmed());
            if (!parsed)
                return fail(parsed.error());
            target = std::move(*parsed);
        } else if (key == u"amount") {
            amount = MilliSats::parseBtc(value);
            if (!amount)
                return error(PaymentUriErrorCode::Invalid,
                             PaymentUriText::tr("the amount \"%1\" is not a valid bitcoin amount")
                                 .arg(value));
        } else if (key == u"label") {
            label = value;
        } else if (key == u"message") {
            message = value;
        } else if (key.startsWith(u"req-")) {
            // BIP 21: a required parameter we don't understand makes the URI invalid for us.
            return error(PaymentUriErrorCode::UnsupportedRequirement,
                         PaymentUriText::tr("the link requires \"%1\", which Lightwork does not "
                                            "support")
                             .arg(key.sliced(4)));
        }
    }
    PaymentUri out = target.value_or(PaymentUri{});
    if (!target)
        out.kind = PaymentUri::Kind::OnChainOnly;
    out.bitcoinAddress = percentDecoded(address);
    out.amount = amount;
    out.label = label;
    out.message = message;
    if (out.kind == PaymentUri::Kind::OnChainOnly && out.bitcoinAddress.isEmpty())
        return error(PaymentUriErrorCode::Invalid,
                     PaymentUriText::tr("the bitcoin link has neither an address nor a lightning "
                                        "invoice"));
    return out;
}

} // namespace

bool looksLikeBolt11(QStringView text)
{
    if (!startsWithCi(text, u"ln") || startsWithCi(text, u"lnurl"))
        return false;
    // The letters after "ln" are exactly the currency: an amount or the "1" separator (a digit)
    // follows. So "lnbcfan@example.com" is a Lightning Address, not an invoice.
    qsizetype end = 2;
    while (end < text.size() && text[end].unicode() < 128 && text[end].isLetter())
        ++end;
    return end < text.size() && text[end].isDigit()
           && networkFromBolt11Currency(text.sliced(2, end - 2).toString().toLower()).has_value();
}

Result<PaymentUri, PaymentUriError> parsePaymentUri(QStringView text)
{
    text = text.trimmed();
    if (text.isEmpty())
        return error(PaymentUriErrorCode::Empty, PaymentUriText::tr("nothing to pay"));
    if (text.size() > maxPaymentUriLength)
        return error(PaymentUriErrorCode::TooLong, PaymentUriText::tr("the text is too long"));
    if (startsWithCi(text, u"lightning:")) {
        QStringView rest = text.sliced(10);
        if (rest.startsWith(u"//"))
            rest = rest.sliced(2);
        return parseTarget(QUrl::fromPercentEncoding(rest.toUtf8()).trimmed());
    }
    if (startsWithCi(text, u"bitcoin:"))
        return parseBitcoinUri(text.sliced(8));
    if (startsWithCi(text, u"https://") || startsWithCi(text, u"http://")) {
        // LUD-01 fallback: a web link carrying ?lightning=LNURL1…
        const QUrl url(text.toString());
        const QUrlQuery query(url);
        for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
            if (key.compare(u"lightning", Qt::CaseInsensitive) == 0)
                return parseTarget(QStringView(value).trimmed());
        }
        return error(PaymentUriErrorCode::Unrecognised,
                     PaymentUriText::tr("the web link carries no lightning payment"));
    }
    return parseTarget(text);
}

} // namespace lw
