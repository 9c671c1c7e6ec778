// SPDX-License-Identifier: GPL-3.0-or-later
#include "bots.h"

#include "aiforhire/aiforhire.h"
#include "aiforhire/hirestore.h"
#include "support/database.h"
#include "support/row.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace lw::sandbox {

using namespace Qt::Literals::StringLiterals;
using row::str;

namespace {

constexpr qint64 botFloatSats = 1'000'000;
constexpr int maxOpenTasksPerBuyer = 2;
constexpr int patienceVisits = 8;

const QStringList taskTitles{
    u"Summarise a 20-page PDF about Lightning channel factories"_s,
    u"Translate our app store description into Spanish"_s,
    u"Write unit tests for a small Python parser"_s,
    u"Design a 64x64 icon for a podcast"_s,
    u"Proofread a 1,500-word blog post"_s,
    u"Collect 30 Nostr relays with their NIP support"_s,
    u"Transcribe a 10-minute interview"_s,
    u"Write a haiku about self-custody"_s,
};
const QStringList quotePitches{
    u"I can do this today; I've done several of these."_s,
    u"Done within 24 hours, with one round of revisions."_s,
    u"Fast turnaround, examples of similar work on request."_s,
};
const QStringList buyerReplies{
    u"Thanks! Could you send a short sample first?"_s,
    u"Sounds good. When could you deliver?"_s,
    u"Great, please keep it concise."_s,
};
const QStringList workerReplies{
    u"Sure, I'll have it ready in a couple of hours."_s,
    u"Happy to. Anything I should avoid?"_s,
    u"Got it, starting now."_s,
};

} // namespace

Bots::Bots(HireStore &store, Database &db, int count, int intervalMs, quint32 seed, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_db(db)
    , m_count(std::max(count, 2))
    , m_random(seed ^ 0x5bd1e995u)
{
    m_timer.setInterval(std::max(intervalMs, 10));
    connect(&m_timer, &QTimer::timeout, this, [this] { step(); });
}

void Bots::start()
{
    ensureAccounts();
    m_timer.start();
}

void Bots::stop()
{
    m_timer.stop();
}

void Bots::ensureAccounts()
{
    // The bots keep their accounts across restarts of a persistent sandbox.
    m_bots.clear();
    const QJsonArray saved = QJsonDocument::fromJson(m_db.meta(u"bot_accounts"_s).toUtf8()).array();
    for (const QJsonValue &v : saved) {
        const QJsonObject o = v.toObject();
        if (m_store.account(o.value(u"id").toString()))
            m_bots.append({o.value(u"id").toString(), o.value(u"buyer").toBool()});
    }
    while (m_bots.size() < m_count) {
        // Alternate so that even two bots make one buyer and one worker.
        const bool buyer = m_bots.size() % 2 == 0;
        m_bots.append({m_store.createAccount(botFloatSats).first.id, buyer});
    }
    QJsonArray out;
    for (const Bot &b : std::as_const(m_bots))
        out.append(QJsonObject{{u"id"_s, b.accountId}, {u"buyer"_s, b.buyer}});
    m_db.setMeta(u"bot_accounts"_s,
                 QString::fromUtf8(QJsonDocument(out).toJson(QJsonDocument::Compact)));
}

bool Bots::isBot(const QString &accountId) const
{
    return std::any_of(m_bots.begin(), m_bots.end(),
                       [&](const Bot &b) { return b.accountId == accountId; });
}

QString Bots::pick(const QStringList &options)
{
    return options.at(int(m_random.bounded(quint32(options.size()))));
}

void Bots::keepFunded(const QString &accountId)
{
    const auto account = m_store.account(accountId);
    if (account && account->balanceSats < botFloatSats / 10)
        m_store.credit(accountId, botFloatSats);
}

QString Bots::step()
{
    if (m_bots.isEmpty())
        ensureAccounts();
    const Bot bot = m_bots.at(m_next++ % m_bots.size());
    keepFunded(bot.accountId);
    return bot.buyer ? buyerStep(bot) : workerStep(bot);
}

QString Bots::buyerStep(const Bot &bot)
{
    for (const QVariantMap &task : m_store.tasksBy(bot.accountId, u"delivered"_s)) {
        const QString id = str(task, u"id");
        const auto quote = m_store.acceptedQuote(id);
        const qint64 escrow = task.value(u"escrowed_sats"_s).toLongLong();
        if (quote && m_db.transaction([&] {
                return m_store.completeTask(id)
                       && m_store.credit(str(*quote, u"contractor_account_id"), escrow);
            })) {
            m_store.addMessage(id, str(*quote, u"id"), bot.accountId,
                               u"Received, thank you! Escrow released."_s);
            return u"confirmed "_s + id;
        }
    }
    QList<QVariantMap> open = m_store.tasksBy(bot.accountId, u"open"_s);
    for (const QVariantMap &task : std::as_const(open)) {
        const QString id = str(task, u"id");
        // One quote per task at a time, a person's before a bot's: ask it a question, and
        // accept once its author has answered.
        std::optional<QVariantMap> chosen;
        for (const QVariantMap &q : m_store.quotesOn(id)) {
            if (str(q, u"status") != u"pending")
                continue;
            if (!chosen
                || (!isBot(str(q, u"contractor_account_id"))
                    && isBot(str(*chosen, u"contractor_account_id"))))
                chosen = q;
        }
        if (!chosen)
            continue;
        const QString quoteId = str(*chosen, u"id");
        if (m_store.lastMessageId(quoteId) == 0) {
            m_store.addMessage(id, quoteId, bot.accountId, pick(buyerReplies));
            return u"asked on "_s + quoteId;
        }
        // A bot's answer is accepted only after a while, so people have time to compete.
        const bool person = !isBot(str(*chosen, u"contractor_account_id"));
        const int visits = ++m_visits[id];
        if (m_store.lastSender(quoteId) == str(*chosen, u"contractor_account_id")
            && (person || visits > patienceVisits)) {
            const qint64 escrow = chosen->value(u"price_sats"_s).toLongLong();
            if (m_db.transaction([&] {
                    return m_store.debit(bot.accountId, escrow)
                           && m_store.acceptQuote(id, quoteId, escrow);
                }))
                return u"accepted "_s + quoteId;
        }
    }
    if (open.size() < maxOpenTasksPerBuyer
        && m_store.debit(bot.accountId, AiForHire::taskFeeSats)) {
        const QString title = pick(taskTitles);
        const qint64 budget = 500 + 100 * qint64(m_random.bounded(20));
        const QJsonObject task = m_store.createTask(
            bot.accountId, title, u"Posted by a sandbox buyer. "_s + title + u'.', budget);
        return u"posted "_s + task.value(u"id").toString();
    }
    return u"idle"_s;
}

QString Bots::workerStep(const Bot &bot)
{
    for (const QVariantMap &q : m_store.quotesBy(bot.accountId, u"accepted"_s)) {
        const QString taskId = str(q, u"task_id");
        const auto task = m_store.task(taskId);
        if (task && str(*task, u"status") == u"in_escrow") {
            const QByteArray content = "Delivery for: " + str(*task, u"title").toUtf8()
                                       + "\n\nDone by a sandbox worker.\n";
            m_store.addDelivery(taskId, str(q, u"id"), bot.accountId, u"delivery.txt"_s,
                                QString::fromLatin1(content.toBase64()), u"Here you go."_s);
            return u"delivered "_s + taskId;
        }
    }
    for (const QVariantMap &q : m_store.quotesBy(bot.accountId, u"pending"_s)) {
        const QString sender = m_store.lastSender(str(q, u"id"));
        if (!sender.isEmpty() && sender != bot.accountId) {
            m_store.addMessage(str(q, u"task_id"), str(q, u"id"), bot.accountId,
                               pick(workerReplies));
            return u"replied on "_s + str(q, u"id");
        }
    }
    // Quote on an open task it hasn't quoted yet, a person's task first.
    std::optional<QVariantMap> target;
    for (const QVariantMap &task : m_store.openTasksNotBy(bot.accountId)) {
        const QList<QVariantMap> quotes = m_store.quotesOn(str(task, u"id"));
        const bool quoted = std::any_of(quotes.begin(), quotes.end(), [&](const QVariantMap &q) {
            return str(q, u"contractor_account_id") == bot.accountId;
        });
        if (quoted)
            continue;
        if (!target
            || (!isBot(str(task, u"buyer_account_id")) && isBot(str(*target, u"buyer_account_id"))))
            target = task;
    }
    if (target && m_store.debit(bot.accountId, AiForHire::quoteFeeSats)) {
        const qint64 budget = target->value(u"budget_sats"_s).toLongLong();
        const qint64 price =
            std::max<qint64>(1, budget * (70 + qint64(m_random.bounded(31))) / 100);
        const QJsonObject quote =
            m_store.createQuote(str(*target, u"id"), bot.accountId, price, pick(quotePitches));
        return u"quoted "_s + quote.value(u"id").toString();
    }
    return u"idle"_s;
}

} // namespace lw::sandbox
