// SPDX-License-Identifier: GPL-3.0-or-later
#include "response.h"

#include <QJsonDocument>

namespace lw::sandbox {

Response Response::json(int status, const QJsonObject &object)
{
    Response r;
    r.status = status;
    r.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    r.header("content-type", "application/json");
    return r;
}

Response Response::json(int status, const QJsonArray &array)
{
    Response r;
    r.status = status;
    r.body = QJsonDocument(array).toJson(QJsonDocument::Compact);
    r.header("content-type", "application/json");
    return r;
}

Response Response::text(int status, const QByteArray &text, const QByteArray &contentType)
{
    Response r;
    r.status = status;
    r.body = text;
    r.headers.append({"content-type", contentType});
    return r;
}

Response &Response::header(const QByteArray &name, const QByteArray &value)
{
    headers.append(qMakePair(name, value));
    return *this;
}

} // namespace lw::sandbox
