// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/feedpreferences.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::Literals::StringLiterals;

namespace lw {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(FeedPreferences)
};

QString kindName(FeedBlock::Kind kind)
{
    return kind == FeedBlock::Kind::Task ? u"task"_s : u"party"_s;
}

AppError invalid(const QString &message)
{
    return AppError::make(AppError::Kind::Invalid, message);
}

} // namespace

QList<Migration> FeedPreferences::migrations()
{
    return {{1,
             {u"CREATE TABLE saved_searches (id INTEGER PRIMARY KEY,"
              " profile_id INTEGER NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,"
              " name TEXT NOT NULL, search_text TEXT NOT NULL DEFAULT '',"
              " market TEXT NOT NULL DEFAULT '', status TEXT NOT NULL DEFAULT '',"
              " task_type TEXT NOT NULL DEFAULT '',"
              " min_budget_sats INTEGER NOT NULL DEFAULT 0 CHECK (min_budget_sats >= 0),"
              " max_budget_sats INTEGER NOT NULL DEFAULT 0 CHECK (max_budget_sats >= 0),"
              " max_age_days INTEGER NOT NULL DEFAULT 0 CHECK (max_age_days >= 0),"
              " created_ms INTEGER NOT NULL, UNIQUE (profile_id, name))"_s,
              u"CREATE TABLE feed_blocks (id INTEGER PRIMARY KEY,"
              " profile_id INTEGER NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,"
              " kind TEXT NOT NULL CHECK (kind IN ('party', 'task')),"
              " account_id INTEGER NOT NULL, value TEXT NOT NULL,"
              " label TEXT NOT NULL DEFAULT '', created_ms INTEGER NOT NULL,"
              " UNIQUE (profile_id, kind, account_id, value))"_s}}};
}

Result<QList<SavedSearch>, AppError> FeedPreferences::searches(qint64 profileId) const
{
    auto q = m_db.exec(u"SELECT id, name, search_text, market, status, task_type,"
                       " min_budget_sats, max_budget_sats, max_age_days, created_ms"
                       " FROM saved_searches WHERE profile_id = ? ORDER BY name, id"_s,
                       {profileId});
    if (!q)
        return fail(q.error());
    QList<SavedSearch> out;
    while (q->next()) {
        SavedSearch s;
        s.id = q->value(0).toLongLong();
        s.name = q->value(1).toString();
        s.searchText = q->value(2).toString();
        s.market = q->value(3).toString();
        s.status = q->value(4).toString();
        s.taskType = q->value(5).toString();
        s.minBudgetSats = q->value(6).toLongLong();
        s.maxBudgetSats = q->value(7).toLongLong();
        s.maxAgeDays = q->value(8).toInt();
        s.createdMs = q->value(9).toLongLong();
        out.append(s);
    }
    return out;
}

Result<qint64, AppError> FeedPreferences::saveSearch(qint64 profileId,
                                                     const SavedSearch &search) const
{
    const QString name = search.name.trimmed();
    if (name.isEmpty() || name.size() > SavedSearch::nameLimit)
        //: A saved feed search needs a name of at most %1 characters.
        return fail(invalid(Text::tr("Give the search a name of at most %1 characters.")
                                .arg(SavedSearch::nameLimit)));
    for (const QString *text :
         {&search.searchText, &search.market, &search.status, &search.taskType}) {
        if (text->size() > SavedSearch::textLimit)
            //: A saved feed search's words or filters were too long to keep.
            return fail(invalid(Text::tr("The search is too long to save.")));
    }
    if (search.minBudgetSats < 0 || search.maxBudgetSats < 0 || search.maxAgeDays < 0)
        //: A saved feed search had a negative budget or age.
        return fail(invalid(Text::tr("Budgets and ages cannot be negative.")));
    auto q = m_db.exec(
        u"INSERT INTO saved_searches (profile_id, name, search_text, market, status, task_type,"
        " min_budget_sats, max_budget_sats, max_age_days, created_ms)"
        " VALUES (?,?,?,?,?,?,?,?,?,?) ON CONFLICT (profile_id, name) DO UPDATE SET"
        " search_text = excluded.search_text, market = excluded.market,"
        " status = excluded.status, task_type = excluded.task_type,"
        " min_budget_sats = excluded.min_budget_sats, max_budget_sats = excluded.max_budget_sats,"
        " max_age_days = excluded.max_age_days"_s,
        {profileId, sqlText(name), sqlText(search.searchText.trimmed()),
         sqlText(search.market.trimmed()), sqlText(search.status.trimmed()),
         sqlText(search.taskType.trimmed()), search.minBudgetSats, search.maxBudgetSats,
         search.maxAgeDays, QDateTime::currentMSecsSinceEpoch()});
    if (!q)
        return fail(q.error());
    auto id = m_db.exec(u"SELECT id FROM saved_searches WHERE profile_id = ? AND name = ?"_s,
                        {profileId, sqlText(name)});
    if (!id)
        return fail(id.error());
    return id->next() ? id->value(0).toLongLong() : qint64(0);
}

Result<bool, AppError> FeedPreferences::removeSearch(qint64 profileId, qint64 searchId) const
{
    auto q = m_db.exec(u"DELETE FROM saved_searches WHERE profile_id = ? AND id = ?"_s,
                       {profileId, searchId});
    if (!q)
        return fail(q.error());
    return q->numRowsAffected() > 0;
}

Result<QList<FeedBlock>, AppError> FeedPreferences::blocks(qint64 profileId) const
{
    auto q = m_db.exec(u"SELECT id, kind, account_id, value, label, created_ms FROM feed_blocks"
                       " WHERE profile_id = ? ORDER BY id"_s,
                       {profileId});
    if (!q)
        return fail(q.error());
    QList<FeedBlock> out;
    while (q->next()) {
        FeedBlock b;
        b.id = q->value(0).toLongLong();
        b.kind =
            q->value(1).toString() == u"task"_s ? FeedBlock::Kind::Task : FeedBlock::Kind::Party;
        b.accountId = q->value(2).toLongLong();
        b.value = q->value(3).toString();
        b.label = q->value(4).toString();
        b.createdMs = q->value(5).toLongLong();
        out.append(b);
    }
    return out;
}

Result<bool, AppError> FeedPreferences::addBlock(qint64 profileId, FeedBlock &block) const
{
    if (block.value.isEmpty())
        //: Blocking a buyer or hiding a task whose id is unknown.
        return fail(invalid(Text::tr("There is nothing to block.")));
    block.label = block.label.left(FeedBlock::labelLimit);
    block.createdMs = QDateTime::currentMSecsSinceEpoch();
    auto q = m_db.exec(u"INSERT INTO feed_blocks (profile_id, kind, account_id, value, label,"
                       " created_ms) VALUES (?,?,?,?,?,?)"
                       " ON CONFLICT (profile_id, kind, account_id, value) DO NOTHING"_s,
                       {profileId, kindName(block.kind), block.accountId, sqlText(block.value),
                        sqlText(block.label), block.createdMs});
    if (!q)
        return fail(q.error());
    const bool added = q->numRowsAffected() == 1;
    auto id = m_db.exec(u"SELECT id FROM feed_blocks WHERE profile_id = ? AND kind = ?"
                        " AND account_id = ? AND value = ?"_s,
                        {profileId, kindName(block.kind), block.accountId, sqlText(block.value)});
    if (!id)
        return fail(id.error());
    if (id->next())
        block.id = id->value(0).toLongLong();
    return added;
}

Result<bool, AppError> FeedPreferences::removeBlock(qint64 profileId, qint64 blockId) const
{
    auto q = m_db.exec(u"DELETE FROM feed_blocks WHERE profile_id = ? AND id = ?"_s,
                       {profileId, blockId});
    if (!q)
        return fail(q.error());
    return q->numRowsAffected() > 0;
}

} // namespace lw
