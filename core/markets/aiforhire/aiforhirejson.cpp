// SPDX-License-Identifier: GPL-3.0-or-later
#include "markets/aiforhire/aiforhirejson.h"

#include "common/base64.h"
#include "lightning/bolt11decoder.h"
#include "markets/aiforhire/aiforhirefields.h"

#include <QJsonArray>

#include <limits>
#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace lw {

using namespace aiforhire_detail;

namespace {

//! expires_in is a constant 600 in the snapshot; a year is already absurd.
constexpr qint64 maxExpiresInSeconds = 366 * 24 * 3600;

AppError refused(const QString &message)
{
    return AppError::make(AppError::Kind::Refused, message);
}

Result<HireQuote, AppError> readQuote(const QJsonObject &o, const QString &path)
{
    Reader r(o, path);
    HireQuote q;
    q.id = r.id(u"id");
    q.taskId = r.id(u"task_id", false);
    q.contractorAccountId = r.id(u"contractor_account_id");
    q.price = r.sats(u"price_sats").value_or(MilliSats());
    q.description = r.text(u"description", maxHireTextChars);
    q.statusText = r.status(u"status");
    q.status = hireQuoteStatusFromText(q.statusText);
    if (const auto n = r.count(u"message_count", std::numeric_limits<int>::max()))
        q.messageCount = int(*n);
    q.createdAt = r.timestamp(u"created_at");
    q.updatedAt = r.timestamp(u"updated_at");
    if (!r.ok())
        return fail(r.error());
    return q;
}

Result<HireDelivery, AppError> readDelivery(const QJsonObject &o, const QString &path)
{
    Reader r(o, path);
    HireDelivery d;
    d.id = r.id(u"id");
    d.taskId = r.id(u"task_id", false);
    d.quoteId = r.id(u"quote_id", false);
    d.contractorAccountId = r.id(u"contractor_account_id", false);
    d.filename = r.text(u"filename", maxHireFilenameChars);
    d.notes = r.text(u"notes", maxHireTextChars);
    const QString content = r.exact(u"content_base64", maxHireContentBase64Chars, false);
    if (r.ok() && o.value(u"content_base64").isString()) {
        auto bytes = base64::decode(content, {base64::Alphabet::Standard});
        if (!bytes)
            r.fail(Problem::Malformed, u"content_base64");
        else
            d.content = std::move(*bytes);
    }
    d.createdAt = r.timestamp(u"created_at");
    if (!r.ok())
        return fail(r.error());
    return d;
}

Result<HireMessage, AppError> readMessage(const QJsonObject &o, const QString &path)
{
    Reader r(o, path);
    HireMessage m;
    m.id = r.id(u"id");
    if (r.ok()) {
        // A bigserial: the cursor for since_id (a digit string does as well).
        bool isNumber = false;
        const qint64 n = m.id.toLongLong(&isNumber);
        if (isNumber && n >= 0)
            m.sequence = n;
    }
    m.taskId = r.id(u"task_id", false);
    m.quoteId = r.id(u"quote_id", false);
    m.senderAccountId = r.id(u"sender_account_id");
    m.body = r.text(u"body", maxHireTextChars, true);
    m.createdAt = r.timestamp(u"created_at");
    if (!r.ok())
        return fail(r.error());
    return m;
}

Result<HireTask, AppError> readTask(const QJsonObject &o, const QString &path)
{
    Reader r(o, path);
    HireTask t;
    t.id = r.id(u"id");
    t.buyerAccountId = r.id(u"buyer_account_id");
    t.title = r.text(u"title", maxHireTitleChars, true);
    t.description = r.text(u"description", maxHireTextChars);
    t.budget = r.sats(u"budget_sats").value_or(MilliSats());
    t.statusText = r.status(u"status");
    t.status = hireTaskStatusFromText(t.statusText);
    const auto quoteCount = r.count(u"quote_count", std::numeric_limits<int>::max());
    t.createdAt = r.timestamp(u"created_at");
    t.updatedAt = r.timestamp(u"updated_at");
    t.escrowed = r.sats(u"escrowed_sats", false);
    const auto quotes = r.array(u"quotes", false);
    const auto deliveries = r.array(u"deliveries", false);
    if (!r.ok())
        return fail(r.error());

    // Quotes and deliveries of another task are not this task's, whatever the server says.
    const QString taskId = t.id;
    if (quotes) {
        t.quotes = readList<HireQuote>(
            *quotes, QString(path + u"quotes"_s),
            [&taskId](const QJsonObject &item, const QString &at) -> Result<HireQuote, AppError> {
                auto q = readQuote(item, at);
                if (q && !q->taskId.isEmpty() && q->taskId != taskId)
                    return fail(badResponse(Problem::Elsewhere, QString(at + u"task_id"_s)));
                return q;
            });
    }
    if (deliveries) {
        t.deliveries = readList<HireDelivery>(
            *deliveries, QString(path + u"deliveries"_s),
            [&taskId](const QJsonObject &item,
                      const QString &at) -> Result<HireDelivery, AppError> {
                auto d = readDelivery(item, at);
                if (d && !d->taskId.isEmpty() && d->taskId != taskId)
                    return fail(badResponse(Problem::Elsewhere, QString(at + u"task_id"_s)));
                return d;
            });
    }
    if (quoteCount)
        t.quoteCount = int(*quoteCount);
    else if (t.quotes)
        t.quoteCount = int(t.quotes->items.size()) + t.quotes->skipped + t.quotes->dropped;
    return t;
}

std::optional<MilliSats> lenientSats(const QJsonValue &v)
{
    const auto n = satsValue(v);
    return n ? MilliSats::fromSats(*n) : std::nullopt;
}

template <typename Bytes>
std::optional<Bytes> lenientHex(const QJsonValue &v)
{
    if (!v.isString() || v.toString().size() != 2 * qsizetype(Bytes::size))
        return std::nullopt;
    return Bytes::fromHex(v.toString());
}

} // namespace

HireTaskStatus hireTaskStatusFromText(QStringView text)
{
    if (text == u"open")
        return HireTaskStatus::Open;
    if (text == u"in_escrow")
        return HireTaskStatus::InEscrow;
    if (text == u"delivered")
        return HireTaskStatus::Delivered;
    if (text == u"completed")
        return HireTaskStatus::Completed;
    if (text == u"cancelled")
        return HireTaskStatus::Cancelled;
    return HireTaskStatus::Unknown;
}

HireQuoteStatus hireQuoteStatusFromText(QStringView text)
{
    if (text == u"pending")
        return HireQuoteStatus::Pending;
    if (text == u"accepted")
        return HireQuoteStatus::Accepted;
    if (text == u"rejected")
        return HireQuoteStatus::Rejected;
    return HireQuoteStatus::Unknown;
}

Result<HireAccount, AppError> parseHireAccount(const QJsonObject &o)
{
    Reader r(o, {});
    HireAccount a;
    a.accountId = r.id(u"account_id");
    a.balance = r.sats(u"balance_sats").value_or(MilliSats());
    if (!r.ok())
        return fail(r.error());
    return a;
}

Result<HireTask, AppError> parseHireTask(const QJsonObject &o)
{
    return readTask(o, {});
}

Result<HireList<HireTask>, AppError> parseHireTasks(const QJsonObject &o)
{
    Reader r(o, {});
    const auto tasks = r.array(u"tasks", true);
    if (!r.ok())
        return fail(r.error());
    return readList<HireTask>(*tasks, u"tasks"_s, readTask);
}

Result<HireQuote, AppError> parseHireQuote(const QJsonObject &o)
{
    return readQuote(o, {});
}

Result<HireMessage, AppError> parseHireMessage(const QJsonObject &o)
{
    return readMessage(o, {});
}

Result<HireList<HireMessage>, AppError> parseHireMessages(const QJsonObject &o,
                                                          const QString &quoteId)
{
    Reader r(o, {});
    const auto messages = r.array(u"messages", true);
    if (!r.ok())
        return fail(r.error());
    return readList<HireMessage>(
        *messages, u"messages"_s,
        [&quoteId](const QJsonObject &item, const QString &path) -> Result<HireMessage, AppError> {
            auto m = readMessage(item, path);
            if (m && !quoteId.isEmpty() && !m->quoteId.isEmpty() && m->quoteId != quoteId)
                return fail(badResponse(Problem::Elsewhere, QString(path + u"quote_id"_s)));
            return m;
        });
}

Result<HireDelivery, AppError> parseHireDelivery(const QJsonObject &o)
{
    return readDelivery(o, {});
}

Result<HireAcceptResult, AppError> parseHireAcceptResult(const QJsonObject &o)
{
    Reader r(o, {});
    HireAcceptResult a;
    a.taskId = r.id(u"task_id");
    a.quoteId = r.id(u"quote_id");
    a.statusText = r.status(u"status");
    a.status = hireTaskStatusFromText(a.statusText);
    a.escrowed = r.sats(u"escrowed_sats").value_or(MilliSats());
    if (!r.ok())
        return fail(r.error());
    return a;
}

Result<HireConfirmResult, AppError> parseHireConfirmResult(const QJsonObject &o)
{
    Reader r(o, {});
    HireConfirmResult c;
    c.taskId = r.id(u"task_id");
    c.statusText = r.status(u"status");
    c.status = hireTaskStatusFromText(c.statusText);
    c.released = r.sats(u"released_sats").value_or(MilliSats());
    c.contractorAccountId = r.id(u"contractor_account_id", false);
    if (!r.ok())
        return fail(r.error());
    return c;
}

Result<TopupInvoice, AppError> parseTopupInvoice(const QJsonObject &o)
{
    Reader r(o, {});
    TopupInvoice t;
    t.statusText = r.status(u"status", false);
    t.paymentMethod = r.status(u"payment_method", false);
    t.invoice = r.invoice(u"invoice");
    t.paymentHash = r.paymentHash(u"payment_hash");
    t.amount = r.sats(u"amount_sats", true, true).value_or(MilliSats());
    t.expiresInSeconds = r.count(u"expires_in", maxExpiresInSeconds);
    t.claimUrl = r.text(u"claim_url", maxHireShortTextChars);
    if (!r.ok())
        return fail(r.error());
    return t;
}

Result<TopupClaim, AppError> parseTopupClaim(const QJsonObject &o)
{
    Reader r(o, {});
    TopupClaim c;
    c.token = r.token(u"token", true);
    c.balance = r.sats(u"balance_sats").value_or(MilliSats());
    if (!r.ok())
        return fail(r.error());
    return c;
}

Result<HireChallengeBody, AppError> parseHireChallengeBody(const QJsonObject &o)
{
    Reader r(o, {});
    HireChallengeBody c;
    c.statusText = r.status(u"status", false);
    c.invoice = r.invoice(u"invoice");
    c.paymentHash = r.paymentHash(u"payment_hash");
    c.amount = r.sats(u"amount_sats", true, true).value_or(MilliSats());
    c.expiresInSeconds = r.count(u"expires_in", maxExpiresInSeconds);
    c.token = r.token(u"token", false);
    if (!r.ok())
        return fail(r.error());
    return c;
}

Result<CollectResult, AppError> parseCollectResult(const QJsonObject &o)
{
    Reader r(o, {});
    CollectResult c;
    c.statusText = r.status(u"status");
    c.amount = r.sats(u"amount_sats").value_or(MilliSats());
    if (!r.ok())
        return fail(r.error());
    // phoenixd's own JSON, passed through: read what is readable (see the header).
    const QJsonValue payment = o.value(u"payment");
    if (payment.isObject()) {
        const QJsonObject p = payment.toObject();
        CollectPayment cp;
        cp.recipientAmount = lenientSats(p.value(u"recipientAmountSat"));
        cp.routingFee = lenientSats(p.value(u"routingFeeSat"));
        cp.paymentId = truncated(p.value(u"paymentId").toString(), maxHireShortTextChars);
        cp.paymentHash = lenientHex<PaymentHash>(p.value(u"paymentHash"));
        cp.preimage = lenientHex<Preimage>(p.value(u"paymentPreimage"));
        const QJsonValue reason = p.value(u"reason");
        cp.hasReason = !reason.isUndefined() && !reason.isNull();
        cp.reason = truncated(reason.toString(), maxHireShortTextChars);
        c.payment = std::move(cp);
    }
    return c;
}

bool isHireChallengeBody(const QJsonObject &o)
{
    return o.value(u"invoice").isString() && !o.contains(u"error");
}

std::optional<qint64> lastMessageSequence(const QList<HireMessage> &messages)
{
    std::optional<qint64> last;
    for (const HireMessage &m : messages)
        if (m.sequence && (!last || *m.sequence > *last))
            last = m.sequence;
    return last;
}

CollectVerdict collectVerdict(const CollectResult &result,
                              const std::optional<PaymentHash> &invoiceHash)
{
    if (result.statusText != u"paid")
        return CollectVerdict::NotPaid;
    if (!result.payment)
        return CollectVerdict::Unproven;
    const CollectPayment &p = *result.payment;
    // A preimage for the right hash is proof and beats any words; without one, a reason is
    // phoenixd's PaymentFailed that the server passed off as paid.
    if (p.preimage && (p.paymentHash || invoiceHash)) {
        const bool forPayment = !p.paymentHash || verifyPreimage(*p.preimage, *p.paymentHash);
        const bool forInvoice = !invoiceHash || verifyPreimage(*p.preimage, *invoiceHash);
        if (forPayment && forInvoice)
            return CollectVerdict::Paid;
    }
    if (p.hasReason)
        return CollectVerdict::FailedAsPaid;
    return CollectVerdict::Unproven;
}

std::optional<AppError> checkHireInvoice(const QString &invoice, const PaymentHash &paymentHash,
                                         MilliSats amount)
{
    const auto decoded = decodeBolt11(invoice);
    if (!decoded)
        return AppError::make(
            AppError::Kind::BadResponse,
            Text::tr("The market's invoice could not be read: %1").arg(decoded.error().message));
    if (decoded->paymentHash != paymentHash)
        return refused(Text::tr("The market's invoice is for another payment than it says."));
    if (!decoded->amount || *decoded->amount != amount)
        return refused(Text::tr("The market's invoice asks for another amount than it says."));
    return std::nullopt;
}

std::optional<AppError> checkHireChallengeHeaders(const PaymentHash &paymentHash, MilliSats amount,
                                                  const QByteArray &xPaymentHash,
                                                  const QByteArray &xPriceSats)
{
    const QByteArray hash = xPaymentHash.trimmed();
    if (!hash.isEmpty()) {
        const auto fromHeader = PaymentHash::fromHex(QString::fromLatin1(hash));
        if (!fromHeader || *fromHeader != paymentHash)
            return refused(Text::tr("The market's payment headers disagree with its answer."));
    }
    const QByteArray price = xPriceSats.trimmed();
    if (!price.isEmpty()) {
        bool ok = false;
        const qint64 sats = price.toLongLong(&ok);
        const bool digitsOnly = !price.startsWith('+') && !price.startsWith('-');
        if (!ok || !digitsOnly || !amount.isWholeSats() || sats != amount.floorSats())
            return refused(Text::tr("The market's payment headers disagree with its answer."));
    }
    return std::nullopt;
}

} // namespace lw
