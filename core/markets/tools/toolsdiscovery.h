// SPDX-License-Identifier: GPL-3.0-or-later
// The tool market's free discovery answers as values: the manifest, prices, a tool's schema,
// an estimate. Pure functions: no network, no clock, no state.
//
// Reading rules (the server is untrusted, and sats4ai's names drift between its docs):
// - The catalogue is read from whatever the manifest holds: sats4ai's `services` (a list, or an
//   object keyed by slug) or the ngx-l402 module's `routes[]`. Slugs come from the manifest
//   only (`id`, `slug`, `service`, or the endpoint's last segment), never from a list of ours.
// - An entry that cannot be read (no usable slug, a slug that is not one path segment, a
//   duplicate) is skipped and counted; past maxToolServices the rest are dropped and counted.
// - Links (endpoints, the models and estimate URLs) must stay on the market's origin; one that
//   leaves it is replaced by the documented default path.
// - Amounts are JSON integers of whole sats (ngx-l402: msat); strings and fractions are not.
// - A wrong-typed optional field is ignored (its default is used): the catalogue is for
//   browsing, and each price is checked again against the invoice before anything is paid.
#pragma once

#include "common/result.h"
#include "markets/tools/toolstypes.h"
#include "net/apperror.h"

#include <QHash>
#include <QJsonObject>
#include <QUrl>

namespace lw {

inline constexpr int maxToolServices = 500;

//! One path segment: [A-Za-z0-9._-], 1–100 characters, not "." or "..".
bool isToolSlug(const QString &slug);

//! `/.well-known/l402-services`, fetched from `base` (the market's root).
Result<ToolsManifest, AppError> parseToolsManifest(const QJsonObject &o, const QUrl &base);
//! `/api/l402/models`: `{"models":[{"service","price_sats",…}]}`; prices per slug.
Result<QHash<QString, ToolPrice>, AppError> parseToolPrices(const QJsonObject &o);
//! `GET /api/l402/<slug>`.
Result<ToolSchema, AppError> parseToolSchema(const QJsonObject &o, const QString &slug);
//! `/api/estimate-cost?service=<slug>`.
Result<ToolEstimate, AppError> parseToolEstimate(const QJsonObject &o, const QString &slug);

} // namespace lw
