// SPDX-License-Identifier: GPL-3.0-or-later
// What a tool market answers to a paid call and to job polls, as values: a result, a job to
// follow, the AI call's push-back, or a failure with its refund. Pure functions: no network,
// no clock, no state.
//
// Reading rules (the server is untrusted; sats4ai's names drift):
// - Job ids are read from `requestId`, `job_id`, `call_id` or `id`, then the X-Job-Id header;
//   poll addresses from `poll_url`, then X-Poll-Url; intervals from `poll_interval_ms`, then
//   X-Poll-Interval-Ms. A poll address off the market's origin is an error: it is not followed.
// - Job states are compared without case: completed/succeeded/done/ended finish, failed/error/
//   cancelled/expired fail, anything else is still running.
// - Failures read `error` (text, or {code, message}), `error_code` (or X-Error-Code) and
//   `refund` (or MCP's `data.refund`). A refund needs `charge_id` (string or integer) and
//   `refund_amount` (whole sats); one that cannot be read is reported, not dropped.
// - Results are kept as sent (`result`, or the whole body): text, JSON, an image URL or base64.
#pragma once

#include "common/result.h"
#include "markets/tools/toolstypes.h"
#include "net/httpclient.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QUrl>

namespace lw {

//! A paid call's answer (or the answer to a push-back's confirmation).
struct ToolAnswer {
    enum class Kind { Finished, Job, PushBack, Failed };
    Kind kind = Kind::Finished;
    ToolOutput output;
    ToolJob job;
    ToolPushBack pushBack;
    ToolFailure failure;
};

//! One poll of a job.
struct ToolJobUpdate {
    enum class Kind { Running, Finished, Failed };
    Kind kind = Kind::Running;
    QString status;
    int intervalMs = 0; //!< a new interval when the server states one
    ToolOutput output;
    ToolFailure failure;
};

Result<ToolRefund, AppError> parseToolRefund(const QJsonObject &o);
//! The failure a non-2xx answer (or a FAILED job) describes; never fails, reads what is there.
ToolFailure parseToolFailure(const HttpResponse &response);
//! A paid call's answer of any status, fetched from the market at `base`.
Result<ToolAnswer, AppError> parseToolAnswer(const HttpResponse &response, const QUrl &base);
//! One job-status answer. A non-2xx without a refund is an error (the caller may poll again).
Result<ToolJobUpdate, AppError> parseToolJobUpdate(const HttpResponse &response);
//! A result as data: `result` when the body has one, else the whole body.
ToolOutput toolOutputOf(const QJsonValue &body);

} // namespace lw
