// SPDX-License-Identifier: GPL-3.0-or-later
#include "paymentchallenge.h"

#include "common/base64.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonValue>

namespace lw {

namespace {

struct ChallengeText {
    Q_DECLARE_TR_FUNCTIONS(PaymentChallenge)
};

// The draft says clients MUST handle challenges of 4 KB and more; this bounds the JSON parse.
constexpr qsizetype maxRequestLength = 64 * 1024;

std::optional<L402Challenge> toL402(const AuthChallenge &c, QStringList &problems)
{
    L402Challenge out;
    out.scheme = c.scheme.toUpper();
    out.params = c.params;
    // The 2026 spec names it `token`, deployed servers `macaroon`: take the first non-empty.
    for (const char16_t *name : {u"token", u"macaroon"}) {
        if (out.token.isEmpty() && !c.param(name).isEmpty()) {
            out.token = c.param(name);
            out.tokenParameter = QString::fromUtf16(name);
        }
    }
    out.invoice = c.param(u"invoice");
    out.versionGiven = c.hasParam(u"version");
    out.version = out.versionGiven ? c.param(u"version") : QStringLiteral("0");
    if (out.token.isEmpty()) {
        problems << ChallengeText::tr("An %1 challenge has no token or macaroon.").arg(out.scheme);
        return std::nullopt;
    }
    if (out.invoice.isEmpty()) {
        problems << ChallengeText::tr("An %1 challenge has no invoice.").arg(out.scheme);
        return std::nullopt;
    }
    return out;
}

PaymentSchemeChallenge toPayment(const AuthChallenge &c)
{
    PaymentSchemeChallenge out;
    out.params = c.params;
    out.id = c.param(u"id");
    out.realm = c.param(u"realm");
    out.method = c.param(u"method");
    out.intent = c.param(u"intent");
    out.request = c.param(u"request");
    out.expires = c.param(u"expires");
    out.digest = c.param(u"digest");
    out.description = c.param(u"description");
    out.opaque = c.param(u"opaque");
    out.details = decodePaymentRequest(out.request, &out.requestError);
    return out;
}

QString stringAt(const QJsonObject &o, QStringView key)
{
    const QJsonValue v = o.value(key);
    return v.isString() ? v.toString() : QString();
}

} // namespace

const L402Challenge *PaymentChallenges::preferredL402() const
{
    for (const L402Challenge &c : l402)
        if (c.scheme == u"L402")
            return &c;
    return l402.isEmpty() ? nullptr : &l402.first();
}

std::optional<PaymentRequestDetails> decodePaymentRequest(QStringView request, QString *error)
{
    auto setError = [error](const QString &text) {
        if (error)
            *error = text;
        return std::nullopt;
    };
    if (request.isEmpty())
        return setError(ChallengeText::tr("The payment challenge has no request."));
    if (request.size() > maxRequestLength)
        return setError(ChallengeText::tr("The payment request is too large."));
    base64::DecodeOptions strict;
    strict.alphabet = base64::Alphabet::Url;
    strict.rejectNonZeroTrailingBits = true;
    const auto bytes = base64::decode(request, strict);
    if (!bytes)
        return setError(ChallengeText::tr("The payment request is not base64url."));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(*bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return setError(ChallengeText::tr("The payment request is not a JSON object."));
    PaymentRequestDetails out;
    out.json = doc.object();
    out.amount = stringAt(out.json, u"amount");
    out.currency = stringAt(out.json, u"currency");
    out.description = stringAt(out.json, u"description");
    const QJsonValue details = out.json.value(u"methodDetails");
    if (details.isObject()) {
        const QJsonObject d = details.toObject();
        out.invoice = stringAt(d, u"invoice");
        out.paymentHash = stringAt(d, u"paymentHash");
        out.network = stringAt(d, u"network");
    }
    return out;
}

PaymentChallenges parsePaymentChallenges(const QList<AuthChallenge> &challenges)
{
    PaymentChallenges out;
    QList<L402Challenge> lsat;
    for (const AuthChallenge &c : challenges) {
        if (c.scheme.compare(u"L402", Qt::CaseInsensitive) == 0
            || c.scheme.compare(u"LSAT", Qt::CaseInsensitive) == 0) {
            if (auto l402 = toL402(c, out.problems))
                (l402->scheme == u"L402" ? out.l402 : lsat).append(std::move(*l402));
        } else if (c.scheme.compare(u"Payment", Qt::CaseInsensitive) == 0) {
            out.payment.append(toPayment(c));
        }
    }
    // Aperture sends the same challenge as LSAT and as L402; keep one of each pair.
    for (L402Challenge &legacy : lsat) {
        bool duplicate = false;
        for (const L402Challenge &modern : std::as_const(out.l402))
            duplicate |= modern.token == legacy.token && modern.invoice == legacy.invoice;
        if (!duplicate)
            out.l402.append(std::move(legacy));
    }
    return out;
}

PaymentChallenges parsePaymentChallenges(const QList<QByteArray> &wwwAuthenticateLines)
{
    return parsePaymentChallenges(parseAuthChallenges(wwwAuthenticateLines));
}

PaymentChallenges parsePaymentChallenges(QStringView wwwAuthenticate)
{
    return parsePaymentChallenges(parseAuthChallenges(wwwAuthenticate));
}

} // namespace lw
