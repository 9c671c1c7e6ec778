// SPDX-License-Identifier: GPL-3.0-or-later
#include "inputinspector.h"

#include "inspect/jsonviews.h"
#include "l402/macaroondecoder.h"
#include "l402/paymentchallenge.h"
#include "lightning/bolt11decoder.h"
#include "lightning/paymenturi.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace lw {

using namespace Qt::Literals::StringLiterals;

namespace {

struct InspectText {
    Q_DECLARE_TR_FUNCTIONS(Inspect)
};

Unexpected<InspectError> invalid(const QString &what, const QString &why)
{
    return fail(
        InspectError{InspectErrorCode::Invalid, InspectText::tr("invalid %1: %2").arg(what, why)});
}

bool startsWithScheme(QStringView text, QStringView scheme)
{
    return text.size() > scheme.size() && text.startsWith(scheme, Qt::CaseInsensitive)
           && (text[scheme.size()] == u' ' || text[scheme.size()] == u'\t');
}

bool looksLikeChallenge(QStringView text)
{
    return startsWithScheme(text, u"L402") || startsWithScheme(text, u"LSAT")
           || startsWithScheme(text, u"Payment");
}

Result<QJsonObject, InspectError> inspectInvoice(QStringView bolt11, qint64 now)
{
    const auto inv = decodeBolt11(bolt11);
    if (!inv)
        return invalid(InspectText::tr("invoice"), inv.error().message);
    return json::invoice(*inv, now);
}

Result<QJsonObject, InspectError> inspectChallenge(QStringView header, qint64 now)
{
    const PaymentChallenges challenges = parsePaymentChallenges(header);
    if (challenges.isEmpty())
        return invalid(InspectText::tr("challenge"),
                       challenges.problems.isEmpty()
                           ? InspectText::tr("no L402, LSAT or Payment challenge found")
                           : challenges.problems.join(u' '));
    QJsonObject o;
    o.insert(u"kind", u"challenge"_s);
    QJsonArray l402;
    for (const L402Challenge &c : challenges.l402) {
        const auto inv = decodeBolt11(c.invoice);
        if (!inv)
            return invalid(InspectText::tr("invoice in the %1 challenge").arg(c.scheme),
                           inv.error().message);
        const L402Token token = decodeL402Token(c.token);
        QJsonObject co;
        co.insert(u"scheme", c.scheme);
        co.insert(u"token_parameter", c.tokenParameter);
        co.insert(u"version", c.version);
        co.insert(u"known_version", c.isKnownVersion());
        co.insert(u"token", c.token);
        co.insert(u"token_decoded", json::token(token));
        co.insert(u"invoice", json::invoice(*inv, now));
        const auto tokenHash = token.paymentHash();
        co.insert(u"token_payment_hash_matches_invoice",
                  tokenHash ? QJsonValue(*tokenHash == inv->paymentHash) : QJsonValue());
        l402.append(co);
    }
    o.insert(u"l402", l402);
    QJsonArray payment;
    for (const PaymentSchemeChallenge &c : challenges.payment) {
        QJsonObject co;
        QJsonObject params;
        for (const AuthParam &p : c.params)
            params.insert(p.name, p.value);
        co.insert(u"params", params);
        if (!c.details)
            return invalid(InspectText::tr("Payment challenge"), c.requestError);
        co.insert(u"request", c.details->json);
        if (!c.details->invoice.isEmpty()) {
            const auto inv = decodeBolt11(c.details->invoice);
            if (!inv)
                return invalid(InspectText::tr("invoice in the Payment challenge"),
                               inv.error().message);
            co.insert(u"invoice", json::invoice(*inv, now));
        }
        payment.append(co);
    }
    o.insert(u"payment", payment);
    o.insert(u"problems", QJsonArray::fromStringList(challenges.problems));
    return o;
}

Result<QJsonObject, InspectError> inspectTarget(const PaymentUri &uri, qint64 now)
{
    switch (uri.kind) {
    case PaymentUri::Kind::Bolt11:
        return inspectInvoice(uri.bolt11, now);
    case PaymentUri::Kind::Lnurl:
        return json::lnurl(uri.lnurl, uri.lnurlTag);
    case PaymentUri::Kind::LightningAddress:
        return json::lightningAddress(*uri.address);
    case PaymentUri::Kind::OnChainOnly:
        break;
    }
    return QJsonObject{};
}

} // namespace

Result<QJsonObject, InspectError> inspectInput(QStringView text, qint64 nowSecs)
{
    text = text.trimmed();
    if (text.startsWith(u"WWW-Authenticate:", Qt::CaseInsensitive))
        text = text.sliced(17).trimmed();
    if (text.isEmpty())
        return fail(InspectError{InspectErrorCode::Empty, InspectText::tr("nothing to decode")});
    if (looksLikeChallenge(text))
        return inspectChallenge(text, nowSecs);

    const auto uri = parsePaymentUri(text);
    if (uri) {
        auto target = inspectTarget(*uri, nowSecs);
        if (!target)
            return target;
        const bool wrapped = text.startsWith(u"lightning:", Qt::CaseInsensitive)
                             || text.startsWith(u"bitcoin:", Qt::CaseInsensitive)
                             || text.startsWith(u"http", Qt::CaseInsensitive);
        if (!wrapped)
            return target;
        QJsonObject o;
        o.insert(u"kind", u"payment_uri"_s);
        o.insert(u"scheme", text.first(text.indexOf(u':')).toString().toLower());
        if (text.startsWith(u"bitcoin:", Qt::CaseInsensitive)) {
            o.insert(u"bitcoin_address", uri->bitcoinAddress);
            o.insert(u"amount_msat", uri->amount ? QJsonValue(uri->amount->msat()) : QJsonValue());
            o.insert(u"label", uri->label);
            o.insert(u"message", uri->message);
        }
        o.insert(u"target",
                 uri->kind == PaymentUri::Kind::OnChainOnly ? QJsonValue() : QJsonValue(*target));
        return o;
    }
    if (uri.error().code != PaymentUriErrorCode::Unrecognised)
        return invalid(InspectText::tr("payment link"), uri.error().message);

    const L402Token token = decodeL402Token(text);
    if (token.isMacaroon()) {
        QJsonObject o = json::macaroon(token.macaroons.first());
        o.insert(u"kind", u"macaroon"_s);
        QJsonArray discharges;
        for (qsizetype i = 1; i < token.macaroons.size(); ++i)
            discharges.append(json::macaroon(token.macaroons[i]));
        o.insert(u"discharges", discharges);
        return o;
    }
    return fail(InspectError{InspectErrorCode::Unrecognised,
                             InspectText::tr("not an invoice, LNURL, Lightning Address, payment "
                                             "link, payment challenge or macaroon")});
}

} // namespace lw
