// SPDX-License-Identifier: GPL-3.0-or-later
#include "hirestore.h"

#include "common/crypto.h"
#include "support/clock.h"
#include "support/database.h"
#include "support/entropy.h"
#include "support/row.h"

namespace lw::sandbox {

using namespace Qt::Literals::StringLiterals;
using row::num;
using row::str;

namespace {

QString tokenHash(const QString &token)
{
    return crypto::sha256(token.toUtf8()).toHex();
}

} // namespace

HireStore::HireStore(Database &db, Clock &clock, Entropy &entropy)
    : m_db(db)
    , m_clock(clock)
    , m_entropy(entropy)
{}

QPair<HireStore::Account, QString> HireStore::createAccount(qint64 balanceSats)
{
    const QString token = m_entropy.token(u"abl_"_s, 32);
    Account a{m_entropy.uuid(), balanceSats};
    m_db.exec(
        u"INSERT INTO hire_accounts(id, token_hash, balance_sats, created_at) VALUES(?, ?, ?, ?)"_s,
        {a.id, tokenHash(token), balanceSats, m_clock.isoNow()});
    return {a, token};
}

std::optional<HireStore::Account> HireStore::accountByToken(const QString &token)
{
    if (token.isEmpty())
        return std::nullopt;
    const auto row = m_db.one(u"SELECT id, balance_sats FROM hire_accounts WHERE token_hash = ?"_s,
                              {tokenHash(token)});
    if (!row)
        return std::nullopt;
    return Account{str(*row, u"id"), num(*row, u"balance_sats")};
}

std::optional<HireStore::Account> HireStore::account(const QString &id)
{
    const auto row = m_db.one(u"SELECT id, balance_sats FROM hire_accounts WHERE id = ?"_s, {id});
    if (!row)
        return std::nullopt;
    return Account{str(*row, u"id"), num(*row, u"balance_sats")};
}

bool HireStore::debit(const QString &accountId, qint64 sats)
{
    return m_db.exec(u"UPDATE hire_accounts SET balance_sats = balance_sats - ? "
                     "WHERE id = ? AND balance_sats >= ?"_s,
                     {sats, accountId, sats})
           && m_db.changes() == 1;
}

bool HireStore::credit(const QString &accountId, qint64 sats)
{
    return m_db.exec(u"UPDATE hire_accounts SET balance_sats = balance_sats + ? WHERE id = ?"_s,
                     {sats, accountId})
           && m_db.changes() == 1;
}

bool HireStore::addTopup(const QString &paymentHash, const QString &accountId, qint64 amountSats)
{
    return m_db.exec(
        u"INSERT INTO hire_topups(payment_hash, account_id, amount_sats, status, created_at) "
        "VALUES(?, ?, ?, 'pending', ?)"_s,
        {paymentHash, accountId.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : accountId,
         amountSats, m_clock.isoNow()});
}

std::optional<QVariantMap> HireStore::topup(const QString &paymentHash)
{
    return m_db.one(u"SELECT * FROM hire_topups WHERE payment_hash = ?"_s, {paymentHash});
}

bool HireStore::markTopupPaid(const QString &paymentHash)
{
    return m_db.exec(
               u"UPDATE hire_topups SET status = 'paid' WHERE payment_hash = ? AND status = 'pending'"_s,
               {paymentHash})
           && m_db.changes() == 1;
}

QJsonObject HireStore::createTask(const QString &buyer, const QString &title,
                                  const QString &description, qint64 budgetSats)
{
    const QString id = m_entropy.uuid();
    const QString now = m_clock.isoNow();
    m_db.exec(
        u"INSERT INTO hire_tasks(id, buyer_account_id, title, description, budget_sats, status, "
        "created_at, updated_at) VALUES(?, ?, ?, ?, ?, 'open', ?, ?)"_s,
        {id, buyer, title, description, budgetSats, now, now});
    const auto t = task(id);
    return t ? taskJson(*t) : QJsonObject();
}

std::optional<QVariantMap> HireStore::task(const QString &id)
{
    return m_db.one(u"SELECT * FROM hire_tasks WHERE id = ?"_s, {id});
}

QJsonArray HireStore::tasks(const QString &status)
{
    const QList<QVariantMap> rows =
        status.isEmpty()
            ? m_db.all(u"SELECT * FROM hire_tasks ORDER BY seq DESC"_s)
            : m_db.all(u"SELECT * FROM hire_tasks WHERE status = ? ORDER BY seq DESC"_s, {status});
    QJsonArray out;
    for (const QVariantMap &row : rows)
        out.append(taskJson(row));
    return out;
}

QJsonObject HireStore::taskJson(const QVariantMap &t)
{
    const auto count =
        m_db.one(u"SELECT COUNT(*) AS n FROM hire_quotes WHERE task_id = ?"_s, {str(t, u"id")});
    return {{u"id"_s, str(t, u"id")},
            {u"buyer_account_id"_s, str(t, u"buyer_account_id")},
            {u"title"_s, str(t, u"title")},
            {u"description"_s, str(t, u"description")},
            {u"budget_sats"_s, num(t, u"budget_sats")},
            {u"status"_s, str(t, u"status")},
            {u"quote_count"_s, count ? num(*count, u"n") : 0},
            {u"created_at"_s, str(t, u"created_at")},
            {u"updated_at"_s, str(t, u"updated_at")}};
}

QJsonObject HireStore::taskDetailJson(const QVariantMap &t, bool withContent)
{
    QJsonObject o = taskJson(t);
    QJsonArray quotes;
    for (const QVariantMap &q : quotesOn(str(t, u"id"))) {
        QJsonObject qo = quoteJson(q);
        const auto count = m_db.one(u"SELECT COUNT(*) AS n FROM hire_messages WHERE quote_id = ?"_s,
                                    {str(q, u"id")});
        qo.insert(u"message_count"_s, count ? num(*count, u"n") : 0);
        quotes.append(qo);
    }
    QJsonArray deliveries;
    for (const QVariantMap &d : m_db.all(
             u"SELECT * FROM hire_deliveries WHERE task_id = ? ORDER BY seq"_s, {str(t, u"id")}))
        deliveries.append(deliveryJson(d, withContent));
    o.insert(u"quotes"_s, quotes);
    o.insert(u"deliveries"_s, deliveries);
    return o;
}

QJsonObject HireStore::createQuote(const QString &taskId, const QString &contractor,
                                   qint64 priceSats, const QString &description)
{
    const QString id = m_entropy.uuid();
    const QString now = m_clock.isoNow();
    m_db.exec(
        u"INSERT INTO hire_quotes(id, task_id, contractor_account_id, price_sats, description, "
        "status, created_at, updated_at) VALUES(?, ?, ?, ?, ?, 'pending', ?, ?)"_s,
        {id, taskId, contractor, priceSats, description, now, now});
    const auto q = quote(taskId, id);
    return q ? quoteJson(*q) : QJsonObject();
}

std::optional<QVariantMap> HireStore::quote(const QString &taskId, const QString &quoteId)
{
    return m_db.one(u"SELECT * FROM hire_quotes WHERE id = ? AND task_id = ?"_s, {quoteId, taskId});
}

QJsonObject HireStore::updateQuote(const QVariantMap &q, std::optional<qint64> priceSats,
                                   std::optional<QString> description)
{
    m_db.exec(
        u"UPDATE hire_quotes SET price_sats = ?, description = ?, updated_at = ? WHERE id = ?"_s,
        {priceSats.value_or(num(q, u"price_sats")), description.value_or(str(q, u"description")),
         m_clock.isoNow(), str(q, u"id")});
    const auto updated = quote(str(q, u"task_id"), str(q, u"id"));
    return updated ? quoteJson(*updated) : QJsonObject();
}

QJsonObject HireStore::quoteJson(const QVariantMap &q) const
{
    return {{u"id"_s, str(q, u"id")},
            {u"task_id"_s, str(q, u"task_id")},
            {u"contractor_account_id"_s, str(q, u"contractor_account_id")},
            {u"price_sats"_s, num(q, u"price_sats")},
            {u"description"_s, str(q, u"description")},
            {u"status"_s, str(q, u"status")},
            {u"created_at"_s, str(q, u"created_at")},
            {u"updated_at"_s, str(q, u"updated_at")}};
}

bool HireStore::acceptQuote(const QString &taskId, const QString &quoteId, qint64 escrowSats)
{
    const QString now = m_clock.isoNow();
    // Only the quote's own updated_at is left alone: the real server doesn't touch it either.
    return m_db.exec(u"UPDATE hire_quotes SET status = 'accepted' WHERE id = ?"_s, {quoteId})
           && m_db.exec(u"UPDATE hire_quotes SET status = 'rejected' WHERE task_id = ? AND id != ? "
                        "AND status = 'pending'"_s,
                        {taskId, quoteId})
           && m_db.exec(
               u"UPDATE hire_tasks SET status = 'in_escrow', escrowed_sats = ?, updated_at = ? "
               "WHERE id = ?"_s,
               {escrowSats, now, taskId});
}

std::optional<QVariantMap> HireStore::acceptedQuote(const QString &taskId)
{
    return m_db.one(u"SELECT * FROM hire_quotes WHERE task_id = ? AND status = 'accepted'"_s,
                    {taskId});
}

QJsonObject HireStore::addMessage(const QString &taskId, const QString &quoteId,
                                  const QString &sender, const QString &body)
{
    const QString now = m_clock.isoNow();
    if (!m_db.exec(
            u"INSERT INTO hire_messages(task_id, quote_id, sender_account_id, body, created_at) "
            "VALUES(?, ?, ?, ?, ?)"_s,
            {taskId, quoteId, sender, body, now}))
        return {};
    const auto row = m_db.one(u"SELECT * FROM hire_messages WHERE id = last_insert_rowid()"_s);
    if (!row)
        return {};
    return {{u"id"_s, num(*row, u"id")},      {u"task_id"_s, taskId}, {u"quote_id"_s, quoteId},
            {u"sender_account_id"_s, sender}, {u"body"_s, body},      {u"created_at"_s, now}};
}

QJsonArray HireStore::messages(const QString &quoteId, qint64 sinceId)
{
    QJsonArray out;
    for (const QVariantMap &m :
         m_db.all(u"SELECT * FROM hire_messages WHERE quote_id = ? AND id > ? "
                  "ORDER BY id"_s,
                  {quoteId, sinceId}))
        out.append(QJsonObject{{u"id"_s, num(m, u"id")},
                               {u"task_id"_s, str(m, u"task_id")},
                               {u"quote_id"_s, str(m, u"quote_id")},
                               {u"sender_account_id"_s, str(m, u"sender_account_id")},
                               {u"body"_s, str(m, u"body")},
                               {u"created_at"_s, str(m, u"created_at")}});
    return out;
}

QJsonObject HireStore::addDelivery(const QString &taskId, const QString &quoteId,
                                   const QString &contractor, const QString &filename,
                                   const QString &contentBase64, const QString &notes)
{
    const QString id = m_entropy.uuid();
    const QString now = m_clock.isoNow();
    m_db.exec(
        u"INSERT INTO hire_deliveries(id, task_id, quote_id, contractor_account_id, filename, "
        "notes, content_base64, created_at) VALUES(?, ?, ?, ?, ?, ?, ?, ?)"_s,
        {id, taskId, quoteId, contractor, filename, notes, contentBase64, now});
    m_db.exec(u"UPDATE hire_tasks SET status = 'delivered', updated_at = ? WHERE id = ?"_s,
              {now, taskId});
    const auto d = m_db.one(u"SELECT * FROM hire_deliveries WHERE id = ?"_s, {id});
    return d ? deliveryJson(*d, false) : QJsonObject();
}

QJsonObject HireStore::deliveryJson(const QVariantMap &d, bool withContent) const
{
    QJsonObject o{{u"id"_s, str(d, u"id")},
                  {u"task_id"_s, str(d, u"task_id")},
                  {u"quote_id"_s, str(d, u"quote_id")},
                  {u"contractor_account_id"_s, str(d, u"contractor_account_id")},
                  {u"filename"_s, str(d, u"filename")},
                  {u"notes"_s, str(d, u"notes")},
                  {u"created_at"_s, str(d, u"created_at")}};
    if (withContent)
        o.insert(u"content_base64"_s, str(d, u"content_base64"));
    return o;
}

bool HireStore::completeTask(const QString &taskId)
{
    return m_db.exec(u"UPDATE hire_tasks SET status = 'completed', updated_at = ? WHERE id = ? "
                     "AND status = 'delivered'"_s,
                     {m_clock.isoNow(), taskId})
           && m_db.changes() == 1;
}

QList<QVariantMap> HireStore::openTasksNotBy(const QString &accountId)
{
    return m_db.all(u"SELECT * FROM hire_tasks WHERE status = 'open' AND buyer_account_id != ? "
                    "ORDER BY seq"_s,
                    {accountId});
}

QList<QVariantMap> HireStore::tasksBy(const QString &accountId, const QString &status)
{
    return m_db.all(
        u"SELECT * FROM hire_tasks WHERE buyer_account_id = ? AND status = ? ORDER BY seq"_s,
        {accountId, status});
}

QList<QVariantMap> HireStore::quotesOn(const QString &taskId)
{
    return m_db.all(u"SELECT * FROM hire_quotes WHERE task_id = ? ORDER BY seq"_s, {taskId});
}

QList<QVariantMap> HireStore::quotesBy(const QString &accountId, const QString &status)
{
    return m_db.all(
        u"SELECT * FROM hire_quotes WHERE contractor_account_id = ? AND status = ? ORDER BY seq"_s,
        {accountId, status});
}

qint64 HireStore::lastMessageId(const QString &quoteId)
{
    const auto row =
        m_db.one(u"SELECT MAX(id) AS id FROM hire_messages WHERE quote_id = ?"_s, {quoteId});
    return row ? num(*row, u"id") : 0;
}

QString HireStore::lastSender(const QString &quoteId)
{
    const auto row = m_db.one(u"SELECT sender_account_id FROM hire_messages WHERE quote_id = ? "
                              "ORDER BY id DESC LIMIT 1"_s,
                              {quoteId});
    return row ? str(*row, u"sender_account_id") : QString();
}

void HireStore::reset()
{
    for (const char16_t *table : {u"hire_accounts", u"hire_topups", u"hire_tasks", u"hire_quotes",
                                  u"hire_messages", u"hire_deliveries"})
        m_db.exec(u"DELETE FROM "_s + QString::fromUtf16(table));
}

} // namespace lw::sandbox
