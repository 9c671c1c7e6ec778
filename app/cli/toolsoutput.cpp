// SPDX-License-Identifier: GPL-3.0-or-later
#include "toolsoutput.h"

#include "common/safetext.h"
#include "hireoutput.h"
#include "output.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace lw::cli {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(ToolsCommands)
};

QString outputKindName(ToolOutput::Kind kind)
{
    switch (kind) {
    case ToolOutput::Kind::Text:
        return QStringLiteral("text");
    case ToolOutput::Kind::Json:
        return QStringLiteral("json");
    case ToolOutput::Kind::ImageUrl:
        return QStringLiteral("image_url");
    case ToolOutput::Kind::ImageBase64:
        return QStringLiteral("image_base64");
    }
    return QString();
}

QString priceText(const std::optional<ToolPrice> &price)
{
    if (!price)
        return Text::tr("price on request");
    if (price->lowest == price->highest)
        return Text::tr("%1 sat").arg(price->lowest.toSatsDecimal());
    return Text::tr("%1–%2 sat").arg(price->lowest.toSatsDecimal(), price->highest.toSatsDecimal());
}

} // namespace

QJsonObject serviceJson(const ToolService &service, const std::optional<ToolPrice> &price)
{
    QJsonObject o{{QStringLiteral("service"), service.slug},
                  {QStringLiteral("name"), service.name},
                  {QStringLiteral("description"), service.description},
                  {QStringLiteral("async"), service.async},
                  {QStringLiteral("endpoint"), service.endpoint.toString()}};
    if (price) {
        o.insert(QStringLiteral("price_sats"), price->lowest.toSatsDecimal());
        if (price->highest != price->lowest)
            o.insert(QStringLiteral("price_max_sats"), price->highest.toSatsDecimal());
    }
    return o;
}

QJsonObject schemaJson(const ToolSchema &schema)
{
    QJsonObject o{{QStringLiteral("service"), schema.slug},
                  {QStringLiteral("description"), schema.description},
                  {QStringLiteral("async"), schema.async},
                  {QStringLiteral("input_schema"), schema.inputSchema}};
    if (!schema.example.isUndefined() && !schema.example.isNull())
        o.insert(QStringLiteral("example"), schema.example);
    if (schema.price)
        o.insert(QStringLiteral("price_sats"), schema.price->toSatsDecimal());
    return o;
}

QJsonObject outputJson(const ToolOutput &output)
{
    QJsonObject o{{QStringLiteral("kind"), outputKindName(output.kind)},
                  {QStringLiteral("data"), output.data}};
    if (output.kind == ToolOutput::Kind::Text)
        o.insert(QStringLiteral("text"), output.text);
    else if (output.kind == ToolOutput::Kind::ImageUrl)
        o.insert(QStringLiteral("image_url"), output.text);
    else if (output.kind == ToolOutput::Kind::ImageBase64)
        o.insert(QStringLiteral("image_base64"), output.text);
    if (!output.mimeType.isEmpty())
        o.insert(QStringLiteral("mime_type"), output.mimeType);
    return o;
}

QJsonObject refundJson(const ToolRefund &refund)
{
    return {{QStringLiteral("charge_id"), refund.chargeId},
            {QStringLiteral("refund_sats"), refund.amount.toSatsDecimal()},
            {QStringLiteral("status"), refund.status}};
}

QJsonObject failureJson(const ToolFailure &failure)
{
    QJsonObject o{{QStringLiteral("message"), failure.message},
                  {QStringLiteral("code"), failure.code},
                  {QStringLiteral("http_status"), failure.httpStatus}};
    if (failure.retryAfterSeconds)
        o.insert(QStringLiteral("retry_after_seconds"), *failure.retryAfterSeconds);
    if (!failure.refundProblem.isEmpty())
        o.insert(QStringLiteral("refund_problem"), failure.refundProblem);
    return o;
}

QJsonObject claimJson(const RefundClaim &claim)
{
    QJsonObject o{{QStringLiteral("status"), claim.status == RefundClaim::Status::Claimed
                                                 ? QStringLiteral("claimed")
                                                 : QStringLiteral("pending")},
                  {QStringLiteral("amount_sats"), claim.amount.toSatsDecimal()},
                  {QStringLiteral("payment_hash"), claim.paymentHash.toHex()}};
    if (!claim.note.isEmpty())
        o.insert(QStringLiteral("note"), claim.note);
    return o;
}

QJsonObject callJson(const QString &slug, const ToolCallResult &result)
{
    QJsonObject o{{QStringLiteral("service"), slug}};
    if (result.journalId)
        o.insert(QStringLiteral("journal_id"), result.journalId);
    if (result.payment)
        o.insert(QStringLiteral("payment"), paymentJson(*result.payment));
    if (!result.jobId.isEmpty()) {
        o.insert(QStringLiteral("job_id"), result.jobId);
        o.insert(QStringLiteral("polls"), result.polls);
    }
    switch (result.kind) {
    case ToolCallResult::Kind::Finished:
        o.insert(QStringLiteral("status"), QStringLiteral("done"));
        o.insert(QStringLiteral("result"), outputJson(result.output));
        break;
    case ToolCallResult::Kind::PushBack:
        o.insert(QStringLiteral("status"), QStringLiteral("pending_confirm"));
        o.insert(QStringLiteral("session_id"), result.pushBack.sessionId);
        o.insert(QStringLiteral("questions"),
                 QJsonArray::fromStringList(result.pushBack.questions));
        o.insert(QStringLiteral("message"), result.pushBack.message);
        break;
    case ToolCallResult::Kind::Failed:
        o.insert(QStringLiteral("status"), QStringLiteral("failed"));
        o.insert(QStringLiteral("error"), failureJson(result.failure));
        if (result.failure.refund)
            o.insert(QStringLiteral("refund"), refundJson(*result.failure.refund));
        break;
    }
    return o;
}

void printCatalogue(const ToolsManifest &manifest, const QHash<QString, ToolPrice> &prices)
{
    if (!manifest.name.isEmpty())
        printLine(displayText(manifest.name));
    for (const ToolService &s : manifest.services) {
        std::optional<ToolPrice> price;
        if (prices.contains(s.slug))
            price = prices.value(s.slug);
        else if (s.price)
            price = ToolPrice{*s.price, *s.price};
        printLine(QStringLiteral("  %1  %2%3  %4")
                      .arg(s.slug, priceText(price), s.async ? Text::tr(" (async)") : QString(),
                           displayText(s.description.left(200))));
    }
    if (manifest.skipped)
        note(Text::tr("%1 catalogue entries could not be read.").arg(manifest.skipped));
}

void printOutput(const ToolOutput &output)
{
    switch (output.kind) {
    case ToolOutput::Kind::Text:
        // Line by line: displayText would show a newline as an escape.
        for (const QString &line : output.text.split(u'\n'))
            printLine(displayText(line));
        return;
    case ToolOutput::Kind::ImageUrl:
        printLine(displayText(output.text));
        return;
    case ToolOutput::Kind::ImageBase64:
        printLine(Text::tr("an image (%1), %2 characters of base64; --json prints it")
                      .arg(output.mimeType.isEmpty() ? Text::tr("type not stated")
                                                     : displayText(output.mimeType))
                      .arg(output.text.size()));
        return;
    case ToolOutput::Kind::Json:
        emitResult(output.data.isObject() ? output.data.toObject()
                                          : QJsonObject{{QStringLiteral("result"), output.data}},
                   false);
        return;
    }
}

} // namespace lw::cli
