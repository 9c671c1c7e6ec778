// SPDX-License-Identifier: GPL-3.0-or-later
#include "markets/tools/toolsdiscovery.h"

#include "markets/tools/toolsfields.h"

#include <QJsonArray>
#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace lw {

using namespace tools_detail;

namespace {

constexpr qsizetype maxSlugChars = 100;
constexpr int maxFailureCodes = 50;

QString lastSegment(const QString &path)
{
    QStringView p(path);
    while (p.endsWith(u'/'))
        p.chop(1);
    const qsizetype slash = p.lastIndexOf(u'/');
    return (slash < 0 ? p : p.sliced(slash + 1)).toString();
}

//! The first candidate that is a usable slug.
QString slugOf(const QJsonObject &e, const QString &key)
{
    QStringList candidates;
    for (const char16_t *name : {u"id", u"slug", u"service"})
        if (e.value(QStringView(name)).isString())
            candidates << e.value(QStringView(name)).toString();
    candidates << key;
    for (const char16_t *name : {u"endpoint", u"url", u"path"})
        if (e.value(QStringView(name)).isString())
            candidates << lastSegment(QUrl(e.value(QStringView(name)).toString()).path());
    if (e.value(u"name").isString())
        candidates << e.value(u"name").toString();
    for (const QString &c : candidates)
        if (isToolSlug(c))
            return c;
    return {};
}

//! A stated price: sats in one of the names seen, or ngx-l402's msat.
std::optional<MilliSats> priceOf(const QJsonObject &e)
{
    for (const char16_t *name : {u"price_sats", u"price", u"sats", u"cost_sats"})
        if (const auto sats = satsOf(e.value(QStringView(name))))
            return sats;
    const QJsonObject pricing = e.value(u"pricing").toObject();
    for (const char16_t *name : {u"sats", u"price_sats", u"amount_sats"})
        if (const auto sats = satsOf(pricing.value(QStringView(name))))
            return sats;
    const QJsonValue msat = e.value(u"price").toObject().value(u"amount_msat");
    if (msat.isDouble() && msat.toInteger(-1) >= 0 && msat.toInteger(-1) <= MilliSats::maxMoneyMsat)
        return MilliSats(msat.toInteger());
    return std::nullopt;
}

QJsonObject schemaOf(const QJsonObject &e)
{
    for (const char16_t *name : {u"input_schema", u"inputSchema", u"schema", u"parameters"})
        if (e.value(QStringView(name)).isObject())
            return e.value(QStringView(name)).toObject();
    return {};
}

std::optional<ToolService> serviceOf(const QJsonValue &value, const QString &key, const QUrl &base)
{
    if (!value.isObject())
        return std::nullopt;
    const QJsonObject e = value.toObject();
    ToolService s;
    s.slug = slugOf(e, key);
    if (s.slug.isEmpty())
        return std::nullopt;
    std::optional<QUrl> endpoint;
    for (const char16_t *name : {u"endpoint", u"url", u"path"})
        if (!endpoint)
            endpoint = marketLink(e.value(QStringView(name)), base);
    s.endpoint = endpoint.value_or(marketUrl(base, u"/api/l402/"_s + s.slug));
    s.name = firstText(e, {u"name", u"title"}, maxNameChars);
    if (s.name.isEmpty())
        s.name = s.slug;
    s.description = firstText(e, {u"description", u"summary"});
    s.async = e.value(u"async").toBool(false);
    s.inputSchema = schemaOf(e);
    s.price = priceOf(e);
    for (const QJsonValue &code : e.value(u"failure_codes").toArray())
        if (code.isString() && s.failureCodes.size() < maxFailureCodes)
            s.failureCodes << capped(code.toString(), 64);
    return s;
}

//! Adds one entry, or counts it as skipped (unreadable or a slug seen before).
void collect(ToolsManifest &m, QSet<QString> &seen, const std::optional<ToolService> &service)
{
    if (m.services.size() >= maxToolServices) {
        ++m.skipped;
        return;
    }
    if (!service || seen.contains(service->slug)) {
        ++m.skipped;
        return;
    }
    seen.insert(service->slug);
    m.services.append(*service);
}

} // namespace

bool isToolSlug(const QString &slug)
{
    if (slug.isEmpty() || slug.size() > maxSlugChars || slug == u"." || slug == u"..")
        return false;
    for (QChar c : slug) {
        const char16_t u = c.unicode();
        const bool ok = (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z')
                        || (u >= u'0' && u <= u'9') || u == u'-' || u == u'_' || u == u'.';
        if (!ok)
            return false;
    }
    return true;
}

Result<ToolsManifest, AppError> parseToolsManifest(const QJsonObject &o, const QUrl &base)
{
    ToolsManifest m;
    m.name = firstText(o, {u"name", u"service"}, maxNameChars);
    m.version = o.value(u"version").isDouble() ? QString::number(o.value(u"version").toDouble())
                                               : firstText(o, {u"version"}, 40);
    m.description = firstText(o, {u"description"});
    m.modelsUrl = marketLink(o.value(u"model_discovery"), base)
                      .value_or(marketUrl(base, u"/api/l402/models"_s));
    m.estimateUrl = marketLink(o.value(u"estimate_cost_url"), base)
                        .value_or(marketUrl(base, u"/api/estimate-cost"_s));
    QSet<QString> seen;
    const QJsonValue services = o.value(u"services");
    const QJsonValue routes = o.value(u"routes");
    if (services.isArray()) {
        for (const QJsonValue &v : services.toArray())
            collect(m, seen, serviceOf(v, QString(), base));
    } else if (services.isObject()) {
        const QJsonObject byKey = services.toObject();
        for (auto it = byKey.begin(); it != byKey.end(); ++it)
            collect(m, seen, serviceOf(it.value(), it.key(), base));
    } else if (routes.isArray()) {
        m.format = ToolsManifest::Format::NgxL402;
        for (const QJsonValue &v : routes.toArray())
            collect(m, seen, serviceOf(v, QString(), base));
    } else {
        return fail(badAnswer(Text::tr("the manifest lists no services")));
    }
    return m;
}

Result<QHash<QString, ToolPrice>, AppError> parseToolPrices(const QJsonObject &o)
{
    QJsonValue list;
    for (const char16_t *name : {u"models", u"services", u"data"})
        if (o.value(QStringView(name)).isArray())
            list = o.value(QStringView(name));
    if (!list.isArray())
        return fail(badAnswer(Text::tr("the price list has no models")));
    QHash<QString, ToolPrice> out;
    for (const QJsonValue &v : list.toArray()) {
        const QJsonObject e = v.toObject();
        QString slug;
        for (const char16_t *name : {u"service", u"id", u"slug"})
            if (slug.isEmpty() && isToolSlug(e.value(QStringView(name)).toString()))
                slug = e.value(QStringView(name)).toString();
        const auto price = priceOf(e);
        if (slug.isEmpty() || !price || out.size() >= maxToolServices)
            continue;
        auto it = out.find(slug);
        if (it == out.end()) {
            out.insert(slug, {*price, *price});
        } else {
            it->lowest = std::min(it->lowest, *price);
            it->highest = std::max(it->highest, *price);
        }
    }
    return out;
}

Result<ToolSchema, AppError> parseToolSchema(const QJsonObject &o, const QString &slug)
{
    const QJsonValue service = o.value(u"service");
    if (service.isString() && service.toString() != slug)
        return fail(badAnswer(Text::tr("it describes another tool")));
    ToolSchema s;
    s.slug = slug;
    s.description = firstText(o, {u"description", u"summary"});
    s.async = o.value(u"async").toBool(false);
    s.inputSchema = schemaOf(o);
    s.example = o.value(u"example");
    s.price = priceOf(o);
    if (s.inputSchema.isEmpty() && s.description.isEmpty())
        return fail(badAnswer(Text::tr("it has neither an input schema nor a description")));
    return s;
}

Result<ToolEstimate, AppError> parseToolEstimate(const QJsonObject &o, const QString &slug)
{
    const QJsonValue service = o.value(u"service");
    if (service.isString() && service.toString() != slug)
        return fail(badAnswer(Text::tr("it estimates another tool")));
    for (const char16_t *name : {u"estimated_cost_sats", u"estimate_sats", u"cost_sats",
                                 u"price_sats", u"amount_sats", u"sats"})
        if (const auto sats = satsOf(o.value(QStringView(name))))
            return ToolEstimate{slug, *sats};
    return fail(badAnswer(Text::tr("the estimate states no price in sats")));
}

} // namespace lw
