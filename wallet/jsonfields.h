// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace lw {

//! Reads fields of an untrusted JSON object (a wallet's answer): a missing, null or wrong-typed
//! field gives std::nullopt, and the first such problem is kept for the error message. Each
//! backend adds its own number readers (int64 as strings, msat or sat, signed amounts).
class JsonFields {
    Q_DECLARE_TR_FUNCTIONS(JsonFields)

public:
    explicit JsonFields(const QJsonObject &object)
        : m_object(object)
    {}

    const QString &problem() const { return m_problem; }
    bool has(const QString &key) const
    {
        const QJsonValue v = m_object.value(key);
        return !v.isNull() && !v.isUndefined();
    }

    std::optional<QString> text(const QString &key)
    {
        if (!has(key))
            return missing<QString>(key);
        const QJsonValue v = m_object.value(key);
        if (!v.isString())
            return wrong<QString>(tr("“%1” is not text").arg(key));
        return v.toString();
    }
    std::optional<bool> flag(const QString &key)
    {
        if (!has(key))
            return missing<bool>(key);
        const QJsonValue v = m_object.value(key);
        if (!v.isBool())
            return wrong<bool>(tr("“%1” is not true or false").arg(key));
        return v.toBool();
    }
    std::optional<QJsonObject> object(const QString &key)
    {
        if (!has(key))
            return missing<QJsonObject>(key);
        const QJsonValue v = m_object.value(key);
        if (!v.isObject())
            return wrong<QJsonObject>(tr("“%1” is not an object").arg(key));
        return v.toObject();
    }
    std::optional<QJsonArray> array(const QString &key)
    {
        if (!has(key))
            return missing<QJsonArray>(key);
        const QJsonValue v = m_object.value(key);
        if (!v.isArray())
            return wrong<QJsonArray>(tr("“%1” is not a list").arg(key));
        return v.toArray();
    }
    //! Hex text of exactly Bytes::size bytes.
    template <typename Bytes>
    std::optional<Bytes> bytes(const QString &key)
    {
        const auto t = text(key);
        if (!t)
            return std::nullopt;
        const auto b = Bytes::fromHex(*t);
        if (!b)
            return wrong<Bytes>(tr("“%1” is not %2 bytes of hex").arg(key).arg(Bytes::size));
        return b;
    }

protected:
    template <typename T>
    std::optional<T> missing(const QString &key)
    {
        return wrong<T>(tr("“%1” is missing").arg(key));
    }
    template <typename T>
    std::optional<T> wrong(const QString &why)
    {
        if (m_problem.isEmpty())
            m_problem = why;
        return std::nullopt;
    }

    const QJsonObject &m_object;

private:
    QString m_problem;
};

} // namespace lw
