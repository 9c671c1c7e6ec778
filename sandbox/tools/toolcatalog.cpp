// SPDX-License-Identifier: GPL-3.0-or-later
#include "toolcatalog.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace lw::sandbox::toolcatalog {

using namespace Qt::Literals::StringLiterals;

namespace {

QJsonObject stringProperty(const QString &description, int maxLength)
{
    return {{u"type"_s, u"string"_s}, {u"description"_s, description}, {u"maxLength"_s, maxLength}};
}

QJsonObject inputWrapper(const QJsonObject &properties, const QJsonArray &required)
{
    return {
        {u"$schema"_s, u"https://json-schema.org/draft/2020-12/schema"_s},
        {u"type"_s, u"object"_s},
        {u"required"_s, QJsonArray{u"input"_s}},
        {u"properties"_s, QJsonObject{{u"input"_s, QJsonObject{{u"type"_s, u"object"_s},
                                                               {u"required"_s, required},
                                                               {u"properties"_s, properties}}}}}};
}

QList<ToolDefinition> build()
{
    QList<ToolDefinition> out;
    out.append(
        {u"translate-text"_s, u"Translate text into another language."_s, false,
         inputWrapper({{u"text"_s, stringProperty(u"Text to translate"_s, 5000)},
                       {u"target_language"_s, stringProperty(u"ISO 639-1 code, e.g. es"_s, 5)}},
                      {u"text"_s, u"target_language"_s})});
    out.append({u"generate-text"_s, u"AI chat / text completion."_s, false,
                inputWrapper({{u"prompt"_s, stringProperty(u"What to write about"_s, 4000)}},
                             {u"prompt"_s})});
    out.append(
        {u"generate-image"_s, u"Image from a text prompt (asynchronous)."_s, true,
         inputWrapper({{u"prompt"_s, stringProperty(u"What to draw"_s, 1000)}}, {u"prompt"_s})});
    out.append(
        {u"ai-call"_s,
         u"AI voice agent phone call (asynchronous; may ask for missing details first)."_s, true,
         QJsonObject{
             {u"$schema"_s, u"https://json-schema.org/draft/2020-12/schema"_s},
             {u"type"_s, u"object"_s},
             {u"required"_s, QJsonArray{u"phone_number"_s, u"task"_s}},
             {u"properties"_s,
              QJsonObject{{u"phone_number"_s, stringProperty(u"E.164, e.g. +1234567890"_s, 16)},
                          {u"task"_s, stringProperty(u"What the agent should do"_s, 2000)},
                          {u"duration_minutes"_s, QJsonObject{{u"type"_s, u"integer"_s},
                                                              {u"minimum"_s, 1},
                                                              {u"maximum"_s, 10},
                                                              {u"default"_s, 3}}},
                          {u"language"_s, stringProperty(u"e.g. en"_s, 5)},
                          {u"begin_message"_s, stringProperty(u"First sentence"_s, 500)}}}}});
    return out;
}

std::optional<QString> requireString(const QJsonObject &o, const QString &key, int maxLength)
{
    const QJsonValue v = o.value(key);
    if (!v.isString() || v.toString().trimmed().isEmpty())
        return key + u" is required"_s;
    if (v.toString().size() > maxLength)
        return u"%1 is longer than %2 characters"_s.arg(key).arg(maxLength);
    return std::nullopt;
}

} // namespace

const QList<ToolDefinition> &tools()
{
    static const QList<ToolDefinition> all = build();
    return all;
}

const ToolDefinition *find(const QString &id)
{
    for (const ToolDefinition &t : tools())
        if (t.id == id)
            return &t;
    return nullptr;
}

std::optional<QString> validate(const ToolDefinition &tool, const QJsonObject &body)
{
    if (tool.id == u"ai-call") {
        static const QRegularExpression e164(u"^\\+[1-9][0-9]{6,14}$"_s);
        if (!e164.match(body.value(u"phone_number").toString()).hasMatch())
            return u"phone_number must be in E.164 format, e.g. +1234567890"_s;
        if (auto e = requireString(body, u"task"_s, 2000))
            return e;
        const QJsonValue d = body.value(u"duration_minutes");
        if (!d.isUndefined() && (d.toInteger(0) < 1 || d.toInteger(0) > 10))
            return u"duration_minutes must be between 1 and 10"_s;
        return std::nullopt;
    }
    if (!body.value(u"input").isObject())
        return u"input must be an object"_s;
    const QJsonObject input = body.value(u"input").toObject();
    if (tool.id == u"translate-text") {
        if (auto e = requireString(input, u"text"_s, 5000))
            return e;
        return requireString(input, u"target_language"_s, 5);
    }
    return requireString(input, u"prompt"_s, tool.id == u"generate-text" ? 4000 : 1000);
}

qint64 price(const ToolDefinition &tool, const QJsonObject &body)
{
    if (tool.id == u"translate-text") // ~1 sat per 1000 characters, at least 2
        return 2 + body.value(u"input").toObject().value(u"text").toString().size() / 1000;
    if (tool.id == u"generate-text")
        return 10;
    if (tool.id == u"generate-image")
        return 100;
    return 50 * body.value(u"duration_minutes").toInteger(3); // ai-call
}

QJsonObject result(const ToolDefinition &tool, const QJsonObject &body)
{
    const QJsonObject input = body.value(u"input").toObject();
    if (tool.id == u"translate-text") {
        const QString language = input.value(u"target_language").toString();
        return {{u"translated_text"_s, u"[%1] %2"_s.arg(language, input.value(u"text").toString())},
                {u"source_language"_s, u"auto"_s},
                {u"target_language"_s, language}};
    }
    return {{u"text"_s,
             QString(u"Sandbox answer to: "_s + input.value(u"prompt").toString().left(200))},
            {u"model"_s, u"sandbox-echo-1"_s}};
}

QByteArray samplePng()
{
    // A valid 16x16 PNG (an orange disc on the dark theme colour), made once with zlib.
    return QByteArray::fromBase64("iVBORw0KGgoAAAANSUhEUgAAABAAAAAQCAIAAACQkWg2AAAAN0lEQVR42mOQltci"
                                  "CTFQQcP3yVJwREADslJc2hgIqkbTQ"
                                  "64G/KqR9QxeDbQPJXIijpykQZPUCgDw0fABVKD4ggAAAABJRU5ErkJggg==");
}

} // namespace lw::sandbox::toolcatalog
