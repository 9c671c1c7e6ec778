// SPDX-License-Identifier: GPL-3.0-or-later
#include "router.h"

namespace lw::sandbox {

namespace {

QStringList splitPath(const QString &path)
{
    return path.split(u'/', Qt::SkipEmptyParts);
}

bool matches(const QStringList &pattern, const QStringList &path, QStringList *params)
{
    if (pattern.size() != path.size())
        return false;
    QStringList captured;
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        if (pattern[i] == u"{}")
            captured << path[i];
        else if (pattern[i] != path[i])
            return false;
    }
    *params = captured;
    return true;
}

} // namespace

void Router::add(const QByteArray &method, const QString &pattern, Handler handler)
{
    addAsync(method, pattern,
             [handler](const Request &request, Reply reply) { reply.send(handler(request)); });
}

void Router::addAsync(const QByteArray &method, const QString &pattern, AsyncHandler handler)
{
    m_routes.append(Route{method, pattern, splitPath(pattern), std::move(handler)});
}

void Router::setErrorHandler(const QString &prefix, ErrorHandler handler)
{
    m_errorHandlers.append({prefix, std::move(handler)});
}

Router::Match Router::match(const QByteArray &method, const QString &path) const
{
    Match result;
    const QStringList segments = splitPath(path);
    for (const Route &route : m_routes) {
        QStringList params;
        if (!matches(route.segments, segments, &params))
            continue;
        if (route.method != method) {
            result.otherMethodMatched = true;
            continue;
        }
        result.handler = &route.handler;
        result.pattern = route.pattern;
        result.params = params;
        return result;
    }
    return result;
}

Response Router::error(const Request &request, int status) const
{
    const ErrorHandler *best = nullptr;
    qsizetype bestLength = -1;
    for (const auto &[prefix, handler] : m_errorHandlers) {
        if (request.path.startsWith(prefix) && prefix.size() > bestLength) {
            best = &handler;
            bestLength = prefix.size();
        }
    }
    if (best)
        return (*best)(request, status);
    return Response::text(status, status == 404 ? "Not Found" : "Error");
}

} // namespace lw::sandbox
