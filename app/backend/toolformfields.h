// SPDX-License-Identifier: GPL-3.0-or-later
// A tool's input schema (JSON Schema as the market sent it: untrusted) turned into form
// fields, each field's checks, and the request body built from the values. Pure functions.
//
// Reading rules: the top level's `properties` are fields; an object property with its own
// `properties` (sats4ai wraps everything in `input`) is opened one level; anything deeper, an
// array, a schema with no usable type, or a `oneOf`/`anyOf` becomes a JSON field. Enums with
// more than maxEnumOptions values become a text field checked against the list. At most
// maxFields fields are made; the rest are counted.
#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>

namespace lw {

struct ToolField {
    enum class Kind { Text, LongText, Number, Integer, Boolean, Choice, Json };
    QStringList path; //!< where the value goes in the body ("input", "text")
    Kind kind = Kind::Text;
    QString label;
    QString help; //!< the schema's description, plain and bounded
    bool required = false;
    std::optional<double> minimum;
    std::optional<double> maximum;
    int maxLength = 0;              //!< 0: no limit stated
    QStringList options;            //!< Choice, or the allowed values of a huge enum
    QList<QJsonValue> optionValues; //!< the enum's values as sent, in `options`' order
    QVariant value;                 //!< a string for every kind but Boolean (a bool)
    bool touched = false;
    QString error; //!< translated; empty while valid
};

struct ToolFormSchema {
    QList<ToolField> fields;
    int skipped = 0; //!< properties beyond maxFields
};

namespace toolform {

inline constexpr int maxFields = 64;
inline constexpr int maxEnumOptions = 100;
inline constexpr int maxLabelChars = 80;
inline constexpr int maxHelpChars = 500;
inline constexpr int longTextFrom = 200; //!< a maxLength from which a text gets a text area

ToolFormSchema fieldsOf(const QJsonObject &schema);
//! The field's error for its current value (translated), empty when it is fine.
QString check(const ToolField &field);
//! The body: every field that has a value, at its path. Call after every check passed.
QJsonObject bodyOf(const QList<ToolField> &fields);
QString kindName(ToolField::Kind kind);

} // namespace toolform

} // namespace lw
