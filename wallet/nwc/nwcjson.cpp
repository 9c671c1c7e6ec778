// SPDX-License-Identifier: GPL-3.0-or-later
#include "nwc/nwcjson.h"

#include "lightning/bolt11decoder.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace lw {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(NwcWallet)
};

using Kind = AppError::Kind;

//! An amount in msat: absent → fallback; present but not a whole number in range → nullopt.
std::optional<MilliSats> msatField(const QJsonObject &o, QStringView key, MilliSats fallback)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull())
        return fallback;
    if (!v.isDouble())
        return std::nullopt;
    const double d = v.toDouble();
    // Integral, non-negative, and below 2^53 where doubles are exact (21 M BTC fits).
    if (d < 0 || d > double(MilliSats::maxMoneyMsat) || d != double(qint64(d)))
        return std::nullopt;
    return MilliSats(qint64(d));
}

qint64 secondsField(const QJsonObject &o, QStringView key)
{
    const QJsonValue v = o.value(key);
    return v.isDouble() && v.toDouble() > 0 && v.toDouble() < 1e12 ? qint64(v.toDouble()) : 0;
}

//! The transaction's payment_hash, when present, must be the one asked about.
std::optional<QString> hashMismatch(const QJsonObject &tx, const PaymentHash &hash)
{
    const QJsonValue v = tx.value(u"payment_hash");
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    const auto got = PaymentHash::fromHex(v.toString());
    if (!got)
        return Text::tr("payment_hash is not 64 hex digits");
    if (*got != hash)
        return Text::tr("it is about another payment hash");
    return std::nullopt;
}

enum class PreimageCheck { Absent, Valid, Invalid };

PreimageCheck checkPreimage(const QJsonObject &o, const PaymentHash &hash, Preimage *out)
{
    const QJsonValue v = o.value(u"preimage");
    if (v.isUndefined() || v.isNull() || (v.isString() && v.toString().isEmpty()))
        return PreimageCheck::Absent;
    const auto p = Preimage::fromHex(v.toString());
    if (!p || !verifyPreimage(*p, hash))
        return PreimageCheck::Invalid;
    if (out)
        *out = *p;
    return PreimageCheck::Valid;
}

} // namespace

AppError nwcBadAnswer(const QString &method, const QString &why)
{
    AppError e = AppError::make(
        Kind::BadResponse,
        Text::tr("The wallet's answer to %1 could not be used: %2.").arg(method, why));
    e.code = method;
    return e;
}

OutgoingPayment nwcPendingPayment(const PaymentHash &hash, MilliSats amount, const QString &why)
{
    OutgoingPayment p;
    p.state = OutgoingPayment::State::Pending;
    p.paymentHash = hash;
    p.amount = amount;
    p.reason = why;
    return p;
}

OutgoingPayment parseNwcPayResult(const QJsonObject &result, const Bolt11Invoice &invoice)
{
    const MilliSats amount = invoice.amount.value_or(MilliSats());
    Preimage preimage;
    switch (checkPreimage(result, invoice.paymentHash, &preimage)) {
    case PreimageCheck::Absent:
        return nwcPendingPayment(invoice.paymentHash, amount,
                                 Text::tr("The wallet reported the payment without a preimage; "
                                          "it is being checked."));
    case PreimageCheck::Invalid:
        return nwcPendingPayment(invoice.paymentHash, amount,
                                 Text::tr("The wallet's preimage does not match the invoice; the "
                                          "payment is being checked."));
    case PreimageCheck::Valid:
        break;
    }
    OutgoingPayment p;
    p.state = OutgoingPayment::State::Succeeded;
    p.paymentHash = invoice.paymentHash;
    p.preimage = preimage;
    p.amount = amount;
    // The preimage proves the payment; an unreadable fee does not undo it.
    p.fee = msatField(result, u"fees_paid", MilliSats()).value_or(MilliSats());
    return p;
}

PaymentOutcome parseNwcOutgoing(const QJsonObject &tx, const PaymentHash &hash)
{
    const QString method = u"lookup_invoice"_s;
    if (const auto why = hashMismatch(tx, hash))
        return fail(nwcBadAnswer(method, *why));
    const QString type = tx.value(u"type").toString();
    if (type == u"incoming")
        return fail(nwcBadAnswer(method, Text::tr("the hash belongs to an invoice of the wallet, "
                                                  "not to a payment")));
    const auto amount = msatField(tx, u"amount", MilliSats());
    const auto fee = msatField(tx, u"fees_paid", MilliSats());
    if (!amount || !fee)
        return fail(nwcBadAnswer(method, Text::tr("amount or fees_paid is not a whole number")));
    const QString state = tx.value(u"state").toString();
    Preimage preimage;
    const PreimageCheck check = checkPreimage(tx, hash, &preimage);
    if (check == PreimageCheck::Valid && state != u"failed") {
        OutgoingPayment p;
        p.state = OutgoingPayment::State::Succeeded;
        p.paymentHash = hash;
        p.preimage = preimage;
        p.amount = *amount;
        p.fee = *fee;
        return p;
    }
    if (state == u"failed" && check == PreimageCheck::Valid)
        return nwcPendingPayment(hash, *amount,
                                 Text::tr("The wallet reports the payment as failed but holds "
                                          "its preimage."));
    if (state == u"failed") {
        OutgoingPayment p;
        p.state = OutgoingPayment::State::Failed;
        p.paymentHash = hash;
        p.amount = *amount;
        p.reason = Text::tr("The wallet reports the payment as failed.");
        return p;
    }
    if (check == PreimageCheck::Invalid)
        return nwcPendingPayment(hash, *amount,
                                 Text::tr("The wallet's preimage does not match the payment "
                                          "hash."));
    if (state == u"settled" || secondsField(tx, u"settled_at") > 0)
        return nwcPendingPayment(hash, *amount,
                                 Text::tr("The wallet reports the payment as settled but gave "
                                          "no preimage to prove it."));
    return nwcPendingPayment(hash, *amount, Text::tr("The payment is still in flight."));
}

IncomingOutcome parseNwcIncoming(const QJsonObject &tx, const PaymentHash &hash, qint64 nowSecs)
{
    const QString method = u"lookup_invoice"_s;
    if (const auto why = hashMismatch(tx, hash))
        return fail(nwcBadAnswer(method, *why));
    if (tx.value(u"type").toString() == u"outgoing")
        return fail(nwcBadAnswer(method, Text::tr("the hash belongs to a payment the wallet "
                                                  "made, not to an invoice")));
    const auto amount = msatField(tx, u"amount", MilliSats());
    if (!amount)
        return fail(nwcBadAnswer(method, Text::tr("amount is not a whole number")));
    if (checkPreimage(tx, hash, nullptr) == PreimageCheck::Invalid)
        return fail(nwcBadAnswer(method, Text::tr("its preimage does not match the hash")));
    const QString state = tx.value(u"state").toString();
    IncomingPayment p;
    p.paymentHash = hash;
    const qint64 expiresAt = secondsField(tx, u"expires_at");
    if (state == u"settled" || (state.isEmpty() && secondsField(tx, u"settled_at") > 0)) {
        p.state = IncomingPayment::State::Paid;
        p.received = *amount;
    } else if (state == u"expired" || state == u"failed"
               || (state.isEmpty() && expiresAt > 0 && expiresAt <= nowSecs)) {
        p.state = IncomingPayment::State::Expired;
    } else {
        p.state = IncomingPayment::State::Unpaid;
    }
    return p;
}

InvoiceOutcome parseNwcMadeInvoice(const QJsonObject &tx, MilliSats amount, Network network)
{
    const QString method = u"make_invoice"_s;
    const QString text = tx.value(u"invoice").toString();
    if (text.isEmpty())
        return fail(nwcBadAnswer(method, Text::tr("it has no invoice")));
    const auto invoice = decodeBolt11(text);
    if (!invoice)
        return fail(nwcBadAnswer(
            method, Text::tr("the invoice does not decode (%1)").arg(invoice.error().message)));
    if (invoice->amount != amount)
        return fail(nwcBadAnswer(method, Text::tr("the invoice is not for the amount asked")));
    if (invoice->network != network)
        return fail(
            nwcBadAnswer(method, Text::tr("the invoice is for %1, not %2")
                                     .arg(networkName(invoice->network), networkName(network))));
    if (const auto why = hashMismatch(tx, invoice->paymentHash))
        return fail(nwcBadAnswer(method, *why));
    return ReceivingInvoice{invoice->text, invoice->paymentHash};
}

Result<Wallet::WalletInfo, AppError> parseNwcInfo(const QJsonObject &result)
{
    const QString method = u"get_info"_s;
    const QString name = result.value(u"network").toString();
    const auto network = networkFromName(name.startsWith(u"testnet") ? u"testnet"_s : name);
    if (!network)
        return fail(nwcBadAnswer(
            method, name.isEmpty() ? Text::tr("it does not say which chain the wallet "
                                              "is on")
                                   : Text::tr("unknown network “%1”").arg(name.left(40))));
    Wallet::WalletInfo info;
    info.network = *network;
    info.alias = result.value(u"alias").toString().left(100);
    const QString pubkey = result.value(u"pubkey").toString();
    if (PublicKey::fromHex(pubkey))
        info.nodeId = pubkey.toLower();
    return info;
}

Result<MilliSats, AppError> parseNwcBalance(const QJsonObject &result)
{
    if (!result.contains(u"balance"))
        return fail(nwcBadAnswer(u"get_balance"_s, Text::tr("it has no balance")));
    const auto balance = msatField(result, u"balance", MilliSats());
    if (!balance)
        return fail(nwcBadAnswer(u"get_balance"_s, Text::tr("balance is not a whole number of "
                                                            "millisatoshis")));
    return *balance;
}

std::optional<IncomingPayment> parseNwcReceivedNotification(const QJsonObject &tx)
{
    const auto hash = PaymentHash::fromHex(tx.value(u"payment_hash").toString());
    const auto amount = msatField(tx, u"amount", MilliSats());
    if (!hash || !amount || tx.value(u"type").toString() == u"outgoing")
        return std::nullopt;
    if (checkPreimage(tx, *hash, nullptr) == PreimageCheck::Invalid)
        return std::nullopt;
    IncomingPayment p;
    p.state = IncomingPayment::State::Paid;
    p.paymentHash = *hash;
    p.received = *amount;
    return p;
}

std::optional<OutgoingPayment> parseNwcSentNotification(const QJsonObject &tx)
{
    const auto hash = PaymentHash::fromHex(tx.value(u"payment_hash").toString());
    if (!hash || tx.value(u"type").toString() == u"incoming")
        return std::nullopt;
    const auto p = parseNwcOutgoing(tx, *hash);
    if (!p || p->state != OutgoingPayment::State::Succeeded)
        return std::nullopt;
    return *p;
}

} // namespace lw
