// SPDX-License-Identifier: GPL-3.0-or-later
#include "hirefields.h"

#include "aiforhire/hiregate.h"

namespace lw::sandbox::hirefields {

using namespace Qt::Literals::StringLiterals;

std::variant<QJsonObject, Response> body(const Request &request)
{
    const auto o = request.jsonObject();
    if (!o)
        return hireError(400, u"invalid_request"_s, u"Request body must be a JSON object"_s);
    return *o;
}

std::variant<QString, Response> requiredString(const QJsonObject &o, const QString &key)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull() || (v.isString() && v.toString().trimmed().isEmpty()))
        return hireError(400, u"missing_field"_s, key + u" is required"_s);
    if (!v.isString())
        return hireError(400, u"invalid_field"_s, key + u" must be a string"_s);
    return v.toString();
}

std::variant<QString, Response> optionalString(const QJsonObject &o, const QString &key)
{
    const QJsonValue v = o.value(key);
    // Empty, not null: Qt SQL would bind a null QString as SQL NULL.
    if (v.isUndefined() || v.isNull())
        return QString(u""_s);
    if (!v.isString())
        return hireError(400, u"invalid_field"_s, key + u" must be a string"_s);
    return v.toString();
}

std::variant<qint64, Response> positiveInt(const QJsonObject &o, const QString &key, bool required)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull()) {
        if (required)
            return hireError(400, u"missing_field"_s, key + u" is required"_s);
        return qint64(0);
    }
    const qint64 n = v.isDouble() ? v.toInteger(-1) : -1;
    if (n <= 0 || n > 2'100'000'000'000'000LL)
        return hireError(400, u"invalid_field"_s, key + u" must be a positive integer"_s);
    return n;
}

} // namespace lw::sandbox::hirefields
