// SPDX-License-Identifier: GPL-3.0-or-later
#include "lnbits/lnbitsjson.h"

#include "jsonfields.h"
#include "lightning/bolt11decoder.h"
#include "lightning/preimage.h"

#include <QCoreApplication>
#include <QJsonValue>

#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace lw {

namespace {

// LnbitsWallet's translation context: these texts reach the user as its errors.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(LnbitsWallet)
};

using Kind = AppError::Kind;

// Reads fields of an untrusted JSON object: a missing or wrong-typed field gives std::nullopt
// and the first such problem is kept for the error message. LNbits sends null for fields it
// has no value for (preimage, webhook), so a null counts as missing.
class Fields : public JsonFields {
public:
    using JsonFields::JsonFields;

    //! A whole number of msat of either sign (LNbits stores outgoing amounts negative), no
    //! larger in size than any amount can be.
    std::optional<MilliSats> signedMsats(const QString &key)
    {
        if (!has(key))
            return missing<MilliSats>(key);
        const QJsonValue v = m_object.value(key);
        // toInteger() gives the default for fractions, non-numbers and values out of range.
        constexpr qint64 bad = std::numeric_limits<qint64>::min();
        const qint64 n = v.isDouble() ? v.toInteger(bad) : bad;
        if (n == bad)
            return wrong<MilliSats>(Text::tr("“%1” is not a whole number").arg(key));
        if (n > MilliSats::maxMoneyMsat || n < -MilliSats::maxMoneyMsat)
            return wrong<MilliSats>(Text::tr("“%1” is larger than any amount can be").arg(key));
        return MilliSats(n);
    }
    std::optional<MilliSats> msats(const QString &key)
    {
        const auto n = signedMsats(key);
        if (n && n->isNegative())
            return wrong<MilliSats>(Text::tr("“%1” is below zero").arg(key));
        return n;
    }
};

MilliSats magnitude(MilliSats m)
{
    return m.isNegative() ? MilliSats(-m.msat()) : m;
}

OutgoingPayment paymentWithState(const PaymentHash &hash, OutgoingPayment::State state,
                                 const QString &reason = {})
{
    OutgoingPayment p;
    p.paymentHash = hash;
    p.state = state;
    p.reason = reason;
    return p;
}

} // namespace

AppError lnbitsBadAnswer(const QString &endpoint, const QString &why)
{
    return AppError::make(
        Kind::BadResponse,
        Text::tr("LNbits' answer to %1 could not be read: %2.").arg(endpoint, why));
}

OutgoingPayment lnbitsPendingPayment(const Bolt11Invoice &invoice, const QString &reason)
{
    OutgoingPayment p =
        paymentWithState(invoice.paymentHash, OutgoingPayment::State::Pending, reason);
    p.amount = invoice.amount.value_or(MilliSats());
    return p;
}

Result<LnbitsWalletAnswer, AppError> parseLnbitsWallet(const QJsonObject &object)
{
    Fields fields(object);
    const auto name = fields.text(u"name"_s);
    const auto balance = fields.signedMsats(u"balance"_s);
    if (!name || !balance)
        return fail(lnbitsBadAnswer(u"api/v1/wallet"_s, fields.problem()));
    // A balance below zero is a broken ledger, not money to spend.
    return LnbitsWalletAnswer{name->left(100), balance->isNegative() ? MilliSats() : *balance,
                              fields.has(u"id"_s)};
}

Result<Bolt11Invoice, AppError> parseLnbitsCreatedInvoice(const QJsonObject &object)
{
    const QString name = u"api/v1/payments"_s;
    Fields fields(object);
    // LNbits < 1.0 sends only payment_request; 1.x sends both it and bolt11.
    const auto serialized = fields.has(u"payment_request"_s) || !fields.has(u"bolt11"_s)
                                ? fields.text(u"payment_request"_s)
                                : fields.text(u"bolt11"_s);
    const auto hash = fields.bytes<PaymentHash>(u"payment_hash"_s);
    if (!serialized || !hash)
        return fail(lnbitsBadAnswer(name, fields.problem()));
    const auto decoded = decodeBolt11(serialized->trimmed());
    if (!decoded)
        return fail(lnbitsBadAnswer(
            name, Text::tr("the invoice does not decode: %1").arg(decoded.error().message)));
    if (decoded->paymentHash != *hash)
        return fail(lnbitsBadAnswer(name, Text::tr("the invoice's payment hash is not the one "
                                                   "stated")));
    return *decoded;
}

InvoiceOutcome parseLnbitsInvoice(const QJsonObject &object, MilliSats amount, Network network)
{
    const QString name = u"api/v1/payments"_s;
    const auto decoded = parseLnbitsCreatedInvoice(object);
    if (!decoded)
        return fail(decoded.error());
    Fields fields(object);
    if (fields.has(u"amount"_s)) {
        const auto stated = fields.msats(u"amount"_s);
        if (!stated)
            return fail(lnbitsBadAnswer(name, fields.problem()));
        if (*stated != amount)
            return fail(
                lnbitsBadAnswer(name, Text::tr("it states %1 sat instead of the %2 sat asked for")
                                          .arg(stated->toSatsDecimal(), amount.toSatsDecimal())));
    }
    if (decoded->amount != std::optional<MilliSats>(amount))
        return fail(lnbitsBadAnswer(
            name,
            Text::tr("the invoice asks for %1 sat instead of %2 sat")
                .arg(decoded->amount ? decoded->amount->toSatsDecimal() : Text::tr("any amount"),
                     amount.toSatsDecimal())));
    if (decoded->network != network)
        return fail(
            lnbitsBadAnswer(name, Text::tr("the invoice is for %1, not %2")
                                      .arg(networkName(decoded->network), networkName(network))));
    return ReceivingInvoice{decoded->text, decoded->paymentHash};
}

LnbitsPayReading parseLnbitsPayment(const QJsonObject &object, const Bolt11Invoice &invoice)
{
    Fields fields(object);
    const auto unreadable = [&](const QString &why) {
        return LnbitsPayReading{
            lnbitsPendingPayment(invoice, Text::tr("LNbits' answer could not be read (%1); the "
                                                   "payment may have gone through.")
                                              .arg(why)),
            true};
    };
    const auto hash = fields.bytes<PaymentHash>(u"payment_hash"_s);
    if (!hash)
        return unreadable(fields.problem());
    if (*hash != invoice.paymentHash)
        return {
            lnbitsPendingPayment(
                invoice,
                Text::tr("LNbits reported paying another payment hash (%1).").arg(hash->toHex())),
            false};
    // LNbits < 1.0 answers {payment_hash, checking_id} and nothing on how it ended.
    if (!fields.has(u"status"_s))
        return {lnbitsPendingPayment(invoice, Text::tr("LNbits accepted the payment.")), true};
    const auto status = fields.text(u"status"_s);
    if (!status)
        return unreadable(fields.problem());
    if (*status == u"failed") {
        OutgoingPayment p = lnbitsPendingPayment(invoice, Text::tr("LNbits reports the payment "
                                                                   "failed."));
        p.state = OutgoingPayment::State::Failed;
        return {p, false};
    }
    if (*status != u"success")
        return {lnbitsPendingPayment(invoice, Text::tr("LNbits reports the payment in flight.")),
                false};
    const auto preimage = fields.bytes<Preimage>(u"preimage"_s);
    // A preimage that does not hash to the payment hash proves nothing: never Succeeded.
    // Pending, not Failed, because the money may well have left; the record decides later.
    if (!preimage || !verifyPreimage(*preimage, invoice.paymentHash))
        return {lnbitsPendingPayment(invoice, Text::tr("LNbits reported success, but its "
                                                       "preimage does not match the payment "
                                                       "hash.")),
                false};
    OutgoingPayment p = paymentWithState(invoice.paymentHash, OutgoingPayment::State::Succeeded);
    p.preimage = *preimage;
    p.amount = *invoice.amount; // exactly the invoice's: no amount was sent with it
    if (fields.has(u"fee"_s)) {
        if (const auto fee = fields.signedMsats(u"fee"_s))
            p.fee = magnitude(*fee);
    }
    return {p, false};
}

LnbitsPayReading parseLnbitsPayError(const QJsonObject &object, const Bolt11Invoice &invoice)
{
    Fields fields(object);
    const QString detail = fields.has(u"detail"_s) && object.value(u"detail").isString()
                               ? object.value(u"detail").toString().left(500)
                               : QString();
    const auto status = fields.has(u"status"_s) ? fields.text(u"status"_s) : std::nullopt;
    if (detail.isEmpty() || !status)
        return {lnbitsPendingPayment(invoice, Text::tr("LNbits failed without saying how (HTTP "
                                                       "520); the payment may have gone "
                                                       "through.")),
                false};
    if (*status == u"failed") {
        OutgoingPayment p = lnbitsPendingPayment(invoice, detail);
        p.state = OutgoingPayment::State::Failed;
        return {p, false};
    }
    // "Payment already paid." (success) and "Payment is still pending." (pending) are about an
    // earlier attempt at this hash, whose record is the answer.
    return {lnbitsPendingPayment(invoice, detail), true};
}

PaymentOutcome parseLnbitsOutgoingPayment(const QJsonObject &object, const PaymentHash &paymentHash)
{
    const QString name = u"api/v1/payments/{hash}"_s;
    Fields fields(object);
    const auto paid = fields.flag(u"paid"_s);
    if (!paid)
        return fail(lnbitsBadAnswer(name, fields.problem()));
    if (!fields.has(u"details"_s))
        return paymentWithState(paymentHash, OutgoingPayment::State::NotFound);
    const auto details = fields.object(u"details"_s);
    if (!details)
        return fail(lnbitsBadAnswer(name, fields.problem()));
    Fields record(*details);
    const auto amount = record.signedMsats(u"amount"_s);
    if (!amount)
        return fail(lnbitsBadAnswer(name, record.problem()));
    if (record.has(u"payment_hash"_s)) {
        const auto hash = record.bytes<PaymentHash>(u"payment_hash"_s);
        if (!hash)
            return fail(lnbitsBadAnswer(name, record.problem()));
        if (*hash != paymentHash)
            return fail(lnbitsBadAnswer(name, Text::tr("it is about another payment hash")));
    }
    // A positive amount is an invoice this wallet made, not a payment it sent.
    if (!amount->isNegative())
        return paymentWithState(paymentHash, OutgoingPayment::State::NotFound);
    OutgoingPayment p = paymentWithState(paymentHash, OutgoingPayment::State::Pending);
    p.amount = magnitude(*amount);
    if (record.has(u"fee"_s)) {
        if (const auto fee = record.signedMsats(u"fee"_s))
            p.fee = magnitude(*fee);
    }
    if (*paid) {
        const auto preimage = fields.bytes<Preimage>(u"preimage"_s);
        if (!preimage) {
            p.reason = Text::tr("LNbits reports the payment paid, but its preimage could not "
                                "be read: %1.")
                           .arg(fields.problem());
        } else if (!verifyPreimage(*preimage, paymentHash)) {
            p.reason = Text::tr("LNbits reports the payment paid, but its preimage does not "
                                "match the payment hash.");
        } else {
            p.state = OutgoingPayment::State::Succeeded;
            p.preimage = *preimage;
        }
        return p;
    }
    // Not paid: "failed" is final, anything else (pending, or no status) is still open.
    const QJsonValue status =
        fields.has(u"status"_s) ? object.value(u"status"_s) : details->value(u"status"_s);
    if (status.isString() && status.toString() == u"failed")
        p.state = OutgoingPayment::State::Failed;
    return p;
}

IncomingOutcome parseLnbitsIncomingPayment(const QJsonObject &object,
                                           const PaymentHash &paymentHash)
{
    const QString name = u"api/v1/payments/{hash}"_s;
    Fields fields(object);
    const auto paid = fields.flag(u"paid"_s);
    if (!paid)
        return fail(lnbitsBadAnswer(name, fields.problem()));
    IncomingPayment p;
    p.paymentHash = paymentHash;
    p.state = IncomingPayment::State::NotFound;
    if (!fields.has(u"details"_s))
        return p; // another wallet's record
    const auto details = fields.object(u"details"_s);
    if (!details)
        return fail(lnbitsBadAnswer(name, fields.problem()));
    Fields record(*details);
    const auto amount = record.signedMsats(u"amount"_s);
    if (!amount)
        return fail(lnbitsBadAnswer(name, record.problem()));
    if (record.has(u"payment_hash"_s)) {
        const auto hash = record.bytes<PaymentHash>(u"payment_hash"_s);
        if (!hash)
            return fail(lnbitsBadAnswer(name, record.problem()));
        if (*hash != paymentHash)
            return fail(lnbitsBadAnswer(name, Text::tr("it is about another payment hash")));
    }
    if (amount->isNegative())
        return p; // a payment this wallet sent, not an invoice it made
    if (*paid) {
        p.state = IncomingPayment::State::Paid;
        p.received = *amount;
        return p;
    }
    const QJsonValue status =
        fields.has(u"status"_s) ? object.value(u"status"_s) : details->value(u"status"_s);
    // LNbits marks an invoice that expired unpaid as failed.
    p.state = status.isString() && status.toString() == u"failed" ? IncomingPayment::State::Expired
                                                                  : IncomingPayment::State::Unpaid;
    return p;
}

} // namespace lw
