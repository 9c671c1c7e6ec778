// SPDX-License-Identifier: GPL-3.0-or-later
#include "lnurlresponse.h"

#include "common/crypto.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

namespace lw {

namespace {

struct LnurlResponseText {
    Q_DECLARE_TR_FUNCTIONS(LnurlResponse)
};

Unexpected<LnurlError> error(LnurlErrorCode code, const QString &message)
{
    return fail(LnurlError{code, message});
}

Unexpected<LnurlError> invalid(const QString &message)
{
    return error(LnurlErrorCode::InvalidResponse, message);
}

// An amount in msat: a JSON integer, or a string of digits from lax services. Never a double.
std::optional<MilliSats> msatField(const QJsonObject &o, QStringView key)
{
    const QJsonValue v = o.value(key);
    if (v.isDouble()) {
        const qint64 n = v.toInteger(-1);
        if (n >= 0 && n <= MilliSats::maxMoneyMsat)
            return MilliSats(n);
        return std::nullopt;
    }
    if (v.isString()) {
        bool ok = false;
        const qint64 n = v.toString().toLongLong(&ok);
        if (ok && n >= 0 && n <= MilliSats::maxMoneyMsat && !v.toString().startsWith(u'+'))
            return MilliSats(n);
    }
    return std::nullopt;
}

std::optional<QUrl> callbackField(const QJsonObject &o)
{
    const QJsonValue v = o.value(u"callback");
    if (!v.isString())
        return std::nullopt;
    const QUrl url(v.toString(), QUrl::StrictMode);
    if (!isAcceptableLnurlUrl(url))
        return std::nullopt;
    return url;
}

std::optional<QJsonObject> parseObject(QByteArrayView json)
{
    if (json.size() > maxLnurlResponseBytes)
        return std::nullopt;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json.toByteArray(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    return doc.object();
}

// At most `length` UTF-16 units, never splitting a surrogate pair.
QString truncated(const QString &text, qsizetype length)
{
    if (text.size() <= length)
        return text;
    if (length > 0 && text[length - 1].isHighSurrogate())
        --length;
    return text.first(length);
}

// QUrlQuery leaves "+" and existing "%XX" alone, which form-decoding servers read as a space or
// an escape. Percent-encode everything but unreserved characters first.
void addEncoded(QUrlQuery &query, QStringView key, const QString &value)
{
    query.addQueryItem(key.toString(), QString::fromLatin1(QUrl::toPercentEncoding(value)));
}

bool isErrorShape(const QJsonObject &o)
{
    return o.value(u"status").toString().compare(u"ERROR", Qt::CaseInsensitive) == 0;
}

QString reasonOf(const QJsonObject &o)
{
    const QString reason = o.value(u"reason").toString();
    return reason.isEmpty()
               ? LnurlResponseText::tr("The service reported an error without a reason.")
               : reason;
}

Result<LnurlPayRequest, LnurlError> parsePayRequest(const QJsonObject &o, const QUrl &source)
{
    LnurlPayRequest r;
    const auto callback = callbackField(o);
    if (!callback)
        return invalid(LnurlResponseText::tr("The pay request has no HTTPS callback."));
    r.callback = *callback;
    r.serviceDomain = source.host();
    r.callbackDomain = r.callback.host();
    const auto min = msatField(o, u"minSendable");
    const auto max = msatField(o, u"maxSendable");
    if (!min || !max || min->msat() < 1 || *min > *max)
        return invalid(LnurlResponseText::tr("The pay request's amount range is invalid."));
    r.minSendable = *min;
    r.maxSendable = *max;
    const QJsonValue metadata = o.value(u"metadata");
    if (!metadata.isString())
        return invalid(LnurlResponseText::tr("The pay request has no metadata."));
    r.metadata = metadata.toString();
    QJsonParseError parseError;
    const QJsonDocument entries = QJsonDocument::fromJson(r.metadata.toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !entries.isArray())
        return invalid(LnurlResponseText::tr("The pay request's metadata is not a JSON array."));
    bool haveText = false;
    for (const QJsonValue &entry : entries.array()) {
        const QJsonArray pair = entry.toArray();
        if (pair.size() < 2 || !pair[0].isString())
            continue;
        const QString type = pair[0].toString();
        // LUD-06: implementors MUST NOT assume the content is always a string.
        const QString content = pair[1].isString() ? pair[1].toString() : QString();
        if (type == u"text/plain" && !haveText) {
            r.description = content;
            haveText = true;
        } else if (type == u"text/long-desc") {
            r.longDescription = content;
        } else if (type == u"text/identifier" || type == u"text/email") {
            r.identifier = content;
        } else if (type.startsWith(u"image/")) {
            r.hasImage = true;
        }
    }
    if (!haveText)
        return invalid(
            LnurlResponseText::tr("The pay request's metadata has no text/plain entry."));
    const QJsonValue comment = o.value(u"commentAllowed");
    if (comment.isDouble())
        r.commentAllowed = int(qBound(qint64(0), comment.toInteger(0), qint64(2000)));
    return r;
}

Result<LnurlWithdrawRequest, LnurlError> parseWithdrawRequest(const QJsonObject &o,
                                                              const QUrl &source)
{
    LnurlWithdrawRequest r;
    const auto callback = callbackField(o);
    if (!callback)
        return invalid(LnurlResponseText::tr("The withdraw request has no HTTPS callback."));
    r.callback = *callback;
    r.serviceDomain = source.host();
    r.callbackDomain = r.callback.host();
    const QJsonValue k1 = o.value(u"k1");
    if (!k1.isString() || k1.toString().isEmpty())
        return invalid(LnurlResponseText::tr("The withdraw request has no k1."));
    r.k1 = k1.toString();
    r.defaultDescription = o.value(u"defaultDescription").toString();
    const auto min = msatField(o, u"minWithdrawable");
    const auto max = msatField(o, u"maxWithdrawable");
    if (!min || !max || *min > *max || max->msat() < 1)
        return invalid(LnurlResponseText::tr("The withdraw request's amount range is invalid."));
    r.minWithdrawable = *min;
    r.maxWithdrawable = *max;
    return r;
}

} // namespace

Result<LnurlResponse, LnurlError> parseLnurlResponse(QByteArrayView json, const QUrl &source)
{
    const auto o = parseObject(json);
    if (!o)
        return invalid(LnurlResponseText::tr("The service did not answer with a JSON object."));
    LnurlResponse out;
    if (isErrorShape(*o)) {
        out.kind = LnurlResponse::Kind::Error;
        out.reason = reasonOf(*o);
        return out;
    }
    const QString tag = o->value(u"tag").toString();
    if (tag == u"payRequest") {
        auto r = parsePayRequest(*o, source);
        if (!r)
            return fail(r.error());
        out.kind = LnurlResponse::Kind::PayRequest;
        out.payRequest = std::move(*r);
    } else if (tag == u"withdrawRequest") {
        auto r = parseWithdrawRequest(*o, source);
        if (!r)
            return fail(r.error());
        out.kind = LnurlResponse::Kind::WithdrawRequest;
        out.withdrawRequest = std::move(*r);
    } else if (tag.isEmpty()
               && o->value(u"status").toString().compare(u"OK", Qt::CaseInsensitive) == 0) {
        out.kind = LnurlResponse::Kind::Ok;
    } else {
        out.kind = LnurlResponse::Kind::Unsupported;
        out.tag = tag;
    }
    return out;
}

Result<LnurlPayInvoice, LnurlError> parseLnurlPayInvoice(QByteArrayView json, const QUrl &callback)
{
    const auto o = parseObject(json);
    if (!o)
        return invalid(LnurlResponseText::tr("The service did not answer with a JSON object."));
    if (isErrorShape(*o))
        return error(LnurlErrorCode::ServiceError, reasonOf(*o));
    const QJsonValue pr = o->value(u"pr");
    if (!pr.isString() || pr.toString().isEmpty())
        return invalid(LnurlResponseText::tr("The service did not return an invoice."));
    LnurlPayInvoice out;
    out.pr = pr.toString();
    const QJsonValue action = o->value(u"successAction");
    if (action.isObject()) {
        const QJsonObject a = action.toObject();
        LnurlSuccessAction s;
        s.tag = a.value(u"tag").toString();
        if (s.tag == u"message") {
            s.message = truncated(a.value(u"message").toString(), 144);
        } else if (s.tag == u"url") {
            s.description = truncated(a.value(u"description").toString(), 144);
            s.url = QUrl(a.value(u"url").toString(), QUrl::StrictMode);
            // LUD-09: the URL's domain must be the callback's.
            if (s.url.host().compare(callback.host(), Qt::CaseInsensitive) != 0
                || !isAcceptableLnurlUrl(s.url))
                return invalid(LnurlResponseText::tr("The success link points to another site."));
        } else if (s.tag == u"aes") {
            s.description = truncated(a.value(u"description").toString(), 144);
            s.ciphertext = a.value(u"ciphertext").toString();
            s.iv = a.value(u"iv").toString();
        }
        if (!s.tag.isEmpty())
            out.successAction = s;
    }
    return out;
}

std::optional<LnurlError> checkLnurlPayInvoice(const LnurlPayRequest &request, MilliSats amount,
                                               const Bolt11Invoice &invoice)
{
    const Hash32 expected = crypto::sha256(request.metadata.toUtf8());
    if (!invoice.descriptionHash || *invoice.descriptionHash != expected)
        return LnurlError{LnurlErrorCode::Mismatch,
                          LnurlResponseText::tr("The invoice does not commit to the service's "
                                                "metadata.")};
    if (!invoice.amount || *invoice.amount != amount)
        return LnurlError{LnurlErrorCode::Mismatch,
                          LnurlResponseText::tr("The invoice is not for the amount asked for.")};
    return std::nullopt;
}

Result<MilliSats, LnurlError> lnurlWithdrawAmount(const LnurlWithdrawRequest &request,
                                                  std::optional<MilliSats> wanted)
{
    const auto range = [&] {
        return LnurlResponseText::tr("The withdraw link offers %1 to %2 sat.")
            .arg(request.minWithdrawable.toSatsDecimal(), request.maxWithdrawable.toSatsDecimal());
    };
    if (wanted) {
        if (!wanted->isWholeSats() || wanted->msat() < 1)
            return error(LnurlErrorCode::Mismatch,
                         LnurlResponseText::tr("%1 sat is not a whole, positive amount.")
                             .arg(wanted->toSatsDecimal()));
        if (*wanted < request.minWithdrawable || *wanted > request.maxWithdrawable)
            return error(LnurlErrorCode::Mismatch,
                         range() + u' '
                             + LnurlResponseText::tr("It does not cover %1 sat.")
                                   .arg(wanted->toSatsDecimal()));
        return *wanted;
    }
    const MilliSats most(request.maxWithdrawable.floorSats() * MilliSats::msatPerSat);
    if (most.msat() < 1 || most < request.minWithdrawable)
        return error(LnurlErrorCode::Mismatch,
                     range() + u' '
                         + LnurlResponseText::tr("No whole number of sats lies in that range."));
    return most;
}

Result<bool, LnurlError> parseLnurlCallbackStatus(QByteArrayView json)
{
    const auto o = parseObject(json);
    if (!o)
        return invalid(LnurlResponseText::tr("The service did not answer with a JSON object."));
    if (isErrorShape(*o))
        return error(LnurlErrorCode::ServiceError, reasonOf(*o));
    if (o->value(u"status").toString().compare(u"OK", Qt::CaseInsensitive) != 0)
        return invalid(LnurlResponseText::tr("The service's answer is neither OK nor an error."));
    return true;
}

QUrl lnurlPayCallbackUrl(const LnurlPayRequest &request, MilliSats amount, const QString &comment)
{
    QUrl url = request.callback;
    QUrlQuery query(url);
    query.addQueryItem(QStringLiteral("amount"), QString::number(amount.msat()));
    if (!comment.isEmpty() && request.commentAllowed > 0)
        addEncoded(query, u"comment", truncated(comment, request.commentAllowed));
    url.setQuery(query);
    return url;
}

QUrl lnurlWithdrawCallbackUrl(const LnurlWithdrawRequest &request, const QString &invoice)
{
    QUrl url = request.callback;
    QUrlQuery query(url);
    addEncoded(query, u"k1", request.k1);
    addEncoded(query, u"pr", invoice);
    url.setQuery(query);
    return url;
}

} // namespace lw
