// SPDX-License-Identifier: GPL-3.0-or-later
#include "hireoutput.h"

namespace lw::cli {

namespace {

QString sats(MilliSats m)
{
    return m.toSatsDecimal();
}

} // namespace

QJsonObject quoteJson(const HireQuote &q)
{
    QJsonObject o{{QStringLiteral("id"), q.id},
                  {QStringLiteral("task_id"), q.taskId},
                  {QStringLiteral("contractor_account_id"), q.contractorAccountId},
                  {QStringLiteral("price_sats"), sats(q.price)},
                  {QStringLiteral("description"), q.description},
                  {QStringLiteral("status"), q.statusText},
                  {QStringLiteral("created_at"), q.createdAt.text}};
    if (q.messageCount)
        o.insert(QStringLiteral("message_count"), *q.messageCount);
    return o;
}

QJsonObject deliveryJson(const HireDelivery &d)
{
    QJsonObject o{{QStringLiteral("id"), d.id},
                  {QStringLiteral("task_id"), d.taskId},
                  {QStringLiteral("quote_id"), d.quoteId},
                  {QStringLiteral("contractor_account_id"), d.contractorAccountId},
                  {QStringLiteral("filename"), d.filename},
                  {QStringLiteral("notes"), d.notes},
                  {QStringLiteral("created_at"), d.createdAt.text}};
    if (d.content)
        o.insert(QStringLiteral("content_bytes"), d.content->size());
    return o;
}

QJsonObject taskJson(const HireTask &t)
{
    QJsonObject o{{QStringLiteral("id"), t.id},
                  {QStringLiteral("buyer_account_id"), t.buyerAccountId},
                  {QStringLiteral("title"), t.title},
                  {QStringLiteral("description"), t.description},
                  {QStringLiteral("budget_sats"), sats(t.budget)},
                  {QStringLiteral("status"), t.statusText},
                  {QStringLiteral("quote_count"), t.quoteCount},
                  {QStringLiteral("created_at"), t.createdAt.text},
                  {QStringLiteral("updated_at"), t.updatedAt.text}};
    if (t.escrowed)
        o.insert(QStringLiteral("escrowed_sats"), sats(*t.escrowed));
    if (t.quotes)
        o.insert(
            QStringLiteral("quotes"),
            listJson(QStringLiteral("items"), *t.quotes, quoteJson).value(QStringLiteral("items")));
    if (t.deliveries)
        o.insert(QStringLiteral("deliveries"),
                 listJson(QStringLiteral("items"), *t.deliveries, deliveryJson)
                     .value(QStringLiteral("items")));
    return o;
}

QJsonObject messageJson(const HireMessage &m)
{
    return {{QStringLiteral("id"), m.id},
            {QStringLiteral("sender_account_id"), m.senderAccountId},
            {QStringLiteral("body"), m.body},
            {QStringLiteral("created_at"), m.createdAt.text}};
}

QJsonObject paymentJson(const OutgoingPayment &p)
{
    return {{QStringLiteral("payment_hash"), p.paymentHash.toHex()},
            {QStringLiteral("amount_sats"), sats(p.amount)},
            {QStringLiteral("fee_sats"), sats(p.fee)}};
}

} // namespace lw::cli
