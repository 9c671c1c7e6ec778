// SPDX-License-Identifier: GPL-3.0-or-later
#include "feedquery.h"

#include "store/marketcache.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace lw {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(FeedQuery)
};

// The extras are read only when they have the type the feed expects (json_extract of an
// array would be its JSON text); json_valid keeps one damaged row from failing the query.
// Text comes as its UTF-8 bytes (CAST AS BLOB): QString::fromUtf8 converts them many times
// faster than SQLite's own UTF-16 conversion, which was a third of reading the feed.
const QString columns = QStringLiteral(
    "CAST(remote_id AS BLOB), CAST(status AS BLOB), amount_msat, CAST(title AS BLOB),"
    " CAST(body AS BLOB), CAST(party AS BLOB), CAST(created_at AS BLOB), first_seen_ms,"
    " CASE WHEN json_valid(extra) AND json_type(extra, '$.quote_count') IN ('integer', 'real')"
    " THEN json_extract(extra, '$.quote_count') END,"
    " CASE WHEN json_valid(extra) AND json_type(extra, '$.task_type') = 'text'"
    " THEN json_extract(extra, '$.task_type') END"
    " FROM cache_items WHERE account_id = ? AND kind = ?");

constexpr qsizetype idsPerStatement = 500;

QString utf8(const QVariant &bytes)
{
    return QString::fromUtf8(bytes.toByteArray());
}

AppError readError(const QSqlQuery &q)
{
    //: The feed could not read the tasks stored on this device.
    AppError e =
        AppError::make(AppError::Kind::Storage, Text::tr("The task list could not be read."));
    e.serverMessage = q.lastError().text();
    return e;
}

// The feed's order within one account (feedOrderLess), so that the first rows SQLite gives
// are the first the feed shows. SQLite sorts (no index has it): little next to reading rows.
const QString feedOrder = QStringLiteral(" ORDER BY first_seen_ms DESC, remote_id");

} // namespace

FeedQuery::FeedQuery(const Database &db)
    : m_db(&db)
{}

FeedQuery::FeedQuery(const QString &connectionName)
    : m_connection(connectionName)
{}

QSqlDatabase FeedQuery::handle() const
{
    return m_db ? m_db->handle() : QSqlDatabase::database(m_connection, false);
}

Result<bool, AppError> FeedQuery::run(QSqlQuery &q, qint64 accountId, FeedTaskReader &reader,
                                      QList<FeedTaskPtr> &out) const
{
    if (!q.exec())
        return fail(readError(q));
    while (q.next()) {
        out.append(reader.read(accountId,
                               RawTask{utf8(q.value(0)), utf8(q.value(1)), q.value(2).toLongLong(),
                                       utf8(q.value(3)), utf8(q.value(4)), utf8(q.value(5)),
                                       utf8(q.value(6)), q.value(7).toLongLong(), q.value(8),
                                       q.value(9).toString()}));
    }
    return true;
}

Result<QList<FeedTaskPtr>, AppError> FeedQuery::all(qint64 accountId, FeedTaskReader &reader) const
{
    QSqlQuery q(handle());
    q.setForwardOnly(true); // otherwise Qt keeps a copy of every row
    if (!q.prepare(u"SELECT "_s + columns + u" AND parent_id = ''"_s + feedOrder))
        return fail(readError(q));
    q.addBindValue(accountId);
    q.addBindValue(cacheKindName(CacheKind::Task));
    QList<FeedTaskPtr> out;
    auto ok = run(q, accountId, reader, out);
    if (!ok)
        return fail(ok.error());
    return out;
}

Result<QList<FeedTaskPtr>, AppError> FeedQuery::first(qint64 accountId, int limit,
                                                      FeedTaskReader &reader) const
{
    QSqlQuery q(handle());
    q.setForwardOnly(true);
    // The order is found over the sort columns alone; only the rows shown are read whole.
    if (!q.prepare(u"SELECT "_s + columns
                   + u" AND rowid IN (SELECT rowid FROM cache_items WHERE account_id = ? AND "
                     u"kind = ? AND parent_id = ''"_s
                   + feedOrder + u" LIMIT ?)"_s + feedOrder))
        return fail(readError(q));
    for (int i = 0; i < 2; ++i) {
        q.addBindValue(accountId);
        q.addBindValue(cacheKindName(CacheKind::Task));
    }
    q.addBindValue(qMax(0, limit));
    QList<FeedTaskPtr> out;
    auto ok = run(q, accountId, reader, out);
    if (!ok)
        return fail(ok.error());
    return out;
}

Result<QList<FeedTaskPtr>, AppError> FeedQuery::byIds(qint64 accountId, const QStringList &ids,
                                                      FeedTaskReader &reader) const
{
    QList<FeedTaskPtr> out;
    out.reserve(ids.size());
    for (qsizetype from = 0; from < ids.size(); from += idsPerStatement) {
        const qsizetype n = qMin(idsPerStatement, ids.size() - from);
        QString marks = u"?"_s;
        for (qsizetype i = 1; i < n; ++i)
            marks += u",?"_s;
        QSqlQuery q(handle());
        q.setForwardOnly(true);
        // "+parent_id" keeps SQLite on the primary key; the scope index would scan the account.
        if (!q.prepare(u"SELECT "_s + columns + u" AND +parent_id = '' AND remote_id IN ("_s + marks
                       + u')'))
            return fail(readError(q));
        q.addBindValue(accountId);
        q.addBindValue(cacheKindName(CacheKind::Task));
        for (qsizetype i = 0; i < n; ++i)
            q.addBindValue(sqlText(ids[from + i]));
        auto ok = run(q, accountId, reader, out);
        if (!ok)
            return fail(ok.error());
    }
    return out;
}

} // namespace lw
