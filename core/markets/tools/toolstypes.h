// SPDX-License-Identifier: GPL-3.0-or-later
// The sats4ai-style L402 tool market as values (research/market.md §1.2, references 001, 002,
// 004). Everything here came from the server: text is untrusted and shown as plain text, JSON
// (schemas, results) is kept as data and never interpreted.
#pragma once

#include "lightning/millisats.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace lw {

//! One paid tool of the catalogue.
struct ToolService {
    QString slug; //!< the path segment (`translate-text`): letters, digits, '.', '_', '-'
    QString name;
    QString description;
    QUrl endpoint; //!< on the market's own origin (elsewhere: base + /api/l402/<slug>)
    bool async = false;
    QJsonObject inputSchema;        //!< JSON Schema as sent: shown, never executed
    std::optional<MilliSats> price; //!< when the manifest states one
    QStringList failureCodes;
};

//! `/.well-known/l402-services`. sats4ai's own format, or the ngx-l402 module's (`routes[]`),
//! read defensively: the URL is not a standard and both exist.
struct ToolsManifest {
    enum class Format { Sats4ai, NgxL402 };
    Format format = Format::Sats4ai;
    QString name;
    QString version;
    QString description;
    QList<ToolService> services;
    QUrl modelsUrl;   //!< model_discovery: prices per model
    QUrl estimateUrl; //!< estimate_cost_url
    int skipped = 0;  //!< catalogue entries that could not be read

    const ToolService *find(const QString &slug) const
    {
        for (const ToolService &s : services)
            if (s.slug == slug)
                return &s;
        return nullptr;
    }
};

//! A tool's prices over its models (`/api/l402/models`), lowest and highest.
struct ToolPrice {
    MilliSats lowest;
    MilliSats highest;
};

//! `GET /api/l402/<slug>`: the tool's own description of its input.
struct ToolSchema {
    QString slug;
    QString description;
    bool async = false;
    QJsonObject inputSchema;
    QJsonValue example; //!< a sample body, as sent
    std::optional<MilliSats> price;
};

//! `GET /api/estimate-cost?service=<slug>`: the price before any invoice exists.
struct ToolEstimate {
    QString slug;
    MilliSats price;
};

//! A refund after a paid call failed: an LNURL-withdraw link of `amount`.
struct ToolRefund {
    QString chargeId; //!< the charge (a number at sats4ai): what support asks for
    MilliSats amount;
    QString lnurlWithdraw; //!< bech32; empty when there is nothing to claim
    QString status;        //!< pending | claimed | expired, as sent
};

//! A failed call (or job) as the market describes it.
struct ToolFailure {
    QString message; //!< `error`, untrusted
    QString code;    //!< `error_code` (TIMEOUT, SERVICE_ERROR, …)
    int httpStatus = 0;
    std::optional<int> retryAfterSeconds;
    std::optional<ToolRefund> refund;
    QString refundProblem; //!< a `refund` was sent but could not be read: why
};

//! An asynchronous job to poll (HTTP 202, or the AI call's `poll_url`).
struct ToolJob {
    QString id;         //!< requestId, job_id or call_id (the docs drift) or X-Job-Id
    QUrl pollUrl;       //!< on the market's origin
    int intervalMs = 0; //!< as the server asks; 0 when it did not say
    QString status;
};

//! The AI call's push-back: questions to answer before the (paid) call proceeds.
struct ToolPushBack {
    QString sessionId;
    QStringList questions;
    QString message;
};

//! What a tool returned, as data.
struct ToolOutput {
    enum class Kind { Text, Json, ImageUrl, ImageBase64 };
    Kind kind = Kind::Json;
    QString text;     //!< Text: the text; ImageUrl: the URL; ImageBase64: the base64
    QString mimeType; //!< for images, when stated
    QJsonValue data;  //!< the whole result as sent
};

} // namespace lw
