// SPDX-License-Identifier: GPL-3.0-or-later
#include "toolformfields.h"

#include "common/safetext.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

namespace lw {

using namespace Qt::Literals::StringLiterals;

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(ToolFormModel)
};

QString bounded(const QString &text, int chars)
{
    const QString shown = displayText(QStringView(text).left(chars));
    return text.size() > chars ? shown + u'…' : shown;
}

//! "target_language" → "Target language".
QString labelOf(const QJsonObject &schema, const QString &key)
{
    const QJsonValue title = schema.value(u"title");
    QString text = title.isString() && !title.toString().trimmed().isEmpty()
                       ? title.toString().trimmed()
                       : key;
    if (!title.isString()) {
        text.replace(u'_', u' ').replace(u'-', u' ');
        if (!text.isEmpty())
            text[0] = text[0].toUpper();
    }
    return bounded(text, toolform::maxLabelChars);
}

std::optional<double> numberIn(const QJsonObject &schema, QStringView key)
{
    const QJsonValue v = schema.value(key);
    if (!v.isDouble() || !std::isfinite(v.toDouble()))
        return std::nullopt;
    return v.toDouble();
}

QStringList requiredOf(const QJsonObject &schema)
{
    QStringList out;
    for (const QJsonValue &v : schema.value(u"required").toArray())
        if (v.isString())
            out << v.toString();
    return out;
}

//! The schema's `type`; a list such as ["string","null"] counts as its first non-null entry.
QString typeOf(const QJsonObject &schema)
{
    const QJsonValue t = schema.value(u"type");
    if (t.isString())
        return t.toString();
    if (t.isArray())
        for (const QJsonValue &v : t.toArray())
            if (v.isString() && v.toString() != u"null")
                return v.toString();
    return {};
}

QString asText(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 15);
    if (v.isBool())
        return v.toBool() ? u"true"_s : u"false"_s;
    if (v.isObject())
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    if (v.isArray())
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    return {};
}

ToolField fieldOf(const QJsonObject &schema, const QStringList &path, bool required)
{
    ToolField f;
    f.path = path;
    f.required = required;
    f.label = labelOf(schema, path.last());
    if (schema.value(u"description").isString())
        f.help = bounded(schema.value(u"description").toString(), toolform::maxHelpChars);
    f.minimum = numberIn(schema, u"minimum");
    f.maximum = numberIn(schema, u"maximum");
    if (auto n = numberIn(schema, u"maxLength"); n && *n >= 0 && *n < 1e9)
        f.maxLength = int(*n);
    const QString type = typeOf(schema);
    const QJsonValue def = schema.value(u"default");
    const QJsonArray values = schema.value(u"enum").toArray();
    if (!values.isEmpty()) {
        for (const QJsonValue &v : values) {
            if (v.isObject() || v.isArray() || v.isNull())
                continue;
            f.options << bounded(asText(v), toolform::maxLabelChars);
            f.optionValues << v;
        }
        f.kind = f.options.size() <= toolform::maxEnumOptions ? ToolField::Kind::Choice
                                                              : ToolField::Kind::Text;
        if (f.options.isEmpty())
            f.kind = ToolField::Kind::Json;
    } else if (type == u"string") {
        f.kind = f.maxLength >= toolform::longTextFrom || f.maxLength == 0
                     ? ToolField::Kind::LongText
                     : ToolField::Kind::Text;
    } else if (type == u"integer") {
        f.kind = ToolField::Kind::Integer;
    } else if (type == u"number") {
        f.kind = ToolField::Kind::Number;
    } else if (type == u"boolean") {
        f.kind = ToolField::Kind::Boolean;
    } else {
        f.kind = ToolField::Kind::Json; // objects, arrays, unions, no type at all
    }
    if (f.kind == ToolField::Kind::Boolean)
        f.value = def.isBool() ? def.toBool() : false;
    else if (f.kind == ToolField::Kind::Choice)
        f.value = def.isUndefined() ? (required ? f.options.value(0) : QString())
                                    : f.options.value(f.optionValues.indexOf(def));
    else
        f.value = asText(def);
    return f;
}

void addProperties(ToolFormSchema &out, const QJsonObject &schema, const QStringList &prefix,
                   bool openObjects)
{
    const QJsonObject properties = schema.value(u"properties").toObject();
    const QStringList required = requiredOf(schema);
    for (auto it = properties.begin(); it != properties.end(); ++it) {
        if (it.key().isEmpty())
            continue;
        const QJsonObject property = it.value().toObject();
        const QStringList path = prefix + QStringList{it.key()};
        if (openObjects && typeOf(property) == u"object" && property.value(u"properties").isObject()
            && !property.value(u"properties").toObject().isEmpty()) {
            addProperties(out, property, path, false);
            continue;
        }
        if (out.fields.size() >= toolform::maxFields) {
            ++out.skipped;
            continue;
        }
        out.fields.append(fieldOf(property, path, required.contains(it.key())));
    }
}

std::optional<QJsonValue> parseJson(const QString &text)
{
    QJsonParseError error;
    const QJsonDocument doc =
        QJsonDocument::fromJson(u"["_s.append(text).append(u']').toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || doc.array().size() != 1)
        return std::nullopt;
    return doc.array().first();
}

void put(QJsonObject &o, QStringList path, const QJsonValue &value)
{
    const QString key = path.takeFirst();
    if (path.isEmpty()) {
        o.insert(key, value);
        return;
    }
    QJsonObject inner = o.value(key).toObject();
    put(inner, path, value);
    o.insert(key, inner);
}

} // namespace

namespace toolform {

ToolFormSchema fieldsOf(const QJsonObject &schema)
{
    ToolFormSchema out;
    addProperties(out, schema, {}, true);
    return out;
}

QString check(const ToolField &f)
{
    if (f.kind == ToolField::Kind::Boolean)
        return {};
    const QString text = f.value.toString();
    if (text.trimmed().isEmpty())
        return f.required ? Text::tr("Required.") : QString();
    switch (f.kind) {
    case ToolField::Kind::Text:
    case ToolField::Kind::LongText:
        if (f.maxLength > 0 && text.size() > f.maxLength)
            return Text::tr("At most %n characters.", nullptr, f.maxLength);
        if (!f.options.isEmpty() && !f.options.contains(text))
            return Text::tr("Not one of the values the tool accepts.");
        return {};
    case ToolField::Kind::Choice:
        return f.options.contains(text) ? QString() : Text::tr("Choose one of the values.");
    case ToolField::Kind::Number:
    case ToolField::Kind::Integer: {
        bool ok = false;
        const double n = f.kind == ToolField::Kind::Integer ? double(text.trimmed().toLongLong(&ok))
                                                            : text.trimmed().toDouble(&ok);
        if (!ok || !std::isfinite(n))
            return f.kind == ToolField::Kind::Integer ? Text::tr("A whole number.")
                                                      : Text::tr("A number.");
        if (f.minimum && n < *f.minimum)
            return Text::tr("At least %1.").arg(*f.minimum);
        if (f.maximum && n > *f.maximum)
            return Text::tr("At most %1.").arg(*f.maximum);
        return {};
    }
    case ToolField::Kind::Json:
        return parseJson(text) ? QString() : Text::tr("Not valid JSON.");
    case ToolField::Kind::Boolean:
        break;
    }
    return {};
}

QJsonObject bodyOf(const QList<ToolField> &fields)
{
    QJsonObject body;
    for (const ToolField &f : fields) {
        if (f.kind == ToolField::Kind::Boolean) {
            if (f.required || f.touched)
                put(body, f.path, f.value.toBool());
            continue;
        }
        const QString text = f.value.toString().trimmed();
        if (text.isEmpty())
            continue;
        switch (f.kind) {
        case ToolField::Kind::Integer:
            put(body, f.path, text.toLongLong());
            break;
        case ToolField::Kind::Number:
            put(body, f.path, text.toDouble());
            break;
        case ToolField::Kind::Choice:
            put(body, f.path, f.optionValues.value(f.options.indexOf(text), text));
            break;
        case ToolField::Kind::Json:
            put(body, f.path, parseJson(text).value_or(QJsonValue()));
            break;
        default:
            put(body, f.path, f.value.toString());
        }
    }
    return body;
}

QString kindName(ToolField::Kind kind)
{
    switch (kind) {
    case ToolField::Kind::Text:
        return u"text"_s;
    case ToolField::Kind::LongText:
        return u"longtext"_s;
    case ToolField::Kind::Number:
        return u"number"_s;
    case ToolField::Kind::Integer:
        return u"integer"_s;
    case ToolField::Kind::Boolean:
        return u"boolean"_s;
    case ToolField::Kind::Choice:
        return u"choice"_s;
    case ToolField::Kind::Json:
        return u"json"_s;
    }
    return {};
}

} // namespace toolform

} // namespace lw
