// SPDX-License-Identifier: GPL-3.0-or-later
#include "phoenixd/phoenixdevents.h"

#include "jsonfields.h"
#include "lightning/preimage.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>

using namespace Qt::Literals::StringLiterals;

namespace lw {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(PhoenixdEvents)
};

using Kind = AppError::Kind;
using Reading = Result<std::optional<IncomingPayment>, AppError>;

constexpr qint64 maxMessageBytes = 64 * 1024;

AppError unreadable(const QString &why)
{
    return AppError::make(Kind::BadResponse,
                          Text::tr("A phoenixd event could not be read: %1.").arg(why));
}

// phoenixd omits null fields, so a null counts as missing.
class Fields : public JsonFields {
public:
    using JsonFields::JsonFields;

    //! A whole number of at least 0 (JSON numbers beyond 2^53 are not exact: refused).
    std::optional<qint64> count(const QString &key)
    {
        if (!has(key))
            return missing<qint64>(key);
        const QJsonValue v = m_object.value(key);
        const qint64 n = v.isDouble() ? v.toInteger(-1) : -1;
        if (n < 0 || n > (qint64(1) << 53))
            return wrong<qint64>(Text::tr("“%1” is not a whole number of at least 0").arg(key));
        return n;
    }
    bool optionalText(const QString &key) { return !has(key) || text(key).has_value(); }
};

} // namespace

Reading PhoenixdEventFeed::read(QByteArrayView message)
{
    if (message.size() > maxMessageBytes)
        return fail(unreadable(Text::tr("it is larger than %1 bytes").arg(maxMessageBytes)));
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(message.toByteArray(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return fail(unreadable(Text::tr("it is not a JSON object")));
    const QJsonObject object = doc.object(); // Fields keeps a reference
    Fields fields(object);
    const auto type = fields.text(u"type"_s);
    if (!type)
        return fail(unreadable(fields.problem()));
    if (*type != u"payment_received")
        return std::optional<IncomingPayment>(); // another kind of event: nothing to report

    const auto hash = fields.bytes<PaymentHash>(u"paymentHash"_s);
    const auto sats = fields.count(u"amountSat"_s);
    if (!hash || !sats)
        return fail(unreadable(fields.problem()));
    const auto amount = MilliSats::fromSats(*sats);
    if (*sats == 0 || !amount || amount->msat() > MilliSats::maxMoneyMsat)
        return fail(unreadable(Text::tr("“amountSat” is not an amount that can be received")));
    if (fields.has(u"timestamp"_s) && !fields.count(u"timestamp"_s))
        return fail(unreadable(fields.problem()));
    for (const QString &key : {u"externalId"_s, u"payerNote"_s, u"payerKey"_s})
        if (!fields.optionalText(key))
            return fail(unreadable(fields.problem()));
    // phoenixd sends no preimage here; should one come, it has to be the right one.
    if (fields.has(u"preimage"_s)) {
        const auto preimage = fields.bytes<Preimage>(u"preimage"_s);
        if (!preimage)
            return fail(unreadable(fields.problem()));
        if (!verifyPreimage(*preimage, *hash))
            return fail(unreadable(Text::tr("its preimage is not the payment's")));
    }

    IncomingPayment p;
    p.state = IncomingPayment::State::Paid;
    p.paymentHash = *hash;
    p.received = *amount;
    return std::optional<IncomingPayment>(p);
}

QUrl PhoenixdEvents::socketUrl(const QUrl &baseUrl)
{
    QUrl url = baseUrl;
    url.setUserInfo(QString());
    url.setQuery(QString());
    url.setFragment(QString());
    if (url.scheme() == u"https")
        url.setScheme(u"wss"_s);
    else if (url.scheme() == u"http")
        url.setScheme(u"ws"_s);
    QString path = url.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    url.setPath(path + u"/websocket"_s);
    return url;
}

namespace {

QNetworkRequest requestFor(const QUrl &baseUrl, const QByteArray &password)
{
    QNetworkRequest request(PhoenixdEvents::socketUrl(baseUrl));
    // As for the HTTP API: phoenixd checks only the password; the docs use an empty user.
    request.setRawHeader("Authorization", "Basic " + QByteArray(':' + password).toBase64());
    return request;
}

PushSocket::Options options()
{
    PushSocket::Options o;
    o.maxMessageBytes = maxMessageBytes;
    return o;
}

} // namespace

PhoenixdEvents::PhoenixdEvents(const QUrl &baseUrl, const QByteArray &password, QObject *parent)
    : PushedPaymentEvents(requestFor(baseUrl, password),
                          {password, QByteArray(':' + password).toBase64()}, options(),
                          &PhoenixdEventFeed::read, parent)
{}

} // namespace lw
