// SPDX-License-Identifier: GPL-3.0-or-later
#include "phoenixd/phoenixdjson.h"

#include "jsonfields.h"
#include "lightning/bolt11decoder.h"
#include "lightning/preimage.h"

#include <QCoreApplication>
#include <QJsonValue>

using namespace Qt::Literals::StringLiterals;

namespace lw {

namespace {

// PhoenixdWallet's translation context: these texts reach the user as its errors.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(PhoenixdWallet)
};

using Kind = AppError::Kind;

// Reads fields of an untrusted JSON object: a missing or wrong-typed field gives std::nullopt
// and the first such problem is kept for the error message. phoenixd omits null fields
// (explicitNulls = false), so a null counts as missing.
class Fields : public JsonFields {
public:
    using JsonFields::JsonFields;

    //! A non-negative whole number.
    std::optional<qint64> count(const QString &key)
    {
        if (!has(key))
            return missing<qint64>(key);
        const QJsonValue v = m_object.value(key);
        // toInteger() gives the default for fractions, non-numbers and values out of range.
        const qint64 n = v.isDouble() ? v.toInteger(-1) : -1;
        if (n < 0)
            return wrong<qint64>(Text::tr("“%1” is not a whole number of at least 0").arg(key));
        return n;
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
    std::optional<MilliSats> msats(const QString &key)
    {
        const auto n = count(key);
        if (!n)
            return std::nullopt;
        if (*n > MilliSats::maxMoneyMsat)
            return wrong<MilliSats>(Text::tr("“%1” is larger than any amount can be").arg(key));
        return MilliSats(*n);
    }
};

// Reasons phoenixd (lightning-kmp FinalFailure) gives when an earlier attempt for the same hash
// exists: that attempt's state, not this refusal, says whether money left.
bool meansEarlierAttempt(const QString &reason)
{
    return reason.contains(u"another payment is in progress"_s, Qt::CaseInsensitive)
           || reason.contains(u"already been paid"_s, Qt::CaseInsensitive);
}

} // namespace

AppError phoenixdBadAnswer(const QString &endpoint, const QString &why)
{
    return AppError::make(
        Kind::BadResponse,
        Text::tr("phoenixd's answer to %1 could not be read: %2.").arg(endpoint, why));
}

OutgoingPayment phoenixdPendingPayment(const Bolt11Invoice &invoice, const QString &reason)
{
    OutgoingPayment p;
    p.state = OutgoingPayment::State::Pending;
    p.paymentHash = invoice.paymentHash;
    p.amount = invoice.amount.value_or(MilliSats());
    p.reason = reason;
    return p;
}

OutgoingPayment phoenixdUnreadablePayment(const Bolt11Invoice &invoice, const QString &why)
{
    return phoenixdPendingPayment(
        invoice, Text::tr("phoenixd's answer could not be read (%1); the payment may have "
                          "gone through.")
                     .arg(why));
}

Result<Wallet::WalletInfo, AppError> parsePhoenixdInfo(const QJsonObject &object)
{
    Fields fields(object);
    const auto nodeId = fields.bytes<PublicKey>(u"nodeId"_s);
    const auto chain = fields.text(u"chain"_s);
    if (!nodeId || !chain)
        return fail(phoenixdBadAnswer(u"getinfo"_s, fields.problem()));
    // phoenixd runs on mainnet or testnet (newer builds may say testnet3/testnet4); the
    // sandbox says regtest.
    std::optional<Network> network = networkFromName(*chain);
    if (!network && chain->startsWith(u"testnet"_s, Qt::CaseInsensitive))
        network = Network::Testnet;
    if (!network)
        return fail(phoenixdBadAnswer(
            u"getinfo"_s, Text::tr("“chain” names an unknown network “%1”").arg(chain->left(40))));
    return Wallet::WalletInfo{*network, QString(), nodeId->toHex()};
}

Result<MilliSats, AppError> parsePhoenixdBalance(const QJsonObject &object)
{
    Fields fields(object);
    const auto balance = fields.sats(u"balanceSat"_s);
    if (!balance)
        return fail(phoenixdBadAnswer(u"getbalance"_s, fields.problem()));
    return *balance;
}

InvoiceOutcome parsePhoenixdInvoice(const QJsonObject &object, MilliSats amount, Network network)
{
    const QString name = u"createinvoice"_s;
    Fields fields(object);
    const auto serialized = fields.text(u"serialized"_s);
    const auto hash = fields.bytes<PaymentHash>(u"paymentHash"_s);
    if (!serialized || !hash)
        return fail(phoenixdBadAnswer(name, fields.problem()));
    if (fields.has(u"amountSat"_s)) {
        const auto stated = fields.sats(u"amountSat"_s);
        if (!stated)
            return fail(phoenixdBadAnswer(name, fields.problem()));
        if (*stated != amount)
            return fail(
                phoenixdBadAnswer(name, Text::tr("it states %1 sat instead of the %2 sat asked for")
                                            .arg(stated->toSatsDecimal(), amount.toSatsDecimal())));
    }
    // What the payer will see is the invoice itself, so that is what gets checked.
    const auto decoded = decodeBolt11(serialized->trimmed());
    if (!decoded)
        return fail(phoenixdBadAnswer(
            name, Text::tr("the invoice does not decode: %1").arg(decoded.error().message)));
    if (decoded->amount != std::optional<MilliSats>(amount))
        return fail(phoenixdBadAnswer(
            name,
            Text::tr("the invoice asks for %1 sat instead of %2 sat")
                .arg(decoded->amount ? decoded->amount->toSatsDecimal() : Text::tr("any amount"),
                     amount.toSatsDecimal())));
    if (decoded->paymentHash != *hash)
        return fail(
            phoenixdBadAnswer(name, Text::tr("the invoice's payment hash is not the one stated")));
    if (decoded->network != network)
        return fail(
            phoenixdBadAnswer(name, Text::tr("the invoice is for %1, not %2")
                                        .arg(networkName(decoded->network), networkName(network))));
    return ReceivingInvoice{decoded->text, decoded->paymentHash};
}

OutgoingPayment parsePhoenixdPayment(const QJsonObject &object, const Bolt11Invoice &invoice,
                                     bool *lookUp)
{
    Fields fields(object);

    // Both shapes are HTTP 200: PaymentSent has routingFeeSat, PaymentFailed a reason.
    if (fields.has(u"routingFeeSat"_s)) {
        const auto hash = fields.bytes<PaymentHash>(u"paymentHash"_s);
        const auto preimage = fields.bytes<Preimage>(u"paymentPreimage"_s);
        const auto fee = fields.sats(u"routingFeeSat"_s);
        if (!hash || !preimage || !fee)
            return phoenixdUnreadablePayment(invoice, fields.problem());
        if (*hash != invoice.paymentHash)
            return phoenixdPendingPayment(
                invoice,
                Text::tr("phoenixd reported paying another payment hash (%1).").arg(hash->toHex()));
        // A preimage that does not hash to the payment hash proves nothing: never Succeeded.
        // Pending, not Failed, because the money may well have left; the caller looks it up
        // again and only a verifiable preimage settles it.
        if (!verifyPreimage(*preimage, invoice.paymentHash))
            return phoenixdPendingPayment(invoice,
                                          Text::tr("phoenixd reported success, but its preimage "
                                                   "does not match the payment hash."));
        OutgoingPayment p;
        p.state = OutgoingPayment::State::Succeeded;
        p.paymentHash = invoice.paymentHash;
        p.preimage = *preimage;
        // Exactly the invoice's amount, as no override was sent; recipientAmountSat is rounded.
        p.amount = *invoice.amount;
        p.fee = *fee;
        return p;
    }

    std::optional<QString> reason;
    if (fields.has(u"reason"_s))
        reason = fields.text(u"reason"_s);
    else if (fields.has(u"message"_s))
        reason = fields.text(u"message"_s);
    if (!reason)
        return phoenixdUnreadablePayment(invoice, fields.problem().isEmpty()
                                                      ? Text::tr("neither a payment nor a failure")
                                                      : fields.problem());
    OutgoingPayment p = phoenixdPendingPayment(invoice, reason->left(500));
    if (meansEarlierAttempt(*reason)) {
        *lookUp = true;
        return p;
    }
    p.state = OutgoingPayment::State::Failed;
    return p;
}

IncomingOutcome parsePhoenixdIncomingPayment(const QJsonObject &object,
                                             const PaymentHash &paymentHash)
{
    const QString name = u"payments/incoming"_s;
    Fields fields(object);
    const auto isPaid = fields.flag(u"isPaid"_s);
    const auto received = fields.sats(u"receivedSat"_s);
    if (!isPaid || !received)
        return fail(phoenixdBadAnswer(name, fields.problem()));
    if (fields.has(u"paymentHash"_s)) {
        const auto hash = fields.bytes<PaymentHash>(u"paymentHash"_s);
        if (!hash)
            return fail(phoenixdBadAnswer(name, fields.problem()));
        if (*hash != paymentHash)
            return fail(phoenixdBadAnswer(name, Text::tr("it is about another payment hash")));
    }
    IncomingPayment p;
    p.paymentHash = paymentHash;
    if (*isPaid) {
        p.state = IncomingPayment::State::Paid;
        p.received = *received;
    } else {
        // isExpired is optional in older phoenixd versions: absent means still payable.
        const bool expired = fields.has(u"isExpired"_s) && fields.flag(u"isExpired"_s) == true;
        p.state = expired ? IncomingPayment::State::Expired : IncomingPayment::State::Unpaid;
    }
    return p;
}

PaymentOutcome parsePhoenixdOutgoingPayment(const QJsonObject &object,
                                            const PaymentHash &paymentHash)
{
    const QString name = u"payments/outgoingbyhash"_s;
    Fields fields(object);
    const auto isPaid = fields.flag(u"isPaid"_s);
    const auto sent = fields.sats(u"sent"_s);  // sat, fees included
    const auto fees = fields.msats(u"fees"_s); // msat
    if (!isPaid || !sent || !fees)
        return fail(phoenixdBadAnswer(name, fields.problem()));
    if (fields.has(u"paymentHash"_s)) {
        const auto hash = fields.bytes<PaymentHash>(u"paymentHash"_s);
        if (!hash)
            return fail(phoenixdBadAnswer(name, fields.problem()));
        if (*hash != paymentHash)
            return fail(phoenixdBadAnswer(name, Text::tr("it is about another payment hash")));
    }
    bool completed = false;
    if (fields.has(u"completedAt"_s)) {
        if (!fields.count(u"completedAt"_s))
            return fail(phoenixdBadAnswer(name, fields.problem()));
        completed = true;
    }
    OutgoingPayment p;
    p.paymentHash = paymentHash;
    p.fee = *fees;
    // The invoice states the exact amount; `sent` is truncated to sat.
    std::optional<MilliSats> amount;
    if (fields.has(u"invoice"_s)) {
        const auto text = fields.text(u"invoice"_s);
        if (text) {
            const auto decoded = decodeBolt11(text->trimmed());
            if (decoded && decoded->paymentHash == paymentHash)
                amount = decoded->amount;
        }
    }
    if (!amount)
        amount = sent->minus(*fees);
    p.amount = amount && !amount->isNegative() ? *amount : MilliSats();

    if (*isPaid) {
        const auto preimage = fields.bytes<Preimage>(u"preimage"_s);
        // As in payInvoice: without a preimage that hashes to the payment hash this is not
        // Succeeded; Pending with a reason, and the caller looks again.
        if (!preimage) {
            p.state = OutgoingPayment::State::Pending;
            p.reason = Text::tr("phoenixd reports the payment paid, but its preimage "
                                "could not be read: %1.")
                           .arg(fields.problem());
        } else if (!verifyPreimage(*preimage, paymentHash)) {
            p.state = OutgoingPayment::State::Pending;
            p.reason = Text::tr("phoenixd reports the payment paid, but its preimage does "
                                "not match the payment hash.");
        } else {
            p.state = OutgoingPayment::State::Succeeded;
            p.preimage = *preimage;
        }
    } else {
        // lightning-kmp sets completedAt for Succeeded and Failed, never while pending.
        p.state = completed ? OutgoingPayment::State::Failed : OutgoingPayment::State::Pending;
    }
    return p;
}

} // namespace lw
