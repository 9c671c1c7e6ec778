// SPDX-License-Identifier: GPL-3.0-or-later
// How prooflayerjson.cpp reads one object's fields under the rules stated in prooflayerjson.h.
// Internal to markets/prooflayer.
#pragma once

#include "markets/prooflayer/prooflayertypes.h"
#include "net/apperror.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>

#include <cctype>
#include <cmath>
#include <optional>

namespace lw::prooflayer_detail {

enum class Flaw { Missing, WrongType, TooLong, Impossible, Unsafe };

inline AppError flawed(Flaw flaw, const QString &field)
{
    static const char *const texts[] = {
        QT_TRANSLATE_NOOP("ProofLayer", "ProofLayer's answer has no “%1”."),
        QT_TRANSLATE_NOOP("ProofLayer", "ProofLayer's answer has “%1” of the wrong type."),
        QT_TRANSLATE_NOOP("ProofLayer", "ProofLayer's answer has a “%1” that is too long."),
        QT_TRANSLATE_NOOP("ProofLayer", "ProofLayer's answer has an impossible value in “%1”."),
        QT_TRANSLATE_NOOP("ProofLayer",
                          "ProofLayer's answer has a “%1” with characters an id cannot have."),
    };
    return AppError::make(AppError::Kind::BadResponse,
                          QCoreApplication::translate("ProofLayer", texts[int(flaw)]).arg(field));
}

//! An id that can go into a URL path as one segment: ASCII letters, digits, '-' and '_'.
inline bool isPathSafeId(QStringView id)
{
    if (id.isEmpty())
        return false;
    for (const QChar c : id) {
        if (c.unicode() > 0x7f)
            return false;
        const char a = char(c.unicode());
        if (!(std::isalnum(static_cast<unsigned char>(a)) || a == '-' || a == '_'))
            return false;
    }
    return true;
}

//! Reads the fields of one object. The first flaw is kept and later reads give defaults, so a
//! parser reads everything and checks `ok()` once. `at` prefixes field names ("tasks[2].").
class FieldReader {
public:
    FieldReader(const QJsonObject &object, const QString &at)
        : m_object(object)
        , m_at(at)
    {}

    bool ok() const { return !m_flaw; }
    AppError flaw() const { return *m_flaw; }
    QString path(QStringView key) const { return m_at + key; }
    void note(Flaw flaw, QStringView key)
    {
        if (!m_flaw)
            m_flaw = flawed(flaw, path(key));
    }

    //! The value when present and not null; a flaw when required and absent.
    std::optional<QJsonValue> value(QStringView key, bool required)
    {
        QJsonValue v = m_object.value(key);
        if (!v.isUndefined() && !v.isNull())
            return v;
        if (required)
            note(Flaw::Missing, key);
        return std::nullopt;
    }

    //! A string or non-negative integer id, path-safe.
    QString id(QStringView key, bool required = true)
    {
        const auto v = value(key, required);
        if (!v)
            return {};
        const bool number = v->isDouble() && v->toInteger(-1) >= 0;
        if (!v->isString() && !number) {
            note(Flaw::WrongType, key);
            return {};
        }
        const QString s = number ? QString::number(v->toInteger()) : v->toString();
        if (s.size() <= maxProofLayerIdChars && isPathSafeId(s))
            return s;
        if (required || !s.isEmpty())
            note(s.isEmpty()                       ? Flaw::Missing
                 : s.size() > maxProofLayerIdChars ? Flaw::TooLong
                                                   : Flaw::Unsafe,
                 key);
        return {};
    }

    //! Free text, cut at `cap` (never inside a surrogate pair).
    QString text(QStringView key, qsizetype cap, bool required = false)
    {
        const auto v = value(key, required);
        if (!v)
            return {};
        if (!v->isString()) {
            note(Flaw::WrongType, key);
            return {};
        }
        QString s = v->toString();
        if (s.size() > cap)
            s.truncate(s.at(cap - 1).isHighSurrogate() ? cap - 1 : cap);
        return s;
    }

    //! Text that means something only whole (statuses, types, hashes): too long is a flaw.
    QString word(QStringView key, bool required = false, qsizetype cap = maxProofLayerWordChars)
    {
        const auto v = value(key, required);
        if (!v)
            return {};
        if (!v->isString())
            note(Flaw::WrongType, key);
        else if (v->toString().size() > cap)
            note(Flaw::TooLong, key);
        else if (required && v->toString().isEmpty())
            note(Flaw::Missing, key);
        return ok() ? v->toString() : QString();
    }

    //! A string, or a number written as text ("1.1" or 1.1).
    QString numberText(QStringView key)
    {
        const auto v = value(key, false);
        if (v && v->isDouble())
            return QString::number(v->toDouble());
        return word(key);
    }

    //! Whole sats within 21 million BTC; never a string or a fraction.
    std::optional<MilliSats> sats(QStringView key, bool required = true)
    {
        const auto v = value(key, required);
        if (!v)
            return std::nullopt;
        if (!v->isDouble()) {
            note(Flaw::WrongType, key);
            return std::nullopt;
        }
        const qint64 n = v->toInteger(-1);
        const auto amount = n >= 0 ? MilliSats::fromSats(n) : std::nullopt;
        if (!amount || amount->msat() > MilliSats::maxMoneyMsat) {
            note(Flaw::Impossible, key);
            return std::nullopt;
        }
        return amount;
    }

    //! A finite number within [low, high].
    std::optional<double> number(QStringView key, double low, double high, bool required = false)
    {
        const auto v = value(key, required);
        if (!v)
            return std::nullopt;
        if (!v->isDouble()) {
            note(Flaw::WrongType, key);
            return std::nullopt;
        }
        const double d = v->toDouble();
        if (!std::isfinite(d) || d < low || d > high) {
            note(Flaw::Impossible, key);
            return std::nullopt;
        }
        return d;
    }

    //! A whole number within [0, high] (counts): 1.5 jobs is not a count.
    std::optional<qint64> whole(QStringView key, qint64 high)
    {
        const auto d = number(key, 0, double(high));
        if (d && *d != std::floor(*d)) {
            note(Flaw::Impossible, key);
            return std::nullopt;
        }
        return d ? std::optional(qint64(*d)) : std::nullopt;
    }

    std::optional<QJsonObject> object(QStringView key, bool required = false)
    {
        const auto v = value(key, required);
        if (v && !v->isObject())
            note(Flaw::WrongType, key);
        return v && v->isObject() ? std::optional(v->toObject()) : std::nullopt;
    }

    std::optional<QJsonArray> array(QStringView key, bool required = false)
    {
        const auto v = value(key, required);
        if (v && !v->isArray())
            note(Flaw::WrongType, key);
        return v && v->isArray() ? std::optional(v->toArray()) : std::nullopt;
    }

private:
    const QJsonObject &m_object;
    QString m_at;
    std::optional<AppError> m_flaw;
};

//! Reads every item of `array` with `read(object, at)`; bad items are counted, not fatal.
template <typename T, typename Read>
ProofLayerList<T> readItems(const QJsonArray &array, const QString &at, Read read)
{
    ProofLayerList<T> list;
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (i == maxProofLayerListItems) {
            list.dropped = int(array.size() - i);
            break;
        }
        const QString itemAt = at + u'[' + QString::number(i) + u']';
        Result<T, AppError> item = array.at(i).isObject()
                                       ? read(array.at(i).toObject(), itemAt + u'.')
                                       : Result<T, AppError>(fail(flawed(Flaw::WrongType, itemAt)));
        if (item) {
            list.items.append(std::move(*item));
        } else if (list.skipped++ == 0) {
            list.firstProblem = item.error().message;
        }
    }
    return list;
}

} // namespace lw::prooflayer_detail
