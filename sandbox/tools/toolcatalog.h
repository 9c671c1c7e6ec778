// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace lw::sandbox {

//! The sandbox's sats4ai-style tools: what each accepts, costs and answers.
struct ToolDefinition {
    QString id;
    QString description;
    bool async = false;
    QJsonObject inputSchema; //!< JSON Schema 2020-12 of the request body
};

namespace toolcatalog {

const QList<ToolDefinition> &tools();
const ToolDefinition *find(const QString &id);

//! Checks a request body before any invoice exists (sats4ai's L402_INVALID_PARAMS); returns
//! the problem, or nothing when the body is acceptable.
std::optional<QString> validate(const ToolDefinition &tool, const QJsonObject &body);
//! Price in sats for this body (ai-call scales with its duration).
qint64 price(const ToolDefinition &tool, const QJsonObject &body);
//! The synchronous result (translate-text, generate-text).
QJsonObject result(const ToolDefinition &tool, const QJsonObject &body);
//! A small PNG, the asynchronous image job's result.
QByteArray samplePng();

} // namespace toolcatalog

} // namespace lw::sandbox
