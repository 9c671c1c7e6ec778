// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "http/request.h"
#include "http/response.h"

#include <QJsonObject>
#include <QString>

#include <optional>
#include <variant>

//! Body validation with 402ai's codes and messages: missing_field, invalid_field,
//! invalid_request for a body that is not a JSON object.
namespace lw::sandbox::hirefields {

std::variant<QJsonObject, Response> body(const Request &request);
//! Absent, null or "" is missing; any other non-string is invalid.
std::variant<QString, Response> requiredString(const QJsonObject &o, const QString &key);
std::variant<QString, Response> optionalString(const QJsonObject &o, const QString &key);
//! A JSON integer > 0 (no fractions, no strings).
std::variant<qint64, Response> positiveInt(const QJsonObject &o, const QString &key, bool required);

} // namespace lw::sandbox::hirefields
