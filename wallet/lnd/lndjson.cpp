// SPDX-License-Identifier: GPL-3.0-or-later
#include "lnd/lndjson.h"

#include "common/base64.h"
#include "jsonfields.h"
#include "lightning/bolt11decoder.h"
#include "lightning/preimage.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>

#include <algorithm>
#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace lw {

namespace {

// LndWallet's translation context: these texts reach the user as its errors.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(LndWallet)
};

using Kind = AppError::Kind;

// Reads fields of an untrusted JSON object: a missing or wrong-typed field gives std::nullopt
// and the first such problem is kept for the error message. LND emits unpopulated fields, so
// a null counts as missing.
class Fields : public JsonFields {
public:
    using JsonFields::JsonFields;

    //! An int64 as LND writes it (a string of digits), or a plain JSON number; at least 0.
    std::optional<qint64> count(const QString &key)
    {
        if (!has(key))
            return missing<qint64>(key);
        const QJsonValue v = m_object.value(key);
        qint64 n = -1;
        if (v.isString()) {
            const QString s = v.toString();
            bool ok = s.size() <= 19 && !s.isEmpty()
                      && std::all_of(s.begin(), s.end(), [](QChar c) { return c.isDigit(); });
            n = ok ? s.toLongLong(&ok) : -1;
            if (!ok)
                n = -1;
        } else if (v.isDouble()) {
            n = v.toInteger(-1);
        }
        if (n < 0)
            return wrong<qint64>(Text::tr("“%1” is not a whole number of at least 0").arg(key));
        return n;
    }
    std::optional<MilliSats> msats(const QString &key)
    {
        const auto n = count(key);
        if (!n)
            return std::nullopt;
        if (*n > MilliSats::maxMoneyMsat)
            return wrong<MilliSats>(Text::tr("“%1” is larger than any amount can be").arg(key));
        return MilliSats(*n);
    }
    std::optional<MilliSats> sats(const QString &key)
    {
        const auto n = count(key);
        if (!n)
            return std::nullopt;
        const auto amount = MilliSats::fromSats(*n);
        if (!amount || amount->msat() > MilliSats::maxMoneyMsat)
            return wrong<MilliSats>(Text::tr("“%1” is larger than any amount can be").arg(key));
        return amount;
    }
    //! A `bytes` field: base64 (either alphabet, as grpc-gateway accepts both).
    template <typename Bytes>
    std::optional<Bytes> base64(const QString &key)
    {
        const auto t = text(key);
        if (!t)
            return std::nullopt;
        const auto raw = base64::decode(*t);
        const auto b = raw ? Bytes::fromBytes(*raw) : std::nullopt;
        if (!b)
            return wrong<Bytes>(
                Text::tr("“%1” is not %2 bytes of base64").arg(key).arg(Bytes::size));
        return b;
    }
};

//! Untrusted words, short enough to show.
QString shortText(const QString &text)
{
    return text.left(300);
}

} // namespace

AppError lndBadAnswer(const QString &call, const QString &why)
{
    return AppError::make(Kind::BadResponse,
                          Text::tr("LND's answer to %1 could not be read: %2.").arg(call, why));
}

OutgoingPayment lndPendingPayment(const PaymentHash &hash, MilliSats amount, const QString &reason)
{
    OutgoingPayment p;
    p.state = OutgoingPayment::State::Pending;
    p.paymentHash = hash;
    p.amount = amount;
    p.reason = reason;
    return p;
}

QString lndPathHash(const PaymentHash &hash)
{
    return base64::encode(hash.view(), base64::Alphabet::Url, false);
}

int lndTimeoutSeconds(std::chrono::milliseconds timeout)
{
    const qint64 seconds = std::chrono::duration_cast<std::chrono::seconds>(timeout).count();
    // A few seconds of margin on longer payments, one on short ones.
    const qint64 margin = seconds > 20 ? 5 : 1;
    return int(std::clamp<qint64>(seconds - margin, 1, std::numeric_limits<int>::max()));
}

QJsonObject lndSendPaymentRequest(const Bolt11Invoice &invoice, MilliSats maxFee,
                                  std::chrono::milliseconds timeout)
{
    // No amt/amt_msat: those are for zero-amount invoices, which are refused before this.
    return QJsonObject{
        {u"payment_request"_s, invoice.text},
        {u"fee_limit_msat"_s, QString::number(std::max<qint64>(maxFee.msat(), 0))},
        {u"timeout_seconds"_s, lndTimeoutSeconds(timeout)},
        {u"no_inflight_updates"_s, false},
    };
}

QJsonObject lndAddInvoiceRequest(MilliSats amount, const QString &description, qint64 expirySeconds)
{
    QJsonObject o{{u"value_msat"_s, QString::number(amount.msat())}, {u"memo"_s, description}};
    if (expirySeconds > 0)
        o.insert(u"expiry"_s, QString::number(expirySeconds));
    return o;
}

LndError lndErrorOf(const QByteArray &body)
{
    // A stream's error may follow result lines; the first line that parses decides.
    LndError out;
    for (const QByteArray &line : body.split('\n')) {
        const QJsonDocument doc = QJsonDocument::fromJson(line.trimmed());
        if (!doc.isObject())
            continue;
        QJsonObject o = doc.object();
        if (o.value(u"error").isObject())
            o = o.value(u"error").toObject();
        else if (o.value(u"result").isObject())
            continue;
        if (!o.value(u"message").isString() && !o.value(u"code").isDouble())
            continue;
        out.code = o.value(u"code").isDouble() ? o.value(u"code").toInt(-1) : -1;
        out.message = shortText(o.value(u"message").toString());
        return out;
    }
    return out;
}

LndAuthProblem lndAuthProblem(int httpStatus, const LndError &error)
{
    const QString m = error.message.toLower();
    // bakery's ErrPermissionDenied; gRPC PermissionDenied (7) from proxies.
    if (m.contains(u"permission denied"_s) || error.code == 7 || httpStatus == 403)
        return LndAuthProblem::PermissionDenied;
    // "verification failed: signature mismatch…", "expected 1 macaroon, got 0", "cannot get
    // macaroon: …", "invalid macaroon"; gRPC Unauthenticated (16).
    if (m.contains(u"verification failed"_s) || m.contains(u"macaroon"_s) || error.code == 16
        || httpStatus == 401)
        return LndAuthProblem::BadMacaroon;
    return LndAuthProblem::None;
}

bool lndMeansEarlierAttempt(const LndError &error)
{
    const QString m = error.message.toLower();
    // payments/db/errors.go; gRPC AlreadyExists is 6.
    return error.code == 6 || m.contains(u"invoice is already paid"_s)
           || m.contains(u"payment is in transition"_s) || m.contains(u"payment already exists"_s);
}

bool lndMeansNotInitiated(const LndError &error)
{
    return error.message.contains(u"payment isn't initiated"_s, Qt::CaseInsensitive);
}

bool lndMeansNoInvoice(const LndError &error)
{
    return error.message.contains(u"unable to locate invoice"_s, Qt::CaseInsensitive);
}

Result<LndStreamLine, AppError> parseLndStreamLine(QByteArrayView line, const QString &call)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(line.toByteArray(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return fail(lndBadAnswer(call, Text::tr("a line of the stream is not a JSON object")));
    const QJsonObject o = doc.object();
    LndStreamLine out;
    if (o.value(u"result").isObject()) {
        out.result = o.value(u"result").toObject();
        return out;
    }
    if (o.value(u"error").isObject()) {
        out.isError = true;
        const QJsonObject e = o.value(u"error").toObject();
        out.error.code = e.value(u"code").isDouble() ? e.value(u"code").toInt(-1) : -1;
        out.error.message = shortText(e.value(u"message").toString());
        return out;
    }
    return fail(lndBadAnswer(call, Text::tr("a line of the stream has neither “result” nor "
                                            "“error”")));
}

QList<QByteArray> LndLineSplitter::feed(QByteArrayView chunk)
{
    QList<QByteArray> lines;
    if (m_overflowed)
        return lines;
    m_partial += chunk.toByteArray();
    qsizetype start = 0;
    for (qsizetype end = m_partial.indexOf('\n'); end >= 0; end = m_partial.indexOf('\n', start)) {
        const QByteArray line = m_partial.mid(start, end - start).trimmed();
        if (!line.isEmpty())
            lines.append(line);
        start = end + 1;
    }
    m_partial.remove(0, start);
    if (m_partial.size() > maxLineBytes) {
        m_overflowed = true;
        m_partial.clear();
    }
    return lines;
}

Result<Wallet::WalletInfo, AppError> parseLndInfo(const QJsonObject &object)
{
    const QString call = u"getinfo"_s;
    Fields fields(object);
    const auto nodeId = fields.bytes<PublicKey>(u"identity_pubkey"_s);
    const auto chains = fields.array(u"chains"_s);
    if (!nodeId || !chains)
        return fail(lndBadAnswer(call, fields.problem()));
    QString alias;
    if (fields.has(u"alias"_s)) {
        const auto a = fields.text(u"alias"_s);
        if (!a)
            return fail(lndBadAnswer(call, fields.problem()));
        alias = a->left(64);
    }
    if (chains->isEmpty() || !chains->first().isObject())
        return fail(lndBadAnswer(call, Text::tr("“chains” names no chain")));
    Fields chain(chains->first().toObject());
    const auto name = chain.text(u"chain"_s);
    const auto networkName = chain.text(u"network"_s);
    if (!name || !networkName)
        return fail(lndBadAnswer(call, chain.problem()));
    if (*name != u"bitcoin"_s)
        return fail(lndBadAnswer(
            call, Text::tr("the node runs on “%1”, not bitcoin").arg(shortText(name->left(40)))));
    std::optional<Network> network = networkFromName(*networkName);
    if (!network && networkName->startsWith(u"testnet"_s, Qt::CaseInsensitive))
        network = Network::Testnet; // testnet3, testnet4
    if (!network)
        return fail(lndBadAnswer(
            call, Text::tr("“network” names an unknown network “%1”").arg(networkName->left(40))));
    return Wallet::WalletInfo{*network, alias, nodeId->toHex()};
}

Result<MilliSats, AppError> parseLndBalance(const QJsonObject &object)
{
    const QString call = u"balance/channels"_s;
    Fields fields(object);
    if (!fields.has(u"local_balance"_s)) {
        // Before 0.11 only the (now deprecated) sat total existed.
        const auto sat = fields.sats(u"balance"_s);
        if (!sat)
            return fail(lndBadAnswer(call, Text::tr("“local_balance” is missing")));
        return *sat;
    }
    const auto local = fields.object(u"local_balance"_s);
    if (!local)
        return fail(lndBadAnswer(call, fields.problem()));
    Fields amount(*local);
    const auto msat = amount.has(u"msat"_s) ? amount.msats(u"msat"_s) : amount.sats(u"sat"_s);
    if (!msat)
        return fail(lndBadAnswer(call, amount.problem()));
    return *msat;
}

InvoiceOutcome parseLndAddInvoice(const QJsonObject &object, MilliSats amount, Network network)
{
    const QString call = u"invoices"_s;
    Fields fields(object);
    const auto hash = fields.base64<PaymentHash>(u"r_hash"_s);
    const auto request = fields.text(u"payment_request"_s);
    if (!hash || !request)
        return fail(lndBadAnswer(call, fields.problem()));
    // What the payer will see is the invoice itself, so that is what gets checked.
    const auto decoded = decodeBolt11(request->trimmed());
    if (!decoded)
        return fail(lndBadAnswer(
            call, Text::tr("the invoice does not decode: %1").arg(decoded.error().message)));
    if (decoded->amount != std::optional<MilliSats>(amount))
        return fail(lndBadAnswer(call, Text::tr("the invoice asks for %1 sat instead of %2 sat")
                                           .arg(decoded->amount ? decoded->amount->toSatsDecimal()
                                                                : Text::tr("any amount"),
                                                amount.toSatsDecimal())));
    if (decoded->paymentHash != *hash)
        return fail(lndBadAnswer(call, Text::tr("the invoice's payment hash is not r_hash")));
    if (decoded->network != network)
        return fail(
            lndBadAnswer(call, Text::tr("the invoice is for %1, not %2")
                                   .arg(networkName(decoded->network), networkName(network))));
    return ReceivingInvoice{decoded->text, decoded->paymentHash};
}

IncomingOutcome parseLndInvoice(const QJsonObject &object, const PaymentHash &hash)
{
    const QString call = u"invoice"_s;
    Fields fields(object);
    if (fields.has(u"r_hash"_s)) {
        const auto stated = fields.base64<PaymentHash>(u"r_hash"_s);
        if (!stated)
            return fail(lndBadAnswer(call, fields.problem()));
        if (*stated != hash)
            return fail(lndBadAnswer(call, Text::tr("it is about another payment hash")));
    }
    QString state;
    if (fields.has(u"state"_s)) {
        const auto s = fields.text(u"state"_s);
        if (!s)
            return fail(lndBadAnswer(call, fields.problem()));
        state = *s;
    } else if (fields.has(u"settled"_s)) {
        // Before 0.7 only the boolean existed.
        if (!object.value(u"settled").isBool())
            return fail(lndBadAnswer(call, Text::tr("“settled” is not true or false")));
        state = object.value(u"settled").toBool() ? u"SETTLED"_s : u"OPEN"_s;
    } else {
        return fail(lndBadAnswer(call, Text::tr("“state” is missing")));
    }
    IncomingPayment p;
    p.paymentHash = hash;
    if (state == u"SETTLED"_s) {
        const auto paid = fields.has(u"amt_paid_msat"_s) ? fields.msats(u"amt_paid_msat"_s)
                                                         : fields.sats(u"amt_paid_sat"_s);
        if (!paid)
            return fail(lndBadAnswer(call, fields.problem()));
        p.state = IncomingPayment::State::Paid;
        p.received = *paid;
    } else if (state == u"OPEN"_s || state == u"ACCEPTED"_s) {
        // ACCEPTED: a hold invoice's HTLCs are held, not settled; nothing has arrived yet.
        p.state = IncomingPayment::State::Unpaid;
    } else if (state == u"CANCELED"_s) {
        // LND cancels an invoice once it expires; nothing can pay it any more.
        p.state = IncomingPayment::State::Expired;
    } else {
        return fail(lndBadAnswer(
            call, Text::tr("“state” is the unknown “%1”").arg(shortText(state.left(40)))));
    }
    return p;
}

PaymentOutcome parseLndPayment(const QJsonObject &object, const PaymentHash &hash)
{
    const QString call = u"payment"_s;
    Fields fields(object);
    const auto stated = fields.bytes<PaymentHash>(u"payment_hash"_s);
    const auto status = fields.text(u"status"_s);
    if (!stated || !status)
        return fail(lndBadAnswer(call, fields.problem()));
    if (*stated != hash)
        return fail(lndBadAnswer(
            call, Text::tr("it is about another payment hash (%1)").arg(stated->toHex())));
    OutgoingPayment p;
    p.paymentHash = hash;
    if (fields.has(u"value_msat"_s)) {
        const auto value = fields.msats(u"value_msat"_s);
        if (!value)
            return fail(lndBadAnswer(call, fields.problem()));
        p.amount = *value;
    }
    if (fields.has(u"fee_msat"_s) || fields.has(u"fee_sat"_s)) {
        const auto fee =
            fields.has(u"fee_msat"_s) ? fields.msats(u"fee_msat"_s) : fields.sats(u"fee_sat"_s);
        if (!fee)
            return fail(lndBadAnswer(call, fields.problem()));
        p.fee = *fee;
    }

    if (*status == u"SUCCEEDED"_s) {
        const auto preimage = fields.bytes<Preimage>(u"payment_preimage"_s);
        // Without a preimage that hashes to the payment hash this is not Succeeded: Pending,
        // because the money may well have left, and only a verifiable preimage settles it.
        if (!preimage) {
            p.state = OutgoingPayment::State::Pending;
            p.reason = Text::tr("LND reports the payment succeeded, but its preimage could not "
                                "be read: %1.")
                           .arg(fields.problem());
        } else if (!verifyPreimage(*preimage, hash)) {
            p.state = OutgoingPayment::State::Pending;
            p.reason = Text::tr("LND reports the payment succeeded, but its preimage does not "
                                "match the payment hash.");
        } else {
            p.state = OutgoingPayment::State::Succeeded;
            p.preimage = *preimage;
        }
        return p;
    }
    if (*status == u"FAILED"_s) {
        p.state = OutgoingPayment::State::Failed;
        const auto reason = fields.has(u"failure_reason"_s) ? fields.text(u"failure_reason"_s)
                                                            : std::optional<QString>();
        p.reason = reason ? shortText(*reason) : Text::tr("LND gave no reason.");
        return p;
    }
    p.state = OutgoingPayment::State::Pending;
    if (*status == u"IN_FLIGHT"_s || *status == u"INITIATED"_s)
        p.reason = Text::tr("The payment is in flight.");
    else
        p.reason =
            Text::tr("LND reports the unknown status “%1”.").arg(shortText(status->left(40)));
    return p;
}

} // namespace lw
