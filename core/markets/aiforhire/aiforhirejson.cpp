// SPDX-License-Identifier: GPL-3.0-or-later
#include "markets/aiforhire/aiforhirejson.h"

#include "common/base64.h"
#include "lightning/bolt11decoder.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <limits>
#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace lw {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(AiForHire)
};

//! 21 million BTC in sats: the largest amount any field may hold (MilliSats::fromSats only
//! catches overflow, not this).
constexpr qint64 maxSats = MilliSats::maxMoneyMsat / MilliSats::msatPerSat;
//! expires_in is a constant 600 in the snapshot; a year is already absurd.
constexpr qint64 maxExpiresInSeconds = 366 * 24 * 3600;

enum class Problem { Missing, WrongType, TooLong, BadNumber, Malformed, Elsewhere };

AppError badResponse(Problem problem, const QString &field)
{
    QString message;
    switch (problem) {
    case Problem::Missing:
        message = Text::tr("The market's answer lacks the field “%1”.").arg(field);
        break;
    case Problem::WrongType:
        message = Text::tr("The market's answer has a field “%1” of the wrong type.").arg(field);
        break;
    case Problem::TooLong:
        message = Text::tr("The market's answer has a field “%1” that is too long.").arg(field);
        break;
    case Problem::BadNumber:
        message = Text::tr("The market's answer has an impossible number in “%1”.").arg(field);
        break;
    case Problem::Malformed:
        message = Text::tr("The market's answer has a malformed “%1”.").arg(field);
        break;
    case Problem::Elsewhere:
        message =
            Text::tr("The market's answer has an item whose “%1” belongs elsewhere.").arg(field);
        break;
    }
    return AppError::make(AppError::Kind::BadResponse, message);
}

AppError invalid(const QString &message)
{
    return AppError::make(AppError::Kind::Invalid, message);
}

AppError refused(const QString &message)
{
    return AppError::make(AppError::Kind::Refused, message);
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

// Ids end up in URL paths (/tasks/{id}/quotes): letters, digits, '-' and '_' cannot form a dot
// segment, a separator or an escape.
bool isSafeId(QStringView id)
{
    for (QChar c : id) {
        const char16_t u = c.unicode();
        const bool ok = (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z')
                        || (u >= u'0' && u <= u'9') || u == u'-' || u == u'_';
        if (!ok)
            return false;
    }
    return true;
}

// Tokens go into the X-Token header: visible ASCII only, so no header can be split or folded.
bool isHeaderSafe(QStringView token)
{
    for (QChar c : token)
        if (c.unicode() < 0x21 || c.unicode() > 0x7e)
            return false;
    return !token.isEmpty();
}

bool isAlphanumeric(QStringView text)
{
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (!((u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9')))
            return false;
    }
    return true;
}

// A JSON integer of whole sats within the money cap; strings and fractions are not amounts.
std::optional<qint64> satsValue(const QJsonValue &v)
{
    if (!v.isDouble())
        return std::nullopt;
    const qint64 sats = v.toInteger(-1);
    if (sats < 0 || sats > maxSats)
        return std::nullopt;
    return sats;
}

bool isPositiveWholeSats(MilliSats amount)
{
    return amount.msat() > 0 && amount.isWholeSats() && amount.msat() <= MilliSats::maxMoneyMsat;
}

//! Reads one object's fields; the first problem wins and later reads return defaults, so a
//! parser can read everything and check once.
class Reader {
public:
    Reader(const QJsonObject &o, QString path)
        : m_o(o)
        , m_path(std::move(path))
    {}

    bool ok() const { return !m_error.has_value(); }
    const AppError &error() const { return *m_error; }
    QString field(QStringView key) const { return m_path + key.toString(); }

    void fail(Problem problem, QStringView key)
    {
        if (!m_error)
            m_error = badResponse(problem, field(key));
    }

    //! The value, or nothing when absent or null (a problem only when required).
    std::optional<QJsonValue> get(QStringView key, bool required)
    {
        const QJsonValue v = m_o.value(key);
        if (v.isUndefined() || v.isNull()) {
            if (required)
                fail(Problem::Missing, key);
            return std::nullopt;
        }
        return v;
    }

    QString id(QStringView key, bool required = true)
    {
        const auto v = get(key, required);
        if (!v)
            return {};
        QString s;
        if (v->isString()) {
            s = v->toString();
        } else if (v->isDouble() && v->toInteger(-1) >= 0) {
            s = QString::number(v->toInteger());
        } else {
            fail(Problem::WrongType, key);
            return {};
        }
        if (s.isEmpty()) {
            if (required)
                fail(Problem::Missing, key);
            return {};
        }
        if (s.size() > maxHireIdChars) {
            fail(Problem::TooLong, key);
            return {};
        }
        if (!isSafeId(s)) {
            fail(Problem::Malformed, key);
            return {};
        }
        return s;
    }

    //! Free text: truncated at `cap`.
    QString text(QStringView key, qsizetype cap, bool required = false)
    {
        const auto v = get(key, required);
        if (!v)
            return {};
        if (!v->isString()) {
            fail(Problem::WrongType, key);
            return {};
        }
        return truncated(v->toString(), cap);
    }

    //! Text that must be whole to mean anything (statuses): too long is an error.
    QString exact(QStringView key, qsizetype cap, bool required)
    {
        const auto v = get(key, required);
        if (!v)
            return {};
        if (!v->isString()) {
            fail(Problem::WrongType, key);
            return {};
        }
        QString s = v->toString();
        if (s.size() > cap) {
            fail(Problem::TooLong, key);
            return {};
        }
        if (s.isEmpty() && required)
            fail(Problem::Missing, key);
        return s;
    }

    QString status(QStringView key, bool required = true)
    {
        return exact(key, maxHireStatusChars, required);
    }

    std::optional<MilliSats> sats(QStringView key, bool required = true, bool positive = false)
    {
        const auto v = get(key, required);
        if (!v)
            return std::nullopt;
        if (!v->isDouble()) {
            fail(Problem::WrongType, key);
            return std::nullopt;
        }
        const auto n = satsValue(*v);
        if (!n || (positive && *n == 0)) {
            fail(Problem::BadNumber, key);
            return std::nullopt;
        }
        return MilliSats::fromSats(*n);
    }

    std::optional<qint64> count(QStringView key, qint64 maximum)
    {
        const auto v = get(key, false);
        if (!v)
            return std::nullopt;
        if (!v->isDouble()) {
            fail(Problem::WrongType, key);
            return std::nullopt;
        }
        const qint64 n = v->toInteger(-1);
        if (n < 0 || n > maximum) {
            fail(Problem::BadNumber, key);
            return std::nullopt;
        }
        return n;
    }

    HireTimestamp timestamp(QStringView key)
    {
        HireTimestamp t;
        t.text = exact(key, maxHireTimestampChars, false);
        if (!t.text.isEmpty()) {
            // Qt reads any number of fraction digits and keeps milliseconds.
            const QDateTime when = QDateTime::fromString(t.text, Qt::ISODateWithMs);
            if (when.isValid())
                t.when = when.toUTC();
        }
        return t;
    }

    PaymentHash paymentHash(QStringView key)
    {
        const QString s = exact(key, 2 * PaymentHash::size, true);
        if (s.isEmpty())
            return {};
        const auto parsed = PaymentHash::fromHex(s);
        if (!parsed) {
            fail(Problem::Malformed, key);
            return {};
        }
        return *parsed;
    }

    QString invoice(QStringView key)
    {
        const QString s = exact(key, maxBolt11Length, true);
        if (!s.isEmpty() && !isAlphanumeric(s))
            fail(Problem::Malformed, key);
        return ok() ? s : QString();
    }

    QString token(QStringView key, bool required)
    {
        const QString s = exact(key, maxHireTokenChars, required);
        if (!s.isEmpty() && !isHeaderSafe(s))
            fail(Problem::Malformed, key);
        return ok() ? s : QString();
    }

    std::optional<QJsonArray> array(QStringView key, bool required)
    {
        const auto v = get(key, required);
        if (!v)
            return std::nullopt;
        if (!v->isArray()) {
            fail(Problem::WrongType, key);
            return std::nullopt;
        }
        return v->toArray();
    }

private:
    const QJsonObject &m_o;
    QString m_path;
    std::optional<AppError> m_error;
};

template <typename T, typename ReadItem>
HireList<T> readList(const QJsonArray &array, const QString &path, ReadItem readItem)
{
    HireList<T> out;
    auto skip = [&out](const AppError &e) {
        if (out.skipped++ == 0)
            out.firstProblem = e.message;
    };
    qsizetype index = 0;
    for (const QJsonValue &v : array) {
        if (index == maxHireListItems) {
            out.dropped = int(array.size() - index);
            break;
        }
        const QString itemPath = path + u'[' + QString::number(index) + u']';
        ++index;
        if (!v.isObject()) {
            skip(badResponse(Problem::WrongType, itemPath));
            continue;
        }
        Result<T, AppError> item = readItem(v.toObject(), QString(itemPath + u'.'));
        if (!item) {
            skip(item.error());
            continue;
        }
        out.items.append(std::move(*item));
    }
    return out;
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

QJsonObject postTaskBody(const QString &title, const QString &description, MilliSats budget)
{
    QJsonObject o{{u"title"_s, title}, {u"budget_sats"_s, budget.floorSats()}};
    if (!description.isEmpty())
        o.insert(u"description"_s, description);
    return o;
}

QJsonObject quoteBody(MilliSats price, const QString &description)
{
    QJsonObject o{{u"price_sats"_s, price.floorSats()}};
    if (!description.isEmpty())
        o.insert(u"description"_s, description);
    return o;
}

QJsonObject quoteUpdateBody(std::optional<MilliSats> price,
                            const std::optional<QString> &description)
{
    QJsonObject o;
    if (price)
        o.insert(u"price_sats"_s, price->floorSats());
    if (description)
        o.insert(u"description"_s, *description);
    return o;
}

QJsonObject messageBody(const QString &text)
{
    return {{u"body"_s, text}};
}

QJsonObject deliverBody(const QString &filename, const QString &contentBase64, const QString &notes)
{
    return {{u"filename"_s, filename}, {u"content_base64"_s, contentBase64}, {u"notes"_s, notes}};
}

QJsonObject collectBody(MilliSats amount, const QString &invoice)
{
    return {{u"invoice"_s, invoice}, {u"amount_sats"_s, amount.floorSats()}};
}

QJsonObject topupBody(MilliSats amount)
{
    return {{u"amount_sats"_s, amount.floorSats()}};
}

QJsonObject claimBody(const Preimage &preimage, const QString &token)
{
    QJsonObject o{{u"preimage"_s, preimage.toHex()}};
    if (!token.isEmpty())
        o.insert(u"token"_s, token);
    return o;
}

std::optional<AppError> validatePostTask(const QString &title, const QString &description,
                                         MilliSats budget)
{
    // server.py: title = body.get("title", "").strip(); if not title: missing_field.
    if (title.trimmed().isEmpty())
        return invalid(Text::tr("A task needs a title."));
    if (title.size() > maxHireTitleChars)
        return invalid(
            Text::tr("The title is longer than %n characters.", nullptr, int(maxHireTitleChars)));
    if (description.size() > maxHireTextChars)
        return invalid(Text::tr("The description is longer than %n characters.", nullptr,
                                int(maxHireTextChars)));
    // int(budget_sats) <= 0: invalid_field. Whole sats: the field is an integer.
    if (!isPositiveWholeSats(budget))
        return invalid(Text::tr("The budget must be a whole number of sats above zero."));
    return std::nullopt;
}

std::optional<AppError> validateQuote(const HireTask &task, const QString &myAccountId,
                                      MilliSats price, const QString &description)
{
    // In server.py's order: the body, then create_quote's not found, state, own task.
    if (!isPositiveWholeSats(price))
        return invalid(Text::tr("The price must be a whole number of sats above zero."));
    if (description.size() > maxHireTextChars)
        return invalid(Text::tr("The description is longer than %n characters.", nullptr,
                                int(maxHireTextChars)));
    if (task.id.isEmpty())
        return invalid(Text::tr("The task is not known."));
    if (task.status != HireTaskStatus::Open)
        return AppError::make(AppError::Kind::Conflict,
                              Text::tr("The task is not open for quotes."));
    if (!myAccountId.isEmpty() && task.buyerAccountId == myAccountId)
        return invalid(Text::tr("You cannot quote on your own task."));
    return std::nullopt;
}

std::optional<AppError> validateQuoteUpdate(std::optional<MilliSats> price,
                                            const std::optional<QString> &description)
{
    if (!price && !description)
        return invalid(Text::tr("The quote update changes nothing."));
    if (price && !isPositiveWholeSats(*price))
        return invalid(Text::tr("The price must be a whole number of sats above zero."));
    if (description && description->size() > maxHireTextChars)
        return invalid(Text::tr("The description is longer than %n characters.", nullptr,
                                int(maxHireTextChars)));
    return std::nullopt;
}

std::optional<AppError> validateMessage(const QString &text)
{
    // server.py: text = body.get("body", "").strip(); if not text: missing_field.
    if (text.trimmed().isEmpty())
        return invalid(Text::tr("A message cannot be empty."));
    if (text.size() > maxHireTextChars)
        return invalid(
            Text::tr("The message is longer than %n characters.", nullptr, int(maxHireTextChars)));
    return std::nullopt;
}

std::optional<AppError> validateDeliver(const QString &filename, const QString &contentBase64,
                                        const QString &notes)
{
    if (filename.trimmed().isEmpty())
        return invalid(Text::tr("A delivery needs a file name."));
    if (filename.size() > maxHireFilenameChars)
        return invalid(Text::tr("The file name is longer than %n characters.", nullptr,
                                int(maxHireFilenameChars)));
    if (contentBase64.isEmpty())
        return invalid(Text::tr("A delivery needs content."));
    if (contentBase64.size() > maxHireContentBase64Chars)
        return invalid(Text::tr("The delivery is too large."));
    if (!base64::decode(contentBase64, {base64::Alphabet::Standard}))
        return invalid(Text::tr("The delivery's content is not valid base64."));
    if (notes.size() > maxHireTextChars)
        return invalid(
            Text::tr("The notes are longer than %n characters.", nullptr, int(maxHireTextChars)));
    return std::nullopt;
}

std::optional<AppError> validateCollect(MilliSats amount, const QString &invoice)
{
    if (!isPositiveWholeSats(amount))
        return invalid(Text::tr("The amount must be a whole number of sats above zero."));
    if (invoice.trimmed().isEmpty())
        return invalid(Text::tr("A withdrawal needs an invoice."));
    const auto decoded = decodeBolt11(invoice);
    if (!decoded)
        return invalid(Text::tr("The invoice could not be read: %1").arg(decoded.error().message));
    if (!decoded->amount)
        return invalid(Text::tr("The invoice must carry an amount: 402ai cannot pay an open one."));
    if (*decoded->amount != amount)
        return invalid(Text::tr("The invoice is for %1 sat, not %2 sat.")
                           .arg(decoded->amount->toSatsDecimal(), amount.toSatsDecimal()));
    return std::nullopt;
}

std::optional<AppError> validateTopup(MilliSats amount)
{
    if (!isPositiveWholeSats(amount))
        return invalid(Text::tr("The amount must be a whole number of sats above zero."));
    return std::nullopt;
}

} // namespace lw
