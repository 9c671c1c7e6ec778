// SPDX-License-Identifier: GPL-3.0-or-later
#include "lnbits/lnbitsevents.h"

#include "jsonfields.h"
#include "lightning/preimage.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace lw {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(LnbitsEvents)
};

using Kind = AppError::Kind;
using Reading = Result<std::optional<IncomingPayment>, AppError>;

// A Payment carries the invoice and a free-form "extra": more room than phoenixd's events.
constexpr qint64 maxMessageBytes = 256 * 1024;

AppError unreadable(const QString &why)
{
    return AppError::make(Kind::BadResponse,
                          Text::tr("An LNbits event could not be read: %1.").arg(why));
}

class Fields : public JsonFields {
public:
    using JsonFields::JsonFields;

    //! A whole number of msat of either sign (outgoing amounts are negative).
    std::optional<qint64> signedMsat(const QString &key)
    {
        if (!has(key))
            return missing<qint64>(key);
        const QJsonValue v = m_object.value(key);
        constexpr qint64 bad = std::numeric_limits<qint64>::min();
        const qint64 n = v.isDouble() ? v.toInteger(bad) : bad;
        if (n == bad)
            return wrong<qint64>(Text::tr("“%1” is not a whole number").arg(key));
        if (n > MilliSats::maxMoneyMsat || n < -MilliSats::maxMoneyMsat)
            return wrong<qint64>(Text::tr("“%1” is larger than any amount can be").arg(key));
        return n;
    }
};

// LNbits ≥ 1.0 says "status": "success"; older versions only "pending": false.
std::optional<bool> settled(Fields &payment)
{
    if (payment.has(u"status"_s)) {
        const auto status = payment.text(u"status"_s);
        if (!status)
            return std::nullopt;
        return *status == u"success";
    }
    const auto pending = payment.flag(u"pending"_s);
    if (!pending)
        return std::nullopt;
    return !*pending;
}

} // namespace

Reading LnbitsEventFeed::read(QByteArrayView message)
{
    if (message.size() > maxMessageBytes)
        return fail(unreadable(Text::tr("it is larger than %1 bytes").arg(maxMessageBytes)));
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(message.toByteArray(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return fail(unreadable(Text::tr("it is not a JSON object")));
    const QJsonObject object = doc.object();
    Fields outer(object);
    if (!outer.has(u"payment"_s)) {
        // A payment hash's channel: {"pending", "status"}, about a payment not named in it.
        if (outer.has(u"status"_s) || outer.has(u"pending"_s))
            return std::optional<IncomingPayment>();
        return fail(unreadable(Text::tr("“payment” is missing")));
    }
    const auto paymentObject = outer.object(u"payment"_s);
    if (!paymentObject)
        return fail(unreadable(outer.problem()));
    if (outer.has(u"wallet_balance"_s) && !object.value(u"wallet_balance").isDouble())
        return fail(unreadable(Text::tr("“wallet_balance” is not a number")));

    Fields payment(*paymentObject);
    const auto hash = payment.bytes<PaymentHash>(u"payment_hash"_s);
    const auto amount = payment.signedMsat(u"amount"_s);
    const auto done = settled(payment);
    if (!hash || !amount || !done)
        return fail(unreadable(payment.problem()));
    if (payment.has(u"preimage"_s)) {
        const auto preimage = payment.bytes<Preimage>(u"preimage"_s);
        if (!preimage)
            return fail(unreadable(payment.problem()));
        if (!verifyPreimage(*preimage, *hash))
            return fail(unreadable(Text::tr("its preimage is not the payment's")));
    }
    if (*amount == 0)
        return fail(unreadable(Text::tr("“amount” is 0")));
    // Outgoing payments (negative amounts) and payments not settled are not received money.
    if (*amount < 0 || !*done)
        return std::optional<IncomingPayment>();
    if (payment.has(u"out"_s) && payment.flag(u"out"_s) != false)
        return std::optional<IncomingPayment>();

    IncomingPayment p;
    p.state = IncomingPayment::State::Paid;
    p.paymentHash = *hash;
    p.received = MilliSats(*amount);
    return std::optional<IncomingPayment>(p);
}

namespace {

QNetworkRequest requestFor(const QUrl &baseUrl, const QByteArray &apiKey)
{
    QUrl url = baseUrl;
    url.setUserInfo(QString());
    url.setQuery(QString());
    url.setFragment(QString());
    if (url.scheme() == u"https")
        url.setScheme(u"wss"_s);
    else if (url.scheme() == u"http")
        url.setScheme(u"ws"_s);
    QString path = url.path(QUrl::FullyEncoded);
    while (path.endsWith(u'/'))
        path.chop(1);
    url.setPath(path + u"/api/v1/ws/"_s
                    + QString::fromLatin1(QUrl::toPercentEncoding(QString::fromUtf8(apiKey))),
                QUrl::TolerantMode);
    return QNetworkRequest(url);
}

PushSocket::Options options()
{
    PushSocket::Options o;
    o.maxMessageBytes = maxMessageBytes;
    return o;
}

} // namespace

LnbitsEvents::LnbitsEvents(const QUrl &baseUrl, const QByteArray &apiKey, QObject *parent)
    : PushedPaymentEvents(requestFor(baseUrl, apiKey),
                          {apiKey, QUrl::toPercentEncoding(QString::fromUtf8(apiKey))}, options(),
                          &LnbitsEventFeed::read, parent)
{}

} // namespace lw
