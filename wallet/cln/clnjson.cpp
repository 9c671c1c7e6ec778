// SPDX-License-Identifier: GPL-3.0-or-later
#include "cln/clnjson.h"

#include "jsonfields.h"
#include "lightning/bolt11decoder.h"
#include "lightning/preimage.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>

using namespace Qt::Literals::StringLiterals;

namespace lw {

namespace {

// ClnWallet's translation context: these texts reach the user as its errors.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(ClnWallet)
};

using Kind = AppError::Kind;

// Reads fields of an untrusted JSON object: a missing or wrong-typed field gives std::nullopt
// and the first such problem is kept for the error message. A null counts as missing.
class Fields : public JsonFields {
public:
    using JsonFields::JsonFields;

    //! A non-negative whole number of msat: an integer, or a string "<n>msat" (before v23).
    std::optional<MilliSats> msats(const QString &key)
    {
        if (!has(key))
            return missing<MilliSats>(key);
        const QJsonValue v = m_object.value(key);
        qint64 n = -1;
        if (v.isDouble()) {
            // toInteger() gives the default for fractions and values out of range.
            n = v.toInteger(-1);
        } else if (v.isString() && v.toString().endsWith(u"msat"_s)) {
            const QString digits = v.toString().chopped(4);
            bool ok = false;
            const qint64 parsed = digits.toLongLong(&ok);
            if (ok && !digits.isEmpty() && digits.front().isDigit())
                n = parsed;
        }
        if (n < 0)
            return wrong<MilliSats>(Text::tr("“%1” is not a whole number of msat").arg(key));
        if (n > MilliSats::maxMoneyMsat)
            return wrong<MilliSats>(Text::tr("“%1” is larger than any amount can be").arg(key));
        return MilliSats(n);
    }
};

// The entries of `key` that are objects; any other entry is a problem in `why`.
std::optional<QList<QJsonObject>> objectsOf(Fields &fields, const QString &key, QString *why)
{
    const auto list = fields.array(key);
    if (!list) {
        *why = fields.problem();
        return std::nullopt;
    }
    QList<QJsonObject> out;
    for (const QJsonValue &v : *list) {
        if (!v.isObject()) {
            *why = Text::tr("an entry of “%1” is not an object").arg(key);
            return std::nullopt;
        }
        out.append(v.toObject());
    }
    return out;
}

} // namespace

AppError clnBadAnswer(const QString &method, const QString &why)
{
    return AppError::make(
        Kind::BadResponse,
        Text::tr("Core Lightning's answer to %1 could not be read: %2.").arg(method, why));
}

OutgoingPayment clnPendingPayment(const Bolt11Invoice &invoice, const QString &reason)
{
    OutgoingPayment p;
    p.state = OutgoingPayment::State::Pending;
    p.paymentHash = invoice.paymentHash;
    p.amount = invoice.amount.value_or(MilliSats());
    p.reason = reason;
    return p;
}

std::optional<ClnRpcError> parseClnRpcError(const QByteArray &body)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (!doc.isObject())
        return std::nullopt;
    const QJsonValue code = doc.object().value(u"code");
    const QJsonValue message = doc.object().value(u"message");
    if (!code.isDouble() || code.toDouble() != double(code.toInt()) || !message.isString())
        return std::nullopt;
    return ClnRpcError{code.toInt(), message.toString().left(500)};
}

bool isClnUnknownCommand(const ClnRpcError &error)
{
    return error.code == -32601
           || error.message.contains(u"Unknown command"_s, Qt::CaseInsensitive);
}

ClnPayError classifyClnPayError(const ClnRpcError &error)
{
    switch (error.code) {
    case -32600: // invalid request
    case -32602: // invalid parameters: checked before anything is sent
        return ClnPayError::NotSent;
    case 203: // permanent failure at the destination
    case 205: // no route
    case 206: // route too expensive (over maxfee)
    case 207: // invoice expired
    case 210: // pay stopped retrying: all attempts done
        return ClnPayError::Failed;
    default:
        // 200 in progress, 201 and 219 already paid, -1 and 209 catch-alls: the record decides.
        return ClnPayError::EarlierAttempt;
    }
}

Result<Wallet::WalletInfo, AppError> parseClnInfo(const QJsonObject &object)
{
    Fields fields(object);
    const auto id = fields.bytes<PublicKey>(u"id"_s);
    const auto chain = fields.text(u"network"_s);
    if (!id || !chain)
        return fail(clnBadAnswer(u"getinfo"_s, fields.problem()));
    std::optional<Network> network = networkFromName(*chain);
    if (!network && chain->startsWith(u"testnet"_s, Qt::CaseInsensitive))
        network = Network::Testnet;
    if (!network)
        return fail(
            clnBadAnswer(u"getinfo"_s,
                         Text::tr("“network” names an unknown network “%1”").arg(chain->left(40))));
    QString alias;
    if (fields.has(u"alias"_s)) {
        const auto a = fields.text(u"alias"_s);
        if (!a)
            return fail(clnBadAnswer(u"getinfo"_s, fields.problem()));
        alias = a->left(64); // BOLT 7 aliases are 32 bytes
    }
    return Wallet::WalletInfo{*network, alias, id->toHex()};
}

Result<MilliSats, AppError> parseClnBalance(const QJsonObject &object)
{
    Fields fields(object);
    QString why;
    const auto channels = objectsOf(fields, u"channels"_s, &why);
    if (!channels)
        return fail(clnBadAnswer(u"listfunds"_s, why));
    MilliSats total;
    for (const QJsonObject &channel : *channels) {
        Fields c(channel);
        const auto state = c.text(u"state"_s);
        const auto ours = c.msats(u"our_amount_msat"_s);
        if (!state || !ours)
            return fail(clnBadAnswer(u"listfunds"_s, c.problem()));
        if (*state != u"CHANNELD_NORMAL")
            continue; // opening, closing or awaiting splice: not spendable now
        const auto sum = total.plus(*ours);
        if (!sum || sum->msat() > MilliSats::maxMoneyMsat)
            return fail(clnBadAnswer(u"listfunds"_s, Text::tr("the channels add up to more "
                                                              "than any amount can be")));
        total = *sum;
    }
    return total;
}

InvoiceOutcome parseClnInvoice(const QJsonObject &object, MilliSats amount, Network network)
{
    const QString name = u"invoice"_s;
    Fields fields(object);
    const auto serialized = fields.text(u"bolt11"_s);
    const auto hash = fields.bytes<PaymentHash>(u"payment_hash"_s);
    if (!serialized || !hash)
        return fail(clnBadAnswer(name, fields.problem()));
    const auto decoded = decodeBolt11(serialized->trimmed());
    if (!decoded)
        return fail(clnBadAnswer(
            name, Text::tr("the invoice does not decode: %1").arg(decoded.error().message)));
    if (decoded->amount != std::optional<MilliSats>(amount))
        return fail(clnBadAnswer(name, Text::tr("the invoice asks for %1 sat instead of %2 sat")
                                           .arg(decoded->amount ? decoded->amount->toSatsDecimal()
                                                                : Text::tr("any amount"),
                                                amount.toSatsDecimal())));
    if (decoded->paymentHash != *hash)
        return fail(
            clnBadAnswer(name, Text::tr("the invoice's payment hash is not the one stated")));
    if (decoded->network != network)
        return fail(
            clnBadAnswer(name, Text::tr("the invoice is for %1, not %2")
                                   .arg(networkName(decoded->network), networkName(network))));
    return ReceivingInvoice{decoded->text, decoded->paymentHash};
}

OutgoingPayment parseClnPayment(const QJsonObject &object, const Bolt11Invoice &invoice)
{
    Fields fields(object);
    // pay names the hash and a status; xpay neither (its hash is the invoice's).
    if (fields.has(u"payment_hash"_s)) {
        const auto hash = fields.bytes<PaymentHash>(u"payment_hash"_s);
        if (!hash || *hash != invoice.paymentHash)
            return clnPendingPayment(invoice, Text::tr("The node reported paying another "
                                                       "payment hash."));
    }
    if (fields.has(u"status"_s)) {
        const auto status = fields.text(u"status"_s);
        if (status == u"failed") {
            OutgoingPayment p = clnPendingPayment(invoice, Text::tr("The node reports the "
                                                                    "payment failed."));
            p.state = OutgoingPayment::State::Failed;
            return p;
        }
        if (status != u"complete")
            return clnPendingPayment(invoice, Text::tr("The node reports the payment in flight."));
    }
    const auto preimage = fields.bytes<Preimage>(u"payment_preimage"_s);
    if (!preimage)
        return clnPendingPayment(invoice, Text::tr("The node's answer could not be read (%1); "
                                                   "the payment may have gone through.")
                                              .arg(fields.problem()));
    // A preimage that does not hash to the payment hash proves nothing: never Succeeded.
    // Pending, not Failed, because the money may well have left; listpays decides later.
    if (!verifyPreimage(*preimage, invoice.paymentHash))
        return clnPendingPayment(invoice, Text::tr("The node reported success, but its preimage "
                                                   "does not match the payment hash."));
    OutgoingPayment p;
    p.state = OutgoingPayment::State::Succeeded;
    p.paymentHash = invoice.paymentHash;
    p.preimage = *preimage;
    p.amount = *invoice.amount; // exactly the invoice's: no amount was sent with it
    if (fields.has(u"amount_sent_msat"_s)) {
        const auto sent = fields.msats(u"amount_sent_msat"_s);
        if (sent && *sent > p.amount)
            p.fee = *sent->minus(p.amount);
    }
    return p;
}

PaymentOutcome parseClnPays(const QJsonObject &object, const PaymentHash &paymentHash)
{
    const QString name = u"listpays"_s;
    Fields fields(object);
    QString why;
    const auto pays = objectsOf(fields, u"pays"_s, &why);
    if (!pays)
        return fail(clnBadAnswer(name, why));
    OutgoingPayment p;
    p.paymentHash = paymentHash;
    p.state = OutgoingPayment::State::NotFound;
    bool anyPending = false;
    bool anyFailed = false;
    for (const QJsonObject &pay : *pays) {
        Fields f(pay);
        const auto hash = f.bytes<PaymentHash>(u"payment_hash"_s);
        const auto status = f.text(u"status"_s);
        if (!hash || !status)
            return fail(clnBadAnswer(name, f.problem()));
        if (*hash != paymentHash)
            continue; // not asked for: a node that ignores the filter
        if (*status == u"complete") {
            const auto preimage = f.bytes<Preimage>(u"preimage"_s);
            if (!preimage || !verifyPreimage(*preimage, paymentHash)) {
                anyPending = true;
                p.reason = Text::tr("The node reports the payment complete, but its preimage "
                                    "does not match the payment hash.");
                continue;
            }
            p.state = OutgoingPayment::State::Succeeded;
            p.preimage = *preimage;
            p.reason.clear();
            const auto amount = f.msats(u"amount_msat"_s);
            const auto sent = f.msats(u"amount_sent_msat"_s);
            if (amount)
                p.amount = *amount;
            if (amount && sent && *sent > *amount)
                p.fee = *sent->minus(*amount);
            return p;
        }
        if (*status == u"failed")
            anyFailed = true;
        else
            anyPending = true; // "pending", or anything unknown: not over
    }
    if (anyPending)
        p.state = OutgoingPayment::State::Pending;
    else if (anyFailed)
        p.state = OutgoingPayment::State::Failed;
    return p;
}

IncomingOutcome parseClnInvoices(const QJsonObject &object, const PaymentHash &paymentHash)
{
    const QString name = u"listinvoices"_s;
    Fields fields(object);
    QString why;
    const auto invoices = objectsOf(fields, u"invoices"_s, &why);
    if (!invoices)
        return fail(clnBadAnswer(name, why));
    IncomingPayment p;
    p.paymentHash = paymentHash;
    p.state = IncomingPayment::State::NotFound;
    for (const QJsonObject &invoice : *invoices) {
        Fields f(invoice);
        const auto hash = f.bytes<PaymentHash>(u"payment_hash"_s);
        const auto status = f.text(u"status"_s);
        if (!hash || !status)
            return fail(clnBadAnswer(name, f.problem()));
        if (*hash != paymentHash)
            continue;
        if (*status == u"paid") {
            const auto received = f.msats(u"amount_received_msat"_s);
            if (!received)
                return fail(clnBadAnswer(name, f.problem()));
            p.state = IncomingPayment::State::Paid;
            p.received = *received;
        } else if (*status == u"expired") {
            p.state = IncomingPayment::State::Expired;
        } else if (*status == u"unpaid") {
            p.state = IncomingPayment::State::Unpaid;
        } else {
            return fail(clnBadAnswer(
                name, Text::tr("“status” is an unknown state “%1”").arg(status->left(40))));
        }
        return p;
    }
    return p;
}

} // namespace lw
