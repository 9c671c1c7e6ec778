// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QPair>

namespace lw::sandbox {

//! An HTTP response under construction.
struct Response {
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    static Response json(int status, const QJsonObject &object);
    static Response json(int status, const QJsonArray &array);
    static Response text(int status, const QByteArray &text,
                         const QByteArray &contentType = "text/plain; charset=utf-8");

    Response &header(const QByteArray &name, const QByteArray &value);
};

} // namespace lw::sandbox
