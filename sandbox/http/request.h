// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrlQuery>

#include <optional>

namespace lw::sandbox {

//! One HTTP request as the routes see it: a copy, so handlers may answer later.
struct Request {
    QByteArray method; //!< "GET", "POST", …
    QString path;      //!< decoded, without the query
    QUrlQuery query;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QHostAddress remote;
    QStringList params; //!< path segments captured by "{}" in the route, in order
    QString route;      //!< the matched route pattern, for the request log

    //! First header with this name (case-insensitive), or a null QByteArray.
    QByteArray header(QByteArrayView name) const;
    bool hasHeader(QByteArrayView name) const { return !header(name).isNull(); }
    QString queryValue(const QString &key) const;

    //! The body as a JSON object, or std::nullopt when it is not one.
    std::optional<QJsonObject> jsonObject() const;
};

} // namespace lw::sandbox
