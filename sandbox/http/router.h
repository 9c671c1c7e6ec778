// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "http/reply.h"
#include "http/request.h"
#include "http/response.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace lw::sandbox {

using Handler = std::function<Response(const Request &)>;
using AsyncHandler = std::function<void(const Request &, Reply)>;
//! Builds the answer for an unknown path (404), a wrong method (405) or an oversized body (413)
//! in the style of the service mounted under a prefix.
using ErrorHandler = std::function<Response(const Request &, int status)>;

//! Method + path-pattern routing. A pattern is a path whose "{}" segments match any one
//! segment: "/402ai/api/v1/ai-for-hire/tasks/{}/quotes".
class Router {
public:
    void add(const QByteArray &method, const QString &pattern, Handler handler);
    void addAsync(const QByteArray &method, const QString &pattern, AsyncHandler handler);
    //! Error style for every path under the prefix; the longest matching prefix wins.
    void setErrorHandler(const QString &prefix, ErrorHandler handler);

    struct Match {
        const AsyncHandler *handler = nullptr;
        QString pattern;
        QStringList params;
        bool otherMethodMatched = false; //!< the path exists, under another method
    };
    Match match(const QByteArray &method, const QString &path) const;
    Response error(const Request &request, int status) const;

private:
    struct Route {
        QByteArray method;
        QString pattern;
        QStringList segments;
        AsyncHandler handler;
    };
    QList<Route> m_routes;
    QList<QPair<QString, ErrorHandler>> m_errorHandlers;
};

} // namespace lw::sandbox
