// SPDX-License-Identifier: GPL-3.0-or-later
// How aiforhirejson.cpp reads the fields of a 402ai answer: the reading rules stated in
// aiforhirejson.h (required and optional fields, amounts, ids, capped text, lists), in one place.
// Internal to markets/aiforhire: only the parsers include this.
#pragma once

#include "common/result.h"
#include "lightning/bolt11decoder.h"
#include "markets/aiforhire/aiforhiretypes.h"
#include "net/apperror.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringView>

#include <optional>
#include <utility>

namespace lw::aiforhire_detail {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(AiForHire)
};

//! 21 million BTC in sats: the largest amount any field may hold (MilliSats::fromSats only
//! catches overflow, not this).
inline constexpr qint64 maxSats = MilliSats::maxMoneyMsat / MilliSats::msatPerSat;

enum class Problem { Missing, WrongType, TooLong, BadNumber, Malformed, Elsewhere };

inline AppError badResponse(Problem problem, const QString &field)
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

// At most `length` UTF-16 units, never splitting a surrogate pair.
inline QString truncated(const QString &text, qsizetype length)
{
    if (text.size() <= length)
        return text;
    if (length > 0 && text[length - 1].isHighSurrogate())
        --length;
    return text.first(length);
}

// Ids end up in URL paths (/tasks/{id}/quotes): letters, digits, '-' and '_' cannot form a dot
// segment, a separator or an escape.
inline bool isSafeId(QStringView id)
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
inline bool isHeaderSafe(QStringView token)
{
    for (QChar c : token)
        if (c.unicode() < 0x21 || c.unicode() > 0x7e)
            return false;
    return !token.isEmpty();
}

inline bool isAlphanumeric(QStringView text)
{
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (!((u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9')))
            return false;
    }
    return true;
}

// A JSON integer of whole sats within the money cap; strings and fractions are not amounts.
inline std::optional<qint64> satsValue(const QJsonValue &v)
{
    if (!v.isDouble())
        return std::nullopt;
    const qint64 sats = v.toInteger(-1);
    if (sats < 0 || sats > maxSats)
        return std::nullopt;
    return sats;
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

} // namespace lw::aiforhire_detail
